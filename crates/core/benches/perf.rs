//! `make bench` (in-process part): click-to-browser overhead against the bare SDK call, cold and
//! warm, with the in-memory vault and the real Secret Service; discovery over 11 slow regions
//! against one; loading and classifying 10 to 10,000 profiles. Each figure prints on one line
//! with its method. connect-sim on loopback stands in for Amazon Connect.

use connect_sim::{Scenario, Sim};
use connect_sso::app::App;
use connect_sso::core::error::Result;
use connect_sso::core::secret::Secret;
use connect_sso::signin::launcher::Opener;
use connect_sso::store::settings_file::SettingsStore;
use connect_sso::store::vault::{MemoryVault, TokenVault};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ID: &str = "a1b2c3d4-0000-4000-8000-000000000001";
const ACCOUNT: &str = "111122223333";
const WARM_RUNS: usize = 300;
const COLD_RUNS: usize = 25;

/// Records when the browser would have been launched: the end of the click's critical path.
#[derive(Default)]
struct TimingOpener {
    opened_at: Mutex<Option<Instant>>,
}

impl Opener for TimingOpener {
    fn show_folder(&self, _folder: &std::path::Path) -> Result<()> {
        Ok(())
    }

    fn open(&self, _url: &Secret, _launch: &connect_sso::browsers::Launch) -> Result<()> {
        if let Ok(mut at) = self.opened_at.lock() {
            *at = Some(Instant::now());
        }
        Ok(())
    }
}

impl TimingOpener {
    fn take(&self) -> Instant {
        self.opened_at
            .lock()
            .ok()
            .and_then(|mut at| at.take())
            .expect("the opener was called")
    }
}

fn scenario(latency_faults: &str) -> String {
    format!(
        r#"
token_prefix = "BENCH"
[[credentials]]
access_key_id = "AKIDBENCHAGENT"
secret_access_key = "bench-secret"
account = "{ACCOUNT}"
user = "bench.agent"

[[instances]]
id = "{ID}"
account = "{ACCOUNT}"
region = "us-east-1"
alias = "bench-support"
{latency_faults}"#
    )
}

/// Points aws-config and the app at the sim and a throwaway home (single-threaded set-up, before
/// any task reads the environment).
fn environment(dir: &Path, endpoint: &str, profiles: &str) {
    std::fs::write(dir.join("config"), profiles).unwrap();
    std::fs::write(
        dir.join("credentials"),
        "[bench]\naws_access_key_id = AKIDBENCHAGENT\naws_secret_access_key = bench-secret\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("home")).unwrap();
    for (name, value) in [
        ("AWS_CONFIG_FILE", dir.join("config").display().to_string()),
        (
            "AWS_SHARED_CREDENTIALS_FILE",
            dir.join("credentials").display().to_string(),
        ),
        ("AWS_ENDPOINT_URL_CONNECT", endpoint.to_string()),
        ("AWS_ENDPOINT_URL_STS", endpoint.to_string()),
        ("AWS_EC2_METADATA_DISABLED", "true".to_string()),
        ("HOME", dir.join("home").display().to_string()),
        (
            "CONNECT_SSO_CONFIG_DIR",
            dir.join("settings").display().to_string(),
        ),
        (
            "CONNECT_SSO_POLICY_FILE",
            dir.join("no-policy.json").display().to_string(),
        ),
    ] {
        std::env::set_var(name, value);
    }
    for name in [
        "AWS_PROFILE",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_REGION",
        "AWS_ENDPOINT_URL",
    ] {
        std::env::remove_var(name);
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn us(d: Duration) -> u128 {
    d.as_micros()
}

struct Stats {
    p50: Duration,
    p99: Duration,
}

fn stats(mut samples: Vec<Duration>) -> Stats {
    samples.sort();
    Stats {
        p50: percentile(&samples, 0.5),
        p99: percentile(&samples, 0.99),
    }
}

fn app(vault: Arc<dyn TokenVault>, opener: Arc<TimingOpener>) -> App {
    App::new(vault, opener, SettingsStore::from_env(), Default::default())
}

/// Bare GetFederationToken on a warm SDK client, and the app's whole click, interleaved.
async fn click_to_browser(vault_name: &str, vault: Arc<dyn TokenVault>) {
    let sdk = aws_config::defaults(aws_config::BehaviorVersion::latest())
        .profile_name("bench")
        .load()
        .await;
    let bare = aws_sdk_connect::Client::new(&sdk);
    let opener = Arc::new(TimingOpener::default());
    let app = app(vault.clone(), opener.clone());
    // Picking the profile in the window resolves its credentials and builds the client.
    app.clients.check_credentials("bench").await.unwrap();
    for _ in 0..20 {
        bare.get_federation_token()
            .instance_id(ID)
            .send()
            .await
            .unwrap();
        app.signin.sign_in("bench", ID, true).await.unwrap();
        opener.take();
    }
    let (mut floor, mut to_browser, mut to_done) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..WARM_RUNS {
        let started = Instant::now();
        bare.get_federation_token()
            .instance_id(ID)
            .send()
            .await
            .unwrap();
        floor.push(started.elapsed());
        let started = Instant::now();
        app.signin.sign_in("bench", ID, true).await.unwrap();
        to_done.push(started.elapsed());
        to_browser.push(opener.take() - started);
    }
    let (floor, browser, done) = (stats(floor), stats(to_browser), stats(to_done));
    println!(
        "floor (bare SDK get_federation_token, warm client)   p50 {:>6} µs  p99 {:>6} µs",
        us(floor.p50),
        us(floor.p99)
    );
    let overhead = |app: Duration, floor: Duration| us(app) as i128 - us(floor) as i128;
    println!(
        "click → browser launch, warm, {vault_name:<14} p50 {:>6} µs  p99 {:>6} µs  overhead beyond the floor p50 {:>+5} µs  p99 {:>+5} µs (target p50 ≤ 2,000 µs)",
        us(browser.p50),
        us(browser.p99),
        overhead(browser.p50, floor.p50),
        overhead(browser.p99, floor.p99),
    );
    println!(
        "click → tokens stored + settings saved, warm, {vault_name:<14} p50 {:>6} µs  p99 {:>6} µs",
        us(done.p50),
        us(done.p99)
    );

    // Cold: the first click of a fresh app (credentials, client, DescribeInstance alongside).
    let mut cold = Vec::new();
    for _ in 0..COLD_RUNS {
        let opener = Arc::new(TimingOpener::default());
        let fresh = self::app(vault.clone(), opener.clone());
        let started = Instant::now();
        fresh.signin.sign_in("bench", ID, true).await.unwrap();
        cold.push(opener.take() - started);
    }
    let cold = stats(cold);
    println!(
        "click → browser launch, cold (first click of a new app), {vault_name:<14} p50 {:>6} µs  p99 {:>6} µs",
        us(cold.p50),
        us(cold.p99)
    );
}

async fn discovery(dir: &Path) {
    const LATENCY_MS: u64 = 200;
    // The shipped commercial regions plus the extra one the settings below add: 11.
    let commercial: Vec<String> = connect_sso::core::regions::all(&["eu-west-3".to_string()])
        .into_iter()
        .filter(|r| connect_sso::core::regions::partition(r) == "aws")
        .collect();
    let faults: String = commercial
        .iter()
        .map(|r| format!("\n[[faults]]\noperation = \"ListInstances\"\nregion = \"{r}\"\nlatency_ms = {LATENCY_MS}\n"))
        .collect();
    let sim = Sim::start(Scenario::from_toml_str(&scenario(&faults)).unwrap())
        .await
        .unwrap();
    std::env::set_var("AWS_ENDPOINT_URL_CONNECT", sim.endpoint_url());
    std::fs::create_dir_all(dir.join("settings")).unwrap();
    std::fs::write(
        dir.join("settings").join("settings.json"),
        r#"{"extraRegions":["eu-west-3"]}"#,
    )
    .unwrap();
    let app = app(
        Arc::new(MemoryVault::default()),
        Arc::new(TimingOpener::default()),
    );
    app.clients.check_credentials("bench").await.unwrap();
    let (mut one, mut all) = (Vec::new(), Vec::new());
    for _ in 0..7 {
        let started = Instant::now();
        let found = app.discovery.discover_profile("bench", false).await;
        one.push(started.elapsed());
        assert_eq!(found.regions.len(), 1);
        let started = Instant::now();
        let catalog = app.discovery.discover(Some("bench"), true).await.unwrap();
        all.push(started.elapsed());
        assert_eq!(catalog.profiles[0].regions.len(), commercial.len());
    }
    let (one, all) = (stats(one), stats(all));
    println!(
        "discovery, {} regions × {LATENCY_MS} ms latency: p50 {} ms; one region: p50 {} ms; ratio {:.2}× (target ≤ 1.3×)",
        commercial.len(),
        all.p50.as_millis(),
        one.p50.as_millis(),
        all.p50.as_secs_f64() / one.p50.as_secs_f64()
    );
    sim.shutdown().await;
}

fn profile_file(count: usize) -> String {
    let mut text = String::with_capacity(count * 120);
    for n in 0..count {
        match n % 4 {
            0 => text.push_str(&format!("[profile static-{n}]\nregion = us-east-1\n\n")),
            1 => text.push_str(&format!(
                "[profile sso-{n}]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Agent\nregion = eu-west-2\n\n"
            )),
            2 => text.push_str(&format!(
                "[profile role-{n}]\nrole_arn = arn:aws:iam::111122223333:role/R{n}\nsource_profile = static-0\nregion = us-west-2\n\n"
            )),
            _ => text.push_str(&format!(
                "[profile process-{n}]\ncredential_process = /usr/bin/true\nregion = ap-southeast-2\n\n"
            )),
        }
    }
    text.push_str("[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\n");
    text
}

async fn profiles(dir: &Path) {
    for count in [10, 1_000, 2_000, 10_000] {
        let path = dir.join(format!("config-{count}"));
        std::fs::write(&path, profile_file(count)).unwrap();
        std::env::set_var("AWS_CONFIG_FILE", &path);
        let mut runs = Vec::new();
        for _ in 0..7 {
            let started = Instant::now();
            let loaded = connect_sso::aws::profiles::load_profiles().await.unwrap();
            runs.push(started.elapsed());
            assert!(loaded.len() >= count);
        }
        let runs = stats(runs);
        println!(
            "profiles: load + classify {count:>6} profiles   p50 {:>8.2} ms   (target for 10,000: ≤ 20 ms)",
            runs.p50.as_secs_f64() * 1000.0
        );
    }
}

/// What choosing a browser adds to a click (finding it and mapping the profile name to its
/// folder), and what listing every browser costs, on a desk with Chrome (two profiles) on PATH.
fn browser_choice(dir: &Path) {
    use connect_sso::browsers::{self, places::Env, BrowserChoice, BrowserId};
    let (bin, config) = (dir.join("browser-bin"), dir.join("browser-config"));
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::create_dir_all(config.join("google-chrome")).unwrap();
    let chrome = bin.join("google-chrome");
    std::fs::write(&chrome, "#!/bin/sh\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&chrome, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::write(
        config.join("google-chrome/Local State"),
        r#"{"profile":{"info_cache":{"Default":{"name":"Person 1"},"Profile 2":{"name":"Work"}}}}"#,
    )
    .unwrap();
    // The rest of this machine's PATH after it: the other browsers are looked for and not found.
    let mut path = vec![bin];
    path.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    let env = Env {
        home: dir.to_path_buf(),
        config_home: config,
        path,
        data_dirs: vec!["/usr/share".into()],
        ..Env::default()
    };
    let choice = BrowserChoice {
        browser: BrowserId::Chrome,
        profile: Some("Work".into()),
        private: true,
    };
    let time = |work: &dyn Fn()| {
        let samples: Vec<Duration> = (0..WARM_RUNS)
            .map(|_| {
                let started = Instant::now();
                work();
                started.elapsed()
            })
            .collect();
        stats(samples)
    };
    let launch = time(&|| {
        browsers::launch_for(&choice, &env).unwrap();
    });
    let detect = time(&|| {
        browsers::detect(&env);
    });
    println!(
        "browser chosen for an instance (Chrome, profile by name, private): added to the click p50 {:>5} µs  p99 {:>5} µs",
        us(launch.p50),
        us(launch.p99)
    );
    println!(
        "browser list (five browsers, PATH and desktop entries, profiles)       p50 {:>5} µs  p99 {:>5} µs",
        us(detect.p50),
        us(detect.p99)
    );
}

fn main() {
    // `cargo bench` passes --bench; a filter argument picks sections.
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    let dir = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let sim = Sim::start(Scenario::from_toml_str(&scenario("")).unwrap())
            .await
            .unwrap();
        environment(
            dir.path(),
            &sim.endpoint_url(),
            "[profile bench]\nregion = us-east-1\n",
        );
        println!(
            "method: in-process, release build, connect-sim on loopback (SigV4 checked), {WARM_RUNS} warm runs interleaved with the floor, {COLD_RUNS} cold runs; this machine: {} cores",
            std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
        );
        if wanted("click") {
            click_to_browser("memory vault", Arc::new(MemoryVault::default())).await;
            if std::env::var_os("CONNECT_SSO_KEYRING_TESTS").is_some() {
                click_to_browser(
                    "Secret Service",
                    Arc::new(connect_sso::store::keychain::os_keychain()),
                )
                .await;
            } else {
                println!("click → browser with the Secret Service: skipped (run under scripts/with-keyring.sh with CONNECT_SSO_KEYRING_TESTS=1, as `make bench` does)");
            }
        }
        sim.shutdown().await;
        if wanted("discovery") {
            discovery(dir.path()).await;
        }
        if wanted("profiles") {
            profiles(dir.path()).await;
        }
        if wanted("browser") {
            browser_choice(dir.path());
        }
    });
}
