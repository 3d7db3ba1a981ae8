//! Build script: generates Tauri's context, the permission for each app command, and the CLI's
//! shell completions and man page (into `gen/cli/`, which the packages install).
//!
//! The command list is explicit so that no command is reachable from the WebView unless it is
//! named here and granted in `capabilities/main.json`.

/// Every `#[tauri::command]` the shell registers, in the order of `shell::commands`.
const COMMANDS: &[&str] = &[
    "app_snapshot",
    "list_profiles",
    "list_instances",
    "resolve_instance",
    "remember_selection",
    "sign_in",
    "sign_out",
    "list_sessions",
    "end_shift",
    "open_session",
    "sso_login_start",
    "sso_login_wait",
    "sso_login_cancel",
    "submit_mfa_code",
    "catalog",
    "discover_instances",
    "set_pinned",
    "settings_view",
    "update_settings",
    "take_deep_link",
];

#[path = "src/cli_args.rs"]
#[allow(dead_code)]
mod cli_args;

/// Completions for bash, zsh and fish, and `connect-sso.1`, from the CLI's own definition.
fn generate_cli_docs() -> std::io::Result<()> {
    use clap::CommandFactory;
    use clap_complete::Shell;
    let dir = std::path::Path::new("gen").join("cli");
    std::fs::create_dir_all(&dir)?;
    let mut command = cli_args::Cli::command();
    for (shell, file) in [
        (Shell::Bash, "connect-sso.bash"),
        (Shell::Zsh, "_connect-sso"),
        (Shell::Fish, "connect-sso.fish"),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut command, "connect-sso", &mut out);
        write_if_changed(&dir.join(file), &out)?;
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(command).render(&mut page)?;
    write_if_changed(&dir.join("connect-sso.1"), &page)
}

/// Unchanged files keep their timestamps, so the bundler and cargo do not redo work.
fn write_if_changed(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    if std::fs::read(path).ok().as_deref() != Some(bytes) {
        std::fs::write(path, bytes)?;
    }
    Ok(())
}

fn main() {
    println!("cargo:rerun-if-changed=src/cli_args.rs");
    if let Err(error) = generate_cli_docs() {
        panic!("generating the shell completions and man page failed: {error}");
    }
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
