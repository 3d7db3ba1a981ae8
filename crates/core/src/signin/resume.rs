//! Resuming a stored session without a new GetFederationToken call: a one-shot page on loopback
//! makes the browser POST the stored tokens to the instance's `/auth/sign-in`.
//!
//! This mechanism is undocumented (an AWS sample uses it; docs/connect-api.md), so it
//! stays behind this one module and every failure before the browser is reached falls back to a
//! fresh sign-in. The page is a secret (it carries the tokens): it is served once, on an
//! unguessable path, to loopback only, for a few seconds, and never cached.

use crate::core::error::{Error, Result};
use crate::core::secret::Secret;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use url::Url;

/// How long the page waits for the browser before it is gone.
pub const PAGE_LIFETIME: Duration = Duration::from_secs(15);
/// Where Connect sends the agent after the form post: the Contact Control Panel.
pub const DESTINATION: &str = "/ccp-v2/";
/// Requests larger than this are not a browser asking for our page.
const MAX_REQUEST_LEN: usize = 16 * 1024;

/// The stored tokens, as the form field `credentials` carries them.
pub struct StoredCredentials<'a> {
    pub access_token: &'a Secret,
    pub access_token_expires_at: Option<f64>,
    pub refresh_token: &'a Secret,
    pub refresh_token_expires_at: Option<f64>,
}

/// The HTML that posts the credentials to `target` (an already validated sign-in origin's
/// `/auth/sign-in`) as soon as it loads, with a button for browsers without script.
pub fn page(target: &Url, credentials: &StoredCredentials<'_>, nonce: &str) -> Result<Secret> {
    let json = serde_json::json!({
        "AccessToken": credentials.access_token.expose(),
        "AccessTokenExpiration": credentials.access_token_expires_at,
        "RefreshToken": credentials.refresh_token.expose(),
        "RefreshTokenExpiration": credentials.refresh_token_expires_at,
    });
    let json = serde_json::to_string(&json).map_err(|error| {
        Error::internal(format!("cannot encode the stored credentials: {error}"))
    })?;
    Ok(Secret::new(format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<title>Opening Amazon Connect…</title></head>
<body><p>Opening Amazon Connect…</p>
<form id="resume" method="post" action="{action}">
<input type="hidden" name="credentials" value="{credentials}">
<input type="hidden" name="destination" value="{destination}">
<noscript><button type="submit">Continue to Amazon Connect</button></noscript>
</form>
<script nonce="{nonce}">document.getElementById("resume").submit();</script>
</body></html>
"#,
        action = escape(target.as_str()),
        credentials = escape(&json),
        destination = escape(DESTINATION),
    )))
}

/// Serves `html` once at a random path on 127.0.0.1 and returns that URL, and a handle that
/// says whether the page was fetched. The server stops after the first successful fetch or after
/// [`PAGE_LIFETIME`], whichever comes first.
pub async fn serve_once(
    html: Secret,
    form_origin: &Url,
    nonce: String,
) -> std::io::Result<(Secret, tokio::task::JoinHandle<bool>)> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
    let port = listener.local_addr()?.port();
    let path = format!("/resume/{}", random_hex(32));
    let url = Secret::new(format!("http://127.0.0.1:{port}{path}"));
    let csp = format!(
        "default-src 'none'; script-src 'nonce-{nonce}'; form-action {}; base-uri 'none'; frame-ancestors 'none'",
        form_origin.origin().ascii_serialization()
    );
    let served = tokio::spawn(async move {
        let serve = async {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    return false;
                };
                let Some(request_path) = read_request_path(&mut stream).await else {
                    continue;
                };
                if request_path == path {
                    return respond(&mut stream, "200 OK", &csp, html.expose())
                        .await
                        .is_ok();
                }
                let _ = respond(
                    &mut stream,
                    "404 Not Found",
                    "default-src 'none'",
                    "Not found",
                )
                .await;
            }
        };
        match tokio::time::timeout(PAGE_LIFETIME, serve).await {
            Ok(served) => served,
            Err(_) => {
                tracing::debug!("resume page expired unfetched");
                false
            }
        }
    });
    Ok((url, served))
}

async fn read_request_path(stream: &mut tokio::net::TcpStream) -> Option<String> {
    let mut buffer = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    while !buffer.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = tokio::time::timeout(Duration::from_secs(2), stream.read(&mut chunk))
            .await
            .ok()?
            .ok()?;
        if read == 0 || buffer.len() + read > MAX_REQUEST_LEN {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
    let line = buffer.split(|b| *b == b'\r').next()?;
    let line = std::str::from_utf8(line).ok()?;
    let mut parts = line.split(' ');
    match (parts.next(), parts.next()) {
        (Some("GET"), Some(path)) => Some(path.to_string()),
        _ => None,
    }
}

async fn respond(
    stream: &mut tokio::net::TcpStream,
    status: &str,
    csp: &str,
    body: &str,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\n\
         cache-control: no-store\r\nreferrer-policy: no-referrer\r\nx-frame-options: DENY\r\n\
         x-content-type-options: nosniff\r\ncontent-security-policy: {csp}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

/// A fresh random value for paths and nonces.
pub fn random_hex(bytes: usize) -> String {
    (0..bytes)
        .map(|_| format!("{:02x}", rand::random::<u8>()))
        .collect()
}

fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(ch),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credentials<'a>(access: &'a Secret, refresh: &'a Secret) -> StoredCredentials<'a> {
        StoredCredentials {
            access_token: access,
            access_token_expires_at: Some(1.5),
            refresh_token: refresh,
            refresh_token_expires_at: Some(2.5),
        }
    }

    #[test]
    fn the_page_posts_escaped_credentials_to_the_target() {
        let (access, refresh) = (Secret::new("A\"<tok>"), Secret::new("R&1"));
        let target = Url::parse("https://acme.my.connect.aws/auth/sign-in").unwrap();
        let html = page(&target, &credentials(&access, &refresh), "n0nce").unwrap();
        let html = html.expose();
        assert!(html.contains(r#"action="https://acme.my.connect.aws/auth/sign-in""#));
        assert!(
            html.contains("&quot;AccessToken&quot;:&quot;A\\&quot;&lt;tok&gt;&quot;"),
            "{html}"
        );
        assert!(html.contains("R&amp;1"));
        assert!(html.contains(r#"name="destination" value="/ccp-v2/""#));
        assert!(html.contains(r#"<script nonce="n0nce">"#));
    }

    #[tokio::test]
    async fn served_once_on_an_unguessable_path() {
        let target = Url::parse("https://acme.my.connect.aws/auth/sign-in").unwrap();
        let (url, served) = serve_once(Secret::new("<p>page</p>"), &target, "n".into())
            .await
            .unwrap();
        let url = Url::parse(url.expose()).unwrap();
        assert_eq!(url.host_str(), Some("127.0.0.1"));
        assert!(url.path().len() > 60, "a long random path");
        let port = url.port().unwrap();

        let wrong = get(port, "/resume/guess").await;
        assert!(wrong.starts_with("HTTP/1.1 404"), "{wrong}");
        let first = get(port, url.path()).await;
        assert!(first.starts_with("HTTP/1.1 200"));
        assert!(first.contains("cache-control: no-store"));
        assert!(first.contains("form-action https://acme.my.connect.aws;"));
        assert!(first.ends_with("<p>page</p>"));
        assert!(served.await.unwrap(), "the handle reports the fetch");
        // Served once: the server is gone.
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err());
    }

    async fn get(port: u16, path: &str) -> String {
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .unwrap();
        stream
            .write_all(format!("GET {path} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n").as_bytes())
            .await
            .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).await.unwrap();
        response
    }
}
