//! `POST /auth/sign-in`: a browser resuming a session with stored GetFederationToken
//! credentials, accepted only for tokens the sim issued and the sim clock has not expired.

mod common;

use common::*;
use connect_sim::{Scenario, Sim};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use serde_json::{json, Value};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const REFUSED: &str = "Session expired or unknown \u{2014} sign in again";

/// The `Credentials` object of a fresh GetFederationToken for `instance`.
async fn credentials(sim: &Sim, instance: &str) -> Value {
    let body = Req::get(&format!("/user/federate/{instance}"))
        .send(sim.addr())
        .await
        .json();
    body["Credentials"].clone()
}

/// The form a browser posts, encoded as browsers encode forms.
fn form(credentials: &Value, destination: &str) -> String {
    format!(
        "credentials={}&destination={}",
        utf8_percent_encode(&credentials.to_string(), NON_ALPHANUMERIC),
        utf8_percent_encode(destination, NON_ALPHANUMERIC)
    )
}

async fn resume(sim: &Sim, body: &str) -> Resp {
    post_form(sim.addr(), "/auth/sign-in", body).await
}

#[tokio::test]
async fn stored_tokens_resume_the_session() {
    let sim = start("token_prefix = \"CANARY\"", "").await;
    let support = credentials(&sim, SUPPORT).await;
    let sales = credentials(&sim, SALES).await;

    let page = resume(&sim, &form(&support, "/ccp-v2/")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(page
        .header("content-security-policy")
        .is_some_and(|csp| csp.contains("default-src 'none'")));
    assert!(page.body.starts_with("<!DOCTYPE html>"));
    assert!(
        page.body.contains(
            "Signed in to <strong>acme-support</strong> as <strong>jane.doe</strong> (resumed session)"
        ),
        "{}",
        page.body
    );
    // A token can open its session more than once while it lasts.
    assert_eq!(resume(&sim, &form(&support, "/ccp-v2/")).await.status, 200);
    assert_eq!(
        resume(&sim, &form(&sales, "/ccp-v2/softphone"))
            .await
            .status,
        200
    );
    assert_eq!(
        sim.resumed_sign_ins(),
        [
            "acme-support as jane.doe -> /ccp-v2/",
            "acme-support as jane.doe -> /ccp-v2/",
            "acme-sales as jane.doe -> /ccp-v2/softphone",
        ]
    );
    assert!(sim.opened_sign_ins().is_empty());
    let recorded = sim.requests();
    let last = recorded.last().unwrap();
    assert_eq!(last.method, "POST");
    assert_eq!(last.path, "/auth/sign-in");
    assert_eq!(last.operation, None);
    assert_eq!(last.access_key_id, None);
    assert_eq!(last.status, 200);
}

#[tokio::test]
async fn tokens_resume_on_the_sim_in_demo_mode_too() {
    let sim = start("sign_in = \"sim\"\ntoken_prefix = \"DEMO\"", "").await;
    let creds = credentials(&sim, SUPPORT).await;
    let page = resume(&sim, &form(&creds, "/ccp-v2/")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(
        sim.resumed_sign_ins(),
        ["acme-support as jane.doe -> /ccp-v2/"]
    );
}

#[tokio::test]
async fn unknown_tokens_are_refused() {
    let sim = start("", "").await;
    let issued = credentials(&sim, SUPPORT).await;
    let made_up = json!({
        "AccessToken": "NOT-ISSUED",
        "AccessTokenExpiration": 4102444800.0,
        "RefreshToken": "NOT-ISSUED-EITHER",
        "RefreshTokenExpiration": 4102444800u64,
    });
    // A refresh token is not an access token.
    let mut swapped = issued.clone();
    swapped["AccessToken"] = issued["RefreshToken"].clone();
    for creds in [made_up, swapped] {
        let page = resume(&sim, &form(&creds, "/ccp-v2/")).await;
        assert_eq!(page.status, 403, "{}", page.body);
        assert!(page
            .header("content-type")
            .unwrap()
            .starts_with("text/html"));
        assert!(page.body.contains(REFUSED), "{}", page.body);
    }
    assert!(sim.resumed_sign_ins().is_empty());
    assert!(sim
        .requests()
        .iter()
        .skip(1)
        .all(|r| r.status == 403 && r.error_type.is_none()));
}

#[tokio::test]
async fn expired_tokens_are_refused_by_the_sim_clock() {
    let sim = start("access_token_ttl_secs = 60", "").await;
    let creds = credentials(&sim, SUPPORT).await;
    assert_eq!(resume(&sim, &form(&creds, "/ccp-v2/")).await.status, 200);
    sim.advance_clock(Duration::from_secs(50));
    assert_eq!(resume(&sim, &form(&creds, "/ccp-v2/")).await.status, 200);
    sim.advance_clock(Duration::from_secs(11));
    let page = resume(&sim, &form(&creds, "/ccp-v2/")).await;
    assert_eq!(page.status, 403, "{}", page.body);
    assert!(page.body.contains(REFUSED));
    assert_eq!(sim.resumed_sign_ins().len(), 2);

    // Tokens issued now expire on the sim clock too, and work until then.
    let fresh = credentials(&sim, SUPPORT).await;
    let real_now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let expires = fresh["AccessTokenExpiration"].as_f64().unwrap();
    assert!((expires - real_now - 121.0).abs() < 5.0, "{expires}");
    assert_eq!(resume(&sim, &form(&fresh, "/ccp-v2/")).await.status, 200);
    // Signatures still use the real clock: the calls above were accepted.
    assert!(sim
        .requests()
        .iter()
        .filter(|r| r.operation.is_some())
        .all(|r| r.status == 200));
}

#[tokio::test]
async fn malformed_forms_are_bad_requests() {
    let sim = start("", "").await;
    let creds = credentials(&sim, SUPPORT).await;
    let token = creds["AccessToken"].as_str().unwrap().to_string();
    let without = |field: &str| {
        let mut c = creds.clone();
        c.as_object_mut().unwrap().remove(field);
        form(&c, "/ccp-v2/")
    };
    let with = |field: &str, value: Value| {
        let mut c = creds.clone();
        c[field] = value;
        form(&c, "/ccp-v2/")
    };
    let encoded_creds = utf8_percent_encode(&creds.to_string(), NON_ALPHANUMERIC).to_string();
    let cases = [
        ("empty body", String::new()),
        ("no destination", format!("credentials={encoded_creds}")),
        ("no credentials", "destination=%2Fccp-v2%2F".to_string()),
        (
            "credentials not JSON",
            format!("credentials={token}&destination=%2Fccp-v2%2F"),
        ),
        ("credentials a JSON string", form(&json!(token), "/ccp-v2/")),
        ("no AccessToken", without("AccessToken")),
        ("no RefreshToken", without("RefreshToken")),
        ("no AccessTokenExpiration", without("AccessTokenExpiration")),
        (
            "no RefreshTokenExpiration",
            without("RefreshTokenExpiration"),
        ),
        ("AccessToken a number", with("AccessToken", json!(42))),
        ("empty AccessToken", with("AccessToken", json!(""))),
        (
            "expiration a string",
            with("AccessTokenExpiration", json!("1795848298.813")),
        ),
        (
            "absolute destination",
            form(&creds, "https://evil.example/"),
        ),
        (
            "protocol-relative destination",
            form(&creds, "//evil.example/"),
        ),
        ("backslash destination", form(&creds, "/\\evil.example/")),
        ("relative destination", form(&creds, "ccp-v2/")),
        (
            "credentials twice",
            format!("{}&credentials={encoded_creds}", form(&creds, "/ccp-v2/")),
        ),
        (
            "not UTF-8",
            format!("credentials=%FF{encoded_creds}&destination=%2Fccp-v2%2F"),
        ),
    ];
    for (what, body) in cases {
        let page = resume(&sim, &body).await;
        assert_eq!(page.status, 400, "{what}: {}", page.body);
        assert!(
            page.header("content-type")
                .unwrap()
                .starts_with("text/html"),
            "{what}"
        );
        assert!(page.body.contains("Bad sign-in request"), "{what}");
    }
    // The right fields under another content type are not a form either.
    let headers = [("content-type".to_string(), "application/json".to_string())];
    let body = form(&creds, "/ccp-v2/");
    let resp = raw_request(
        sim.addr(),
        "POST",
        "/auth/sign-in",
        &headers,
        body.as_bytes(),
    )
    .await
    .unwrap();
    assert_eq!(resp.status, 400);
    assert!(sim.resumed_sign_ins().is_empty());
    // The same token still works once the form is right; '+' is a space in forms.
    let plus = format!("credentials={encoded_creds}&destination=/ccp-v2/+x");
    assert_eq!(resume(&sim, &plus).await.status, 200);
    assert_eq!(
        sim.resumed_sign_ins(),
        ["acme-support as jane.doe -> /ccp-v2/ x"]
    );
}

#[tokio::test]
async fn names_and_destination_are_html_escaped() {
    let text = format!(
        r#"
[[credentials]]
access_key_id = "{AGENT_KEY}"
secret_access_key = "{AGENT_SECRET}"
account = "{ACCOUNT}"
user = "<img src=x onerror=alert(1)>"

[[instances]]
id = "{SUPPORT}"
account = "{ACCOUNT}"
region = "us-east-1"
alias = "<script>alert('x')</script>"
access_url = "https://escaped.my.connect.aws"
"#
    );
    let sim = Sim::start(Scenario::from_toml_str(&text).unwrap())
        .await
        .unwrap();
    let creds = credentials(&sim, SUPPORT).await;
    let page = resume(&sim, &form(&creds, "/ccp-v2/?next=<b>\"x\"</b>")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(!page.body.contains("<script>"), "{}", page.body);
    assert!(!page.body.contains("<img"), "{}", page.body);
    assert!(!page.body.contains("<b>"), "{}", page.body);
    assert!(page.body.contains(
        "Signed in to <strong>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</strong> as <strong>&lt;img src=x onerror=alert(1)&gt;</strong> (resumed session)"
    ));
    assert!(page
        .body
        .contains("/ccp-v2/?next=&lt;b&gt;&quot;x&quot;&lt;/b&gt;"));
    assert_eq!(
        sim.resumed_sign_ins(),
        ["<script>alert('x')</script> as <img src=x onerror=alert(1)> -> /ccp-v2/?next=<b>\"x\"</b>"]
    );
}
