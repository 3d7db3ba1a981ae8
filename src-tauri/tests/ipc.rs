//! The commands through Tauri's mock runtime, with the app's real command table: the JSON the
//! UI really receives, for success and for errors.

mod common;

use common::*;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::Listener;

/// The origin the bundled UI is served from on Linux and macOS.
const APP_ORIGIN: &str = "tauri://localhost";

fn invoke(
    webview: &tauri::WebviewWindow<MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: APP_ORIGIN.parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

/// The app's real command table and context (its capability file and command permissions are
/// enforced) on Tauri's mock runtime, with the main window. Keep the app alive with the window.
fn main_window(
    app: connect_sso::app::App,
) -> (tauri::App<MockRuntime>, tauri::WebviewWindow<MockRuntime>) {
    let tauri_app = connect_sso_shell::builder(tauri::test::mock_builder(), app)
        .build(tauri::generate_context!())
        .unwrap();
    let webview = tauri::WebviewWindowBuilder::new(&tauri_app, "main", Default::default())
        .build()
        .unwrap();
    connect_sso_shell::events::forward(tauri_app.handle());
    (tauri_app, webview)
}

/// Every payload of one event the main window receives, in order.
fn heard(webview: &tauri::WebviewWindow<MockRuntime>, event: &str) -> Arc<Mutex<Vec<Value>>> {
    let payloads = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&payloads);
    webview.listen(event, move |event| {
        sink.lock()
            .unwrap()
            .push(serde_json::from_str(event.payload()).unwrap());
    });
    payloads
}

fn last(payloads: &Arc<Mutex<Vec<Value>>>) -> Value {
    payloads
        .lock()
        .unwrap()
        .last()
        .cloned()
        .unwrap_or(Value::Null)
}

#[tokio::test(flavor = "multi_thread")]
async fn commands_return_the_json_the_ui_expects() {
    let env = TestEnv::start().await;
    let (app, _, opener) = env.app();
    let (_tauri_app, webview) = main_window(app);

    let snapshot =
        tokio::task::block_in_place(|| invoke(&webview, "app_snapshot", json!({}))).unwrap();
    let names: Vec<&str> = snapshot["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"agent") && names.contains(&"sso-expired"));
    let agent = snapshot["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "agent")
        .unwrap();
    assert_eq!(
        agent,
        &json!({"name": "agent", "kind": "static", "region": "us-east-1", "customEndpoint": true})
    );
    assert_eq!(snapshot["sessions"], json!([]));
    assert_eq!(snapshot["notice"], Value::Null);

    let sessions_changed = heard(&webview, "sessions-changed");
    let catalog = tokio::task::block_in_place(|| {
        invoke(
            &webview,
            "discover_instances",
            json!({"profile": "agent", "refresh": false}),
        )
    })
    .unwrap();
    let instances: Vec<Value> = catalog["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["instance"].clone())
        .collect();
    let happy = instances.iter().find(|i| i["id"] == HAPPY).unwrap();
    assert_eq!(happy["alias"], "acme-support");
    assert_eq!(happy["accountId"], ACCOUNT);
    assert_eq!(happy["identityManagementType"], "SAML");
    assert_eq!(happy["status"], "ACTIVE");

    let session = tokio::task::block_in_place(|| {
        invoke(
            &webview,
            "sign_in",
            json!({"profile": "agent", "instance": HAPPY}),
        )
    })
    .unwrap();
    assert_eq!(session["instanceAlias"], "acme-support");
    assert_eq!(session["remembered"], true);
    assert!(session["accessTokenExpiresAt"].as_f64().unwrap() > 0.0);
    assert_eq!(opener.opened().len(), 1);
    let text = session.to_string();
    for secret in issued_secrets(&env.sim) {
        assert!(!text.contains(&secret), "no token or URL crosses IPC");
    }

    let error = tokio::task::block_in_place(|| {
        invoke(
            &webview,
            "sign_in",
            json!({"profile": "agent", "instance": id(2)}),
        )
    })
    .unwrap_err();
    assert_eq!(error["code"], "user_not_found");
    assert!(error["message"].as_str().unwrap().contains("agent"));
    assert!(error["hint"].as_str().unwrap().contains("case-sensitive"));
    // The catalogue message and its arguments travel too, so the window says it in its language.
    assert_eq!(error["text"]["id"], "error-user-not-found-seen");
    assert_eq!(error["text"]["args"]["profile"], "agent");
    assert_eq!(
        error.as_object().unwrap().len(),
        4,
        "exactly code, message, hint, text"
    );

    let invalid = tokio::task::block_in_place(|| {
        invoke(
            &webview,
            "sign_in",
            json!({"profile": "agent", "instance": "https://evil.example/"}),
        )
    })
    .unwrap_err();
    assert_eq!(invalid["code"], "invalid_parameter");

    // The sign-in was announced with the stored sessions: no call needed to learn it.
    let sessions = last(&sessions_changed);
    assert_eq!(sessions.as_array().unwrap().len(), 1);
    assert_eq!(sessions[0]["instanceId"], HAPPY);
    for secret in issued_secrets(&env.sim) {
        assert!(
            !sessions.to_string().contains(&secret),
            "no token in events"
        );
    }
    tokio::task::block_in_place(|| {
        invoke(
            &webview,
            "remember_selection",
            json!({"profile": "agent", "instance": HAPPY}),
        )
    })
    .unwrap();
    let opened = tokio::task::block_in_place(|| {
        invoke(
            &webview,
            "open_session",
            json!({"profile": "agent", "instance": HAPPY}),
        )
    })
    .unwrap();
    assert_eq!(opened["resumed"], true);
    for secret in issued_secrets(&env.sim) {
        assert!(
            !opened.to_string().contains(&secret),
            "no token crosses IPC on resume"
        );
    }
    assert_eq!(opened["session"]["instanceId"], HAPPY);
    tokio::task::block_in_place(|| {
        invoke(
            &webview,
            "sign_out",
            json!({"profile": "agent", "instance": HAPPY, "browser": true}),
        )
    })
    .unwrap();
    assert_eq!(
        last(&sessions_changed),
        json!([]),
        "the sign-out was announced"
    );

    // Sign-in, resume page, logout page: each handed to the browser on loopback; none of it
    // crossed IPC.
    let opened = opener.opened();
    assert_eq!(opened.len(), 3, "{opened:?}");
    assert!(opened
        .iter()
        .all(|url| url.expose().starts_with("http://127.0.0.1:")));
    let resume_page = fetch(opened[1].expose()).await;
    assert!(resume_page.starts_with("HTTP/1.1 200"), "{resume_page}");
    assert!(resume_page.contains("/auth/sign-in"));
    assert_eq!(
        landing(&opened[2]).await,
        "https://acme-support.my.connect.aws/logout"
    );

    let ended = tokio::task::block_in_place(|| invoke(&webview, "end_shift", json!({}))).unwrap();
    assert_eq!(ended, json!(0));

    // A command outside the capability is refused by Tauri itself.
    let refused =
        tokio::task::block_in_place(|| invoke(&webview, "plugin:notification|notify", json!({})))
            .unwrap_err();
    assert!(refused.to_string().contains("not allowed"), "{refused}");
}

#[tokio::test(flavor = "multi_thread")]
async fn discovery_pins_settings_and_deep_link_commands_speak_the_ui_contract() {
    let env = TestEnv::start().await;
    let (app, _, _) = env.app();
    let (_tauri_app, webview) = main_window(app);
    let call = |cmd: &str, args: Value| tokio::task::block_in_place(|| invoke(&webview, cmd, args));

    let catalog_changed = heard(&webview, "catalog-changed");
    let settings_changed = heard(&webview, "settings-changed");
    let snapshot = call("app_snapshot", json!({})).unwrap();
    for key in ["catalog", "settings", "pendingDeepLink"] {
        assert!(snapshot.get(key).is_some(), "snapshot.{key}");
    }
    assert_eq!(
        snapshot["catalog"]["entries"],
        json!([]),
        "nothing discovered yet"
    );

    let catalog = call(
        "discover_instances",
        json!({ "profile": "agent", "refresh": true }),
    )
    .unwrap();
    let entry = catalog["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["instance"]["id"] == HAPPY)
        .unwrap()
        .clone();
    for key in [
        "profile",
        "displayName",
        "pinned",
        "managed",
        "useCount",
        "lastUsedAt",
    ] {
        assert!(entry.get(key).is_some(), "entry.{key}: {entry}");
    }
    let agent = catalog["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["profile"] == "agent")
        .unwrap()
        .clone();
    assert!(agent["fetchedAt"].is_number());
    assert!(agent["regions"][0]["elapsedMs"].is_number());
    assert_eq!(agent["regions"][0]["region"], "us-east-1");

    let pinned = call(
        "set_pinned",
        json!({ "profile": "agent", "instance": HAPPY, "pinned": true }),
    )
    .unwrap();
    assert_eq!(pinned["entries"][0]["instance"]["id"], HAPPY);
    assert_eq!(pinned["entries"][0]["pinned"], true);
    assert_eq!(last(&catalog_changed), pinned, "the pin was announced");
    let error = call(
        "set_pinned",
        json!({ "profile": "agent", "instance": "https://evil.example", "pinned": true }),
    )
    .unwrap_err();
    assert_eq!(error["code"], "invalid_parameter");

    assert_eq!(snapshot["settings"]["closeToTray"], true);
    assert_eq!(snapshot["settings"]["policy"]["loaded"], false);
    let view = call(
        "update_settings",
        json!({ "patch": { "closeToTray": false, "extraRegions": ["eu-west-3"] } }),
    )
    .unwrap();
    assert_eq!(view["closeToTray"], false);
    assert!(view["regions"]
        .as_array()
        .unwrap()
        .contains(&json!("eu-west-3")));
    assert_eq!(last(&settings_changed), view, "the change was announced");
    let error = call("update_settings", json!({ "patch": { "colour": "red" } })).unwrap_err();
    assert!(error.to_string().contains("colour"), "{error}");
    let error = call(
        "update_settings",
        json!({ "patch": { "notificationLeadMinutes": 0 } }),
    )
    .unwrap_err();
    assert_eq!(error["code"], "invalid_parameter");

    assert_eq!(call("take_deep_link", json!({})).unwrap(), Value::Null);
    assert_eq!(
        call("app_snapshot", json!({})).unwrap()["catalog"]["entries"][0]["pinned"],
        true,
        "the pin is in the offline catalog too"
    );
    assert_eq!(
        catalog_changed.lock().unwrap().len(),
        2,
        "one announcement per change: the discovery and the pin"
    );
}

/// The save dialog a person answers: here, with a file in this test's folder (or a cancel).
struct AnsweringDialog {
    answer: Option<std::path::PathBuf>,
    asked: Arc<Mutex<Vec<(String, std::path::PathBuf)>>>,
}

impl connect_sso_shell::handlers::SaveDialog for AnsweringDialog {
    fn ask(
        &self,
        title: String,
        suggested: std::path::PathBuf,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<std::path::PathBuf>> + Send>>
    {
        self.asked.lock().unwrap().push((title, suggested));
        let answer = self.answer.clone();
        Box::pin(async move { answer })
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn help_opens_the_log_folder_and_saves_the_diagnostics_where_the_person_said() {
    let env = TestEnv::start().await;
    // The bundle runs doctor for every profile, the one whose credential_process hangs too.
    env.write_settings(r#"{ "network": { "operationTimeoutMs": 2000 } }"#);
    let (app, _, opener) = env.app();
    let (tauri_app, webview) = main_window(app);
    let ipc = tauri::Manager::state::<connect_sso_shell::handlers::Ipc>(&tauri_app);

    invoke(&webview, "open_log_folder", json!({})).unwrap();
    assert_eq!(
        opener.folders(),
        vec![env.log_dir()],
        "the log folder, created"
    );
    assert!(env.log_dir().is_dir());

    // Before the window has its dialog: an error, not a hang.
    assert!(invoke(&webview, "save_diagnostics", json!({})).is_err());

    let asked = Arc::new(Mutex::new(Vec::new()));
    let chosen = env.path("for-helpdesk");
    ipc.set_save_dialog(Arc::new(AnsweringDialog {
        answer: Some(chosen.clone()),
        asked: Arc::clone(&asked),
    }));
    ipc.set_webview_version("2.44.0".into());
    let saved = invoke(&webview, "save_diagnostics", json!({})).unwrap();
    // No extension typed: the zip gets its own.
    let written = env.path("for-helpdesk.zip");
    assert_eq!(saved["path"], written.display().to_string(), "{saved}");
    assert!(saved["files"].as_u64().unwrap() >= 8, "{saved}");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&written).unwrap()).unwrap();
    let mut about = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("about.json").unwrap(), &mut about).unwrap();
    assert!(
        about.contains("2.44.0") && about.contains("\"window\""),
        "{about}"
    );
    let (title, suggested) = asked.lock().unwrap()[0].clone();
    assert_eq!(title, "Save diagnostics for your helpdesk");
    let name = suggested
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with("connect-sso-diagnostics-") && name.ends_with(".zip"));
}
