//! IAM Identity Center: the SSO OIDC device authorization flow (RegisterClient,
//! StartDeviceAuthorization, CreateToken), the SSO portal (GetRoleCredentials, ListAccounts,
//! ListAccountRoles, Logout), and the approval of device codes by a test or by a person on the
//! sim's verification page. Both services are restJson1 and unsigned; the portal authenticates
//! with the `x-amz-sso_bearer_token` header.

use crate::demo::{self, DeviceEntry};
use crate::form;
use crate::scenario::{Operation, SignInMode, SsoInstance};
use crate::server::{inject, pick_fault, random_token, Injected, Outcome, Shared};
use crate::wire;
use bytes::Bytes;
use hyper::header::CONTENT_TYPE;
use hyper::HeaderMap;
use rand::Rng;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// RFC 8628's grant type, as the SDKs send it.
const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
const REFRESH_TOKEN_GRANT: &str = "refresh_token";

/// Client secrets of registered public clients last 90 days.
const CLIENT_SECRET_TTL_MS: u128 = 90 * 24 * 3600 * 1000;

/// Page size of the portal listings when `max_result` is absent.
const DEFAULT_PAGE_SIZE: usize = 20;

/// The header the portal reads its bearer token from (an underscore, as the model spells it).
const BEARER_HEADER: &str = "x-amz-sso_bearer_token";

/// User codes use consonants and digits that cannot be confused or spell words.
const USER_CODE_ALPHABET: &[u8] = b"BCDFGHJKLMNPQRSTVWXZ";

/// Where a device authorization stands, as [`crate::Sim::device_authorizations`] shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceState {
    /// Waiting for approval: CreateToken answers AuthorizationPendingException.
    Pending,
    /// Approved: CreateToken issues a token (once).
    Approved,
    /// Denied: CreateToken answers AccessDeniedException.
    Denied,
    /// Past `expiresIn` without a token: CreateToken answers ExpiredTokenException.
    Expired,
}

/// One device authorization StartDeviceAuthorization began.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceAuthorization {
    /// `ABCD-EFGH`, what the user confirms on the verification page.
    pub user_code: String,
    /// The start URL it signs in to, as the scenario spells it.
    pub start_url: String,
    pub state: DeviceState,
    /// Who approved it.
    pub user: Option<String>,
    /// Whether CreateToken exchanged it for a token (a device code works once).
    pub token_issued: bool,
    /// CreateToken calls with its device code so far.
    pub polls: u32,
}

/// An SSO access token the sim issued, so tests can look for leaks or write a token cache.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedSsoToken {
    pub access_token: String,
    pub refresh_token: String,
    /// The start URL, as the scenario spells it.
    pub start_url: String,
    /// The `[[sso.users]]` name it acts for.
    pub user: String,
    /// The OIDC client it was issued to; `None` from [`crate::Sim::create_sso_token`].
    pub client_id: Option<String>,
    /// When the portal stops accepting it, on the sim clock.
    pub expires_at: SystemTime,
}

struct Client {
    secret: String,
    expires_ms: u128,
}

#[derive(Clone)]
enum Verdict {
    Pending,
    Approved(String),
    Denied,
}

struct Device {
    device_code: String,
    user_code: String,
    client_id: String,
    /// Index into `Scenario::sso`.
    sso: usize,
    expires_ms: u128,
    interval_ms: u128,
    last_poll_ms: Option<u128>,
    polls: u32,
    verdict: Verdict,
    redeemed: bool,
}

impl Device {
    fn state(&self, now_ms: u128) -> DeviceState {
        if !self.redeemed && now_ms >= self.expires_ms {
            return DeviceState::Expired;
        }
        match self.verdict {
            Verdict::Pending => DeviceState::Pending,
            Verdict::Approved(_) => DeviceState::Approved,
            Verdict::Denied => DeviceState::Denied,
        }
    }
}

/// Who a token or refresh token acts for.
#[derive(Clone)]
struct Grant {
    sso: usize,
    user: String,
    /// `None`: any client may refresh it.
    client_id: Option<String>,
    expires_ms: u128,
}

/// A portal listing cursor: only valid for the user and account it continues.
struct Page {
    sso: usize,
    user: String,
    account: Option<String>,
    offset: usize,
}

/// Everything the OIDC and portal routes remember.
#[derive(Default)]
pub(crate) struct SsoState {
    clients: HashMap<String, Client>,
    devices: Vec<Device>,
    /// Access token → grant.
    tokens: HashMap<String, Grant>,
    /// Refresh token → grant (its `expires_ms` unused: refresh tokens last as long as the sim).
    refresh: HashMap<String, Grant>,
    pages: HashMap<String, Page>,
    pub(crate) issued: Vec<IssuedSsoToken>,
    pub(crate) authcode: crate::sso_authcode::AuthCodeState,
}

/// SSO OIDC's error shape: `x-amzn-ErrorType` and the model's `error` / `error_description`.
pub(crate) fn oidc_error(name: &str, description: impl Into<String>) -> Outcome {
    oidc_error_with_status(name, wire::oidc_status(name), description.into())
}

fn oidc_error_with_status(name: &str, status: u16, description: String) -> Outcome {
    let mut body = Map::new();
    if let Some(code) = wire::oidc_error_code(name) {
        body.insert("error".into(), Value::String(code.to_string()));
    }
    body.insert("error_description".into(), Value::String(description));
    Outcome::json_error(name, status, &Value::Object(body))
}

/// The portal's error shape: `x-amzn-ErrorType` and the model's lower-case `message`.
fn portal_error(name: &str, message: impl Into<String>) -> Outcome {
    portal_error_with_status(name, wire::default_status(name), message.into())
}

fn portal_error_with_status(name: &str, status: u16, message: String) -> Outcome {
    Outcome::json_error(name, status, &json!({ "message": message }))
}

fn unauthorized() -> Outcome {
    portal_error(
        "UnauthorizedException",
        "Session token not found or invalid",
    )
}

/// Applies a fault that names `op` (unsigned operations only match faults naming them).
/// `Err` carries the answer that replaces the normal one.
async fn apply_fault(shared: &Shared, op: Operation) -> Result<(), Outcome> {
    let Some(fault) = pick_fault(shared, op, None, None) else {
        return Ok(());
    };
    match inject(shared, &fault, op, None, None, None).await {
        None => Ok(()),
        Some(Injected::Drop) => Err(Outcome::Drop),
        Some(Injected::Malformed) => Err(Outcome::truncated(
            "application/json",
            wire::truncated_json(op),
        )),
        Some(Injected::Error(error)) => Err(if op.service() == "sso-oauth" {
            oidc_error_with_status(&error.name, error.status, error.message)
        } else {
            portal_error_with_status(&error.name, error.status, error.message)
        }),
    }
}

fn epoch_secs(ms: u128) -> u64 {
    u64::try_from(ms / 1000).unwrap_or(u64::MAX)
}

fn system_time(ms: u128) -> SystemTime {
    UNIX_EPOCH + Duration::from_millis(u64::try_from(ms).unwrap_or(u64::MAX))
}

/// A required, non-empty string member of a JSON request body.
fn member<'b>(input: &'b Map<String, Value>, name: &str) -> Option<&'b str> {
    input
        .get(name)
        .and_then(Value::as_str)
        .filter(|v| !v.is_empty())
}

/// SSO OIDC: `POST /client/register`, `/device_authorization` and `/token`.
pub(crate) async fn oidc(shared: &Shared, op: Operation, body: &[u8]) -> Outcome {
    if let Err(answer) = apply_fault(shared, op).await {
        return answer;
    }
    // The SDKs always send a JSON object, `{}` at least.
    let input = match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => map,
        _ => {
            return oidc_error(
                "InvalidRequestException",
                "The request body must be a JSON object",
            )
        }
    };
    match op {
        Operation::RegisterClient => register_client(shared, &input),
        Operation::StartDeviceAuthorization => start_device_authorization(shared, &input),
        _ => create_token(shared, &input),
    }
}

fn register_client(shared: &Shared, input: &Map<String, Value>) -> Outcome {
    for name in ["clientName", "clientType"] {
        if member(input, name).is_none() {
            return oidc_error("InvalidRequestException", format!("{name} is required"));
        }
    }
    let authcode = match crate::sso_authcode::registration(shared, input) {
        Ok(authcode) => authcode,
        Err(answer) => return answer,
    };
    let now_ms = shared.now_ms();
    let client_id = random_token("", 22);
    if let Some((redirect_uris, sso)) = authcode {
        crate::sso_authcode::remember_client(shared, &client_id, redirect_uris, sso);
    }
    let secret = random_token(&shared.scenario.token_prefix, 96);
    let expires_ms = now_ms + CLIENT_SECRET_TTL_MS;
    shared.state().sso.clients.insert(
        client_id.clone(),
        Client {
            secret: secret.clone(),
            expires_ms,
        },
    );
    Outcome::json(
        200,
        &json!({
            "clientId": client_id,
            "clientSecret": secret,
            "clientIdIssuedAt": epoch_secs(now_ms),
            "clientSecretExpiresAt": epoch_secs(expires_ms),
        }),
    )
}

/// Checks `clientId` / `clientSecret` against the registered clients; the error to answer
/// otherwise.
fn authenticate_client<'i>(
    shared: &Shared,
    input: &'i Map<String, Value>,
    now_ms: u128,
) -> Result<&'i str, Outcome> {
    let (Some(client_id), Some(secret)) =
        (member(input, "clientId"), member(input, "clientSecret"))
    else {
        return Err(oidc_error(
            "InvalidRequestException",
            "clientId and clientSecret are required",
        ));
    };
    let state = shared.state();
    match state.sso.clients.get(client_id) {
        Some(client) if client.secret == secret && now_ms < client.expires_ms => Ok(client_id),
        Some(client) if client.secret == secret => Err(oidc_error(
            "InvalidClientException",
            "The client secret has expired; register the client again",
        )),
        _ => Err(oidc_error(
            "InvalidClientException",
            "Invalid client ID or client secret",
        )),
    }
}

fn new_user_code(devices: &[Device]) -> String {
    let mut rng = rand::rng();
    loop {
        let mut code: String = (0..8)
            .map(|_| char::from(USER_CODE_ALPHABET[rng.random_range(0..USER_CODE_ALPHABET.len())]))
            .collect();
        code.insert(4, '-');
        if !devices.iter().any(|d| d.user_code == code) {
            return code;
        }
    }
}

fn start_device_authorization(shared: &Shared, input: &Map<String, Value>) -> Outcome {
    let now_ms = shared.now_ms();
    let client_id = match authenticate_client(shared, input, now_ms) {
        Ok(id) => id.to_string(),
        Err(answer) => return answer,
    };
    let Some(start_url) = member(input, "startUrl") else {
        return oidc_error("InvalidRequestException", "startUrl is required");
    };
    let scenario = &shared.scenario;
    let Some(index) = scenario
        .sso
        .iter()
        .position(|s| s.matches_start_url(start_url))
    else {
        return oidc_error(
            "InvalidRequestException",
            format!("Invalid start URL: {start_url}"),
        );
    };
    let sso = &scenario.sso[index];
    let verification_uri = match scenario.sign_in {
        SignInMode::Sim => format!("{}/device", shared.base_url),
        SignInMode::Connect => format!("https://{}/start/#/device", sso.start_host()),
    };
    let device_code = random_token(&scenario.token_prefix, 64);
    let mut state = shared.state();
    let user_code = new_user_code(&state.sso.devices);
    state.sso.devices.push(Device {
        device_code: device_code.clone(),
        user_code: user_code.clone(),
        client_id,
        sso: index,
        expires_ms: now_ms + u128::from(sso.device_code_ttl_secs) * 1000,
        interval_ms: u128::from(sso.interval_secs) * 1000,
        last_poll_ms: None,
        polls: 0,
        verdict: Verdict::Pending,
        redeemed: false,
    });
    Outcome::json(
        200,
        &json!({
            "deviceCode": device_code,
            "userCode": user_code,
            "verificationUri": verification_uri,
            "verificationUriComplete": format!("{verification_uri}?user_code={user_code}"),
            "expiresIn": sso.device_code_ttl_secs,
            "interval": sso.interval_secs,
        }),
    )
}

/// Issues an access token (and, unless refreshing, a new refresh token) for `user` of `sso`.
pub(crate) fn issue_token(
    shared: &Shared,
    sso: usize,
    user: &str,
    client_id: Option<String>,
    refresh_token: Option<String>,
    now_ms: u128,
) -> IssuedSsoToken {
    let scenario = &shared.scenario;
    let ttl_secs = scenario.sso.get(sso).map_or(0, |s| s.token_ttl_secs);
    let expires_ms = now_ms + u128::from(ttl_secs) * 1000;
    let access_token = random_token(&scenario.token_prefix, 128);
    let grant = Grant {
        sso,
        user: user.to_string(),
        client_id: client_id.clone(),
        expires_ms,
    };
    let mut state = shared.state();
    let refresh_token = refresh_token.unwrap_or_else(|| {
        let token = random_token(&scenario.token_prefix, 128);
        state.sso.refresh.insert(token.clone(), grant.clone());
        token
    });
    state.sso.tokens.insert(access_token.clone(), grant);
    let issued = IssuedSsoToken {
        access_token,
        refresh_token,
        start_url: scenario
            .sso
            .get(sso)
            .map(|s| s.start_url.clone())
            .unwrap_or_default(),
        user: user.to_string(),
        client_id,
        expires_at: system_time(expires_ms),
    };
    state.sso.issued.push(issued.clone());
    issued
}

pub(crate) fn token_answer(shared: &Shared, issued: &IssuedSsoToken) -> Outcome {
    let ttl = shared
        .scenario
        .sso
        .iter()
        .find(|s| s.start_url == issued.start_url)
        .map_or(0, |s| s.token_ttl_secs);
    Outcome::json(
        200,
        &json!({
            "accessToken": issued.access_token,
            "tokenType": "Bearer",
            "expiresIn": ttl,
            "refreshToken": issued.refresh_token,
        }),
    )
}

fn create_token(shared: &Shared, input: &Map<String, Value>) -> Outcome {
    let now_ms = shared.now_ms();
    let client_id = match authenticate_client(shared, input, now_ms) {
        Ok(id) => id.to_string(),
        Err(answer) => return answer,
    };
    match member(input, "grantType") {
        None => oidc_error("InvalidRequestException", "grantType is required"),
        Some(DEVICE_CODE_GRANT) => device_code_grant(shared, input, client_id, now_ms),
        Some(REFRESH_TOKEN_GRANT) => refresh_token_grant(shared, input, client_id, now_ms),
        Some(crate::sso_authcode::AUTHORIZATION_CODE_GRANT) => {
            crate::sso_authcode::code_grant(shared, input, client_id, now_ms)
        }
        Some(other) => oidc_error(
            "UnsupportedGrantTypeException",
            format!("Unsupported grant type: {other}"),
        ),
    }
}

/// RFC 8628 polling: pending until a verdict, slow_down when polled inside `interval`, a
/// token once approved, and only once.
fn device_code_grant(
    shared: &Shared,
    input: &Map<String, Value>,
    client_id: String,
    now_ms: u128,
) -> Outcome {
    let Some(device_code) = member(input, "deviceCode") else {
        return oidc_error(
            "InvalidRequestException",
            "deviceCode is required for the device_code grant",
        );
    };
    let (sso, user) = {
        let mut state = shared.state();
        let Some(device) = state
            .sso
            .devices
            .iter_mut()
            .find(|d| d.device_code == device_code && d.client_id == client_id)
        else {
            return oidc_error("InvalidGrantException", "Invalid device code provided");
        };
        device.polls = device.polls.saturating_add(1);
        let last_poll_ms = device.last_poll_ms.replace(now_ms);
        if device.redeemed {
            return oidc_error(
                "InvalidGrantException",
                "The device code has already been exchanged for a token",
            );
        }
        if now_ms >= device.expires_ms {
            return oidc_error("ExpiredTokenException", "The device code has expired");
        }
        match device.verdict.clone() {
            Verdict::Denied => {
                return oidc_error("AccessDeniedException", "The user denied the authorization")
            }
            Verdict::Pending => {
                let too_soon = last_poll_ms
                    .is_some_and(|last| now_ms.saturating_sub(last) < device.interval_ms);
                return if too_soon {
                    oidc_error(
                        "SlowDownException",
                        "Polling too fast: wait the interval between CreateToken calls",
                    )
                } else {
                    oidc_error(
                        "AuthorizationPendingException",
                        "The user has not approved the authorization yet",
                    )
                };
            }
            Verdict::Approved(user) => {
                device.redeemed = true;
                (device.sso, user)
            }
        }
    };
    let issued = issue_token(shared, sso, &user, Some(client_id), None, now_ms);
    token_answer(shared, &issued)
}

fn refresh_token_grant(
    shared: &Shared,
    input: &Map<String, Value>,
    client_id: String,
    now_ms: u128,
) -> Outcome {
    let Some(refresh_token) = member(input, "refreshToken") else {
        return oidc_error(
            "InvalidRequestException",
            "refreshToken is required for the refresh_token grant",
        );
    };
    let grant = shared.state().sso.refresh.get(refresh_token).cloned();
    let Some(grant) = grant.filter(|g| g.client_id.as_ref().is_none_or(|c| *c == client_id)) else {
        return oidc_error("InvalidGrantException", "Invalid refresh token provided");
    };
    // The refresh token stays valid and is sent back, so a cache holding it keeps working.
    let issued = issue_token(
        shared,
        grant.sso,
        &grant.user,
        grant.client_id.clone(),
        Some(refresh_token.to_string()),
        now_ms,
    );
    token_answer(shared, &issued)
}

/// The query parameters, percent-decoded.
fn query_params(query: Option<&str>) -> HashMap<String, String> {
    query
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (decode(k), decode(v))
        })
        .collect()
}

/// The SSO portal: `GET /federation/credentials`, `/assignment/accounts`, `/assignment/roles`
/// and `POST /logout`, each with the bearer token of a signed-in user.
pub(crate) async fn portal(
    shared: &Shared,
    op: Operation,
    headers: &HeaderMap,
    query: Option<&str>,
) -> Outcome {
    if let Err(answer) = apply_fault(shared, op).await {
        return answer;
    }
    let now_ms = shared.now_ms();
    let Some(token) = headers.get(BEARER_HEADER).and_then(|v| v.to_str().ok()) else {
        return unauthorized();
    };
    let grant = shared.state().sso.tokens.get(token).cloned();
    let Some(grant) = grant.filter(|g| now_ms < g.expires_ms) else {
        return unauthorized();
    };
    let Some(sso) = shared.scenario.sso.get(grant.sso) else {
        return unauthorized();
    };
    let params = query_params(query);
    match op {
        Operation::GetRoleCredentials => get_role_credentials(shared, sso, &grant, &params, now_ms),
        Operation::ListAccounts => list(shared, sso, &grant, &params, None),
        Operation::ListAccountRoles => match params.get("account_id").filter(|a| !a.is_empty()) {
            Some(account) => list(shared, sso, &grant, &params, Some(account.clone())),
            None => portal_error("InvalidRequestException", "account_id is required"),
        },
        _ => {
            shared.state().sso.tokens.remove(token);
            Outcome::Answer {
                status: 200,
                content_type: "application/json",
                body: Bytes::new(),
                error_type: None,
                error_header: false,
            }
        }
    }
}

/// `AWSReservedSSO_<permission set>_<16 hex>`: the role IAM Identity Center creates in each
/// account. The suffix is random in AWS; derived here so it is stable per account and set.
pub(crate) fn reserved_role_name(account: &str, permission_set: &str) -> String {
    let digest = Sha256::digest(format!("{account}/{permission_set}").as_bytes());
    format!(
        "AWSReservedSSO_{permission_set}_{}",
        hex::encode(&digest[..8])
    )
}

fn get_role_credentials(
    shared: &Shared,
    sso: &SsoInstance,
    grant: &Grant,
    params: &HashMap<String, String>,
    now_ms: u128,
) -> Outcome {
    let value = |name: &str| params.get(name).filter(|v| !v.is_empty());
    let (Some(role), Some(account)) = (value("role_name"), value("account_id")) else {
        return portal_error(
            "InvalidRequestException",
            "role_name and account_id are required",
        );
    };
    let assigned = sso
        .users
        .iter()
        .find(|u| u.name == grant.user)
        .is_some_and(|u| {
            u.assignments
                .iter()
                .any(|a| &a.account == account && &a.role == role)
        });
    if !assigned {
        // Not in the model: AWS answers an unassigned role with this unmodelled error.
        return portal_error("ForbiddenException", "No access");
    }
    let expires_ms = now_ms + u128::from(sso.credentials_ttl_secs) * 1000;
    let issued = shared.issue_credentials(
        account,
        &reserved_role_name(account, role),
        &grant.user,
        expires_ms,
        Operation::GetRoleCredentials,
    );
    Outcome::json(
        200,
        &json!({
            "roleCredentials": {
                "accessKeyId": issued.access_key_id,
                "secretAccessKey": issued.secret_access_key,
                "sessionToken": issued.session_token,
                "expiration": u64::try_from(expires_ms).unwrap_or(u64::MAX),
            }
        }),
    )
}

/// ListAccounts (`account` None) and ListAccountRoles, paged by `max_result` / `next_token`.
fn list(
    shared: &Shared,
    sso: &SsoInstance,
    grant: &Grant,
    params: &HashMap<String, String>,
    account: Option<String>,
) -> Outcome {
    let page_size = match params.get("max_result") {
        None => DEFAULT_PAGE_SIZE,
        Some(raw) => match raw.parse::<usize>() {
            Ok(n) if (1..=100).contains(&n) => n,
            _ => {
                return portal_error(
                    "InvalidRequestException",
                    format!("max_result must be between 1 and 100, got {raw:?}"),
                )
            }
        },
    };
    let assignments = sso
        .users
        .iter()
        .find(|u| u.name == grant.user)
        .map(|u| u.assignments.as_slice())
        .unwrap_or_default();
    let items: Vec<Value> = match &account {
        None => {
            let mut accounts: Vec<&str> = Vec::new();
            for a in assignments {
                if !accounts.contains(&a.account.as_str()) {
                    accounts.push(&a.account);
                }
            }
            accounts
                .iter()
                .map(|id| {
                    json!({
                        "accountId": id,
                        "accountName": sso.account_names.get(*id).map_or(*id, String::as_str),
                        "emailAddress": format!("aws+{id}@example.com"),
                    })
                })
                .collect()
        }
        Some(account) => assignments
            .iter()
            .filter(|a| &a.account == account)
            .map(|a| json!({ "roleName": a.role, "accountId": a.account }))
            .collect(),
    };
    let mut state = shared.state();
    let offset = match params.get("next_token") {
        None => 0,
        Some(token) => match state.sso.pages.get(token) {
            Some(page)
                if page.sso == grant.sso && page.user == grant.user && page.account == account =>
            {
                page.offset
            }
            _ => return portal_error("InvalidRequestException", "Invalid next_token"),
        },
    };
    let end = (offset + page_size).min(items.len());
    let key = if account.is_none() {
        "accountList"
    } else {
        "roleList"
    };
    let mut body = Map::new();
    body.insert(
        key.into(),
        Value::Array(items.get(offset..end).unwrap_or_default().to_vec()),
    );
    if end < items.len() {
        let token = random_token("", 48);
        state.sso.pages.insert(
            token.clone(),
            Page {
                sso: grant.sso,
                user: grant.user.clone(),
                account,
                offset: end,
            },
        );
        body.insert("nextToken".into(), Value::String(token));
    }
    Outcome::json(200, &Value::Object(body))
}

/// Device authorizations in order, with their state on the sim clock.
pub(crate) fn device_authorizations(shared: &Shared) -> Vec<DeviceAuthorization> {
    let now_ms = shared.now_ms();
    let state = shared.state();
    state
        .sso
        .devices
        .iter()
        .map(|d| DeviceAuthorization {
            user_code: d.user_code.clone(),
            start_url: shared
                .scenario
                .sso
                .get(d.sso)
                .map(|s| s.start_url.clone())
                .unwrap_or_default(),
            state: d.state(now_ms),
            user: match &d.verdict {
                Verdict::Approved(user) => Some(user.clone()),
                _ => None,
            },
            token_issued: d.redeemed,
            polls: d.polls,
        })
        .collect()
}

/// Approve (as a user, `None`: the first of the start URL) or deny.
pub(crate) enum Decision<'a> {
    Approve(Option<&'a str>),
    Deny,
}

/// A refused decision: the HTTP status for the approval endpoint and why.
pub(crate) struct Refusal {
    pub status: u16,
    pub message: String,
}

impl From<Refusal> for String {
    fn from(refusal: Refusal) -> String {
        refusal.message
    }
}

/// `abcd efgh`, `ABCDEFGH` and `ABCD-EFGH` are the same code, as people type it.
fn normalize_user_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Approves or denies the pending device authorization of `user_code`; `Ok` holds the code as
/// issued and the approving user.
pub(crate) fn decide(
    shared: &Shared,
    user_code: &str,
    decision: Decision<'_>,
) -> Result<(String, Option<String>), Refusal> {
    let refuse = |status: u16, message: String| Err(Refusal { status, message });
    let wanted = normalize_user_code(user_code);
    let now_ms = shared.now_ms();
    let mut state = shared.state();
    let Some(device) = state
        .sso
        .devices
        .iter_mut()
        .find(|d| !wanted.is_empty() && normalize_user_code(&d.user_code) == wanted)
    else {
        return refuse(
            404,
            format!("No device authorization has the user code {user_code:?}"),
        );
    };
    match device.state(now_ms) {
        DeviceState::Pending => {}
        DeviceState::Expired => {
            return refuse(410, format!("The code {} has expired", device.user_code))
        }
        DeviceState::Approved | DeviceState::Denied => {
            return refuse(
                409,
                format!(
                    "The code {} was already approved or denied",
                    device.user_code
                ),
            )
        }
    }
    let Some(sso) = shared.scenario.sso.get(device.sso) else {
        return refuse(404, "The start URL is gone".into());
    };
    let verdict = match decision {
        Decision::Deny => Verdict::Denied,
        Decision::Approve(user) => {
            let chosen = match user.filter(|u| !u.is_empty()) {
                Some(name) => sso.users.iter().find(|u| u.name == name),
                None => sso.users.first(),
            };
            match chosen {
                Some(u) => Verdict::Approved(u.name.clone()),
                None => {
                    return refuse(
                        400,
                        format!(
                            "{:?} is not a user of {}",
                            user.unwrap_or("(the first user)"),
                            sso.start_url
                        ),
                    )
                }
            }
        }
    };
    device.verdict = verdict.clone();
    let user = match verdict {
        Verdict::Approved(user) => Some(user),
        _ => None,
    };
    Ok((device.user_code.clone(), user))
}

/// `Sim::create_sso_token`: a token as if `user` had completed the device flow.
pub(crate) fn create_token_for(
    shared: &Shared,
    start_url: &str,
    user: &str,
) -> Result<IssuedSsoToken, String> {
    let scenario = &shared.scenario;
    let index = scenario
        .sso
        .iter()
        .position(|s| s.matches_start_url(start_url))
        .ok_or_else(|| format!("{start_url:?} is not an [[sso]] start_url of the scenario"))?;
    if !scenario.sso[index].users.iter().any(|u| u.name == user) {
        return Err(format!("{user:?} is not a user of {start_url}"));
    }
    let now_ms = shared.now_ms();
    Ok(issue_token(shared, index, user, None, None, now_ms))
}

/// `GET /device[?user_code=…]`: the verification page, listing pending codes (or the one asked
/// for) with Approve and Deny buttons, so a person running the demo can sign in.
pub(crate) fn device_page(shared: &Shared, query: Option<&str>) -> Outcome {
    let params = query_params(query);
    let wanted = params
        .get("user_code")
        .map(|c| normalize_user_code(c))
        .filter(|c| !c.is_empty());
    let now_ms = shared.now_ms();
    let state = shared.state();
    let entries: Vec<DeviceEntry<'_>> = state
        .sso
        .devices
        .iter()
        .filter(|d| d.state(now_ms) == DeviceState::Pending)
        .filter(|d| {
            wanted
                .as_ref()
                .is_none_or(|w| *w == normalize_user_code(&d.user_code))
        })
        .filter_map(|d| {
            let sso = shared.scenario.sso.get(d.sso)?;
            Some(DeviceEntry {
                user_code: &d.user_code,
                start_url: &sso.start_url,
                users: sso.users.iter().map(|u| u.name.as_str()).collect(),
            })
        })
        .collect();
    let missing = params
        .get("user_code")
        .filter(|_| wanted.is_some() && entries.is_empty())
        .map(String::as_str);
    Outcome::html(200, demo::device_page(&entries, missing))
}

/// `POST /_sim/device/approve` and `/_sim/device/deny`: fields `user_code` and (approve)
/// `user`, as a form (the verification page; answered with a page) or JSON (tests and scripts;
/// answered with JSON).
pub(crate) fn device_decision(
    shared: &Shared,
    approve: bool,
    headers: &HeaderMap,
    body: &[u8],
) -> Outcome {
    let is_json = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().starts_with("application/json"));
    let fields: Option<(String, Option<String>)> = if is_json {
        serde_json::from_slice::<Value>(body).ok().and_then(|v| {
            let code = v.get("user_code")?.as_str()?.to_string();
            let user = v.get("user").and_then(Value::as_str).map(str::to_string);
            Some((code, user))
        })
    } else if form::is_form(headers) {
        form::parse(body).and_then(|fields| {
            let code = form::field(&fields, "user_code")?.to_string();
            let user = form::field(&fields, "user").map(str::to_string);
            Some((code, user))
        })
    } else {
        None
    };
    let Some((user_code, user)) = fields else {
        let message = "Send `user_code` (and for approve optionally `user`) as a form or JSON";
        return if is_json {
            Outcome::json(400, &json!({ "message": message }))
        } else {
            Outcome::html(400, demo::device_refused_page(message))
        };
    };
    let decision = if approve {
        Decision::Approve(user.as_deref())
    } else {
        Decision::Deny
    };
    match decide(shared, &user_code, decision) {
        Ok((code, user)) if is_json => Outcome::json(
            200,
            &json!({
                "user_code": code,
                "state": if approve { "approved" } else { "denied" },
                "user": user,
            }),
        ),
        Ok((code, user)) => Outcome::html(200, demo::device_decided_page(&code, user.as_deref())),
        Err(refusal) if is_json => {
            Outcome::json(refusal.status, &json!({ "message": refusal.message }))
        }
        Err(refusal) => Outcome::html(refusal.status, demo::device_refused_page(&refusal.message)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_codes_normalize() {
        assert_eq!(normalize_user_code(" abcd-efgh "), "ABCDEFGH");
        assert_eq!(normalize_user_code("ABCDEFGH"), "ABCDEFGH");
        let code = new_user_code(&[]);
        assert_eq!(code.len(), 9);
        assert_eq!(&code[4..5], "-");
        assert!(code
            .chars()
            .all(|c| c == '-' || USER_CODE_ALPHABET.contains(&(c as u8))));
    }

    #[test]
    fn reserved_role_names_fit_iam() {
        let name = reserved_role_name("123456789012", "ConnectAgent");
        assert!(name.starts_with("AWSReservedSSO_ConnectAgent_"));
        assert_eq!(name.len(), "AWSReservedSSO_ConnectAgent_".len() + 16);
        assert_eq!(name, reserved_role_name("123456789012", "ConnectAgent"));
        assert!(reserved_role_name("123456789012", &"x".repeat(32)).len() <= 64);
    }

    #[test]
    fn oidc_errors_carry_the_oauth_code() {
        let Outcome::Answer {
            status,
            body,
            error_type,
            ..
        } = oidc_error("AuthorizationPendingException", "wait")
        else {
            panic!("an answer");
        };
        assert_eq!(status, 400);
        assert_eq!(error_type.as_deref(), Some("AuthorizationPendingException"));
        let body: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            body,
            json!({"error": "authorization_pending", "error_description": "wait"})
        );
    }
}
