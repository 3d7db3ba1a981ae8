//! Test helpers shared by the integration tests: a base scenario, a small hand-written SigV4
//! client and a raw HTTP/1.1 client, so tests control every byte they send.
// Each test crate uses a different subset of these helpers.
#![allow(dead_code)]

use connect_sim::{Scenario, Sim};
use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use std::time::{Duration, SystemTime};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub const ACCOUNT: &str = "111122223333";
pub const OTHER_ACCOUNT: &str = "444455556666";

pub const AGENT_KEY: &str = "AKIDEXAMPLEAGENT";
pub const AGENT_SECRET: &str = "agent/Secret+Key0123456789EXAMPLE";
pub const AGENT_USER: &str = "jane.doe";
pub const SESSION_KEY: &str = "ASIASESSIONAGENT";
pub const SESSION_SECRET: &str = "session/Secret+Key0123456789EXAMPLE";
pub const SESSION_TOKEN: &str = "IQoJb3JpZ2luX2VjEXAMPLE//session+token==";
pub const ROOT_KEY: &str = "AKIDROOTEXAMPLE";
pub const ROOT_SECRET: &str = "root/Secret+Key0123456789EXAMPLE";
pub const EXPIRED_KEY: &str = "ASIAEXPIREDEXAMPLE";
pub const EXPIRED_SECRET: &str = "expired/Secret+Key0123456789EXAMPLE";
pub const OTHER_KEY: &str = "AKIDOTHERACCOUNT";
pub const OTHER_SECRET: &str = "other/Secret+Key0123456789EXAMPLE";

pub const SUPPORT: &str = "a1b2c3d4-0000-4000-8000-000000000001";
pub const SALES: &str = "a1b2c3d4-0000-4000-8000-000000000002";
pub const LAB: &str = "a1b2c3d4-0000-4000-8000-000000000003";
pub const LOCKED: &str = "a1b2c3d4-0000-4000-8000-000000000004";
pub const FAILED: &str = "a1b2c3d4-0000-4000-8000-000000000005";
pub const EUROPE: &str = "a1b2c3d4-0000-4000-8000-000000000006";
pub const OTHER: &str = "a1b2c3d4-0000-4000-8000-000000000007";

/// Keys and instances every test starts from; tests add top-level settings before it and
/// `[[faults]]` after it.
pub const BASE: &str = r#"
[[credentials]]
access_key_id = "AKIDEXAMPLEAGENT"
secret_access_key = "agent/Secret+Key0123456789EXAMPLE"
account = "111122223333"
user = "jane.doe"

[[credentials]]
access_key_id = "ASIASESSIONAGENT"
secret_access_key = "session/Secret+Key0123456789EXAMPLE"
session_token = "IQoJb3JpZ2luX2VjEXAMPLE//session+token=="
account = "111122223333"
user = "jane.doe"

[[credentials]]
access_key_id = "AKIDROOTEXAMPLE"
secret_access_key = "root/Secret+Key0123456789EXAMPLE"
account = "111122223333"
user = "root"
root = true

[[credentials]]
access_key_id = "ASIAEXPIREDEXAMPLE"
secret_access_key = "expired/Secret+Key0123456789EXAMPLE"
account = "111122223333"
user = "jane.doe"
expired = true

[[credentials]]
access_key_id = "AKIDOTHERACCOUNT"
secret_access_key = "other/Secret+Key0123456789EXAMPLE"
account = "444455556666"
user = "jane.doe"

[[instances]]
id = "a1b2c3d4-0000-4000-8000-000000000001"
account = "111122223333"
region = "us-east-1"
alias = "acme-support"
created = 1700000000

[[instances]]
id = "a1b2c3d4-0000-4000-8000-000000000002"
account = "111122223333"
region = "us-east-1"
alias = "acme-sales"
users = ["jane.doe", "john.roe"]
outbound_calls = false
access_url = "https://acme-sales.awsapps.com/connect"

[[instances]]
id = "a1b2c3d4-0000-4000-8000-000000000003"
account = "111122223333"
region = "us-east-1"
alias = "acme-lab"
identity_management_type = "CONNECT_MANAGED"
status = "CREATION_IN_PROGRESS"

[[instances]]
id = "a1b2c3d4-0000-4000-8000-000000000004"
account = "111122223333"
region = "us-east-1"
alias = "acme-locked"
users = ["someone-else"]

[[instances]]
id = "a1b2c3d4-0000-4000-8000-000000000005"
account = "111122223333"
region = "us-east-1"
alias = "acme-failed"
status = "CREATION_FAILED"
status_reason = "Service-linked role could not be created"

[[instances]]
id = "a1b2c3d4-0000-4000-8000-000000000006"
account = "111122223333"
region = "eu-west-2"
alias = "acme-europe"

[[instances]]
id = "a1b2c3d4-0000-4000-8000-000000000007"
account = "444455556666"
region = "us-east-1"
alias = "other-account"
"#;

/// Starts a sim on `top` (top-level keys) + BASE + `tail` (faults).
pub async fn start(top: &str, tail: &str) -> Sim {
    let text = format!("{top}\n{BASE}\n{tail}");
    let scenario = Scenario::from_toml_str(&text).expect("test scenario parses");
    Sim::start(scenario).await.expect("sim starts")
}

/// A response as read off the socket.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("body is not JSON ({e}): {}", self.body))
    }

    pub fn error_type(&self) -> Option<&str> {
        self.header("x-amzn-ErrorType")
    }

    /// The text of the first `<tag>…</tag>` in an XML body, still escaped.
    pub fn xml(&self, tag: &str) -> String {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        let start = self
            .body
            .find(&open)
            .unwrap_or_else(|| panic!("no <{tag}> in {}", self.body))
            + open.len();
        let end = start
            + self.body[start..]
                .find(&close)
                .unwrap_or_else(|| panic!("no </{tag}> in {}", self.body));
        self.body[start..end].to_string()
    }

    /// The error message under either spelling of the key.
    pub fn message(&self) -> String {
        let v = self.json();
        v.get("Message")
            .or_else(|| v.get("message"))
            .and_then(|m| m.as_str())
            .unwrap_or_else(|| panic!("no message in {}", self.body))
            .to_string()
    }
}

/// The form body of STS GetCallerIdentity, as botocore and the SDKs send it.
pub const GET_CALLER_IDENTITY: &str = "Action=GetCallerIdentity&Version=2011-06-15";

/// A request, signed with a hand-written SigV4 implementation (independent of the sim's) unless
/// `unsigned`.
#[derive(Clone)]
pub struct Req {
    pub method: String,
    pub path_and_query: String,
    /// Sent with `content-length`; its SHA-256 is the signed payload hash.
    pub body: Vec<u8>,
    /// Sent and signed when present.
    pub content_type: Option<String>,
    pub key: String,
    pub secret: String,
    pub token: Option<String>,
    pub region: String,
    pub service: String,
    pub time: SystemTime,
    pub unsigned: bool,
    /// Headers sent but not signed.
    pub extra_headers: Vec<(String, String)>,
}

impl Req {
    pub fn get(path_and_query: &str) -> Req {
        Req {
            method: "GET".to_string(),
            path_and_query: path_and_query.to_string(),
            body: Vec::new(),
            content_type: None,
            key: AGENT_KEY.to_string(),
            secret: AGENT_SECRET.to_string(),
            token: None,
            region: "us-east-1".to_string(),
            service: "connect".to_string(),
            time: SystemTime::now(),
            unsigned: false,
            extra_headers: Vec::new(),
        }
    }

    /// An STS awsQuery request: `POST /` with `form` as its body, signed for `sts`.
    pub fn sts(form: &str) -> Req {
        Req {
            method: "POST".to_string(),
            body: form.as_bytes().to_vec(),
            content_type: Some("application/x-www-form-urlencoded; charset=utf-8".to_string()),
            service: "sts".to_string(),
            ..Req::get("/")
        }
    }

    pub fn key(mut self, key: &str, secret: &str) -> Req {
        self.key = key.to_string();
        self.secret = secret.to_string();
        self
    }

    pub fn token(mut self, token: &str) -> Req {
        self.token = Some(token.to_string());
        self
    }

    pub fn region(mut self, region: &str) -> Req {
        self.region = region.to_string();
        self
    }

    pub fn service(mut self, service: &str) -> Req {
        self.service = service.to_string();
        self
    }

    pub fn time(mut self, time: SystemTime) -> Req {
        self.time = time;
        self
    }

    pub fn unsigned(mut self) -> Req {
        self.unsigned = true;
        self
    }

    /// The headers to send, including `Authorization`.
    pub fn headers(&self, host: &str) -> Vec<(String, String)> {
        let amz_date = amz_date(self.time);
        let mut signed = Vec::new();
        if let Some(content_type) = &self.content_type {
            signed.push(("content-type".to_string(), content_type.clone()));
        }
        signed.push(("host".to_string(), host.to_string()));
        signed.push(("x-amz-date".to_string(), amz_date.clone()));
        if let Some(token) = &self.token {
            signed.push(("x-amz-security-token".to_string(), token.clone()));
        }
        let mut out = signed.clone();
        out.extend(self.extra_headers.iter().cloned());
        if self.unsigned {
            return out;
        }
        let (path, query) = self
            .path_and_query
            .split_once('?')
            .unwrap_or((&self.path_and_query, ""));
        let mut pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
        pairs.sort();
        let canonical_query = pairs
            .iter()
            .map(|p| {
                if p.contains('=') {
                    p.to_string()
                } else {
                    format!("{p}=")
                }
            })
            .collect::<Vec<_>>()
            .join("&");
        let names = signed
            .iter()
            .map(|(k, _)| k.as_str())
            .collect::<Vec<_>>()
            .join(";");
        let canonical = format!(
            "{}\n{}\n{canonical_query}\n{}\n{names}\n{}",
            self.method,
            encode_path(path),
            signed
                .iter()
                .map(|(k, v)| format!("{k}:{v}\n"))
                .collect::<String>(),
            hex::encode(Sha256::digest(&self.body))
        );
        let date = &amz_date[..8];
        let scope = format!("{date}/{}/{}/aws4_request", self.region, self.service);
        let to_sign = format!(
            "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
            hex::encode(Sha256::digest(canonical.as_bytes()))
        );
        let key = aws_sigv4::sign::v4::generate_signing_key(
            &self.secret,
            self.time,
            &self.region,
            &self.service,
        );
        let signature = aws_sigv4::sign::v4::calculate_signature(key, to_sign.as_bytes());
        out.push((
            "authorization".to_string(),
            format!(
                "AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={names}, Signature={signature}",
                self.key
            ),
        ));
        out
    }

    pub async fn send(&self, addr: SocketAddr) -> Resp {
        self.try_send(addr)
            .await
            .unwrap_or_else(|e| panic!("{} {} failed: {e}", self.method, self.path_and_query))
    }

    pub async fn try_send(&self, addr: SocketAddr) -> std::io::Result<Resp> {
        let headers = self.headers(&addr.to_string());
        raw_request(
            addr,
            &self.method,
            &self.path_and_query,
            &headers,
            &self.body,
        )
        .await
    }
}

/// Percent-encodes everything but unreserved characters and '/', which doubles the escapes of an
/// already-encoded path, as the SDKs do for non-S3 services.
fn encode_path(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub fn amz_date(t: SystemTime) -> String {
    let t = time::OffsetDateTime::from(t);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Sends one GET with `Connection: close` and reads the whole answer. A connection closed
/// without a byte of answer is an `UnexpectedEof` error.
pub async fn raw_get(
    addr: SocketAddr,
    path_and_query: &str,
    headers: &[(String, String)],
) -> std::io::Result<Resp> {
    raw_request(addr, "GET", path_and_query, headers, b"").await
}

/// Sends one unsigned form POST, as a browser submits a form.
pub async fn post_form(addr: SocketAddr, path: &str, body: &str) -> Resp {
    let headers = [(
        "content-type".to_string(),
        "application/x-www-form-urlencoded".to_string(),
    )];
    raw_request(addr, "POST", path, &headers, body.as_bytes())
        .await
        .unwrap_or_else(|e| panic!("POST {path} failed: {e}"))
}

/// Sends one request with `Connection: close` and reads the whole answer. A connection closed
/// without a byte of answer is an `UnexpectedEof` error.
pub async fn raw_request(
    addr: SocketAddr,
    method: &str,
    path_and_query: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> std::io::Result<Resp> {
    let mut stream = TcpStream::connect(addr).await?;
    let mut request = format!("{method} {path_and_query} HTTP/1.1\r\n");
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        request.push_str(&format!("host: {addr}\r\n"));
    }
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() || method != "GET" {
        request.push_str(&format!("content-length: {}\r\n", body.len()));
    }
    request.push_str("connection: close\r\n\r\n");
    let mut bytes = request.into_bytes();
    bytes.extend_from_slice(body);
    stream.write_all(&bytes).await?;
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut raw))
        .await
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "no answer in 20 s"))??;
    if raw.is_empty() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            "connection closed without an answer",
        ));
    }
    let text = String::from_utf8(raw).expect("answer is UTF-8");
    let (head, body) = text.split_once("\r\n\r\n").expect("answer has a head");
    let mut lines = head.split("\r\n");
    let status_line = lines.next().expect("status line");
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status code");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Ok(Resp {
        status,
        headers,
        body: body.to_string(),
    })
}

pub const START_URL: &str = "https://acme.awsapps.com/start";
pub const SSO_ROLE: &str = "ConnectAgent";

/// An IAM Identity Center instance and two roles, appended to BASE as the `tail` of `start`
/// (with any faults after it). jane.doe has two permission sets in ACCOUNT and one in
/// OTHER_ACCOUNT; john.roe has none.
pub const SSO: &str = r#"
[[sso]]
start_url = "https://acme.awsapps.com/start"
account_names = { "111122223333" = "Acme Support" }

[[sso.users]]
name = "jane.doe"
assignments = [
  { account = "111122223333", role = "ConnectAgent" },
  { account = "111122223333", role = "ReadOnly" },
  { account = "444455556666", role = "ConnectAgent" },
]

[[sso.users]]
name = "john.roe"

[[roles]]
arn = "arn:aws:iam::111122223333:role/ConnectAgentMfa"
mfa_serial = "arn:aws:iam::111122223333:mfa/jane.doe"
mfa_code = "123456"
max_duration_secs = 7200

[[roles]]
arn = "arn:aws:iam::111122223333:role/path/Partner"
source_keys = ["AKIDEXAMPLEAGENT"]
external_id = "acme-external-42"
"#;

pub const MFA_ROLE: &str = "arn:aws:iam::111122223333:role/ConnectAgentMfa";
pub const MFA_SERIAL: &str = "arn:aws:iam::111122223333:mfa/jane.doe";
pub const PARTNER_ROLE: &str = "arn:aws:iam::111122223333:role/path/Partner";

/// Sends one unsigned JSON POST, as the SDKs call SSO OIDC.
pub async fn post_json(addr: SocketAddr, path: &str, body: &serde_json::Value) -> Resp {
    let headers = [("content-type".to_string(), "application/json".to_string())];
    raw_request(addr, "POST", path, &headers, body.to_string().as_bytes())
        .await
        .unwrap_or_else(|e| panic!("POST {path} failed: {e}"))
}

/// An SSO portal GET with the bearer token header (when given).
pub async fn portal_get(addr: SocketAddr, path_and_query: &str, token: Option<&str>) -> Resp {
    let headers: Vec<(String, String)> = token
        .map(|t| vec![("x-amz-sso_bearer_token".to_string(), t.to_string())])
        .unwrap_or_default();
    raw_get(addr, path_and_query, &headers)
        .await
        .unwrap_or_else(|e| panic!("GET {path_and_query} failed: {e}"))
}

/// A registered OIDC client.
pub struct Client {
    pub id: String,
    pub secret: String,
}

pub async fn register(addr: SocketAddr) -> Client {
    let resp = post_json(
        addr,
        "/client/register",
        &serde_json::json!({"clientName": "connect-sso-test", "clientType": "public"}),
    )
    .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    let body = resp.json();
    Client {
        id: body["clientId"].as_str().unwrap().to_string(),
        secret: body["clientSecret"].as_str().unwrap().to_string(),
    }
}

/// StartDeviceAuthorization's body for `start_url`.
pub async fn start_device(addr: SocketAddr, client: &Client, start_url: &str) -> serde_json::Value {
    let resp = post_json(
        addr,
        "/device_authorization",
        &serde_json::json!({"clientId": client.id, "clientSecret": client.secret, "startUrl": start_url}),
    )
    .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    resp.json()
}

/// One CreateToken poll with the device code grant.
pub async fn poll(addr: SocketAddr, client: &Client, device_code: &str) -> Resp {
    post_json(
        addr,
        "/token",
        &serde_json::json!({
            "clientId": client.id,
            "clientSecret": client.secret,
            "grantType": "urn:ietf:params:oauth:grant-type:device_code",
            "deviceCode": device_code,
        }),
    )
    .await
}

/// Checks SSO OIDC's error shape and returns `error_description`.
pub fn expect_oidc_error(resp: &Resp, status: u16, name: &str, code: Option<&str>) -> String {
    assert_eq!(resp.status, status, "{name}: {}", resp.body);
    assert_eq!(resp.error_type(), Some(name), "{}", resp.body);
    assert_eq!(resp.header("content-type"), Some("application/json"));
    let body = resp.json();
    assert_eq!(
        body.get("error").and_then(|e| e.as_str()),
        code,
        "{}",
        resp.body
    );
    body["error_description"]
        .as_str()
        .unwrap_or_else(|| panic!("no error_description in {}", resp.body))
        .to_string()
}

/// Checks the SSO portal's error shape (lower-case `message`) and returns the message.
pub fn expect_portal_error(resp: &Resp, status: u16, name: &str) -> String {
    assert_eq!(resp.status, status, "{name}: {}", resp.body);
    assert_eq!(resp.error_type(), Some(name), "{}", resp.body);
    resp.json()["message"]
        .as_str()
        .unwrap_or_else(|| panic!("no message in {}", resp.body))
        .to_string()
}

/// Role credentials from the portal for `role` in `account`.
pub async fn role_credentials(
    addr: SocketAddr,
    token: &str,
    account: &str,
    role: &str,
) -> (String, String, String, u64) {
    let resp = portal_get(
        addr,
        &format!("/federation/credentials?role_name={role}&account_id={account}"),
        Some(token),
    )
    .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    let c = &resp.json()["roleCredentials"];
    (
        c["accessKeyId"].as_str().unwrap().to_string(),
        c["secretAccessKey"].as_str().unwrap().to_string(),
        c["sessionToken"].as_str().unwrap().to_string(),
        c["expiration"].as_u64().unwrap(),
    )
}

/// The form body of an STS AssumeRole.
pub fn assume_role_form(params: &[(&str, &str)]) -> String {
    let mut form = "Action=AssumeRole&Version=2011-06-15".to_string();
    for (k, v) in params {
        form.push('&');
        form.push_str(k);
        form.push('=');
        form.push_str(
            &percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC)
                .to_string(),
        );
    }
    form
}
