//! The WebView's doors, read from the files that open them: one window, one capability with only
//! the permissions the app needs, a CSP written directive by directive, a frozen prototype, and
//! a Tauri without known advisories. Any loosening fails here.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn crate_file(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap()
}

fn config() -> Value {
    serde_json::from_str(&crate_file("tauri.conf.json")).unwrap()
}

/// Everything the main window may do. Adding to this list is a security decision.
const ALLOWED_PERMISSIONS: [&str; 3] = [
    "allow-app-commands",
    "core:event:allow-listen",
    "core:event:allow-unlisten",
];

#[test]
fn one_window_one_capability_and_only_the_needed_permissions() {
    let windows = config()["app"]["windows"].as_array().unwrap().clone();
    assert_eq!(windows.len(), 1, "one window");
    assert_eq!(windows[0]["label"], "main");

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "one capability file: {files:?}");
    let capability: Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(capability.get("remote").is_none(), "no remote URLs get IPC");
    assert!(capability.get("webviews").is_none());
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p.as_str()
                .expect("permissions are plain identifiers, no scopes")
                .to_string()
        })
        .collect();
    let allowed: BTreeSet<String> = ALLOWED_PERMISSIONS.iter().map(|p| p.to_string()).collect();
    assert_eq!(granted, allowed);

    // The generated permission set lists exactly the commands the IPC contract declares.
    let contract = crate_file("src/contract.rs");
    let declared: BTreeSet<String> = contract
        .split("commands {")
        .nth(1)
        .unwrap()
        .split("events {")
        .next()
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("//") && line.contains("("))
        .map(|line| line.split('(').next().unwrap().trim())
        .map(|command| format!("allow-{}", command.replace('_', "-")))
        .collect();
    assert!(declared.contains("allow-sign-in"), "{declared:?}");
    let set = crate_file("permissions/app-commands.toml");
    let listed: BTreeSet<String> = set
        .lines()
        .filter_map(|line| line.trim().strip_prefix('"'))
        .map(|line| line.trim_end_matches(',').trim_end_matches('"').to_string())
        .collect();
    assert_eq!(
        declared, listed,
        "the contract's commands and the permission set agree"
    );
}

#[test]
fn the_csp_is_strict_and_complete() {
    let security = &config()["app"]["security"];
    let csp = security["csp"]
        .as_object()
        .expect("a CSP written directive by directive");
    let directive = |name: &str| -> String {
        csp.get(name)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("CSP directive {name} is missing"))
            .to_string()
    };
    assert_eq!(directive("default-src"), "'self'");
    assert_eq!(directive("script-src"), "'self'");
    assert_eq!(directive("object-src"), "'none'");
    assert_eq!(directive("base-uri"), "'none'");
    assert_eq!(directive("frame-ancestors"), "'none'");
    assert_eq!(directive("connect-src"), "ipc: http://ipc.localhost");
    for (name, value) in csp {
        let value = value.as_str().unwrap();
        assert!(
            !value.contains("unsafe-inline") && !value.contains("unsafe-eval"),
            "{name}: {value}"
        );
        assert!(
            !value.contains('*') && !value.contains("http:") || name == "connect-src",
            "{name}: {value}"
        );
    }
    assert!(
        security.get("devCsp").is_none(),
        "no looser CSP in development builds"
    );
    assert_eq!(security["freezePrototype"], true);
    assert_eq!(config()["app"]["withGlobalTauri"], false);
    let text = crate_file("tauri.conf.json");
    assert!(!text.contains("dangerous"), "no dangerous* option");
    assert!(!text.contains("\"remote\""));
}

#[test]
fn tauri_is_recent_enough_to_have_no_known_advisory() {
    let lock = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock"))
        .unwrap();
    let version = lock
        .split("[[package]]")
        .find(|package| package.contains("name = \"tauri\"\n"))
        .and_then(|package| package.split("version = \"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    let parts: Vec<u64> = version.split('.').map(|p| p.parse().unwrap_or(0)).collect();
    assert!(
        parts >= vec![2, 11, 6],
        "tauri {version} is older than 2.11.6"
    );
}

/// The `open` crate launches through ShellExecute-free paths on Windows (PowerShell with the URL
/// in an environment variable, then explorer.exe); only its `insecure` feature adds
/// `cmd /c start`, whose argument parsing allows injection. It stays off.
#[test]
fn the_browser_launcher_never_goes_through_cmd_start() {
    let manifest = crate_file("../crates/core/Cargo.toml");
    let open_line = manifest
        .lines()
        .find(|line| line.starts_with("open "))
        .expect("open is a dependency");
    assert!(!open_line.contains("insecure"), "{open_line}");
    assert!(
        !open_line.contains("features"),
        "no feature of open is enabled: {open_line}"
    );
}

/// Vite inlines environment variables with its prefix into the bundle: only the app's own
/// prefix, never `TAURI_*` (signing keys live there in CI) or `VITE_*`.
#[test]
fn the_ui_bundle_sees_only_its_own_environment_prefix() {
    let vite =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/vite.config.ts"))
            .unwrap();
    let prefix_line = vite
        .lines()
        .find(|line| line.contains("envPrefix"))
        .expect("envPrefix is set explicitly");
    assert!(prefix_line.contains("\"CONNECT_SSO_UI_\""), "{prefix_line}");
    assert!(
        !prefix_line.contains("TAURI") && !prefix_line.contains("VITE"),
        "{prefix_line}"
    );
}

/// The services crate cannot reach the window's world: it has no tauri dependency of any kind,
/// so only `src-tauri` can import it (Cargo refuses anything else).
#[test]
fn the_services_crate_does_not_depend_on_tauri() {
    let manifest = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/core/Cargo.toml"),
    )
    .unwrap();
    let dependencies: Vec<&str> = manifest
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#') && !line.starts_with('['))
        .filter_map(|line| line.split('=').next())
        .map(str::trim)
        .collect();
    assert!(
        dependencies.contains(&"aws-sdk-connect"),
        "{dependencies:?}"
    );
    assert!(
        dependencies.iter().all(|name| !name.contains("tauri")),
        "{dependencies:?}"
    );
}
