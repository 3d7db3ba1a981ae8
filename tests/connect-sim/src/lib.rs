//! connect-sim: a local AWS endpoint for tests and demos. It speaks the restJson1 wire format of
//! Amazon Connect's GetFederationToken, ListInstances and DescribeInstance, the awsQuery format
//! of STS GetCallerIdentity and AssumeRole, and the restJson1 formats of IAM Identity Center
//! (SSO OIDC's device and authorization-code flows, and the SSO portal); verifies SigV4 signatures against scenario keys
//! and the temporary credentials it issued; injects the faults a scenario file asks for; and
//! accepts the `/auth/sign-in` form that resumes a session with stored tokens.

mod assume_role;
mod demo;
mod directory;
mod form;
mod scenario;
mod server;
mod sigv4;
mod sso;
mod sso_authcode;
mod sts;
mod tls;
mod wire;

pub use scenario::{
    is_uuid, Credential, Fault, IdentityManagementType, Instance, InstanceStatus, Operation, Role,
    Scenario, ScenarioError, SignInMode, SsoAssignment, SsoInstance, SsoUser, DEFAULT_ROLE,
    OMITTABLE_FIELDS,
};
pub use server::{AssumeRoleCall, IssuedCredentials, IssuedTokens, RecordedRequest, Sim};
pub use sso::{DeviceAuthorization, DeviceState, IssuedSsoToken};
pub use sso_authcode::{AuthorizationRequest, CodeExchange};
pub use tls::TlsIdentity;
