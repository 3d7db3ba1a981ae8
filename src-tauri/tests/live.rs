//! The real Amazon Connect, where someone has an account: DescribeInstance, ListInstances and
//! GetFederationToken through the app's own code (credentials, client pool, error mapping, the
//! sign-in URL validator against the instance's access URL), and the shape of what the real
//! service answered recorded for comparison with connect-sim: host, path, query keys, token
//! lifetimes. Never a token: path segments long enough to be one are replaced by their length.
//!
//! Runs only with `CONNECT_SSO_LIVE_PROFILE` and `CONNECT_SSO_LIVE_INSTANCE` set (`make
//! test-live`, or the CI job that assumes a role by OIDC); otherwise it says "skipped: no live
//! account" and passes. Nothing is opened in a browser and nothing reaches the keychain.

use connect_sso::app::App;
use connect_sso::signin::launcher::RecordingOpener;
use connect_sso::store::settings_file::SettingsStore;
use connect_sso::store::vault::MemoryVault;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

/// A path segment this long may be a token: recorded by its length only.
const LONGEST_SHOWN_SEGMENT: usize = 24;

fn live_target() -> Option<(String, String)> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    Some((
        var("CONNECT_SSO_LIVE_PROFILE")?,
        var("CONNECT_SSO_LIVE_INSTANCE")?,
    ))
}

fn shown_path(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.len() > LONGEST_SHOWN_SEGMENT {
                format!("<{} chars>", segment.len())
            } else {
                segment.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[tokio::test(flavor = "multi_thread")]
async fn the_real_service_answers_the_way_connect_sim_assumes() {
    let Some((profile, instance)) = live_target() else {
        println!(
            "skipped: no live account (set CONNECT_SSO_LIVE_PROFILE and CONNECT_SSO_LIVE_INSTANCE, \
             then run make test-live)"
        );
        return;
    };
    // The person's AWS config, but never their settings, keychain or browser.
    let settings = tempfile::tempdir().unwrap();
    std::env::set_var("CONNECT_SSO_CONFIG_DIR", settings.path());
    let app = App::new(
        Arc::new(MemoryVault::default()),
        Arc::new(RecordingOpener::default()),
        SettingsStore::from_env(),
        Default::default(),
    );

    let described = app
        .discovery
        .resolve_instance(&profile, &instance)
        .await
        .unwrap_or_else(|e| panic!("DescribeInstance: {} ({})", e.message, e.code));
    let listed = app
        .discovery
        .instances(&profile)
        .await
        .unwrap_or_else(|e| panic!("ListInstances: {} ({})", e.message, e.code));
    let outcome = app
        .signin
        .sign_in(&profile, &instance, false)
        .await
        .unwrap_or_else(|e| {
            panic!(
                "GetFederationToken, or its sign-in URL refused by the validator: {} ({})",
                e.message, e.code
            )
        });

    let url = url::Url::parse(outcome.url.expose()).expect("the sign-in URL parses");
    let access_host = described
        .access_url
        .as_deref()
        .and_then(|access| url::Url::parse(access).ok())
        .and_then(|access| access.host_str().map(str::to_string));
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let lifetime = |at: Option<f64>| at.map(|at| (at - now).round() as i64);
    let query_keys: Vec<String> = url.query_pairs().map(|(key, _)| key.into_owned()).collect();
    let shape = serde_json::json!({
        "instance": {
            "region": described.region,
            "identityManagementType": described.identity_management_type,
            "status": described.status,
            "accessUrlHost": access_host,
            "listedInItsRegion": listed.iter().any(|i| i.id == described.id),
        },
        "signInUrl": {
            "scheme": url.scheme(),
            "host": url.host_str(),
            "hostIsTheAccessUrlHost": access_host.as_deref() == url.host_str(),
            "path": shown_path(url.path()),
            "queryKeys": query_keys,
        },
        "accessTokenLifetimeSeconds": lifetime(outcome.session.access_token_expires_at),
        "refreshTokenLifetimeSeconds": lifetime(outcome.session.refresh_token_expires_at),
    });
    println!(
        "live shape: {}",
        serde_json::to_string_pretty(&shape).unwrap()
    );
    let printed = shape.to_string();
    assert!(
        !printed.contains(outcome.url.expose()),
        "the record never holds the URL"
    );
    assert_eq!(url.scheme(), "https");
    // ListInstances asked the profile's own region: there, it must name the instance.
    if listed.iter().any(|i| i.region == described.region) {
        assert!(
            listed.iter().any(|i| i.id == described.id),
            "ListInstances in the instance's region names it"
        );
    }
}

#[test]
fn long_path_segments_are_recorded_by_length_only() {
    assert_eq!(shown_path("/auth/sign-in"), "/auth/sign-in");
    let token = "a".repeat(40);
    assert_eq!(
        shown_path(&format!("/sign-in/{token}")),
        "/sign-in/<40 chars>"
    );
}
