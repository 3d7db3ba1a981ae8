//! "Open" on a stored session: the browser gets a one-shot loopback page that posts the stored
//! tokens to the instance's /auth/sign-in (connect-sim implements the receiving side), with no new
//! GetFederationToken call; expired or missing tokens fall back to a fresh sign-in.

mod common;

use common::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn demo_scenario() -> String {
    scenario_toml().replacen("token_prefix", "sign_in = \"sim\"\ntoken_prefix", 1)
}

fn federation_calls(env: &TestEnv) -> usize {
    env.sim
        .requests()
        .iter()
        .filter(|r| r.operation.as_deref() == Some("GetFederationToken"))
        .count()
}

/// What a browser does with the page: GET it, then submit its form.
async fn browse(url: &str) -> (String, String) {
    let url = url::Url::parse(url).unwrap();
    let page = http(
        url.port().unwrap(),
        &format!("GET {} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n", url.path()),
    )
    .await;
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    let action = attribute(&page, "action");
    let credentials = input_value(&page, "credentials");
    let destination = input_value(&page, "destination");
    let body = format!(
        "credentials={}&destination={}",
        urlencode(&credentials),
        urlencode(&destination)
    );
    let target = url::Url::parse(&action).unwrap();
    let response = http(
        target.port().unwrap(),
        &format!(
            "POST {} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            target.path(),
            body.len()
        ),
    )
    .await;
    (page, response)
}

async fn http(port: u16, request: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    let _ = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        stream.read_to_end(&mut response),
    )
    .await;
    String::from_utf8_lossy(&response).into_owned()
}

fn attribute(html: &str, name: &str) -> String {
    let start = html.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    unescape(&html[start..start + html[start..].find('"').unwrap()])
}

fn input_value(html: &str, name: &str) -> String {
    let at = html.find(&format!("name=\"{name}\"")).unwrap();
    attribute(&html[at..], "value")
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn open_resumes_with_the_stored_tokens_and_no_new_federation_call() {
    let env = TestEnv::start_with(&demo_scenario()).await;
    let (app, _, opener) = env.app();
    app.discovery.instances("agent").await.unwrap();
    app.signin.sign_in("agent", HAPPY, true).await.unwrap();
    assert_eq!(federation_calls(&env), 1);

    let outcome = app.signin.open_session("agent", HAPPY).await.unwrap();
    assert!(outcome.resumed);
    assert_eq!(federation_calls(&env), 1, "no new GetFederationToken call");
    let opened = opener.opened();
    assert_eq!(opened.len(), 2);
    let page_url = opened[1].expose().to_string();
    assert!(page_url.starts_with("http://127.0.0.1:"));
    assert!(!page_url.contains(CANARY), "the page URL carries no token");

    let (page, response) = browse(&page_url).await;
    assert!(page.contains("cache-control: no-store"));
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert_eq!(
        env.sim.resumed_sign_ins().len(),
        1,
        "the sim accepted the stored tokens"
    );
    assert!(env.sim.resumed_sign_ins()[0].starts_with("acme-support as jane.doe"));

    // The page is gone after one fetch.
    let again = url::Url::parse(&page_url).unwrap();
    assert!(
        tokio::net::TcpStream::connect(("127.0.0.1", again.port().unwrap()))
            .await
            .is_err()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn expired_or_missing_tokens_sign_in_afresh() {
    let toml = demo_scenario().replacen(
        "token_prefix",
        "access_token_ttl_secs = 60\ntoken_prefix",
        1,
    );
    let env = TestEnv::start_with(&toml).await;
    let (app, _, opener) = env.app();
    // Nothing stored yet: a fresh sign-in.
    let outcome = app.signin.open_session("agent", HAPPY).await.unwrap();
    assert!(!outcome.resumed);
    assert_eq!(federation_calls(&env), 1);
    // Stored, but within two minutes of expiry: a fresh sign-in again, not a doomed resume.
    let outcome = app.signin.open_session("agent", HAPPY).await.unwrap();
    assert!(!outcome.resumed);
    assert_eq!(federation_calls(&env), 2);
    // Each open was a redirect to a fresh sign-in URL, never a resume page.
    for url in opener.opened() {
        let target = landing(&url).await;
        let issued = env.sim.issued_tokens();
        assert!(issued.iter().any(|t| t.sign_in_url == target), "{target}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn sign_out_can_open_the_connect_logout_page() {
    let env = TestEnv::start().await;
    let (app, vault, opener) = env.app();
    app.signin.sign_in("agent", HAPPY, true).await.unwrap();
    assert!(app.signin.sign_out("agent", HAPPY, true).await.unwrap());
    let opened = opener.opened();
    assert_eq!(opened.len(), 2);
    assert_eq!(
        landing(&opened[1]).await,
        "https://acme-support.my.connect.aws/logout"
    );
    assert!(!vault.names().iter().any(|n| n.contains("token")));

    // Without a stored session there is no address to log out of: said plainly.
    let error = app.signin.sign_out("agent", HAPPY, true).await.unwrap_err();
    assert_eq!(error.code, connect_sso::ErrorCode::SessionNotFound);
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread")]
async fn the_cli_waits_until_the_browser_fetched_the_page() {
    let env = TestEnv::start_with(&demo_scenario()).await;
    let output = env
        .cli(
            &[
                "sign-in",
                "--profile",
                "agent",
                "--instance",
                HAPPY,
                "--no-open",
                "--json",
            ],
            &[],
        )
        .await;
    assert!(output.status.success(), "{}", stderr(&output));

    // A browser on PATH that records what it is given; the test then plays it.
    let log = env.path("opened.txt");
    let path = env.browser_on_path(&format!("printf '%s\\n' \"$1\" >> '{}'\n", log.display()));
    let child = tokio::spawn({
        let args = ["open", "--profile", "agent", "--instance", HAPPY, "--json"];
        let program = env!("CARGO_BIN_EXE_connect-sso");
        let path = path.clone();
        async move {
            tokio::process::Command::new(program)
                .args(args)
                .env("PATH", path)
                .output()
                .await
                .unwrap()
        }
    });
    // Play the browser: wait for the URL, then fetch and submit the page while the CLI waits.
    let mut url = String::new();
    for _ in 0..100 {
        if let Ok(text) = std::fs::read_to_string(&log) {
            if let Some(line) = text.lines().next() {
                url = line.to_string();
                break;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        url.starts_with("http://127.0.0.1:"),
        "the CLI handed the browser a loopback page: {url}"
    );
    let (_, response) = browse(&url).await;
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    let output = child.await.unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let body: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(body["resumed"], true);
    assert_eq!(body["pageFetched"], true);
    assert_eq!(env.sim.resumed_sign_ins().len(), 1);
}
