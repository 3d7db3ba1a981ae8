//! STS GetCallerIdentity over awsQuery: the XML of a success for role sessions and root, every
//! error in STS's XML form, the service scope per route, the signed body, and faults.

mod common;

use common::*;
use connect_sim::{Scenario, Sim};
use std::time::{Duration, Instant};

fn identity() -> Req {
    Req::sts(GET_CALLER_IDENTITY)
}

/// Checks the awsQuery error shape and returns the message (still XML-escaped).
fn expect_sts_error(resp: &Resp, status: u16, code: &str) -> String {
    assert_eq!(resp.status, status, "{code}: {}", resp.body);
    assert_eq!(resp.header("content-type"), Some("text/xml"), "{code}");
    // awsQuery names the error in the body only.
    assert_eq!(resp.error_type(), None, "{code}");
    assert!(
        resp.body
            .starts_with("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"),
        "{}",
        resp.body
    );
    let kind = if status >= 500 { "Receiver" } else { "Sender" };
    assert_eq!(resp.xml("Type"), kind, "{code}");
    assert_eq!(resp.xml("Code"), code);
    let request_id = resp.header("x-amzn-RequestId").expect("a request ID");
    assert_eq!(resp.xml("RequestId"), request_id);
    resp.xml("Message")
}

#[tokio::test]
async fn role_session_identity_has_the_wire_shape() {
    let sim = start("", "").await;
    let resp = identity().send(sim.addr()).await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert_eq!(resp.header("content-type"), Some("text/xml"));
    assert_eq!(resp.error_type(), None);
    let request_id = resp.header("x-amzn-RequestId").unwrap();
    assert!(connect_sim::is_uuid(request_id));
    assert_eq!(
        resp.body,
        format!(
            "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  \
             <GetCallerIdentityResult>\n    \
             <Arn>arn:aws:sts::{ACCOUNT}:assumed-role/ConnectAgent/jane.doe</Arn>\n    \
             <UserId>AROAEXAMPLEROLEID:jane.doe</UserId>\n    \
             <Account>{ACCOUNT}</Account>\n  \
             </GetCallerIdentityResult>\n  \
             <ResponseMetadata>\n    <RequestId>{request_id}</RequestId>\n  </ResponseMetadata>\n\
             </GetCallerIdentityResponse>\n"
        )
    );
    let recorded = sim.requests();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].method, "POST");
    assert_eq!(recorded[0].path, "/");
    assert_eq!(recorded[0].operation.as_deref(), Some("GetCallerIdentity"));
    assert_eq!(recorded[0].access_key_id.as_deref(), Some(AGENT_KEY));
    assert_eq!(recorded[0].region.as_deref(), Some("us-east-1"));
    assert_eq!(recorded[0].status, 200);
    assert_eq!(recorded[0].error_type, None);
}

#[tokio::test]
async fn root_identity() {
    let sim = start("", "").await;
    let resp = identity().key(ROOT_KEY, ROOT_SECRET).send(sim.addr()).await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert_eq!(resp.xml("Arn"), format!("arn:aws:iam::{ACCOUNT}:root"));
    assert_eq!(resp.xml("UserId"), ACCOUNT);
    assert_eq!(resp.xml("Account"), ACCOUNT);
}

#[tokio::test]
async fn session_keys_other_accounts_and_regions() {
    let sim = start("", "").await;
    let resp = identity()
        .key(SESSION_KEY, SESSION_SECRET)
        .token(SESSION_TOKEN)
        .send(sim.addr())
        .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    let other = identity()
        .key(OTHER_KEY, OTHER_SECRET)
        .region("eu-west-2")
        .send(sim.addr())
        .await;
    assert_eq!(other.xml("Account"), OTHER_ACCOUNT);
    assert_eq!(
        other.xml("Arn"),
        format!("arn:aws:sts::{OTHER_ACCOUNT}:assumed-role/ConnectAgent/jane.doe")
    );
    // GovCloud keys live in their own partition.
    let gov = identity().region("us-gov-west-1").send(sim.addr()).await;
    assert!(gov.xml("Arn").starts_with("arn:aws-us-gov:sts::"));
}

#[tokio::test]
async fn role_is_configurable_and_values_are_escaped() {
    let text = format!(
        r#"
[[credentials]]
access_key_id = "{AGENT_KEY}"
secret_access_key = "{AGENT_SECRET}"
account = "{ACCOUNT}"
user = "<o'brien & co>"
role = "Support.Lead@eu"
"#
    );
    let sim = Sim::start(Scenario::from_toml_str(&text).unwrap())
        .await
        .unwrap();
    let resp = identity().send(sim.addr()).await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert_eq!(
        resp.xml("Arn"),
        format!(
            "arn:aws:sts::{ACCOUNT}:assumed-role/Support.Lead@eu/&lt;o&apos;brien &amp; co&gt;"
        )
    );
    assert_eq!(
        resp.xml("UserId"),
        "AROAEXAMPLEROLEID:&lt;o&apos;brien &amp; co&gt;"
    );
    assert!(!resp.body.contains("<o'"), "{}", resp.body);
}

#[tokio::test]
async fn authentication_errors_in_sts_words() {
    let sim = start("", "").await;
    let addr = sim.addr();

    let resp = identity()
        .key("AKIDNOBODYKNOWS", AGENT_SECRET)
        .send(addr)
        .await;
    let message = expect_sts_error(&resp, 403, "InvalidClientTokenId");
    assert_eq!(
        message,
        "The security token included in the request is invalid."
    );

    let resp = identity().key(AGENT_KEY, "not-the-secret").send(addr).await;
    let message = expect_sts_error(&resp, 403, "SignatureDoesNotMatch");
    assert!(
        message.starts_with("The request signature we calculated does not match"),
        "{message}"
    );

    let resp = identity().key(EXPIRED_KEY, EXPIRED_SECRET).send(addr).await;
    let message = expect_sts_error(&resp, 403, "ExpiredToken");
    assert_eq!(
        message,
        "The security token included in the request is expired"
    );

    let resp = identity().unsigned().send(addr).await;
    expect_sts_error(&resp, 403, "MissingAuthenticationToken");

    // A session key without its token is an unknown token, as for Connect.
    let resp = identity().key(SESSION_KEY, SESSION_SECRET).send(addr).await;
    expect_sts_error(&resp, 403, "InvalidClientTokenId");

    let ten_minutes_ago = std::time::SystemTime::now() - Duration::from_secs(600);
    let resp = identity().time(ten_minutes_ago).send(addr).await;
    let message = expect_sts_error(&resp, 403, "SignatureDoesNotMatch");
    assert!(message.starts_with("Signature expired: "), "{message}");

    let codes: Vec<Option<String>> = sim.requests().into_iter().map(|r| r.error_type).collect();
    assert_eq!(
        codes,
        [
            Some("InvalidClientTokenId".to_string()),
            Some("SignatureDoesNotMatch".to_string()),
            Some("ExpiredToken".to_string()),
            Some("MissingAuthenticationToken".to_string()),
            Some("InvalidClientTokenId".to_string()),
            Some("SignatureDoesNotMatch".to_string()),
        ]
    );
    // The operation comes from the form, so it is recorded even when the signature is refused.
    assert!(sim
        .requests()
        .iter()
        .all(|r| r.operation.as_deref() == Some("GetCallerIdentity")));
}

#[tokio::test]
async fn unknown_actions_and_versions() {
    let sim = start("", "").await;
    let addr = sim.addr();
    // GetSessionToken is a real STS action, just not one the sim serves.
    let resp = Req::sts("Action=GetSessionToken&Version=2011-06-15")
        .send(addr)
        .await;
    let message = expect_sts_error(&resp, 400, "InvalidAction");
    assert_eq!(
        message,
        "Could not find operation GetSessionToken for version 2011-06-15"
    );
    let resp = Req::sts("Action=AssumeRole&Version=2099-01-01")
        .send(addr)
        .await;
    expect_sts_error(&resp, 400, "InvalidAction");
    let resp = Req::sts("Action=GetCallerIdentity&Version=2099-01-01")
        .send(addr)
        .await;
    expect_sts_error(&resp, 400, "InvalidAction");
    let resp = Req::sts("Action=GetCallerIdentity").send(addr).await;
    let message = expect_sts_error(&resp, 400, "InvalidAction");
    assert!(message.ends_with("NO_VERSION_SPECIFIED"), "{message}");
    let resp = Req::sts("").send(addr).await;
    expect_sts_error(&resp, 400, "InvalidAction");
    // A JSON body is no form: there is no Action in it.
    let mut json = Req::sts("{\"Action\":\"GetCallerIdentity\"}");
    json.content_type = Some("application/json".to_string());
    expect_sts_error(&json.send(addr).await, 400, "InvalidAction");
    assert!(sim.requests().iter().all(|r| r.operation.is_none()));
    assert!(sim
        .requests()
        .iter()
        .all(|r| r.error_type.as_deref() == Some("InvalidAction")));
}

#[tokio::test]
async fn the_scope_service_must_match_the_route() {
    let sim = start("", "").await;
    let addr = sim.addr();
    let resp = identity().service("connect").send(addr).await;
    let message = expect_sts_error(&resp, 403, "SignatureDoesNotMatch");
    assert_eq!(
        message,
        "Credential should be scoped to correct service: &apos;sts&apos;. "
    );
    let resp = Req::get(&format!("/user/federate/{SUPPORT}"))
        .service("sts")
        .send(addr)
        .await;
    assert_eq!(resp.status, 403);
    assert_eq!(resp.error_type(), Some("InvalidSignatureException"));
    assert_eq!(
        resp.json()["message"],
        "Credential should be scoped to correct service: 'connect'. "
    );
}

#[tokio::test]
async fn the_body_is_part_of_the_signature() {
    let sim = start("", "").await;
    let addr = sim.addr();
    // Signed over one form, sent with another of the same length.
    let signed = identity();
    let headers = signed.headers(&addr.to_string());
    let swapped = GET_CALLER_IDENTITY.replace("2011-06-15", "2011-06-16");
    let resp = raw_request(addr, "POST", "/", &headers, swapped.as_bytes())
        .await
        .unwrap();
    expect_sts_error(&resp, 403, "SignatureDoesNotMatch");
    // Signed over an empty body, sent with a form and a declared hash of the empty body: the
    // declaration is not taken on trust.
    let mut lying = Req::sts("").headers(&addr.to_string());
    lying.push((
        "x-amz-content-sha256".to_string(),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855".to_string(),
    ));
    let resp = raw_request(addr, "POST", "/", &lying, GET_CALLER_IDENTITY.as_bytes())
        .await
        .unwrap();
    expect_sts_error(&resp, 403, "SignatureDoesNotMatch");
    // The untouched request passes.
    let resp = raw_request(addr, "POST", "/", &headers, GET_CALLER_IDENTITY.as_bytes())
        .await
        .unwrap();
    assert_eq!(resp.status, 200, "{}", resp.body);
}

#[tokio::test]
async fn error_faults_answer_in_xml() {
    let sim = start(
        "",
        "[[faults]]\noperation = \"GetCallerIdentity\"\ntimes = 1\nerror = \"ThrottlingException\"\n\
         [[faults]]\noperation = \"GetCallerIdentity\"\ntimes = 1\nerror = \"Throttling\"\nstatus = 400\nmessage = \"Rate <exceeded>\"\n\
         [[faults]]\noperation = \"GetCallerIdentity\"\ntimes = 1\nerror = \"InternalFailure\"\n\
         [[faults]]\noperation = \"GetCallerIdentity\"\ntimes = 1\nerror = \"AccessDeniedException\"\n",
    )
    .await;
    let addr = sim.addr();
    // Connect operations do not use up STS faults.
    assert_eq!(Req::get("/instance").send(addr).await.status, 200);
    let message = expect_sts_error(&identity().send(addr).await, 429, "ThrottlingException");
    assert_eq!(message, "Rate exceeded");
    let message = expect_sts_error(&identity().send(addr).await, 400, "Throttling");
    assert_eq!(message, "Rate &lt;exceeded&gt;");
    expect_sts_error(&identity().send(addr).await, 500, "InternalFailure");
    let message = expect_sts_error(&identity().send(addr).await, 403, "AccessDeniedException");
    assert_eq!(
        message,
        format!("User: arn:aws:sts::{ACCOUNT}:assumed-role/ConnectAgent/jane.doe is not authorized to perform: sts:GetCallerIdentity on resource: * because no identity-based policy allows the sts:GetCallerIdentity action")
    );
    assert_eq!(identity().send(addr).await.status, 200);
    let recorded: Vec<(u16, Option<String>)> = sim
        .requests()
        .into_iter()
        .skip(1)
        .map(|r| (r.status, r.error_type))
        .collect();
    assert_eq!(
        recorded,
        [
            (429, Some("ThrottlingException".to_string())),
            (400, Some("Throttling".to_string())),
            (500, Some("InternalFailure".to_string())),
            (403, Some("AccessDeniedException".to_string())),
            (200, None),
        ]
    );
}

#[tokio::test]
async fn latency_drop_and_malformed_faults() {
    let sim = start(
        "",
        "[[faults]]\noperation = \"GetCallerIdentity\"\ntimes = 1\nlatency_ms = 300\n\
         [[faults]]\noperation = \"GetCallerIdentity\"\ntimes = 1\ndrop_connection = true\n\
         [[faults]]\noperation = \"GetCallerIdentity\"\ntimes = 1\nmalformed = true\n\
         [[faults]]\noperation = \"GetFederationToken\"\nerror = \"ThrottlingException\"\n",
    )
    .await;
    let addr = sim.addr();
    let started = Instant::now();
    let resp = identity().send(addr).await;
    assert_eq!(resp.status, 200);
    assert!(started.elapsed() >= Duration::from_millis(300));
    let err = identity().try_send(addr).await.unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::UnexpectedEof, "{err}");
    let malformed = identity().send(addr).await;
    assert_eq!(malformed.status, 200);
    assert_eq!(malformed.header("content-type"), Some("text/xml"));
    assert!(malformed.body.starts_with("<GetCallerIdentityResponse"));
    assert!(!malformed.body.contains("</GetCallerIdentityResponse>"));
    // Faults of other operations leave STS alone: no delay (counted by the sim, not timed).
    let delayed = sim.delayed_requests();
    assert_eq!(identity().send(addr).await.status, 200);
    assert_eq!(sim.delayed_requests(), delayed);
    let statuses: Vec<u16> = sim.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [200, 0, 200, 200]);
}

#[tokio::test]
async fn faults_without_an_operation_apply_to_sts_too() {
    let sim = start(
        "",
        "[[faults]]\nregion = \"eu-west-2\"\nerror = \"ServiceUnavailableException\"\n",
    )
    .await;
    let resp = identity().region("eu-west-2").send(sim.addr()).await;
    expect_sts_error(&resp, 503, "ServiceUnavailableException");
    assert_eq!(identity().send(sim.addr()).await.status, 200);
}
