//! The AWS side as docs/aws-setup.md describes it, against connect-sim answering as AWS would:
//! `doctor` for an identity that is set up right and for ones that are not (no Connect user with
//! its session name, no permission for the optional checks, no GetFederationToken), and the
//! errors a sign-in then gives, whose hints lead to the guide.

mod common;

use common::*;

/// Keys whose IAM policy allows only the listed actions (connect-sim's `allow`), each a session
/// of the `ConnectAgent` role named after a person with or without a Connect user.
fn scenario() -> String {
    format!(
        r#"{}
[[credentials]]
access_key_id = "AKIDTESTMINIMAL"
secret_access_key = "test-secret-minimal"
account = "{ACCOUNT}"
user = "jane.doe"
allow = ["connect:GetFederationToken"]

[[credentials]]
access_key_id = "AKIDTESTNEWAGENT"
secret_access_key = "test-secret-new-agent"
account = "{ACCOUNT}"
user = "new.agent"
allow = ["connect:*"]

[[credentials]]
access_key_id = "AKIDTESTREADONLY"
secret_access_key = "test-secret-read-only"
account = "{ACCOUNT}"
user = "jane.doe"
allow = ["connect:DescribeInstance", "connect:ListInstances"]
"#,
        scenario_toml()
    )
}

async fn env() -> TestEnv {
    let env = TestEnv::start_with(&scenario()).await;
    let mut config = std::fs::read_to_string(env.path("config")).unwrap();
    let mut credentials = std::fs::read_to_string(env.path("credentials")).unwrap();
    for (profile, key) in [
        ("minimal", "MINIMAL"),
        ("new-agent", "NEWAGENT"),
        ("read-only", "READONLY"),
    ] {
        config.push_str(&format!("\n[profile {profile}]\nregion = us-east-1\n"));
        credentials.push_str(&format!(
            "\n[{profile}]\naws_access_key_id = AKIDTEST{key}\naws_secret_access_key = test-secret-{profile}\n"
        ));
    }
    std::fs::write(env.path("config"), config).unwrap();
    std::fs::write(env.path("credentials"), credentials).unwrap();
    env
}

/// `sign-in --no-open --json` with `profile` at the happy instance.
async fn sign_in(env: &TestEnv, profile: &str) -> std::process::Output {
    let args = [
        "sign-in",
        "--profile",
        profile,
        "--instance",
        HAPPY,
        "--no-open",
        "--json",
    ];
    env.cli(&args, &[]).await
}

/// `doctor --json`'s checks by name, and its exit status.
async fn doctor(env: &TestEnv, profile: &str) -> (serde_json::Value, i32) {
    let output = env
        .cli(
            &[
                "doctor",
                "--profile",
                profile,
                "--instance",
                HAPPY,
                "--json",
            ],
            &[],
        )
        .await;
    let report = json_of(&output);
    let mut checks = serde_json::Map::new();
    for check in report["checks"].as_array().unwrap() {
        checks.insert(check["name"].as_str().unwrap().to_string(), check.clone());
    }
    (
        serde_json::Value::Object(checks),
        output.status.code().unwrap_or(-1),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn doctor_passes_an_identity_that_is_set_up_right() {
    let env = env().await;
    let (checks, status) = doctor(&env, "agent").await;
    for name in ["identity", "instance", "list-instances", "connect-user"] {
        assert_eq!(checks[name]["ok"], true, "{name}: {checks:#}");
    }
    assert!(checks["identity"]["detail"]
        .as_str()
        .unwrap()
        .contains("Connect username 'jane.doe'"));
    let user = checks["connect-user"]["detail"].as_str().unwrap();
    assert!(user.contains("'jane.doe' exists on acme-support"), "{user}");
    assert!(checks["list-instances"]["detail"]
        .as_str()
        .unwrap()
        .contains("listed in us-east-1"));
    assert_eq!(status, 0, "{checks:#}");
}

#[tokio::test(flavor = "multi_thread")]
async fn doctor_says_what_an_identity_without_the_optional_permissions_cannot_check() {
    let env = env().await;
    // Only connect:GetFederationToken: sign-in works, doctor names what it could not check.
    let (checks, status) = doctor(&env, "minimal").await;
    assert_eq!(checks["identity"]["ok"], true, "{checks:#}");
    for (name, needs) in [
        ("instance", "needs connect:DescribeInstance"),
        ("list-instances", "needs connect:ListInstances"),
        ("connect-user", "needs connect:SearchUsers"),
    ] {
        assert_eq!(checks[name]["skipped"], true, "{name}: {checks:#}");
        let detail = checks[name]["detail"].as_str().unwrap();
        assert!(
            detail.starts_with("not checked: ") && detail.contains(needs),
            "{detail}"
        );
    }
    assert_eq!(
        status, 0,
        "a missing optional permission fails nothing: {checks:#}"
    );
    let output = sign_in(&env, "minimal").await;
    assert!(output.status.success(), "{}", stderr(&output));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_session_name_without_a_connect_user_is_named_by_doctor_and_sign_in() {
    let env = env().await;
    let (checks, status) = doctor(&env, "new-agent").await;
    assert!(checks["identity"]["detail"]
        .as_str()
        .unwrap()
        .contains("Connect username 'new.agent'"));
    let user = &checks["connect-user"];
    assert_eq!(user["ok"], false, "{checks:#}");
    assert_eq!(user["error"]["code"], "user_not_found");
    assert!(user["detail"].as_str().unwrap().contains("'new.agent'"));
    assert!(user["error"]["hint"]
        .as_str()
        .unwrap()
        .ends_with("docs/aws-setup.md#connect-usernames"));
    assert_ne!(status, 0);

    // The sign-in fails the same way, naming who AWS sees and where the guide explains it.
    let output = sign_in(&env, "new-agent").await;
    let error = json_of(&output);
    assert_eq!(error["error"]["code"], "user_not_found", "{error}");
    let hint = error["error"]["hint"].as_str().unwrap();
    assert!(
        hint.contains("new.agent") && hint.contains("docs/aws-setup.md#connect-usernames"),
        "{hint}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn without_get_federation_token_the_error_names_the_action_resource_and_guide() {
    let env = env().await;
    let output = sign_in(&env, "read-only").await;
    let error = json_of(&output);
    assert_eq!(error["error"]["code"], "access_denied", "{error}");
    let message = error["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("is not authorized to perform: connect:GetFederationToken"),
        "AWS's own words name the action: {message}"
    );
    let hint = error["error"]["hint"].as_str().unwrap();
    assert!(
        hint.contains(&format!(
            "arn:aws:connect:us-east-1:{ACCOUNT}:instance/{HAPPY}/user/${{aws:userid}}"
        )),
        "{hint}"
    );
    assert!(
        hint.ends_with("docs/aws-setup.md#the-agent-policy"),
        "{hint}"
    );
    // doctor, which does not federate, passes what this identity may do.
    let (checks, _) = doctor(&env, "read-only").await;
    assert_eq!(checks["instance"]["ok"], true, "{checks:#}");
    assert_eq!(checks["list-instances"]["ok"], true, "{checks:#}");
}
