//! The running simulator: the HTTP server, routing, recording, fault injection, the three
//! Connect operations, STS (GetCallerIdentity here, AssumeRole in `assume_role`), the
//! session-resume form, and the temporary credentials the SSO portal and AssumeRole issue.

use crate::assume_role;
use crate::demo;
use crate::directory::{
    self, find_instance, parse_instance_ref, random_uuid, user_id, InstanceRef,
};
use crate::form;
use crate::scenario::{
    Credential, Fault, IdentityManagementType, Instance, Operation, Scenario, SignInMode,
};
use crate::sigv4::{self, AuthFailure, AuthHeader, SignedRequest};
use crate::sso::{self, DeviceAuthorization, IssuedSsoToken, SsoState};
use crate::sso_authcode::{self, AuthorizationRequest, CodeExchange};
use crate::sts::{self, StsError};
use crate::tls::TlsIdentity;
use crate::wire::{self, ApiError};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{HeaderMap, Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use rand::distr::{Alphanumeric, SampleString};
use rand::Rng;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;

/// One request the simulator received, as tests inspect it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    pub method: String,
    /// The path as it arrived, still percent-encoded, without the query.
    pub path: String,
    /// The operation name (`GetFederationToken`, `AssumeRole`, `CreateToken`, …, see
    /// [`Operation`]); `None` for sign-in and device pages, the `/_sim` endpoints, unknown routes
    /// and STS forms with another `Action`.
    pub operation: Option<String>,
    /// From the `Authorization` header's credential scope, whether or not the key is known.
    pub access_key_id: Option<String>,
    /// From the credential scope.
    pub region: Option<String>,
    /// The status answered; 0 when the connection was dropped (or the answer is still pending).
    pub status: u16,
    /// The error answered, if any: the `x-amzn-ErrorType` of the restJson1 routes (Connect, SSO
    /// OIDC, SSO portal), the XML `Code` of STS (which sends no such header).
    pub error_type: Option<String>,
}

/// The secrets of one successful GetFederationToken, so tests can look for leaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedTokens {
    pub access_token: String,
    pub refresh_token: String,
    pub sign_in_url: String,
    pub instance_id: String,
}

/// A ListInstances cursor: tokens are opaque to callers and only valid for the listing they
/// continue.
struct Page {
    account: String,
    region: String,
    offset: usize,
}

/// What an issued access token opens, so `/auth/sign-in` can resume its session later.
#[derive(Clone)]
struct Session {
    alias: String,
    user: String,
    /// `AccessTokenExpiration`, in milliseconds of the sim clock.
    expires_ms: u128,
}

/// Temporary credentials the sim issued (SSO portal or STS AssumeRole), as tests inspect them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedCredentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: String,
    /// The account they act in.
    pub account: String,
    /// The role they are a session of: `AWSReservedSSO_<permission set>_<suffix>` for the
    /// portal, the role name for AssumeRole.
    pub role: String,
    /// The role session name, which is also the Connect username they map to.
    pub user: String,
    /// `GetRoleCredentials` or `AssumeRole`.
    pub operation: Operation,
    /// When they stop working, on the sim clock (see [`Sim::advance_clock`]).
    pub expiration: SystemTime,
}

/// One STS AssumeRole request, so tests can count MFA prompts. The MFA code itself is not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssumeRoleCall {
    /// The caller's key, from the `Authorization` header (known or not).
    pub access_key_id: Option<String>,
    pub role_arn: Option<String>,
    pub role_session_name: Option<String>,
    /// `SerialNumber` as sent.
    pub serial_number: Option<String>,
    /// Whether a `TokenCode` was sent.
    pub token_code_sent: bool,
    /// Whether an `ExternalId` was sent.
    pub external_id_sent: bool,
    /// `DurationSeconds` as sent.
    pub duration_seconds: Option<String>,
    /// The status answered; 0 when the connection was dropped.
    pub status: u16,
    /// The STS error `Code`, if any.
    pub error_code: Option<String>,
}

impl AssumeRoleCall {
    /// Whether the call carried an MFA serial number and code (one MFA prompt answered).
    pub fn sent_mfa(&self) -> bool {
        self.serial_number.is_some() && self.token_code_sent
    }
}

/// Credentials the sim issued, by access key ID: accepted on every signed route until they
/// expire.
pub(crate) struct Temporary {
    pub credential: Credential,
    /// Expiration in milliseconds of the sim clock.
    pub expires_ms: u128,
}

#[derive(Default)]
pub(crate) struct State {
    requests: Vec<RecordedRequest>,
    issued: Vec<IssuedTokens>,
    opened: Vec<String>,
    resumed: Vec<String>,
    fault_hits: Vec<u32>,
    /// Demo-mode sign-in token → (alias, user).
    sign_ins: HashMap<String, (String, String)>,
    /// Every access token issued (in any sign-in mode) → its session.
    sessions: HashMap<String, Session>,
    pages: HashMap<String, Page>,
    /// How far [`Sim::advance_clock`] moved the sim clock ahead of the real one.
    clock_offset: Duration,
    /// SSO OIDC clients, device codes and tokens, and portal listings.
    pub(crate) sso: SsoState,
    /// Access key ID → temporary credentials issued by the portal or AssumeRole.
    pub(crate) temporary: HashMap<String, Temporary>,
    pub(crate) issued_credentials: Vec<IssuedCredentials>,
    pub(crate) assume_role_calls: Vec<AssumeRoleCall>,
}

pub(crate) struct Shared {
    pub(crate) scenario: Scenario,
    pub(crate) base_url: String,
    state: Mutex<State>,
    /// Requests waiting out a fault's latency now, and the most there ever were at once: whether
    /// a client asks in parallel is seen here, not guessed from a stopwatch.
    delayed_now: AtomicUsize,
    delayed_most: AtomicUsize,
    delayed_total: AtomicUsize,
}

impl Shared {
    /// A panic elsewhere must not hide what was recorded, so poisoning is ignored.
    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The sim clock, which token lifetimes are measured by, in epoch milliseconds. Do not call
    /// it with the state locked.
    pub(crate) fn now_ms(&self) -> u128 {
        let offset = self.state().clock_offset;
        (SystemTime::now() + offset)
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis()
    }

    /// The key an `Authorization` header names: a scenario key, or temporary credentials the
    /// sim issued (marked `expired` once the sim clock reaches their expiration, so they fail
    /// like a scenario's `expired` key).
    fn lookup_key(&self, access_key_id: &str) -> Option<Credential> {
        if let Some(c) = self
            .scenario
            .credentials
            .iter()
            .find(|c| c.access_key_id == access_key_id)
        {
            return Some(c.clone());
        }
        let now_ms = self.now_ms();
        let state = self.state();
        let temporary = state.temporary.get(access_key_id)?;
        let mut credential = temporary.credential.clone();
        credential.expired = now_ms >= temporary.expires_ms;
        Some(credential)
    }

    /// Whether `access_key_id` belongs to temporary credentials the sim issued.
    pub(crate) fn is_temporary(&self, access_key_id: &str) -> bool {
        self.state().temporary.contains_key(access_key_id)
    }

    /// The SigV4 checks of a signed route, against scenario keys and issued credentials.
    fn authenticate(
        &self,
        auth: Result<AuthHeader, AuthFailure>,
        request: &SignedRequest<'_>,
        service: &str,
    ) -> Result<(Credential, AuthHeader), AuthFailure> {
        let auth = auth?;
        let credential = self.lookup_key(&auth.access_key_id);
        let caller = sigv4::authenticate(
            credential,
            &auth,
            request,
            service,
            self.scenario.signature_now(),
        )?;
        Ok((caller, auth))
    }

    /// Issues fresh temporary credentials that every signed route accepts until `expires_ms`
    /// (sim clock), acting as `user` in a session of `role` in `account`.
    pub(crate) fn issue_credentials(
        &self,
        account: &str,
        role: &str,
        user: &str,
        expires_ms: u128,
        operation: Operation,
    ) -> IssuedCredentials {
        let prefix = &self.scenario.token_prefix;
        let mut rng = rand::rng();
        // Real temporary key IDs are ASIA + 16 upper-case letters and digits.
        let key_suffix: String = (0..16)
            .map(|_| {
                let chars = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
                char::from(chars[rng.random_range(0..chars.len())])
            })
            .collect();
        let issued = IssuedCredentials {
            access_key_id: format!("ASIA{key_suffix}"),
            secret_access_key: random_token(prefix, 40),
            session_token: random_token(prefix, 256),
            account: account.to_string(),
            role: role.to_string(),
            user: user.to_string(),
            operation,
            expiration: UNIX_EPOCH
                + Duration::from_millis(u64::try_from(expires_ms).unwrap_or(u64::MAX)),
        };
        let credential = Credential {
            access_key_id: issued.access_key_id.clone(),
            secret_access_key: issued.secret_access_key.clone(),
            session_token: Some(issued.session_token.clone()),
            account: account.to_string(),
            user: user.to_string(),
            role: Some(role.to_string()),
            root: false,
            expired: false,
            // Issued credentials may do what the sim serves; `allow` models a static key's policy.
            allow: None,
        };
        let mut state = self.state();
        state.temporary.insert(
            issued.access_key_id.clone(),
            Temporary {
                credential,
                expires_ms,
            },
        );
        state.issued_credentials.push(issued.clone());
        issued
    }
}

/// A running simulator. Dropping it (or awaiting [`Sim::shutdown`]) stops it.
pub struct Sim {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<watch::Sender<()>>,
    accept_task: Option<JoinHandle<()>>,
}

impl Sim {
    /// Serves `scenario` on an ephemeral port of 127.0.0.1.
    pub async fn start(scenario: Scenario) -> std::io::Result<Sim> {
        Sim::start_on(scenario, 0).await
    }

    /// Serves `scenario` on 127.0.0.1:`port` (0 picks a free port).
    pub async fn start_on(scenario: Scenario, port: u16) -> std::io::Result<Sim> {
        Sim::start_serving(scenario, port, None).await
    }

    /// Serves `scenario` over HTTPS on an ephemeral port of 127.0.0.1, presenting `identity`:
    /// the endpoint URL is then `https://127.0.0.1:PORT`.
    pub async fn start_tls(scenario: Scenario, identity: &TlsIdentity) -> std::io::Result<Sim> {
        Sim::start_serving(scenario, 0, Some(identity.acceptor()?)).await
    }

    async fn start_serving(
        scenario: Scenario,
        port: u16,
        tls: Option<TlsAcceptor>,
    ) -> std::io::Result<Sim> {
        scenario
            .validate()
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e.to_string()))?;
        let listener = TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                fault_hits: vec![0; scenario.faults.len()],
                ..State::default()
            }),
            scenario,
            base_url: format!("{}://{addr}", if tls.is_some() { "https" } else { "http" }),
            delayed_now: AtomicUsize::new(0),
            delayed_most: AtomicUsize::new(0),
            delayed_total: AtomicUsize::new(0),
        });
        let (stop, stopped) = watch::channel(());
        let accept_task = tokio::spawn(accept_loop(listener, Arc::clone(&shared), stopped, tls));
        Ok(Sim {
            addr,
            shared,
            stop: Some(stop),
            accept_task: Some(accept_task),
        })
    }

    /// Stops accepting, closes every open connection and waits for the listener to close.
    pub async fn shutdown(mut self) {
        self.stop.take();
        if let Some(task) = self.accept_task.take() {
            let _ = task.await;
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`, the value for `AWS_ENDPOINT_URL_CONNECT` (and `_STS`, `_SSO`,
    /// `_SSO_OIDC`: every service is on this origin).
    pub fn endpoint_url(&self) -> String {
        self.shared.base_url.clone()
    }

    pub fn scenario(&self) -> &Scenario {
        &self.shared.scenario
    }

    /// The most requests that were waiting out a fault's latency at the same time.
    pub fn most_delayed_at_once(&self) -> usize {
        self.shared.delayed_most.load(Ordering::SeqCst)
    }

    /// How many requests have waited out a fault's latency so far.
    pub fn delayed_requests(&self) -> usize {
        self.shared.delayed_total.load(Ordering::SeqCst)
    }

    /// Every request received, in arrival order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.state().requests.clone()
    }

    /// Every successful GetFederationToken's tokens, as generated (even when a fault left them
    /// out of the body), in order.
    pub fn issued_tokens(&self) -> Vec<IssuedTokens> {
        self.shared.state().issued.clone()
    }

    /// Demo sign-in pages opened, as `"<alias> as <user>"`.
    pub fn opened_sign_ins(&self) -> Vec<String> {
        self.shared.state().opened.clone()
    }

    /// Sessions resumed through `POST /auth/sign-in`, as `"<alias> as <user> -> <destination>"`,
    /// in order. Refused and malformed forms are not listed.
    pub fn resumed_sign_ins(&self) -> Vec<String> {
        self.shared.state().resumed.clone()
    }

    /// Moves the sim clock forward by `by`, so tests can expire issued tokens without sleeping:
    /// `/auth/sign-in` then refuses tokens whose `AccessTokenExpiration` is behind the sim clock,
    /// temporary credentials, SSO tokens, device codes and client secrets expire by it, the
    /// device flow's poll interval is measured on it, and later expirations are dated from it.
    /// SigV4 date checks keep the real clock, since clients sign with the real one.
    pub fn advance_clock(&self, by: Duration) {
        let mut state = self.shared.state();
        state.clock_offset = state.clock_offset.saturating_add(by);
    }

    /// Temporary credentials issued by SSO GetRoleCredentials and STS AssumeRole, in order.
    pub fn issued_credentials(&self) -> Vec<IssuedCredentials> {
        self.shared.state().issued_credentials.clone()
    }

    /// Every STS AssumeRole request (whatever its outcome), in order: count MFA prompts with
    /// [`AssumeRoleCall::sent_mfa`].
    pub fn assume_role_calls(&self) -> Vec<AssumeRoleCall> {
        self.shared.state().assume_role_calls.clone()
    }

    /// Every device authorization StartDeviceAuthorization began, in order, with its state on
    /// the sim clock: tests find the pending user code here.
    pub fn device_authorizations(&self) -> Vec<DeviceAuthorization> {
        sso::device_authorizations(&self.shared)
    }

    /// Approves a pending device authorization as `user` (an `[[sso.users]]` name of its start
    /// URL; `None`: the first), as a person would on the verification page. The user code may
    /// be given in any case, with or without its dash.
    pub fn approve_device(&self, user_code: &str, user: Option<&str>) -> Result<(), String> {
        sso::decide(&self.shared, user_code, sso::Decision::Approve(user))
            .map(|_| ())
            .map_err(String::from)
    }

    /// Denies a pending device authorization: its next CreateToken answers
    /// AccessDeniedException.
    pub fn deny_device(&self, user_code: &str) -> Result<(), String> {
        sso::decide(&self.shared, user_code, sso::Decision::Deny)
            .map(|_| ())
            .map_err(String::from)
    }

    /// Every `GET /authorize` the sim accepted, in order, with its decision.
    pub fn authorization_requests(&self) -> Vec<AuthorizationRequest> {
        sso_authcode::authorization_requests(&self.shared)
    }

    /// Every CreateToken with the `authorization_code` grant, in order, with what it checked.
    pub fn code_exchanges(&self) -> Vec<CodeExchange> {
        sso_authcode::code_exchanges(&self.shared)
    }

    /// Every SSO access token issued (device flow, refresh or [`Sim::create_sso_token`]), in
    /// order.
    pub fn issued_sso_tokens(&self) -> Vec<IssuedSsoToken> {
        self.shared.state().sso.issued.clone()
    }

    /// Issues an SSO access token for `user` of `start_url` without the device flow, as if
    /// the user had signed in: for tests that write an SSO token cache themselves.
    pub fn create_sso_token(&self, start_url: &str, user: &str) -> Result<IssuedSsoToken, String> {
        sso::create_token_for(&self.shared, start_url, user)
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        // Dropping the sender wakes every connection task and the accept loop.
        self.stop.take();
        if let Some(task) = self.accept_task.take() {
            task.abort();
        }
    }
}

async fn accept_loop(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut stopped: watch::Receiver<()>,
    tls: Option<TlsAcceptor>,
) {
    loop {
        let accepted = tokio::select! {
            _ = stopped.changed() => return,
            accepted = listener.accept() => accepted,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of file descriptors and the like: wait instead of spinning.
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        let shared = Arc::clone(&shared);
        let stopped = stopped.clone();
        match &tls {
            None => {
                tokio::spawn(serve(stream, shared, stopped));
            }
            Some(acceptor) => {
                let handshake = acceptor.accept(stream);
                tokio::spawn(async move {
                    // A client that does not trust the certificate ends the handshake: nothing
                    // to serve, and nothing recorded (no request arrived).
                    if let Ok(stream) = handshake.await {
                        serve(stream, shared, stopped).await;
                    }
                });
            }
        }
    }
}

async fn serve<S>(stream: S, shared: Arc<Shared>, mut stopped: watch::Receiver<()>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let service = service_fn(move |req| handle(Arc::clone(&shared), req));
    let connection = http1::Builder::new().serve_connection(TokioIo::new(stream), service);
    tokio::select! {
        _ = connection => {}
        _ = stopped.changed() => {}
    }
}

/// Returned by the service to make hyper close the connection without answering.
#[derive(Debug)]
struct DropConnection;

impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by a fault")
    }
}

impl std::error::Error for DropConnection {}

enum Route {
    Api(Operation, Option<String>),
    /// `POST /`: an STS awsQuery form; its `Action` says which operation.
    Sts,
    /// SSO OIDC (restJson1, unsigned).
    Oidc(Operation),
    /// The SSO portal (restJson1, bearer token).
    Portal(Operation),
    /// `GET /device`: the verification page of the device flow.
    DevicePage,
    /// `POST /_sim/device/approve` (true) or `/_sim/device/deny` (false).
    DeviceDecision(bool),
    /// `GET /authorize`, and `POST /_sim/authorize/approve` (true) or `/deny` (false).
    Authorize,
    AuthorizeDecision(bool),
    SignIn(String),
    /// `POST /auth/sign-in`: a browser resuming a session with stored tokens.
    ResumeSignIn,
    Unknown,
}

fn route(method: &Method, path: &str, query: Option<&str>) -> Route {
    if method == Method::POST {
        return match path {
            "/" => Route::Sts,
            "/auth/sign-in" => Route::ResumeSignIn,
            "/client/register" => Route::Oidc(Operation::RegisterClient),
            "/device_authorization" => Route::Oidc(Operation::StartDeviceAuthorization),
            // `?aws_iam=t` is CreateTokenWithIAM, a SigV4 operation the sim does not serve.
            "/token" if !query.is_some_and(|q| q.split('&').any(|p| p.starts_with("aws_iam"))) => {
                Route::Oidc(Operation::CreateToken)
            }
            "/logout" => Route::Portal(Operation::Logout),
            "/search-users" => Route::Api(Operation::SearchUsers, None),
            "/_sim/device/approve" => Route::DeviceDecision(true),
            "/_sim/device/deny" => Route::DeviceDecision(false),
            "/_sim/authorize/approve" => Route::AuthorizeDecision(true),
            "/_sim/authorize/deny" => Route::AuthorizeDecision(false),
            _ => Route::Unknown,
        };
    }
    if method != Method::GET {
        return Route::Unknown;
    }
    let single_segment =
        |rest: &str| (!rest.is_empty() && !rest.contains('/')).then(|| rest.to_string());
    match path {
        "/instance" => return Route::Api(Operation::ListInstances, None),
        "/federation/credentials" => return Route::Portal(Operation::GetRoleCredentials),
        "/assignment/accounts" => return Route::Portal(Operation::ListAccounts),
        "/assignment/roles" => return Route::Portal(Operation::ListAccountRoles),
        "/device" => return Route::DevicePage,
        "/authorize" => return Route::Authorize,
        _ => {}
    }
    if let Some(label) = path.strip_prefix("/instance/").and_then(single_segment) {
        return Route::Api(Operation::DescribeInstance, Some(label));
    }
    if let Some(label) = path
        .strip_prefix("/user/federate/")
        .and_then(single_segment)
    {
        return Route::Api(Operation::GetFederationToken, Some(label));
    }
    if let Some(token) = path.strip_prefix("/sign-in/").and_then(single_segment) {
        return Route::SignIn(token);
    }
    Route::Unknown
}

/// What to send back.
pub(crate) enum Outcome {
    Answer {
        status: u16,
        content_type: &'static str,
        body: Bytes,
        /// Recorded in `RecordedRequest::error_type`.
        error_type: Option<String>,
        /// Whether `error_type` also goes out as `x-amzn-ErrorType`: restJson1 services send it,
        /// awsQuery ones (STS) only name the error in the body.
        error_header: bool,
    },
    /// A 303 to this location (the authorize page sending the browser back to the client).
    Redirect(String),
    Drop,
}

impl Outcome {
    pub(crate) fn json(status: u16, body: &Value) -> Outcome {
        Outcome::Answer {
            status,
            content_type: "application/json",
            body: Bytes::from(body.to_string()),
            error_type: None,
            error_header: false,
        }
    }

    pub(crate) fn error(error: &ApiError) -> Outcome {
        Outcome::Answer {
            status: error.status,
            content_type: "application/json",
            body: Bytes::from(wire::error_body(error).to_string()),
            error_type: Some(error.name.clone()),
            error_header: true,
        }
    }

    pub(crate) fn html(status: u16, page: String) -> Outcome {
        Outcome::Answer {
            status,
            content_type: "text/html; charset=utf-8",
            body: Bytes::from(page),
            error_type: None,
            error_header: false,
        }
    }

    pub(crate) fn xml(body: impl Into<Bytes>) -> Outcome {
        Outcome::Answer {
            status: 200,
            content_type: "text/xml",
            body: body.into(),
            error_type: None,
            error_header: false,
        }
    }

    /// A restJson1 error whose body is not just a message (SSO OIDC sends `error` and
    /// `error_description`).
    pub(crate) fn json_error(name: &str, status: u16, body: &Value) -> Outcome {
        Outcome::Answer {
            status,
            content_type: "application/json",
            body: Bytes::from(body.to_string()),
            error_type: Some(name.to_string()),
            error_header: true,
        }
    }

    /// A 200 with a cut-off body, as a `malformed` fault answers.
    pub(crate) fn truncated(content_type: &'static str, body: &'static [u8]) -> Outcome {
        Outcome::Answer {
            status: 200,
            content_type,
            body: Bytes::from_static(body),
            error_type: None,
            error_header: false,
        }
    }

    pub(crate) fn sts_error(error: &StsError, request_id: &str) -> Outcome {
        Outcome::Answer {
            status: error.status,
            content_type: "text/xml",
            body: Bytes::from(sts::error_body(error, request_id)),
            error_type: Some(error.code.clone()),
            error_header: false,
        }
    }
}

async fn handle(
    shared: Arc<Shared>,
    req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, DropConnection> {
    let (parts, body) = req.into_parts();
    let path = parts.uri.path().to_string();
    let route = route(&parts.method, &path, parts.uri.query());
    // One ID for the header and, for STS, the body, as AWS sends them.
    let request_id = random_uuid();
    let auth = sigv4::parse_authorization(
        parts
            .headers
            .get(hyper::header::AUTHORIZATION)
            .map(|v| v.to_str().unwrap_or("")),
    );
    let index = {
        let mut state = shared.state();
        state.requests.push(RecordedRequest {
            method: parts.method.to_string(),
            path: path.clone(),
            operation: match &route {
                Route::Api(op, _) | Route::Oidc(op) | Route::Portal(op) => {
                    Some(op.as_str().to_string())
                }
                _ => None,
            },
            access_key_id: auth.as_ref().ok().map(|a| a.access_key_id.clone()),
            region: auth.as_ref().ok().map(|a| a.region.clone()),
            status: 0,
            error_type: None,
        });
        state.requests.len() - 1
    };
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return Err(DropConnection),
    };
    // The bytes that arrived, not a declared hash, are what the signature must cover.
    let request = SignedRequest {
        method: parts.method.as_str(),
        raw_path: &path,
        raw_query: parts.uri.query(),
        headers: &parts.headers,
        body: &body,
    };
    let mut assume_role_index = None;
    let outcome = match route {
        Route::Unknown => Outcome::error(&ApiError::new(
            "UnknownOperationException",
            format!("Unknown operation: {} {path}", parts.method),
        )),
        Route::SignIn(token) => sign_in_page(&shared, &token),
        Route::ResumeSignIn => resume_sign_in(&shared, &parts.headers, &body),
        Route::Api(op, label) => api(&shared, op, label.as_deref(), &request, auth).await,
        Route::Oidc(op) => sso::oidc(&shared, op, &body).await,
        Route::Portal(op) => sso::portal(&shared, op, &parts.headers, parts.uri.query()).await,
        Route::DevicePage => sso::device_page(&shared, parts.uri.query()),
        Route::DeviceDecision(approve) => {
            sso::device_decision(&shared, approve, &parts.headers, &body)
        }
        Route::Authorize => sso_authcode::authorize_page(&shared, parts.uri.query()),
        Route::AuthorizeDecision(approve) => {
            sso_authcode::decision(&shared, approve, &parts.headers, &body)
        }
        Route::Sts => {
            let call = sts_call(&parts.headers, &body);
            if let Ok((op, fields)) = &call {
                let mut state = shared.state();
                if let Some(recorded) = state.requests.get_mut(index) {
                    recorded.operation = Some(op.as_str().to_string());
                }
                if *op == Operation::AssumeRole {
                    state
                        .assume_role_calls
                        .push(assume_role::call_record(fields, auth.as_ref().ok()));
                    assume_role_index = Some(state.assume_role_calls.len() - 1);
                }
            }
            sts_api(&shared, call, &request, auth, &request_id).await
        }
    };
    let (status, content_type, body, error_type, error_header) = match outcome {
        Outcome::Answer {
            status,
            content_type,
            body,
            error_type,
            error_header,
        } => (status, content_type, body, error_type, error_header),
        Outcome::Redirect(location) => {
            if let Some(recorded) = shared.state().requests.get_mut(index) {
                recorded.status = 303;
            }
            return Ok(sso_authcode::redirect_response(&location));
        }
        Outcome::Drop => return Err(DropConnection),
    };
    if let Some(i) = assume_role_index {
        if let Some(call) = shared.state().assume_role_calls.get_mut(i) {
            call.status = status;
            call.error_code = error_type.clone();
        }
    }
    if let Some(recorded) = shared.state().requests.get_mut(index) {
        recorded.status = status;
        recorded.error_type = error_type.clone();
    }
    let mut response = Response::new(Full::new(body));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(id) = HeaderValue::from_str(&request_id) {
        headers.insert(HeaderName::from_static("x-amzn-requestid"), id);
    }
    if let Some(Ok(name)) = error_type
        .as_deref()
        .filter(|_| error_header)
        .map(HeaderValue::from_str)
    {
        headers.insert(HeaderName::from_static("x-amzn-errortype"), name);
    }
    if content_type.starts_with("text/html") {
        // Belt and braces for the escaping: even injected markup could not run a script.
        headers.insert(
            HeaderName::from_static("content-security-policy"),
            HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'"),
        );
    }
    Ok(response)
}

fn sign_in_page(shared: &Shared, token: &str) -> Outcome {
    let mut state = shared.state();
    match state.sign_ins.get(token).cloned() {
        Some((alias, user)) => {
            state.opened.push(format!("{alias} as {user}"));
            Outcome::html(200, demo::signed_in_page(&alias, &user))
        }
        None => Outcome::html(404, demo::not_found_page()),
    }
}

/// The fields of a session-resume form that decide the answer.
struct ResumeForm {
    access_token: String,
    destination: String,
}

/// Reads `credentials` (the JSON of GetFederationToken's four credential fields) and
/// `destination`. All four fields must be there with their JSON types, so an app that stores or
/// posts them wrongly fails here rather than against the real, undocumented endpoint.
fn read_resume_form(headers: &HeaderMap, body: &[u8]) -> Result<ResumeForm, &'static str> {
    if !form::is_form(headers) {
        return Err("The sign-in form must be sent as application/x-www-form-urlencoded.");
    }
    let fields = form::parse(body).ok_or("The form is not valid percent-encoded UTF-8.")?;
    let credentials = form::field(&fields, "credentials")
        .ok_or("The form needs exactly one `credentials` field.")?;
    let destination = form::field(&fields, "destination")
        .ok_or("The form needs exactly one `destination` field.")?;
    // A path on this host only: `//host` and `/\host` would leave it in a browser.
    if !destination.starts_with('/') || destination.starts_with("//") || destination.contains('\\')
    {
        return Err("`destination` must be a path on this host, like /ccp-v2/.");
    }
    let credentials: Value =
        serde_json::from_str(credentials).map_err(|_| "`credentials` is not JSON.")?;
    let token = |name: &str| {
        credentials
            .get(name)
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    let epoch = |name: &str| credentials.get(name).and_then(Value::as_f64);
    let access_token =
        token("AccessToken").ok_or("`credentials` needs AccessToken, a non-empty string.")?;
    token("RefreshToken").ok_or("`credentials` needs RefreshToken, a non-empty string.")?;
    epoch("AccessTokenExpiration")
        .ok_or("`credentials` needs AccessTokenExpiration, epoch seconds as a number.")?;
    epoch("RefreshTokenExpiration")
        .ok_or("`credentials` needs RefreshTokenExpiration, epoch seconds as a number.")?;
    Ok(ResumeForm {
        access_token,
        destination: destination.to_string(),
    })
}

/// `POST /auth/sign-in`: opens the session of a stored access token the sim issued, while the
/// sim clock has not reached its expiry. Tokens work here whatever the sign-in mode and
/// instance, since in sim mode the app posts them to the sim as the instance host.
fn resume_sign_in(shared: &Shared, headers: &HeaderMap, body: &[u8]) -> Outcome {
    let form = match read_resume_form(headers, body) {
        Ok(form) => form,
        Err(reason) => return Outcome::html(400, demo::bad_resume_page(reason)),
    };
    let now_ms = shared.now_ms();
    let mut state = shared.state();
    let session = state
        .sessions
        .get(&form.access_token)
        .filter(|s| now_ms < s.expires_ms)
        .cloned();
    match session {
        Some(session) => {
            state.resumed.push(format!(
                "{} as {} -> {}",
                session.alias, session.user, form.destination
            ));
            Outcome::html(
                200,
                demo::resumed_page(&session.alias, &session.user, &form.destination),
            )
        }
        None => Outcome::html(403, demo::resume_refused_page()),
    }
}

/// The STS operation an awsQuery form asks for (GetCallerIdentity or AssumeRole, the ones
/// served) and its fields. A body that is not a readable form has no `Action`, which STS
/// reports the same way.
type StsCall = Result<(Operation, Vec<(String, String)>), StsError>;

fn sts_call(headers: &HeaderMap, body: &[u8]) -> StsCall {
    let fields = if form::is_form(headers) {
        form::parse(body).unwrap_or_default()
    } else {
        Vec::new()
    };
    let action = form::field(&fields, "Action");
    let version = form::field(&fields, "Version");
    let op = [Operation::GetCallerIdentity, Operation::AssumeRole]
        .into_iter()
        .find(|op| action == Some(op.as_str()));
    match op {
        Some(op) if version == Some(sts::VERSION) => Ok((op, fields)),
        _ => Err(sts::invalid_action(action, version)),
    }
}

/// STS over awsQuery: authentication first (so a refused signature never uses up a fault), then
/// the action, then faults, then the operation.
async fn sts_api(
    shared: &Shared,
    call: StsCall,
    request: &SignedRequest<'_>,
    auth: Result<AuthHeader, AuthFailure>,
    request_id: &str,
) -> Outcome {
    let (caller, auth) = match shared.authenticate(auth, request, "sts") {
        Ok(ok) => ok,
        Err(failure) => {
            return Outcome::sts_error(
                &sts::auth_error(failure.error, &failure.message),
                request_id,
            )
        }
    };
    let (op, fields) = match call {
        Ok(call) => call,
        Err(error) => return Outcome::sts_error(&error, request_id),
    };
    let region = auth.region.as_str();
    if let Some(fault) = pick_fault(shared, op, None, Some(region)) {
        match inject(shared, &fault, op, Some(&caller), Some(region), None).await {
            Some(Injected::Drop) => return Outcome::Drop,
            Some(Injected::Malformed) => {
                return Outcome::xml(Bytes::from_static(sts::truncated(op)))
            }
            Some(Injected::Error(error)) => {
                return Outcome::sts_error(
                    &StsError {
                        code: error.name,
                        status: error.status,
                        message: error.message,
                    },
                    request_id,
                )
            }
            None => {}
        }
    }
    match op {
        Operation::AssumeRole => {
            match assume_role::assume_role(shared, &caller, region, &fields, request_id) {
                Ok(body) => Outcome::xml(body),
                Err(error) => Outcome::sts_error(&error, request_id),
            }
        }
        _ => Outcome::xml(sts::caller_identity(&caller, region, request_id)),
    }
}

/// What a fault makes of an answer, before the protocol gives it its shape.
pub(crate) enum Injected {
    Drop,
    Malformed,
    Error(ApiError),
}

/// Waits out the fault's latency, then says what it replaces the answer with (`None`: the
/// normal answer, possibly reshaped by `omit` or `sign_in_url`). `caller` and `region` are
/// `None` on the unsigned SSO routes.
pub(crate) async fn inject(
    shared: &Shared,
    fault: &Fault,
    op: Operation,
    caller: Option<&Credential>,
    region: Option<&str>,
    instance: Option<&str>,
) -> Option<Injected> {
    if let Some(ms) = fault.latency_ms {
        let now = shared.delayed_now.fetch_add(1, Ordering::SeqCst) + 1;
        shared.delayed_most.fetch_max(now, Ordering::SeqCst);
        shared.delayed_total.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(ms)).await;
        shared.delayed_now.fetch_sub(1, Ordering::SeqCst);
    }
    if fault.drop_connection {
        return Some(Injected::Drop);
    }
    if fault.malformed {
        return Some(Injected::Malformed);
    }
    let name = fault.error.as_ref()?;
    let message = fault
        .message
        .clone()
        .unwrap_or_else(|| match (caller, region) {
            (Some(caller), Some(region)) => fault_message(name, op, caller, region, instance),
            _ => wire::default_message(name),
        });
    Some(Injected::Error(ApiError {
        name: name.clone(),
        status: fault.status.unwrap_or_else(|| wire::status_for(op, name)),
        message,
    }))
}

async fn api(
    shared: &Shared,
    op: Operation,
    label: Option<&str>,
    request: &SignedRequest<'_>,
    auth: Result<AuthHeader, AuthFailure>,
) -> Outcome {
    let scenario = &shared.scenario;
    let (caller, auth) = match shared.authenticate(auth, request, op.service()) {
        Ok(ok) => ok,
        Err(failure) => return Outcome::error(&ApiError::new(failure.error, failure.message)),
    };
    let caller = &caller;
    let region = auth.region.as_str();
    let target = label.map(parse_instance_ref);
    let target_id = match &target {
        Some(Ok(r)) => Some(r.id.as_str()),
        _ => None,
    };
    let body_instance = (op == Operation::SearchUsers)
        .then(|| serde_json::from_slice::<Value>(request.body).ok())
        .flatten()
        .and_then(|body| directory::search_instance_id(&body));
    if !caller.allows(op) {
        let instance = target_id.or(body_instance.as_deref());
        let message = fault_message("AccessDeniedException", op, caller, region, instance);
        return Outcome::error(&ApiError::new("AccessDeniedException", message));
    }
    let fault = pick_fault(shared, op, target_id, Some(region));
    if let Some(fault) = &fault {
        match inject(shared, fault, op, Some(caller), Some(region), target_id).await {
            Some(Injected::Drop) => return Outcome::Drop,
            Some(Injected::Malformed) => {
                return Outcome::truncated("application/json", wire::truncated_json(op))
            }
            Some(Injected::Error(error)) => return Outcome::error(&error),
            None => {}
        }
    }
    let result = match (op, target) {
        (Operation::ListInstances, _) => list_instances(shared, caller, region, request.raw_query),
        (Operation::SearchUsers, _) => {
            directory::search_users(scenario, caller, region, request.body)
        }
        (_, None) => Err(ApiError::new(
            "InvalidParameterException",
            "InstanceId is required",
        )),
        (_, Some(Err(decoded))) => Err(ApiError::new(
            "InvalidParameterException",
            format!(
                "Invalid InstanceId: {decoded:?} is neither an instance ID nor an instance ARN"
            ),
        )),
        (Operation::DescribeInstance, Some(Ok(target))) => {
            find_instance(scenario, caller, region, &target).map(wire::instance_description)
        }
        (Operation::GetFederationToken, Some(Ok(target))) => {
            get_federation_token(shared, caller, region, &target, fault.as_ref())
        }
        // The other operations have routes of their own; never reached.
        (other, Some(Ok(_))) => Err(ApiError::new(
            "UnknownOperationException",
            format!("{} is not a Connect operation", other.as_str()),
        )),
    };
    match result {
        Ok(body) => Outcome::json(200, &body),
        Err(error) => Outcome::error(&error),
    }
}

/// The first matching fault that still has uses left; counting a use here is what makes
/// `times = N` mean "the first N matching requests". A fault without `operation` matches the
/// signed operations only; `region` is `None` on unsigned routes, which a fault with `region`
/// never matches.
pub(crate) fn pick_fault(
    shared: &Shared,
    op: Operation,
    instance: Option<&str>,
    region: Option<&str>,
) -> Option<Fault> {
    let mut state = shared.state();
    for (i, fault) in shared.scenario.faults.iter().enumerate() {
        let matches = fault.operation.map_or(op.is_signed(), |o| o == op)
            && fault
                .instance
                .as_deref()
                .is_none_or(|id| Some(id) == instance)
            && fault.region.as_deref().is_none_or(|r| Some(r) == region);
        if !matches {
            continue;
        }
        let hits = state.fault_hits.get(i).copied().unwrap_or(0);
        if fault.times.is_some_and(|n| hits >= n) {
            continue;
        }
        if let Some(slot) = state.fault_hits.get_mut(i) {
            *slot = hits.saturating_add(1);
        }
        return Some(fault.clone());
    }
    None
}

/// AccessDenied messages name the principal, action and resource like IAM's do; apps show them.
fn fault_message(
    name: &str,
    op: Operation,
    caller: &Credential,
    region: &str,
    instance: Option<&str>,
) -> String {
    if name != "AccessDeniedException" {
        return wire::default_message(name);
    }
    let partition = wire::partition(region);
    let account = &caller.account;
    let resource = match (op, instance) {
        (Operation::GetFederationToken, Some(id)) => format!(
            "arn:{partition}:connect:{region}:{account}:instance/{id}/user/{}",
            caller.user
        ),
        (Operation::GetCallerIdentity | Operation::AssumeRole, _) | (_, None) => "*".to_string(),
        (_, Some(id)) => format!("arn:{partition}:connect:{region}:{account}:instance/{id}"),
    };
    let action = format!("{}:{}", op.service(), op.as_str());
    format!(
        "User: {} is not authorized to perform: {action} on resource: {resource} because no identity-based policy allows the {action} action",
        sts::caller_arn(caller, region)
    )
}

fn get_federation_token(
    shared: &Shared,
    caller: &Credential,
    region: &str,
    target: &InstanceRef,
    fault: Option<&Fault>,
) -> Result<Value, ApiError> {
    let scenario = &shared.scenario;
    let instance = find_instance(scenario, caller, region, target)?;
    if caller.root {
        return Err(ApiError::new(
            "InvalidRequestException",
            format!(
                "Provided identity: Principal: arn:{}:iam::{}:root User: {} cannot be used for federation with Amazon Connect",
                wire::partition(region),
                caller.account,
                caller.account
            ),
        ));
    }
    if instance.identity_management_type != IdentityManagementType::Saml {
        return Err(ApiError::new(
            "InvalidRequestException",
            format!(
                "The instance {} is not configured for SAML-based identity management (it uses {}); GetFederationToken needs SAML 2.0",
                instance.alias,
                instance.identity_management_type.as_str()
            ),
        ));
    }
    if let Some(users) = &instance.users {
        if !users.contains(&caller.user) {
            return Err(ApiError::new(
                "UserNotFoundException",
                "User not found for the provided identity",
            ));
        }
    }
    let prefix = &scenario.token_prefix;
    let access_token = random_token(prefix, 64);
    let refresh_token = random_token(prefix, 64);
    let url_token = random_token(prefix, 32);
    let mut sign_in_url = match scenario.sign_in {
        SignInMode::Connect => format!("{}/federate/{url_token}", instance.access_url()),
        SignInMode::Sim => format!("{}/sign-in/{url_token}", shared.base_url),
    };
    let now_ms = shared.now_ms();
    let access_expires_ms = now_ms + u128::from(scenario.access_token_ttl_secs) * 1000;
    let user_id = user_id(instance, &caller.user);
    let user_arn = format!("{}/agent/{user_id}", wire::instance_arn(instance));
    {
        let mut state = shared.state();
        if scenario.sign_in == SignInMode::Sim {
            state
                .sign_ins
                .insert(url_token, (instance.alias.clone(), caller.user.clone()));
        }
        state.sessions.insert(
            access_token.clone(),
            Session {
                alias: instance.alias.clone(),
                user: caller.user.clone(),
                expires_ms: access_expires_ms,
            },
        );
        if let Some(replacement) = fault.and_then(|f| f.sign_in_url.clone()) {
            sign_in_url = replacement;
        }
        state.issued.push(IssuedTokens {
            access_token: access_token.clone(),
            refresh_token: refresh_token.clone(),
            sign_in_url: sign_in_url.clone(),
            instance_id: instance.id.clone(),
        });
    }
    let mut body = json!({
        "Credentials": {
            "AccessToken": access_token,
            "AccessTokenExpiration": wire::epoch_seconds(access_expires_ms),
            "RefreshToken": refresh_token,
            "RefreshTokenExpiration": wire::epoch_seconds(now_ms + u128::from(scenario.refresh_token_ttl_secs) * 1000),
        },
        "SignInUrl": sign_in_url,
        "UserArn": user_arn,
        "UserId": user_id,
    });
    if let (Some(fault), Value::Object(map)) = (fault, &mut body) {
        for field in &fault.omit {
            map.remove(field);
        }
    }
    Ok(body)
}

fn list_instances(
    shared: &Shared,
    caller: &Credential,
    region: &str,
    raw_query: Option<&str>,
) -> Result<Value, ApiError> {
    let mut max_results = 10usize;
    let mut next_token = None;
    for pair in raw_query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_encoding::percent_decode_str(value)
            .decode_utf8_lossy()
            .into_owned();
        match key {
            "maxResults" => {
                max_results = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=10).contains(n))
                    .ok_or_else(|| {
                        ApiError::new(
                            "InvalidParameterException",
                            format!("maxResults must be between 1 and 10, got {value:?}"),
                        )
                    })?;
            }
            "nextToken" => next_token = Some(value),
            _ => {}
        }
    }
    let visible: Vec<&Instance> = shared
        .scenario
        .instances
        .iter()
        .filter(|i| i.account == caller.account && i.region == region)
        .collect();
    let mut state = shared.state();
    let offset = match next_token {
        None => 0,
        Some(token) => match state.pages.get(&token) {
            Some(page) if page.account == caller.account && page.region == region => page.offset,
            _ => {
                return Err(ApiError::new(
                    "InvalidParameterException",
                    "The nextToken is not valid.",
                ))
            }
        },
    };
    let end = (offset + max_results).min(visible.len());
    let summaries: Vec<Value> = visible
        .get(offset..end)
        .unwrap_or_default()
        .iter()
        .map(|i| wire::instance_summary(i))
        .collect();
    let mut body = json!({ "InstanceSummaryList": summaries });
    if end < visible.len() {
        // Real tokens are base64 with '+', '/' and '='; so are these, to exercise query encoding.
        let mut rng = rand::rng();
        let token = format!(
            "{}+{}/{}==",
            Alphanumeric.sample_string(&mut rng, 24),
            Alphanumeric.sample_string(&mut rng, 24),
            Alphanumeric.sample_string(&mut rng, 6)
        );
        state.pages.insert(
            token.clone(),
            Page {
                account: caller.account.clone(),
                region: region.to_string(),
                offset: end,
            },
        );
        if let Value::Object(map) = &mut body {
            map.insert("NextToken".into(), Value::String(token));
        }
    }
    Ok(body)
}

pub(crate) fn random_token(prefix: &str, len: usize) -> String {
    format!(
        "{prefix}{}",
        Alphanumeric.sample_string(&mut rand::rng(), len)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert!(matches!(
            route(&Method::GET, "/instance", None),
            Route::Api(Operation::ListInstances, None)
        ));
        assert!(matches!(
            route(&Method::GET, "/instance/abc", None),
            Route::Api(Operation::DescribeInstance, Some(_))
        ));
        assert!(matches!(
            route(&Method::GET, "/user/federate/abc", None),
            Route::Api(Operation::GetFederationToken, Some(_))
        ));
        assert!(matches!(
            route(&Method::GET, "/instance/", None),
            Route::Unknown
        ));
        assert!(matches!(
            route(&Method::PUT, "/instance", None),
            Route::Unknown
        ));
        assert!(matches!(
            route(&Method::GET, "/user/federate/a/b", None),
            Route::Unknown
        ));
        assert!(matches!(
            route(&Method::GET, "/sign-in/tok", None),
            Route::SignIn(_)
        ));
        assert!(matches!(route(&Method::POST, "/", None), Route::Sts));
        assert!(matches!(route(&Method::GET, "/", None), Route::Unknown));
        assert!(matches!(
            route(&Method::POST, "/auth/sign-in", None),
            Route::ResumeSignIn
        ));
        assert!(matches!(
            route(&Method::GET, "/auth/sign-in", None),
            Route::Unknown
        ));
        assert!(matches!(
            route(&Method::POST, "/instance", None),
            Route::Unknown
        ));
        assert!(matches!(
            route(&Method::POST, "/token", None),
            Route::Oidc(Operation::CreateToken)
        ));
        assert!(matches!(
            route(&Method::POST, "/token", Some("aws_iam=t")),
            Route::Unknown
        ));
        assert!(matches!(
            route(&Method::GET, "/federation/credentials", Some("role_name=R")),
            Route::Portal(Operation::GetRoleCredentials)
        ));
        assert!(matches!(
            route(&Method::POST, "/logout", None),
            Route::Portal(Operation::Logout)
        ));
        assert!(matches!(
            route(&Method::GET, "/client/register", None),
            Route::Unknown
        ));
        assert!(matches!(
            route(&Method::POST, "/_sim/device/deny", None),
            Route::DeviceDecision(false)
        ));
        assert!(matches!(
            route(&Method::GET, "/device", None),
            Route::DevicePage
        ));
    }
}
