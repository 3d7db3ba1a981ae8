//! Conformance against the official AWS CLI: its own Connect and STS models, serializers, signer
//! and retry logic talk to the sim. If these pass, the sim's wire formats and SigV4 checks agree
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
            "[default]\nregion = us-east-1\noutput = json\n\n\
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
    /// AWS profile or key can leak in; Connect and STS both go to the sim.
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
