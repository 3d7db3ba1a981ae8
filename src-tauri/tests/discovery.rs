//! Instance discovery across every Amazon Connect region, through the real aws-sdk path against
//! connect-sim (which serves instances per region from the SigV4 scope): concurrency, paging,
//! isolation of a slow or failing region, partitions, the cache, and the CLI.

mod common;

use common::{id, scenario_toml, stdout, TestEnv, ACCOUNT};
use connect_sso::core::error::ErrorCode;
use std::time::{Duration, Instant};

/// The commercial regions discovery asks for profile `agent` (home us-east-1) with the extra
/// region `eu-west-3` from the settings: 11 in all.
const COMMERCIAL: [&str; 11] = [
    "us-east-1",
    "us-west-2",
    "af-south-1",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ca-central-1",
    "eu-central-1",
    "eu-west-2",
    "eu-west-3",
];

/// The shared scenario, plus one instance in Sydney, one in the extra region and one in
/// GovCloud (another partition: never asked with commercial credentials); then `faults`.
fn scenario(faults: &str) -> String {
    format!(
        r#"{}
[[instances]]
id = "{}"
account = "{ACCOUNT}"
region = "ap-southeast-2"
alias = "sydney-support"

[[instances]]
id = "{}"
account = "{ACCOUNT}"
region = "eu-west-3"
alias = "paris-sales"
status = "CREATION_FAILED"
identity_management_type = "CONNECT_MANAGED"

[[instances]]
id = "{}"
account = "{ACCOUNT}"
region = "us-gov-west-1"
alias = "gov-only"
{faults}"#,
        scenario_toml(),
        id(901),
        id(902),
        id(903),
    )
}

fn latency_everywhere(ms: u64) -> String {
    COMMERCIAL
        .iter()
        .map(|region| {
            format!(
                "\n[[faults]]\noperation = \"ListInstances\"\nregion = \"{region}\"\nlatency_ms = {ms}\n"
            )
        })
        .collect()
}

fn settings(region_timeout_ms: u64) -> String {
    format!(
        r#"{{"extraRegions":["eu-west-3"],"network":{{"discoveryRegionTimeoutMs":{region_timeout_ms}}}}}"#
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn eleven_slow_regions_take_the_time_of_one_and_a_failing_region_fails_alone() {
    const LATENCY_MS: u64 = 400;
    // eu-central-1 refuses (first matching fault wins, so it comes before the latency ones).
    let faults = format!(
        "\n[[faults]]\noperation = \"ListInstances\"\nregion = \"eu-central-1\"\nerror = \"AccessDeniedException\"\n{}",
        latency_everywhere(LATENCY_MS)
    );
    let env = TestEnv::start_with(&scenario(&faults)).await;
    env.write_settings(&settings(8_000));
    let (app, _, _) = env.app();
    // Credentials are resolved when the profile is picked, as in the window.
    app.clients.check_credentials("agent").await.unwrap();

    let started = Instant::now();
    let catalog = app.discovery.discover(Some("agent"), true).await.unwrap();
    let elapsed = started.elapsed();

    let discovery = &catalog
        .profiles
        .iter()
        .find(|p| p.profile == "agent")
        .unwrap();
    let asked: Vec<&str> = discovery
        .regions
        .iter()
        .map(|r| r.region.as_str())
        .collect();
    assert_eq!(
        asked, COMMERCIAL,
        "home region first, then the list; no GovCloud"
    );
    // Asked together, every slow region waits out its latency at the same time (the sim counts
    // them); one after the other, never more than one would. A stopwatch bound flaked on a loaded
    // machine (1.63 s against 1.6 s), so only the sequential time bounds it.
    let at_once = env.sim.most_delayed_at_once();
    assert!(
        at_once > COMMERCIAL.len() / 2,
        "at most {at_once} of the {} slow regions were asked at once",
        COMMERCIAL.len() - 1
    );
    assert!(
        elapsed < Duration::from_millis(LATENCY_MS * (COMMERCIAL.len() as u64 - 1)),
        "discovery took {elapsed:?}, as long as asking the regions one after the other"
    );
    let failing = discovery
        .regions
        .iter()
        .find(|r| r.region == "eu-central-1")
        .unwrap();
    assert_eq!(
        failing.error.as_ref().unwrap().code,
        ErrorCode::AccessDenied
    );
    for region in discovery
        .regions
        .iter()
        .filter(|r| r.region != "eu-central-1")
    {
        assert!(
            region.error.is_none(),
            "{}: {:?}",
            region.region,
            region.error
        );
        assert!(region.elapsed_ms >= LATENCY_MS, "{region:?}");
    }
    let in_region = |name: &str| {
        catalog
            .entries
            .iter()
            .filter(|e| e.profile == "agent" && e.instance.region == name)
            .count()
    };
    assert_eq!(in_region("ap-southeast-2"), 1);
    assert_eq!(in_region("eu-west-3"), 1, "the extra region is searched");
    assert!(in_region("eu-west-2") >= 23, "every page is followed");
    assert_eq!(in_region("us-gov-west-1"), 0);
    let paris = catalog
        .entries
        .iter()
        .find(|e| e.instance.id == id(902))
        .unwrap();
    assert_eq!(paris.instance.status.as_deref(), Some("CREATION_FAILED"));
    assert_eq!(
        paris.instance.identity_management_type.as_deref(),
        Some("CONNECT_MANAGED")
    );

    // Within the cache's lifetime nothing is asked again, and a new app reads the cache file.
    let before = list_calls(&env);
    let cached = app.discovery.discover(Some("agent"), false).await.unwrap();
    assert_eq!(list_calls(&env), before, "a fresh cache is reused");
    assert_eq!(cached.entries.len(), catalog.entries.len());
    let (restarted, _, _) = env.app();
    let offline = restarted.discovery.catalog().await;
    assert_eq!(offline.entries.len(), catalog.entries.len());
    assert!(offline
        .profiles
        .iter()
        .any(|p| p.profile == "agent" && p.fetched_at.is_some()));
}

fn list_calls(env: &TestEnv) -> usize {
    env.sim
        .requests()
        .iter()
        .filter(|r| r.operation.as_deref() == Some("ListInstances"))
        .count()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bare_id_signs_in_in_the_region_where_discovery_found_it() {
    let env = TestEnv::start_with(&scenario("")).await;
    env.write_settings(&settings(4_000));
    let (app, _, opener) = env.app();
    // Before discovery the ID is looked for in the profile's region (us-east-1) only.
    let error = app
        .signin
        .sign_in("agent", &id(901), true)
        .await
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::ResourceNotFound);
    app.discovery.discover(Some("agent"), true).await.unwrap();
    let outcome = app.signin.sign_in("agent", &id(901), true).await.unwrap();
    assert_eq!(outcome.session.region, "ap-southeast-2");
    assert_eq!(opener.opened().len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_hung_region_times_out_alone() {
    let faults = "\n[[faults]]\noperation = \"ListInstances\"\nregion = \"ap-southeast-2\"\nlatency_ms = 30000\n";
    let env = TestEnv::start_with(&scenario(faults)).await;
    env.write_settings(&settings(1_000));
    let (app, _, _) = env.app();
    let started = Instant::now();
    let catalog = app.discovery.discover(Some("agent"), true).await.unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the 30 s region was cut at its timeout"
    );
    let discovery = catalog
        .profiles
        .iter()
        .find(|p| p.profile == "agent")
        .unwrap();
    let sydney = discovery
        .regions
        .iter()
        .find(|r| r.region == "ap-southeast-2")
        .unwrap();
    assert_eq!(sydney.error.as_ref().unwrap().code, ErrorCode::Timeout);
    assert!(sydney
        .error
        .as_ref()
        .unwrap()
        .message
        .contains("ap-southeast-2"));
    assert!(discovery
        .regions
        .iter()
        .filter(|r| r.region != "ap-southeast-2")
        .all(|r| r.error.is_none()));
    assert!(catalog
        .entries
        .iter()
        .any(|e| e.instance.region == "us-east-1"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failed_refresh_keeps_the_stale_list_of_that_region() {
    let env = TestEnv::start_with(&scenario("")).await;
    env.write_settings(&settings(1_000));
    let (app, _, _) = env.app();
    app.discovery.discover(Some("agent"), true).await.unwrap();
    let settings_dir = env.settings_dir();
    let cache = std::fs::read_to_string(settings_dir.join("instances.json")).unwrap();
    drop(app);
    drop(env);

    let faults = "\n[[faults]]\noperation = \"ListInstances\"\nregion = \"ap-southeast-2\"\nerror = \"InternalServiceException\"\n";
    let env = TestEnv::start_with(&scenario(faults)).await;
    // Long enough for the SDK's three attempts at a 500.
    env.write_settings(&settings(6_000));
    std::fs::write(env.settings_dir().join("instances.json"), cache).unwrap();
    let (app, _, _) = env.app();
    let catalog = app.discovery.discover(Some("agent"), true).await.unwrap();
    let sydney = catalog
        .entries
        .iter()
        .find(|e| e.instance.id == id(901))
        .expect("the stale Sydney instance is still listed");
    assert_eq!(sydney.instance.region, "ap-southeast-2");
    let status = catalog.profiles[0]
        .regions
        .iter()
        .find(|r| r.region == "ap-southeast-2")
        .unwrap();
    assert_eq!(
        status.error.as_ref().unwrap().code,
        ErrorCode::InternalService
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_profile_that_cannot_sign_in_fails_as_a_whole_and_others_still_discover() {
    let env = TestEnv::start_with(&scenario("")).await;
    // Short timeouts: one profile's credential_process hangs.
    env.write_settings(
        r#"{"network":{"discoveryRegionTimeoutMs":2000,"operationTimeoutMs":2000,"attemptTimeoutMs":1000}}"#,
    );
    let (app, _, _) = env.app();
    let catalog = app.discovery.discover(None, true).await.unwrap();
    let of = |name: &str| catalog.profiles.iter().find(|p| p.profile == name).unwrap();
    assert_eq!(
        of("expired").error.as_ref().map(|e| e.code),
        Some(ErrorCode::CredentialsRejected)
    );
    assert_eq!(
        of("process-hangs").error.as_ref().map(|e| e.code),
        Some(ErrorCode::CredentialProcessFailed)
    );
    assert_eq!(
        of("no-creds").error.as_ref().map(|e| e.code),
        Some(ErrorCode::NoCredentials)
    );
    assert_eq!(
        of("mfa-role").error.as_ref().map(|e| e.code),
        Some(ErrorCode::MfaRequired)
    );
    assert!(of("agent").error.is_none());
    assert!(catalog.entries.iter().any(|e| e.profile == "agent"));
    assert!(!catalog.profiles.iter().any(|p| p.refreshing));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_cli_lists_every_region_with_json_and_text() {
    let faults = "\n[[faults]]\noperation = \"ListInstances\"\nregion = \"eu-central-1\"\nerror = \"AccessDeniedException\"\n";
    let env = TestEnv::start_with(&scenario(faults)).await;
    env.write_settings(&settings(2_000));
    let output = env
        .cli(
            &[
                "instances",
                "--profile",
                "agent",
                "--all-regions",
                "--refresh",
                "--json",
            ],
            &[],
        )
        .await;
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["regions"].as_array().unwrap().len(), 11);
    let ids: Vec<&str> = json["instances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&id(901).as_str()));
    let denied = json["regions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["region"] == "eu-central-1")
        .unwrap();
    assert_eq!(denied["error"]["code"], "access_denied");

    // Text: a table, then the count of regions; the failed region on stderr.
    let output = env
        .cli(&["instances", "--profile", "agent", "--all-regions"], &[])
        .await;
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("sydney-support"), "{text}");
    assert!(text.contains("11 regions searched, 1 failed"), "{text}");
    assert!(common::stderr(&output).contains("eu-central-1"));
}
