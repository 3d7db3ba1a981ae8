//! IAM Identity Center sign-in by OAuth 2.0 authorization code with PKCE, as the AWS CLI v2
//! signs in by default: a client registered for the `authorization_code` grant, the authorize
//! page opened in the browser, the redirect received on a loopback listener (RFC 8252 §7.3), and
//! the code exchanged with its verifier. The token lands in the same cache file as the device
//! flow's (`sso::save_token`).

use crate::aws::endpoints;
use crate::aws::sso::{self, Registration, SsoTarget, SCOPE};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::is_region;
use crate::core::secret::Secret;
use crate::signin::handoff;
use crate::signin::launcher::LoopbackOrigin;
use crate::signin::peer;
use aws_sdk_ssooidc::error::SdkError;
use aws_sdk_ssooidc::operation::create_token::CreateTokenError;
use aws_sdk_ssooidc::operation::register_client::RegisterClientError;
use aws_sdk_ssooidc::Client;
use aws_smithy_runtime_api::client::http::SharedHttpClient;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::time::{Duration, SystemTime};
use subtle::ConstantTimeEq;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

/// Where the browser comes back to, on the listener's port.
pub const CALLBACK_PATH: &str = "/oauth/callback";
/// The redirect URI registered: loopback without a port, so any port matches (RFC 8252 §7.3),
/// exactly as the AWS CLI registers it.
const REGISTERED_REDIRECT_URI: &str = "http://127.0.0.1/oauth/callback";
const GRANT_TYPES: [&str; 2] = ["authorization_code", "refresh_token"];
const AUTHORIZATION_CODE_GRANT: &str = "authorization_code";
/// How long the browser has to come back, as the AWS CLI waits: ten minutes.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(600);
/// Random bytes in the verifier and the state: 256 bits each, 43 base64url characters (RFC 7636
/// §4.1 asks 43 to 128).
const RANDOM_BYTES: usize = 32;

/// A browser sign-in waiting for the redirect.
pub struct PendingAuthCode {
    pub target: SsoTarget,
    /// When the wait for the browser gives up.
    pub expires_at: SystemTime,
    /// The authorize page: it carries the state, so it goes to the browser only.
    pub authorize_url: Secret,
    listener: TcpListener,
    redirect_uri: String,
    state: Secret,
    verifier: Secret,
    client_id: String,
    client_secret: Secret,
    registration_expires_at: i64,
    client: Client,
}

impl std::fmt::Debug for PendingAuthCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingAuthCode")
            .field("start_url", &self.target.start_url)
            .finish_non_exhaustive()
    }
}

/// What starting the browser sign-in came to.
#[derive(Debug)]
pub enum Started {
    Pending(Box<PendingAuthCode>),
    /// No redirect can come back here (no loopback listener, the grant or redirect refused, the
    /// authorize page not on a host we trust): the device flow is the way. Says why, for the log.
    Unavailable(&'static str),
}

/// The two pages the browser is shown when it comes back, in the person's language.
pub struct CallbackPages {
    pub success: String,
    pub failure: String,
}

/// Binds the loopback listener, registers a client for the authorization-code grant and builds
/// the authorize URL (checked before anyone opens it).
pub async fn start(
    target: SsoTarget,
    timeout: Duration,
    wait: Duration,
    http: SharedHttpClient,
) -> Result<Started> {
    // Bound before the URL is built: the port is part of the redirect URI.
    let listener = match TcpListener::bind(("127.0.0.1", 0)).await {
        Ok(listener) => listener,
        Err(error) => {
            tracing::info!(%error, "no loopback listener for the sign-in redirect");
            return Ok(Started::Unavailable("no loopback listener"));
        }
    };
    let port = listener
        .local_addr()
        .map_err(|e| Error::internal(format!("the loopback listener has no address: {e}")))?
        .port();
    let config = sso::oidc_config(&target, timeout, http).await;
    let endpoint = endpoints::override_for(&config, endpoints::SSO_OIDC);
    let loopback = endpoint.as_deref().and_then(LoopbackOrigin::from_endpoint);
    let client = Client::new(&config);
    let registration = client
        .register_client()
        .client_name("connect-sso")
        .client_type("public")
        .scopes(SCOPE)
        .grant_types(GRANT_TYPES[0])
        .grant_types(GRANT_TYPES[1])
        .redirect_uris(REGISTERED_REDIRECT_URI)
        .issuer_url(&target.start_url)
        .send()
        .await;
    let registration = match registration {
        Ok(registration) => registration,
        Err(SdkError::ServiceError(service)) if refuses_the_grant(service.err()) => {
            tracing::info!(error = %service.err(), "the authorization-code client was refused");
            return Ok(Started::Unavailable("grant refused"));
        }
        Err(error) => return Err(sso::oidc_call_failed(&target, &error)),
    };
    let verifier = Secret::new(random_base64url());
    let state = Secret::new(random_base64url());
    let redirect_uri = format!("http://127.0.0.1:{port}{CALLBACK_PATH}");
    let client_id = registration.client_id().unwrap_or_default().to_string();
    let Some(authorize_url) = authorize_url(
        endpoint.as_deref(),
        &target.region,
        &[
            ("response_type", "code"),
            ("client_id", &client_id),
            ("redirect_uri", &redirect_uri),
            ("state", state.expose()),
            ("code_challenge", &challenge(&verifier)),
            ("code_challenge_method", "S256"),
            ("scopes", SCOPE),
        ],
    ) else {
        return Ok(Started::Unavailable("authorize page not buildable"));
    };
    if !trusted_authorize_url(authorize_url.expose(), &target.region, loopback.as_ref()) {
        tracing::info!("the authorize page is not on an IAM Identity Center host");
        return Ok(Started::Unavailable("authorize page not trusted"));
    }
    Ok(Started::Pending(Box::new(PendingAuthCode {
        expires_at: SystemTime::now() + wait,
        authorize_url,
        listener,
        redirect_uri,
        state,
        verifier,
        client_id,
        client_secret: Secret::new(registration.client_secret().unwrap_or_default()),
        registration_expires_at: registration.client_secret_expires_at(),
        client,
        target,
    })))
}

/// Waits for the browser to come back, exchanges the code and writes the AWS CLI's cache file.
/// Ends on the first redirect with a wrong state (nothing is exchanged), at `expires_at`, or when
/// `cancelled` turns true; the listener closes with it.
pub async fn finish(
    pending: PendingAuthCode,
    home: &Path,
    mut cancelled: watch::Receiver<bool>,
    pages: &CallbackPages,
) -> Result<()> {
    let left = pending
        .expires_at
        .duration_since(SystemTime::now())
        .unwrap_or_default();
    let deadline = tokio::time::Instant::now() + left;
    // Each connection is read on its own: a browser's idle preconnect (or anything else that
    // connects and says nothing) must not hold up the redirect behind it.
    let mut reading = tokio::task::JoinSet::new();
    let (mut stream, callback) = loop {
        tokio::select! {
            accepted = pending.listener.accept() => {
                let Ok((mut stream, _)) = accepted else { continue };
                let state = pending.state.clone();
                reading.spawn(async move {
                    let callback = read_callback(&mut stream, &state).await;
                    (stream, callback)
                });
            }
            Some(read) = reading.join_next(), if !reading.is_empty() => {
                let Ok((mut stream, callback)) = read else { continue };
                match callback {
                    Callback::Other => {
                        let _ = handoff::respond(&mut stream, "404 Not Found", &[], "").await;
                    }
                    Callback::OtherUser => {
                        tracing::warn!("another local user sent a sign-in redirect: ignored");
                        let _ = handoff::respond(&mut stream, "403 Forbidden", &[], "").await;
                    }
                    callback => break (stream, callback),
                }
            }
            _ = tokio::time::sleep_until(deadline) => return Err(sso::expired(&pending.target)),
            changed = cancelled.changed() => {
                if changed.is_err() || *cancelled.borrow() {
                    return Err(Error::new(
                        ErrorCode::SsoLoginCancelled,
                        crate::text!("error-sso-login-cancelled"),
                    ));
                }
            }
        }
    };
    let result = match callback {
        Callback::Code(code) => exchange(&pending, &code, home).await,
        Callback::Error(error) if error == "access_denied" => Err(Error::new(
            ErrorCode::SsoLoginDenied,
            crate::text!(
                "error-sso-login-denied",
                start_url = &pending.target.start_url
            ),
        )),
        Callback::Error(error) => Err(Error::new(
            ErrorCode::SsoLoginRefused,
            crate::text!(
                "error-sso-authorize-failed",
                start_url = &pending.target.start_url,
                error = error
            ),
        )),
        Callback::WrongState | Callback::Other | Callback::OtherUser => Err(Error::new(
            ErrorCode::SsoLoginRefused,
            crate::text!("error-sso-state-mismatch"),
        )),
    };
    let (status, page) = match result {
        Ok(()) => ("200 OK", &pages.success),
        Err(_) => ("400 Bad Request", &pages.failure),
    };
    let _ = handoff::respond(&mut stream, status, &[], &html_page(page)).await;
    result
}

async fn exchange(pending: &PendingAuthCode, code: &Secret, home: &Path) -> Result<()> {
    let answer = pending
        .client
        .create_token()
        .client_id(&pending.client_id)
        .client_secret(pending.client_secret.expose())
        .grant_type(AUTHORIZATION_CODE_GRANT)
        .code(code.expose())
        .code_verifier(pending.verifier.expose())
        .redirect_uri(&pending.redirect_uri)
        .send()
        .await;
    match answer {
        Ok(token) => sso::save_token(
            &pending.target,
            home,
            &token,
            &Registration {
                client_id: &pending.client_id,
                client_secret: &pending.client_secret,
                expires_at: pending.registration_expires_at,
            },
        ),
        Err(SdkError::ServiceError(service)) => match service.err() {
            CreateTokenError::InvalidGrantException(_) => Err(Error::new(
                ErrorCode::SsoLoginRefused,
                crate::text!(
                    "error-sso-code-refused",
                    start_url = &pending.target.start_url
                ),
            )),
            CreateTokenError::ExpiredTokenException(_) => Err(sso::expired(&pending.target)),
            CreateTokenError::AccessDeniedException(_) => Err(Error::new(
                ErrorCode::SsoLoginDenied,
                crate::text!(
                    "error-sso-login-denied",
                    start_url = &pending.target.start_url
                ),
            )),
            other => Err(sso::oidc_error(&pending.target, &other.to_string())),
        },
        Err(other) => Err(sso::oidc_call_failed(&pending.target, &other)),
    }
}

/// Errors by which RegisterClient says it will not do the authorization-code grant for us.
fn refuses_the_grant(error: &RegisterClientError) -> bool {
    matches!(
        error,
        RegisterClientError::InvalidClientMetadataException(_)
            | RegisterClientError::UnsupportedGrantTypeException(_)
            | RegisterClientError::InvalidRedirectUriException(_)
    )
}

/// What came to the listener.
enum Callback {
    /// The redirect with this sign-in's state and a code.
    Code(Secret),
    /// The redirect with this sign-in's state and an OAuth error (`access_denied`, …).
    Error(String),
    /// A redirect to the callback path without this sign-in's state.
    WrongState,
    /// Anything else (a favicon, a stray request): answered 404, the wait goes on.
    Other,
    /// A connection from another local user: refused, the wait goes on.
    OtherUser,
}

async fn read_callback(stream: &mut TcpStream, expected_state: &Secret) -> Callback {
    let Some(head) = handoff::read_head(stream).await else {
        return Callback::Other;
    };
    let Some(target) = handoff::request_path(&head) else {
        return Callback::Other;
    };
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if path != CALLBACK_PATH {
        return Callback::Other;
    }
    if !peer::is_this_user(stream) {
        return Callback::OtherUser;
    }
    parse_callback(query, expected_state)
}

fn parse_callback(query: &str, expected_state: &Secret) -> Callback {
    let mut state = None;
    let mut code = None;
    let mut error = None;
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        match name.as_ref() {
            "state" => state = Some(Secret::new(value.into_owned())),
            "code" => code = Some(Secret::new(value.into_owned())),
            "error" => error = Some(value.into_owned()),
            _ => {}
        }
    }
    let matches = state.is_some_and(|state| {
        bool::from(
            state
                .expose()
                .as_bytes()
                .ct_eq(expected_state.expose().as_bytes()),
        )
    });
    if !matches {
        return Callback::WrongState;
    }
    match (code, error) {
        (_, Some(error)) => Callback::Error(oauth_error_code(&error)),
        (Some(code), None) if !code.is_empty() => Callback::Code(code),
        _ => Callback::Error("invalid_request".into()),
    }
}

/// An OAuth error code is `[a-z_]`; anything else from the address bar is not repeated.
fn oauth_error_code(raw: &str) -> String {
    if !raw.is_empty()
        && raw.len() <= 64
        && raw.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
    {
        raw.to_string()
    } else {
        "invalid_request".to_string()
    }
}

/// `<endpoint>/authorize?<params>`: the configured SSO OIDC endpoint, else AWS's own for the
/// region (`.amazonaws.com.cn` in the China regions).
fn authorize_url(endpoint: Option<&str>, region: &str, params: &[(&str, &str)]) -> Option<Secret> {
    let base = match endpoint {
        Some(endpoint) => endpoint.to_string(),
        None if region.starts_with("cn-") => format!("https://oidc.{region}.amazonaws.com.cn"),
        None => format!("https://oidc.{region}.amazonaws.com"),
    };
    let mut url = url::Url::parse(&base).ok()?;
    let path = format!("{}/authorize", url.path().trim_end_matches('/'));
    url.set_path(&path);
    url.set_query(None);
    url.query_pairs_mut().extend_pairs(params);
    Some(Secret::new(url.as_str()))
}

/// The authorize page may open when it is https on `oidc.<region>.amazonaws.com[.cn]` (default
/// port, no user-info), or on the loopback origin of a loopback OIDC endpoint (tests, demo).
fn trusted_authorize_url(url: &str, region: &str, loopback: Option<&LoopbackOrigin>) -> bool {
    let Ok(parsed) = url::Url::parse(url) else {
        return false;
    };
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return false;
    }
    if parsed.path() != "/authorize" && !parsed.path().ends_with("/authorize") {
        return false;
    }
    if let Some(origin) = loopback {
        if parsed.scheme() == origin.scheme
            && parsed.host_str() == Some(origin.host.as_str())
            && parsed.port_or_known_default() == Some(origin.port)
        {
            return true;
        }
    }
    if parsed.scheme() != "https" || parsed.port().is_some() {
        return false;
    }
    let host = parsed.host_str().unwrap_or_default().to_ascii_lowercase();
    host.strip_prefix("oidc.")
        .and_then(|rest| {
            rest.strip_suffix(".amazonaws.com")
                .or_else(|| rest.strip_suffix(".amazonaws.com.cn"))
        })
        .is_some_and(|host_region| is_region(host_region) && host_region == region)
}

fn random_base64url() -> String {
    let bytes: [u8; RANDOM_BYTES] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The S256 code challenge: base64url of the verifier's SHA-256, without padding (RFC 7636 §4.2).
fn challenge(verifier: &Secret) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(Sha256::digest(verifier.expose().as_bytes()))
}

/// A page with nothing but the sentence, escaped; the hand-off's headers (no-store, CSP
/// `default-src 'none'`, no framing) go with it.
fn html_page(sentence: &str) -> String {
    let escaped = sentence
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Connect SSO</title></head>\
         <body><p>{escaped}</p></body></html>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_challenge_is_s256_of_the_verifier() {
        // RFC 7636 appendix B.
        let verifier = Secret::new("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assert_eq!(
            challenge(&verifier),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
        let fresh = random_base64url();
        assert_eq!(fresh.len(), 43);
        assert_ne!(fresh, random_base64url());
    }

    #[test]
    fn the_authorize_url_names_every_parameter() {
        let url = authorize_url(None, "eu-west-1", &[("state", "s"), ("scopes", SCOPE)]).unwrap();
        assert_eq!(
            url.expose(),
            "https://oidc.eu-west-1.amazonaws.com/authorize?state=s&scopes=sso%3Aaccount%3Aaccess"
        );
        let cn = authorize_url(None, "cn-north-1", &[]).unwrap();
        assert!(cn
            .expose()
            .starts_with("https://oidc.cn-north-1.amazonaws.com.cn/authorize"));
        let sim = authorize_url(Some("http://127.0.0.1:4567/"), "us-east-1", &[]).unwrap();
        assert!(sim.expose().starts_with("http://127.0.0.1:4567/authorize"));
    }

    #[test]
    fn authorize_pages_must_be_on_the_regions_oidc_host() {
        for ok in [
            "https://oidc.us-east-1.amazonaws.com/authorize?x=1",
            "https://OIDC.us-east-1.amazonaws.com/authorize",
        ] {
            assert!(trusted_authorize_url(ok, "us-east-1", None), "{ok}");
        }
        assert!(trusted_authorize_url(
            "https://oidc.cn-north-1.amazonaws.com.cn/authorize",
            "cn-north-1",
            None
        ));
        for bad in [
            "http://oidc.us-east-1.amazonaws.com/authorize",
            "https://oidc.eu-west-1.amazonaws.com/authorize",
            "https://oidc.us-east-1.amazonaws.com:8443/authorize",
            "https://user@oidc.us-east-1.amazonaws.com/authorize",
            "https://oidc.us-east-1.amazonaws.com.evil.com/authorize",
            "https://evil.com/authorize?oidc.us-east-1.amazonaws.com",
            "https://oidc.us-east-1.amazonaws.com/other",
            "http://127.0.0.1:4567/authorize",
        ] {
            assert!(!trusted_authorize_url(bad, "us-east-1", None), "{bad}");
        }
        let sim = LoopbackOrigin::from_endpoint("http://127.0.0.1:4567").unwrap();
        assert!(trusted_authorize_url(
            "http://127.0.0.1:4567/authorize",
            "us-east-1",
            Some(&sim)
        ));
        assert!(!trusted_authorize_url(
            "http://127.0.0.1:4568/authorize",
            "us-east-1",
            Some(&sim)
        ));
    }

    #[test]
    fn only_the_expected_state_is_accepted() {
        let state = Secret::new("abc");
        assert!(matches!(
            parse_callback("code=c1&state=abc", &state),
            Callback::Code(code) if code.expose() == "c1"
        ));
        assert!(matches!(
            parse_callback("error=access_denied&state=abc", &state),
            Callback::Error(e) if e == "access_denied"
        ));
        assert!(matches!(
            parse_callback("error=%3Cscript%3E&state=abc", &state),
            Callback::Error(e) if e == "invalid_request"
        ));
        for wrong in [
            "code=c1&state=abd",
            "code=c1",
            "code=c1&state=",
            "code=c1&state=abcd",
        ] {
            assert!(
                matches!(parse_callback(wrong, &state), Callback::WrongState),
                "{wrong}"
            );
        }
    }

    #[test]
    fn the_page_escapes_its_sentence() {
        let page = html_page("<b>&\"");
        assert!(page.contains("&lt;b&gt;&amp;&quot;"));
    }
}
