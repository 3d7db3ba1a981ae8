//! Browser detection and launch on a made-up desk: stand-in browser programs that record their
//! arguments, real `Local State` and `profiles.ini` files, a Flatpak desktop entry, in a
//! temporary HOME. The launch is real: the stand-in is started as the app would start Chrome.

#![cfg(unix)]

use connect_sso::browsers::places::Env;
use connect_sso::browsers::{self, BrowserChoice, BrowserId, Launch};
use connect_sso::core::error::ErrorCode;
use connect_sso::core::secret::Secret;
use connect_sso::signin::launcher::{Opener, SystemOpener};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

struct Desk {
    _dir: tempfile::TempDir,
    root: PathBuf,
    env: Env,
}

/// A program that appends its arguments, one per line, then a blank line, to `<name>.args`.
fn stand_in(bin: &Path, name: &str) -> PathBuf {
    let path = bin.join(name);
    let log = bin.join(format!("{name}.args"));
    std::fs::write(
        &path,
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '{}'; done\nprintf '\\n' >> '{}'\n",
            log.display(),
            log.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// Chrome's `Local State` ("Person 1" in `Default`, "Work" in `Profile 2`) and Firefox's
/// `profiles.ini` ("default-release", "Sales floor") from `tests/fixtures/browsers`, where each
/// browser keeps them under `home`.
fn place_profiles(home: &Path) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/browsers");
    for (dir, file) in [
        (".config/google-chrome", "Local State"),
        (".mozilla/firefox", "profiles.ini"),
    ] {
        std::fs::create_dir_all(home.join(dir)).unwrap();
        std::fs::copy(fixtures.join(file), home.join(dir).join(file)).unwrap();
    }
}

fn desk() -> Desk {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let (bin, home, share) = (root.join("bin"), root.join("home"), root.join("share"));
    for d in [&bin, &home, &share.join("applications")] {
        std::fs::create_dir_all(d).unwrap();
    }
    stand_in(&bin, "google-chrome");
    stand_in(&bin, "firefox");
    // Brave only as a Flatpak: no program on PATH, a desktop entry that runs `flatpak`.
    let flatpak = stand_in(&root, "flatpak");
    std::fs::write(
        share.join("applications/com.brave.Browser.desktop"),
        format!(
            "[Desktop Entry]\nName=Brave\nExec={} run --branch=stable com.brave.Browser @@u %U @@\n",
            flatpak.display()
        ),
    )
    .unwrap();
    place_profiles(&home);
    let env = Env {
        config_home: home.join(".config"),
        home,
        path: vec![bin],
        data_dirs: vec![share],
        ..Env::default()
    };
    Desk {
        _dir: dir,
        root,
        env,
    }
}

fn choice(browser: BrowserId, profile: Option<&str>, private: bool) -> BrowserChoice {
    BrowserChoice {
        browser,
        profile: profile.map(str::to_string),
        private,
    }
}

fn args_of(launch: Launch) -> (PathBuf, Vec<String>) {
    match launch {
        Launch::Program { program, args, .. } => (program, args),
        Launch::SystemDefault => panic!("expected a program"),
    }
}

#[test]
fn installed_browsers_and_their_profiles_are_found_and_missing_ones_are_said() {
    let desk = desk();
    let found = browsers::detect(&desk.env);
    let summary: Vec<(&str, bool, Vec<&str>)> = found
        .iter()
        .map(|b| {
            (
                b.id.id(),
                b.installed,
                b.profiles.iter().map(|p| p.name.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("chrome", true, vec!["Person 1", "Work"]),
            ("brave", true, vec![]),
            ("firefox", true, vec!["default-release", "Sales floor"]),
            ("chromium", false, vec![]),
            ("edge", false, vec![]),
        ]
    );
    let brave = found.iter().find(|b| b.id == BrowserId::Brave).unwrap();
    assert!(brave
        .found_in
        .as_deref()
        .unwrap()
        .ends_with("com.brave.Browser.desktop"));
}

#[test]
fn each_kind_gets_its_own_arguments_and_profile_names_map_to_folders() {
    let desk = desk();
    let launch = |c: BrowserChoice| browsers::launch_for(&c, &desk.env);
    assert_eq!(
        launch(BrowserChoice::default()).unwrap(),
        Launch::SystemDefault
    );
    let (program, args) = args_of(launch(choice(BrowserId::Chrome, Some("Work"), false)).unwrap());
    assert!(program.ends_with("bin/google-chrome"));
    assert_eq!(args, ["--profile-directory=Profile 2"]);
    // As people type it: case does not matter; the folder name works too.
    let (_, args) = args_of(launch(choice(BrowserId::Chrome, Some("work"), true)).unwrap());
    assert_eq!(args, ["--profile-directory=Profile 2", "--incognito"]);
    let (_, args) = args_of(launch(choice(BrowserId::Chrome, Some("Default"), false)).unwrap());
    assert_eq!(args, ["--profile-directory=Default"]);
    let (_, args) = args_of(launch(choice(BrowserId::Firefox, Some("Sales floor"), true)).unwrap());
    assert_eq!(args, ["-P", "Sales floor", "-private-window"]);
    let (program, args) = args_of(launch(choice(BrowserId::Brave, None, true)).unwrap());
    assert!(program.ends_with("flatpak"));
    assert_eq!(
        args,
        ["run", "--branch=stable", "com.brave.Browser", "--incognito"]
    );

    let missing = launch(choice(BrowserId::Edge, None, true)).unwrap_err();
    assert_eq!(missing.code, ErrorCode::BrowserNotInstalled);
    assert!(
        missing.message.contains("Microsoft Edge"),
        "{}",
        missing.message
    );
    assert!(
        missing.hint.contains("--browser default"),
        "{}",
        missing.hint
    );
    let unknown = launch(choice(BrowserId::Chrome, Some("Home"), false)).unwrap_err();
    assert_eq!(unknown.code, ErrorCode::BrowserProfileNotFound);
    assert!(unknown.message.contains("“Home”"), "{}", unknown.message);
    assert!(unknown.hint.contains("Person 1, Work"), "{}", unknown.hint);
}

#[test]
fn the_chosen_browser_is_started_with_its_arguments_and_the_page_last() {
    let desk = desk();
    let launch =
        browsers::launch_for(&choice(BrowserId::Chrome, Some("Work"), true), &desk.env).unwrap();
    let page = Secret::new("http://127.0.0.1:40000/0123456789abcdef");
    SystemOpener.open(&page, &launch).unwrap();
    let log = desk.root.join("bin/google-chrome.args");
    for _ in 0..100 {
        if std::fs::read_to_string(&log).is_ok_and(|t| t.ends_with("\n\n")) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "--profile-directory=Profile 2\n--incognito\nhttp://127.0.0.1:40000/0123456789abcdef\n\n"
    );
}
