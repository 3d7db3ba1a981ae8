//! The IT policy end to end: loading (and surviving a bad file), locked settings, managed and
//! pinned instances, restricted sign-in, custom endpoints, the CLI's `policy` and `doctor`, and
//! deep links (parsed, named from the policy, kept for confirmation).

mod common;

use common::{id, stderr, stdout, TestEnv, ACCOUNT, HAPPY};
use connect_sso::core::error::ErrorCode;
use connect_sso::core::settings_view::SettingsPatch;

fn arn(region: &str, instance: &str) -> String {
    format!("arn:aws:connect:{region}:{ACCOUNT}:instance/{instance}")
}

fn policy(extra: &str) -> String {
    format!(
        r#"{{
  "instances": [
    {{ "instance": "{}", "profile": "agent", "displayName": "Support (US)", "pinned": true }},
    {{ "instance": "{}", "profile": "pager", "displayName": "Europe 07" }}
  ],
  "defaultInstance": "{}",
  "notificationLeadMinutes": 20,
  "closeToTray": false,
  "locked": ["notificationLeadMinutes", "extraRegions", "pins"]{extra}
}}"#,
        arn("us-east-1", HAPPY),
        arn("eu-west-2", &id(107)),
        arn("us-east-1", HAPPY),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn locked_settings_are_refused_and_unlocked_ones_overlay_the_policy() {
    let env = TestEnv::start().await;
    env.write_policy(&policy(""));
    let (app, _, _) = env.app_with_policy();
    let view = app.preferences.view();
    assert!(view.policy.loaded && view.policy.error.is_none());
    assert_eq!(view.notification_lead_minutes, 20);
    assert!(!view.close_to_tray, "the policy's value is the default");
    assert_eq!(
        view.locked,
        vec!["notificationLeadMinutes", "extraRegions", "pins"]
    );

    let before = std::fs::read_to_string(env.settings_dir().join("settings.json")).ok();
    for patch in [
        SettingsPatch {
            notification_lead_minutes: Some(5),
            ..SettingsPatch::default()
        },
        SettingsPatch {
            extra_regions: Some(vec!["eu-west-3".into()]),
            ..SettingsPatch::default()
        },
    ] {
        let error = app.preferences.update(&patch).unwrap_err();
        assert_eq!(error.code, ErrorCode::SettingManaged);
    }
    assert_eq!(
        std::fs::read_to_string(env.settings_dir().join("settings.json")).ok(),
        before,
        "a refused change writes nothing"
    );
    let error = app
        .discovery
        .set_pinned("agent", &id(2), true)
        .await
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::SettingManaged);

    let view = app
        .preferences
        .update(&SettingsPatch {
            close_to_tray: Some(true),
            ..SettingsPatch::default()
        })
        .unwrap();
    assert!(view.close_to_tray, "not locked: the person's choice wins");
    // Another start reads the same: the person's value is saved, the policy's is not copied.
    let (again, _, _) = env.app_with_policy();
    assert!(again.preferences.view().close_to_tray);
    assert_eq!(
        again.preferences.settings().notifications.lead_minutes,
        None
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn policy_instances_are_listed_named_pinned_and_the_default_before_any_discovery() {
    let env = TestEnv::start().await;
    env.write_policy(&policy(""));
    let (app, _, _) = env.app_with_policy();
    let catalog = app.discovery.catalog().await;
    assert!(catalog.pins_locked);
    let first = &catalog.entries[0];
    assert_eq!(
        (
            first.label(),
            first.profile.as_str(),
            first.pinned,
            first.managed
        ),
        ("Support (US)", "agent", true, true)
    );
    assert_eq!(first.instance.region, "us-east-1");
    assert!(catalog
        .entries
        .iter()
        .any(|e| e.label() == "Europe 07" && e.managed && !e.pinned));
    let default = catalog.default_instance.unwrap();
    assert_eq!(default.profile, "agent");
    assert!(default.instance.ends_with(HAPPY));
    // After discovery the managed entries keep their names and gain the real details.
    let catalog = app.discovery.discover(Some("agent"), true).await.unwrap();
    let managed = catalog
        .entries
        .iter()
        .find(|e| e.instance.id == HAPPY)
        .unwrap();
    assert_eq!(managed.label(), "Support (US)");
    assert_eq!(managed.instance.alias.as_deref(), Some("acme-support"));
    assert_eq!(
        catalog
            .entries
            .iter()
            .filter(|e| e.instance.id == HAPPY && e.profile == "agent")
            .count(),
        1,
        "listed once"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn restricted_sign_in_only_reaches_listed_instances() {
    let env = TestEnv::start().await;
    env.write_policy(&policy(r#", "restrictToListedInstances": true"#));
    let (app, _, opener) = env.app_with_policy();
    let error = app.signin.sign_in("agent", &id(2), true).await.unwrap_err();
    assert_eq!(error.code, ErrorCode::InstanceNotAllowed);
    assert!(!error.hint.is_empty());
    // The right instance with another profile is refused too.
    let error = app.signin.sign_in("pager", HAPPY, true).await.unwrap_err();
    assert_eq!(error.code, ErrorCode::InstanceNotAllowed);
    assert!(
        env.sim
            .requests()
            .iter()
            .all(|r| r.operation.as_deref() != Some("GetFederationToken")),
        "refused before any call"
    );
    assert!(opener.opened().is_empty());
    app.signin.sign_in("agent", HAPPY, true).await.unwrap();
    assert_eq!(opener.opened().len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn custom_endpoints_can_be_forbidden() {
    let env = TestEnv::start().await;
    // The test environment itself points Connect at connect-sim: exactly what this forbids.
    env.write_policy(r#"{"allowCustomEndpoints": false}"#);
    let (app, _, opener) = env.app_with_policy();
    let error = app.signin.sign_in("agent", HAPPY, true).await.unwrap_err();
    assert_eq!(error.code, ErrorCode::SettingManaged);
    assert!(
        error.message.contains("custom endpoint"),
        "{}",
        error.message
    );
    assert!(opener.opened().is_empty());
    assert!(env.sim.requests().is_empty(), "no call left the app");
}

/// `allowCustomEndpoints: false` holds for the endpoint each client really uses, whatever its
/// source: a `services` section the profile names (the SDK honours it), a service's own
/// variable, and for every client, not just Amazon Connect's. Nothing is sent first.
#[tokio::test(flavor = "multi_thread")]
async fn custom_endpoints_are_forbidden_from_every_source() {
    let mut env = TestEnv::start().await;
    env.write_policy(r#"{"allowCustomEndpoints": false}"#);
    let endpoint = env.sim.endpoint_url();
    for var in [
        "AWS_ENDPOINT_URL_CONNECT",
        "AWS_ENDPOINT_URL_STS",
        "AWS_ENDPOINT_URL_SSO",
        "AWS_ENDPOINT_URL_SSO_OIDC",
    ] {
        env.set(var, None);
    }
    let config = std::fs::read_to_string(env.path("config")).unwrap()
        + &format!(
            "\n[profile via-services]\nregion = us-east-1\nservices = corp\n\
             aws_access_key_id = AKIDTESTAGENT\naws_secret_access_key = test-secret-agent\n\n\
             [services corp]\nconnect =\n  endpoint_url = {endpoint}\n\n\
             [profile plain]\nregion = us-east-1\n\
             aws_access_key_id = AKIDTESTAGENT\naws_secret_access_key = test-secret-agent\n"
        );
    std::fs::write(env.path("config"), config).unwrap();

    let (app, _, opener) = env.app_with_policy();
    let error = app
        .signin
        .sign_in("via-services", HAPPY, true)
        .await
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::SettingManaged, "{error:?}");
    assert!(
        error.message.contains("Amazon Connect"),
        "{}",
        error.message
    );

    // Only STS redirected, by its own variable: still refused, still before any call.
    env.set("AWS_ENDPOINT_URL_STS", Some(endpoint.clone().into()));
    let (app, _, _) = env.app_with_policy();
    let error = app.signin.sign_in("plain", HAPPY, true).await.unwrap_err();
    assert_eq!(error.code, ErrorCode::SettingManaged, "{error:?}");
    assert!(error.message.contains("AWS STS"), "{}", error.message);
    let error = app
        .logins
        .submit_mfa_code("mfa-role", "123456")
        .await
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::SettingManaged, "{error:?}");
    env.set("AWS_ENDPOINT_URL_STS", None);

    // The IAM Identity Center sign-in's own client.
    env.set("AWS_ENDPOINT_URL_SSO_OIDC", Some(endpoint.into()));
    let (app, _, _) = env.app_with_policy();
    let error = app
        .logins
        .sso_login_start(
            "sso-expired",
            false,
            connect_sso::aws::logins::LoginMethod::Browser,
        )
        .await
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::SettingManaged, "{error:?}");
    assert!(
        error.message.contains("IAM Identity Center"),
        "{}",
        error.message
    );

    assert!(opener.opened().is_empty());
    assert!(env.sim.requests().is_empty(), "no call left the app");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_policy_never_stops_the_app_and_names_its_field() {
    let env = TestEnv::start().await;
    env.write_policy(
        r#"{"instances": [{"instance": "not-an-id", "profile": "agent"}], "locked": ["pins"]}"#,
    );
    let (app, _, opener) = env.app_with_policy();
    let status = app.preferences.view().policy;
    let error = status.error.unwrap();
    assert_eq!(error.code, ErrorCode::PolicyInvalid);
    assert!(
        error.message.contains("instances[0].instance"),
        "{}",
        error.message
    );
    assert!(error.message.contains("policy.json"));
    assert!(!status.loaded);
    assert!(
        app.preferences.view().locked.is_empty(),
        "nothing of a bad policy applies"
    );
    app.discovery
        .set_pinned("agent", HAPPY, true)
        .await
        .unwrap();
    app.signin.sign_in("agent", HAPPY, true).await.unwrap();
    assert_eq!(opener.opened().len(), 1);
}

/// A policy someone other than an administrator could change is no policy: the app runs with
/// the person's settings and says why.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread")]
async fn a_policy_others_could_write_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::start().await;
    let file = env.path("policy.json");
    let mode = |path: &std::path::Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    env.write_policy(&policy(""));
    assert!(env
        .app_with_policy()
        .0
        .preferences
        .policy()
        .policy
        .is_some());

    mode(&file, 0o666);
    let refused = env.app_with_policy().0;
    let error = refused.preferences.policy().error.clone().unwrap();
    assert_eq!(error.code, ErrorCode::PolicyInvalid);
    assert!(
        error
            .message
            .contains("writable by its group or by everyone"),
        "{}",
        error.message
    );
    assert!(refused.preferences.policy().policy.is_none());

    mode(&file, 0o644);
    mode(file.parent().unwrap(), 0o777);
    let error = env
        .app_with_policy()
        .0
        .preferences
        .policy()
        .error
        .clone()
        .unwrap();
    assert!(error.message.contains("its folder"), "{}", error.message);
    mode(file.parent().unwrap(), 0o755);

    // Another (unprivileged) owner: only root can hand that out, so only then can it be tested.
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        std::os::unix::fs::chown(&file, Some(65534), None).unwrap();
        let error = env
            .app_with_policy()
            .0
            .preferences
            .policy()
            .error
            .clone()
            .unwrap();
        assert!(
            error.message.contains("does not belong to root"),
            "{}",
            error.message
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_cli_validates_and_shows_policies() {
    let env = TestEnv::start().await;
    let good = env.path("good.json");
    std::fs::write(&good, policy("")).unwrap();
    let output = env
        .cli(&["policy", "validate", good.to_str().unwrap()], &[])
        .await;
    assert!(output.status.success(), "{output:?}");
    assert!(stdout(&output).contains("valid Connect SSO policy: 2 instance(s), 3 locked"));

    let bad = env.path("bad.json");
    std::fs::write(&bad, "{\n  \"locked\": [\"pins\", \"theme\"]\n}\n").unwrap();
    let output = env
        .cli(
            &["policy", "validate", bad.to_str().unwrap(), "--json"],
            &[],
        )
        .await;
    assert_eq!(output.status.code(), Some(3));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["error"]["code"], "policy_invalid");
    let message = json["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("locked[1]: unknown variant `theme`"),
        "{message}"
    );
    assert!(message.contains("line 2"), "{message}");

    let output = env.cli(&["policy", "show"], &[]).await;
    assert!(stdout(&output).contains("No policy"), "{}", stdout(&output));
    env.write_policy(&policy(""));
    let output = env.cli(&["policy", "show", "--json"], &[]).await;
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["policy"]["loaded"], true);

    // The shipped example is valid.
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/policy.example.json");
    let output = env.cli(&["policy", "validate", example], &[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
}

#[tokio::test(flavor = "multi_thread")]
async fn deep_links_are_checked_named_and_kept_once_for_confirmation() {
    let env = TestEnv::start().await;
    env.write_policy(&policy(""));
    let (app, _, opener) = env.app_with_policy();
    let link = format!(
        "connect-sso://sign-in?profile=agent&instance={}",
        arn("us-east-1", HAPPY)
    );
    let view = app.links.accept(&link).unwrap();
    assert_eq!(view.profile, "agent");
    assert_eq!(view.instance_id, HAPPY);
    assert_eq!(view.region.as_deref(), Some("us-east-1"));
    assert_eq!(view.label.as_deref(), Some("Support (US)"));
    assert!(
        opener.opened().is_empty() && env.sim.requests().is_empty(),
        "nothing before confirmation"
    );
    assert_eq!(app.links.take(), Some(view));
    assert_eq!(app.links.take(), None, "asked once");

    for bad in [
        "connect-sso://sign-in?profile=agent&instance=https://evil.example".to_string(),
        format!("connect-sso://sign-in?profile=agent&instance={HAPPY}&endpoint=http://evil"),
        format!("connect-sso://sign-out?profile=agent&instance={HAPPY}"),
    ] {
        assert_eq!(
            app.links.accept(&bad).unwrap_err().code,
            ErrorCode::DeepLinkInvalid,
            "{bad}"
        );
    }
    assert_eq!(
        app.links.take(),
        None,
        "a refused link leaves nothing pending"
    );
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread")]
async fn doctor_checks_each_step_with_pass_or_fail_and_a_hint() {
    let env = TestEnv::start().await;
    let path = env.browser_on_path("exit 0\n");
    let output = env
        .cli(
            &[
                "doctor",
                "--profile",
                "agent",
                "--instance",
                HAPPY,
                "--json",
            ],
            &[("PATH", &path)],
        )
        .await;
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let checks = json["checks"].as_array().unwrap();
    let check = |name: &str| checks.iter().find(|c| c["name"] == name).unwrap().clone();
    for name in [
        "policy",
        "credentials",
        "identity",
        "region",
        "instance",
        "browser",
        "log",
    ] {
        assert_eq!(check(name)["ok"], true, "{name}: {}", check(name));
    }
    // The log file the helpdesk asks for, where Linux keeps it.
    assert_eq!(
        check("log")["detail"],
        env.log_dir().join("connect-sso.log").display().to_string()
    );
    assert!(check("identity")["detail"]
        .as_str()
        .unwrap()
        .contains("jane.doe"));
    assert!(check("instance")["detail"]
        .as_str()
        .unwrap()
        .contains("acme-support"));
    if std::env::var_os("CONNECT_SSO_KEYRING_TESTS").is_some() {
        assert_eq!(check("keychain")["ok"], true, "{}", check("keychain"));
        assert!(output.status.success());
    }

    // Root keys: identity fails with its code and hint; a missing instance fails; text output.
    let output = env
        .cli(
            &["doctor", "--profile", "root", "--instance", &id(999)],
            &[("PATH", &path)],
        )
        .await;
    assert_ne!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains("FAIL  identity"), "{text}");
    assert!(text.contains("root_not_allowed"), "{text}");
    assert!(text.contains("FAIL  instance"), "{text}");
    assert!(text.contains("hint:"), "{text}");

    // No credentials: later checks say they were skipped, not that they passed.
    let output = env
        .cli(
            &["doctor", "--profile", "no-creds", "--json"],
            &[("PATH", &path)],
        )
        .await;
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(output.status.code(), Some(3));
    let identity = json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "identity")
        .unwrap()
        .clone();
    assert_eq!(identity["skipped"], true);
}
