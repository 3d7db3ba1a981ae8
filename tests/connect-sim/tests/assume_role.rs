//! STS AssumeRole over awsQuery: the XML of a success, the `[[roles]]` rules (source keys,
//! external ID, MFA, duration), the model's parameter checks, the recorded calls, and the
//! issued credentials on Connect and STS until they expire.

mod common;

use common::*;
use connect_sim::{Operation, Sim};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

async fn roles_sim(top: &str, faults: &str) -> Sim {
    start(top, &format!("{SSO}\n{faults}")).await
}

fn assume(params: &[(&str, &str)]) -> Req {
    Req::sts(&assume_role_form(params))
}

/// Checks the awsQuery error shape and returns the message (still XML-escaped).
fn expect_sts_error(resp: &Resp, status: u16, code: &str) -> String {
    assert_eq!(resp.status, status, "{code}: {}", resp.body);
    assert_eq!(resp.header("content-type"), Some("text/xml"));
    assert_eq!(resp.error_type(), None);
    assert_eq!(resp.xml("Code"), code, "{}", resp.body);
    resp.xml("Message")
}

fn parse_iso(s: &str) -> SystemTime {
    let t = time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|e| panic!("{s:?} is not ISO 8601: {e}"));
    UNIX_EPOCH + Duration::from_secs(t.unix_timestamp() as u64)
}

#[tokio::test]
async fn assume_role_with_mfa_has_the_wire_shape() {
    let sim = roles_sim("token_prefix = \"CANARY\"", "").await;
    let resp = assume(&[
        ("RoleArn", MFA_ROLE),
        ("RoleSessionName", "jane.doe"),
        ("SerialNumber", MFA_SERIAL),
        ("TokenCode", "123456"),
    ])
    .send(sim.addr())
    .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    assert_eq!(resp.header("content-type"), Some("text/xml"));
    let request_id = resp.header("x-amzn-RequestId").unwrap().to_string();
    let key = resp.xml("AccessKeyId");
    let secret = resp.xml("SecretAccessKey");
    let token = resp.xml("SessionToken");
    let expiration = resp.xml("Expiration");
    assert!(key.starts_with("ASIA") && key.len() == 20, "{key}");
    assert!(secret.starts_with("CANARY"));
    assert!(token.starts_with("CANARY"));
    // `2026-11-28T10:00:00Z`: seconds, UTC, no fraction.
    assert_eq!(expiration.len(), 20, "{expiration}");
    assert!(expiration.ends_with('Z') && expiration.as_bytes()[10] == b'T');
    let left = parse_iso(&expiration)
        .duration_since(SystemTime::now())
        .unwrap();
    assert!(left > Duration::from_secs(3500) && left <= Duration::from_secs(3600));
    assert_eq!(
        resp.body,
        format!(
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n  \
             <AssumeRoleResult>\n    \
             <AssumedRoleUser>\n      \
             <Arn>arn:aws:sts::{ACCOUNT}:assumed-role/ConnectAgentMfa/jane.doe</Arn>\n      \
             <AssumedRoleId>AROAEXAMPLEROLEID:jane.doe</AssumedRoleId>\n    \
             </AssumedRoleUser>\n    \
             <Credentials>\n      \
             <AccessKeyId>{key}</AccessKeyId>\n      \
             <SecretAccessKey>{secret}</SecretAccessKey>\n      \
             <SessionToken>{token}</SessionToken>\n      \
             <Expiration>{expiration}</Expiration>\n    \
             </Credentials>\n  \
             </AssumeRoleResult>\n  \
             <ResponseMetadata>\n    <RequestId>{request_id}</RequestId>\n  </ResponseMetadata>\n\
             </AssumeRoleResponse>\n"
        )
    );
    let recorded = sim.requests();
    assert_eq!(recorded[0].operation.as_deref(), Some("AssumeRole"));
    let calls = sim.assume_role_calls();
    assert_eq!(calls.len(), 1);
    assert!(calls[0].sent_mfa());
    assert_eq!(calls[0].serial_number.as_deref(), Some(MFA_SERIAL));
    assert_eq!(calls[0].role_arn.as_deref(), Some(MFA_ROLE));
    assert_eq!(calls[0].access_key_id.as_deref(), Some(AGENT_KEY));
    assert_eq!(calls[0].status, 200);
    assert!(!format!("{calls:?}").contains("123456"));
    let issued = sim.issued_credentials();
    assert_eq!(issued[0].operation, Operation::AssumeRole);
    assert_eq!(issued[0].role, "ConnectAgentMfa");
    assert_eq!(issued[0].user, "jane.doe");
}

#[tokio::test]
async fn mfa_is_required_and_checked() {
    let sim = roles_sim("", "").await;
    let addr = sim.addr();
    let base = [("RoleArn", MFA_ROLE), ("RoleSessionName", "jane.doe")];
    // No MFA at all: the trust policy's condition fails, as a plain AccessDenied.
    let resp = assume(&base).send(addr).await;
    let message = expect_sts_error(&resp, 403, "AccessDenied");
    assert_eq!(
        message,
        format!("User: arn:aws:sts::{ACCOUNT}:assumed-role/ConnectAgent/jane.doe is not authorized to perform: sts:AssumeRole on resource: {MFA_ROLE}")
    );
    let mfa_failed = "MultiFactorAuthentication failed with invalid MFA one time pass code.";
    for (serial, code) in [
        (MFA_SERIAL, "654321"),
        ("arn:aws:iam::111122223333:mfa/someone", "123456"),
    ] {
        let mut params = base.to_vec();
        params.push(("SerialNumber", serial));
        params.push(("TokenCode", code));
        let resp = assume(&params).send(addr).await;
        assert_eq!(expect_sts_error(&resp, 403, "AccessDenied"), mfa_failed);
    }
    let mut code_only = base.to_vec();
    code_only.push(("TokenCode", "123456"));
    let resp = assume(&code_only).send(addr).await;
    assert_eq!(expect_sts_error(&resp, 403, "AccessDenied"), mfa_failed);
    let mut right = base.to_vec();
    right.push(("SerialNumber", MFA_SERIAL));
    right.push(("TokenCode", "123456"));
    assert_eq!(assume(&right).send(addr).await.status, 200);

    // Five calls, three of them MFA prompts answered (wrong code, wrong device, right).
    let calls = sim.assume_role_calls();
    assert_eq!(calls.len(), 5);
    assert_eq!(calls.iter().filter(|c| c.sent_mfa()).count(), 3);
    let statuses: Vec<u16> = calls.iter().map(|c| c.status).collect();
    assert_eq!(statuses, [403, 403, 403, 403, 200]);
    assert_eq!(calls[1].error_code.as_deref(), Some("AccessDenied"));
    assert!(calls[3].token_code_sent && calls[3].serial_number.is_none());
}

#[tokio::test]
async fn source_keys_external_id_and_root() {
    let sim = roles_sim("", "").await;
    let addr = sim.addr();
    let partner = [
        ("RoleArn", PARTNER_ROLE),
        ("RoleSessionName", "partner-session"),
        ("ExternalId", "acme-external-42"),
    ];
    let ok = assume(&partner).send(addr).await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    // The name is the last segment of a role with a path.
    assert_eq!(
        ok.xml("Arn"),
        format!("arn:aws:sts::{ACCOUNT}:assumed-role/Partner/partner-session")
    );
    // Same account, but not a listed source key.
    let resp = assume(&partner)
        .key(SESSION_KEY, SESSION_SECRET)
        .token(SESSION_TOKEN)
        .send(addr)
        .await;
    expect_sts_error(&resp, 403, "AccessDenied");
    for wrong in [None, Some("wrong-id")] {
        let mut params = partner[..2].to_vec();
        if let Some(id) = wrong {
            params.push(("ExternalId", id));
        }
        let resp = assume(&params).send(addr).await;
        assert!(expect_sts_error(&resp, 403, "AccessDenied").contains("is not authorized"));
    }
    // No source_keys: any key of the role's account, but not another account's.
    let mfa = [
        ("RoleArn", MFA_ROLE),
        ("RoleSessionName", "jane.doe"),
        ("SerialNumber", MFA_SERIAL),
        ("TokenCode", "123456"),
    ];
    let other = assume(&mfa).key(OTHER_KEY, OTHER_SECRET).send(addr).await;
    let message = expect_sts_error(&other, 403, "AccessDenied");
    assert!(message.contains(OTHER_ACCOUNT), "{message}");
    let root = assume(&mfa).key(ROOT_KEY, ROOT_SECRET).send(addr).await;
    assert_eq!(
        expect_sts_error(&root, 403, "AccessDenied"),
        "Roles may not be assumed by root accounts."
    );
    let unknown = assume(&[
        ("RoleArn", "arn:aws:iam::111122223333:role/NoSuchRole"),
        ("RoleSessionName", "x1"),
    ])
    .send(addr)
    .await;
    expect_sts_error(&unknown, 403, "AccessDenied");
    let expired = assume(&mfa)
        .key(EXPIRED_KEY, EXPIRED_SECRET)
        .send(addr)
        .await;
    expect_sts_error(&expired, 403, "ExpiredToken");
    assert_eq!(sim.assume_role_calls().len(), 8);
    assert!(sim.assume_role_calls()[0].external_id_sent);
}

#[tokio::test]
async fn duration_seconds_are_bounded() {
    let sim = roles_sim("", "").await;
    let addr = sim.addr();
    let with = |duration: &'static str| {
        assume(&[
            ("RoleArn", MFA_ROLE),
            ("RoleSessionName", "jane.doe"),
            ("SerialNumber", MFA_SERIAL),
            ("TokenCode", "123456"),
            ("DurationSeconds", duration),
        ])
    };
    // max_duration_secs = 7200 for this role.
    let ok = with("7200").send(addr).await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    let left = parse_iso(&ok.xml("Expiration"))
        .duration_since(SystemTime::now())
        .unwrap();
    assert!(left > Duration::from_secs(7100), "{left:?}");
    let resp = with("7201").send(addr).await;
    assert_eq!(
        expect_sts_error(&resp, 400, "ValidationError"),
        "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."
    );
    let resp = with("899").send(addr).await;
    assert!(expect_sts_error(&resp, 400, "ValidationError")
        .contains("Member must have value greater than or equal to 900"));
    let resp = with("43201").send(addr).await;
    expect_sts_error(&resp, 400, "ValidationError");
    let resp = with("soon").send(addr).await;
    expect_sts_error(&resp, 400, "ValidationError");
    // The partner role keeps the default maximum of one hour.
    let resp = assume(&[
        ("RoleArn", PARTNER_ROLE),
        ("RoleSessionName", "p1"),
        ("ExternalId", "acme-external-42"),
        ("DurationSeconds", "3601"),
    ])
    .send(addr)
    .await;
    expect_sts_error(&resp, 400, "ValidationError");
}

#[tokio::test]
async fn parameters_follow_the_model() {
    let sim = roles_sim("", "").await;
    let addr = sim.addr();
    for (params, member) in [
        (vec![("RoleSessionName", "s1")], "roleArn"),
        (vec![("RoleArn", MFA_ROLE)], "roleSessionName"),
        (
            vec![("RoleArn", MFA_ROLE), ("RoleSessionName", "x")],
            "roleSessionName",
        ),
        (
            vec![("RoleArn", MFA_ROLE), ("RoleSessionName", "a b")],
            "roleSessionName",
        ),
        (
            vec![
                ("RoleArn", MFA_ROLE),
                ("RoleSessionName", "s1"),
                ("TokenCode", "12a456"),
            ],
            "tokenCode",
        ),
        (
            vec![
                ("RoleArn", MFA_ROLE),
                ("RoleSessionName", "s1"),
                ("ExternalId", "x"),
            ],
            "externalId",
        ),
    ] {
        let resp = assume(&params).send(addr).await;
        let message = expect_sts_error(&resp, 400, "ValidationError");
        assert!(
            message.starts_with("1 validation error detected: Value"),
            "{message}"
        );
        assert!(
            message.contains(&format!("at &apos;{member}&apos;")),
            "{message}"
        );
    }
}

#[tokio::test]
async fn assumed_credentials_work_until_they_expire() {
    let sim = roles_sim("", "").await;
    let addr = sim.addr();
    let resp = assume(&[
        ("RoleArn", MFA_ROLE),
        // acme-sales lists jane.doe and john.roe: the session name is the Connect username.
        ("RoleSessionName", "john.roe"),
        ("SerialNumber", MFA_SERIAL),
        ("TokenCode", "123456"),
        ("DurationSeconds", "900"),
    ])
    .send(addr)
    .await;
    assert_eq!(resp.status, 200, "{}", resp.body);
    let (key, secret, token) = (
        resp.xml("AccessKeyId"),
        resp.xml("SecretAccessKey"),
        resp.xml("SessionToken"),
    );
    let federate = Req::get(&format!("/user/federate/{SALES}"))
        .key(&key, &secret)
        .token(&token)
        .send(addr)
        .await;
    assert_eq!(federate.status, 200, "{}", federate.body);
    // acme-locked only lists someone-else.
    let locked = Req::get(&format!("/user/federate/{LOCKED}"))
        .key(&key, &secret)
        .token(&token)
        .send(addr)
        .await;
    assert_eq!(locked.error_type(), Some("UserNotFoundException"));
    let identity = Req::sts(GET_CALLER_IDENTITY)
        .key(&key, &secret)
        .token(&token)
        .send(addr)
        .await;
    assert_eq!(
        identity.xml("Arn"),
        format!("arn:aws:sts::{ACCOUNT}:assumed-role/ConnectAgentMfa/john.roe")
    );
    assert_eq!(identity.xml("UserId"), "AROAEXAMPLEROLEID:john.roe");

    // Role chaining: the assumed credentials may assume again, for an hour at most.
    let chained = |duration: &'static str| {
        assume(&[
            ("RoleArn", MFA_ROLE),
            ("RoleSessionName", "john.roe"),
            ("SerialNumber", MFA_SERIAL),
            ("TokenCode", "123456"),
            ("DurationSeconds", duration),
        ])
        .key(&key, &secret)
        .token(&token)
    };
    let resp = chained("3601").send(addr).await;
    assert!(expect_sts_error(&resp, 400, "ValidationError").contains("role chaining"));
    assert_eq!(chained("3600").send(addr).await.status, 200);

    sim.advance_clock(Duration::from_secs(901));
    let expired = Req::get(&format!("/user/federate/{SALES}"))
        .key(&key, &secret)
        .token(&token)
        .send(addr)
        .await;
    assert_eq!(expired.status, 403);
    assert_eq!(expired.error_type(), Some("ExpiredTokenException"));
    let expired = Req::sts(GET_CALLER_IDENTITY)
        .key(&key, &secret)
        .token(&token)
        .send(addr)
        .await;
    expect_sts_error(&expired, 403, "ExpiredToken");
}

#[tokio::test]
async fn faults_apply_to_assume_role() {
    let sim = roles_sim(
        "",
        "[[faults]]\noperation = \"AssumeRole\"\ntimes = 1\nerror = \"RegionDisabledException\"\nstatus = 403\n\
         [[faults]]\noperation = \"AssumeRole\"\ntimes = 1\nmalformed = true\n",
    )
    .await;
    let params = [
        ("RoleArn", PARTNER_ROLE),
        ("RoleSessionName", "p1"),
        ("ExternalId", "acme-external-42"),
    ];
    let resp = assume(&params).send(sim.addr()).await;
    expect_sts_error(&resp, 403, "RegionDisabledException");
    let resp = assume(&params).send(sim.addr()).await;
    assert_eq!(resp.status, 200);
    assert!(resp.body.starts_with("<AssumeRoleResponse"));
    assert!(!resp.body.contains("</AssumeRoleResponse>"));
    assert_eq!(assume(&params).send(sim.addr()).await.status, 200);
    let codes: Vec<Option<String>> = sim
        .assume_role_calls()
        .into_iter()
        .map(|c| c.error_code)
        .collect();
    assert_eq!(
        codes,
        [Some("RegionDisabledException".to_string()), None, None]
    );
}
