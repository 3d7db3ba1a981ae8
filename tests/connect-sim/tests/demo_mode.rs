//! Demo mode: sign-in URLs that point back at the sim, and the pages it serves for them.

mod common;

use common::*;
use connect_sim::{Scenario, Sim};

fn page_path(url: &str, sim: &Sim) -> String {
    url.strip_prefix(&sim.endpoint_url())
        .unwrap_or_else(|| panic!("{url} is not served by {}", sim.endpoint_url()))
        .to_string()
}

#[tokio::test]
async fn sign_in_urls_open_a_page_on_the_sim() {
    let sim = start("sign_in = \"sim\"\ntoken_prefix = \"DEMO\"", "").await;
    assert_eq!(sim.endpoint_url(), format!("http://{}", sim.addr()));
    let body = Req::get(&format!("/user/federate/{SUPPORT}"))
        .send(sim.addr())
        .await
        .json();
    let url = body["SignInUrl"].as_str().unwrap();
    let path = page_path(url, &sim);
    assert!(path.starts_with("/sign-in/DEMO"), "{path}");
    assert!(sim.opened_sign_ins().is_empty());

    let page = raw_get(sim.addr(), &path, &[]).await.unwrap();
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(page.body.starts_with("<!DOCTYPE html>"));
    assert!(page
        .body
        .contains("Signed in to <strong>acme-support</strong> as <strong>jane.doe</strong>"));
    assert_eq!(sim.opened_sign_ins(), ["acme-support as jane.doe"]);

    let recorded = sim.requests();
    assert_eq!(recorded.len(), 2);
    assert_eq!(recorded[1].path, path);
    assert_eq!(recorded[1].operation, None);
    assert_eq!(recorded[1].status, 200);
}

#[tokio::test]
async fn unknown_sign_in_tokens_get_a_404_page() {
    let sim = start("sign_in = \"sim\"", "").await;
    let page = raw_get(sim.addr(), "/sign-in/NOT-ISSUED", &[])
        .await
        .unwrap();
    assert_eq!(page.status, 404);
    assert!(page
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    assert!(page.body.contains("not valid"));
    assert!(sim.opened_sign_ins().is_empty());
}

#[tokio::test]
async fn connect_mode_urls_are_not_served_locally() {
    let sim = start("", "").await;
    let body = Req::get(&format!("/user/federate/{SUPPORT}"))
        .send(sim.addr())
        .await
        .json();
    let url = body["SignInUrl"].as_str().unwrap();
    let token = url.rsplit('/').next().unwrap();
    let page = raw_get(sim.addr(), &format!("/sign-in/{token}"), &[])
        .await
        .unwrap();
    assert_eq!(page.status, 404);
}

#[tokio::test]
async fn names_are_html_escaped() {
    let text = format!(
        r#"sign_in = "sim"
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
    let body = Req::get(&format!("/user/federate/{SUPPORT}"))
        .send(sim.addr())
        .await
        .json();
    let path = page_path(body["SignInUrl"].as_str().unwrap(), &sim);
    let page = raw_get(sim.addr(), &path, &[]).await.unwrap();
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("<script>"), "{}", page.body);
    assert!(!page.body.contains("<img"), "{}", page.body);
    assert!(page
        .body
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(page.body.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(page
        .header("content-security-policy")
        .is_some_and(|csp| csp.contains("default-src 'none'")));
    assert_eq!(
        sim.opened_sign_ins(),
        ["<script>alert('x')</script> as <img src=x onerror=alert(1)>"]
    );
}
