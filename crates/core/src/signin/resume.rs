//! Resuming a stored session without a new GetFederationToken call: a page (handed to the browser
//! through the one-shot loopback hand-off) makes it POST the stored tokens to the instance's
//! `/auth/sign-in`.
//!
//! This mechanism is undocumented (an AWS sample uses it; docs/connect-api.md), so it
//! stays behind this one module and every failure before the browser is reached falls back to a
//! fresh sign-in. The page is a secret (it carries the tokens): it is served once, on an
//! unguessable path, to loopback only, for a few seconds, and never cached.

use crate::core::error::{Error, Result};
use crate::core::secret::Secret;
use url::Url;

/// Where Connect sends the agent after the form post: the Contact Control Panel.
pub const DESTINATION: &str = "/ccp-v2/";

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

/// The page's Content-Security-Policy: its one inline script (by nonce), a form only to the
/// instance's origin, nothing else.
pub fn csp(form_origin: &Url, nonce: &str) -> String {
    format!(
        "default-src 'none'; script-src 'nonce-{nonce}'; form-action {}; base-uri 'none'; frame-ancestors 'none'",
        form_origin.origin().ascii_serialization()
    )
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
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

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
    async fn the_page_is_handed_off_once_with_its_policy() {
        use crate::signin::handoff::{serve, Content};
        let target = Url::parse("https://acme.my.connect.aws/auth/sign-in").unwrap();
        let served = serve(Content::Page {
            html: Secret::new("<p>page</p>"),
            csp: csp(&target, "n"),
        })
        .await
        .unwrap();
        let url = Url::parse(served.url.expose()).unwrap();
        assert_eq!(url.host_str(), Some("127.0.0.1"));
        let port = url.port().unwrap();
        let first = get(port, url.path()).await;
        assert!(first.starts_with("HTTP/1.1 200"), "{first}");
        assert!(first.contains("cache-control: no-store"));
        assert!(first.contains("form-action https://acme.my.connect.aws;"));
        assert!(first.contains("script-src 'nonce-n'"));
        assert!(first.ends_with("<p>page</p>"));
        assert!(
            served.fetched.await.unwrap(),
            "the handle reports the fetch"
        );
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
