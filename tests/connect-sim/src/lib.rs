//! connect-sim: a local Amazon Connect endpoint for tests and demos. It speaks the restJson1 wire
//! format of GetFederationToken, ListInstances and DescribeInstance and the awsQuery format of STS
//! GetCallerIdentity, verifies SigV4 signatures, injects the faults a scenario file asks for, and
//! accepts the `/auth/sign-in` form that resumes a session with stored tokens.

mod demo;
mod form;
mod scenario;
mod server;
mod sigv4;
mod sts;
mod wire;

pub use scenario::{
    is_uuid, Credential, Fault, IdentityManagementType, Instance, InstanceStatus, Operation,
    Scenario, ScenarioError, SignInMode, DEFAULT_ROLE, OMITTABLE_FIELDS,
};
pub use server::{IssuedTokens, RecordedRequest, Sim};
