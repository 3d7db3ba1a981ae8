//! The SSO portal: GetRoleCredentials, ListAccounts and ListAccountRoles (with paging) and
//! Logout in their restJson1 shapes, the bearer token checks, and the lifetime of the role
//! credentials it issues on the routes that accept them.

mod common;

use common::*;
use connect_sim::Sim;
use serde_json::json;
use std::time::Duration;

async fn signed_in() -> (Sim, String) {
    let sim = start("", SSO).await;
    let token = sim
        .create_sso_token(START_URL, "jane.doe")
        .unwrap()
        .access_token;
    (sim, token)
}

#[tokio::test]
async fn get_role_credentials_has_the_wire_shape() {
    let (sim, token) = signed_in().await;
    let resp = portal_get(
        sim.addr(),
        &format!("/federation/credentials?role_name={SSO_ROLE}&account_id={ACCOUNT}"),
        Some(&token),
    )
    .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert_eq!(resp.header("content-type"), Some("application/json"));
    let body = resp.json();
    let c = body["roleCredentials"].as_object().unwrap();
    let mut keys: Vec<&str> = c.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "accessKeyId",
            "expiration",
            "secretAccessKey",
            "sessionToken"
        ]
    );
    // Epoch milliseconds, an integer.
    let expiration = c["expiration"].as_u64().unwrap();
    assert!(expiration > 1_700_000_000_000, "{expiration}");
    let recorded = sim.requests();
    assert_eq!(recorded[0].operation.as_deref(), Some("GetRoleCredentials"));
    assert_eq!(recorded[0].status, 200);
}

#[tokio::test]
async fn bearer_token_problems_are_unauthorized() {
    let (sim, token) = signed_in().await;
    let path = format!("/federation/credentials?role_name={SSO_ROLE}&account_id={ACCOUNT}");
    for bad in [None, Some("not-a-token")] {
        let resp = portal_get(sim.addr(), &path, bad).await;
        let message = expect_portal_error(&resp, 401, "UnauthorizedException");
        assert_eq!(message, "Session token not found or invalid");
    }
    for list in [
        "/assignment/accounts",
        "/assignment/roles?account_id=111122223333",
    ] {
        let resp = portal_get(sim.addr(), list, Some("nope")).await;
        expect_portal_error(&resp, 401, "UnauthorizedException");
    }
    sim.advance_clock(Duration::from_secs(28_801));
    let resp = portal_get(sim.addr(), &path, Some(&token)).await;
    expect_portal_error(&resp, 401, "UnauthorizedException");
}

#[tokio::test]
async fn unassigned_roles_are_forbidden_and_parameters_required() {
    let (sim, token) = signed_in().await;
    for (role, account) in [
        ("Admin", ACCOUNT),
        ("ReadOnly", OTHER_ACCOUNT),
        (SSO_ROLE, "999999999999"),
    ] {
        let resp = portal_get(
            sim.addr(),
            &format!("/federation/credentials?role_name={role}&account_id={account}"),
            Some(&token),
        )
        .await;
        let message = expect_portal_error(&resp, 403, "ForbiddenException");
        assert_eq!(message, "No access");
    }
    // john.roe has no assignment at all.
    let john = sim
        .create_sso_token(START_URL, "john.roe")
        .unwrap()
        .access_token;
    let resp = portal_get(
        sim.addr(),
        &format!("/federation/credentials?role_name={SSO_ROLE}&account_id={ACCOUNT}"),
        Some(&john),
    )
    .await;
    expect_portal_error(&resp, 403, "ForbiddenException");
    for path in [
        "/federation/credentials?role_name=ConnectAgent".to_string(),
        format!("/federation/credentials?account_id={ACCOUNT}"),
        "/assignment/roles".to_string(),
        "/assignment/accounts?max_result=0".to_string(),
        "/assignment/accounts?max_result=101".to_string(),
        "/assignment/accounts?next_token=bogus".to_string(),
    ] {
        let resp = portal_get(sim.addr(), &path, Some(&token)).await;
        expect_portal_error(&resp, 400, "InvalidRequestException");
    }
    assert!(sim.create_sso_token(START_URL, "nobody").is_err());
    assert!(sim
        .create_sso_token("https://x.awsapps.com/start", "jane.doe")
        .is_err());
}

#[tokio::test]
async fn list_accounts_pages() {
    let (sim, token) = signed_in().await;
    let all = portal_get(sim.addr(), "/assignment/accounts", Some(&token)).await;
    assert_eq!(all.status, 200, "{}", all.body);
    assert_eq!(
        all.json(),
        json!({"accountList": [
            {"accountId": ACCOUNT, "accountName": "Acme Support", "emailAddress": "aws+111122223333@example.com"},
            {"accountId": OTHER_ACCOUNT, "accountName": OTHER_ACCOUNT, "emailAddress": "aws+444455556666@example.com"},
        ]})
    );
    let first = portal_get(
        sim.addr(),
        "/assignment/accounts?max_result=1",
        Some(&token),
    )
    .await
    .json();
    assert_eq!(first["accountList"][0]["accountId"], ACCOUNT);
    let next = first["nextToken"].as_str().unwrap();
    let second = portal_get(
        sim.addr(),
        &format!("/assignment/accounts?max_result=1&next_token={next}"),
        Some(&token),
    )
    .await
    .json();
    assert_eq!(second["accountList"][0]["accountId"], OTHER_ACCOUNT);
    assert!(second.get("nextToken").is_none());
    // A cursor is only good for the user it was made for.
    let john = sim
        .create_sso_token(START_URL, "john.roe")
        .unwrap()
        .access_token;
    let resp = portal_get(
        sim.addr(),
        &format!("/assignment/accounts?max_result=1&next_token={next}"),
        Some(&john),
    )
    .await;
    expect_portal_error(&resp, 400, "InvalidRequestException");
    let empty = portal_get(sim.addr(), "/assignment/accounts", Some(&john))
        .await
        .json();
    assert_eq!(empty, json!({"accountList": []}));
}

#[tokio::test]
async fn list_account_roles_pages() {
    let (sim, token) = signed_in().await;
    let path = format!("/assignment/roles?account_id={ACCOUNT}");
    let all = portal_get(sim.addr(), &path, Some(&token)).await.json();
    assert_eq!(
        all,
        json!({"roleList": [
            {"roleName": "ConnectAgent", "accountId": ACCOUNT},
            {"roleName": "ReadOnly", "accountId": ACCOUNT},
        ]})
    );
    let first = portal_get(sim.addr(), &format!("{path}&max_result=1"), Some(&token))
        .await
        .json();
    assert_eq!(first["roleList"][0]["roleName"], "ConnectAgent");
    let next = first["nextToken"].as_str().unwrap();
    let second = portal_get(
        sim.addr(),
        &format!("{path}&max_result=1&next_token={next}"),
        Some(&token),
    )
    .await
    .json();
    assert_eq!(second["roleList"][0]["roleName"], "ReadOnly");
    assert!(second.get("nextToken").is_none());
    // The cursor belongs to the account it lists.
    let resp = portal_get(
        sim.addr(),
        &format!("/assignment/roles?account_id={OTHER_ACCOUNT}&next_token={next}"),
        Some(&token),
    )
    .await;
    expect_portal_error(&resp, 400, "InvalidRequestException");
    let other = portal_get(
        sim.addr(),
        "/assignment/roles?account_id=999999999999",
        Some(&token),
    )
    .await
    .json();
    assert_eq!(other, json!({"roleList": []}));
}

#[tokio::test]
async fn logout_ends_the_token() {
    let (sim, token) = signed_in().await;
    let headers = [("x-amz-sso_bearer_token".to_string(), token.clone())];
    let resp = raw_request(sim.addr(), "POST", "/logout", &headers, b"")
        .await
        .unwrap();
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert_eq!(resp.body, "");
    let after = portal_get(sim.addr(), "/assignment/accounts", Some(&token)).await;
    expect_portal_error(&after, 401, "UnauthorizedException");
    let again = raw_request(sim.addr(), "POST", "/logout", &headers, b"")
        .await
        .unwrap();
    expect_portal_error(&again, 401, "UnauthorizedException");
}

#[tokio::test]
async fn role_credentials_expire_on_every_route() {
    let sim = start(
        "",
        &SSO.replace("account_names", "credentials_ttl_secs = 900\naccount_names"),
    )
    .await;
    let token = sim
        .create_sso_token(START_URL, "jane.doe")
        .unwrap()
        .access_token;
    let (key, secret, session, _) =
        role_credentials(sim.addr(), &token, OTHER_ACCOUNT, SSO_ROLE).await;
    // Credentials of the other account see that account's instances only.
    let listed = Req::get("/instance")
        .key(&key, &secret)
        .token(&session)
        .send(sim.addr())
        .await
        .json();
    let aliases: Vec<&str> = listed["InstanceSummaryList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["InstanceAlias"].as_str().unwrap())
        .collect();
    assert_eq!(aliases, ["other-account"]);
    let expiration = sim.issued_credentials()[0].expiration;
    let left = expiration
        .duration_since(std::time::SystemTime::now())
        .unwrap();
    assert!(
        left <= Duration::from_secs(900) && left > Duration::from_secs(800),
        "{left:?}"
    );

    sim.advance_clock(Duration::from_secs(901));
    let connect = Req::get("/instance")
        .key(&key, &secret)
        .token(&session)
        .send(sim.addr())
        .await;
    assert_eq!(connect.status, 403);
    assert_eq!(connect.error_type(), Some("ExpiredTokenException"));
    let sts = Req::sts(GET_CALLER_IDENTITY)
        .key(&key, &secret)
        .token(&session)
        .send(sim.addr())
        .await;
    assert_eq!(sts.status, 403);
    assert_eq!(sts.xml("Code"), "ExpiredToken");
    // The SSO token (8 h) still works and hands out fresh credentials.
    let (fresh, fresh_secret, fresh_session, _) =
        role_credentials(sim.addr(), &token, OTHER_ACCOUNT, SSO_ROLE).await;
    assert_ne!(fresh, key);
    let ok = Req::get("/instance")
        .key(&fresh, &fresh_secret)
        .token(&fresh_session)
        .send(sim.addr())
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
}

#[tokio::test]
async fn portal_faults_use_the_portal_error_shape() {
    let sim = start(
        "",
        &format!(
            "{SSO}\n[[faults]]\noperation = \"GetRoleCredentials\"\ntimes = 1\nerror = \"TooManyRequestsException\"\n\
             [[faults]]\noperation = \"ListAccounts\"\ntimes = 1\nmalformed = true\n\
             [[faults]]\noperation = \"ListAccountRoles\"\ntimes = 1\ndrop_connection = true\n"
        ),
    )
    .await;
    let token = sim
        .create_sso_token(START_URL, "jane.doe")
        .unwrap()
        .access_token;
    let path = format!("/federation/credentials?role_name={SSO_ROLE}&account_id={ACCOUNT}");
    let throttled = portal_get(sim.addr(), &path, Some(&token)).await;
    assert_eq!(
        expect_portal_error(&throttled, 429, "TooManyRequestsException"),
        "Too many requests"
    );
    assert_eq!(
        portal_get(sim.addr(), &path, Some(&token)).await.status,
        200
    );
    let malformed = portal_get(sim.addr(), "/assignment/accounts", Some(&token)).await;
    assert_eq!(malformed.status, 200);
    assert!(serde_json::from_str::<serde_json::Value>(&malformed.body).is_err());
    let headers = [("x-amz-sso_bearer_token".to_string(), token.clone())];
    let dropped = raw_get(
        sim.addr(),
        "/assignment/roles?account_id=111122223333",
        &headers,
    )
    .await;
    assert_eq!(
        dropped.unwrap_err().kind(),
        std::io::ErrorKind::UnexpectedEof
    );
}
