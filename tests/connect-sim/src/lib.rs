//! connect-sim: a local Amazon Connect endpoint for tests and demos. It speaks the restJson1 wire
//! format of GetFederationToken, ListInstances and DescribeInstance, verifies SigV4 signatures,
//! and injects the faults a scenario file asks for.

mod demo;
mod scenario;
mod server;
mod sigv4;
mod wire;

pub use scenario::{
    is_uuid, Credential, Fault, IdentityManagementType, Instance, InstanceStatus, Operation,
    Scenario, ScenarioError, SignInMode, OMITTABLE_FIELDS,
};
pub use server::{IssuedTokens, RecordedRequest, Sim};
