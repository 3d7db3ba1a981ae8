//! The corporate network, through the real CLI: connect-sim serving HTTPS under a private CA
//! (what TLS inspection presents) and a real forward proxy (tinyproxy) between the app and it.
//! Trust comes from `AWS_CA_BUNDLE` or the profile's `ca_bundle`; the proxy from `HTTPS_PROXY`
//! (with `NO_PROXY`) or the IT policy; every failure has its own code and names what to fix.

// tinyproxy (a Debian package) and a shell stand-in browser: the Linux job runs these.
#![cfg(target_os = "linux")]

mod common;

use common::proxy::{free_port, Tinyproxy};
use common::*;

const SIGN_IN: [&str; 7] = [
    "sign-in",
    "--profile",
    "agent",
    "--instance",
    HAPPY,
    "--no-open",
    "--json",
];

fn ca() -> String {
    tls_fixture("ca.pem").display().to_string()
}

/// The error a failed `--json` command answered, after checking its exit status.
fn failure(output: &std::process::Output, status: i32) -> serde_json::Value {
    assert_eq!(
        output.status.code(),
        Some(status),
        "{}{}",
        stdout(output),
        stderr(output)
    );
    json_of(output)["error"].clone()
}

fn signed_in(output: &std::process::Output) {
    assert!(
        output.status.success(),
        "{}{}",
        stdout(output),
        stderr(output)
    );
    assert_eq!(
        json_of(output)["session"]["instanceId"],
        HAPPY,
        "{}",
        stdout(output)
    );
}

fn federation_calls(env: &TestEnv) -> usize {
    env.sim
        .requests()
        .iter()
        .filter(|r| r.operation.as_deref() == Some("GetFederationToken"))
        .count()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_private_ca_is_refused_until_its_bundle_is_named() {
    let mut env = TestEnv::start_tls().await;

    let error = failure(&env.cli(&SIGN_IN, &[]).await, 5);
    assert_eq!(error["code"], "tls_untrusted", "{error}");
    assert!(
        error["message"].as_str().unwrap().contains("127.0.0.1"),
        "{error}"
    );
    assert!(
        error["hint"].as_str().unwrap().contains("AWS_CA_BUNDLE"),
        "{error}"
    );
    assert!(
        error["hint"].as_str().unwrap().contains("ca_bundle"),
        "{error}"
    );
    assert_eq!(
        federation_calls(&env),
        0,
        "no request got past the handshake"
    );

    // AWS_CA_BUNDLE, as the AWS CLI reads it.
    signed_in(&env.cli(&SIGN_IN, &[("AWS_CA_BUNDLE", &ca())]).await);
    assert_eq!(federation_calls(&env), 1);

    // The profile's own ca_bundle, also for its STS (caller identity) and credential calls.
    let config = std::fs::read_to_string(env.path("config")).unwrap();
    std::fs::write(
        env.path("config"),
        config.replace(
            "[profile agent]\nregion = us-east-1\n",
            &format!(
                "[profile agent]\nregion = us-east-1\nca_bundle = {}\n",
                ca()
            ),
        ),
    )
    .unwrap();
    signed_in(&env.cli(&SIGN_IN, &[]).await);
    let output = env
        .cli(&["doctor", "--profile", "agent", "--json"], &[])
        .await;
    let doctor = json_of(&output);
    let check = |name: &str| {
        doctor["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("no {name} check: {doctor}"))
    };
    assert_eq!(check("identity")["ok"], true, "{doctor}");
    assert!(
        check("ca-bundle")["detail"]
            .as_str()
            .unwrap()
            .contains(&ca()),
        "{doctor}"
    );

    // A bundle that names the wrong file, or a file with no certificate: its own code, at once.
    env.set("AWS_CA_BUNDLE", Some(env.path("missing.pem").into()));
    let error = failure(&env.cli(&SIGN_IN, &[]).await, 3);
    assert_eq!(error["code"], "ca_bundle_unreadable", "{error}");
    assert!(error["message"].as_str().unwrap().contains("missing.pem"));
    assert!(error["message"].as_str().unwrap().contains("AWS_CA_BUNDLE"));
    std::fs::write(env.path("garbage.pem"), "not a certificate\n").unwrap();
    env.set("AWS_CA_BUNDLE", Some(env.path("garbage.pem").into()));
    let error = failure(&env.cli(&SIGN_IN, &[]).await, 3);
    assert_eq!(error["code"], "ca_bundle_unreadable", "{error}");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_call_goes_through_the_environments_proxy_and_no_proxy_skips_it() {
    let env = TestEnv::start_tls().await;
    let proxy = Tinyproxy::start(&env.path("proxy"), "");
    let sim = env.sim.addr().to_string();
    let through = [("AWS_CA_BUNDLE", ca()), ("HTTPS_PROXY", proxy.url())];
    let through: Vec<(&str, &str)> = through.iter().map(|(k, v)| (*k, v.as_str())).collect();

    signed_in(&env.cli(&SIGN_IN, &through).await);
    let output = env
        .cli(&["instances", "--profile", "agent", "--json"], &through)
        .await;
    assert!(output.status.success(), "{}", stderr(&output));
    let tunnels = proxy.requests();
    println!(
        "tinyproxy recorded {} requests: {tunnels:#?}",
        tunnels.len()
    );
    assert!(
        !tunnels.is_empty()
            && tunnels
                .iter()
                .all(|r| r == &format!("CONNECT {sim} HTTP/1.1")),
        "every call tunnelled to the sim: {tunnels:?}"
    );

    // The lower-case name too; NO_PROXY sends the sim's host direct.
    let before = proxy.requests().len();
    let direct = [
        ("AWS_CA_BUNDLE", ca().as_str()),
        ("https_proxy", proxy.url().as_str()),
        ("NO_PROXY", "127.0.0.1"),
    ]
    .map(|(k, v)| (k, v.to_string()));
    let direct: Vec<(&str, &str)> = direct.iter().map(|(k, v)| (*k, v.as_str())).collect();
    signed_in(&env.cli(&SIGN_IN, &direct).await);
    assert_eq!(
        proxy.requests().len(),
        before,
        "NO_PROXY bypassed the proxy"
    );

    // doctor says which proxy and where it came from.
    let output = env
        .cli(&["doctor", "--profile", "agent", "--json"], &through)
        .await;
    let doctor = json_of(&output);
    let proxy_check = doctor["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "proxy")
        .cloned()
        .unwrap();
    let detail = proxy_check["detail"].as_str().unwrap();
    assert!(
        detail.contains(&proxy.url()) && detail.contains("HTTPS_PROXY"),
        "{detail}"
    );
    // The way to each service the profile calls, tried through that proxy.
    for name in ["path-connect", "path-sts"] {
        let check = doctor["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .cloned()
            .unwrap();
        assert_eq!(check["ok"], true, "{check}");
        let detail = check["detail"].as_str().unwrap();
        assert!(
            detail.contains(&format!("through {}", proxy.url())),
            "{detail}"
        );
    }
    let sso = doctor["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "path-sso")
        .cloned()
        .unwrap();
    assert_eq!(
        sso["skipped"], true,
        "agent is not an IAM Identity Center profile: {sso}"
    );

    // With no bundle, doctor names the untrusted certificate on each path.
    let untrusted = [("HTTPS_PROXY", proxy.url())];
    let untrusted: Vec<(&str, &str)> = untrusted.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let doctor = json_of(
        &env.cli(&["doctor", "--profile", "agent", "--json"], &untrusted)
            .await,
    );
    let connect = doctor["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "path-connect")
        .cloned()
        .unwrap();
    assert_eq!(connect["error"]["code"], "tls_untrusted", "{connect}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_proxy_that_refuses_or_is_not_there_is_named_with_a_hint() {
    let env = TestEnv::start_tls().await;
    // Like many corporate proxies: tunnels to port 443 only.
    let proxy = Tinyproxy::start(&env.path("proxy"), "ConnectPort 443");
    let url = proxy.url();
    let error = failure(
        &env.cli(&SIGN_IN, &[("AWS_CA_BUNDLE", &ca()), ("HTTPS_PROXY", &url)])
            .await,
        5,
    );
    assert_eq!(error["code"], "proxy_failed", "{error}");
    assert!(error["message"].as_str().unwrap().contains(&url), "{error}");
    assert!(
        error["hint"].as_str().unwrap().contains("NO_PROXY"),
        "{error}"
    );
    assert!(
        proxy.log().contains("CONNECT"),
        "the proxy saw the tunnel request"
    );

    // Nobody listening where the proxy should be.
    let gone = format!("http://127.0.0.1:{}", free_port());
    let error = failure(
        &env.cli(
            &SIGN_IN,
            &[("AWS_CA_BUNDLE", &ca()), ("HTTPS_PROXY", &gone)],
        )
        .await,
        5,
    );
    assert_eq!(error["code"], "proxy_failed", "{error}");
    assert!(
        error["message"].as_str().unwrap().contains(&gone),
        "{error}"
    );

    // Not a URL at all.
    let error = failure(
        &env.cli(&SIGN_IN, &[("HTTPS_PROXY", "http://[not a host")])
            .await,
        5,
    );
    assert_eq!(error["code"], "proxy_failed", "{error}");
    assert!(
        error["message"].as_str().unwrap().contains("HTTPS_PROXY"),
        "{error}"
    );
    assert_eq!(federation_calls(&env), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_proxy_that_wants_a_password_says_so_and_takes_it_from_the_url_only() {
    let env = TestEnv::start_tls().await;
    let password = "CANARY7f3e-proxy-pass";
    let proxy = Tinyproxy::start(&env.path("proxy"), &format!("BasicAuth agent {password}"));
    let error = failure(
        &env.cli(
            &SIGN_IN,
            &[("AWS_CA_BUNDLE", &ca()), ("HTTPS_PROXY", &proxy.url())],
        )
        .await,
        5,
    );
    assert_eq!(error["code"], "proxy_auth_required", "{error}");
    assert!(
        error["message"].as_str().unwrap().contains(&proxy.url()),
        "{error}"
    );

    let with_password = format!("http://agent:{password}@127.0.0.1:{}", proxy.port);
    let output = env
        .cli(
            &SIGN_IN,
            &[
                ("AWS_CA_BUNDLE", &ca()),
                ("HTTPS_PROXY", &with_password),
                ("CONNECT_SSO_LOG", "trace"),
            ],
        )
        .await;
    signed_in(&output);
    // A wrong password: Squid answers 407 again, tinyproxy 401 (which the tunnel reports only
    // as refused); either way the proxy is named and the password never repeated.
    let wrong = format!("http://agent:CANARY7f3e-wrong@127.0.0.1:{}", proxy.port);
    let output_wrong = env
        .cli(
            &SIGN_IN,
            &[("AWS_CA_BUNDLE", &ca()), ("HTTPS_PROXY", &wrong)],
        )
        .await;
    let error = failure(&output_wrong, 5);
    assert_eq!(error["code"], "proxy_failed", "{error}");
    assert!(
        error["message"].as_str().unwrap().contains(&proxy.url()),
        "{error}"
    );
    for text in [
        stdout(&output),
        stderr(&output),
        stdout(&output_wrong),
        stderr(&output_wrong),
        env.log_text(),
    ] {
        assert!(
            !text.contains(CANARY),
            "a proxy password was repeated: {text}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_it_policy_names_the_proxy_when_the_environment_does_not() {
    let env = TestEnv::start_tls().await;
    let policy_proxy = Tinyproxy::start(&env.path("policy-proxy"), "");
    let env_proxy = Tinyproxy::start(&env.path("env-proxy"), "");
    env.write_policy(&format!(r#"{{ "proxy": "{}" }}"#, policy_proxy.url()));

    signed_in(&env.cli(&SIGN_IN, &[("AWS_CA_BUNDLE", &ca())]).await);
    assert!(
        !policy_proxy.requests().is_empty(),
        "the policy's proxy was used"
    );

    // The environment's proxy wins where there is one.
    let before = policy_proxy.requests().len();
    signed_in(
        &env.cli(
            &SIGN_IN,
            &[("AWS_CA_BUNDLE", &ca()), ("HTTPS_PROXY", &env_proxy.url())],
        )
        .await,
    );
    assert_eq!(policy_proxy.requests().len(), before);
    assert!(!env_proxy.requests().is_empty());

    // The policy's own bypass list.
    env.write_policy(&format!(
        r#"{{ "proxy": "{}", "noProxy": "127.0.0.1" }}"#,
        policy_proxy.url()
    ));
    signed_in(&env.cli(&SIGN_IN, &[("AWS_CA_BUNDLE", &ca())]).await);
    assert_eq!(policy_proxy.requests().len(), before);
}

#[tokio::test(flavor = "multi_thread")]
async fn iam_identity_center_sign_in_goes_through_the_proxy_too() {
    let env = TestEnv::start_tls().await;
    let proxy = Tinyproxy::start(&env.path("proxy"), "");
    // The person's browser trusts the inspection CA (IT installs it) and uses the same proxy.
    let path = env.approving_browser();
    let vars = [
        ("PATH", path.as_str()),
        ("AWS_CA_BUNDLE", &ca()),
        ("CURL_CA_BUNDLE", &ca()),
        ("HTTPS_PROXY", &proxy.url()),
    ]
    .map(|(k, v)| (k, v.to_string()));
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let output = env
        .cli(
            &["sso-login", "--profile", "sso-expired", "--use-device-code"],
            &vars,
        )
        .await;
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    let app_tunnels = proxy.requests().len();
    let sign_in = [
        "sign-in",
        "--profile",
        "sso-expired",
        "--instance",
        HAPPY,
        "--no-open",
        "--json",
    ];
    signed_in(&env.cli(&sign_in, &vars).await);
    assert!(
        proxy.requests().len() > app_tunnels,
        "the portal and Connect calls tunnelled"
    );
    let operations: Vec<String> = env
        .sim
        .requests()
        .iter()
        .filter_map(|r| r.operation.clone())
        .collect();
    for operation in [
        "RegisterClient",
        "StartDeviceAuthorization",
        "CreateToken",
        "GetRoleCredentials",
    ] {
        assert!(
            operations.iter().any(|o| o == operation),
            "{operation} reached the sim: {operations:?}"
        );
    }

    // With a proxy that refuses, the sign-in to IAM Identity Center says so.
    let refusing = Tinyproxy::start(&env.path("refusing"), "ConnectPort 443");
    let error = failure(
        &env.cli(
            &[
                "sso-login",
                "--profile",
                "sso-expired",
                "--use-device-code",
                "--no-open",
                "--json",
            ],
            &[("AWS_CA_BUNDLE", &ca()), ("HTTPS_PROXY", &refusing.url())],
        )
        .await,
        5,
    );
    assert_eq!(error["code"], "proxy_failed", "{error}");
}
