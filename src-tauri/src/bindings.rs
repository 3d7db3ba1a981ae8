//! The window's side of the IPC contract, generated: the TypeScript types of everything that
//! crosses (from the Rust types, by ts-rs), then the typed API (commands and events, from
//! `contract.rs`). The test fails when `ui/src/bindings.ts` is stale
//! (`UPDATE_BINDINGS=1 cargo test bindings`, or `make bindings`, rewrites it).

use crate::ipc::{command_specs, event_specs, CommandSpec, EventSpec};
use ts_rs::{Config, TS};

fn declarations() -> Vec<String> {
    let config = Config::default();
    let mut declarations = vec![
        crate::handlers::AppSnapshot::decl(&config),
        crate::handlers::DiagnosticsSaved::decl(&config),
        connect_sso::signin::OpenView::decl(&config),
        connect_sso::aws::logins::SsoLoginView::decl(&config),
        connect_sso::aws::logins::LoginMethod::decl(&config),
        connect_sso::aws::logins::SsoFlow::decl(&config),
        connect_sso::signin::deeplink::DeepLinkView::decl(&config),
        connect_sso::aws::catalog::Catalog::decl(&config),
        connect_sso::aws::catalog::CatalogEntry::decl(&config),
        connect_sso::aws::catalog::ProfileDiscovery::decl(&config),
        connect_sso::aws::discovery_cache::RegionStatus::decl(&config),
        connect_sso::core::settings_view::PolicyStatus::decl(&config),
        connect_sso::core::settings_view::SettingsPatch::decl(&config),
        connect_sso::core::settings_view::SettingsView::decl(&config),
        connect_sso::core::settings::InstanceChoice::decl(&config),
        connect_sso::core::error::Error::decl(&config),
        connect_sso::core::error::ErrorCode::decl(&config),
        connect_sso::core::instance::Instance::decl(&config),
        connect_sso::core::profile::ProfileKind::decl(&config),
        connect_sso::core::profile::Profile::decl(&config),
        connect_sso::store::sessions::SessionView::decl(&config),
        connect_sso::signin::alerts::ExpiringView::decl(&config),
        connect_sso::l10n::Localization::decl(&config),
        connect_sso::l10n::translator::LanguageOption::decl(&config),
        connect_sso::l10n::Text::decl(&config),
        connect_sso::l10n::Arg::decl(&config),
        connect_sso::browsers::InstalledBrowser::decl(&config),
        connect_sso::browsers::profiles::BrowserProfile::decl(&config),
        connect_sso::core::browser_choice::BrowserChoice::decl(&config),
        connect_sso::core::browser_choice::BrowserId::decl(&config),
        connect_sso::core::settings::InstanceBrowser::decl(&config),
    ];
    declarations.sort_by_key(|d| d.split_whitespace().nth(1).unwrap_or_default().to_string());
    declarations
}

/// `sign_in` → `signIn`; with the prefix `on`, `sessions_changed` → `onSessionsChanged`.
fn camel(snake: &str, prefix: &str) -> String {
    let mut out = prefix.to_string();
    let mut upper = !prefix.is_empty();
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A JSDoc comment from the contract's doc lines, indented by `indent`.
fn jsdoc(docs: &[&str], indent: &str) -> String {
    let text = docs.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        String::new()
    } else {
        format!("{indent}/** {text} */\n")
    }
}

fn result_type(command: &CommandSpec) -> String {
    match command.result.as_str() {
        "null" => "void".to_string(),
        other => other.to_string(),
    }
}

fn commands_api(commands: &[CommandSpec]) -> String {
    let mut interface = String::from(
        "/** Every command of the contract. Each rejects with an {@link ErrorView}. */\nexport interface Commands {\n",
    );
    let mut factory = String::from(
        "/** The commands over a transport (Tauri's `invoke`, or a fake in tests). */\nexport function createCommands(invoke: InvokeFn): Commands {\n  return {\n",
    );
    for command in commands {
        let method = camel(command.name, "");
        let params: Vec<String> = command
            .args
            .iter()
            .map(|(name, ty)| format!("{}: {ty}", camel(name, "")))
            .collect();
        let names: Vec<String> = command.args.iter().map(|(n, _)| camel(n, "")).collect();
        let result = result_type(command);
        interface.push_str(&jsdoc(&command.docs, "  "));
        interface.push_str(&format!(
            "  {method}({}): Promise<{result}>;\n",
            params.join(", ")
        ));
        let args = if names.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", names.join(", "))
        };
        let call = format!("invoke(\"{}\"{args})", command.name);
        let body = if result == "void" {
            format!(
                "async ({}) => {{\n      await {call};\n    }}",
                names.join(", ")
            )
        } else {
            format!("({}) => {call} as Promise<{result}>", names.join(", "))
        };
        factory.push_str(&format!("    {method}: {body},\n"));
    }
    interface.push_str("}\n");
    factory.push_str("  };\n}\n");
    format!("{interface}\n{factory}")
}

fn events_api(events: &[EventSpec]) -> String {
    let mut names =
        String::from("/** Every event of the contract, by name. */\nexport const EVENTS = {\n");
    let mut interface =
        String::from("/** Every event of the contract. */\nexport interface Events {\n");
    let mut factory = String::from(
        "/** The events over a transport (Tauri's `listen`, or a fake in tests). */\nexport function createEvents(listen: ListenFn): Events {\n  return {\n",
    );
    for event in events {
        let method = camel(event.ident, "on");
        names.push_str(&format!(
            "  {}: \"{}\",\n",
            camel(event.ident, ""),
            event.name
        ));
        interface.push_str(&jsdoc(&event.docs, "  "));
        interface.push_str(&format!("  {method}: Subscribe<{}>;\n", event.payload));
        factory.push_str(&format!(
            "    {method}: (handler) => listen(\"{}\", (payload) => handler(payload as {})),\n",
            event.name, event.payload
        ));
    }
    names.push_str("} as const;\n");
    interface.push_str("}\n");
    factory.push_str("  };\n}\n");
    format!("{names}\n{interface}\n{factory}")
}

const TRANSPORT: &str = "\
/** How commands reach Rust: Tauri's `invoke` in the app, a fake in tests. */
export type InvokeFn = (command: string, args?: Record<string, unknown>) => Promise<unknown>;

/** How events reach the window: resolves to an unsubscribe function. */
export type ListenFn = (event: string, handler: (payload: unknown) => void) => Promise<() => void>;

/** Subscribes to one event; resolves to an unsubscribe function. */
export type Subscribe<T> = (handler: (payload: T) => void) => Promise<() => void>;
";

fn generate() -> String {
    let mut text = String::from(
        "// Generated from the Rust types (ts-rs) and the IPC contract (src-tauri/src/contract.rs).\n// Do not edit: run `make bindings`.\n",
    );
    for declaration in declarations() {
        text.push_str("\nexport ");
        text.push_str(&declaration);
        text.push('\n');
    }
    text.push('\n');
    text.push_str(TRANSPORT);
    text.push('\n');
    text.push_str(&commands_api(&command_specs()));
    text.push('\n');
    text.push_str(&events_api(&event_specs()));
    text
}

#[test]
fn typescript_bindings_are_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings.ts");
    let generated = generate();
    if let Some(target) = std::env::var_os("UPDATE_BINDINGS") {
        // UPDATE_BINDINGS=1 rewrites the committed file; a path writes there instead.
        let target = if target == "1" {
            path.clone()
        } else {
            target.into()
        };
        std::fs::write(&target, &generated).unwrap();
        if target != path {
            return;
        }
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/bindings.ts is stale: run `make bindings` and commit it.\n--- generated ---\n{generated}"
    );
}

#[test]
fn names_follow_the_typescript_conventions() {
    assert_eq!(camel("sign_in", ""), "signIn");
    assert_eq!(camel("sessions_changed", "on"), "onSessionsChanged");
    assert_eq!(camel("app_snapshot", ""), "appSnapshot");
}
