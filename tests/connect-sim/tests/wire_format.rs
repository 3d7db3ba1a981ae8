//! The restJson1 bodies, headers and rules of GetFederationToken, ListInstances and
//! DescribeInstance, and what the sim records about them.

mod common;

use common::*;
use connect_sim::{Scenario, Sim};
use serde_json::Value;
use std::time::{SystemTime, UNIX_EPOCH};

fn now_secs() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64()
}

#[tokio::test]
async fn get_federation_token_has_the_wire_shape() {
    let sim = start(
        "token_prefix = \"CANARY\"\naccess_token_ttl_secs = 600\nrefresh_token_ttl_secs = 7200",
        "",
    )
    .await;
    let resp = Req::get(&format!("/user/federate/{SUPPORT}"))
        .send(sim.addr())
        .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert_eq!(resp.header("content-type"), Some("application/json"));
    assert!(resp
        .header("x-amzn-RequestId")
        .is_some_and(connect_sim::is_uuid));
    let body = resp.json();
    let creds = &body["Credentials"];
    let access = creds["AccessToken"].as_str().unwrap();
    let refresh = creds["RefreshToken"].as_str().unwrap();
    assert!(access.starts_with("CANARY") && access.len() > 40);
    assert!(refresh.starts_with("CANARY") && refresh != access);
    // Timestamps are JSON numbers (not strings), in epoch seconds, honouring the TTLs.
    let access_exp = creds["AccessTokenExpiration"].as_f64().unwrap();
    let refresh_exp = creds["RefreshTokenExpiration"].as_f64().unwrap();
    assert!(creds["AccessTokenExpiration"].is_number());
    assert!(
        (access_exp - now_secs() - 600.0).abs() < 30.0,
        "{access_exp}"
    );
    assert!(
        (refresh_exp - now_secs() - 7200.0).abs() < 30.0,
        "{refresh_exp}"
    );
    assert!(
        resp.body.contains("Expiration\":1") && resp.body.contains('.'),
        "epoch seconds with a fraction: {}",
        resp.body
    );
    let url = body["SignInUrl"].as_str().unwrap();
    assert!(
        url.starts_with("https://acme-support.my.connect.aws/federate/CANARY"),
        "{url}"
    );
    let user_id = body["UserId"].as_str().unwrap();
    assert!(connect_sim::is_uuid(user_id));
    assert_eq!(
        body["UserArn"].as_str().unwrap(),
        format!("arn:aws:connect:us-east-1:{ACCOUNT}:instance/{SUPPORT}/agent/{user_id}")
    );
    let keys: Vec<&String> = body.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["Credentials", "SignInUrl", "UserArn", "UserId"]);

    let issued = sim.issued_tokens();
    assert_eq!(issued.len(), 1);
    assert_eq!(issued[0].access_token, access);
    assert_eq!(issued[0].refresh_token, refresh);
    assert_eq!(issued[0].sign_in_url, url);
    assert_eq!(issued[0].instance_id, SUPPORT);

    // Fresh tokens on every call, same user.
    let again = Req::get(&format!("/user/federate/{SUPPORT}"))
        .send(sim.addr())
        .await
        .json();
    assert_ne!(
        again["Credentials"]["AccessToken"].as_str().unwrap(),
        access
    );
    assert_ne!(again["SignInUrl"].as_str().unwrap(), url);
    assert_eq!(again["UserId"].as_str().unwrap(), user_id);
    assert_eq!(sim.issued_tokens().len(), 2);
}

#[tokio::test]
async fn instance_arn_is_accepted_percent_encoded() {
    let sim = start("", "").await;
    let arn = format!("arn:aws:connect:us-east-1:{ACCOUNT}:instance/{SALES}");
    let encoded = arn.replace(':', "%3A").replace('/', "%2F");
    let resp = Req::get(&format!("/user/federate/{encoded}"))
        .send(sim.addr())
        .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    // access_url decides the sign-in host (legacy awsapps.com instance).
    assert!(resp.json()["SignInUrl"]
        .as_str()
        .unwrap()
        .starts_with("https://acme-sales.awsapps.com/connect/federate/"));
    assert_eq!(sim.requests()[0].path, format!("/user/federate/{encoded}"));

    // An ARN naming another region does not reach the instance.
    let wrong = format!("arn:aws:connect:eu-west-2:{ACCOUNT}:instance/{SALES}")
        .replace(':', "%3A")
        .replace('/', "%2F");
    let resp = Req::get(&format!("/user/federate/{wrong}"))
        .send(sim.addr())
        .await;
    assert_eq!(resp.status, 404);
    assert_eq!(resp.error_type(), Some("ResourceNotFoundException"));
}

#[tokio::test]
async fn get_federation_token_rules_apply_in_order() {
    let sim = start("", "").await;
    let addr = sim.addr();
    let cases = [
        (
            Req::get("/user/federate/not-a-uuid"),
            400,
            "InvalidParameterException",
            "not-a-uuid",
        ),
        (
            Req::get("/user/federate/a1b2c3d4-0000-4000-8000-00000000ffff"),
            404,
            "ResourceNotFoundException",
            "Instance not found",
        ),
        (
            // The instance exists, but in another region than the signature's.
            Req::get(&format!("/user/federate/{EUROPE}")),
            404,
            "ResourceNotFoundException",
            "Instance not found",
        ),
        (
            // And in another account than the caller's.
            Req::get(&format!("/user/federate/{OTHER}")),
            404,
            "ResourceNotFoundException",
            "Instance not found",
        ),
        (
            Req::get(&format!("/user/federate/{SUPPORT}")).key(ROOT_KEY, ROOT_SECRET),
            400,
            "InvalidRequestException",
            "Provided identity: Principal: arn:aws:iam::111122223333:root User: 111122223333 cannot be used for federation with Amazon Connect",
        ),
        (
            // Root is refused before the identity type is looked at.
            Req::get(&format!("/user/federate/{LAB}")).key(ROOT_KEY, ROOT_SECRET),
            400,
            "InvalidRequestException",
            "cannot be used for federation",
        ),
        (
            Req::get(&format!("/user/federate/{LAB}")),
            400,
            "InvalidRequestException",
            "SAML",
        ),
        (
            Req::get(&format!("/user/federate/{LOCKED}")),
            404,
            "UserNotFoundException",
            "User not found for the provided identity",
        ),
    ];
    for (req, status, error, message) in cases {
        let resp = req.send(addr).await;
        assert_eq!(resp.status, status, "{}: {}", req.path_and_query, resp.body);
        assert_eq!(resp.error_type(), Some(error), "{}", req.path_and_query);
        assert_eq!(resp.header("content-type"), Some("application/json"));
        // Connect's own errors use a capitalised key.
        assert!(resp.json().get("Message").is_some(), "{}", resp.body);
        assert!(
            resp.message().contains(message),
            "{}: {}",
            req.path_and_query,
            resp.body
        );
    }
    // The other account's key reaches its own instance, and SALES lists jane.doe.
    let other = Req::get(&format!("/user/federate/{OTHER}"))
        .key(OTHER_KEY, OTHER_SECRET)
        .send(addr)
        .await;
    assert_eq!(other.status, 200, "{}", other.body);
    let sales = Req::get(&format!("/user/federate/{SALES}"))
        .send(addr)
        .await;
    assert_eq!(sales.status, 200, "{}", sales.body);
    let europe = Req::get(&format!("/user/federate/{EUROPE}"))
        .region("eu-west-2")
        .send(addr)
        .await;
    assert_eq!(europe.status, 200, "{}", europe.body);
    assert!(europe.json()["UserArn"]
        .as_str()
        .unwrap()
        .starts_with("arn:aws:connect:eu-west-2:"));
    assert_eq!(sim.issued_tokens().len(), 3);
}

fn many_instances(n: usize) -> Scenario {
    let mut text = format!(
        "[[credentials]]\naccess_key_id = \"{AGENT_KEY}\"\nsecret_access_key = \"{AGENT_SECRET}\"\naccount = \"{ACCOUNT}\"\nuser = \"{AGENT_USER}\"\n"
    );
    for i in 0..n {
        text.push_str(&format!(
            "[[instances]]\nid = \"00000000-0000-4000-8000-{i:012}\"\naccount = \"{ACCOUNT}\"\nregion = \"us-east-1\"\nalias = \"alias-{i:02}\"\n"
        ));
    }
    // A neighbour in another region must not show up in us-east-1 pages.
    text.push_str(&format!(
        "[[instances]]\nid = \"00000000-0000-4000-9000-000000000000\"\naccount = \"{ACCOUNT}\"\nregion = \"us-west-2\"\nalias = \"west\"\n"
    ));
    Scenario::from_toml_str(&text).unwrap()
}

#[tokio::test]
async fn list_instances_pages_through_23_instances() {
    let sim = Sim::start(many_instances(23)).await.unwrap();
    let mut aliases = Vec::new();
    let mut pages = 0;
    let mut next: Option<String> = None;
    loop {
        let mut path = "/instance?maxResults=10".to_string();
        if let Some(token) = &next {
            let encoded: String =
                percent_encoding::utf8_percent_encode(token, percent_encoding::NON_ALPHANUMERIC)
                    .to_string();
            path.push_str(&format!("&nextToken={encoded}"));
        }
        let resp = Req::get(&path).send(sim.addr()).await;
        assert_eq!(resp.status, 200, "{}", resp.body);
        pages += 1;
        let body = resp.json();
        let list = body["InstanceSummaryList"].as_array().unwrap();
        assert!(list.len() <= 10);
        for s in list {
            aliases.push(s["InstanceAlias"].as_str().unwrap().to_string());
        }
        match body.get("NextToken") {
            Some(Value::String(t)) => next = Some(t.clone()),
            None => break,
            Some(other) => panic!("NextToken must be a string: {other}"),
        }
        assert!(pages < 10, "paging does not end");
    }
    assert_eq!(pages, 3);
    let expected: Vec<String> = (0..23).map(|i| format!("alias-{i:02}")).collect();
    assert_eq!(aliases, expected);

    // Without maxResults the page size is 10.
    let first = Req::get("/instance").send(sim.addr()).await.json();
    assert_eq!(first["InstanceSummaryList"].as_array().unwrap().len(), 10);
    assert!(first["NextToken"].is_string());
    let west = Req::get("/instance")
        .region("us-west-2")
        .send(sim.addr())
        .await
        .json();
    assert_eq!(west["InstanceSummaryList"].as_array().unwrap().len(), 1);
    assert!(west.get("NextToken").is_none());
}

#[tokio::test]
async fn list_instances_rejects_bad_parameters() {
    let sim = Sim::start(many_instances(12)).await.unwrap();
    for path in [
        "/instance?maxResults=0",
        "/instance?maxResults=11",
        "/instance?maxResults=ten",
        "/instance?nextToken=made-up",
    ] {
        let resp = Req::get(path).send(sim.addr()).await;
        assert_eq!(resp.status, 400, "{path}: {}", resp.body);
        assert_eq!(
            resp.error_type(),
            Some("InvalidParameterException"),
            "{path}"
        );
    }
    // A token from us-east-1 does not continue a us-west-2 listing.
    let token = Req::get("/instance?maxResults=5")
        .send(sim.addr())
        .await
        .json()["NextToken"]
        .as_str()
        .unwrap()
        .to_string();
    let encoded = percent_encoding::utf8_percent_encode(&token, percent_encoding::NON_ALPHANUMERIC)
        .to_string();
    let resp = Req::get(&format!("/instance?nextToken={encoded}"))
        .region("us-west-2")
        .send(sim.addr())
        .await;
    assert_eq!(resp.error_type(), Some("InvalidParameterException"));
    let ok = Req::get(&format!("/instance?nextToken={encoded}&maxResults=10"))
        .send(sim.addr())
        .await;
    assert_eq!(
        ok.json()["InstanceSummaryList"].as_array().unwrap().len(),
        7
    );
}

#[tokio::test]
async fn instance_summaries_have_every_field() {
    let sim = start("", "").await;
    let body = Req::get("/instance").send(sim.addr()).await.json();
    let list = body["InstanceSummaryList"].as_array().unwrap();
    let aliases: Vec<&str> = list
        .iter()
        .map(|s| s["InstanceAlias"].as_str().unwrap())
        .collect();
    // Only the caller's account and the signature's region.
    assert_eq!(
        aliases,
        [
            "acme-support",
            "acme-sales",
            "acme-lab",
            "acme-locked",
            "acme-failed"
        ]
    );
    let support = &list[0];
    assert_eq!(support["Id"], SUPPORT);
    assert_eq!(
        support["Arn"],
        format!("arn:aws:connect:us-east-1:{ACCOUNT}:instance/{SUPPORT}")
    );
    assert_eq!(support["IdentityManagementType"], "SAML");
    assert_eq!(support["InstanceStatus"], "ACTIVE");
    assert_eq!(support["CreatedTime"].as_f64(), Some(1_700_000_000.0));
    assert!(support["ServiceRole"]
        .as_str()
        .unwrap()
        .starts_with(&format!(
            "arn:aws:iam::{ACCOUNT}:role/aws-service-role/connect.amazonaws.com/"
        )));
    assert_eq!(support["InboundCallsEnabled"], true);
    assert_eq!(support["OutboundCallsEnabled"], true);
    assert_eq!(
        support["InstanceAccessUrl"],
        "https://acme-support.my.connect.aws"
    );
    assert_eq!(support.as_object().unwrap().len(), 10);
    assert_eq!(list[1]["OutboundCallsEnabled"], false);
    assert_eq!(list[2]["IdentityManagementType"], "CONNECT_MANAGED");
    assert_eq!(list[2]["InstanceStatus"], "CREATION_IN_PROGRESS");
    assert!(list.iter().all(|s| s.get("StatusReason").is_none()));
}

#[tokio::test]
async fn describe_instance_adds_status_reason_and_tags() {
    let sim = start("", "").await;
    let ok = Req::get(&format!("/instance/{SUPPORT}"))
        .send(sim.addr())
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    let instance = &ok.json()["Instance"];
    assert_eq!(instance["InstanceAlias"], "acme-support");
    assert_eq!(instance["Tags"], serde_json::json!({}));
    assert!(instance.get("StatusReason").is_none());
    assert_eq!(instance.as_object().unwrap().len(), 11);

    let failed = Req::get(&format!("/instance/{FAILED}"))
        .send(sim.addr())
        .await
        .json();
    assert_eq!(failed["Instance"]["InstanceStatus"], "CREATION_FAILED");
    assert_eq!(
        failed["Instance"]["StatusReason"]["Message"],
        "Service-linked role could not be created"
    );

    let arn = format!("arn%3Aaws%3Aconnect%3Aus-east-1%3A{ACCOUNT}%3Ainstance%2F{SALES}");
    let by_arn = Req::get(&format!("/instance/{arn}")).send(sim.addr()).await;
    assert_eq!(by_arn.json()["Instance"]["Id"], SALES);

    for (path, status, error) in [
        (
            format!("/instance/{EUROPE}"),
            404,
            "ResourceNotFoundException",
        ),
        (
            format!("/instance/{OTHER}"),
            404,
            "ResourceNotFoundException",
        ),
        (
            "/instance/bogus".to_string(),
            400,
            "InvalidParameterException",
        ),
    ] {
        let resp = Req::get(&path).send(sim.addr()).await;
        assert_eq!(resp.status, status, "{path}");
        assert_eq!(resp.error_type(), Some(error), "{path}");
    }
}

#[tokio::test]
async fn unknown_routes_are_unknown_operations() {
    let sim = start("", "").await;
    for path in ["/", "/instance/", "/users/federate/x", "/user/federate/a/b"] {
        let resp = Req::get(path).send(sim.addr()).await;
        assert_eq!(resp.status, 404, "{path}");
        assert_eq!(
            resp.error_type(),
            Some("UnknownOperationException"),
            "{path}"
        );
        assert!(resp.json().get("message").is_some());
    }
    let recorded = sim.requests();
    assert_eq!(recorded.len(), 4);
    assert!(recorded
        .iter()
        .all(|r| r.operation.is_none() && r.status == 404));
}

#[tokio::test]
async fn requests_are_recorded_in_order() {
    let sim = start("", "").await;
    Req::get("/instance").send(sim.addr()).await;
    Req::get(&format!("/user/federate/{LOCKED}"))
        .send(sim.addr())
        .await;
    Req::get(&format!("/instance/{SUPPORT}"))
        .region("eu-west-2")
        .send(sim.addr())
        .await;
    Req::get("/instance")
        .key("AKIDUNKNOWN", "x")
        .send(sim.addr())
        .await;
    let r = sim.requests();
    assert_eq!(r.len(), 4);
    assert_eq!(r[0].method, "GET");
    assert_eq!(r[0].path, "/instance");
    assert_eq!(r[0].operation.as_deref(), Some("ListInstances"));
    assert_eq!(r[0].access_key_id.as_deref(), Some(AGENT_KEY));
    assert_eq!(r[0].region.as_deref(), Some("us-east-1"));
    assert_eq!((r[0].status, r[0].error_type.as_deref()), (200, None));
    assert_eq!(r[1].operation.as_deref(), Some("GetFederationToken"));
    assert_eq!(
        (r[1].status, r[1].error_type.as_deref()),
        (404, Some("UserNotFoundException"))
    );
    assert_eq!(r[2].operation.as_deref(), Some("DescribeInstance"));
    assert_eq!(r[2].region.as_deref(), Some("eu-west-2"));
    assert_eq!(r[3].access_key_id.as_deref(), Some("AKIDUNKNOWN"));
    assert_eq!(
        r[3].error_type.as_deref(),
        Some("UnrecognizedClientException")
    );
    assert!(sim.issued_tokens().is_empty());
}

#[tokio::test]
async fn serves_connections_concurrently_and_stops_on_shutdown() {
    let sim = start(
        "",
        "[[faults]]\noperation = \"ListInstances\"\nlatency_ms = 400\n",
    )
    .await;
    let addr = sim.addr();
    let started = std::time::Instant::now();
    let tasks: Vec<_> = (0..6)
        .map(|_| tokio::spawn(async move { Req::get("/instance").send(addr).await.status }))
        .collect();
    for task in tasks {
        assert_eq!(task.await.unwrap(), 200);
    }
    // Served side by side: all six waited out their 400 ms at once (counted by the sim, not
    // timed: a stopwatch flakes on a loaded machine), and together took less than one after the
    // other would.
    assert_eq!(sim.most_delayed_at_once(), 6);
    assert!(
        started.elapsed() < std::time::Duration::from_millis(6 * 400),
        "{:?}",
        started.elapsed()
    );
    sim.shutdown().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Sim>();
    assert_send_sync::<Scenario>();
    assert_send_sync::<connect_sim::RecordedRequest>();
    assert_send_sync::<connect_sim::IssuedTokens>();
    assert_send_sync::<connect_sim::ScenarioError>();
    assert_send_sync::<connect_sim::IssuedCredentials>();
    assert_send_sync::<connect_sim::AssumeRoleCall>();
    assert_send_sync::<connect_sim::DeviceAuthorization>();
    assert_send_sync::<connect_sim::IssuedSsoToken>();
}

#[tokio::test]
async fn start_on_a_chosen_port_and_stop_on_drop() {
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let sim = Sim::start_on(Scenario::from_toml_str(common::BASE).unwrap(), port)
        .await
        .unwrap();
    assert_eq!(sim.addr().port(), port);
    assert_eq!(sim.endpoint_url(), format!("http://127.0.0.1:{port}"));
    assert_eq!(Req::get("/instance").send(sim.addr()).await.status, 200);
    let addr = sim.addr();
    drop(sim);
    let mut closed = false;
    for _ in 0..50 {
        if tokio::net::TcpStream::connect(addr).await.is_err() {
            closed = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(closed, "the listener outlived the Sim");
}

#[tokio::test]
async fn start_validates_a_hand_built_scenario() {
    let scenario = Scenario {
        instances: vec![connect_sim::Instance {
            id: "nope".into(),
            ..connect_sim::Instance::default()
        }],
        ..Scenario::default()
    };
    let err = Sim::start(scenario).await.err().expect("invalid scenario");
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    assert!(err.to_string().contains("instances[0].id"), "{err}");
}
