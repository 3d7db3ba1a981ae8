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

/// The operations the simulator implements: four of Connect, two of STS, three of SSO OIDC and
/// four of the SSO portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Operation {
    GetFederationToken,
    ListInstances,
    DescribeInstance,
    /// `POST /search-users`, JSON body.
    SearchUsers,
    /// STS, over the awsQuery protocol (`POST /`).
    GetCallerIdentity,
    /// STS, over the awsQuery protocol (`POST /`).
    AssumeRole,
    /// SSO OIDC (`POST /client/register`), unsigned.
    RegisterClient,
    /// SSO OIDC (`POST /device_authorization`), unsigned.
    StartDeviceAuthorization,
    /// SSO OIDC (`POST /token`), unsigned.
    CreateToken,
    /// SSO portal (`GET /federation/credentials`), bearer token.
    GetRoleCredentials,
    /// SSO portal (`GET /assignment/accounts`), bearer token.
    ListAccounts,
    /// SSO portal (`GET /assignment/roles`), bearer token.
    ListAccountRoles,
    /// SSO portal (`POST /logout`), bearer token.
    Logout,
}

impl Operation {
    /// The operation name as the SDKs and `RecordedRequest::operation` spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Operation::GetFederationToken => "GetFederationToken",
            Operation::ListInstances => "ListInstances",
            Operation::DescribeInstance => "DescribeInstance",
            Operation::SearchUsers => "SearchUsers",
            Operation::GetCallerIdentity => "GetCallerIdentity",
            Operation::AssumeRole => "AssumeRole",
            Operation::RegisterClient => "RegisterClient",
            Operation::StartDeviceAuthorization => "StartDeviceAuthorization",
            Operation::CreateToken => "CreateToken",
            Operation::GetRoleCredentials => "GetRoleCredentials",
            Operation::ListAccounts => "ListAccounts",
            Operation::ListAccountRoles => "ListAccountRoles",
            Operation::Logout => "Logout",
        }
    }

    /// The SigV4 signing name of the service the operation belongs to: a request signed for
    /// another service is refused, as AWS refuses it.
    pub fn service(self) -> &'static str {
        match self {
            Operation::GetCallerIdentity | Operation::AssumeRole => "sts",
            Operation::GetFederationToken
            | Operation::ListInstances
            | Operation::DescribeInstance
            | Operation::SearchUsers => "connect",
            Operation::RegisterClient
            | Operation::StartDeviceAuthorization
            | Operation::CreateToken => "sso-oauth",
            Operation::GetRoleCredentials
            | Operation::ListAccounts
            | Operation::ListAccountRoles
            | Operation::Logout => "awsssoportal",
        }
    }

    /// Whether requests are SigV4-signed. The SSO operations are not (their models say
    /// `noAuth`), so a fault without `operation` (which matches every signed operation) leaves
    /// them alone: scenarios written before they existed keep their meaning.
    pub fn is_signed(self) -> bool {
        matches!(self.service(), "connect" | "sts")
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
    /// The actions this identity's IAM policy allows (`connect:GetFederationToken`,
    /// `connect:*`, `*`); `None`: every action. Any other answers AccessDeniedException naming
    /// the action and resource, as IAM does. GetCallerIdentity needs no permission.
    pub allow: Option<Vec<String>>,
}

/// The role name of a credential without `role`.
pub const DEFAULT_ROLE: &str = "ConnectAgent";

impl Credential {
    /// Whether this identity's policy allows `op`.
    pub fn allows(&self, op: Operation) -> bool {
        let Some(allowed) = &self.allow else {
            return true;
        };
        let action = format!("{}:{}", op.service(), op.as_str());
        let service_wide = format!("{}:*", op.service());
        op == Operation::GetCallerIdentity
            || allowed
                .iter()
                .any(|a| a == "*" || *a == service_wide || a.eq_ignore_ascii_case(&action))
    }

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

/// An IAM Identity Center instance, reached through its start URL: the SSO OIDC device flow
/// signs its users in, and the SSO portal hands out credentials for their assignments.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SsoInstance {
    /// `https://<name>.awsapps.com/start`; `startUrl` of StartDeviceAuthorization must equal it
    /// (a trailing `/` aside).
    pub start_url: String,
    /// The `sso_region` a profile names for it. Informational: the sim serves every region.
    pub region: String,
    /// `expiresIn` of CreateToken: how long an SSO access token opens the portal.
    pub token_ttl_secs: u64,
    /// `expiresIn` of StartDeviceAuthorization: how long the device code can be approved.
    pub device_code_ttl_secs: u64,
    /// `interval` of StartDeviceAuthorization: CreateToken polls closer together than this get
    /// SlowDownException. 0 never slows down.
    pub interval_secs: u64,
    /// Lifetime of the role credentials GetRoleCredentials issues (a permission set's session
    /// duration).
    pub credentials_ttl_secs: u64,
    /// `accountName` per account ID in ListAccounts; absent accounts are named by their ID.
    pub account_names: BTreeMap<String, String>,
    pub users: Vec<SsoUser>,
}

impl Default for SsoInstance {
    fn default() -> Self {
        SsoInstance {
            start_url: String::new(),
            region: "us-east-1".to_string(),
            token_ttl_secs: 28_800,
            device_code_ttl_secs: 600,
            interval_secs: 1,
            credentials_ttl_secs: 3600,
            account_names: BTreeMap::new(),
            users: Vec::new(),
        }
    }
}

impl SsoInstance {
    /// Whether `url` names this instance: trailing slashes do not count, as users paste both.
    pub fn matches_start_url(&self, url: &str) -> bool {
        self.start_url.trim_end_matches('/') == url.trim_end_matches('/')
    }

    /// The host of the start URL (`demo.awsapps.com`).
    pub fn start_host(&self) -> &str {
        let rest = self
            .start_url
            .split_once("://")
            .map_or(self.start_url.as_str(), |(_, rest)| rest);
        rest.split(['/', '?', '#']).next().unwrap_or(rest)
    }
}

/// A user of an IAM Identity Center instance. Its `name` is also the Connect username its role
/// credentials map to (the role session name of `AWSReservedSSO_*` roles).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SsoUser {
    pub name: String,
    pub assignments: Vec<SsoAssignment>,
}

/// A permission set of one account assigned to a user.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SsoAssignment {
    /// 12-digit account ID.
    pub account: String,
    /// The permission set name, `roleName` in the portal.
    pub role: String,
}

/// An IAM role STS AssumeRole can assume.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Role {
    /// `arn:aws:iam::ACCOUNT:role/NAME` (a path before NAME is allowed).
    pub arn: String,
    /// Access key IDs of `[[credentials]]` allowed to assume it; empty: any key of the role's
    /// account, temporary credentials included.
    pub source_keys: Vec<String>,
    /// When set, AssumeRole must send `SerialNumber` equal to it and `TokenCode` equal to
    /// `mfa_code`.
    pub mfa_serial: Option<String>,
    /// The one-time code the MFA device "shows"; six digits, required with `mfa_serial`.
    pub mfa_code: Option<String>,
    /// When set, AssumeRole must send `ExternalId` equal to it.
    pub external_id: Option<String>,
    /// The role's MaxSessionDuration: a larger `DurationSeconds` is a ValidationError.
    pub max_duration_secs: u64,
}

impl Default for Role {
    fn default() -> Self {
        Role {
            arn: String::new(),
            source_keys: Vec::new(),
            mfa_serial: None,
            mfa_code: None,
            external_id: None,
            max_duration_secs: 3600,
        }
    }
}

impl Role {
    /// The account in the ARN (empty when the ARN is malformed; validation refuses that).
    pub fn account(&self) -> &str {
        self.arn.split(':').nth(4).unwrap_or("")
    }

    /// The role name: the last segment of the ARN's resource, after any path.
    pub fn name(&self) -> &str {
        self.arn.rsplit('/').next().unwrap_or("")
    }

    /// The ARN's partition (`aws`, `aws-us-gov`, …).
    pub fn partition(&self) -> &str {
        self.arn.split(':').nth(1).unwrap_or("aws")
    }
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
    /// IAM Identity Center instances (`[[sso]]`).
    pub sso: Vec<SsoInstance>,
    /// Roles STS AssumeRole can assume (`[[roles]]`).
    pub roles: Vec<Role>,
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
            sso: Vec::new(),
            roles: Vec::new(),
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
        self.validate_sso()?;
        self.validate_roles()
    }

    fn validate_sso(&self) -> Result<(), ScenarioError> {
        let err = |field: String, message: String| Err(ScenarioError::new(Some(field), message));
        for (i, sso) in self.sso.iter().enumerate() {
            let field = |name: &str| format!("sso[{i}].{name}");
            let url = &sso.start_url;
            if url.is_empty() {
                return err(field("start_url"), "is required".into());
            }
            if !(url.starts_with("https://") || url.starts_with("http://"))
                || sso.start_host().is_empty()
            {
                return err(
                    field("start_url"),
                    format!("{url:?} is not a URL like https://my-org.awsapps.com/start"),
                );
            }
            if self.sso[..i]
                .iter()
                .any(|other| other.matches_start_url(url))
            {
                return err(field("start_url"), format!("{url:?} is listed twice"));
            }
            if !is_region(&sso.region) {
                return err(
                    field("region"),
                    format!("{:?} is not a region name like us-east-1", sso.region),
                );
            }
            for (name, value) in [
                ("token_ttl_secs", sso.token_ttl_secs),
                ("device_code_ttl_secs", sso.device_code_ttl_secs),
                ("credentials_ttl_secs", sso.credentials_ttl_secs),
            ] {
                if value == 0 {
                    return err(field(name), "must be at least 1".into());
                }
            }
            if let Some(account) = sso.account_names.keys().find(|a| !is_account(a)) {
                return err(
                    field("account_names"),
                    format!("{account:?} is not a 12-digit AWS account ID"),
                );
            }
            for (j, user) in sso.users.iter().enumerate() {
                let field = |name: &str| format!("sso[{i}].users[{j}].{name}");
                if user.name.is_empty() {
                    return err(field("name"), "is required".into());
                }
                if user.name.chars().any(char::is_control) {
                    return err(
                        field("name"),
                        format!("{:?} contains control characters", user.name),
                    );
                }
                if sso.users[..j].iter().any(|other| other.name == user.name) {
                    return err(field("name"), format!("{:?} is listed twice", user.name));
                }
                for (k, assignment) in user.assignments.iter().enumerate() {
                    let field = |name: &str| format!("sso[{i}].users[{j}].assignments[{k}].{name}");
                    if !is_account(&assignment.account) {
                        return err(
                            field("account"),
                            format!("{:?} is not a 12-digit AWS account ID", assignment.account),
                        );
                    }
                    if !is_permission_set_name(&assignment.role) {
                        return err(
                            field("role"),
                            format!(
                                "{:?} is not a permission set name (1-32 letters, digits and +=,.@_-)",
                                assignment.role
                            ),
                        );
                    }
                }
            }
        }
        Ok(())
    }

    fn validate_roles(&self) -> Result<(), ScenarioError> {
        let err = |field: String, message: String| Err(ScenarioError::new(Some(field), message));
        for (i, role) in self.roles.iter().enumerate() {
            let field = |name: &str| format!("roles[{i}].{name}");
            if role.arn.is_empty() {
                return err(field("arn"), "is required".into());
            }
            if !is_role_arn(&role.arn) {
                return err(
                    field("arn"),
                    format!(
                        "{:?} is not a role ARN like arn:aws:iam::111122223333:role/Name",
                        role.arn
                    ),
                );
            }
            if self.roles[..i].iter().any(|other| other.arn == role.arn) {
                return err(field("arn"), format!("{:?} is listed twice", role.arn));
            }
            if let Some(key) = role
                .source_keys
                .iter()
                .find(|k| !self.credentials.iter().any(|c| &c.access_key_id == *k))
            {
                return err(
                    field("source_keys"),
                    format!("{key:?} is not the access_key_id of any [[credentials]]"),
                );
            }
            match (&role.mfa_serial, &role.mfa_code) {
                (Some(serial), Some(code)) => {
                    if !(9..=256).contains(&serial.len())
                        || !serial
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || "_+=/:,.@-".contains(c))
                    {
                        return err(
                            field("mfa_serial"),
                            format!("{serial:?} is not an MFA device ARN or serial number (9-256 of letters, digits and _+=/:,.@-)"),
                        );
                    }
                    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
                        return err(field("mfa_code"), format!("{code:?} is not six digits"));
                    }
                }
                (Some(_), None) => {
                    return err(
                        field("mfa_code"),
                        "is required with `mfa_serial` (the code the device shows)".into(),
                    )
                }
                (None, Some(_)) => return err(field("mfa_code"), "needs `mfa_serial` too".into()),
                (None, None) => {}
            }
            if let Some(id) = &role.external_id {
                if !(2..=1224).contains(&id.len())
                    || !id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "_+=,.@:/-".contains(c))
                {
                    return err(
                        field("external_id"),
                        format!("{id:?} is not an external ID (2-1224 of letters, digits and _+=,.@:/-)"),
                    );
                }
            }
            if !(3600..=43_200).contains(&role.max_duration_secs) {
                return err(
                    field("max_duration_secs"),
                    format!(
                        "{} is outside IAM's MaxSessionDuration range 3600-43200",
                        role.max_duration_secs
                    ),
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

/// A permission set name: it goes into the `AWSReservedSSO_<name>_<suffix>` role name, which
/// must stay a valid (at most 64 characters) IAM role name.
fn is_permission_set_name(s: &str) -> bool {
    (1..=32).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "+=,.@_-".contains(c))
}

/// `arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME`.
fn is_role_arn(s: &str) -> bool {
    let parts: Vec<&str> = s.splitn(6, ':').collect();
    let [arn, partition, iam, region, account, resource] = parts.as_slice() else {
        return false;
    };
    let Some(path_and_name) = resource.strip_prefix("role/") else {
        return false;
    };
    let name = path_and_name.rsplit('/').next().unwrap_or("");
    *arn == "arn"
        && partition.starts_with("aws")
        && *iam == "iam"
        && region.is_empty()
        && is_account(account)
        && is_role_name(name)
        && path_and_name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+=,.@_-/".contains(c))
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

/// Finds the line of a validation error's field (`instances[2].id`,
/// `sso[0].users[1].assignments[0].role`) by walking the `[[table]]` and `[[table.sub]]`
/// headers: the deserialized structs keep no spans, and the field path is enough to find it
/// again. Inline arrays are not walked; their errors point at the line of their key.
fn locate(text: &str, e: &mut ScenarioError) {
    let Some(field) = e.field.clone() else {
        return;
    };
    let Some(segments) = field_path(&field) else {
        return;
    };
    let lines: Vec<&str> = text.lines().collect();
    let header_of = |l: &str| {
        let l = l.split('#').next().unwrap_or("").trim();
        l.starts_with('[').then(|| l.replace(' ', ""))
    };
    // The lines of the table being searched, and its dotted name.
    let (mut start, mut end) = (0, lines.len());
    let mut table = String::new();
    for (name, index) in segments {
        let full = if table.is_empty() {
            name.to_string()
        } else {
            format!("{table}.{name}")
        };
        if let Some(index) = index {
            let wanted = format!("[[{full}]]");
            let found = (start..end)
                .filter(|&n| header_of(lines[n]).as_deref() == Some(wanted.as_str()))
                .nth(index);
            if let Some(pos) = found {
                e.line = Some(pos + 1);
                // The element ends at the next header that is not one of its sub-tables.
                let nested = format!("{full}.");
                end = (pos + 1..end)
                    .find(|&n| {
                        header_of(lines[n])
                            .is_some_and(|h| !h.trim_start_matches('[').starts_with(&nested))
                    })
                    .unwrap_or(end);
                start = pos + 1;
                table = full;
                continue;
            }
            // Not an array of tables: an inline array, found by its key below.
        }
        for (n, l) in lines.iter().enumerate().take(end).skip(start) {
            if header_of(l).is_some() {
                break;
            }
            if key_of_line(l) == Some(name) {
                e.line = Some(n + 1);
                break;
            }
        }
        return;
    }
}

/// `a[1].b.c[2]` as `[("a", Some(1)), ("b", None), ("c", Some(2))]`.
fn field_path(field: &str) -> Option<Vec<(&str, Option<usize>)>> {
    field
        .split('.')
        .map(|segment| match segment.split_once('[') {
            Some((name, rest)) => {
                let index = rest.strip_suffix(']')?.parse().ok()?;
                Some((name, Some(index)))
            }
            None => Some((segment, None)),
        })
        .collect()
}
