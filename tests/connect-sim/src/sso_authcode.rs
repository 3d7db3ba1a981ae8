//! IAM Identity Center's authorization-code grant with PKCE, as SSO OIDC serves it: the client
//! metadata RegisterClient takes for it (grant types, loopback redirect URIs, issuer URL), the
//! `GET /authorize` page (Approve / Deny; `POST /_sim/authorize/approve|deny` is what its buttons
//! and a test's stand-in browser send), the redirect back with `code` and `state` (or
//! `error=access_denied`), and CreateToken's `authorization_code` grant, which checks the code
//! (one use, short-lived), the client, the redirect URI and the S256 verifier.

use crate::demo;
use crate::form;
use crate::server::{random_token, Outcome, Shared};
use crate::sso::{issue_token, oidc_error, token_answer};
use base64::Engine;
use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderValue, CACHE_CONTROL, LOCATION};
use hyper::{HeaderMap, Response, StatusCode};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

pub(crate) const AUTHORIZATION_CODE_GRANT: &str = "authorization_code";
/// The one path the sim accepts in a redirect URI: the AWS CLI's, and the app's.
const CALLBACK_PATH: &str = "/oauth/callback";
/// Authorization codes are good for one exchange within this long.
const CODE_TTL_MS: u128 = 5 * 60 * 1000;

/// The authorization-code metadata a client registered with.
struct AuthClient {
    redirect_uris: Vec<String>,
    /// Index into `Scenario::sso`: the issuer URL's start URL.
    sso: usize,
}

/// One `GET /authorize` the sim accepted, as [`crate::Sim::authorization_requests`] shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorizationRequest {
    /// Names of the query parameters, in order (values are not kept: the state is the app's).
    pub parameters: Vec<String>,
    pub client_id: String,
    /// As sent: `http://127.0.0.1:<port>/oauth/callback`.
    pub redirect_uri: String,
    pub code_challenge_method: String,
    /// `None` while the page waits; then whether it was approved.
    pub approved: Option<bool>,
    /// The user who approved.
    pub user: Option<String>,
}

/// One CreateToken with the `authorization_code` grant, as [`crate::Sim::code_exchanges`] shows
/// it: what was checked, and the error answered (none: a token was issued).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeExchange {
    pub code_known: bool,
    pub redirect_uri_matches: bool,
    pub verifier_matches: bool,
    pub error: Option<String>,
}

struct Request {
    id: String,
    record: AuthorizationRequest,
    state: Option<String>,
    challenge: String,
    sso: usize,
}

struct Code {
    client_id: String,
    redirect_uri: String,
    challenge: String,
    sso: usize,
    user: String,
    expires_ms: u128,
    redeemed: bool,
}

/// What the authorization-code routes remember.
#[derive(Default)]
pub(crate) struct AuthCodeState {
    clients: HashMap<String, AuthClient>,
    requests: Vec<Request>,
    codes: HashMap<String, Code>,
    exchanges: Vec<CodeExchange>,
}

/// RegisterClient's authorization-code members. `Ok(None)`: a device-flow client; `Err`: the
/// answer refusing the metadata.
pub(crate) fn registration(
    shared: &Shared,
    input: &Map<String, Value>,
) -> Result<Option<(Vec<String>, usize)>, Outcome> {
    let strings = |name: &str| -> Vec<String> {
        input
            .get(name)
            .and_then(Value::as_array)
            .map(|list| {
                list.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let grants = strings("grantTypes");
    if !grants.iter().any(|g| g == AUTHORIZATION_CODE_GRANT) {
        return Ok(None);
    }
    if let Some(other) = grants
        .iter()
        .find(|g| *g != AUTHORIZATION_CODE_GRANT && *g != "refresh_token")
    {
        return Err(oidc_error(
            "UnsupportedGrantTypeException",
            format!("Unsupported grant type: {other}"),
        ));
    }
    let redirect_uris = strings("redirectUris");
    if redirect_uris.is_empty() || !redirect_uris.iter().all(|uri| loopback_callback(uri)) {
        return Err(oidc_error(
            "InvalidRedirectUriException",
            "redirectUris must be http loopback URIs with the path /oauth/callback",
        ));
    }
    let issuer = input.get("issuerUrl").and_then(Value::as_str).unwrap_or("");
    let Some(sso) = shared
        .scenario
        .sso
        .iter()
        .position(|s| s.matches_start_url(issuer))
    else {
        return Err(oidc_error(
            "InvalidClientMetadataException",
            format!("issuerUrl {issuer:?} is not an IAM Identity Center start URL"),
        ));
    };
    Ok(Some((redirect_uris, sso)))
}

/// Remembers a registered authorization-code client.
pub(crate) fn remember_client(
    shared: &Shared,
    client_id: &str,
    redirect_uris: Vec<String>,
    sso: usize,
) {
    shared
        .state()
        .sso
        .authcode
        .clients
        .insert(client_id.to_string(), AuthClient { redirect_uris, sso });
}

/// `http://127.0.0.1[:port]/oauth/callback` (or `[::1]`, `localhost`), no query, no fragment.
fn loopback_callback(uri: &str) -> bool {
    let Some(rest) = uri.strip_prefix("http://") else {
        return false;
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let host = match authority.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() && !host.ends_with('[') && !port.contains(']') => {
            if !port.bytes().all(|b| b.is_ascii_digit()) || port.is_empty() {
                return false;
            }
            host
        }
        _ => authority,
    };
    matches!(host, "127.0.0.1" | "[::1]" | "localhost") && path == CALLBACK_PATH
}

/// A redirect URI as sent matches a registered one when they are equal but for the port: the
/// port of a loopback redirect is chosen at run time (RFC 8252 §7.3).
fn redirect_allowed(registered: &[String], sent: &str) -> bool {
    let without_port = |uri: &str| -> Option<String> {
        let rest = uri.strip_prefix("http://")?;
        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let host = authority
            .rsplit_once(':')
            .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()))
            .map_or(authority, |(host, _)| host);
        Some(format!("http://{host}{path}"))
    };
    loopback_callback(sent)
        && registered
            .iter()
            .any(|uri| without_port(uri).is_some() && without_port(uri) == without_port(sent))
}

/// `GET /authorize?…`: checks the request and shows the approval page; a bad request is shown
/// as a page, never redirected (its redirect URI is not trusted yet).
pub(crate) fn authorize_page(shared: &Shared, query: Option<&str>) -> Outcome {
    let pairs: Vec<(String, String)> =
        form::parse(query.unwrap_or("").as_bytes()).unwrap_or_default();
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let refuse = |message: &str| Outcome::html(400, demo::authorize_refused_page(message));
    let client_id = get("client_id").unwrap_or_default();
    let redirect_uri = get("redirect_uri").unwrap_or_default();
    let method = get("code_challenge_method").unwrap_or_default();
    let challenge = get("code_challenge").unwrap_or_default();
    let mut state = shared.state();
    let Some(client) = state.sso.authcode.clients.get(&client_id) else {
        return refuse("Unknown client_id");
    };
    if !redirect_allowed(&client.redirect_uris, &redirect_uri) {
        return refuse("redirect_uri is not one the client registered");
    }
    if get("response_type").as_deref() != Some("code") {
        return refuse("response_type must be code");
    }
    if method != "S256" || challenge.len() != 43 {
        return refuse("code_challenge_method must be S256, with a 43-character code_challenge");
    }
    let sso = client.sso;
    let id = random_token("", 32);
    state.sso.authcode.requests.push(Request {
        id: id.clone(),
        record: AuthorizationRequest {
            parameters: pairs.iter().map(|(n, _)| n.clone()).collect(),
            client_id,
            redirect_uri,
            code_challenge_method: method,
            approved: None,
            user: None,
        },
        state: get("state"),
        challenge,
        sso,
    });
    drop(state);
    let Some(instance) = shared.scenario.sso.get(sso) else {
        return refuse("The start URL is gone");
    };
    let users: Vec<&str> = instance.users.iter().map(|u| u.name.as_str()).collect();
    Outcome::html(200, demo::authorize_page(&id, &instance.start_url, &users))
}

/// `POST /_sim/authorize/approve` (true) or `/deny`: form fields `request` and (approve)
/// `user`. Answers the redirect to the client's callback.
pub(crate) fn decision(
    shared: &Shared,
    approve: bool,
    headers: &HeaderMap,
    body: &[u8],
) -> Outcome {
    let fields = if form::is_form(headers) {
        form::parse(body)
    } else {
        None
    };
    let Some(fields) = fields else {
        return Outcome::html(400, demo::authorize_refused_page("Send the form"));
    };
    let request_id = form::field(&fields, "request")
        .unwrap_or_default()
        .to_string();
    let wanted_user = form::field(&fields, "user")
        .filter(|u| !u.is_empty())
        .map(str::to_string);
    let now_ms = shared.now_ms();
    let mut state = shared.state();
    let authcode = &mut state.sso.authcode;
    let Some(request) = authcode
        .requests
        .iter_mut()
        .find(|r| r.id == request_id && r.record.approved.is_none())
    else {
        return Outcome::html(404, demo::authorize_refused_page("No such pending request"));
    };
    let mut location = request.record.redirect_uri.clone();
    let mut query = String::new();
    if approve {
        let Some(instance) = shared.scenario.sso.get(request.sso) else {
            return Outcome::html(404, demo::authorize_refused_page("The start URL is gone"));
        };
        let user = match wanted_user {
            Some(name) => instance.users.iter().find(|u| u.name == name),
            None => instance.users.first(),
        };
        let Some(user) = user else {
            return Outcome::html(
                400,
                demo::authorize_refused_page("Not a user of the start URL"),
            );
        };
        let code = random_token(&shared.scenario.token_prefix, 64);
        request.record.approved = Some(true);
        request.record.user = Some(user.name.clone());
        authcode.codes.insert(
            code.clone(),
            Code {
                client_id: request.record.client_id.clone(),
                redirect_uri: request.record.redirect_uri.clone(),
                challenge: request.challenge.clone(),
                sso: request.sso,
                user: user.name.clone(),
                expires_ms: now_ms + CODE_TTL_MS,
                redeemed: false,
            },
        );
        query.push_str(&url_encoded(&[("code", &code)]));
    } else {
        request.record.approved = Some(false);
        query.push_str(&url_encoded(&[("error", "access_denied")]));
    }
    if let Some(app_state) = &request.state {
        query.push('&');
        query.push_str(&url_encoded(&[("state", app_state)]));
    }
    location.push('?');
    location.push_str(&query);
    Outcome::Redirect(location)
}

fn url_encoded(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(name, value)| {
            format!(
                "{name}={}",
                percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC)
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The 303 that sends the browser back to the client's loopback callback.
pub(crate) fn redirect_response(location: &str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::new()));
    *response.status_mut() = StatusCode::SEE_OTHER;
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(LOCATION, value);
    }
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// CreateToken, `grantType: authorization_code`, for an authenticated `client_id`.
pub(crate) fn code_grant(
    shared: &Shared,
    input: &Map<String, Value>,
    client_id: String,
    now_ms: u128,
) -> Outcome {
    let text = |name: &str| input.get(name).and_then(Value::as_str).unwrap_or("");
    let (code, verifier, redirect_uri) = (text("code"), text("codeVerifier"), text("redirectUri"));
    if code.is_empty() || verifier.is_empty() || redirect_uri.is_empty() {
        return oidc_error(
            "InvalidRequestException",
            "code, codeVerifier and redirectUri are required for the authorization_code grant",
        );
    }
    if !shared.state().sso.authcode.clients.contains_key(&client_id) {
        return oidc_error(
            "UnauthorizedClientException",
            "The client is not registered for the authorization_code grant",
        );
    }
    let verdict = {
        let mut state = shared.state();
        let authcode = &mut state.sso.authcode;
        let found = authcode
            .codes
            .get_mut(code)
            .filter(|c| c.client_id == client_id);
        let mut exchange = CodeExchange {
            code_known: found.is_some(),
            redirect_uri_matches: false,
            verifier_matches: false,
            error: None,
        };
        let verdict = match found {
            None => Err("Invalid authorization code provided"),
            Some(found) => {
                exchange.redirect_uri_matches = found.redirect_uri == redirect_uri;
                exchange.verifier_matches = s256(verifier) == found.challenge;
                if found.redeemed {
                    Err("The authorization code has already been used")
                } else if now_ms >= found.expires_ms {
                    Err("The authorization code has expired")
                } else if !exchange.redirect_uri_matches {
                    Err("redirectUri does not match the authorization request")
                } else if !exchange.verifier_matches {
                    Err("The code verifier does not match the code challenge")
                } else {
                    found.redeemed = true;
                    Ok((found.sso, found.user.clone()))
                }
            }
        };
        exchange.error = verdict
            .as_ref()
            .err()
            .map(|_| "InvalidGrantException".to_string());
        authcode.exchanges.push(exchange);
        verdict
    };
    match verdict {
        Ok((sso, user)) => {
            let issued = issue_token(shared, sso, &user, Some(client_id), None, now_ms);
            token_answer(shared, &issued)
        }
        Err(message) => oidc_error("InvalidGrantException", message),
    }
}

/// base64url(SHA-256(verifier)) without padding (RFC 7636 §4.2).
fn s256(verifier: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

pub(crate) fn authorization_requests(shared: &Shared) -> Vec<AuthorizationRequest> {
    let state = shared.state();
    state
        .sso
        .authcode
        .requests
        .iter()
        .map(|r| r.record.clone())
        .collect()
}

pub(crate) fn code_exchanges(shared: &Shared) -> Vec<CodeExchange> {
    shared.state().sso.authcode.exchanges.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_uris_are_loopback_callbacks() {
        for ok in [
            "http://127.0.0.1/oauth/callback",
            "http://127.0.0.1:51234/oauth/callback",
            "http://localhost:8080/oauth/callback",
            "http://[::1]:8080/oauth/callback",
        ] {
            assert!(loopback_callback(ok), "{ok}");
        }
        for bad in [
            "https://127.0.0.1/oauth/callback",
            "http://127.0.0.1:80x/oauth/callback",
            "http://evil.com/oauth/callback",
            "http://127.0.0.1.evil.com/oauth/callback",
            "http://127.0.0.1/other",
            "http://127.0.0.1/oauth/callback?x=1",
            "http://127.0.0.1:/oauth/callback",
        ] {
            assert!(!loopback_callback(bad), "{bad}");
        }
        let registered = vec!["http://127.0.0.1/oauth/callback".to_string()];
        assert!(redirect_allowed(
            &registered,
            "http://127.0.0.1:4000/oauth/callback"
        ));
        assert!(!redirect_allowed(
            &registered,
            "http://localhost:4000/oauth/callback"
        ));
    }

    #[test]
    fn s256_matches_rfc_7636() {
        assert_eq!(
            s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
