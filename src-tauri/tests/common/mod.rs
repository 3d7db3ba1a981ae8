//! Shared set-up for the integration tests: connect-sim on loopback, AWS config files in a temp
//! dir, and the process environment pointed at both (serialised: the environment is global).
#![allow(dead_code)]

pub mod browser;
pub mod proxy;

use connect_sim::{Scenario, Sim};
use connect_sso::app::App;
use connect_sso::signin::launcher::{Opener, RecordingOpener};
use connect_sso::store::settings_file::SettingsStore;
use connect_sso::store::vault::{MemoryVault, TokenVault};
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::Output;
use std::sync::Arc;
use tokio::sync::{Mutex, MutexGuard};

/// aws-config reads the process environment; tests that set it take turns.
static ENV_LOCK: Mutex<()> = Mutex::const_new(());

pub const ACCOUNT: &str = "111122223333";
pub const HAPPY: &str = "a1b2c3d4-0000-4000-8000-000000000001";
pub const CANARY: &str = "CANARY7f3e";

pub fn id(n: u32) -> String {
    format!("a1b2c3d4-0000-4000-8000-{n:012}")
}

/// The base scenario every test shares: an agent, a root key, an expired key; a happy
/// instance and one per failure; 23 instances in eu-west-2 for paging.
pub fn scenario_toml() -> String {
    let mut toml = format!(
        r#"
token_prefix = "{CANARY}"

[[credentials]]
access_key_id = "AKIDTESTAGENT"
secret_access_key = "test-secret-agent"
account = "{ACCOUNT}"
user = "jane.doe"

[[credentials]]
access_key_id = "AKIDTESTROOT"
secret_access_key = "test-secret-root"
account = "{ACCOUNT}"
user = "root"
root = true

[[credentials]]
access_key_id = "AKIDTESTEXPIRED"
secret_access_key = "test-secret-expired"
account = "{ACCOUNT}"
user = "jane.doe"
expired = true

[[instances]]
id = "{HAPPY}"
account = "{ACCOUNT}"
region = "us-east-1"
alias = "acme-support"
users = ["jane.doe", "root"]
"#
    );
    let failing = [
        (2, "user-not-found", "users = [\"someone.else\"]", None),
        (
            3,
            "not-saml",
            "identity_management_type = \"CONNECT_MANAGED\"",
            None,
        ),
        (
            4,
            "duplicate",
            "",
            Some("error = \"DuplicateResourceException\""),
        ),
        (
            5,
            "internal",
            "",
            Some("error = \"InternalServiceException\""),
        ),
        (6, "throttled", "", Some("error = \"ThrottlingException\"")),
        (7, "denied", "", Some("error = \"AccessDeniedException\"")),
        (
            8,
            "not-onboarded",
            "",
            Some("error = \"UserNotOnboardedException\""),
        ),
        (9, "malformed", "", Some("malformed = true")),
        (10, "no-url", "", Some("omit = [\"SignInUrl\"]")),
        (
            11,
            "flaky",
            "",
            Some("error = \"InternalServiceException\"\ntimes = 2"),
        ),
        (12, "slow", "", Some("latency_ms = 2000")),
        (13, "dropped", "", Some("drop_connection = true")),
        (
            14,
            "hostile-url",
            "",
            Some("sign_in_url = \"https://x.my.connect.aws.evil.com/federate\""),
        ),
        (
            15,
            "bad-param",
            "",
            Some("error = \"InvalidParameterException\""),
        ),
        (
            16,
            "http-url",
            "",
            Some("sign_in_url = \"http://acme.my.connect.aws/federate\""),
        ),
        (
            17,
            "userinfo-url",
            "",
            Some("sign_in_url = \"https://user@acme.my.connect.aws/federate\""),
        ),
        (
            18,
            "javascript-url",
            "",
            Some("sign_in_url = \"javascript:alert(1)\""),
        ),
    ];
    for (n, alias, extra, fault) in failing {
        let instance = id(n);
        toml.push_str(&format!(
            "\n[[instances]]\nid = \"{instance}\"\naccount = \"{ACCOUNT}\"\nregion = \"us-east-1\"\nalias = \"{alias}\"\n{extra}\n"
        ));
        if let Some(fault) = fault {
            toml.push_str(&format!(
                "\n[[faults]]\noperation = \"GetFederationToken\"\ninstance = \"{instance}\"\n{fault}\n"
            ));
        }
    }
    toml.push_str(&format!(
        r#"
[[roles]]
arn = "arn:aws:iam::{ACCOUNT}:role/ConnectAgentMfa"
source_keys = ["AKIDTESTAGENT"]
mfa_serial = "arn:aws:iam::{ACCOUNT}:mfa/jane.doe"
mfa_code = "123456"

[[sso]]
start_url = "https://corp.awsapps.com/start"
region = "us-east-1"
interval_secs = 0

[[sso.users]]
name = "jane.doe"
assignments = [{{ account = "{ACCOUNT}", role = "ConnectAgent" }}]
"#
    ));
    for n in 0..23 {
        toml.push_str(&format!(
            "\n[[instances]]\nid = \"{}\"\naccount = \"{ACCOUNT}\"\nregion = \"eu-west-2\"\nalias = \"europe-{n:02}\"\n",
            id(100 + n)
        ));
    }
    toml
}

const AWS_CONFIG: &str = r#"
[profile agent]
region = us-east-1

[profile pager]
region = eu-west-2

[profile root]
region = us-east-1

[profile expired]
region = us-east-1

[profile wrong-secret]
region = us-east-1

[profile unknown-key]
region = us-east-1

[profile no-region]

[profile no-creds]
region = us-east-1

[profile process-broken]
credential_process = /bin/false
region = us-east-1

[profile mfa-role]
role_arn = arn:aws:iam::111122223333:role/ConnectAgentMfa
source_profile = agent
mfa_serial = arn:aws:iam::111122223333:mfa/jane.doe
role_session_name = jane.doe
duration_seconds = 3600
region = us-east-1

[profile process-hangs]
credential_process = /bin/sleep 30
region = us-east-1

[profile process-garbage]
credential_process = /bin/echo not-json
region = us-east-1

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1

[profile sso-expired]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = ConnectAgent
region = us-east-1
"#;

const AWS_CREDENTIALS: &str = r#"
[agent]
aws_access_key_id = AKIDTESTAGENT
aws_secret_access_key = test-secret-agent

[pager]
aws_access_key_id = AKIDTESTAGENT
aws_secret_access_key = test-secret-agent

[no-region]
aws_access_key_id = AKIDTESTAGENT
aws_secret_access_key = test-secret-agent

[root]
aws_access_key_id = AKIDTESTROOT
aws_secret_access_key = test-secret-root

[expired]
aws_access_key_id = AKIDTESTEXPIRED
aws_secret_access_key = test-secret-expired

[wrong-secret]
aws_access_key_id = AKIDTESTAGENT
aws_secret_access_key = not-the-secret

[unknown-key]
aws_access_key_id = AKIDNOBODY
aws_secret_access_key = whatever
"#;

/// Variables that would change what aws-config does if inherited from the developer's shell.
const CLEARED: [&str; 21] = [
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_ENDPOINT_URL",
    "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
    "CONNECT_SSO_LOG",
    "CONNECT_SSO_POLICY_FILE",
    "CONNECT_SSO_LOG_DIR",
    "AWS_CA_BUNDLE",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
];

/// A running sim plus an environment pointing at it; restores the environment on drop.
pub struct TestEnv {
    pub sim: Sim,
    pub dir: tempfile::TempDir,
    saved: Vec<(String, Option<OsString>)>,
    _lock: MutexGuard<'static, ()>,
}

impl TestEnv {
    pub async fn start() -> TestEnv {
        Self::start_with(&scenario_toml()).await
    }

    pub async fn start_with(toml: &str) -> TestEnv {
        Self::start_serving(toml, None).await
    }

    /// The sim over HTTPS under the test CA (`tests/fixtures/tls`): a private endpoint, or what
    /// a TLS-inspecting proxy presents. Nothing trusts that CA unless a test says so.
    pub async fn start_tls() -> TestEnv {
        let identity = connect_sim::TlsIdentity {
            certificate_chain_pem: std::fs::read(tls_fixture("server.pem")).unwrap(),
            private_key_pem: std::fs::read(tls_fixture("server.key")).unwrap(),
        };
        Self::start_serving(&scenario_toml(), Some(identity)).await
    }

    async fn start_serving(toml: &str, tls: Option<connect_sim::TlsIdentity>) -> TestEnv {
        let lock = ENV_LOCK.lock().await;
        let scenario = Scenario::from_toml_str(toml).expect("test scenario parses");
        let sim = match tls {
            None => Sim::start(scenario).await,
            Some(identity) => Sim::start_tls(scenario, &identity).await,
        }
        .expect("connect-sim starts");
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config"), AWS_CONFIG).unwrap();
        std::fs::write(dir.path().join("credentials"), AWS_CREDENTIALS).unwrap();
        std::fs::create_dir_all(dir.path().join("home")).unwrap();
        let mut env = TestEnv {
            sim,
            dir,
            saved: Vec::new(),
            _lock: lock,
        };
        for name in CLEARED {
            env.set(name, None);
        }
        let config = env.path("config");
        let credentials = env.path("credentials");
        let home = env.path("home");
        let settings = env.settings_dir();
        let endpoint = env.sim.endpoint_url();
        env.set("AWS_CONFIG_FILE", Some(config.into_os_string()));
        env.set(
            "AWS_SHARED_CREDENTIALS_FILE",
            Some(credentials.into_os_string()),
        );
        env.set("AWS_ENDPOINT_URL_CONNECT", Some(endpoint.clone().into()));
        env.set("AWS_ENDPOINT_URL_STS", Some(endpoint.clone().into()));
        env.set("AWS_ENDPOINT_URL_SSO", Some(endpoint.clone().into()));
        env.set("AWS_ENDPOINT_URL_SSO_OIDC", Some(endpoint.into()));
        env.set("AWS_EC2_METADATA_DISABLED", Some("true".into()));
        env.set("HOME", Some(home.into_os_string()));
        // The log goes where Linux keeps it, inside this test's folder.
        env.set("XDG_STATE_HOME", Some(env.path("state").into_os_string()));
        env.set("CONNECT_SSO_CONFIG_DIR", Some(settings.into_os_string()));
        // The tests read English, whatever the machine's language.
        env.set("CONNECT_SSO_LANGUAGE", Some("en".into()));
        // Never the machine's policy: tests that want one write it here.
        let policy = env.path("policy.json");
        env.set("CONNECT_SSO_POLICY_FILE", Some(policy.into_os_string()));
        env
    }

    /// Writes the IT policy the app (and the CLI) of this test reads.
    pub fn write_policy(&self, json: &str) {
        std::fs::write(self.path("policy.json"), json).unwrap();
    }

    /// An app under the policy this test wrote (or none).
    pub fn app_with_policy(&self) -> (App, Arc<MemoryVault>, Arc<RecordingOpener>) {
        let vault = Arc::new(MemoryVault::default());
        let opener = Arc::new(RecordingOpener::default());
        let policy = connect_sso::core::policy::load(connect_sso::core::policy::path_from_env());
        let app = App::new(
            vault.clone(),
            opener.clone(),
            SettingsStore::from_env(),
            policy,
        );
        (app, vault, opener)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn settings_dir(&self) -> PathBuf {
        self.path("settings")
    }

    /// The folder the app's log files go to in this test.
    pub fn log_dir(&self) -> PathBuf {
        self.path("state").join("connect-sso").join("logs")
    }

    /// The AWS CLI's IAM Identity Center token cache in this test's HOME.
    pub fn sso_cache_dir(&self) -> PathBuf {
        self.path("home").join(".aws").join("sso").join("cache")
    }

    /// Every IAM Identity Center secret of this test: the tokens the sim issued and the OIDC
    /// client secrets in the token cache.
    pub fn sso_secrets(&self) -> Vec<String> {
        let mut secrets: Vec<String> = self
            .sim
            .issued_sso_tokens()
            .into_iter()
            .flat_map(|t| [t.access_token, t.refresh_token])
            .collect();
        for entry in std::fs::read_dir(self.sso_cache_dir()).unwrap() {
            let cached: serde_json::Value =
                serde_json::from_slice(&std::fs::read(entry.unwrap().path()).unwrap()).unwrap();
            if let Some(secret) = cached["clientSecret"].as_str() {
                secrets.push(secret.to_string());
            }
        }
        secrets
    }

    /// Everything the log files in this test's folder hold.
    pub fn log_text(&self) -> String {
        connect_sso::diagnostics::log_file::files_in(&self.log_dir())
            .iter()
            .map(|file| std::fs::read_to_string(file).unwrap())
            .collect()
    }

    /// Sets (or with `None` removes) a variable for the rest of this test.
    pub fn set(&mut self, name: &str, value: Option<OsString>) {
        if !self.saved.iter().any(|(saved, _)| saved == name) {
            self.saved.push((name.to_string(), std::env::var_os(name)));
        }
        // SAFETY of the process environment: every test that reads or writes it holds ENV_LOCK.
        match value {
            Some(value) => std::env::set_var(name, value),
            None => std::env::remove_var(name),
        }
    }

    /// Puts a stand-in browser first on a PATH (an `xdg-open` running the shell `script`) and
    /// returns that PATH: where a desktop would launch a browser, the test records or acts.
    pub fn browser_on_path(&self, script: &str) -> String {
        let bin = self.path("bin");
        write_launcher(&bin, script);
        format!(
            "{}:{}",
            bin.display(),
            std::env::var("PATH").unwrap_or_default()
        )
    }

    /// A browser that approves the IAM Identity Center sign-in it is sent to (the hand-off it is
    /// given leads there): on the authorize page it approves and follows the redirect back to the
    /// app (in the background, as a real browser's launcher returns at once); on a device page it
    /// approves the code the page names.
    pub fn approving_browser(&self) -> String {
        let approve_url = format!("{}/_sim/device/approve", self.sim.endpoint_url());
        let authorize_url = format!("{}/_sim/authorize/approve", self.sim.endpoint_url());
        self.browser_on_path(&format!(
            "page=$(curl -s -o /dev/null -w '%{{redirect_url}}' \"$1\")\n\
             case \"$page\" in */authorize\\?*)\n\
               (req=$(curl -s \"$page\" | sed -n 's/.*name=\"request\" value=\"\\([A-Za-z0-9]*\\)\".*/\\1/p')\n\
               back=$(curl -s -o /dev/null -w '%{{redirect_url}}' -X POST -d \"request=$req\" '{authorize_url}')\n\
               [ -n \"$back\" ] && curl -s \"$back\") >/dev/null 2>&1 </dev/null &\n\
               exit 0;;\n\
             esac\n\
             code=$(printf '%s' \"$page\" | sed -n 's/.*user_code=\\([A-Z0-9-]*\\).*/\\1/p')\n\
             [ -n \"$code\" ] && curl -s -X POST -d \"user_code=$code\" '{approve_url}' >/dev/null\nexit 0\n"
        ))
    }

    /// Lower timeouts for the tests that wait for one.
    pub fn write_settings(&self, json: &str) {
        std::fs::create_dir_all(self.settings_dir()).unwrap();
        std::fs::write(self.settings_dir().join("settings.json"), json).unwrap();
    }

    pub fn app_with(&self, vault: Arc<dyn TokenVault>, opener: Arc<dyn Opener>) -> App {
        App::new(vault, opener, SettingsStore::from_env(), Default::default())
    }

    /// An app with an in-memory vault and a recording opener, and handles on both.
    pub fn app(&self) -> (App, Arc<MemoryVault>, Arc<RecordingOpener>) {
        let vault = Arc::new(MemoryVault::default());
        let opener = Arc::new(RecordingOpener::default());
        (self.app_with(vault.clone(), opener.clone()), vault, opener)
    }

    /// Runs the real `connect-sso` binary with this environment (plus `extra`).
    pub async fn cli(&self, args: &[&str], extra: &[(&str, &str)]) -> Output {
        let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_connect-sso"));
        command.args(args);
        for (name, value) in extra {
            command.env(name, value);
        }
        command.output().await.expect("connect-sso runs")
    }

    /// Runs the real `connect-sso` binary with `input` on its standard input.
    pub async fn cli_with_stdin(&self, args: &[&str], input: &str) -> Output {
        use tokio::io::AsyncWriteExt;
        let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_connect-sso"))
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("connect-sso runs");
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(input.as_bytes()).await.unwrap();
        drop(stdin);
        child.wait_with_output().await.unwrap()
    }
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        for (name, value) in self.saved.drain(..).rev() {
            match value {
                Some(value) => std::env::set_var(&name, value),
                None => std::env::remove_var(&name),
            }
        }
    }
}

/// A file of the test TLS kit: `ca.pem` (the test CA), `server.pem` and `server.key`.
pub fn tls_fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/tls")
        .join(name)
}

/// Writes an executable `xdg-open` in `dir` whose body is the shell `script`.
pub fn write_launcher(dir: &std::path::Path, script: &str) {
    std::fs::create_dir_all(dir).unwrap();
    let launcher = dir.join("xdg-open");
    std::fs::write(&launcher, format!("#!/bin/sh\n{script}")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&launcher, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

/// The CLI's `--json` answer.
pub fn json_of(output: &Output) -> serde_json::Value {
    serde_json::from_str(stdout(output).trim())
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(output), stderr(output)))
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Plays the browser for a URL the app handed it (a one-shot loopback hand-off): fetches it and
/// returns where it leads (the 303's location), the URL the real browser would land on.
pub async fn landing(url: &connect_sso::core::secret::Secret) -> String {
    let response = fetch(url.expose()).await;
    assert!(response.starts_with("HTTP/1.1 303"), "{response}");
    response
        .lines()
        .find_map(|line| line.strip_prefix("location: "))
        .expect("a location")
        .trim()
        .to_string()
}

/// A plain GET of a loopback URL: the whole response.
pub async fn fetch(url: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let parsed = url::Url::parse(url).unwrap();
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", parsed.port().unwrap()))
        .await
        .unwrap();
    let request = format!("GET {} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n", parsed.path());
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    response
}

/// Every token and URL the sim has issued so far: none may appear where secrets must not.
pub fn issued_secrets(sim: &Sim) -> Vec<String> {
    sim.issued_tokens()
        .into_iter()
        .flat_map(|t| [t.access_token, t.refresh_token, t.sign_in_url])
        .collect()
}
