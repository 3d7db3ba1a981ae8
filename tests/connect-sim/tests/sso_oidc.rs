//! SSO OIDC's device authorization flow: RegisterClient, StartDeviceAuthorization and CreateToken
//! in their restJson1 shapes, every error of the flow, approval through the Rust API, the
//! `/_sim/device/*` endpoints and the verification page, and the whole flow on to credentials
//! that Connect and STS accept.

mod common;

use common::*;
use connect_sim::{DeviceState, Sim};
use serde_json::json;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

async fn sso_sim(top: &str) -> Sim {
    start(top, SSO).await
}

fn epoch_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[tokio::test]
async fn register_client_has_the_wire_shape() {
    let sim = sso_sim("token_prefix = \"CANARY\"").await;
    let resp = post_json(
        sim.addr(),
        "/client/register",
        &json!({"clientName": "connect-sso", "clientType": "public", "scopes": ["sso:account:access"]}),
    )
    .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert_eq!(resp.header("content-type"), Some("application/json"));
    let body = resp.json();
    assert!(body["clientId"].as_str().unwrap().len() >= 16);
    assert!(body["clientSecret"].as_str().unwrap().starts_with("CANARY"));
    let issued = body["clientIdIssuedAt"].as_u64().unwrap();
    let expires = body["clientSecretExpiresAt"].as_u64().unwrap();
    assert!(issued.abs_diff(epoch_now()) < 60, "{issued}");
    assert_eq!(expires - issued, 90 * 24 * 3600);
    let recorded = sim.requests();
    assert_eq!(recorded[0].operation.as_deref(), Some("RegisterClient"));
    assert_eq!(recorded[0].access_key_id, None);

    for bad in [json!({"clientType": "public"}), json!({"clientName": "x"})] {
        let resp = post_json(sim.addr(), "/client/register", &bad).await;
        expect_oidc_error(
            &resp,
            400,
            "InvalidRequestException",
            Some("invalid_request"),
        );
    }
    let resp = raw_request(
        sim.addr(),
        "POST",
        "/client/register",
        &[("content-type".into(), "application/json".into())],
        b"not json",
    )
    .await
    .unwrap();
    expect_oidc_error(
        &resp,
        400,
        "InvalidRequestException",
        Some("invalid_request"),
    );
}

#[tokio::test]
async fn start_device_authorization_has_the_wire_shape() {
    let sim = sso_sim("").await;
    let client = register(sim.addr()).await;
    // A trailing slash names the same start URL.
    let body = start_device(sim.addr(), &client, &format!("{START_URL}/")).await;
    let user_code = body["userCode"].as_str().unwrap();
    assert_eq!(user_code.len(), 9);
    assert_eq!(&user_code[4..5], "-");
    assert!(user_code
        .chars()
        .all(|c| c == '-' || c.is_ascii_uppercase()));
    assert!(body["deviceCode"].as_str().unwrap().len() >= 32);
    assert_eq!(
        body["verificationUri"],
        "https://acme.awsapps.com/start/#/device"
    );
    assert_eq!(
        body["verificationUriComplete"],
        format!("https://acme.awsapps.com/start/#/device?user_code={user_code}")
    );
    assert_eq!(body["expiresIn"], 600);
    assert_eq!(body["interval"], 1);
    let listed = sim.device_authorizations();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].user_code, user_code);
    assert_eq!(listed[0].start_url, START_URL);
    assert_eq!(listed[0].state, DeviceState::Pending);
    assert_eq!(listed[0].user, None);
    assert_eq!(listed[0].polls, 0);
}

#[tokio::test]
async fn start_device_authorization_errors() {
    let sim = sso_sim("").await;
    let addr = sim.addr();
    let client = register(addr).await;
    let call = |client_id: &str, secret: &str, url: &str| json!({"clientId": client_id, "clientSecret": secret, "startUrl": url});
    let resp = post_json(
        addr,
        "/device_authorization",
        &call(
            &client.id,
            &client.secret,
            "https://other.awsapps.com/start",
        ),
    )
    .await;
    let message = expect_oidc_error(
        &resp,
        400,
        "InvalidRequestException",
        Some("invalid_request"),
    );
    assert!(message.contains("other.awsapps.com"), "{message}");
    let resp = post_json(
        addr,
        "/device_authorization",
        &call(&client.id, "wrong", START_URL),
    )
    .await;
    expect_oidc_error(&resp, 401, "InvalidClientException", Some("invalid_client"));
    let resp = post_json(
        addr,
        "/device_authorization",
        &call("unknown", &client.secret, START_URL),
    )
    .await;
    expect_oidc_error(&resp, 401, "InvalidClientException", Some("invalid_client"));
    let resp = post_json(
        addr,
        "/device_authorization",
        &json!({"clientId": client.id, "clientSecret": client.secret}),
    )
    .await;
    expect_oidc_error(
        &resp,
        400,
        "InvalidRequestException",
        Some("invalid_request"),
    );
    assert!(sim.device_authorizations().is_empty());

    // Client secrets expire after 90 days.
    sim.advance_clock(Duration::from_secs(91 * 24 * 3600));
    let resp = post_json(
        addr,
        "/device_authorization",
        &call(&client.id, &client.secret, START_URL),
    )
    .await;
    expect_oidc_error(&resp, 401, "InvalidClientException", Some("invalid_client"));
}

#[tokio::test]
async fn sim_mode_verification_uri_is_the_sims_own_page() {
    let sim = sso_sim("sign_in = \"sim\"").await;
    let client = register(sim.addr()).await;
    let body = start_device(sim.addr(), &client, START_URL).await;
    let user_code = body["userCode"].as_str().unwrap();
    assert_eq!(
        body["verificationUri"],
        format!("{}/device", sim.endpoint_url())
    );
    let complete = body["verificationUriComplete"].as_str().unwrap();
    assert_eq!(
        complete,
        format!("{}/device?user_code={user_code}", sim.endpoint_url())
    );

    // The page a person opens: the code, the users of the start URL, Approve and Deny.
    let path = complete.strip_prefix(&sim.endpoint_url()).unwrap();
    let page = raw_get(sim.addr(), path, &[]).await.unwrap();
    assert_eq!(page.status, 200);
    assert!(page
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    assert!(page.body.contains(user_code), "{}", page.body);
    assert!(page.body.contains(START_URL));
    assert!(page.body.contains("action=\"/_sim/device/approve\""));
    assert!(page.body.contains("formaction=\"/_sim/device/deny\""));
    assert!(page.body.contains("<option value=\"jane.doe\">"));
    assert!(page.body.contains("<option value=\"john.roe\">"));
    assert!(page
        .header("content-security-policy")
        .is_some_and(|csp| csp.contains("default-src 'none'")));
    // Without a code it lists every pending one.
    let all = raw_get(sim.addr(), "/device", &[]).await.unwrap();
    assert!(all.body.contains(user_code));
    let unknown = raw_get(sim.addr(), "/device?user_code=ZZZZ-ZZZZ", &[])
        .await
        .unwrap();
    assert!(unknown.body.contains("ZZZZ-ZZZZ"));
    assert!(unknown.body.contains("not waiting"));
    assert!(!unknown.body.contains(user_code));

    // The form posts as a browser does and the answer is a page.
    let form = format!("user_code={}&user=john.roe", user_code.to_ascii_lowercase());
    let done = post_form(sim.addr(), "/_sim/device/approve", &form).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Request approved"));
    assert!(done.body.contains("john.roe"));
    let listed = sim.device_authorizations();
    assert_eq!(listed[0].state, DeviceState::Approved);
    assert_eq!(listed[0].user.as_deref(), Some("john.roe"));
    // Approved codes leave the page.
    let all = raw_get(sim.addr(), "/device", &[]).await.unwrap();
    assert!(!all.body.contains(user_code));
    assert!(all.body.contains("No sign-in request is waiting"));
}

#[tokio::test]
async fn device_flow_pending_slow_down_approve_token() {
    let sim = sso_sim("token_prefix = \"CANARY\"").await;
    let addr = sim.addr();
    let client = register(addr).await;
    let device = start_device(addr, &client, START_URL).await;
    let device_code = device["deviceCode"].as_str().unwrap();
    let user_code = device["userCode"].as_str().unwrap();

    let pending = poll(addr, &client, device_code).await;
    expect_oidc_error(
        &pending,
        400,
        "AuthorizationPendingException",
        Some("authorization_pending"),
    );
    // A second poll inside the 1 s interval.
    let fast = poll(addr, &client, device_code).await;
    expect_oidc_error(&fast, 400, "SlowDownException", Some("slow_down"));
    // After the interval (on the sim clock) it is merely pending again.
    sim.advance_clock(Duration::from_millis(1100));
    let pending = poll(addr, &client, device_code).await;
    expect_oidc_error(
        &pending,
        400,
        "AuthorizationPendingException",
        Some("authorization_pending"),
    );
    assert_eq!(sim.device_authorizations()[0].polls, 3);

    sim.approve_device(user_code, None).unwrap();
    let listed = sim.device_authorizations();
    assert_eq!(listed[0].state, DeviceState::Approved);
    assert_eq!(listed[0].user.as_deref(), Some("jane.doe"));
    assert!(!listed[0].token_issued);
    // Approval ends the wait at once, whatever the interval.
    let token = poll(addr, &client, device_code).await;
    assert_eq!(token.status, 200, "{}", token.body);
    let body = token.json();
    assert_eq!(body["tokenType"], "Bearer");
    assert_eq!(body["expiresIn"], 28_800);
    let access_token = body["accessToken"].as_str().unwrap();
    let refresh_token = body["refreshToken"].as_str().unwrap();
    assert!(access_token.starts_with("CANARY"));
    assert!(refresh_token.starts_with("CANARY"));
    assert!(sim.device_authorizations()[0].token_issued);
    let issued = sim.issued_sso_tokens();
    assert_eq!(issued.len(), 1);
    assert_eq!(issued[0].access_token, access_token);
    assert_eq!(issued[0].user, "jane.doe");
    assert_eq!(issued[0].start_url, START_URL);
    assert_eq!(issued[0].client_id.as_deref(), Some(client.id.as_str()));

    // A device code is good for one token.
    let again = poll(addr, &client, device_code).await;
    expect_oidc_error(&again, 400, "InvalidGrantException", Some("invalid_grant"));

    // The token opens the portal; its role credentials sign Connect and STS requests.
    let (key, secret, session, expiration) =
        role_credentials(addr, access_token, ACCOUNT, SSO_ROLE).await;
    assert!(key.starts_with("ASIA") && key.len() == 20, "{key}");
    let expected_ms = (epoch_now() + 3600) * 1000;
    assert!(expiration.abs_diff(expected_ms) < 60_000, "{expiration}");
    let federate = Req::get(&format!("/user/federate/{SUPPORT}"))
        .key(&key, &secret)
        .token(&session)
        .send(addr)
        .await;
    assert_eq!(federate.status, 200, "{}", federate.body);
    assert!(federate.json()["SignInUrl"]
        .as_str()
        .unwrap()
        .starts_with("https://acme-support.my.connect.aws/federate/CANARY"));
    // The Connect username is the SSO user's name: acme-sales lists jane.doe.
    let sales = Req::get(&format!("/user/federate/{SALES}"))
        .key(&key, &secret)
        .token(&session)
        .send(addr)
        .await;
    assert_eq!(sales.status, 200, "{}", sales.body);
    let identity = Req::sts(GET_CALLER_IDENTITY)
        .key(&key, &secret)
        .token(&session)
        .send(addr)
        .await;
    assert_eq!(identity.status, 200, "{}", identity.body);
    let arn = identity.xml("Arn");
    assert!(
        arn.starts_with(&format!(
            "arn:aws:sts::{ACCOUNT}:assumed-role/AWSReservedSSO_ConnectAgent_"
        )),
        "{arn}"
    );
    assert!(arn.ends_with("/jane.doe"), "{arn}");
    assert_eq!(identity.xml("Account"), ACCOUNT);
    let issued = sim.issued_credentials();
    assert_eq!(issued.len(), 1);
    assert_eq!(issued[0].access_key_id, key);
    assert_eq!(issued[0].user, "jane.doe");
    assert_eq!(
        issued[0].operation,
        connect_sim::Operation::GetRoleCredentials
    );
    assert!(issued[0].session_token.starts_with("CANARY"));
    // Without its session token the key is refused.
    let no_token = Req::get(&format!("/user/federate/{SUPPORT}"))
        .key(&key, &secret)
        .send(addr)
        .await;
    assert_eq!(no_token.error_type(), Some("UnrecognizedClientException"));
}

#[tokio::test]
async fn interval_zero_never_slows_down() {
    let sim = start(
        "",
        &SSO.replace("account_names", "interval_secs = 0\naccount_names"),
    )
    .await;
    let client = register(sim.addr()).await;
    let device = start_device(sim.addr(), &client, START_URL).await;
    assert_eq!(device["interval"], 0);
    for _ in 0..3 {
        let resp = poll(sim.addr(), &client, device["deviceCode"].as_str().unwrap()).await;
        expect_oidc_error(
            &resp,
            400,
            "AuthorizationPendingException",
            Some("authorization_pending"),
        );
    }
}

#[tokio::test]
async fn denied_and_expired_device_codes() {
    let sim = sso_sim("").await;
    let addr = sim.addr();
    let client = register(addr).await;
    let denied = start_device(addr, &client, START_URL).await;
    let expiring = start_device(addr, &client, START_URL).await;

    sim.deny_device(denied["userCode"].as_str().unwrap())
        .unwrap();
    assert_eq!(sim.device_authorizations()[0].state, DeviceState::Denied);
    let resp = poll(addr, &client, denied["deviceCode"].as_str().unwrap()).await;
    expect_oidc_error(&resp, 400, "AccessDeniedException", Some("access_denied"));
    // A decided code cannot be decided again.
    let again = sim.approve_device(denied["userCode"].as_str().unwrap(), None);
    assert!(again.unwrap_err().contains("already"));

    sim.advance_clock(Duration::from_secs(601));
    assert_eq!(sim.device_authorizations()[1].state, DeviceState::Expired);
    let resp = poll(addr, &client, expiring["deviceCode"].as_str().unwrap()).await;
    expect_oidc_error(&resp, 400, "ExpiredTokenException", Some("expired_token"));
    let late = sim.approve_device(expiring["userCode"].as_str().unwrap(), None);
    assert!(late.unwrap_err().contains("expired"));
}

#[tokio::test]
async fn an_approved_code_still_expires_unless_redeemed() {
    let sim = sso_sim("").await;
    let client = register(sim.addr()).await;
    let device = start_device(sim.addr(), &client, START_URL).await;
    sim.approve_device(device["userCode"].as_str().unwrap(), Some("jane.doe"))
        .unwrap();
    sim.advance_clock(Duration::from_secs(601));
    let resp = poll(sim.addr(), &client, device["deviceCode"].as_str().unwrap()).await;
    expect_oidc_error(&resp, 400, "ExpiredTokenException", Some("expired_token"));
}

#[tokio::test]
async fn create_token_client_and_grant_errors() {
    let sim = sso_sim("").await;
    let addr = sim.addr();
    let client = register(addr).await;
    let other = register(addr).await;
    let device = start_device(addr, &client, START_URL).await;
    let device_code = device["deviceCode"].as_str().unwrap();

    let resp = poll(
        addr,
        &Client {
            id: client.id.clone(),
            secret: "wrong".into(),
        },
        device_code,
    )
    .await;
    expect_oidc_error(&resp, 401, "InvalidClientException", Some("invalid_client"));
    // A device code belongs to the client that started it.
    let resp = poll(addr, &other, device_code).await;
    expect_oidc_error(&resp, 400, "InvalidGrantException", Some("invalid_grant"));
    let resp = poll(addr, &client, "no-such-code").await;
    expect_oidc_error(&resp, 400, "InvalidGrantException", Some("invalid_grant"));
    let base = json!({"clientId": client.id, "clientSecret": client.secret});
    let with = |extra: serde_json::Value| {
        let mut body = base.clone();
        body.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        body
    };
    let resp = post_json(addr, "/token", &base).await;
    expect_oidc_error(
        &resp,
        400,
        "InvalidRequestException",
        Some("invalid_request"),
    );
    let resp = post_json(
        addr,
        "/token",
        &with(
            json!({"grantType": "authorization_code", "code": "x", "codeVerifier": "v",
            "redirectUri": "http://127.0.0.1:1/oauth/callback"}),
        ),
    )
    .await;
    // A client registered for the device flow only may not use the authorization code.
    expect_oidc_error(
        &resp,
        400,
        "UnauthorizedClientException",
        Some("unauthorized_client"),
    );
    let resp = post_json(addr, "/token", &with(json!({"grantType": "password"}))).await;
    expect_oidc_error(
        &resp,
        400,
        "UnsupportedGrantTypeException",
        Some("unsupported_grant_type"),
    );
    let resp = post_json(
        addr,
        "/token",
        &with(json!({"grantType": "urn:ietf:params:oauth:grant-type:device_code"})),
    )
    .await;
    expect_oidc_error(
        &resp,
        400,
        "InvalidRequestException",
        Some("invalid_request"),
    );
    let resp = post_json(
        addr,
        "/token",
        &with(json!({"grantType": "refresh_token", "refreshToken": "unknown"})),
    )
    .await;
    expect_oidc_error(&resp, 400, "InvalidGrantException", Some("invalid_grant"));
    // CreateTokenWithIAM shares the path but is a SigV4 operation the sim does not serve.
    let resp = post_json(addr, "/token?aws_iam=t", &base).await;
    assert_eq!(resp.status, 404);
    assert_eq!(resp.error_type(), Some("UnknownOperationException"));
}

#[tokio::test]
async fn refresh_token_grant_issues_a_new_access_token() {
    let sim = sso_sim("").await;
    let addr = sim.addr();
    let client = register(addr).await;
    let device = start_device(addr, &client, START_URL).await;
    sim.approve_device(device["userCode"].as_str().unwrap(), Some("jane.doe"))
        .unwrap();
    let first = poll(addr, &client, device["deviceCode"].as_str().unwrap())
        .await
        .json();
    let refresh = first["refreshToken"].as_str().unwrap();

    // The access token expires after token_ttl_secs; the refresh token still works.
    sim.advance_clock(Duration::from_secs(28_801));
    let old = first["accessToken"].as_str().unwrap();
    let resp = portal_get(addr, "/assignment/accounts", Some(old)).await;
    expect_portal_error(&resp, 401, "UnauthorizedException");
    let refreshed = post_json(
        addr,
        "/token",
        &json!({
            "clientId": client.id,
            "clientSecret": client.secret,
            "grantType": "refresh_token",
            "refreshToken": refresh,
        }),
    )
    .await;
    assert_eq!(refreshed.status, 200, "{}", refreshed.body);
    let body = refreshed.json();
    let new = body["accessToken"].as_str().unwrap();
    assert_ne!(new, old);
    assert_eq!(body["refreshToken"], refresh);
    assert_eq!(body["tokenType"], "Bearer");
    let resp = portal_get(addr, "/assignment/accounts", Some(new)).await;
    assert_eq!(resp.status, 200, "{}", resp.body);

    // Another client cannot use it.
    let other = register(addr).await;
    let stolen = post_json(
        addr,
        "/token",
        &json!({
            "clientId": other.id,
            "clientSecret": other.secret,
            "grantType": "refresh_token",
            "refreshToken": refresh,
        }),
    )
    .await;
    expect_oidc_error(&stolen, 400, "InvalidGrantException", Some("invalid_grant"));
}

#[tokio::test]
async fn approval_endpoints_take_json_and_forms() {
    let sim = sso_sim("").await;
    let addr = sim.addr();
    let client = register(addr).await;
    let first = start_device(addr, &client, START_URL).await;
    let second = start_device(addr, &client, START_URL).await;
    let code = first["userCode"].as_str().unwrap();

    let resp = post_json(
        addr,
        "/_sim/device/approve",
        &json!({"user_code": code, "user": "nobody"}),
    )
    .await;
    assert_eq!(resp.status, 400, "{}", resp.body);
    assert!(resp.json()["message"].as_str().unwrap().contains("nobody"));
    let resp = post_json(
        addr,
        "/_sim/device/approve",
        &json!({"user_code": "ZZZZ-ZZZZ"}),
    )
    .await;
    assert_eq!(resp.status, 404, "{}", resp.body);
    let resp = post_json(addr, "/_sim/device/approve", &json!({"user": "jane.doe"})).await;
    assert_eq!(resp.status, 400, "{}", resp.body);

    // The dash is optional and case does not matter.
    let bare = code.replace('-', "").to_ascii_lowercase();
    let resp = post_json(
        addr,
        "/_sim/device/approve",
        &json!({"user_code": bare, "user": "john.roe"}),
    )
    .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert_eq!(
        resp.json(),
        json!({"user_code": code, "state": "approved", "user": "john.roe"})
    );
    let resp = post_json(addr, "/_sim/device/deny", &json!({"user_code": code})).await;
    assert_eq!(resp.status, 409, "{}", resp.body);

    let denied = post_form(
        addr,
        "/_sim/device/deny",
        &format!("user_code={}", second["userCode"].as_str().unwrap()),
    )
    .await;
    assert_eq!(denied.status, 200, "{}", denied.body);
    assert!(denied.body.contains("Request denied"));
    let refused = post_form(addr, "/_sim/device/approve", "user_code=ZZZZ-ZZZZ").await;
    assert_eq!(refused.status, 404);
    assert!(refused
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));

    let states: Vec<_> = sim
        .device_authorizations()
        .iter()
        .map(|d| (d.state, d.user.clone()))
        .collect();
    assert_eq!(
        states,
        [
            (DeviceState::Approved, Some("john.roe".to_string())),
            (DeviceState::Denied, None)
        ]
    );
    let token = poll(addr, &client, first["deviceCode"].as_str().unwrap()).await;
    assert_eq!(token.status, 200);
    assert_eq!(sim.issued_sso_tokens()[0].user, "john.roe");
}

#[tokio::test]
async fn faults_name_sso_operations_explicitly() {
    let sim = start(
        "",
        &format!(
            "{SSO}\n[[faults]]\noperation = \"CreateToken\"\ntimes = 1\nerror = \"InternalServerException\"\n\
             [[faults]]\noperation = \"StartDeviceAuthorization\"\ntimes = 1\nerror = \"SlowDownException\"\n\
             [[faults]]\nerror = \"ThrottlingException\"\ntimes = 1\nregion = \"eu-west-2\"\n\
             [[faults]]\nerror = \"ThrottlingException\"\n"
        ),
    )
    .await;
    let addr = sim.addr();
    // A fault without `operation` (the last one) never touches the unsigned SSO routes.
    let client = register(addr).await;
    let body = json!({"clientId": client.id, "clientSecret": client.secret, "startUrl": START_URL});
    let slowed = post_json(addr, "/device_authorization", &body).await;
    let message = expect_oidc_error(&slowed, 400, "SlowDownException", Some("slow_down"));
    assert_eq!(message, "An error occurred.");
    let device = start_device(addr, &client, START_URL).await;
    let failed = poll(addr, &client, device["deviceCode"].as_str().unwrap()).await;
    expect_oidc_error(
        &failed,
        500,
        "InternalServerException",
        Some("server_error"),
    );
    let pending = poll(addr, &client, device["deviceCode"].as_str().unwrap()).await;
    assert_eq!(pending.error_type(), Some("AuthorizationPendingException"));
    // Signed routes still see the catch-all fault.
    let throttled = Req::get("/instance").send(addr).await;
    assert_eq!(throttled.error_type(), Some("ThrottlingException"));
}
