//! The scenario file: what accounts, keys, instances and faults the simulator serves, and the
//! validation that turns a typo into an error naming the line and field.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Fields of a GetFederationToken success body that a fault may drop.
pub const OMITTABLE_FIELDS: [&str; 4] = ["Credentials", "SignInUrl", "UserArn", "UserId"];

/// How the simulator shapes the `SignInUrl` it hands out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SignInMode {
    /// `https://<alias>.my.connect.aws/federate/<token>` (or under the instance's `access_url`).
    #[default]
    Connect,
    /// `http://127.0.0.1:PORT/sign-in/<token>`, served by the simulator itself (demo mode).
    Sim,
}

/// Amazon Connect's `IdentityManagementType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IdentityManagementType {
    #[default]
    Saml,
    ConnectManaged,
    ExistingDirectory,
}

impl IdentityManagementType {
    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            IdentityManagementType::Saml => "SAML",
            IdentityManagementType::ConnectManaged => "CONNECT_MANAGED",
            IdentityManagementType::ExistingDirectory => "EXISTING_DIRECTORY",
        }
    }
}

/// Amazon Connect's `InstanceStatus`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum InstanceStatus {
    #[default]
    Active,
    CreationInProgress,
    CreationFailed,
}

impl InstanceStatus {
    /// The wire spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            InstanceStatus::Active => "ACTIVE",
            InstanceStatus::CreationInProgress => "CREATION_IN_PROGRESS",
            InstanceStatus::CreationFailed => "CREATION_FAILED",
        }
    }
}

/// The operations the simulator implements: three of Connect, one of STS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Operation {
    GetFederationToken,
    ListInstances,
    DescribeInstance,
    /// STS, over the awsQuery protocol (`POST /`).
    GetCallerIdentity,
}

impl Operation {
    /// The operation name as the SDKs and `RecordedRequest::operation` spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Operation::GetFederationToken => "GetFederationToken",
            Operation::ListInstances => "ListInstances",
            Operation::DescribeInstance => "DescribeInstance",
            Operation::GetCallerIdentity => "GetCallerIdentity",
        }
    }

    /// The SigV4 signing name of the service the operation belongs to: a request signed for
    /// another service is refused, as AWS refuses it.
    pub fn service(self) -> &'static str {
        match self {
            Operation::GetCallerIdentity => "sts",
            Operation::GetFederationToken
            | Operation::ListInstances
            | Operation::DescribeInstance => "connect",
        }
    }
}

/// One access key the simulator accepts.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Credential {
    pub access_key_id: String,
    pub secret_access_key: String,
    /// When set, requests must carry `X-Amz-Security-Token` equal to it.
    pub session_token: Option<String>,
    /// 12-digit AWS account the key belongs to.
    pub account: String,
    /// The Connect username this identity maps to (the role session name for SAML).
    pub user: String,
    /// Root credentials: GetFederationToken is refused.
    pub root: bool,
    /// Every request signed with this key fails with ExpiredTokenException.
    pub expired: bool,
    /// The IAM role the key is a session of, as GetCallerIdentity and AccessDenied messages
    /// name it (`assumed-role/<role>/<user>`); `None` means [`DEFAULT_ROLE`].
    pub role: Option<String>,
}

/// The role name of a credential without `role`.
pub const DEFAULT_ROLE: &str = "ConnectAgent";

impl Credential {
    /// The role this key is a session of.
    pub fn role_name(&self) -> &str {
        self.role.as_deref().unwrap_or(DEFAULT_ROLE)
    }
}

/// One Amazon Connect instance.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Instance {
    /// Instance ID, a UUID.
    pub id: String,
    pub account: String,
    pub region: String,
    pub alias: String,
    pub identity_management_type: IdentityManagementType,
    pub status: InstanceStatus,
    /// Defaults to `https://<alias>.my.connect.aws`.
    pub access_url: Option<String>,
    /// When present, the caller's `user` must be listed or GetFederationToken answers
    /// UserNotFoundException.
    pub users: Option<Vec<String>>,
    pub inbound_calls: bool,
    pub outbound_calls: bool,
    /// Creation time, epoch seconds.
    pub created: i64,
    /// DescribeInstance's `StatusReason.Message`; only sent for CREATION_FAILED.
    pub status_reason: Option<String>,
    pub tags: BTreeMap<String, String>,
}

impl Default for Instance {
    fn default() -> Self {
        Instance {
            id: String::new(),
            account: String::new(),
            region: String::new(),
            alias: String::new(),
            identity_management_type: IdentityManagementType::default(),
            status: InstanceStatus::default(),
            access_url: None,
            users: None,
            inbound_calls: true,
            outbound_calls: true,
            created: DEFAULT_CREATED,
            status_reason: None,
            tags: BTreeMap::new(),
        }
    }
}

/// A stable, plausible creation time so responses are deterministic.
const DEFAULT_CREATED: i64 = 1_700_000_000;

impl Instance {
    /// The URL users open for this instance, without a trailing slash.
    pub fn access_url(&self) -> String {
        match &self.access_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => format!("https://{}.my.connect.aws", self.alias),
        }
    }
}

/// A fault injected into matching requests; see the README for the semantics of each field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Fault {
    pub operation: Option<Operation>,
    pub instance: Option<String>,
    pub region: Option<String>,
    pub times: Option<u32>,
    pub latency_ms: Option<u64>,
    pub error: Option<String>,
    pub message: Option<String>,
    pub status: Option<u16>,
    pub malformed: bool,
    pub drop_connection: bool,
    pub omit: Vec<String>,
    /// Replace `SignInUrl` in a successful GetFederationToken body (for URL validation tests).
    pub sign_in_url: Option<String>,
}

/// Everything the simulator serves.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    pub sign_in: SignInMode,
    /// Every access/refresh token and sign-in URL token starts with this.
    pub token_prefix: String,
    pub access_token_ttl_secs: u64,
    pub refresh_token_ttl_secs: u64,
    /// How far the sim's clock for signature checks is ahead of this machine's (negative:
    /// behind). Beyond five minutes every signed request fails as skewed, as AWS answers a
    /// client whose clock is off.
    pub signature_clock_offset_secs: i64,
    pub credentials: Vec<Credential>,
    pub instances: Vec<Instance>,
    pub faults: Vec<Fault>,
}

impl Scenario {
    /// "Now" for signature checks: this machine's clock plus the scenario's offset.
    pub fn signature_now(&self) -> std::time::SystemTime {
        let offset =
            std::time::Duration::from_secs(self.signature_clock_offset_secs.unsigned_abs());
        if self.signature_clock_offset_secs >= 0 {
            std::time::SystemTime::now() + offset
        } else {
            std::time::SystemTime::now() - offset
        }
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            sign_in: SignInMode::default(),
            token_prefix: String::new(),
            access_token_ttl_secs: 3600,
            refresh_token_ttl_secs: 43_200,
            signature_clock_offset_secs: 0,
            credentials: Vec::new(),
            instances: Vec::new(),
            faults: Vec::new(),
        }
    }
}

/// A scenario that could not be read, parsed or validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    path: Option<PathBuf>,
    line: Option<usize>,
    column: Option<usize>,
    field: Option<String>,
    message: String,
}

impl ScenarioError {
    fn new(field: Option<String>, message: impl Into<String>) -> Self {
        ScenarioError {
            path: None,
            line: None,
            column: None,
            field,
            message: message.into(),
        }
    }

    /// 1-based line of the offending text, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// 1-based column of the offending text, when known.
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// The offending field, e.g. `instances[2].id`, when known.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// What is wrong, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}: ", path.display())?;
        }
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "line {line}, column {column}: ")?,
            (Some(line), None) => write!(f, "line {line}: ")?,
            _ => {}
        }
        if let Some(field) = &self.field {
            write!(f, "field `{field}`: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for ScenarioError {}

impl Scenario {
    /// Parses and validates a scenario.
    pub fn from_toml_str(text: &str) -> Result<Scenario, ScenarioError> {
        let scenario: Scenario = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
        scenario.validate().map_err(|mut e| {
            locate(text, &mut e);
            e
        })?;
        Ok(scenario)
    }

    /// Reads, parses and validates a scenario file; errors name the file.
    pub fn load(path: &Path) -> Result<Scenario, ScenarioError> {
        let text = std::fs::read_to_string(path).map_err(|e| ScenarioError {
            path: Some(path.to_path_buf()),
            ..ScenarioError::new(None, format!("cannot read the scenario: {e}"))
        })?;
        Scenario::from_toml_str(&text).map_err(|e| ScenarioError {
            path: Some(path.to_path_buf()),
            ..e
        })
    }

    /// Checks what serde cannot: formats, uniqueness and faults that make sense. Errors name the
    /// field (`instances[1].id`) but carry no line: `from_toml_str` adds it from the text.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let err = |field: String, message: String| Err(ScenarioError::new(Some(field), message));
        if self.access_token_ttl_secs == 0 {
            return err("access_token_ttl_secs".into(), "must be at least 1".into());
        }
        if self.refresh_token_ttl_secs == 0 {
            return err("refresh_token_ttl_secs".into(), "must be at least 1".into());
        }
        if !self
            .token_prefix
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return err(
                "token_prefix".into(),
                "only letters, digits, '-' and '_' are allowed (it goes into URLs)".into(),
            );
        }
        for (i, c) in self.credentials.iter().enumerate() {
            let field = |name: &str| format!("credentials[{i}].{name}");
            if c.access_key_id.is_empty() {
                return err(field("access_key_id"), "is required".into());
            }
            if !c.access_key_id.chars().all(|ch| ch.is_ascii_alphanumeric()) {
                return err(
                    field("access_key_id"),
                    format!("{:?} must be letters and digits only", c.access_key_id),
                );
            }
            if c.secret_access_key.is_empty() {
                return err(field("secret_access_key"), "is required".into());
            }
            if !is_account(&c.account) {
                return err(
                    field("account"),
                    format!("{:?} is not a 12-digit AWS account ID", c.account),
                );
            }
            if c.user.is_empty() {
                return err(field("user"), "is required".into());
            }
            if let Some(role) = &c.role {
                if !is_role_name(role) {
                    return err(
                        field("role"),
                        format!(
                            "{role:?} is not an IAM role name (1-64 letters, digits and +=,.@_-)"
                        ),
                    );
                }
            }
            if self.credentials[..i]
                .iter()
                .any(|other| other.access_key_id == c.access_key_id)
            {
                return err(
                    field("access_key_id"),
                    format!("{:?} is listed twice", c.access_key_id),
                );
            }
        }
        for (i, inst) in self.instances.iter().enumerate() {
            let field = |name: &str| format!("instances[{i}].{name}");
            if !is_uuid(&inst.id) {
                return err(
                    field("id"),
                    format!(
                        "{:?} is not a UUID (like 12345678-90ab-cdef-1234-567890abcdef)",
                        inst.id
                    ),
                );
            }
            if self.instances[..i].iter().any(|other| other.id == inst.id) {
                return err(field("id"), format!("{:?} is listed twice", inst.id));
            }
            if !is_account(&inst.account) {
                return err(
                    field("account"),
                    format!("{:?} is not a 12-digit AWS account ID", inst.account),
                );
            }
            if !is_region(&inst.region) {
                return err(
                    field("region"),
                    format!("{:?} is not a region name like us-east-1", inst.region),
                );
            }
            if inst.alias.is_empty() {
                return err(field("alias"), "is required".into());
            }
            if let Some(url) = &inst.access_url {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    return err(
                        field("access_url"),
                        format!("{url:?} must start with https:// or http://"),
                    );
                }
            }
        }
        for (i, fault) in self.faults.iter().enumerate() {
            let field = |name: &str| format!("faults[{i}].{name}");
            if fault.times == Some(0) {
                return err(field("times"), "must be at least 1".into());
            }
            if let Some(name) = &fault.error {
                if name.is_empty()
                    || !name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "._:#-".contains(c))
                {
                    return err(
                        field("error"),
                        format!("{name:?} is not an error name like ThrottlingException"),
                    );
                }
            }
            if let Some(status) = fault.status {
                if !(100..=599).contains(&status) {
                    return err(field("status"), format!("{status} is not an HTTP status"));
                }
                if fault.error.is_none() {
                    return err(
                        field("status"),
                        "needs `error` too (the x-amzn-ErrorType to send)".into(),
                    );
                }
            }
            if fault.message.is_some() && fault.error.is_none() {
                return err(field("message"), "needs `error` too".into());
            }
            let outcomes = [
                fault.error.is_some(),
                fault.malformed,
                fault.drop_connection,
            ]
            .iter()
            .filter(|b| **b)
            .count();
            if outcomes > 1 {
                return err(
                    format!("faults[{i}]"),
                    "choose one of `error`, `malformed` and `drop_connection`".into(),
                );
            }
            for name in &fault.omit {
                if !OMITTABLE_FIELDS.contains(&name.as_str()) {
                    return err(
                        field("omit"),
                        format!(
                            "{name:?} is not a GetFederationToken field; use one of {}",
                            OMITTABLE_FIELDS.join(", ")
                        ),
                    );
                }
            }
            let shapes_success = !fault.omit.is_empty() || fault.sign_in_url.is_some();
            if shapes_success
                && fault
                    .operation
                    .is_some_and(|op| op != Operation::GetFederationToken)
            {
                return err(
                    field("operation"),
                    "`omit` and `sign_in_url` only apply to GetFederationToken".into(),
                );
            }
            if outcomes == 0 && fault.latency_ms.is_none() && !shapes_success {
                return err(
                    format!("faults[{i}]"),
                    "does nothing: give it `error`, `latency_ms`, `malformed`, `drop_connection`, `omit` or `sign_in_url`".into(),
                );
            }
        }
        Ok(())
    }
}

/// `8-4-4-4-12` hexadecimal digits, the shape of a Connect instance ID.
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, len)| g.len() == len && g.chars().all(|c| c.is_ascii_hexdigit()))
}

fn is_account(s: &str) -> bool {
    s.len() == 12 && s.chars().all(|c| c.is_ascii_digit())
}

/// IAM's role-name alphabet; the name goes into ARNs, so nothing else may pass.
fn is_role_name(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "+=,.@_-".contains(c))
}

fn is_region(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() >= 3
        && parts[..parts.len() - 1]
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
        && parts[parts.len() - 1].chars().all(|c| c.is_ascii_digit())
        && !parts[parts.len() - 1].is_empty()
}

fn toml_error(text: &str, e: &toml::de::Error) -> ScenarioError {
    let mut out = ScenarioError::new(None, e.message().trim().to_string());
    if let Some(span) = e.span() {
        let (line, column) = line_col(text, span.start);
        out.line = Some(line);
        out.column = Some(column);
        // toml's "invalid type" messages do not say which key; the line does.
        out.field = text
            .lines()
            .nth(line - 1)
            .and_then(key_of_line)
            .map(str::to_string);
    }
    out
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The key of a `key = value` line, if it is one.
fn key_of_line(line: &str) -> Option<&str> {
    let (key, _) = line.split_once('=')?;
    let key = key.trim().trim_matches('"');
    let valid = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.');
    valid.then_some(key)
}

/// Finds the line of a validation error's field (`instances[2].id`) by walking the
/// `[[instances]]` headers: the deserialized structs keep no spans, and the field path is enough
/// to find it again. Inline-table arrays are not walked; those errors keep just the field.
fn locate(text: &str, e: &mut ScenarioError) {
    let Some(field) = e.field.clone() else {
        return;
    };
    let (table, key) = match field.split_once('[') {
        Some((table, rest)) => {
            let Some((index, key)) = rest.split_once(']') else {
                return;
            };
            let Ok(index) = index.parse::<usize>() else {
                return;
            };
            (
                Some((table.to_string(), index)),
                key.trim_start_matches('.'),
            )
        }
        None => (None, field.as_str()),
    };
    let lines: Vec<&str> = text.lines().collect();
    let header_of = |l: &str| {
        let l = l.split('#').next().unwrap_or("").trim();
        l.starts_with('[').then(|| l.to_string())
    };
    let mut start = 0;
    if let Some((table, index)) = &table {
        let wanted = format!("[[{table}]]");
        let Some(pos) = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| header_of(l).is_some_and(|h| h.replace(' ', "") == wanted))
            .nth(*index)
            .map(|(n, _)| n)
        else {
            return;
        };
        e.line = Some(pos + 1);
        start = pos + 1;
    }
    if key.is_empty() {
        return;
    }
    for (n, l) in lines.iter().enumerate().skip(start) {
        if header_of(l).is_some() {
            break;
        }
        if key_of_line(l) == Some(key) {
            e.line = Some(n + 1);
            return;
        }
    }
}
