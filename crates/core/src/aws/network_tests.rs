//! Unit tests of the proxy and CA bundle choices (the wire itself: `src-tauri/tests/network.rs`).

use super::*;
use crate::core::error::ErrorCode;

fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
    move |name| {
        pairs
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_string())
    }
}

#[test]
fn the_environment_names_the_proxy_and_its_password_is_never_shown() {
    let env = env_of(&[
        ("https_proxy", "http://agent:s3cret@proxy.corp:3128"),
        ("NO_PROXY", ".internal,10.0.0.0/8"),
    ]);
    let route = ProxyRoute::resolve(&env, Some("http://policy:8080"), None).unwrap();
    assert_eq!(route.source, ProxySource::Environment);
    assert_eq!(route.proxies, vec!["http://proxy.corp:3128".to_string()]);
    assert_eq!(route.no_proxy.as_deref(), Some(".internal,10.0.0.0/8"));
}

#[test]
fn the_policy_names_it_when_the_environment_does_not_and_its_bypass_list_holds() {
    let route = ProxyRoute::resolve(
        &env_of(&[]),
        Some("http://proxy.corp:8080"),
        Some(".amazonaws.com.internal,127.0.0.1"),
    )
    .unwrap();
    assert_eq!(route.source, ProxySource::Policy);
    assert_eq!(
        route
            .proxy_for("https://connect.us-east-1.amazonaws.com/federate/x")
            .as_deref(),
        Some("http://proxy.corp:8080")
    );
    assert_eq!(route.proxy_for("https://127.0.0.1:4443/"), None);
    assert_eq!(route.proxy_for("https://a.amazonaws.com.internal/"), None);
}

#[test]
fn no_proxy_anywhere_means_direct() {
    let route = ProxyRoute::resolve(&env_of(&[("HTTPS_PROXY", " ")]), None, None).unwrap();
    assert_eq!(route.source, ProxySource::None);
    assert_eq!(
        route.proxy_for("https://sts.us-east-1.amazonaws.com/"),
        None
    );
}

#[test]
fn a_proxy_address_that_is_not_a_url_is_proxy_failed_naming_where_it_came_from() {
    let error = ProxyRoute::resolve(
        &env_of(&[("HTTP_PROXY", "http://user:pw@[::bad")]),
        None,
        None,
    )
    .unwrap_err();
    assert_eq!(error.code, ErrorCode::ProxyFailed);
    assert!(error.message.contains("HTTP_PROXY"), "{}", error.message);
    assert!(!error.message.contains("pw"), "{}", error.message);
    let error = ProxyRoute::resolve(&env_of(&[]), Some("ftp://proxy:21"), None).unwrap_err();
    assert_eq!(error.code, ErrorCode::ProxyFailed);
    assert!(error.message.contains("IT policy"), "{}", error.message);
}

#[test]
fn a_bare_host_and_port_is_read_as_curl_reads_it() {
    let route =
        ProxyRoute::resolve(&env_of(&[("HTTPS_PROXY", "proxy.corp:3128")]), None, None).unwrap();
    assert_eq!(route.proxies, vec!["http://proxy.corp:3128".to_string()]);
}

#[test]
fn a_proxy_is_shown_without_its_password_however_it_is_written() {
    for written in [
        "http://agent:s3cret@proxy.corp:3128",
        "agent:s3cret@proxy.corp:3128",
        "https://agent:s3cret@proxy.corp:3128/",
    ] {
        let shown = without_credentials(written);
        assert!(
            !shown.contains("s3cret") && !shown.contains("agent"),
            "{written} → {shown}"
        );
        assert!(shown.contains("proxy.corp:3128"), "{written} → {shown}");
    }
    assert_eq!(
        without_credentials("::s3cret::"),
        "(unreadable proxy address)"
    );
}

#[test]
fn a_route_debugs_without_the_proxy_password() {
    let route = ProxyRoute::resolve(
        &env_of(&[]),
        Some("http://agent:s3cret@proxy.corp:3128"),
        None,
    )
    .unwrap();
    let printed = format!("{route:?}");
    assert!(!printed.contains("s3cret"), "{printed}");
    assert!(printed.contains("http://proxy.corp:3128"), "{printed}");
}

#[test]
fn aws_ca_bundle_wins_over_the_profiles_ca_bundle() {
    let env = env_of(&[("AWS_CA_BUNDLE", "/etc/corp/ca.pem")]);
    let bundle = CaBundle::for_profile(&env, "agent", Some("/home/a/ca.pem")).unwrap();
    assert_eq!(bundle.path, PathBuf::from("/etc/corp/ca.pem"));
    assert_eq!(bundle.source, "AWS_CA_BUNDLE");
    let bundle = CaBundle::for_profile(&env_of(&[]), "agent", Some("/home/a/ca.pem")).unwrap();
    assert_eq!(bundle.source, "ca_bundle of profile agent");
    assert!(CaBundle::for_profile(&env_of(&[]), "agent", None).is_none());
}

#[test]
fn a_ca_bundle_is_checked_before_the_tls_layer_sees_it() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = |name: &str| CaBundle {
        path: dir.path().join(name),
        source: "AWS_CA_BUNDLE".into(),
    };
    let missing = bundle("missing.pem").read().unwrap_err();
    assert_eq!(missing.code, ErrorCode::CaBundleUnreadable);
    assert!(missing.message.contains("missing.pem"));

    std::fs::write(dir.path().join("empty.pem"), "no certificates here\n").unwrap();
    assert_eq!(
        bundle("empty.pem").read().unwrap_err().code,
        ErrorCode::CaBundleUnreadable
    );
    // PEM armour around bytes that are not a certificate: refused, not a panic later.
    std::fs::write(
        dir.path().join("broken.pem"),
        "-----BEGIN CERTIFICATE-----\nQUJDREVGRw==\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    assert_eq!(
        bundle("broken.pem").read().unwrap_err().code,
        ErrorCode::CaBundleUnreadable
    );

    let test_ca = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/tls/ca.pem"
    );
    std::fs::copy(test_ca, dir.path().join("ca.pem")).unwrap();
    assert!(bundle("ca.pem").read().is_ok());
    assert!(HttpStacks::from_env(None, None)
        .client(Some(&bundle("ca.pem")))
        .is_ok());
}

#[test]
fn failures_are_named_for_the_proxy_or_the_host() {
    let untrusted = name_failure(
        ConnectorError::io("invalid peer certificate: UnknownIssuer".into()),
        "connect.us-east-1.amazonaws.com".into(),
        None,
    );
    assert_eq!(
        NetworkFailure::find(&untrusted),
        Some(NetworkFailure::TlsUntrusted {
            host: "connect.us-east-1.amazonaws.com".into()
        })
    );
    let refused = name_failure(
        ConnectorError::io("tunnel error: unsuccessful".into()),
        "h".into(),
        Some("http://proxy:3128".into()),
    );
    assert_eq!(
        NetworkFailure::find(&refused),
        Some(NetworkFailure::ProxyFailed {
            proxy: "http://proxy:3128".into()
        })
    );
    let direct = name_failure(
        ConnectorError::io("connection refused".into()),
        "h".into(),
        None,
    );
    assert_eq!(
        NetworkFailure::find(&direct),
        None,
        "a direct failure stays as it was"
    );
}
