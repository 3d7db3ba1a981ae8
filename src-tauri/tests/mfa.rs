//! MFA-protected roles against connect-sim's STS: the code is asked for, checked by STS
//! AssumeRole (with the profile's session name and duration), and typed once: the role
//! credentials serve every later call until shortly before they expire.

mod common;

use common::*;
use connect_sso::ErrorCode;

const PROFILE: &str = "mfa-role";

#[tokio::test(flavor = "multi_thread")]
async fn the_code_is_asked_once_and_checked_by_sts() {
    let env = TestEnv::start().await;
    let (app, _, opener) = env.app();

    let error = app.signin.sign_in(PROFILE, HAPPY, true).await.unwrap_err();
    assert_eq!(error.code, ErrorCode::MfaRequired);
    assert!(
        error
            .message
            .contains("arn:aws:iam::111122223333:mfa/jane.doe"),
        "{error:?}"
    );
    assert!(
        env.sim.assume_role_calls().is_empty(),
        "no STS call without a code"
    );

    let wrong = app
        .logins
        .submit_mfa_code(PROFILE, "000000")
        .await
        .unwrap_err();
    assert_eq!(wrong.code, ErrorCode::MfaInvalid);
    let malformed = app
        .logins
        .submit_mfa_code(PROFILE, "12ab")
        .await
        .unwrap_err();
    assert_eq!(malformed.code, ErrorCode::MfaInvalid);
    assert_eq!(
        env.sim.assume_role_calls().len(),
        1,
        "a malformed code never reaches STS"
    );

    app.logins.submit_mfa_code(PROFILE, "123456").await.unwrap();
    let calls = env.sim.assume_role_calls();
    let call = calls.last().unwrap();
    assert!(call.sent_mfa());
    assert_eq!(
        call.role_session_name.as_deref(),
        Some("jane.doe"),
        "role_session_name is honoured"
    );

    let outcome = app.signin.sign_in(PROFILE, HAPPY, true).await.unwrap();
    assert_eq!(outcome.session.instance_id, HAPPY);
    // Later clicks (and other instances) reuse the role credentials: no new code, no new call.
    app.signin.sign_in(PROFILE, HAPPY, true).await.unwrap();
    app.discovery.instances(PROFILE).await.unwrap();
    assert_eq!(env.sim.assume_role_calls().len(), 2);
    assert_eq!(opener.opened().len(), 2);

    let error = app
        .logins
        .submit_mfa_code("agent", "123456")
        .await
        .unwrap_err();
    assert_eq!(
        error.code,
        ErrorCode::InvalidParameter,
        "not an MFA profile"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_cli_takes_the_code_as_a_flag_and_says_what_to_do_without_one() {
    let env = TestEnv::start().await;
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
    assert_eq!(output.status.code(), Some(3));
    let body: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(body["error"]["code"], "mfa_required");
    assert!(body["error"]["hint"]
        .as_str()
        .unwrap()
        .contains("--mfa-code-stdin"));

    // The code is never an argument (shell history, every local user's process list).
    let refused = env
        .cli(
            &[
                "sign-in",
                "--profile",
                PROFILE,
                "--instance",
                HAPPY,
                "--no-open",
                "--mfa-code",
                "123456",
            ],
            &[],
        )
        .await;
    assert_eq!(refused.status.code(), Some(2), "no --mfa-code argument");

    // Scripts write it to standard input.
    let output = env
        .cli_with_stdin(
            &[
                "sign-in",
                "--profile",
                PROFILE,
                "--instance",
                HAPPY,
                "--no-open",
                "--json",
                "--mfa-code-stdin",
            ],
            "123456\n",
        )
        .await;
    assert!(output.status.success(), "{}", stdout(&output));
}

#[tokio::test(flavor = "multi_thread")]
async fn expired_source_credentials_are_named_as_such() {
    let env = TestEnv::start().await;
    let config = std::fs::read_to_string(env.path("config")).unwrap()
        + "\n[profile mfa-expired-source]\nrole_arn = arn:aws:iam::111122223333:role/ConnectAgentMfa\nsource_profile = expired\nmfa_serial = arn:aws:iam::111122223333:mfa/jane.doe\nregion = us-east-1\n";
    std::fs::write(env.path("config"), config).unwrap();
    let (app, _, _) = env.app();
    let error = app
        .logins
        .submit_mfa_code("mfa-expired-source", "123456")
        .await
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::CredentialsRejected, "{error:?}");
}
