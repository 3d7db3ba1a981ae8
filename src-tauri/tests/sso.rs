//! IAM Identity Center sign-in inside the app, against connect-sim's OIDC and portal endpoints:
//! the device flow (approve, deny, cancel, expiry), the token in the AWS CLI's cache file, the
//! Connect sign-in that then works, and the cache shared with the real AWS CLI both ways.

// The approving stand-in browser is a shell script on PATH: Unix only (Linux and macOS jobs).
#![cfg(unix)]

mod common;

use common::*;
use connect_sso::aws::logins::LoginMethod;
use connect_sso::ErrorCode;
use std::time::Duration;

const PROFILE: &str = "sso-expired";
/// These tests are about the device flow; the browser flow's are in sso_authcode.rs.
const DEVICE: LoginMethod = LoginMethod::DeviceCode;

fn cache_file(env: &TestEnv) -> std::path::PathBuf {
    let target = connect_sso::aws::sso::SsoTarget {
        session_name: Some("corp".into()),
        start_url: "https://corp.awsapps.com/start".into(),
        region: "us-east-1".into(),
    };
    target.cache_file(&env.path("home"))
}

/// Starts the device sign-in, waits for the sim to see it, and returns its user code.
async fn started(app: &connect_sso::app::App, env: &TestEnv) -> String {
    let view = app
        .logins
        .sso_login_start(PROFILE, true, DEVICE)
        .await
        .unwrap();
    assert_eq!(view.profile, PROFILE);
    let pending = env.sim.device_authorizations();
    assert_eq!(pending.last().unwrap().user_code, view.user_code);
    view.user_code
}

#[tokio::test(flavor = "multi_thread")]
async fn device_sign_in_then_the_connect_sign_in_works() {
    let env = TestEnv::start().await;
    let (app, _, opener) = env.app();
    let error = app.signin.sign_in(PROFILE, HAPPY, true).await.unwrap_err();
    assert_eq!(error.code, ErrorCode::SsoExpired);

    let code = started(&app, &env).await;
    let opened = opener.opened();
    assert_eq!(opened.len(), 1, "the verification page opened");
    // Through the hand-off: the code is never an argument of the browser.
    assert!(!opened[0].expose().contains(&code));
    let page = landing(&opened[0]).await;
    assert!(
        page.starts_with("https://corp.awsapps.com/start/"),
        "{page}"
    );
    assert!(page.contains(&code));

    // The person approves in the browser while the app waits.
    let approve = {
        let code = code.clone();
        let sim = &env.sim;
        async move {
            tokio::time::sleep(Duration::from_millis(300)).await;
            sim.approve_device(&code, Some("jane.doe")).unwrap();
        }
    };
    let (waited, ()) = tokio::join!(app.logins.sso_login_wait(PROFILE), approve);
    waited.unwrap();

    // The token is in the AWS CLI's cache file, private, in the CLI's format.
    let file = cache_file(&env);
    let cached: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(cached["startUrl"], "https://corp.awsapps.com/start");
    assert_eq!(cached["region"], "us-east-1");
    assert!(cached["accessToken"].as_str().unwrap().len() > 10);
    assert!(cached["expiresAt"].as_str().unwrap().ends_with('Z'));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    // And the Connect sign-in continues, as the SSO user.
    let outcome = app.signin.sign_in(PROFILE, HAPPY, true).await.unwrap();
    assert_eq!(outcome.session.instance_id, HAPPY);
    assert_eq!(opener.opened().len(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn denied_cancelled_and_expired_sign_ins_say_so() {
    let env = TestEnv::start().await;
    let (app, _, _) = env.app();

    let code = started(&app, &env).await;
    env.sim.deny_device(&code).unwrap();
    assert_eq!(
        app.logins.sso_login_wait(PROFILE).await.unwrap_err().code,
        ErrorCode::SsoLoginDenied
    );

    started(&app, &env).await;
    let cancel = async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert!(app.logins.sso_login_cancel(PROFILE));
    };
    let (waited, ()) = tokio::join!(app.logins.sso_login_wait(PROFILE), cancel);
    assert_eq!(waited.unwrap_err().code, ErrorCode::SsoLoginCancelled);

    started(&app, &env).await;
    env.sim.advance_clock(Duration::from_secs(3600));
    assert_eq!(
        app.logins.sso_login_wait(PROFILE).await.unwrap_err().code,
        ErrorCode::SsoLoginExpired
    );
    assert!(
        !cache_file(&env).exists(),
        "nothing cached without an approval"
    );

    let error = app
        .logins
        .sso_login_start("agent", true, DEVICE)
        .await
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::NotSsoProfile);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_cli_signs_in_and_the_token_is_shared_with_the_aws_cli() {
    let env = TestEnv::start().await;
    // The browser: approve whatever code the page names, as a person would.
    let path = env.approving_browser();
    let output = env
        .cli(
            &["sso-login", "--profile", PROFILE, "--use-device-code"],
            &[("PATH", &path)],
        )
        .await;
    assert!(
        output.status.success(),
        "{}\n{}",
        stdout(&output),
        stderr(&output)
    );
    let text = stdout(&output);
    assert!(
        text.contains("check that the page shows this code:"),
        "{text}"
    );
    assert!(text.contains("Signed in to IAM Identity Center"), "{text}");
    assert!(cache_file(&env).exists());

    let output = env
        .cli(
            &[
                "sign-in",
                "--profile",
                PROFILE,
                "--instance",
                HAPPY,
                "--no-open",
                "--json",
            ],
            &[],
        )
        .await;
    assert!(output.status.success(), "{}", stdout(&output));

    // The real AWS CLI uses the app's token: the portal gives it role credentials.
    let Some(aws) = std::env::var_os("AWS_CLI") else {
        eprintln!("skipped the AWS CLI half: set AWS_CLI");
        return;
    };
    let caller = tokio::process::Command::new(&aws)
        .args([
            "sts",
            "get-caller-identity",
            "--profile",
            PROFILE,
            "--output",
            "json",
        ])
        .env("AWS_PAGER", "")
        .output()
        .await
        .unwrap();
    let printed = String::from_utf8_lossy(&caller.stdout);
    assert!(
        caller.status.success(),
        "{printed}{}",
        String::from_utf8_lossy(&caller.stderr)
    );
    assert!(printed.contains("jane.doe"), "{printed}");

    // And the other way: an expired token the AWS CLI refreshes (writing the cache file itself)
    // is what the app then signs in with.
    let file = cache_file(&env);
    let mut cached: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let stale = cached["accessToken"].clone();
    cached["expiresAt"] = "2020-01-01T00:00:00Z".into();
    std::fs::write(&file, serde_json::to_vec(&cached).unwrap()).unwrap();
    let caller = tokio::process::Command::new(&aws)
        .args([
            "sts",
            "get-caller-identity",
            "--profile",
            PROFILE,
            "--output",
            "json",
        ])
        .env("AWS_PAGER", "")
        .output()
        .await
        .unwrap();
    assert!(
        caller.status.success(),
        "{}",
        String::from_utf8_lossy(&caller.stderr)
    );
    let refreshed: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_ne!(
        refreshed["accessToken"], stale,
        "the AWS CLI refreshed and rewrote the cache"
    );
    let output = env
        .cli(
            &[
                "sign-in",
                "--profile",
                PROFILE,
                "--instance",
                HAPPY,
                "--no-open",
                "--json",
            ],
            &[],
        )
        .await;
    assert!(output.status.success(), "{}", stdout(&output));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_app_profile_needs_no_aws_config() {
    let env = TestEnv::start().await;
    env.write_settings(&format!(
        r#"{{"appProfiles": [{{"name": "contact-center", "ssoStartUrl": "https://corp.awsapps.com/start",
            "ssoRegion": "us-east-1", "accountId": "{ACCOUNT}", "roleName": "ConnectAgent",
            "region": "us-east-1", "instance": "{HAPPY}"}}]}}"#
    ));
    let config_before = std::fs::read(env.path("config")).unwrap();
    let (app, _, opener) = env.app();

    let listed = app.discovery.profiles().await.unwrap();
    let profile = listed
        .iter()
        .find(|p| p.name == "contact-center")
        .expect("listed");
    assert_eq!(profile.kind, connect_sso::core::profile::ProfileKind::Sso);
    assert_eq!(
        app.signin
            .sign_in("contact-center", HAPPY, true)
            .await
            .unwrap_err()
            .code,
        ErrorCode::SsoExpired
    );

    let view = app
        .logins
        .sso_login_start("contact-center", true, DEVICE)
        .await
        .unwrap();
    env.sim
        .approve_device(&view.user_code, Some("jane.doe"))
        .unwrap();
    app.logins.sso_login_wait("contact-center").await.unwrap();
    let outcome = app
        .signin
        .sign_in("contact-center", HAPPY, true)
        .await
        .unwrap();
    assert_eq!(outcome.session.profile, "contact-center");
    assert_eq!(opener.opened().len(), 2, "verification page, then Connect");

    assert_eq!(
        std::fs::read(env.path("config")).unwrap(),
        config_before,
        "the AWS config is untouched"
    );
    let cache = connect_sso::aws::sso::SsoTarget {
        session_name: Some("connect-sso-contact-center".into()),
        start_url: "https://corp.awsapps.com/start".into(),
        region: "us-east-1".into(),
    }
    .cache_file(&env.path("home"));
    assert!(cache.exists(), "the token is cached like any SSO session's");

    // Asked to, the app writes it into the AWS config; the AWS CLI then uses the same sign-in.
    let app_with_export = env.app().0;
    let path = app_with_export
        .logins
        .export_app_profile("contact-center")
        .unwrap();
    assert_eq!(path, env.path("config"));
    let config = std::fs::read_to_string(&path).unwrap();
    assert!(
        config.starts_with(std::str::from_utf8(&config_before).unwrap()),
        "appended, nothing rewritten"
    );
    assert!(config.contains("[profile contact-center]\nsso_session = connect-sso-contact-center"));
    let again = app_with_export
        .logins
        .export_app_profile("contact-center")
        .unwrap_err();
    assert_eq!(again.code, ErrorCode::InvalidParameter, "never overwrites");
    if let Some(aws) = std::env::var_os("AWS_CLI") {
        let caller = tokio::process::Command::new(aws)
            .args([
                "sts",
                "get-caller-identity",
                "--profile",
                "contact-center",
                "--output",
                "json",
            ])
            .env("AWS_PAGER", "")
            .output()
            .await
            .unwrap();
        assert!(
            caller.status.success(),
            "{}",
            String::from_utf8_lossy(&caller.stderr)
        );
        assert!(String::from_utf8_lossy(&caller.stdout).contains("jane.doe"));
    }
}

/// A field of an app profile becomes a line of ~/.aws/config on export: one with a newline would
/// add `credential_process = …` there. Such a profile is reported once, never listed, used or
/// written.
#[tokio::test(flavor = "multi_thread")]
async fn a_malformed_app_profile_is_reported_and_never_written() {
    let env = TestEnv::start().await;
    env.write_settings(&format!(
        r#"{{"appProfiles": [{{"name": "contact-center", "ssoStartUrl": "https://corp.awsapps.com/start",
            "ssoRegion": "us-east-1", "accountId": "{ACCOUNT}",
            "roleName": "ConnectAgent\ncredential_process = /tmp/evil",
            "region": "us-east-1"}}]}}"#
    ));
    let config_before = std::fs::read(env.path("config")).unwrap();
    let (app, _, _) = env.app();
    let notice = app.preferences.take_notice().expect("reported at start");
    assert_eq!(notice.code, ErrorCode::InvalidParameter);
    assert!(notice.message.contains("roleName"), "{}", notice.message);
    let listed = app.discovery.profiles().await.unwrap();
    assert!(listed.iter().all(|p| p.name != "contact-center"));
    let refused = app.logins.export_app_profile("contact-center").unwrap_err();
    assert_eq!(refused.code, ErrorCode::InvalidParameter);
    assert_eq!(
        std::fs::read(env.path("config")).unwrap(),
        config_before,
        "nothing written"
    );
    assert!(app
        .logins
        .sso_login_start("contact-center", false, DEVICE)
        .await
        .is_err());
}

#[tokio::test(flavor = "multi_thread")]
async fn slow_down_lengthens_the_poll_interval() {
    let toml = format!(
        "{}\n[[faults]]\noperation = \"CreateToken\"\nerror = \"SlowDownException\"\ntimes = 1\n",
        scenario_toml()
    );
    let env = TestEnv::start_with(&toml).await;
    let (app, _, _) = env.app();
    let code = started(&app, &env).await;
    env.sim.approve_device(&code, Some("jane.doe")).unwrap();
    app.logins.sso_login_wait(PROFILE).await.unwrap();
    let polls = env
        .sim
        .requests()
        .iter()
        .filter(|r| r.operation.as_deref() == Some("CreateToken"))
        .count();
    // One poll answered slow_down; the next came after the longer interval and got the token.
    assert_eq!(polls, 2, "no extra polls after slow_down");
}
