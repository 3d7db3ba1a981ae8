//! Every way the sim refuses a request's SigV4 authentication, with AWS's error names, statuses
//! and messages, and the requests it must accept.

mod common;

use common::*;
use std::time::{Duration, SystemTime};

fn path() -> String {
    format!("/user/federate/{SUPPORT}")
}

async fn expect_rejection(req: Req, error: &str, message_start: &str) {
    let sim = start("", "").await;
    let resp = req.send(sim.addr()).await;
    assert_eq!(resp.status, 403, "{error}: {}", resp.body);
    assert_eq!(resp.error_type(), Some(error));
    assert_eq!(resp.header("content-type"), Some("application/json"));
    // Gateway errors spell the key in lower case.
    let message = resp.json()["message"]
        .as_str()
        .unwrap_or_else(|| panic!("lower-case message in {}", resp.body))
        .to_string();
    assert!(
        message.starts_with(message_start),
        "{error}: {message:?} should start with {message_start:?}"
    );
    assert!(sim.issued_tokens().is_empty());
    let recorded = sim.requests();
    assert_eq!(recorded[0].status, 403);
    assert_eq!(recorded[0].error_type.as_deref(), Some(error));
}

#[tokio::test]
async fn accepts_a_good_signature() {
    let sim = start("", "").await;
    let resp = Req::get(&path()).send(sim.addr()).await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    // Query strings take part in the signature too.
    let resp = Req::get("/instance?maxResults=2").send(sim.addr()).await;
    assert_eq!(resp.status, 200, "{}", resp.body);
}

#[tokio::test]
async fn missing_authorization() {
    expect_rejection(
        Req::get(&path()).unsigned(),
        "MissingAuthenticationTokenException",
        "Missing Authentication Token",
    )
    .await;
}

#[tokio::test]
async fn unknown_access_key() {
    expect_rejection(
        Req::get(&path()).key("AKIDNOBODYKNOWS", AGENT_SECRET),
        "UnrecognizedClientException",
        "The security token included in the request is invalid.",
    )
    .await;
}

#[tokio::test]
async fn wrong_secret_fails_the_signature() {
    expect_rejection(
        Req::get(&path()).key(AGENT_KEY, "not-the-secret"),
        "InvalidSignatureException",
        "The request signature we calculated does not match the signature you provided.",
    )
    .await;
}

#[tokio::test]
async fn tampered_request_fails_the_signature() {
    let sim = start("", "").await;
    let addr = sim.addr();
    // Signed for one instance, sent for another.
    let signed = Req::get(&path());
    let headers = signed.headers(&addr.to_string());
    let resp = raw_get(addr, &format!("/user/federate/{SALES}"), &headers)
        .await
        .unwrap();
    assert_eq!(resp.status, 403);
    assert_eq!(resp.error_type(), Some("InvalidSignatureException"));
    // Signed for one page size, sent with another.
    let signed = Req::get("/instance?maxResults=2");
    let headers = signed.headers(&addr.to_string());
    let resp = raw_get(addr, "/instance?maxResults=3", &headers)
        .await
        .unwrap();
    assert_eq!(resp.error_type(), Some("InvalidSignatureException"));
    // A signature that is right but for another region's scope than the one claimed.
    let mut headers = Req::get(&path()).headers(&addr.to_string());
    for (k, v) in headers.iter_mut() {
        if k == "authorization" {
            *v = v.replace("/us-east-1/", "/us-west-2/");
        }
    }
    let resp = raw_get(addr, &path(), &headers).await.unwrap();
    assert_eq!(resp.error_type(), Some("InvalidSignatureException"));
}

#[tokio::test]
async fn wrong_service_in_scope() {
    expect_rejection(
        Req::get(&path()).service("execute-api"),
        "InvalidSignatureException",
        "Credential should be scoped to correct service: 'connect'.",
    )
    .await;
}

#[tokio::test]
async fn clock_skew_in_the_past() {
    let ten_minutes_ago = SystemTime::now() - Duration::from_secs(600);
    let date = amz_date(ten_minutes_ago);
    expect_rejection(
        Req::get(&path()).time(ten_minutes_ago),
        "InvalidSignatureException",
        &format!("Signature expired: {date} is now earlier than "),
    )
    .await;
}

#[tokio::test]
async fn clock_skew_in_the_future() {
    let later = SystemTime::now() + Duration::from_secs(600);
    let date = amz_date(later);
    expect_rejection(
        Req::get(&path()).time(later),
        "InvalidSignatureException",
        &format!("Signature not yet current: {date} is still later than "),
    )
    .await;
}

#[tokio::test]
async fn small_skew_is_tolerated() {
    let sim = start("", "").await;
    for offset in [-240i64, 240] {
        let time = if offset < 0 {
            SystemTime::now() - Duration::from_secs(offset.unsigned_abs())
        } else {
            SystemTime::now() + Duration::from_secs(offset as u64)
        };
        let resp = Req::get(&path()).time(time).send(sim.addr()).await;
        assert_eq!(resp.status, 200, "{offset}: {}", resp.body);
    }
}

#[tokio::test]
async fn expired_key() {
    expect_rejection(
        Req::get(&path()).key(EXPIRED_KEY, EXPIRED_SECRET),
        "ExpiredTokenException",
        "The security token included in the request is expired",
    )
    .await;
}

#[tokio::test]
async fn missing_session_token() {
    expect_rejection(
        Req::get(&path()).key(SESSION_KEY, SESSION_SECRET),
        "UnrecognizedClientException",
        "The security token included in the request is invalid.",
    )
    .await;
}

#[tokio::test]
async fn wrong_session_token() {
    expect_rejection(
        Req::get(&path())
            .key(SESSION_KEY, SESSION_SECRET)
            .token("IQoJb3JpZ2luX2VjWRONG"),
        "UnrecognizedClientException",
        "The security token included in the request is invalid.",
    )
    .await;
}

#[tokio::test]
async fn session_token_on_a_long_term_key() {
    expect_rejection(
        Req::get(&path()).token(SESSION_TOKEN),
        "UnrecognizedClientException",
        "The security token included in the request is invalid.",
    )
    .await;
}

#[tokio::test]
async fn right_session_token_is_accepted() {
    let sim = start("", "").await;
    let resp = Req::get(&path())
        .key(SESSION_KEY, SESSION_SECRET)
        .token(SESSION_TOKEN)
        .send(sim.addr())
        .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
}

#[tokio::test]
async fn malformed_authorization_header() {
    let sim = start("", "").await;
    for value in [
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLEAGENT/20240101/us-east-1/connect/aws4_request",
        "Basic dXNlcjpwYXNz",
        "AWS4-HMAC-SHA256 Credential=AKID/us-east-1/connect, SignedHeaders=host, Signature=00",
    ] {
        let headers = vec![("authorization".to_string(), value.to_string())];
        let resp = raw_get(sim.addr(), &path(), &headers).await.unwrap();
        assert_eq!(resp.status, 403, "{value}");
        assert_eq!(
            resp.error_type(),
            Some("IncompleteSignatureException"),
            "{value}"
        );
    }
}

#[tokio::test]
async fn sign_in_pages_need_no_signature_but_api_routes_do() {
    let sim = start("sign_in = \"sim\"", "").await;
    for path in ["/instance", &format!("/instance/{SUPPORT}"), &path()] {
        let resp = Req::get(path).unsigned().send(sim.addr()).await;
        assert_eq!(
            resp.error_type(),
            Some("MissingAuthenticationTokenException"),
            "{path}"
        );
    }
    let page = Req::get("/sign-in/unknown")
        .unsigned()
        .send(sim.addr())
        .await;
    assert_eq!(page.status, 404);
    assert!(page.error_type().is_none());
}
