//! The browser an instance opens in, end to end: the real `connect-sso` binary and the app's
//! services against connect-sim, with stand-in Chrome and Firefox programs on PATH that record
//! their arguments (and fetch the page, as a browser would), real `Local State` and
//! `profiles.ini` files in the test's HOME, and the IT policy's lock.

#![cfg(unix)]

mod common;

use common::*;
use connect_sso::browsers::{BrowserChoice, BrowserId, Launch};
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;

/// A desk with Chrome (profiles "Person 1" and "Work") and Firefox ("default-release" and
/// "Sales floor"),
/// each a stand-in that records its arguments in `<name>.args` and asks for the page it was
/// given. Returns the PATH to run with.
fn desk(env: &mut TestEnv) -> String {
    let bin = env.path("browsers");
    std::fs::create_dir_all(&bin).unwrap();
    for name in ["google-chrome", "firefox"] {
        let program = bin.join(name);
        let log = bin.join(format!("{name}.args"));
        std::fs::write(
            &program,
            format!(
                "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '{log}'; done\n\
                 for last in \"$@\"; do :; done\n/usr/bin/curl -s -o /dev/null \"$last\"\nexit 0\n",
                log = log.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let home = env.path("home");
    // The profile lists the core crate's browser tests use too.
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/browsers");
    for (dir, file) in [
        (".config/google-chrome", "Local State"),
        (".mozilla/firefox", "profiles.ini"),
    ] {
        std::fs::create_dir_all(home.join(dir)).unwrap();
        std::fs::copy(fixtures.join(file), home.join(dir).join(file)).unwrap();
    }
    // Nothing of this machine's own desktop or programs: only the stand-ins (which call curl by
    // its path), so a browser installed here changes nothing.
    env.set(
        "XDG_CONFIG_HOME",
        Some(home.join(".config").into_os_string()),
    );
    env.set(
        "XDG_DATA_HOME",
        Some(home.join(".local/share").into_os_string()),
    );
    env.set("XDG_DATA_DIRS", Some(env.path("no-data").into_os_string()));
    let path = bin.display().to_string();
    env.set("PATH", Some(path.clone().into()));
    path
}

/// `connect-sso COMMAND --profile agent --instance HAPPY ARGS… --json`, as a script would run it.
async fn on_happy(env: &TestEnv, command: &str, args: &[&str]) -> std::process::Output {
    let mut all = vec![command, "--profile", "agent", "--instance", HAPPY];
    all.extend_from_slice(args);
    all.push("--json");
    env.cli(&all, &[]).await
}

fn recorded(env: &TestEnv, name: &str) -> Vec<String> {
    std::fs::read_to_string(env.path("browsers").join(format!("{name}.args")))
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_cli_lists_browsers_and_signs_in_through_the_chosen_profile_in_a_private_window() {
    let mut env = TestEnv::start().await;
    desk(&mut env);

    let listed = json_of(&env.cli(&["browsers", "--json"], &[]).await);
    let browsers = listed["browsers"].as_array().unwrap();
    let of = |id: &str| browsers.iter().find(|b| b["id"] == id).unwrap().clone();
    assert_eq!(of("chrome")["installed"], true);
    assert_eq!(
        of("chrome")["profiles"],
        serde_json::json!([{"name": "Person 1", "directory": "Default"}, {"name": "Work", "directory": "Profile 2"}])
    );
    assert!(of("firefox")["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "Sales floor"));
    for missing in ["edge", "brave", "chromium"] {
        assert_eq!(of(missing)["installed"], false, "{missing}");
        assert_eq!(of(missing)["path"], Value::Null);
    }
    let table = stdout(&env.cli(&["browsers"], &[]).await);
    assert!(table.contains("Person 1, Work"), "{table}");
    assert!(table.contains("not installed"), "{table}");

    let output = on_happy(
        &env,
        "sign-in",
        &[
            "--browser",
            "chrome",
            "--browser-profile",
            "Work",
            "--private",
        ],
    )
    .await;
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    let args = recorded(&env, "google-chrome");
    assert_eq!(args[..2], ["--profile-directory=Profile 2", "--incognito"]);
    // The page is the one-shot loopback hand-off: no token, no sign-in URL in any argument.
    assert!(args[2].starts_with("http://127.0.0.1:"), "{args:?}");
    assert_eq!(args.len(), 3);
    let issued = env.sim.issued_tokens();
    for token in issued
        .iter()
        .flat_map(|t| [&t.access_token, &t.refresh_token])
    {
        assert!(!args.iter().any(|a| a.contains(token.as_str())));
    }

    let firefox = on_happy(
        &env,
        "open",
        &["--browser", "firefox", "--browser-profile", "sales floor"],
    )
    .await;
    assert_eq!(firefox.status.code(), Some(0), "{}", stderr(&firefox));
    let args = recorded(&env, "firefox");
    assert_eq!(args[..2], ["-P", "Sales floor"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_browser_that_is_gone_is_named_before_anything_is_asked_of_aws() {
    let mut env = TestEnv::start().await;
    desk(&mut env);
    let output = on_happy(&env, "sign-in", &["--browser", "edge"]).await;
    assert_eq!(output.status.code(), Some(6));
    let body = json_of(&output);
    assert_eq!(body["error"]["code"], "browser_not_installed", "{body}");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("Microsoft Edge"));
    assert!(body["error"]["hint"]
        .as_str()
        .unwrap()
        .contains("--browser default"));
    let unknown = json_of(
        &on_happy(
            &env,
            "sign-in",
            &["--browser", "chrome", "--browser-profile", "Home"],
        )
        .await,
    );
    assert_eq!(unknown["error"]["code"], "browser_profile_not_found");
    assert!(unknown["error"]["hint"]
        .as_str()
        .unwrap()
        .contains("Person 1, Work"));
    assert!(env.sim.requests().is_empty(), "no call left the app");
    assert!(
        recorded(&env, "google-chrome").is_empty(),
        "nothing was started"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_window_remembers_a_browser_per_instance_and_the_policy_can_lock_it() {
    let mut env = TestEnv::start().await;
    desk(&mut env);
    let (app, _vault, opener) = env.app();
    let work = BrowserChoice {
        browser: BrowserId::Chrome,
        profile: Some("Work".into()),
        private: false,
    };
    let view = app
        .preferences
        .set_instance_browser(HAPPY, Some(work.clone()))
        .unwrap();
    assert_eq!(view.instance_browsers[0].choice, work);
    app.signin.sign_in("agent", HAPPY, true).await.unwrap();
    match &opener.launches()[0] {
        Launch::Program { program, args, .. } => {
            assert!(program.ends_with("google-chrome"));
            assert_eq!(args, &["--profile-directory=Profile 2"]);
        }
        other => panic!("{other:?}"),
    }
    // Remembered: a new app over the same settings file opens the instance the same way.
    let (again, _, reopened) = env.app();
    again.signin.sign_in("agent", HAPPY, true).await.unwrap();
    assert!(
        matches!(&reopened.launches()[0], Launch::Program { args, .. } if args == &["--profile-directory=Profile 2"])
    );

    env.write_policy(
        r#"{"browser": {"browser": "firefox", "profile": "Sales floor"}, "locked": ["browser"]}"#,
    );
    let (locked, _, locked_opener) = env.app_with_policy();
    let refused = locked
        .preferences
        .set_instance_browser(HAPPY, None)
        .unwrap_err();
    assert_eq!(refused.code.as_str(), "setting_managed");
    locked.signin.sign_in("agent", HAPPY, true).await.unwrap();
    assert!(
        matches!(&locked_opener.launches()[0], Launch::Program { args, .. } if args == &["-P", "Sales floor"])
    );
    let cli = json_of(&on_happy(&env, "sign-in", &["--browser", "chrome"]).await);
    assert_eq!(cli["error"]["code"], "setting_managed", "{cli}");
}
