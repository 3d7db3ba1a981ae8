//! IAM Identity Center sign-in in the browser (authorization code with PKCE) against connect-sim's
//! authorize page and token endpoint, with a stand-in browser: the happy path into the AWS CLI's
//! cache, a swapped challenge, a forged state, a denial, a browser that never comes back, cancel,
//! and the fall-back to the device code when the grant is refused.

mod common;

use common::browser::{Person, StandInBrowser};
use common::*;
use connect_sso::app::App;
use connect_sso::aws::logins::{LoginMethod, SsoFlow};
use connect_sso::store::vault::MemoryVault;
use connect_sso::ErrorCode;
use std::sync::Arc;
use std::time::Duration;

const PROFILE: &str = "sso-expired";

fn cache_file(env: &TestEnv) -> std::path::PathBuf {
    connect_sso::aws::sso::SsoTarget {
        session_name: Some("corp".into()),
        start_url: "https://corp.awsapps.com/start".into(),
        region: "us-east-1".into(),
    }
    .cache_file(&env.path("home"))
}

fn browser_app(env: &TestEnv, person: Person) -> (App, Arc<StandInBrowser>) {
    let browser = StandInBrowser::new(person);
    let app = env.app_with(Arc::new(MemoryVault::default()), browser.clone());
    // Never wait minutes for a browser that does not come back.
    app.logins.set_browser_wait(Duration::from_secs(5));
    (app, browser)
}

fn token_calls(env: &TestEnv) -> usize {
    env.sim
        .requests()
        .iter()
        .filter(|r| r.operation.as_deref() == Some("CreateToken"))
        .count()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_browser_comes_back_and_the_token_is_cached_for_the_aws_cli() {
    let env = TestEnv::start().await;
    let (app, browser) = browser_app(&env, Person::Approves);

    let view = app
        .logins
        .sso_login_start(PROFILE, true, LoginMethod::Browser)
        .await
        .unwrap();
    assert_eq!(view.flow, SsoFlow::AuthorizationCode);
    assert!(view.user_code.is_empty(), "no code to compare");
    assert!(
        view.verification_url.is_empty(),
        "the authorize URL stays private"
    );
    let waited = app.logins.sso_login_wait(PROFILE).await;
    waited.unwrap();

    // What the sim saw: one authorize request with every parameter, one exchange that passed
    // every check.
    let requests = env.sim.authorization_requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(
        request.parameters,
        [
            "response_type",
            "client_id",
            "redirect_uri",
            "state",
            "code_challenge",
            "code_challenge_method",
            "scopes"
        ]
    );
    assert_eq!(request.code_challenge_method, "S256");
    assert!(request.redirect_uri.starts_with("http://127.0.0.1:"));
    assert!(request.redirect_uri.ends_with("/oauth/callback"));
    assert_eq!(request.approved, Some(true));
    let exchanges = env.sim.code_exchanges();
    assert_eq!(exchanges.len(), 1);
    assert!(exchanges[0].code_known && exchanges[0].redirect_uri_matches);
    assert!(exchanges[0].verifier_matches);
    assert_eq!(exchanges[0].error, None);
    eprintln!("connect-sim saw: {requests:#?}\n{exchanges:#?}");
    for r in env.sim.requests() {
        eprintln!(
            "  {} {} {:?} -> {}",
            r.method, r.path, r.operation, r.status
        );
    }

    // The browser got a short page, not cached, with no secret in it.
    let page = browser.callback().await.expect("the browser came back");
    assert_eq!(page.status, 200);
    assert!(
        page.head.contains("cache-control: no-store"),
        "{}",
        page.head
    );
    assert!(page
        .head
        .contains("content-security-policy: default-src 'none'"));
    assert!(
        page.body.contains("signed in to IAM Identity Center"),
        "{}",
        page.body
    );

    // The AWS CLI's cache file, with what the CLI needs to use and to refresh the token.
    let file = cache_file(&env);
    let cached: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let issued = env.sim.issued_sso_tokens();
    let token = issued.last().unwrap();
    assert_eq!(cached["startUrl"], "https://corp.awsapps.com/start");
    assert_eq!(cached["region"], "us-east-1");
    assert_eq!(cached["accessToken"], token.access_token.as_str());
    assert_eq!(cached["refreshToken"], token.refresh_token.as_str());
    assert_eq!(
        cached["clientId"],
        token.client_id.clone().unwrap().as_str()
    );
    assert!(cached["clientSecret"].as_str().unwrap().contains(CANARY));
    assert!(cached["expiresAt"].as_str().unwrap().ends_with('Z'));
    assert!(cached["registrationExpiresAt"]
        .as_str()
        .unwrap()
        .ends_with('Z'));

    // Canary: no token, client secret or sign-in address reached the browser's page or the
    // URLs the launcher was given.
    let mut secrets = vec![
        token.access_token.clone(),
        token.refresh_token.clone(),
        cached["clientSecret"].as_str().unwrap().to_string(),
    ];
    secrets.retain(|s| s.contains(CANARY));
    assert_eq!(secrets.len(), 3);
    let seen = format!("{}{}{:?}", page.head, page.body, browser.opened());
    for secret in &secrets {
        assert!(!seen.contains(secret.as_str()), "a secret leaked");
    }
    assert!(!format!("{view:?}").contains("authorize"));

    // And the Connect sign-in continues as the SSO user.
    let outcome = app.signin.sign_in(PROFILE, HAPPY, true).await.unwrap();
    assert_eq!(outcome.session.instance_id, HAPPY);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_swapped_challenge_fails_the_verifier_and_nothing_is_cached() {
    let env = TestEnv::start().await;
    let (app, browser) = browser_app(&env, Person::SwapsChallenge);
    app.logins
        .sso_login_start(PROFILE, true, LoginMethod::Browser)
        .await
        .unwrap();
    let error = app.logins.sso_login_wait(PROFILE).await.unwrap_err();
    assert_eq!(error.code, ErrorCode::SsoLoginRefused, "{error:?}");
    let exchanges = env.sim.code_exchanges();
    assert_eq!(exchanges.len(), 1);
    assert!(exchanges[0].code_known && !exchanges[0].verifier_matches);
    assert_eq!(exchanges[0].error.as_deref(), Some("InvalidGrantException"));
    assert!(!cache_file(&env).exists());
    assert_eq!(browser.callback().await.unwrap().status, 400);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_forged_state_is_refused_without_an_exchange() {
    let env = TestEnv::start().await;
    let (app, browser) = browser_app(&env, Person::ForgesState);
    app.logins
        .sso_login_start(PROFILE, true, LoginMethod::Browser)
        .await
        .unwrap();
    let error = app.logins.sso_login_wait(PROFILE).await.unwrap_err();
    assert_eq!(error.code, ErrorCode::SsoLoginRefused);
    assert_eq!(token_calls(&env), 0, "no CreateToken after a wrong state");
    assert!(env.sim.code_exchanges().is_empty());
    assert!(!cache_file(&env).exists());
    let page = browser.callback().await.unwrap();
    assert_eq!(page.status, 400);
    assert!(page.body.contains("did not complete"), "{}", page.body);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_connection_that_never_finishes_does_not_hold_up_the_redirect() {
    let env = TestEnv::start().await;
    // Connected first and trickling a byte a second, for longer than the browser wait: were
    // connections read one after another, the redirect behind it would never be read.
    let (app, _) = browser_app(&env, Person::TricklesFirst);
    app.logins
        .sso_login_start(PROFILE, true, LoginMethod::Browser)
        .await
        .unwrap();
    // A liveness bound far above the second this takes: read one after another, it would run
    // for the two minutes the trickle lasts.
    tokio::time::timeout(Duration::from_secs(20), app.logins.sso_login_wait(PROFILE))
        .await
        .expect("the redirect is read while the other connection trickles")
        .unwrap();
    assert!(cache_file(&env).exists());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_denial_says_so() {
    let env = TestEnv::start().await;
    let (app, _) = browser_app(&env, Person::Denies);
    app.logins
        .sso_login_start(PROFILE, true, LoginMethod::Browser)
        .await
        .unwrap();
    let error = app.logins.sso_login_wait(PROFILE).await.unwrap_err();
    assert_eq!(error.code, ErrorCode::SsoLoginDenied);
    assert_eq!(token_calls(&env), 0);
    assert_eq!(env.sim.authorization_requests()[0].approved, Some(false));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_browser_that_never_comes_back_times_out_and_cancel_closes_the_listener() {
    let env = TestEnv::start().await;
    let (app, _) = browser_app(&env, Person::ClosesBrowser);
    app.logins.set_browser_wait(Duration::from_millis(300));
    let view = app
        .logins
        .sso_login_start(PROFILE, true, LoginMethod::Browser)
        .await
        .unwrap();
    assert_eq!(view.flow, SsoFlow::AuthorizationCode);
    let error = app.logins.sso_login_wait(PROFILE).await.unwrap_err();
    assert_eq!(error.code, ErrorCode::SsoLoginExpired);

    // Cancel while the authorize page is open: the wait ends and the listener is gone.
    let (app, _) = browser_app(&env, Person::Leaves);
    app.logins
        .sso_login_start(PROFILE, true, LoginMethod::Browser)
        .await
        .unwrap();
    let cancel = async {
        while env.sim.authorization_requests().is_empty() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert!(app.logins.sso_login_cancel(PROFILE));
    };
    let (waited, ()) = tokio::join!(app.logins.sso_login_wait(PROFILE), cancel);
    assert_eq!(waited.unwrap_err().code, ErrorCode::SsoLoginCancelled);
    let redirect = env.sim.authorization_requests()[0].redirect_uri.clone();
    let port = url::Url::parse(&redirect).unwrap().port().unwrap();
    assert!(
        tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err(),
        "the loopback listener closed"
    );
    assert_eq!(token_calls(&env), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_grant_falls_back_to_the_device_code() {
    // IAM Identity Center refuses the first registration (the authorization-code client).
    let toml = format!(
        "{}\n[[faults]]\noperation = \"RegisterClient\"\nerror = \"InvalidClientMetadataException\"\ntimes = 1\n",
        scenario_toml()
    );
    let env = TestEnv::start_with(&toml).await;
    let (app, _) = browser_app(&env, Person::Approves);
    let view = app
        .logins
        .sso_login_start(PROFILE, true, LoginMethod::Browser)
        .await
        .unwrap();
    assert_eq!(view.flow, SsoFlow::DeviceCode);
    assert!(!view.user_code.is_empty());
    app.logins.sso_login_wait(PROFILE).await.unwrap();
    assert!(env.sim.authorization_requests().is_empty());
    assert_eq!(env.sim.device_authorizations().len(), 1);
    assert!(cache_file(&env).exists());
}

#[tokio::test(flavor = "multi_thread")]
async fn asked_for_the_device_code_runs_without_the_browser_flow() {
    let env = TestEnv::start().await;
    let (app, _) = browser_app(&env, Person::Approves);
    let view = app
        .logins
        .sso_login_start(PROFILE, true, LoginMethod::DeviceCode)
        .await
        .unwrap();
    assert_eq!(view.flow, SsoFlow::DeviceCode);
    app.logins.sso_login_wait(PROFILE).await.unwrap();
    assert!(env.sim.authorization_requests().is_empty());
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread")]
async fn the_cli_signs_in_through_the_browser_and_shows_no_code() {
    let env = TestEnv::start().await;
    let path = env.approving_browser();
    let output = env
        .cli(
            &["sso-login", "--profile", PROFILE, "--json"],
            &[("PATH", &path), ("CONNECT_SSO_LOG", "trace")],
        )
        .await;
    let printed = format!("{}{}", stdout(&output), stderr(&output));
    assert!(output.status.success(), "{printed}");
    let answer: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(answer["flow"], "authorizationCode");
    assert!(answer.get("userCode").is_none());
    assert_eq!(env.sim.code_exchanges().len(), 1);
    assert!(cache_file(&env).exists());
    // Canary: at trace level, no token, refresh token or client secret in the output.
    for token in env.sim.issued_sso_tokens() {
        assert!(!printed.contains(&token.access_token));
        assert!(!printed.contains(&token.refresh_token));
    }
    let cached: serde_json::Value =
        serde_json::from_slice(&std::fs::read(cache_file(&env)).unwrap()).unwrap();
    assert!(!printed.contains(cached["clientSecret"].as_str().unwrap()));
    assert!(
        !printed.contains("code_challenge"),
        "no authorize URL in the log"
    );
}
