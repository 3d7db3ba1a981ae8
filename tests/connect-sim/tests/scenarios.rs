//! Scenario parsing and validation errors, the shipped scenario files, and the `connect-sim`
//! binary.

mod common;

use common::{
    assume_role_form, poll, post_form, raw_get, register, role_credentials, start_device, Req,
};
use connect_sim::{Scenario, Sim};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn scenario_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(name)
}

fn error_of(text: &str) -> connect_sim::ScenarioError {
    Scenario::from_toml_str(text).expect_err("scenario should be rejected")
}

const INSTANCE: &str = r#"
[[instances]]
id = "a1b2c3d4-0000-4000-8000-000000000001"
account = "111122223333"
region = "us-east-1"
alias = "ok"
"#;

#[test]
fn defaults() {
    let s = Scenario::from_toml_str(INSTANCE).unwrap();
    assert_eq!(s.sign_in, connect_sim::SignInMode::Connect);
    assert_eq!(s.token_prefix, "");
    assert_eq!(s.access_token_ttl_secs, 3600);
    assert_eq!(s.refresh_token_ttl_secs, 43_200);
    let i = &s.instances[0];
    assert_eq!(
        i.identity_management_type,
        connect_sim::IdentityManagementType::Saml
    );
    assert_eq!(i.status, connect_sim::InstanceStatus::Active);
    assert!(i.inbound_calls && i.outbound_calls);
    assert_eq!(i.access_url(), "https://ok.my.connect.aws");
    assert!(i.users.is_none());
}

#[test]
fn toml_syntax_errors_name_the_line() {
    let e = error_of("sign_in = \"connect\"\ntoken_prefix = \n");
    assert_eq!(e.line(), Some(2), "{e}");
    assert!(e.to_string().starts_with("line 2, column"), "{e}");
}

#[test]
fn unknown_fields_name_the_line_and_field() {
    let text = format!("{INSTANCE}alais = \"typo\"\n");
    let e = error_of(&text);
    assert_eq!(e.line(), Some(7), "{e}");
    assert!(e.to_string().contains("alais"), "{e}");
}

#[test]
fn wrong_types_name_the_field() {
    let e = error_of("access_token_ttl_secs = \"soon\"\n");
    assert_eq!(e.line(), Some(1));
    assert_eq!(e.field(), Some("access_token_ttl_secs"), "{e}");
    let text = format!("{INSTANCE}status = \"RUNNING\"\n");
    let e = error_of(&text);
    assert_eq!(e.line(), Some(7));
    assert_eq!(e.field(), Some("status"));
    assert!(e.to_string().contains("RUNNING"), "{e}");
}

#[test]
fn bad_instance_id_names_the_line_and_field() {
    let text = INSTANCE.to_string()
        + "\n[[instances]]\naccount = \"111122223333\"\nid = \"not-a-uuid\"\nregion = \"us-east-1\"\nalias = \"b\"\n";
    let e = error_of(&text);
    assert_eq!(e.field(), Some("instances[1].id"));
    assert_eq!(e.line(), Some(10), "{e}");
    let shown = e.to_string();
    assert!(shown.contains("line 10"), "{shown}");
    assert!(shown.contains("instances[1].id"), "{shown}");
    assert!(shown.contains("not-a-uuid"), "{shown}");
}

#[test]
fn validation_errors_name_their_fields() {
    let cases: Vec<(String, &str)> = vec![
        (INSTANCE.replace("111122223333", "1234"), "instances[0].account"),
        (INSTANCE.replace("us-east-1", "mars"), "instances[0].region"),
        (INSTANCE.replace("alias = \"ok\"", ""), "instances[0].alias"),
        (format!("{INSTANCE}{INSTANCE}"), "instances[1].id"),
        (
            format!("{INSTANCE}access_url = \"ftp://x\""),
            "instances[0].access_url",
        ),
        (
            "[[credentials]]\naccess_key_id = \"AKID\"\nsecret_access_key = \"s\"\naccount = \"12\"\nuser = \"u\"\n".into(),
            "credentials[0].account",
        ),
        (
            "[[credentials]]\naccess_key_id = \"AKID\"\naccount = \"111122223333\"\nuser = \"u\"\n".into(),
            "credentials[0].secret_access_key",
        ),
        (
            "[[credentials]]\naccess_key_id = \"AKID\"\nsecret_access_key = \"s\"\naccount = \"111122223333\"\nuser = \"u\"\n[[credentials]]\naccess_key_id = \"AKID\"\nsecret_access_key = \"t\"\naccount = \"111122223333\"\nuser = \"v\"\n".into(),
            "credentials[1].access_key_id",
        ),
        ("[[faults]]\ntimes = 0\nerror = \"X\"\n".into(), "faults[0].times"),
        ("[[faults]]\nstatus = 503\n".into(), "faults[0].status"),
        ("[[faults]]\nerror = \"X\"\nstatus = 99\n".into(), "faults[0].status"),
        ("[[faults]]\nerror = \"Bad Name\"\n".into(), "faults[0].error"),
        ("[[faults]]\nomit = [\"Nope\"]\n".into(), "faults[0].omit"),
        (
            "[[faults]]\noperation = \"ListInstances\"\nomit = [\"SignInUrl\"]\n".into(),
            "faults[0].operation",
        ),
        (
            "[[faults]]\noperation = \"GetCallerIdentity\"\nsign_in_url = \"https://x.my.connect.aws/\"\n".into(),
            "faults[0].operation",
        ),
        (
            "[[credentials]]\naccess_key_id = \"AKID\"\nsecret_access_key = \"s\"\naccount = \"111122223333\"\nuser = \"u\"\nrole = \"has/slash\"\n".into(),
            "credentials[0].role",
        ),
        (
            "[[credentials]]\naccess_key_id = \"AKID\"\nsecret_access_key = \"s\"\naccount = \"111122223333\"\nuser = \"u\"\nrole = \"\"\n".into(),
            "credentials[0].role",
        ),
        ("[[faults]]\nregion = \"us-east-1\"\n".into(), "faults[0]"),
        (
            "[[faults]]\nerror = \"X\"\nmalformed = true\n".into(),
            "faults[0]",
        ),
        ("access_token_ttl_secs = 0\n".into(), "access_token_ttl_secs"),
        ("token_prefix = \"a b\"\n".into(), "token_prefix"),
    ];
    for (text, field) in cases {
        let e = error_of(&text);
        assert_eq!(e.field(), Some(field), "{text}\n=> {e}");
        assert!(e.line().is_some(), "{text}\n=> {e}");
        assert!(e.to_string().contains(field), "{e}");
    }
}

#[test]
fn roles_and_sts_faults_are_accepted() {
    let s = Scenario::from_toml_str(
        "[[credentials]]\naccess_key_id = \"AKID\"\nsecret_access_key = \"s\"\naccount = \"111122223333\"\nuser = \"u\"\nrole = \"Support.Lead+eu@x_y-z,=\"\n\
         [[credentials]]\naccess_key_id = \"AKID2\"\nsecret_access_key = \"s\"\naccount = \"111122223333\"\nuser = \"u\"\n\
         [[faults]]\noperation = \"GetCallerIdentity\"\ntimes = 1\nmalformed = true\n",
    )
    .unwrap();
    assert_eq!(s.credentials[0].role_name(), "Support.Lead+eu@x_y-z,=");
    assert_eq!(s.credentials[1].role, None);
    assert_eq!(s.credentials[1].role_name(), connect_sim::DEFAULT_ROLE);
    assert_eq!(
        s.faults[0].operation,
        Some(connect_sim::Operation::GetCallerIdentity)
    );
}

#[test]
fn unknown_operation_in_a_fault_is_rejected_with_its_line() {
    let e = error_of("[[faults]]\noperation = \"CreateInstance\"\nerror = \"X\"\n");
    assert_eq!(e.line(), Some(2), "{e}");
    assert!(e.to_string().contains("CreateInstance"), "{e}");
}

const SSO_BLOCK: &str = r#"
[[sso]]
start_url = "https://acme.awsapps.com/start"

[[sso.users]]
name = "jane.doe"
assignments = [{ account = "111122223333", role = "ConnectAgent" }]

[[sso.users]]
name = "john.roe"
"#;

const CREDENTIAL: &str = "[[credentials]]\naccess_key_id = \"AKID\"\nsecret_access_key = \"s\"\naccount = \"111122223333\"\nuser = \"u\"\n";

#[test]
fn sso_and_role_defaults() {
    let text = format!("{SSO_BLOCK}\n[[roles]]\narn = \"arn:aws:iam::111122223333:role/R\"\n");
    let s = Scenario::from_toml_str(&text).unwrap();
    let sso = &s.sso[0];
    assert_eq!(sso.region, "us-east-1");
    assert_eq!(sso.token_ttl_secs, 28_800);
    assert_eq!(sso.device_code_ttl_secs, 600);
    assert_eq!(sso.interval_secs, 1);
    assert_eq!(sso.credentials_ttl_secs, 3600);
    assert_eq!(sso.users.len(), 2);
    assert_eq!(
        sso.users[0].assignments,
        [connect_sim::SsoAssignment {
            account: "111122223333".into(),
            role: "ConnectAgent".into()
        }]
    );
    assert!(sso.users[1].assignments.is_empty());
    let role = &s.roles[0];
    assert_eq!(role.max_duration_secs, 3600);
    assert!(role.source_keys.is_empty() && role.mfa_serial.is_none() && role.external_id.is_none());
    assert_eq!(role.name(), "R");
    assert_eq!(role.account(), "111122223333");
}

#[test]
fn sso_and_role_errors_name_their_fields_and_lines() {
    let role = |extra: &str| {
        format!("{CREDENTIAL}[[roles]]\narn = \"arn:aws:iam::111122223333:role/R\"\n{extra}")
    };
    let cases: Vec<(String, &str, usize)> = vec![
        (
            "[[sso]]\nregion = \"us-east-1\"\n".into(),
            "sso[0].start_url",
            1,
        ),
        (
            "[[sso]]\nstart_url = \"acme.awsapps.com\"\n".into(),
            "sso[0].start_url",
            2,
        ),
        (format!("{SSO_BLOCK}{SSO_BLOCK}"), "sso[1].start_url", 13),
        (
            SSO_BLOCK.replace("start\"", "start\"\nregion = \"moon\""),
            "sso[0].region",
            4,
        ),
        (
            SSO_BLOCK.replace("start\"", "start\"\ntoken_ttl_secs = 0"),
            "sso[0].token_ttl_secs",
            4,
        ),
        (
            SSO_BLOCK.replace("start\"", "start\"\ndevice_code_ttl_secs = 0"),
            "sso[0].device_code_ttl_secs",
            4,
        ),
        (
            SSO_BLOCK.replace("start\"", "start\"\naccount_names = { \"12\" = \"x\" }"),
            "sso[0].account_names",
            4,
        ),
        (
            SSO_BLOCK.replace("john.roe", "jane.doe"),
            "sso[0].users[1].name",
            10,
        ),
        (
            SSO_BLOCK.replace("name = \"john.roe\"", "name = \"\""),
            "sso[0].users[1].name",
            10,
        ),
        (
            SSO_BLOCK.replace("\"111122223333\"", "\"1111\""),
            "sso[0].users[0].assignments[0].account",
            7,
        ),
        (
            SSO_BLOCK.replace("\"ConnectAgent\"", "\"has space\""),
            "sso[0].users[0].assignments[0].role",
            7,
        ),
        (
            SSO_BLOCK.replace("\"ConnectAgent\"", &format!("\"{}\"", "x".repeat(33))),
            "sso[0].users[0].assignments[0].role",
            7,
        ),
        (
            "[[roles]]\nmax_duration_secs = 3600\n".into(),
            "roles[0].arn",
            1,
        ),
        (
            "[[roles]]\narn = \"arn:aws:iam::111122223333:user/R\"\n".into(),
            "roles[0].arn",
            2,
        ),
        (
            "[[roles]]\narn = \"arn:aws:iam::1111:role/R\"\n".into(),
            "roles[0].arn",
            2,
        ),
        (
            format!(
                "{}[[roles]]\narn = \"arn:aws:iam::111122223333:role/R\"\n",
                role("")
            ),
            "roles[1].arn",
            9,
        ),
        (
            role("source_keys = [\"AKIDNOPE\"]\n"),
            "roles[0].source_keys",
            8,
        ),
        (
            role("mfa_serial = \"arn:aws:iam::111122223333:mfa/u\"\n"),
            "roles[0].mfa_code",
            6,
        ),
        (role("mfa_code = \"123456\"\n"), "roles[0].mfa_code", 8),
        (
            role("mfa_serial = \"arn:aws:iam::111122223333:mfa/u\"\nmfa_code = \"12345\"\n"),
            "roles[0].mfa_code",
            9,
        ),
        (
            role("mfa_serial = \"short\"\nmfa_code = \"123456\"\n"),
            "roles[0].mfa_serial",
            8,
        ),
        (role("external_id = \"a b\"\n"), "roles[0].external_id", 8),
        (
            role("max_duration_secs = 3599\n"),
            "roles[0].max_duration_secs",
            8,
        ),
        (
            role("max_duration_secs = 43201\n"),
            "roles[0].max_duration_secs",
            8,
        ),
    ];
    for (text, field, line) in cases {
        let e = error_of(&text);
        assert_eq!(e.field(), Some(field), "{text}\n=> {e}");
        assert_eq!(e.line(), Some(line), "{text}\n=> {e}");
        assert!(
            e.to_string()
                .contains(&format!("line {line}: field `{field}`")),
            "{e}"
        );
    }
    // Unknown keys in the nested tables are refused with their line too.
    let e = error_of(&SSO_BLOCK.replace("name = \"john.roe\"", "nmae = \"john.roe\""));
    assert_eq!(e.line(), Some(10), "{e}");
    assert!(e.to_string().contains("nmae"), "{e}");
    let e = error_of(&SSO_BLOCK.replace("role = \"ConnectAgent\"", "rol = \"ConnectAgent\""));
    assert!(e.to_string().contains("rol"), "{e}");
}

#[test]
fn sso_faults_are_accepted() {
    let s = Scenario::from_toml_str(
        "[[faults]]\noperation = \"CreateToken\"\nerror = \"SlowDownException\"\n\
         [[faults]]\noperation = \"AssumeRole\"\nlatency_ms = 5\n",
    )
    .unwrap();
    assert_eq!(
        s.faults[0].operation,
        Some(connect_sim::Operation::CreateToken)
    );
    assert_eq!(
        s.faults[1].operation,
        Some(connect_sim::Operation::AssumeRole)
    );
    let e = error_of("[[faults]]\noperation = \"GetRoleCredentials\"\nomit = [\"SignInUrl\"]\n");
    assert_eq!(e.field(), Some("faults[0].operation"));
}

#[test]
fn load_names_the_file() {
    let missing = Scenario::load(Path::new("/nonexistent/scenario.toml")).unwrap_err();
    assert!(missing.to_string().contains("/nonexistent/scenario.toml"));
}

#[test]
fn shipped_scenarios_parse() {
    let demo = Scenario::load(&scenario_path("demo.toml")).unwrap();
    assert_eq!(demo.sign_in, connect_sim::SignInMode::Sim);
    assert_eq!(demo.instances.len(), 5);
    assert_eq!(demo.credentials[0].user, "demo.agent");
    assert_eq!(demo.sso[0].start_url, "https://demo.awsapps.com/start");
    assert_eq!(demo.sso[0].users[0].name, "demo.agent");
    assert_eq!(demo.sso[0].users[0].assignments[0].account, "123456789012");
    assert_eq!(demo.sso[0].users[0].assignments[0].role, "ConnectAgent");
    assert_eq!(
        demo.roles[0].arn,
        "arn:aws:iam::123456789012:role/ConnectAgentMfa"
    );
    assert_eq!(
        demo.roles[0].mfa_serial.as_deref(),
        Some("arn:aws:iam::123456789012:mfa/demo.agent")
    );
    assert_eq!(demo.roles[0].mfa_code.as_deref(), Some("123456"));
    let errors = Scenario::load(&scenario_path("errors.toml")).unwrap();
    assert!(errors.credentials.iter().any(|c| c.root));
    assert!(errors.credentials.iter().any(|c| c.expired));
}

const ERR_KEY: &str = "AKIDERRORSAGENT";
const ERR_SECRET: &str = "errors/Secret+AccessKey/0123456789EXAMPLE";

/// Each instance of errors.toml fails GetFederationToken the way its alias and the README say.
#[tokio::test]
async fn errors_scenario_behaves_as_documented() {
    let sim = Sim::start(Scenario::load(&scenario_path("errors.toml")).unwrap())
        .await
        .unwrap();
    let call = |id: &str| {
        Req::get(&format!("/user/federate/e0000000-0000-4000-8000-{id}")).key(ERR_KEY, ERR_SECRET)
    };
    let expect = [
        ("000000000001", 200, None),
        ("0000000000ff", 404, Some("ResourceNotFoundException")),
        ("000000000002", 404, Some("UserNotFoundException")),
        ("000000000003", 400, Some("InvalidRequestException")),
        ("000000000004", 409, Some("DuplicateResourceException")),
        ("000000000005", 500, Some("InternalServiceException")),
        ("000000000006", 429, Some("ThrottlingException")),
        ("000000000007", 403, Some("AccessDeniedException")),
        ("000000000008", 400, Some("UserNotOnboardedException")),
        ("00000000000e", 400, Some("InvalidRequestException")),
    ];
    for (id, status, error) in expect {
        let resp = call(id).send(sim.addr()).await;
        assert_eq!(resp.status, status, "{id}: {}", resp.body);
        assert_eq!(resp.error_type(), error, "{id}");
        if id == "000000000003" || id == "00000000000e" {
            assert!(resp.message().contains("SAML"), "{}", resp.body);
        }
    }
    let malformed = call("000000000009").send(sim.addr()).await;
    assert_eq!(malformed.status, 200);
    assert!(serde_json::from_str::<serde_json::Value>(&malformed.body).is_err());
    let no_url = call("00000000000a").send(sim.addr()).await.json();
    assert!(no_url.get("SignInUrl").is_none() && no_url.get("Credentials").is_some());
    let flaky: Vec<u16> = [
        call("00000000000b").send(sim.addr()).await.status,
        call("00000000000b").send(sim.addr()).await.status,
        call("00000000000b").send(sim.addr()).await.status,
    ]
    .to_vec();
    assert_eq!(flaky, [429, 429, 200]);
    assert!(call("00000000000c").try_send(sim.addr()).await.is_err());
    let evil = call("00000000000d").send(sim.addr()).await.json();
    assert!(evil["SignInUrl"]
        .as_str()
        .unwrap()
        .contains(".evil.example/"));

    let root = call("000000000001")
        .key("AKIDERRORSROOT", "root/Secret+AccessKey/0123456789EXAMPLE")
        .send(sim.addr())
        .await;
    assert_eq!(root.error_type(), Some("InvalidRequestException"));
    assert!(root.message().contains("cannot be used for federation"));
    let expired = call("000000000001")
        .key(
            "ASIAERRORSEXPIRED",
            "expired/Secret+AccessKey/0123456789EXAMPLE",
        )
        .send(sim.addr())
        .await;
    assert_eq!(expired.error_type(), Some("ExpiredTokenException"));

    // Faults touch GetFederationToken only: discovery sees all 14 instances.
    let listed = Req::get("/instance")
        .key(ERR_KEY, ERR_SECRET)
        .send(sim.addr())
        .await
        .json();
    assert_eq!(listed["InstanceSummaryList"].as_array().unwrap().len(), 10);
    assert!(listed["NextToken"].is_string());
    for token in sim.issued_tokens() {
        assert!(token.access_token.starts_with("CANARY"));
    }
}

#[tokio::test]
async fn demo_scenario_signs_in_on_the_sim() {
    let sim = Sim::start(Scenario::load(&scenario_path("demo.toml")).unwrap())
        .await
        .unwrap();
    let body = Req::get("/user/federate/11111111-1111-4111-8111-111111111111")
        .key("AKIDDEMOAGENT", "demo/Secret+AccessKey/0123456789EXAMPLE")
        .send(sim.addr())
        .await
        .json();
    let url = body["SignInUrl"].as_str().unwrap();
    let path = url.strip_prefix(&sim.endpoint_url()).unwrap();
    let page = raw_get(sim.addr(), path, &[]).await.unwrap();
    assert!(page.body.contains("acme-support"));
    assert_eq!(sim.opened_sign_ins(), ["acme-support as demo.agent"]);
    let lab = Req::get("/user/federate/33333333-3333-4333-8333-333333333333")
        .key("AKIDDEMOAGENT", "demo/Secret+AccessKey/0123456789EXAMPLE")
        .send(sim.addr())
        .await;
    assert_eq!(lab.error_type(), Some("InvalidRequestException"));
    let europe = Req::get("/instance")
        .region("eu-west-2")
        .key("AKIDDEMOAGENT", "demo/Secret+AccessKey/0123456789EXAMPLE")
        .send(sim.addr())
        .await
        .json();
    assert_eq!(
        europe["InstanceSummaryList"][0]["InstanceAlias"],
        "acme-europe"
    );
}

/// The demo's SSO start URL and MFA role work as the README says: device flow approved on the
/// sim's own page, portal credentials that federate, and AssumeRole with the demo MFA code.
#[tokio::test]
async fn demo_scenario_signs_in_with_sso_and_mfa() {
    let sim = Sim::start(Scenario::load(&scenario_path("demo.toml")).unwrap())
        .await
        .unwrap();
    let addr = sim.addr();
    let client = register(addr).await;
    let device = start_device(addr, &client, "https://demo.awsapps.com/start").await;
    let user_code = device["userCode"].as_str().unwrap();
    let page_url = device["verificationUriComplete"].as_str().unwrap();
    let page = raw_get(
        addr,
        page_url.strip_prefix(&sim.endpoint_url()).unwrap(),
        &[],
    )
    .await
    .unwrap();
    assert!(
        page.body.contains("<option value=\"demo.agent\">"),
        "{}",
        page.body
    );
    let approved = post_form(
        addr,
        "/_sim/device/approve",
        &format!("user_code={user_code}&user=demo.agent"),
    )
    .await;
    assert_eq!(approved.status, 200, "{}", approved.body);
    let token = poll(addr, &client, device["deviceCode"].as_str().unwrap())
        .await
        .json();
    assert!(token["accessToken"].as_str().unwrap().starts_with("DEMO"));
    let (key, secret, session, _) = role_credentials(
        addr,
        token["accessToken"].as_str().unwrap(),
        "123456789012",
        "ConnectAgent",
    )
    .await;
    let federate = Req::get("/user/federate/11111111-1111-4111-8111-111111111111")
        .key(&key, &secret)
        .token(&session)
        .send(addr)
        .await;
    assert_eq!(federate.status, 200, "{}", federate.body);
    assert!(federate.json()["SignInUrl"]
        .as_str()
        .unwrap()
        .starts_with(&format!("{}/sign-in/DEMO", sim.endpoint_url())));

    let assumed = Req::sts(&assume_role_form(&[
        ("RoleArn", "arn:aws:iam::123456789012:role/ConnectAgentMfa"),
        ("RoleSessionName", "demo.agent"),
        ("SerialNumber", "arn:aws:iam::123456789012:mfa/demo.agent"),
        ("TokenCode", "123456"),
    ]))
    .key("AKIDDEMOAGENT", "demo/Secret+AccessKey/0123456789EXAMPLE")
    .send(addr)
    .await;
    assert_eq!(assumed.status, 200, "{}", assumed.body);
    assert_eq!(
        assumed.xml("Arn"),
        "arn:aws:sts::123456789012:assumed-role/ConnectAgentMfa/demo.agent"
    );
}

/// Kills the child even when an assertion fails first.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn binary_prints_its_address_first_and_serves() {
    let mut child = Child(
        Command::new(env!("CARGO_BIN_EXE_connect-sim"))
            .arg("--scenario")
            .arg(scenario_path("demo.toml"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let stdout = child.0.stdout.take().unwrap();
    let first = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        line
    })
    .await
    .unwrap();
    let url = first.trim_end();
    let addr: std::net::SocketAddr = url
        .strip_prefix("http://")
        .unwrap_or_else(|| panic!("first line {first:?}"))
        .parse()
        .unwrap();
    assert_eq!(addr.ip().to_string(), "127.0.0.1");
    let resp = Req::get("/instance")
        .key("AKIDDEMOAGENT", "demo/Secret+AccessKey/0123456789EXAMPLE")
        .send(addr)
        .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert_eq!(
        resp.json()["InstanceSummaryList"].as_array().unwrap().len(),
        4
    );
}

#[test]
fn binary_rejects_a_bad_scenario_naming_the_line() {
    let dir = std::env::temp_dir().join(format!("connect-sim-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.toml");
    std::fs::write(
        &file,
        "[[instances]]\nid = \"nope\"\naccount = \"111122223333\"\nregion = \"us-east-1\"\nalias = \"x\"\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_connect-sim"))
        .arg("--scenario")
        .arg(&file)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.toml"), "{stderr}");
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(stderr.contains("instances[0].id"), "{stderr}");

    let usage = Command::new(env!("CARGO_BIN_EXE_connect-sim"))
        .arg("--port")
        .arg("nope")
        .output()
        .unwrap();
    assert!(!usage.status.success());
    assert!(String::from_utf8_lossy(&usage.stderr).contains("--port"));
}

#[test]
fn readme_example_is_a_valid_scenario() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme.find("```toml\n").expect("README has a toml example") + "```toml\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let s = Scenario::from_toml_str(&readme[start..end]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        s.instances[0].tags.get("team").map(String::as_str),
        Some("support")
    );
    assert_eq!(s.faults[0].times, Some(2));
}
