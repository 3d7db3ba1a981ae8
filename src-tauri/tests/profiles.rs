//! Profiles from AWS config files as people write them (tests/fixtures), through aws-config's
//! own parser.

mod common;

use common::*;
use connect_sso::aws::profiles::load_profiles;
use connect_sso::core::profile::ProfileKind;

#[tokio::test(flavor = "multi_thread")]
async fn every_kind_of_profile_is_listed_with_its_region() {
    let mut env = TestEnv::start().await;
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    env.set(
        "AWS_CONFIG_FILE",
        Some(fixtures.join("aws-config").into_os_string()),
    );
    env.set(
        "AWS_SHARED_CREDENTIALS_FILE",
        Some(fixtures.join("aws-credentials").into_os_string()),
    );
    env.set("AWS_ENDPOINT_URL_CONNECT", None);

    let profiles = load_profiles().await.unwrap();
    let summary: Vec<(&str, ProfileKind, Option<&str>)> = profiles
        .iter()
        .map(|p| (p.name.as_str(), p.kind, p.region.as_deref()))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("default", ProfileKind::Static, Some("us-east-1")),
            ("agent", ProfileKind::Static, Some("us-east-1")),
            ("assumed", ProfileKind::Role, Some("ap-southeast-2")),
            ("legacy-sso", ProfileKind::Sso, Some("us-west-2")),
            ("process", ProfileKind::Process, Some("ca-central-1")),
            ("region-only", ProfileKind::Other, Some("eu-central-1")),
            ("sso-agent", ProfileKind::Sso, Some("us-east-1")),
            ("supervisor-eu", ProfileKind::Static, Some("eu-west-2")),
        ]
    );
    assert!(
        profiles.iter().all(|p| !p.custom_endpoint),
        "no endpoint override here"
    );

    env.set(
        "AWS_ENDPOINT_URL_CONNECT",
        Some("http://127.0.0.1:1".into()),
    );
    assert!(
        load_profiles()
            .await
            .unwrap()
            .iter()
            .all(|p| p.custom_endpoint),
        "the override is flagged"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broken_config_file_is_reported_not_fatal() {
    let mut env = TestEnv::start().await;
    let broken = env.path("broken-config");
    std::fs::write(
        &broken,
        "[profile ok]\nregion = us-east-1\nthis line is not valid\n",
    )
    .unwrap();
    env.set("AWS_CONFIG_FILE", Some(broken.into_os_string()));
    let (app, _, _) = env.app();
    let ipc = connect_sso_shell::handlers::Ipc::new(app);
    let snapshot = connect_sso_shell::handlers::app_snapshot(&ipc)
        .await
        .unwrap();
    let notice = snapshot.notice.expect("the problem is reported");
    assert_eq!(notice.code, connect_sso::ErrorCode::AwsConfigInvalid);
}
