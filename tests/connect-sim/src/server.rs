//! The running simulator: the HTTP server, routing, recording, fault injection, the three
//! Connect operations, STS GetCallerIdentity and the session-resume form.

use crate::demo;
use crate::form;
use crate::scenario::{
    is_uuid, Credential, Fault, IdentityManagementType, Instance, Operation, Scenario, SignInMode,
};
use crate::sigv4::{self, AuthFailure, AuthHeader, SignedRequest};
use crate::sts::{self, StsError};
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
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// One request the simulator received, as tests inspect it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    pub method: String,
    /// The path as it arrived, still percent-encoded, without the query.
    pub path: String,
    /// `GetFederationToken`, `ListInstances`, `DescribeInstance` or `GetCallerIdentity`; `None`
    /// for sign-in pages, unknown routes and STS forms with another `Action`.
    pub operation: Option<String>,
    /// From the `Authorization` header's credential scope, whether or not the key is known.
    pub access_key_id: Option<String>,
    /// From the credential scope.
    pub region: Option<String>,
    /// The status answered; 0 when the connection was dropped (or the answer is still pending).
    pub status: u16,
    /// The error answered, if any: the `x-amzn-ErrorType` of Connect routes, the XML `Code` of
    /// STS (which sends no such header).
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

#[derive(Default)]
struct State {
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
}

struct Shared {
    scenario: Scenario,
    base_url: String,
    state: Mutex<State>,
}

impl Shared {
    /// A panic elsewhere must not hide what was recorded, so poisoning is ignored.
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The sim clock, which token lifetimes are measured by, in epoch milliseconds. Do not call
    /// it with the state locked.
    fn now_ms(&self) -> u128 {
        let offset = self.state().clock_offset;
        (SystemTime::now() + offset)
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis()
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
            base_url: format!("http://{addr}"),
        });
        let (stop, stopped) = watch::channel(());
        let accept_task = tokio::spawn(accept_loop(listener, Arc::clone(&shared), stopped));
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

    /// `http://127.0.0.1:PORT`, the value for `AWS_ENDPOINT_URL_CONNECT`.
    pub fn endpoint_url(&self) -> String {
        self.shared.base_url.clone()
    }

    pub fn scenario(&self) -> &Scenario {
        &self.shared.scenario
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
    /// and later GetFederationToken calls date their expirations from it. SigV4 date checks keep
    /// the real clock, since clients sign with the real one.
    pub fn advance_clock(&self, by: Duration) {
        let mut state = self.shared.state();
        state.clock_offset = state.clock_offset.saturating_add(by);
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

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>, mut stopped: watch::Receiver<()>) {
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
        let mut stopped = stopped.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req| handle(Arc::clone(&shared), req));
            let connection = http1::Builder::new().serve_connection(TokioIo::new(stream), service);
            tokio::select! {
                _ = connection => {}
                _ = stopped.changed() => {}
            }
        });
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
    SignIn(String),
    /// `POST /auth/sign-in`: a browser resuming a session with stored tokens.
    ResumeSignIn,
    Unknown,
}

fn route(method: &Method, path: &str) -> Route {
    if method == Method::POST {
        return match path {
            "/" => Route::Sts,
            "/auth/sign-in" => Route::ResumeSignIn,
            _ => Route::Unknown,
        };
    }
    if method != Method::GET {
        return Route::Unknown;
    }
    let single_segment =
        |rest: &str| (!rest.is_empty() && !rest.contains('/')).then(|| rest.to_string());
    if path == "/instance" {
        return Route::Api(Operation::ListInstances, None);
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
enum Outcome {
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
    Drop,
}

impl Outcome {
    fn json(status: u16, body: &Value) -> Outcome {
        Outcome::Answer {
            status,
            content_type: "application/json",
            body: Bytes::from(body.to_string()),
            error_type: None,
            error_header: false,
        }
    }

    fn error(error: &ApiError) -> Outcome {
        Outcome::Answer {
            status: error.status,
            content_type: "application/json",
            body: Bytes::from(wire::error_body(error).to_string()),
            error_type: Some(error.name.clone()),
            error_header: true,
        }
    }

    fn html(status: u16, page: String) -> Outcome {
        Outcome::Answer {
            status,
            content_type: "text/html; charset=utf-8",
            body: Bytes::from(page),
            error_type: None,
            error_header: false,
        }
    }

    fn xml(body: impl Into<Bytes>) -> Outcome {
        Outcome::Answer {
            status: 200,
            content_type: "text/xml",
            body: body.into(),
            error_type: None,
            error_header: false,
        }
    }

    fn sts_error(error: &StsError, request_id: &str) -> Outcome {
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
    let route = route(&parts.method, &path);
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
                Route::Api(op, _) => Some(op.as_str().to_string()),
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
    let outcome = match route {
        Route::Unknown => Outcome::error(&ApiError::new(
            "UnknownOperationException",
            format!("Unknown operation: {} {path}", parts.method),
        )),
        Route::SignIn(token) => sign_in_page(&shared, &token),
        Route::ResumeSignIn => resume_sign_in(&shared, &parts.headers, &body),
        Route::Api(op, label) => api(&shared, op, label.as_deref(), &request, auth).await,
        Route::Sts => {
            let call = sts_call(&parts.headers, &body);
            if call.is_ok() {
                if let Some(recorded) = shared.state().requests.get_mut(index) {
                    recorded.operation = Some(Operation::GetCallerIdentity.as_str().to_string());
                }
            }
            sts_api(&shared, call, &request, auth, &request_id).await
        }
    };
    let Outcome::Answer {
        status,
        content_type,
        body,
        error_type,
        error_header,
    } = outcome
    else {
        return Err(DropConnection);
    };
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

/// Whether an STS form asks for GetCallerIdentity, the only STS operation served. A body that
/// is not a readable form has no `Action`, which STS reports the same way.
fn sts_call(headers: &HeaderMap, body: &[u8]) -> Result<(), StsError> {
    let fields = if form::is_form(headers) {
        form::parse(body).unwrap_or_default()
    } else {
        Vec::new()
    };
    let action = form::field(&fields, "Action");
    let version = form::field(&fields, "Version");
    if action == Some(Operation::GetCallerIdentity.as_str()) && version == Some(sts::VERSION) {
        Ok(())
    } else {
        Err(sts::invalid_action(action, version))
    }
}

/// STS over awsQuery: authentication first (so a refused signature never uses up a fault), then
/// the action, then faults, then the caller's identity.
async fn sts_api(
    shared: &Shared,
    call: Result<(), StsError>,
    request: &SignedRequest<'_>,
    auth: Result<AuthHeader, AuthFailure>,
    request_id: &str,
) -> Outcome {
    let op = Operation::GetCallerIdentity;
    let authenticated = auth.and_then(|auth| {
        sigv4::authenticate(
            &shared.scenario,
            &auth,
            request,
            op.service(),
            shared.scenario.signature_now(),
        )
        .map(|c| (c, auth))
    });
    let (caller, auth) = match authenticated {
        Ok(ok) => ok,
        Err(failure) => {
            return Outcome::sts_error(
                &sts::auth_error(failure.error, &failure.message),
                request_id,
            )
        }
    };
    if let Err(error) = call {
        return Outcome::sts_error(&error, request_id);
    }
    let region = auth.region.as_str();
    if let Some(fault) = pick_fault(shared, op, None, region) {
        match inject(&fault, op, caller, region, None).await {
            Some(Injected::Drop) => return Outcome::Drop,
            Some(Injected::Malformed) => return Outcome::xml(Bytes::from_static(sts::TRUNCATED)),
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
    Outcome::xml(sts::caller_identity(caller, region, request_id))
}

/// What a fault makes of an answer, before the protocol gives it its shape.
enum Injected {
    Drop,
    Malformed,
    Error(ApiError),
}

/// Waits out the fault's latency, then says what it replaces the answer with (`None`: the
/// normal answer, possibly reshaped by `omit` or `sign_in_url`).
async fn inject(
    fault: &Fault,
    op: Operation,
    caller: &Credential,
    region: &str,
    instance: Option<&str>,
) -> Option<Injected> {
    if let Some(ms) = fault.latency_ms {
        tokio::time::sleep(Duration::from_millis(ms)).await;
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
        .unwrap_or_else(|| fault_message(name, op, caller, region, instance));
    Some(Injected::Error(ApiError {
        name: name.clone(),
        status: fault.status.unwrap_or_else(|| wire::default_status(name)),
        message,
    }))
}

/// An instance reference from a path label: the bare ID, or the ARN whose region and account
/// must match as well.
struct InstanceRef {
    id: String,
    arn_scope: Option<(String, String)>,
}

fn parse_instance_ref(label: &str) -> Result<InstanceRef, String> {
    let decoded = percent_encoding::percent_decode_str(label)
        .decode_utf8_lossy()
        .into_owned();
    if is_uuid(&decoded) {
        return Ok(InstanceRef {
            id: decoded,
            arn_scope: None,
        });
    }
    let parts: Vec<&str> = decoded.split(':').collect();
    if let [arn, partition, "connect", region, account, resource] = parts.as_slice() {
        if *arn == "arn" && partition.starts_with("aws") {
            if let Some(id) = resource.strip_prefix("instance/").filter(|id| is_uuid(id)) {
                return Ok(InstanceRef {
                    id: id.to_string(),
                    arn_scope: Some((region.to_string(), account.to_string())),
                });
            }
        }
    }
    Err(decoded)
}

async fn api(
    shared: &Shared,
    op: Operation,
    label: Option<&str>,
    request: &SignedRequest<'_>,
    auth: Result<AuthHeader, AuthFailure>,
) -> Outcome {
    let scenario = &shared.scenario;
    let authenticated = auth.and_then(|auth| {
        sigv4::authenticate(
            scenario,
            &auth,
            request,
            op.service(),
            scenario.signature_now(),
        )
        .map(|c| (c, auth))
    });
    let (caller, auth) = match authenticated {
        Ok(ok) => ok,
        Err(failure) => return Outcome::error(&ApiError::new(failure.error, failure.message)),
    };
    let region = auth.region.as_str();
    let target = label.map(parse_instance_ref);
    let target_id = match &target {
        Some(Ok(r)) => Some(r.id.as_str()),
        _ => None,
    };
    let fault = pick_fault(shared, op, target_id, region);
    if let Some(fault) = &fault {
        match inject(fault, op, caller, region, target_id).await {
            Some(Injected::Drop) => return Outcome::Drop,
            Some(Injected::Malformed) => {
                return Outcome::Answer {
                    status: 200,
                    content_type: "application/json",
                    body: Bytes::from_static(match op {
                        Operation::GetFederationToken => b"{\"Credentials\":{\"AccessToken\":\"tru",
                        Operation::ListInstances => b"{\"InstanceSummaryList\":[{\"Id\":",
                        Operation::DescribeInstance => b"{\"Instance\":{\"Id\":\"",
                        Operation::GetCallerIdentity => sts::TRUNCATED,
                    }),
                    error_type: None,
                    error_header: false,
                }
            }
            Some(Injected::Error(error)) => return Outcome::error(&error),
            None => {}
        }
    }
    let result = match (op, target) {
        (Operation::ListInstances, _) => list_instances(shared, caller, region, request.raw_query),
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
        // Routed to `sts_api`; never reaches here.
        (Operation::GetCallerIdentity, Some(Ok(_))) => Err(ApiError::new(
            "UnknownOperationException",
            "GetCallerIdentity is an STS operation",
        )),
    };
    match result {
        Ok(body) => Outcome::json(200, &body),
        Err(error) => Outcome::error(&error),
    }
}

/// The first matching fault that still has uses left; counting a use here is what makes
/// `times = N` mean "the first N matching requests".
fn pick_fault(
    shared: &Shared,
    op: Operation,
    instance: Option<&str>,
    region: &str,
) -> Option<Fault> {
    let mut state = shared.state();
    for (i, fault) in shared.scenario.faults.iter().enumerate() {
        let matches = fault.operation.is_none_or(|o| o == op)
            && fault
                .instance
                .as_deref()
                .is_none_or(|id| Some(id) == instance)
            && fault.region.as_deref().is_none_or(|r| r == region);
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
        (Operation::GetCallerIdentity, _) | (_, None) => "*".to_string(),
        (_, Some(id)) => format!("arn:{partition}:connect:{region}:{account}:instance/{id}"),
    };
    let action = format!("{}:{}", op.service(), op.as_str());
    format!(
        "User: {} is not authorized to perform: {action} on resource: {resource} because no identity-based policy allows the {action} action",
        sts::caller_arn(caller, region)
    )
}

fn find_instance<'s>(
    scenario: &'s Scenario,
    caller: &Credential,
    region: &str,
    target: &InstanceRef,
) -> Result<&'s Instance, ApiError> {
    let arn_matches = |i: &Instance| {
        target
            .arn_scope
            .as_ref()
            .is_none_or(|(r, a)| *r == i.region && *a == i.account)
    };
    scenario
        .instances
        .iter()
        .find(|i| {
            i.id == target.id && i.account == caller.account && i.region == region && arn_matches(i)
        })
        .ok_or_else(|| {
            ApiError::new(
                "ResourceNotFoundException",
                format!("Instance not found: {}", target.id),
            )
        })
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

fn random_token(prefix: &str, len: usize) -> String {
    format!(
        "{prefix}{}",
        Alphanumeric.sample_string(&mut rand::rng(), len)
    )
}

/// Connect user IDs are UUIDs per instance; derived from the names so they are stable across
/// calls, as a real user's is.
fn user_id(instance: &Instance, user: &str) -> String {
    let digest = Sha256::digest(format!("{}/{}/{user}", instance.account, instance.id).as_bytes());
    uuid_from_bytes(&digest[..16])
}

fn random_uuid() -> String {
    let bytes: [u8; 16] = rand::rng().random();
    uuid_from_bytes(&bytes)
}

/// Formats 16 bytes as a version-4-shaped UUID.
fn uuid_from_bytes(bytes: &[u8]) -> String {
    let mut b = [0u8; 16];
    for (dst, src) in b.iter_mut().zip(bytes) {
        *dst = *src;
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert!(matches!(
            route(&Method::GET, "/instance"),
            Route::Api(Operation::ListInstances, None)
        ));
        assert!(matches!(
            route(&Method::GET, "/instance/abc"),
            Route::Api(Operation::DescribeInstance, Some(_))
        ));
        assert!(matches!(
            route(&Method::GET, "/user/federate/abc"),
            Route::Api(Operation::GetFederationToken, Some(_))
        ));
        assert!(matches!(route(&Method::GET, "/instance/"), Route::Unknown));
        assert!(matches!(route(&Method::PUT, "/instance"), Route::Unknown));
        assert!(matches!(
            route(&Method::GET, "/user/federate/a/b"),
            Route::Unknown
        ));
        assert!(matches!(
            route(&Method::GET, "/sign-in/tok"),
            Route::SignIn(_)
        ));
        assert!(matches!(route(&Method::POST, "/"), Route::Sts));
        assert!(matches!(route(&Method::GET, "/"), Route::Unknown));
        assert!(matches!(
            route(&Method::POST, "/auth/sign-in"),
            Route::ResumeSignIn
        ));
        assert!(matches!(
            route(&Method::GET, "/auth/sign-in"),
            Route::Unknown
        ));
        assert!(matches!(route(&Method::POST, "/instance"), Route::Unknown));
    }

    #[test]
    fn instance_refs_accept_ids_and_arns() {
        let id = "a1b2c3d4-0000-4000-8000-000000000001";
        assert_eq!(parse_instance_ref(id).unwrap().id, id);
        let arn = format!("arn%3Aaws%3Aconnect%3Aus-east-1%3A111122223333%3Ainstance%2F{id}");
        let r = parse_instance_ref(&arn).unwrap();
        assert_eq!(r.id, id);
        assert_eq!(
            r.arn_scope,
            Some(("us-east-1".to_string(), "111122223333".to_string()))
        );
        assert!(parse_instance_ref("not-an-id").is_err());
        assert!(parse_instance_ref("arn%3Aaws%3As3%3A%3A%3Abucket").is_err());
    }

    #[test]
    fn uuids_are_well_formed() {
        let u = uuid_from_bytes(&[0xff; 16]);
        assert!(is_uuid(&u));
        assert_eq!(&u[14..15], "4");
        assert!(is_uuid(&random_uuid()));
    }
}
