//! The diagnostics bundle, as the helpdesk receives it: after a sign-in, a resume and an IAM
//! Identity Center sign-in, `connect-sso diagnostics` writes a zip holding every file its README
//! names, the profiles and account the helpdesk needs, and not one token, sign-in URL, client
//! secret or proxy password.

// Stand-in browsers are shell scripts on PATH: Unix only (Linux and macOS jobs).
#![cfg(unix)]

mod common;

use common::*;
use std::io::Read;

#[tokio::test(flavor = "multi_thread")]
async fn the_bundle_holds_what_the_helpdesk_needs_and_no_secret() {
    let mut env = TestEnv::start().await;
    // A crash report from an earlier run, as the panic hook writes them.
    let crashes = env.path("crashes");
    std::fs::create_dir_all(&crashes).unwrap();
    std::fs::write(
        crashes.join("crash-1-1.txt"),
        "Connect SSO 0.1.0 crashed.\n",
    )
    .unwrap();
    env.set("CONNECT_SSO_CRASH_DIR", Some(crashes.into()));
    // The IT policy's proxy carries a password in its URL; the sim stays direct.
    env.write_policy(
        r#"{ "proxy": "http://helpdesk:CANARY7f3e-policy@127.0.0.1:9", "noProxy": "127.0.0.1" }"#,
    );

    // doctor runs for every profile, the one whose credential_process hangs too: bounded.
    env.write_settings(r#"{ "network": { "operationTimeoutMs": 2000 } }"#);

    let loads_loopback = env
        .browser_on_path("case \"$1\" in http://127.0.0.1:*) curl -s \"$1\" >/dev/null ;; esac\n");
    let approving = env.approving_browser();
    let runs: [(&[&str], &str); 5] = [
        (
            &["instances", "--profile", "agent", "--all-regions", "--json"],
            &loads_loopback,
        ),
        (
            &[
                "sign-in",
                "--profile",
                "agent",
                "--instance",
                HAPPY,
                "--json",
            ],
            &loads_loopback,
        ),
        (
            &["open", "--profile", "agent", "--instance", HAPPY, "--json"],
            &loads_loopback,
        ),
        (
            &["sso-login", "--profile", "sso-expired", "--json"],
            &approving,
        ),
        (
            &[
                "sign-in",
                "--profile",
                "sso-expired",
                "--instance",
                HAPPY,
                "--no-open",
                "--json",
            ],
            &approving,
        ),
    ];
    for (args, path) in runs {
        let output = env.cli(args, &[("PATH", path)]).await;
        assert!(
            output.status.success(),
            "{args:?}: {}{}",
            stdout(&output),
            stderr(&output)
        );
        if args[0] == "open" {
            assert_eq!(json_of(&output)["resumed"], true, "{}", stdout(&output));
        }
    }

    let started = std::time::Instant::now();
    let zip_path = env.path("out").join("bundle.zip");
    std::fs::create_dir_all(env.path("out")).unwrap();
    let output = env
        .cli(
            &[
                "diagnostics",
                "--output",
                zip_path.to_str().unwrap(),
                "--json",
            ],
            &[
                ("HTTPS_PROXY", "http://agent:CANARY7f3e-env@127.0.0.1:9"),
                ("NO_PROXY", "127.0.0.1"),
                ("PATH", &loads_loopback),
            ],
        )
        .await;
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    let report = json_of(&output);
    println!("diagnostics took {:?}", started.elapsed());

    let mut archive = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let mut files = std::collections::BTreeMap::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let mut text = String::new();
        entry.read_to_string(&mut text).unwrap();
        files.insert(entry.name().unwrap().to_string(), text);
    }
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    for expected in [
        "README.txt",
        "about.json",
        "doctor.json",
        "settings.json",
        "policy.json",
        "environment.json",
        "discovery.json",
        "sessions.json",
        "logs/connect-sso.log",
        "crashes/crash-1-1.txt",
    ] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }
    assert_eq!(report["files"].as_array().unwrap().len(), files.len());
    println!("bundle: {names:?}");

    // What the helpdesk needs is there.
    let doctor: serde_json::Value = serde_json::from_str(&files["doctor.json"]).unwrap();
    let profiles: Vec<&str> = doctor["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["profile"].as_str().unwrap())
        .collect();
    assert!(
        profiles.contains(&"agent") && profiles.contains(&"sso-expired"),
        "{profiles:?}"
    );
    assert!(files["doctor.json"].contains(ACCOUNT), "account IDs stay");
    assert!(
        files["sessions.json"].contains(HAPPY),
        "{}",
        files["sessions.json"]
    );
    assert!(files["logs/connect-sso.log"].contains("signed in"));
    assert!(files["logs/connect-sso.log"].contains("IAM Identity Center sign-in complete"));
    assert!(files["about.json"].contains(env!("CARGO_PKG_VERSION")));
    let discovery: serde_json::Value = serde_json::from_str(&files["discovery.json"]).unwrap();
    assert_eq!(discovery["profiles"][0]["profile"], "agent", "{discovery}");
    assert!(discovery["profiles"][0]["instances"].as_u64().unwrap() > 0);
    assert!(
        files["policy.json"].contains("http://127.0.0.1:9"),
        "{}",
        files["policy.json"]
    );
    assert!(files["environment.json"].contains("http://127.0.0.1:9"));

    // Not one secret: issued federation tokens and URLs, IAM Identity Center tokens and the
    // client secret, proxy passwords.
    let mut secrets = issued_secrets(&env.sim);
    secrets.extend(env.sso_secrets());
    assert!(secrets.len() >= 6, "tokens were issued: {}", secrets.len());
    for (name, text) in &files {
        assert!(!text.contains(CANARY), "{name} holds a canary");
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{name} holds a secret");
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&zip_path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the bundle is private");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bundle_that_cannot_be_written_says_where_and_what_to_do() {
    let env = TestEnv::start().await;
    let blocked = env.path("a-file");
    std::fs::write(&blocked, "").unwrap();
    let target = blocked.join("bundle.zip");
    let output = env
        .cli(
            &[
                "diagnostics",
                "--output",
                target.to_str().unwrap(),
                "--json",
            ],
            &[],
        )
        .await;
    assert_eq!(output.status.code(), Some(6), "{}", stdout(&output));
    let error = &json_of(&output)["error"];
    assert_eq!(error["code"], "diagnostics_unwritable");
    assert!(error["message"].as_str().unwrap().contains("bundle.zip"));
}
