//! The one-shot loopback hand-off: how a URL reaches the browser without being an argument.
//!
//! A URL given to a browser launcher sits in the command line of `xdg-open` and of the browser,
//! which every local user can read (`/proc/*/cmdline`) for as long as the browser runs; on a
//! shared desk (VDI, terminal server) that is another agent. So the browser is given
//! `http://127.0.0.1:PORT/<256-bit random>` instead: served once, for at most [`LIFETIME`], only
//! to a connection from this OS user, answering with a redirect (303) to the real URL, or with the
//! page that resumes a stored session.

use crate::core::secret::Secret;
use crate::signin::peer;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// How long a hand-off waits for the browser before it is gone.
pub const LIFETIME: Duration = Duration::from_secs(15);
/// Requests larger than this are not a browser asking for its page.
const MAX_REQUEST_LEN: usize = 16 * 1024;
/// How long one connection may take to send its request.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(2);

/// What the browser gets when it asks.
pub enum Content {
    /// A 303 redirect to this URL (a sign-in URL, a logout page, a verification page).
    Redirect(Secret),
    /// An HTML page (the one that resumes a stored session) with its Content-Security-Policy.
    Page { html: Secret, csp: String },
}

/// A hand-off waiting for the browser.
pub struct Served {
    /// The loopback URL to give the browser: one-shot, useless to anyone else.
    pub url: Secret,
    /// Resolves to whether the browser fetched it within [`LIFETIME`].
    pub fetched: tokio::task::JoinHandle<bool>,
}

/// Serves `content` once on 127.0.0.1 at an unguessable path.
pub async fn serve(content: Content) -> std::io::Result<Served> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
    let port = listener.local_addr()?.port();
    let path = format!("/{}", random_hex(32));
    let url = Secret::new(format!("http://127.0.0.1:{port}{path}"));
    let fetched = tokio::spawn(async move {
        let serve = async {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    return false;
                };
                if answer(&mut stream, &path, &content).await {
                    return true;
                }
            }
        };
        match tokio::time::timeout(LIFETIME, serve).await {
            Ok(fetched) => fetched,
            Err(_) => {
                tracing::info!("the browser did not fetch its hand-off in time");
                false
            }
        }
    });
    Ok(Served { url, fetched })
}

/// Answers one connection; true when it was the browser's and got the content.
async fn answer(stream: &mut TcpStream, path: &str, content: &Content) -> bool {
    let Some(head) = read_head(stream).await else {
        return false;
    };
    if request_path(&head) != Some(path) {
        let _ = respond(stream, "404 Not Found", &[], "Not found").await;
        return false;
    }
    if !peer::is_this_user(stream) {
        tracing::warn!("a hand-off was asked for by another local user: refused");
        let _ = respond(stream, "403 Forbidden", &[], "Forbidden").await;
        return false;
    }
    let sent = match content {
        Content::Redirect(target) => {
            let location = ("location", target.expose());
            respond(stream, "303 See Other", &[location], "").await
        }
        Content::Page { html, csp } => {
            let csp = ("content-security-policy", csp.as_str());
            respond(stream, "200 OK", &[csp], html.expose()).await
        }
    };
    sent.is_ok()
}

pub(crate) async fn read_head(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut buffer = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    while !buffer.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = tokio::time::timeout(REQUEST_TIMEOUT, stream.read(&mut chunk))
            .await
            .ok()?
            .ok()?;
        if read == 0 || buffer.len() + read > MAX_REQUEST_LEN {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
    Some(buffer)
}

/// The path of a `GET PATH HTTP/1.x` request line, when `head` starts with one.
pub fn request_path(head: &[u8]) -> Option<&str> {
    let line = head.split(|b| *b == b'\r' || *b == b'\n').next()?;
    let line = std::str::from_utf8(line).ok()?;
    let mut parts = line.split(' ');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some("GET"), Some(path), Some(version), None)
            if path.starts_with('/') && version.starts_with("HTTP/1.") =>
        {
            Some(path)
        }
        _ => None,
    }
}

pub(crate) async fn respond(
    stream: &mut TcpStream,
    status: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> std::io::Result<()> {
    use std::fmt::Write;
    const FIXED: &str = "content-type: text/html; charset=utf-8\r\ncache-control: no-store\r\n\
         referrer-policy: no-referrer\r\nx-frame-options: DENY\r\n\
         x-content-type-options: nosniff\r\nconnection: close\r\n";
    const DEFAULT_CSP: &str = "content-security-policy: default-src 'none'\r\n";
    // The head carries the sign-in URL (in `location`): it is sized once so no reallocation
    // leaves a copy behind, and wiped on drop like every other copy of it.
    let capacity = 128
        + FIXED.len()
        + DEFAULT_CSP.len()
        + headers
            .iter()
            .map(|(name, value)| name.len() + value.len() + 4)
            .sum::<usize>();
    let mut head = zeroize::Zeroizing::new(String::with_capacity(capacity));
    let _ = write!(
        head,
        "HTTP/1.1 {status}\r\ncontent-length: {}\r\n{FIXED}",
        body.len()
    );
    for (name, value) in headers {
        let _ = write!(head, "{name}: {value}\r\n");
    }
    if !headers
        .iter()
        .any(|(name, _)| *name == "content-security-policy")
    {
        head.push_str(DEFAULT_CSP);
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

/// A fresh random value for paths and nonces, `bytes` long, in hex.
pub fn random_hex(bytes: usize) -> String {
    (0..bytes)
        .map(|_| format!("{:02x}", rand::random::<u8>()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn get(url: &str) -> String {
        let url = url::Url::parse(url).unwrap();
        let mut stream = TcpStream::connect(("127.0.0.1", url.port().unwrap()))
            .await
            .unwrap();
        let request = format!("GET {} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n", url.path());
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).await.unwrap();
        response
    }

    #[tokio::test]
    async fn a_redirect_is_served_once_to_the_right_path() {
        let served = serve(Content::Redirect(Secret::new(
            "https://acme.my.connect.aws/federate?token=CANARY",
        )))
        .await
        .unwrap();
        let url = served.url.expose().to_string();
        assert!(url.starts_with("http://127.0.0.1:"));
        assert_eq!(url.rsplit('/').next().unwrap().len(), 64, "256 random bits");
        let wrong = format!("{}x", url);
        assert!(get(&wrong).await.starts_with("HTTP/1.1 404"));
        let answer = get(&url).await;
        assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
        assert!(answer.contains("location: https://acme.my.connect.aws/federate?token=CANARY"));
        assert!(answer.contains("cache-control: no-store"));
        assert!(served.fetched.await.unwrap());
        // Once: the server is gone.
        let port = url::Url::parse(&url).unwrap().port().unwrap();
        assert!(TcpStream::connect(("127.0.0.1", port)).await.is_err());
    }

    #[tokio::test(start_paused = true)]
    async fn an_unfetched_hand_off_expires() {
        let served = serve(Content::Redirect(Secret::new("https://x.my.connect.aws/")))
            .await
            .unwrap();
        assert!(!served.fetched.await.unwrap());
    }

    #[test]
    fn only_a_get_request_line_names_a_path() {
        assert_eq!(
            request_path(b"GET /abc HTTP/1.1\r\nhost: x\r\n\r\n"),
            Some("/abc")
        );
        assert_eq!(request_path(b"GET /abc HTTP/1.0\n\n"), Some("/abc"));
        for bad in [
            &b"POST /abc HTTP/1.1\r\n\r\n"[..],
            b"GET abc HTTP/1.1\r\n\r\n",
            b"GET /abc\r\n\r\n",
            b"GET /abc HTTP/1.1 extra\r\n\r\n",
            b"GET  /abc HTTP/1.1\r\n\r\n",
            b"\xff\xfe",
            b"",
        ] {
            assert_eq!(request_path(bad), None, "{bad:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn request_parsing_is_total(head in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            if let Some(path) = request_path(&head) {
                proptest::prop_assert!(path.starts_with('/'));
                proptest::prop_assert!(!path.contains(' '));
            }
        }
    }

    /// Another local user who learns the URL (from a process list, say) is refused, and the
    /// hand-off stays for its owner. Needs root to act as that other user.
    #[cfg(target_os = "linux")]
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn another_local_user_is_refused_the_hand_off() {
        if crate::core::os_user::uid() != 0 {
            eprintln!("skipped: acting as another user needs root");
            return;
        }
        let served = serve(Content::Redirect(Secret::new(
            "https://x.my.connect.aws/CANARY",
        )))
        .await
        .unwrap();
        let url = served.url.expose().to_string();
        let target = url.clone();
        let as_nobody = tokio::task::spawn_blocking(move || {
            std::process::Command::new("setpriv")
                .args(["--reuid=65534", "--regid=65534", "--clear-groups", "curl"])
                .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", &target])
                .output()
        })
        .await
        .unwrap()
        .unwrap();
        assert_eq!(String::from_utf8_lossy(&as_nobody.stdout), "403");
        let answer = get(&url).await;
        assert!(answer.starts_with("HTTP/1.1 303"), "{answer}");
        assert!(served.fetched.await.unwrap());
    }
}
