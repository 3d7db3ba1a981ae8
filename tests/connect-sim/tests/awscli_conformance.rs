//! Conformance against the official AWS CLI: its own Connect, STS, SSO and SSO OIDC models,
//! serializers, signer, SSO token cache and retry logic talk to the sim. If these pass, the sim's wire formats and SigV4 checks agree
//! with AWS's, not just with our own test client. Needs `AWS_CLI` (path of the `aws` binary).

mod common;

use common::*;
use connect_sim::Sim;
use serde_json::Value;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::{Command, Output};

/// A temporary HOME with an AWS config and credentials pointing at the sim.
struct Cli {
    aws: OsString,
    dir: PathBuf,
    endpoint: String,
}

impl Cli {
    fn new(aws: OsString, sim: &Sim, name: &str) -> Cli {
        let dir =
            std::env::temp_dir().join(format!("connect-sim-awscli-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("credentials"),
            format!(
                "[default]\naws_access_key_id = {SESSION_KEY}\naws_secret_access_key = {SESSION_SECRET}\naws_session_token = {SESSION_TOKEN}\n\n\
                 [wrong-secret]\naws_access_key_id = {AGENT_KEY}\naws_secret_access_key = not-the-secret\n\n\
                 [expired]\naws_access_key_id = {EXPIRED_KEY}\naws_secret_access_key = {EXPIRED_SECRET}\n\n\
                 [root]\naws_access_key_id = {ROOT_KEY}\naws_secret_access_key = {ROOT_SECRET}\n"
            ),
        )
        .unwrap();
        std::fs::write(
            dir.join("config"),
            // cli_follow_urlparam off: CLI v1 would otherwise fetch an https:// parameter
            // (such as --start-url) and send its contents instead.
            "[default]\nregion = us-east-1\noutput = json\ncli_follow_urlparam = false\n\n\
             [profile wrong-secret]\nregion = us-east-1\n\n\
             [profile expired]\nregion = us-east-1\n\n\
             [profile root]\nregion = us-east-1\n",
        )
        .unwrap();
        Cli {
            aws,
            dir,
            endpoint: sim.endpoint_url(),
        }
    }

    /// Runs `aws SERVICE ARGS` with nothing of this process's environment but PATH, so no real
    /// AWS profile or key can leak in; Connect, STS, SSO and SSO OIDC all go to the sim.
    async fn run_in(&self, service: &str, args: &[&str]) -> Output {
        let mut cmd = Command::new(&self.aws);
        cmd.arg(service)
            .args(args)
            .args(["--output", "json"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &self.dir)
            .env("AWS_CONFIG_FILE", self.dir.join("config"))
            .env("AWS_SHARED_CREDENTIALS_FILE", self.dir.join("credentials"))
            .env("AWS_ENDPOINT_URL_CONNECT", &self.endpoint)
            .env("AWS_ENDPOINT_URL_STS", &self.endpoint)
            .env("AWS_ENDPOINT_URL_SSO", &self.endpoint)
            .env("AWS_ENDPOINT_URL_SSO_OIDC", &self.endpoint)
            .env("AWS_REGION", "us-east-1")
            .env("AWS_DEFAULT_REGION", "us-east-1")
            .env("AWS_PAGER", "")
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env("AWS_RETRY_MODE", "standard");
        tokio::task::spawn_blocking(move || cmd.output())
            .await
            .unwrap()
            .expect("the AWS CLI runs")
    }

    async fn ok_json(&self, args: &[&str]) -> Value {
        self.ok_json_in("connect", args).await
    }

    async fn ok_json_in(&self, service: &str, args: &[&str]) -> Value {
        let out = self.run_in(service, args).await;
        assert!(
            out.status.success(),
            "aws {service} {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "aws printed no JSON ({e}): {}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    async fn err(&self, args: &[&str]) -> String {
        self.err_in("connect", args).await
    }

    async fn err_in(&self, service: &str, args: &[&str]) -> String {
        let out = self.run_in(service, args).await;
        assert!(
            !out.status.success(),
            "aws {service} {args:?} should fail: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    }
}

impl Cli {
    /// Adds sections to the config file.
    fn append_config(&self, text: &str) {
        append(&self.dir.join("config"), text);
    }

    /// Adds profiles to the credentials file.
    fn append_credentials(&self, text: &str) {
        append(&self.dir.join("credentials"), text);
    }

    /// Writes the SSO token cache of `session` where the CLI looks for it:
    /// `~/.aws/sso/cache/<sha1 of the session name>.json`.
    fn write_sso_cache(&self, session: &str, token: &Value) {
        use sha1::Digest;
        let cache = self.dir.join(".aws").join("sso").join("cache");
        std::fs::create_dir_all(&cache).unwrap();
        let name = hex::encode(sha1::Sha1::digest(session.as_bytes()));
        std::fs::write(cache.join(format!("{name}.json")), token.to_string()).unwrap();
    }
}

fn append(path: &std::path::Path, text: &str) {
    let mut old = std::fs::read_to_string(path).unwrap();
    old.push('\n');
    old.push_str(text);
    std::fs::write(path, old).unwrap();
}

/// `2026-11-28T10:00:00Z`, the CLI's format for `expiresAt`, `secs` from now.
fn iso_in(secs: i64) -> String {
    let t = time::OffsetDateTime::now_utc() + time::Duration::seconds(secs);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

impl Drop for Cli {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn aws_cli() -> Option<OsString> {
    let aws = std::env::var_os("AWS_CLI").filter(|v| !v.is_empty());
    if aws.is_none() {
        eprintln!(
            "skipped: set AWS_CLI to the path of the aws binary (python3 -m venv .venv && .venv/bin/pip install awscli) to run the AWS CLI conformance tests"
        );
    }
    aws
}

/// The CLI prints timestamps as numbers (v1) or ISO 8601 strings (v2); both must be a time
/// in the future.
fn epoch_of(value: &Value) -> f64 {
    match value {
        Value::Number(n) => n.as_f64().unwrap(),
        Value::String(s) => {
            let t = time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
                .unwrap_or_else(|e| panic!("{s:?} is not a timestamp: {e}"));
            t.unix_timestamp() as f64
        }
        other => panic!("not a timestamp: {other}"),
    }
}

fn now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_federation_token_by_id_and_by_arn() {
    let Some(aws) = aws_cli() else { return };
    let sim = start("token_prefix = \"CANARY\"", "").await;
    let cli = Cli::new(aws, &sim, "federate");

    let out = cli
        .ok_json(&["get-federation-token", "--instance-id", SUPPORT])
        .await;
    let url = out["SignInUrl"].as_str().unwrap();
    assert!(url.starts_with("https://acme-support.my.connect.aws/federate/CANARY"));
    let issued = sim.issued_tokens();
    assert_eq!(issued.len(), 1);
    assert_eq!(out["Credentials"]["AccessToken"], issued[0].access_token);
    assert_eq!(out["Credentials"]["RefreshToken"], issued[0].refresh_token);
    let access = epoch_of(&out["Credentials"]["AccessTokenExpiration"]);
    let refresh = epoch_of(&out["Credentials"]["RefreshTokenExpiration"]);
    assert!((access - now() - 3600.0).abs() < 60.0, "{access}");
    assert!((refresh - now() - 43_200.0).abs() < 60.0, "{refresh}");
    assert!(out["UserArn"].as_str().unwrap().starts_with(&format!(
        "arn:aws:connect:us-east-1:{ACCOUNT}:instance/{SUPPORT}/agent/"
    )));
    assert!(connect_sim::is_uuid(out["UserId"].as_str().unwrap()));

    let arn = format!("arn:aws:connect:us-east-1:{ACCOUNT}:instance/{SALES}");
    let out = cli
        .ok_json(&["get-federation-token", "--instance-id", &arn])
        .await;
    assert!(out["SignInUrl"]
        .as_str()
        .unwrap()
        .starts_with("https://acme-sales.awsapps.com/connect/federate/"));

    let requests = sim.requests();
    assert_eq!(requests.len(), 2, "{requests:?}");
    // The CLI signed with the session credentials and the sim verified it, token included.
    assert!(requests.iter().all(|r| r.status == 200
        && r.access_key_id.as_deref() == Some(SESSION_KEY)
        && r.region.as_deref() == Some("us-east-1")
        && r.operation.as_deref() == Some("GetFederationToken")));
    // The ARN went over the wire percent-encoded, which the signature double-encodes.
    assert!(
        requests[1]
            .path
            .starts_with("/user/federate/arn%3Aaws%3Aconnect%3A"),
        "{}",
        requests[1].path
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_instances_follows_next_tokens() {
    let Some(aws) = aws_cli() else { return };
    let sim = start("", "").await;
    let cli = Cli::new(aws, &sim, "list");
    let expected = [
        "acme-support",
        "acme-sales",
        "acme-lab",
        "acme-locked",
        "acme-failed",
    ];

    let out = cli.ok_json(&["list-instances", "--page-size", "2"]).await;
    let aliases: Vec<&str> = out["InstanceSummaryList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["InstanceAlias"].as_str().unwrap())
        .collect();
    assert_eq!(aliases, expected);
    let lists = sim
        .requests()
        .iter()
        .filter(|r| r.operation.as_deref() == Some("ListInstances") && r.status == 200)
        .count();
    assert!(lists >= 3, "the CLI made {lists} ListInstances calls");
    let first = &out["InstanceSummaryList"][0];
    assert_eq!(first["Id"], SUPPORT);
    assert_eq!(first["IdentityManagementType"], "SAML");
    assert_eq!(first["InstanceStatus"], "ACTIVE");
    assert_eq!(first["InboundCallsEnabled"], true);
    assert_eq!(
        first["InstanceAccessUrl"],
        "https://acme-support.my.connect.aws"
    );
    epoch_of(&first["CreatedTime"]);

    let out = cli
        .ok_json(&["list-instances", "--max-items", "3", "--page-size", "2"])
        .await;
    assert_eq!(out["InstanceSummaryList"].as_array().unwrap().len(), 3);
    let resume = out["NextToken"]
        .as_str()
        .expect("the CLI offers a resume token");
    let rest = cli
        .ok_json(&[
            "list-instances",
            "--starting-token",
            resume,
            "--page-size",
            "2",
        ])
        .await;
    let aliases: Vec<&str> = rest["InstanceSummaryList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["InstanceAlias"].as_str().unwrap())
        .collect();
    assert_eq!(aliases, ["acme-locked", "acme-failed"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn describe_instance() {
    let Some(aws) = aws_cli() else { return };
    let sim = start("", "").await;
    let cli = Cli::new(aws, &sim, "describe");
    let out = cli
        .ok_json(&["describe-instance", "--instance-id", SALES])
        .await;
    let instance = &out["Instance"];
    assert_eq!(instance["Id"], SALES);
    assert_eq!(instance["InstanceAlias"], "acme-sales");
    assert_eq!(instance["OutboundCallsEnabled"], false);
    assert_eq!(
        instance["InstanceAccessUrl"],
        "https://acme-sales.awsapps.com/connect"
    );
    let failed = cli
        .ok_json(&["describe-instance", "--instance-id", FAILED])
        .await;
    assert_eq!(failed["Instance"]["InstanceStatus"], "CREATION_FAILED");
    assert_eq!(
        failed["Instance"]["StatusReason"]["Message"],
        "Service-linked role could not be created"
    );
    let stderr = cli
        .err(&["describe-instance", "--instance-id", EUROPE])
        .await;
    assert!(stderr.contains("ResourceNotFoundException"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_reach_the_cli_by_name() {
    let Some(aws) = aws_cli() else { return };
    let sim = start(
        "",
        &format!(
            "[[faults]]\ninstance = \"{FAILED}\"\nerror = \"AccessDeniedException\"\n\
             [[faults]]\ninstance = \"{SALES}\"\ntimes = 2\nerror = \"ThrottlingException\"\n"
        ),
    )
    .await;
    let cli = Cli::new(aws, &sim, "errors");

    let stderr = cli
        .err(&["get-federation-token", "--instance-id", LOCKED])
        .await;
    assert!(stderr.contains("UserNotFoundException"), "{stderr}");
    assert!(
        stderr.contains("User not found for the provided identity"),
        "{stderr}"
    );

    let stderr = cli
        .err(&["get-federation-token", "--instance-id", LAB])
        .await;
    assert!(stderr.contains("InvalidRequestException"), "{stderr}");
    assert!(stderr.contains("SAML"), "{stderr}");

    // Lower-case `message` (as AWS's gateway sends it) is read by the CLI too.
    let stderr = cli
        .err(&["get-federation-token", "--instance-id", FAILED])
        .await;
    assert!(stderr.contains("AccessDeniedException"), "{stderr}");
    assert!(stderr.contains("is not authorized to perform"), "{stderr}");

    let stderr = cli
        .err(&[
            "get-federation-token",
            "--instance-id",
            SUPPORT,
            "--profile",
            "wrong-secret",
        ])
        .await;
    assert!(stderr.contains("InvalidSignatureException"), "{stderr}");

    let stderr = cli
        .err(&[
            "get-federation-token",
            "--instance-id",
            SUPPORT,
            "--profile",
            "expired",
        ])
        .await;
    assert!(stderr.contains("ExpiredTokenException"), "{stderr}");

    // The CLI recognises ThrottlingException as retryable: two throttles, then success.
    let out = cli
        .ok_json(&["get-federation-token", "--instance-id", SALES])
        .await;
    assert!(out["SignInUrl"].is_string());
    let sales: Vec<u16> = sim
        .requests()
        .iter()
        .filter(|r| r.path.ends_with(SALES))
        .map(|r| r.status)
        .collect();
    assert_eq!(sales, [429, 429, 200]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sts_get_caller_identity() {
    let Some(aws) = aws_cli() else { return };
    let sim = start("", "").await;
    let cli = Cli::new(aws, &sim, "sts");

    // The default profile is a session key: the CLI signs its token, the sim checks it.
    let out = cli.ok_json_in("sts", &["get-caller-identity"]).await;
    assert_eq!(
        out["Arn"],
        format!("arn:aws:sts::{ACCOUNT}:assumed-role/ConnectAgent/{AGENT_USER}")
    );
    assert_eq!(out["Account"], ACCOUNT);
    assert_eq!(out["UserId"], format!("AROAEXAMPLEROLEID:{AGENT_USER}"));

    let root = cli
        .ok_json_in("sts", &["get-caller-identity", "--profile", "root"])
        .await;
    assert_eq!(root["Arn"], format!("arn:aws:iam::{ACCOUNT}:root"));
    assert_eq!(root["UserId"], ACCOUNT);

    let stderr = cli
        .err_in("sts", &["get-caller-identity", "--profile", "wrong-secret"])
        .await;
    assert!(stderr.contains("SignatureDoesNotMatch"), "{stderr}");
    assert!(
        stderr.contains("The request signature we calculated does not match"),
        "{stderr}"
    );

    let stderr = cli
        .err_in("sts", &["get-caller-identity", "--profile", "expired"])
        .await;
    assert!(stderr.contains("ExpiredToken"), "{stderr}");

    let requests = sim.requests();
    assert_eq!(requests.len(), 4, "{requests:?}");
    assert!(requests.iter().all(|r| r.method == "POST"
        && r.path == "/"
        && r.operation.as_deref() == Some("GetCallerIdentity")));
    assert_eq!(requests[0].access_key_id.as_deref(), Some(SESSION_KEY));
    assert_eq!(
        requests[2].error_type.as_deref(),
        Some("SignatureDoesNotMatch")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sts_assume_role_with_mfa() {
    let Some(aws) = aws_cli() else { return };
    let sim = start("", SSO).await;
    let cli = Cli::new(aws, &sim, "assume-role");
    let args = |code: &'static str, duration: &'static str| {
        vec![
            "assume-role",
            "--role-arn",
            MFA_ROLE,
            "--role-session-name",
            "jane.doe",
            "--serial-number",
            MFA_SERIAL,
            "--token-code",
            code,
            "--duration-seconds",
            duration,
        ]
    };

    let stderr = cli.err_in("sts", &args("654321", "3600")).await;
    assert!(stderr.contains("AccessDenied"), "{stderr}");
    assert!(
        stderr.contains("MultiFactorAuthentication failed with invalid MFA one time pass code."),
        "{stderr}"
    );
    let stderr = cli.err_in("sts", &args("123456", "7201")).await;
    assert!(stderr.contains("ValidationError"), "{stderr}");
    assert!(stderr.contains("MaxSessionDuration"), "{stderr}");

    let out = cli.ok_json_in("sts", &args("123456", "3600")).await;
    let creds = &out["Credentials"];
    let key = creds["AccessKeyId"].as_str().unwrap();
    assert!(key.starts_with("ASIA"), "{key}");
    // The CLI parsed the ISO 8601 expiration (and prints it back as ISO 8601).
    let expires = epoch_of(&creds["Expiration"]);
    assert!((expires - now() - 3600.0).abs() < 60.0, "{expires}");
    assert_eq!(
        out["AssumedRoleUser"]["Arn"],
        format!("arn:aws:sts::{ACCOUNT}:assumed-role/ConnectAgentMfa/jane.doe")
    );
    assert_eq!(
        out["AssumedRoleUser"]["AssumedRoleId"],
        "AROAEXAMPLEROLEID:jane.doe"
    );
    let calls = sim.assume_role_calls();
    assert_eq!(calls.len(), 3);
    assert!(calls.iter().all(|c| c.sent_mfa()));
    assert_eq!(
        calls.iter().map(|c| c.status).collect::<Vec<_>>(),
        [403, 400, 200]
    );

    // The CLI signs with the issued credentials, session token included, and the sim takes them.
    cli.append_credentials(&format!(
        "[assumed]\naws_access_key_id = {key}\naws_secret_access_key = {}\naws_session_token = {}\n",
        creds["SecretAccessKey"].as_str().unwrap(),
        creds["SessionToken"].as_str().unwrap()
    ));
    let me = cli
        .ok_json_in("sts", &["get-caller-identity", "--profile", "assumed"])
        .await;
    assert_eq!(
        me["Arn"],
        format!("arn:aws:sts::{ACCOUNT}:assumed-role/ConnectAgentMfa/jane.doe")
    );
    let token = cli
        .ok_json(&[
            "get-federation-token",
            "--instance-id",
            SUPPORT,
            "--profile",
            "assumed",
        ])
        .await;
    assert!(token["SignInUrl"].is_string());
}

const SSO_PROFILE: &str = "[profile sso]\nsso_session = acme\nsso_account_id = 111122223333\nsso_role_name = ConnectAgent\nregion = us-east-1\n\n\
[sso-session acme]\nsso_start_url = https://acme.awsapps.com/start\nsso_region = us-east-1\nsso_registration_scopes = sso:account:access\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sso_session_profile_reads_the_token_cache() {
    let Some(aws) = aws_cli() else { return };
    let sim = start("", SSO).await;
    let cli = Cli::new(aws, &sim, "sso-profile");
    cli.append_config(SSO_PROFILE);
    let token = sim.create_sso_token(START_URL, "jane.doe").unwrap();
    cli.write_sso_cache(
        "acme",
        &serde_json::json!({
            "startUrl": START_URL,
            "region": "us-east-1",
            "accessToken": token.access_token,
            "expiresAt": iso_in(3600),
        }),
    );

    // botocore's SSO provider: GetRoleCredentials with the cached token, then the call signed
    // with the role credentials it got.
    let out = cli
        .ok_json_in("sts", &["get-caller-identity", "--profile", "sso"])
        .await;
    let arn = out["Arn"].as_str().unwrap();
    assert!(
        arn.starts_with(&format!(
            "arn:aws:sts::{ACCOUNT}:assumed-role/AWSReservedSSO_ConnectAgent_"
        )) && arn.ends_with("/jane.doe"),
        "{arn}"
    );
    assert_eq!(out["Account"], ACCOUNT);
    let listed = cli.ok_json(&["list-instances", "--profile", "sso"]).await;
    assert_eq!(
        listed["InstanceSummaryList"][0]["InstanceAlias"],
        "acme-support"
    );
    let portal: Vec<_> = sim
        .requests()
        .into_iter()
        .filter(|r| r.operation.as_deref() == Some("GetRoleCredentials"))
        .collect();
    assert!(!portal.is_empty());
    assert!(portal.iter().all(|r| r.status == 200 && r.method == "GET"));
    let issued = sim.issued_credentials();
    assert!(issued
        .iter()
        .all(|c| c.user == "jane.doe" && c.account == ACCOUNT));

    // A token the portal does not know (401) is the CLI's "SSO session expired".
    let cli = Cli::new(cli.aws.clone(), &sim, "sso-profile-bad");
    cli.append_config(SSO_PROFILE);
    cli.write_sso_cache(
        "acme",
        &serde_json::json!({
            "startUrl": START_URL,
            "region": "us-east-1",
            "accessToken": "not-a-token-the-sim-issued",
            "expiresAt": iso_in(3600),
        }),
    );
    let stderr = cli
        .err_in("sts", &["get-caller-identity", "--profile", "sso"])
        .await;
    assert!(stderr.contains("SSO session"), "{stderr}");
    assert!(sim
        .requests()
        .iter()
        .any(|r| r.error_type.as_deref() == Some("UnauthorizedException")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sso_token_refresh_through_the_cli() {
    let Some(aws) = aws_cli() else { return };
    let sim = start("", SSO).await;
    let cli = Cli::new(aws, &sim, "sso-refresh");
    cli.append_config(SSO_PROFILE);
    // A real device flow, so the cache holds a client and a refresh token.
    let client = register(sim.addr()).await;
    let device = start_device(sim.addr(), &client, START_URL).await;
    sim.approve_device(device["userCode"].as_str().unwrap(), None)
        .unwrap();
    let first = poll(sim.addr(), &client, device["deviceCode"].as_str().unwrap())
        .await
        .json();
    // Five minutes left: inside botocore's refresh window, so it refreshes before use.
    cli.write_sso_cache(
        "acme",
        &serde_json::json!({
            "startUrl": START_URL,
            "region": "us-east-1",
            "accessToken": first["accessToken"],
            "expiresAt": iso_in(300),
            "clientId": client.id,
            "clientSecret": client.secret,
            "registrationExpiresAt": iso_in(90 * 24 * 3600),
            "refreshToken": first["refreshToken"],
        }),
    );
    let out = cli
        .ok_json_in("sts", &["get-caller-identity", "--profile", "sso"])
        .await;
    assert!(out["Arn"].as_str().unwrap().ends_with("/jane.doe"));
    let refreshes: Vec<_> = sim
        .requests()
        .into_iter()
        .filter(|r| r.operation.as_deref() == Some("CreateToken"))
        .collect();
    // The device poll above, then the CLI's refresh.
    assert_eq!(refreshes.len(), 2, "{refreshes:?}");
    assert_eq!(refreshes[1].status, 200);
    let issued = sim.issued_sso_tokens();
    assert_eq!(issued.len(), 2);
    // The CLI wrote the new token back to its cache and used it for the portal.
    let cache = cli.dir.join(".aws/sso/cache");
    let written: String = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(written.contains(&issued[1].access_token), "{written}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sso_oidc_and_portal_commands() {
    let Some(aws) = aws_cli() else { return };
    let sim = start("", SSO).await;
    let cli = Cli::new(aws, &sim, "sso-commands");

    let client = cli
        .ok_json_in(
            "sso-oidc",
            &[
                "register-client",
                "--client-name",
                "cli",
                "--client-type",
                "public",
            ],
        )
        .await;
    let id = client["clientId"].as_str().unwrap();
    let secret = client["clientSecret"].as_str().unwrap();
    assert!(
        client["clientSecretExpiresAt"].as_u64().unwrap()
            > client["clientIdIssuedAt"].as_u64().unwrap()
    );
    let device = cli
        .ok_json_in(
            "sso-oidc",
            &[
                "start-device-authorization",
                "--client-id",
                id,
                "--client-secret",
                secret,
                "--start-url",
                START_URL,
            ],
        )
        .await;
    assert_eq!(device["interval"], 1);
    let code = device["deviceCode"].as_str().unwrap();
    let create = [
        "create-token",
        "--client-id",
        id,
        "--client-secret",
        secret,
        "--grant-type",
        "urn:ietf:params:oauth:grant-type:device_code",
        "--device-code",
        code,
    ];
    let stderr = cli.err_in("sso-oidc", &create).await;
    assert!(stderr.contains("AuthorizationPendingException"), "{stderr}");
    sim.approve_device(device["userCode"].as_str().unwrap(), None)
        .unwrap();
    let token = cli.ok_json_in("sso-oidc", &create).await;
    assert_eq!(token["tokenType"], "Bearer");
    let access = token["accessToken"].as_str().unwrap();

    // The CLI pages with max_result / next_token and merges the pages.
    let accounts = cli
        .ok_json_in(
            "sso",
            &[
                "list-accounts",
                "--access-token",
                access,
                "--page-size",
                "1",
            ],
        )
        .await;
    let ids: Vec<&str> = accounts["accountList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["accountId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [ACCOUNT, OTHER_ACCOUNT]);
    assert_eq!(accounts["accountList"][0]["accountName"], "Acme Support");
    let roles = cli
        .ok_json_in(
            "sso",
            &[
                "list-account-roles",
                "--access-token",
                access,
                "--account-id",
                ACCOUNT,
                "--page-size",
                "1",
            ],
        )
        .await;
    let names: Vec<&str> = roles["roleList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["roleName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ConnectAgent", "ReadOnly"]);
    let creds = cli
        .ok_json_in(
            "sso",
            &[
                "get-role-credentials",
                "--access-token",
                access,
                "--account-id",
                ACCOUNT,
                "--role-name",
                SSO_ROLE,
            ],
        )
        .await;
    assert!(creds["roleCredentials"]["accessKeyId"]
        .as_str()
        .unwrap()
        .starts_with("ASIA"));
    let stderr = cli
        .err_in(
            "sso",
            &[
                "get-role-credentials",
                "--access-token",
                access,
                "--account-id",
                ACCOUNT,
                "--role-name",
                "Admin",
            ],
        )
        .await;
    assert!(stderr.contains("ForbiddenException"), "{stderr}");
    assert!(stderr.contains("No access"), "{stderr}");
    let stderr = cli
        .err_in("sso", &["list-accounts", "--access-token", "bogus"])
        .await;
    assert!(stderr.contains("UnauthorizedException"), "{stderr}");
    assert!(
        stderr.contains("Session token not found or invalid"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_users_and_iam_denials() {
    let Some(aws) = aws_cli() else { return };
    let sim = start(
        "",
        r#"
[[credentials]]
access_key_id = "AKIDLIMITEDAGENT"
secret_access_key = "limited/Secret+Key0123456789EXAMPLE"
account = "111122223333"
user = "jane.doe"
allow = ["connect:GetFederationToken"]
"#,
    )
    .await;
    let cli = Cli::new(aws, &sim, "search-users");
    cli.append_credentials(
        "\n[limited]\naws_access_key_id = AKIDLIMITEDAGENT\naws_secret_access_key = limited/Secret+Key0123456789EXAMPLE\n",
    );
    cli.append_config("\n[profile limited]\nregion = us-east-1\n");
    // `search-users` at SALES for an exact username, then any further arguments.
    let search = |name: &str, more: &[&'static str]| {
        let criteria = format!(
            r#"{{"StringCondition":{{"FieldName":"Username","Value":"{name}","ComparisonType":"EXACT"}}}}"#
        );
        let mut args = vec![
            "search-users".to_string(),
            "--instance-id".to_string(),
            SALES.to_string(),
            "--search-criteria".to_string(),
            criteria,
        ];
        args.extend(more.iter().map(|a| a.to_string()));
        args
    };

    // The CLI's SearchUsers serializer and parser against the sim: exact, case-sensitive.
    let args = search("jane.doe", &[]);
    let found = cli.ok_json(&refs(&args)).await;
    let users = found["Users"].as_array().unwrap();
    assert_eq!(users.len(), 1, "{found}");
    assert_eq!(users[0]["Username"], "jane.doe");
    let federated = cli
        .ok_json(&["get-federation-token", "--instance-id", SALES])
        .await;
    assert_eq!(
        users[0]["Id"], federated["UserId"],
        "the same user as federation's"
    );
    assert!(users[0]["Arn"].as_str().unwrap().ends_with(&format!(
        "instance/{SALES}/agent/{}",
        federated["UserId"].as_str().unwrap()
    )));
    let args = search("Jane.Doe", &[]);
    let none = cli.ok_json(&refs(&args)).await;
    assert_eq!(none["Users"].as_array().unwrap().len(), 0, "{none}");
    assert_eq!(none["ApproximateTotalCount"], 0);

    // A key whose policy allows GetFederationToken only: the rest is denied as IAM words it.
    let stderr = cli
        .err(&[
            "describe-instance",
            "--instance-id",
            SALES,
            "--profile",
            "limited",
        ])
        .await;
    assert!(stderr.contains("AccessDeniedException"), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "is not authorized to perform: connect:DescribeInstance on resource: arn:aws:connect:us-east-1:{ACCOUNT}:instance/{SALES}"
        )),
        "{stderr}"
    );
    let args = search("jane.doe", &["--profile", "limited"]);
    let stderr = cli.err(&refs(&args)).await;
    assert!(stderr.contains("connect:SearchUsers"), "{stderr}");
    let stderr = cli.err(&["list-instances", "--profile", "limited"]).await;
    assert!(
        stderr.contains("connect:ListInstances on resource: *"),
        "{stderr}"
    );
    let out = cli
        .ok_json(&[
            "get-federation-token",
            "--instance-id",
            SALES,
            "--profile",
            "limited",
        ])
        .await;
    assert!(out["SignInUrl"].is_string());
    // STS needs no permission, whatever the policy says.
    let out = cli
        .ok_json_in("sts", &["get-caller-identity", "--profile", "limited"])
        .await;
    assert!(out["Arn"].as_str().unwrap().ends_with("/jane.doe"));
}

/// Borrowed arguments for [`Cli`]'s calls.
fn refs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}
