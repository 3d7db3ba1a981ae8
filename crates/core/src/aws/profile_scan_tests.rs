//! The scan against aws-config's parser: the fixtures people write, and thousands of generated
//! files mixing the shapes the scan reads with every shape it must decline.

use super::*;
use aws_runtime::env_config::file::{EnvConfigFileKind, EnvConfigFiles};

/// Every key the generator writes, as aws-config stores it (lower case).
const KEYS: [&str; 9] = [
    "region",
    "role_arn",
    "source_profile",
    "sso_session",
    "credential_process",
    "aws_access_key_id",
    "endpoint_url",
    "output",
    "cli_pager",
];

/// Owned, sorted: profile name → (key, value) over [`KEYS`].
type Answer = HashMap<String, Vec<(String, String)>>;

/// aws-config's reading of the same contents.
async fn reference(config: &str, credentials: &str) -> Option<Answer> {
    let files = EnvConfigFiles::builder()
        .with_contents(EnvConfigFileKind::Config, config)
        .with_contents(EnvConfigFileKind::Credentials, credentials)
        .build();
    let set = aws_config::profile::load(&Default::default(), &Default::default(), &files, None)
        .await
        .ok()?;
    let mut profiles = Answer::new();
    for name in set.profiles() {
        let profile = set.get_profile(name)?;
        let mut properties: Vec<(String, String)> = KEYS
            .iter()
            .filter_map(|key| profile.get(key).map(|v| (key.to_string(), v.to_string())))
            .collect();
        properties.sort();
        profiles.insert(name.to_string(), properties);
    }
    Some(profiles)
}

/// The scan's answer over the same keys.
fn over_keys(scanned: Scanned<'_>) -> Answer {
    scanned
        .into_iter()
        .map(|(name, properties)| {
            let mut kept: Vec<(String, String)> = properties
                .into_iter()
                .filter(|(key, _)| KEYS.contains(&key.as_ref()))
                .map(|(key, value)| (key.into_owned(), value.to_string()))
                .collect();
            kept.sort();
            (name.to_string(), kept)
        })
        .collect()
}

#[tokio::test]
async fn the_fixtures_are_read_as_aws_config_reads_them() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let config = std::fs::read_to_string(root.join("aws-config")).unwrap();
    let credentials = std::fs::read_to_string(root.join("aws-credentials")).unwrap();
    let scanned = scan(&config, &credentials).expect("the fixtures have the common shape");
    assert_eq!(
        Some(over_keys(scanned)),
        reference(&config, &credentials).await
    );
}

/// A small deterministic generator (xorshift), so a failure reproduces.
struct Lines(u64);

impl Lines {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next(items.len())]
    }

    /// A file of `kind`; when `odd`, with shapes the scan must decline mixed in.
    fn file(&mut self, kind: Kind, odd: bool) -> String {
        let names = ["a", "b", "default", "x.y", "team/agent", "p@corp"];
        let headers_config = [
            "[profile {n}]",
            "[profile {n}]",
            "[profile {n}]",
            "[default]",
            "[sso-session {n}]",
            "[services {n}]",
            "[{n}]",
            "[profile {n}]   ",
            "[ profile {n} ]",
            "[profile  {n}]",
            "[profile {n} extra]",
            "[profile {n}] # note",
            "[profile bad name]",
            "[profile {n}",
        ];
        let headers_credentials = [
            "[{n}]",
            "[{n}]",
            "[{n}]",
            "[profile {n}]",
            "[{n}]  ",
            "[bad name]",
        ];
        let values = [
            "us-east-1",
            "eu-west-2",
            "",
            "arn:aws:iam::111122223333:role/R",
            "/bin/cmd --x=1",
            "AKID",
            "http://127.0.0.1:1",
        ];
        let mut text = String::new();
        let sections = 1 + self.next(4);
        for _ in 0..sections {
            // The first entries of each list are the common shape.
            let header = match (kind, odd) {
                (Kind::Config, true) => self.pick(&headers_config),
                (Kind::Config, false) => self.pick(&headers_config[..6]),
                (Kind::Credentials, true) => self.pick(&headers_credentials),
                (Kind::Credentials, false) => self.pick(&headers_credentials[..3]),
            };
            text.push_str(&header.replace("{n}", self.pick(&names)));
            text.push('\n');
            for _ in 0..self.next(5) {
                let key = self.pick(&KEYS);
                let value = self.pick(&values);
                let shape = if odd {
                    self.next(16)
                } else {
                    [0, 1, 7, 8, 9, 10, 12][self.next(7)]
                };
                let line = match shape {
                    0 => format!("{} = {value}", key.to_ascii_uppercase()),
                    1 => format!("{key}={value}"),
                    2 => format!("{key} = {value} # comment"),
                    3 => format!("{key} = {value};more"),
                    4 => format!("  continued = {value}"),
                    5 => key.to_string(),
                    6 => format!("= {value}"),
                    7 => "# a comment".to_string(),
                    8 => "; a comment".to_string(),
                    9 => "   ".to_string(),
                    10 => format!("{key} = {value}\t"),
                    11 => format!("bad key = {value}"),
                    _ => format!("{key} = {value}"),
                };
                text.push_str(&line);
                text.push_str(if self.next(8) == 0 { "\r\n" } else { "\n" });
            }
            if self.next(3) == 0 {
                text.push('\n');
            }
        }
        text
    }
}

#[tokio::test]
async fn generated_files_are_read_as_aws_config_reads_them_or_declined() {
    let mut lines = Lines(0x2545_f491_4f6c_dd1d);
    let (mut read, mut declined) = (0, 0);
    for case in 0..4_000 {
        let odd = case % 2 == 0;
        let odd_config = odd && lines.next(2) == 0;
        let config = lines.file(Kind::Config, odd_config);
        let credentials = lines.file(Kind::Credentials, odd);
        match scan(&config, &credentials) {
            Some(scanned) => {
                read += 1;
                assert_eq!(
                    Some(over_keys(scanned)),
                    reference(&config, &credentials).await,
                    "case {case}:\n--- config\n{config}\n--- credentials\n{credentials}"
                );
            }
            None => declined += 1,
        }
    }
    // Both paths are exercised, the fast one often enough to mean something.
    assert!(read >= 200, "read {read}, declined {declined}");
    assert!(declined >= 200, "read {read}, declined {declined}");
}
