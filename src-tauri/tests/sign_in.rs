//! The sign-in service against connect-sim through the real aws-sdk code path: success, every
//! mapped failure, retries and timeouts, and the URL validator.

mod common;

use common::*;
use connect_sso::ErrorCode;

#[tokio::test(flavor = "multi_thread")]
async fn sign_in_returns_the_user_and_expiry_and_opens_one_url() {
    let env = TestEnv::start().await;
    let (app, vault, opener) = env.app();
    app.discovery.instances("agent").await.unwrap();
    let outcome = app.signin.sign_in("agent", HAPPY, true).await.unwrap();

    let session = &outcome.session;
    assert_eq!(session.instance_id, HAPPY);
    assert_eq!(session.instance_alias.as_deref(), Some("acme-support"));
    assert_eq!(session.region, "us-east-1");
    assert!(session
        .user_arn
        .as_deref()
        .unwrap()
        .contains(&format!("instance/{HAPPY}")));
    assert!(session.remembered);
    let issued = env.sim.issued_tokens();
    assert_eq!(issued.len(), 1);
    let access_expiry = session.access_token_expires_at.unwrap();
    let refresh_expiry = session.refresh_token_expires_at.unwrap();
    assert!(access_expiry > session.signed_in_at && refresh_expiry > access_expiry);

    // The browser was handed a one-shot loopback page that leads to the sign-in URL.
    let opened = opener.opened();
    assert_eq!(opened.len(), 1);
    assert!(opened[0].expose().starts_with("http://127.0.0.1:"));
    assert!(!opened[0].expose().contains(CANARY));
    let landed = landing(&opened[0]).await;
    assert_eq!(landed, issued[0].sign_in_url);
    assert!(landed.starts_with("https://acme-support.my.connect.aws/"));

    // Both tokens are in the vault, in the session's one entry beside the index (one keychain
    // write per sign-in), and the session lists.
    let names = vault.names();
    let entry = format!("sessions/{HAPPY}/agent");
    assert_eq!(names, vec!["sessions-index".to_string(), entry.clone()]);
    let stored = String::from_utf8(
        connect_sso::store::vault::TokenVault::get(&*vault, &entry)
            .unwrap()
            .unwrap(),
    )
    .unwrap();
    assert!(stored.contains(&issued[0].access_token));
    assert!(stored.contains(&issued[0].refresh_token));
    assert!(
        !stored.contains(&issued[0].sign_in_url),
        "the URL is never kept"
    );
    assert_eq!(app.signin.sessions().await.unwrap().len(), 1);

    // Sign-out removes them.
    assert!(app.signin.sign_out("agent", HAPPY, false).await.unwrap());
    assert!(app.signin.sessions().await.unwrap().is_empty());
    assert_eq!(vault.names(), vec!["sessions-index".to_string()]);

    // The selection is remembered for the next start.
    let settings = connect_sso::store::settings_file::SettingsStore::from_env()
        .load()
        .0;
    assert_eq!(settings.last_profile.as_deref(), Some("agent"));
    assert_eq!(settings.last_instance.as_deref(), Some(HAPPY));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_instance_arn_selects_its_region() {
    let env = TestEnv::start().await;
    let (app, _, opener) = env.app();
    let arn = format!("arn:aws:connect:eu-west-2:{ACCOUNT}:instance/{}", id(105));
    // The profile's region is us-east-1; the ARN says eu-west-2, where that instance lives.
    let outcome = app.signin.sign_in("agent", &arn, true).await.unwrap();
    assert_eq!(outcome.session.region, "eu-west-2");
    assert_eq!(opener.opened().len(), 1);
    let resolved = app.discovery.resolve_instance("agent", &arn).await.unwrap();
    assert_eq!(resolved.alias.as_deref(), Some("europe-05"));
}

#[tokio::test(flavor = "multi_thread")]
async fn listing_follows_every_page() {
    let env = TestEnv::start().await;
    let (app, _, _) = env.app();
    let instances = app.discovery.instances("pager").await.unwrap();
    assert_eq!(instances.len(), 23);
    assert_eq!(instances[0].alias.as_deref(), Some("europe-00"));
    assert!(instances
        .iter()
        .all(|i| i.region == "eu-west-2" && i.account_id == ACCOUNT));
    let pages = env
        .sim
        .requests()
        .iter()
        .filter(|r| r.operation.as_deref() == Some("ListInstances"))
        .count();
    assert_eq!(pages, 3, "10 + 10 + 3");
}

async fn expect_code(
    env: &TestEnv,
    profile: &str,
    instance: &str,
    code: ErrorCode,
) -> connect_sso::Error {
    let (app, vault, opener) = env.app();
    let error = app
        .signin
        .sign_in(profile, instance, true)
        .await
        .unwrap_err();
    assert_eq!(error.code, code, "{profile} {instance}: {error:?}");
    assert!(!error.message.is_empty() && !error.hint.is_empty());
    assert!(opener.opened().is_empty(), "nothing opens on failure");
    assert!(vault.names().is_empty(), "nothing is stored on failure");
    for secret in issued_secrets(&env.sim) {
        assert!(!error.message.contains(&secret) && !error.hint.contains(&secret));
    }
    error
}

#[tokio::test(flavor = "multi_thread")]
async fn connect_errors_map_to_their_codes() {
    let env = TestEnv::start().await;
    expect_code(&env, "agent", &id(99), ErrorCode::ResourceNotFound).await;
    let user = expect_code(&env, "agent", &id(2), ErrorCode::UserNotFound).await;
    assert!(user.hint.contains("case-sensitive"));
    let saml = expect_code(&env, "agent", &id(3), ErrorCode::InvalidRequest).await;
    assert!(saml.hint.contains("SAML"), "{saml:?}");
    expect_code(&env, "agent", &id(4), ErrorCode::DuplicateResource).await;
    let denied = expect_code(&env, "agent", &id(7), ErrorCode::AccessDenied).await;
    assert!(denied.hint.contains("connect:GetFederationToken"));
    assert!(denied
        .hint
        .contains(&format!("instance/{}/user/${{aws:userid}}", id(7))));
    expect_code(&env, "agent", &id(8), ErrorCode::UserNotOnboarded).await;
    expect_code(&env, "agent", &id(15), ErrorCode::InvalidParameter).await;
    expect_code(&env, "root", HAPPY, ErrorCode::RootNotAllowed).await;
    expect_code(&env, "agent", &id(9), ErrorCode::BadResponse).await;
    expect_code(&env, "agent", &id(10), ErrorCode::BadResponse).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_input_fails_before_any_call() {
    let env = TestEnv::start().await;
    expect_code(
        &env,
        "agent",
        "not-an-instance",
        ErrorCode::InvalidParameter,
    )
    .await;
    expect_code(
        &env,
        "agent",
        "arn:aws:connect:us-east-1:1:instance/x",
        ErrorCode::InvalidParameter,
    )
    .await;
    expect_code(&env, "bad\nprofile", HAPPY, ErrorCode::InvalidParameter).await;
    assert!(env.sim.requests().is_empty(), "no request reached Connect");
}

#[tokio::test(flavor = "multi_thread")]
async fn credential_problems_map_to_their_codes() {
    let env = TestEnv::start().await;
    expect_code(&env, "nobody", HAPPY, ErrorCode::ProfileNotFound).await;
    expect_code(&env, "no-creds", HAPPY, ErrorCode::NoCredentials).await;
    expect_code(&env, "no-region", HAPPY, ErrorCode::NoRegion).await;
    expect_code(&env, "expired", HAPPY, ErrorCode::CredentialsRejected).await;
    expect_code(&env, "wrong-secret", HAPPY, ErrorCode::CredentialsRejected).await;
    expect_code(&env, "unknown-key", HAPPY, ErrorCode::CredentialsRejected).await;
    expect_code(
        &env,
        "process-broken",
        HAPPY,
        ErrorCode::CredentialProcessFailed,
    )
    .await;
    expect_code(
        &env,
        "process-garbage",
        HAPPY,
        ErrorCode::CredentialProcessFailed,
    )
    .await;
    let sso = expect_code(&env, "sso-expired", HAPPY, ErrorCode::SsoExpired).await;
    assert!(
        sso.hint.contains("aws sso login --profile 'sso-expired'"),
        "{sso:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn transient_faults_recover_and_persistent_ones_stop_after_three_attempts() {
    let env = TestEnv::start().await;
    let (app, _, opener) = env.app();
    app.signin
        .sign_in("agent", &id(11), true)
        .await
        .expect("two 500s then success");
    assert_eq!(opener.opened().len(), 1);
    assert_eq!(attempts(&env, &id(11)), 3);

    expect_code(&env, "agent", &id(5), ErrorCode::InternalService).await;
    assert_eq!(attempts(&env, &id(5)), 3, "bounded retries");
    expect_code(&env, "agent", &id(6), ErrorCode::Throttled).await;
    assert_eq!(attempts(&env, &id(6)), 3);

    // Non-retryable errors are tried once.
    expect_code(&env, "agent", &id(2), ErrorCode::UserNotFound).await;
    assert_eq!(attempts(&env, &id(2)), 1);
    expect_code(&env, "agent", &id(7), ErrorCode::AccessDenied).await;
    assert_eq!(attempts(&env, &id(7)), 1);
}

fn attempts(env: &TestEnv, instance: &str) -> usize {
    env.sim
        .requests()
        .iter()
        .filter(|r| {
            r.operation.as_deref() == Some("GetFederationToken") && r.path.contains(instance)
        })
        .count()
}

#[tokio::test(flavor = "multi_thread")]
async fn slow_dropped_and_unreachable_endpoints() {
    let mut env = TestEnv::start().await;
    // A dropped connection is retried (it may be transient), then reported as a network failure.
    expect_code(&env, "agent", &id(13), ErrorCode::Network).await;
    assert_eq!(attempts(&env, &id(13)), 3);

    // Nothing listens on this port: connection refused means offline.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    env.set(
        "AWS_ENDPOINT_URL_CONNECT",
        Some(format!("http://127.0.0.1:{port}").into()),
    );
    expect_code(&env, "agent", HAPPY, ErrorCode::Offline).await;

    // A slow answer ends in `timeout` within the configured operation timeout.
    let endpoint = env.sim.endpoint_url();
    env.set("AWS_ENDPOINT_URL_CONNECT", Some(endpoint.into()));
    env.write_settings(r#"{"network": {"attemptTimeoutMs": 300, "operationTimeoutMs": 1000, "connectTimeoutMs": 300}}"#);
    expect_code(&env, "agent", &id(12), ErrorCode::Timeout).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_sign_in_urls_are_refused_and_nothing_opens() {
    let env = TestEnv::start().await;
    for n in [14, 16, 17, 18] {
        expect_code(&env, "agent", &id(n), ErrorCode::UntrustedSignInUrl).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_loopback_url_needs_a_loopback_endpoint() {
    // Demo mode: the sim hands out sign-in URLs on its own loopback origin.
    let toml = scenario_toml().replacen("token_prefix", "sign_in = \"sim\"\ntoken_prefix", 1);
    let env = TestEnv::start_with(&toml).await;
    let (app, _, opener) = env.app();
    app.signin
        .sign_in("agent", HAPPY, true)
        .await
        .expect("loopback URL allowed with a loopback endpoint");
    assert!(landing(&opener.opened()[0])
        .await
        .starts_with(&format!("{}/", env.sim.endpoint_url())));

    // A loopback URL on any other origin is refused, and nothing opens.
    let other = format!(
        "{}\n[[faults]]\noperation = \"GetFederationToken\"\nsign_in_url = \"http://127.0.0.1:9/sign-in/x\"\n",
        scenario_toml()
    );
    drop(env);
    let env = TestEnv::start_with(&other).await;
    expect_code(&env, "agent", HAPPY, ErrorCode::UntrustedSignInUrl).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_keychain_failing_does_not_stop_the_sign_in() {
    let env = TestEnv::start().await;
    let opener = std::sync::Arc::new(connect_sso::signin::launcher::RecordingOpener::default());
    let vault = std::sync::Arc::new(connect_sso::store::vault::UnavailableVault {
        error: connect_sso::store::vault::keychain_unavailable(&"no keychain"),
    });
    let app = env.app_with(vault, opener.clone());
    let outcome = app.signin.sign_in("agent", HAPPY, true).await.unwrap();
    assert!(!outcome.session.remembered);
    assert_eq!(
        outcome.vault_error.unwrap().code,
        ErrorCode::KeychainUnavailable
    );
    assert_eq!(opener.opened().len(), 1, "the browser still opens");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_hung_credential_process_is_reported_within_the_timeout() {
    let env = TestEnv::start().await;
    env.write_settings(r#"{"network": {"operationTimeoutMs": 500}}"#);
    let started = std::time::Instant::now();
    let error = expect_code(
        &env,
        "process-hangs",
        HAPPY,
        ErrorCode::CredentialProcessFailed,
    )
    .await;
    assert!(error.message.contains("did not finish"), "{error:?}");
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unresolvable_host_is_offline() {
    let mut env = TestEnv::start().await;
    env.set(
        "AWS_ENDPOINT_URL_CONNECT",
        Some("http://connect.invalid:9".into()),
    );
    expect_code(&env, "agent", HAPPY, ErrorCode::Offline).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_session_names_the_connect_user_and_user_not_found_names_the_caller() {
    let env = TestEnv::start().await;
    let (app, _, _) = env.app();
    app.discovery.instances("agent").await.unwrap();
    // STS is asked in the background when the profile is picked; the click never waits for it.
    let mut username = None;
    for _ in 0..20 {
        let outcome = app.signin.sign_in("agent", HAPPY, false).await.unwrap();
        username = outcome.session.connect_username.clone();
        if username.is_some() {
            assert_eq!(
                outcome.session.caller_arn.as_deref(),
                Some(format!("arn:aws:sts::{ACCOUNT}:assumed-role/ConnectAgent/jane.doe").as_str())
            );
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(username.as_deref(), Some("jane.doe"));

    let error = app
        .signin
        .sign_in("agent", &id(2), false)
        .await
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::UserNotFound);
    assert!(
        error.hint.contains("assumed-role/ConnectAgent/jane.doe"),
        "{error:?}"
    );
    assert!(error.hint.contains("session name 'jane.doe'"), "{error:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn end_shift_forgets_every_session() {
    let env = TestEnv::start().await;
    let (app, vault, _) = env.app();
    app.signin.sign_in("agent", HAPPY, true).await.unwrap();
    let arn = format!("arn:aws:connect:eu-west-2:{ACCOUNT}:instance/{}", id(101));
    app.signin.sign_in("agent", &arn, true).await.unwrap();
    assert_eq!(app.signin.sessions().await.unwrap().len(), 2);
    assert_eq!(app.signin.end_shift().await.unwrap(), 2);
    assert!(app.signin.sessions().await.unwrap().is_empty());
    assert!(
        !vault.names().iter().any(|n| n.contains("token")),
        "{:?}",
        vault.names()
    );
    assert_eq!(app.signin.end_shift().await.unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_skewed_clock_is_named_as_such() {
    // The sim's clock 15 minutes ahead or behind is this computer's clock being off.
    for offset in [900, -900] {
        let toml = scenario_toml().replacen(
            "token_prefix",
            &format!("signature_clock_offset_secs = {offset}\ntoken_prefix"),
            1,
        );
        let env = TestEnv::start_with(&toml).await;
        let error = expect_code(&env, "agent", HAPPY, ErrorCode::ClockSkew).await;
        assert!(error.hint.contains("timedatectl"), "{error:?}");
    }
}

/// The browser gets a one-shot loopback URL, never the sign-in URL: no token is in any argument
/// or environment variable of the launcher (every local user can read those), and following the
/// hand-off lands on the sign-in URL. The CLI stays until the browser has fetched it.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread")]
async fn no_token_reaches_a_child_process() {
    let env = TestEnv::start().await;
    let seen = env.path("seen.txt");
    let path = env.browser_on_path(&format!(
        "{{ printf 'argv: %s\\n' \"$*\"; env; }} >> '{seen}'\n\
         landed=$(curl -s -o /dev/null -w '%{{redirect_url}}' \"$1\")\n\
         printf 'LANDED %s\\n' \"$landed\" >> '{seen}'\n",
        seen = seen.display()
    ));
    let output = env
        .cli(
            &[
                "sign-in",
                "--profile",
                "agent",
                "--instance",
                HAPPY,
                "--json",
            ],
            &[("PATH", path.as_str())],
        )
        .await;
    assert!(output.status.success(), "{}", stderr(&output));
    let seen = std::fs::read_to_string(&seen).unwrap();
    let (launcher, landed) = seen.split_once("LANDED ").unwrap();
    assert!(launcher.contains("argv: http://127.0.0.1:"), "{launcher}");
    let issued = env.sim.issued_tokens().pop().unwrap();
    for secret in [
        &issued.sign_in_url,
        &issued.access_token,
        &issued.refresh_token,
    ] {
        assert!(
            !launcher.contains(secret.as_str()),
            "a secret reached the launcher"
        );
    }
    assert!(
        !launcher.contains(CANARY),
        "nothing canary-shaped in argv or environment"
    );
    assert_eq!(landed.trim(), issued.sign_in_url);

    // A browser that never comes: the CLI says so with its own code, and the session is kept.
    let idle = env.browser_on_path("exit 0\n");
    let output = env
        .cli(
            &[
                "sign-in",
                "--profile",
                "agent",
                "--instance",
                HAPPY,
                "--json",
            ],
            &[("PATH", idle.as_str())],
        )
        .await;
    assert_eq!(output.status.code(), Some(6), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("browser_timeout"),
        "{}",
        stdout(&output)
    );
    let status = env.cli(&["status", "--json"], &[]).await;
    assert!(stdout(&status).contains(HAPPY), "the session is stored");
}
