//! Fault injection: errors with their statuses, "fail N times then succeed", latency, malformed
//! bodies, dropped connections, omitted fields, and how faults are matched.

mod common;

use common::*;
use std::time::{Duration, Instant};

fn federate(id: &str) -> Req {
    Req::get(&format!("/user/federate/{id}"))
}

#[tokio::test]
async fn every_error_name_gets_its_status_and_header() {
    let table = [
        ("InvalidRequestException", 400),
        ("InvalidParameterException", 400),
        ("ResourceNotFoundException", 404),
        ("UserNotFoundException", 404),
        ("DuplicateResourceException", 409),
        ("ThrottlingException", 429),
        ("InternalServiceException", 500),
        ("AccessDeniedException", 403),
        ("UserNotOnboardedException", 400),
        ("ServiceQuotaExceededException", 402),
        ("BrandNewException", 400),
    ];
    for (name, status) in table {
        let sim = start(
            "",
            &format!("[[faults]]\noperation = \"GetFederationToken\"\nerror = \"{name}\"\n"),
        )
        .await;
        let resp = federate(SUPPORT).send(sim.addr()).await;
        assert_eq!(resp.status, status, "{name}");
        assert_eq!(resp.error_type(), Some(name));
        assert_eq!(resp.header("content-type"), Some("application/json"));
        assert!(resp.header("x-amzn-RequestId").is_some());
        let body = resp.json();
        let key = if name == "AccessDeniedException" {
            "message"
        } else {
            "Message"
        };
        let message = body[key]
            .as_str()
            .unwrap_or_else(|| panic!("{name}: {body}"));
        assert!(!message.is_empty(), "{name}");
        assert!(sim.issued_tokens().is_empty(), "{name}");
    }
}

#[tokio::test]
async fn default_messages_look_like_aws() {
    let sim = start(
        "",
        "[[faults]]\ninstance = \"a1b2c3d4-0000-4000-8000-000000000001\"\nerror = \"AccessDeniedException\"\n\
         [[faults]]\ninstance = \"a1b2c3d4-0000-4000-8000-000000000002\"\nerror = \"ThrottlingException\"\n",
    )
    .await;
    let denied = federate(SUPPORT).send(sim.addr()).await.message();
    assert_eq!(
        denied,
        format!(
            "User: arn:aws:sts::{ACCOUNT}:assumed-role/ConnectAgent/jane.doe is not authorized to perform: connect:GetFederationToken on resource: arn:aws:connect:us-east-1:{ACCOUNT}:instance/{SUPPORT}/user/jane.doe because no identity-based policy allows the connect:GetFederationToken action"
        )
    );
    assert_eq!(
        federate(SALES).send(sim.addr()).await.message(),
        "Rate exceeded"
    );
}

#[tokio::test]
async fn custom_message_and_status() {
    let sim = start(
        "",
        "[[faults]]\nerror = \"ThrottlingException\"\nstatus = 400\nmessage = \"Slow down, \\\"please\\\"\"\n",
    )
    .await;
    let resp = Req::get("/instance").send(sim.addr()).await;
    assert_eq!(resp.status, 400);
    assert_eq!(resp.error_type(), Some("ThrottlingException"));
    assert_eq!(resp.message(), "Slow down, \"please\"");
}

#[tokio::test]
async fn fails_n_times_then_succeeds() {
    let sim = start(
        "",
        "[[faults]]\noperation = \"GetFederationToken\"\ntimes = 2\nerror = \"InternalServiceException\"\n",
    )
    .await;
    // Other operations do not use up the fault.
    assert_eq!(Req::get("/instance").send(sim.addr()).await.status, 200);
    let statuses = [
        federate(SUPPORT).send(sim.addr()).await.status,
        federate(SUPPORT).send(sim.addr()).await.status,
        federate(SUPPORT).send(sim.addr()).await.status,
        federate(SUPPORT).send(sim.addr()).await.status,
    ];
    assert_eq!(statuses, [500, 500, 200, 200]);
    assert_eq!(sim.issued_tokens().len(), 2);
}

#[tokio::test]
async fn rejected_signatures_do_not_use_up_a_fault() {
    let sim = start(
        "",
        "[[faults]]\ntimes = 1\nerror = \"ThrottlingException\"\n",
    )
    .await;
    let bad = federate(SUPPORT)
        .key(AGENT_KEY, "wrong")
        .send(sim.addr())
        .await;
    assert_eq!(bad.error_type(), Some("InvalidSignatureException"));
    assert_eq!(federate(SUPPORT).send(sim.addr()).await.status, 429);
    assert_eq!(federate(SUPPORT).send(sim.addr()).await.status, 200);
}

#[tokio::test]
async fn first_matching_fault_wins_and_exhausted_faults_step_aside() {
    let sim = start(
        "",
        "[[faults]]\ninstance = \"a1b2c3d4-0000-4000-8000-000000000001\"\ntimes = 1\nerror = \"ThrottlingException\"\n\
         [[faults]]\ninstance = \"a1b2c3d4-0000-4000-8000-000000000001\"\nerror = \"DuplicateResourceException\"\n\
         [[faults]]\nerror = \"InternalServiceException\"\nregion = \"eu-west-2\"\n",
    )
    .await;
    let addr = sim.addr();
    assert_eq!(
        federate(SUPPORT).send(addr).await.error_type(),
        Some("ThrottlingException")
    );
    assert_eq!(
        federate(SUPPORT).send(addr).await.error_type(),
        Some("DuplicateResourceException")
    );
    // The instance filter also matches its ARN form.
    let arn = format!("arn%3Aaws%3Aconnect%3Aus-east-1%3A{ACCOUNT}%3Ainstance%2F{SUPPORT}");
    assert_eq!(
        federate(&arn).send(addr).await.error_type(),
        Some("DuplicateResourceException")
    );
    assert_eq!(federate(SALES).send(addr).await.status, 200);
    let europe = Req::get("/instance").region("eu-west-2").send(addr).await;
    assert_eq!(europe.error_type(), Some("InternalServiceException"));
    assert_eq!(Req::get("/instance").send(addr).await.status, 200);
}

#[tokio::test]
async fn faults_come_before_the_instance_rules() {
    // A fault on an instance that would fail anyway still answers with the fault.
    let sim = start(
        "",
        "[[faults]]\ninstance = \"a1b2c3d4-0000-4000-8000-000000000003\"\nerror = \"UserNotOnboardedException\"\n",
    )
    .await;
    let resp = federate(LAB).send(sim.addr()).await;
    assert_eq!(resp.error_type(), Some("UserNotOnboardedException"));
    assert_eq!(resp.status, 400);
}

#[tokio::test]
async fn latency_delays_the_answer() {
    let sim = start(
        "",
        "[[faults]]\noperation = \"DescribeInstance\"\nlatency_ms = 300\n\
         [[faults]]\noperation = \"GetFederationToken\"\nlatency_ms = 300\nerror = \"ThrottlingException\"\n",
    )
    .await;
    let started = Instant::now();
    let resp = Req::get(&format!("/instance/{SUPPORT}"))
        .send(sim.addr())
        .await;
    assert_eq!(resp.status, 200);
    assert!(started.elapsed() >= Duration::from_millis(300));
    let started = Instant::now();
    let resp = federate(SUPPORT).send(sim.addr()).await;
    assert_eq!(resp.status, 429);
    assert!(started.elapsed() >= Duration::from_millis(300));
    // Unfaulted operations answer without delay (counted by the sim, not timed).
    let delayed = sim.delayed_requests();
    Req::get("/instance").send(sim.addr()).await;
    assert_eq!(sim.delayed_requests(), delayed);
}

#[tokio::test]
async fn malformed_bodies_are_not_json() {
    let sim = start("", "[[faults]]\nmalformed = true\n").await;
    for path in [
        format!("/user/federate/{SUPPORT}"),
        "/instance".to_string(),
        format!("/instance/{SUPPORT}"),
    ] {
        let resp = Req::get(&path).send(sim.addr()).await;
        assert_eq!(resp.status, 200, "{path}");
        assert_eq!(resp.header("content-type"), Some("application/json"));
        assert!(resp.error_type().is_none());
        assert!(!resp.body.is_empty());
        assert!(
            serde_json::from_str::<serde_json::Value>(&resp.body).is_err(),
            "{path}: {}",
            resp.body
        );
    }
    assert!(sim.issued_tokens().is_empty());
}

#[tokio::test]
async fn dropped_connections_get_no_answer() {
    let sim = start(
        "",
        "[[faults]]\noperation = \"GetFederationToken\"\ntimes = 1\ndrop_connection = true\n",
    )
    .await;
    let err = federate(SUPPORT).try_send(sim.addr()).await.unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::UnexpectedEof, "{err}");
    assert_eq!(federate(SUPPORT).send(sim.addr()).await.status, 200);
    let recorded = sim.requests();
    assert_eq!(recorded[0].status, 0);
    assert_eq!(recorded[1].status, 200);
}

#[tokio::test]
async fn omit_drops_fields_of_a_success() {
    let sim = start(
        "",
        "[[faults]]\ninstance = \"a1b2c3d4-0000-4000-8000-000000000001\"\nomit = [\"SignInUrl\"]\n\
         [[faults]]\ninstance = \"a1b2c3d4-0000-4000-8000-000000000002\"\nomit = [\"Credentials\", \"UserArn\", \"UserId\"]\n\
         [[faults]]\ninstance = \"a1b2c3d4-0000-4000-8000-000000000004\"\nomit = [\"SignInUrl\"]\n",
    )
    .await;
    let body = federate(SUPPORT).send(sim.addr()).await.json();
    assert!(body.get("SignInUrl").is_none());
    assert!(body["Credentials"]["AccessToken"].is_string());
    let body = federate(SALES).send(sim.addr()).await.json();
    let keys: Vec<&String> = body.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["SignInUrl"]);
    // Issued tokens are recorded even when the body left them out.
    assert_eq!(sim.issued_tokens().len(), 2);
    assert!(!sim.issued_tokens()[1].access_token.is_empty());
    // omit only shapes successes: errors stay errors.
    let locked = federate(LOCKED).send(sim.addr()).await;
    assert_eq!(locked.error_type(), Some("UserNotFoundException"));
}

#[tokio::test]
async fn sign_in_url_can_be_replaced() {
    let sim = start(
        "",
        "[[faults]]\nsign_in_url = \"https://acme-support.my.connect.aws.evil.example/federate/x\"\n",
    )
    .await;
    let body = federate(SUPPORT).send(sim.addr()).await.json();
    assert_eq!(
        body["SignInUrl"],
        "https://acme-support.my.connect.aws.evil.example/federate/x"
    );
    assert_eq!(
        sim.issued_tokens()[0].sign_in_url,
        "https://acme-support.my.connect.aws.evil.example/federate/x"
    );
}
