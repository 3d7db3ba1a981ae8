//! The IPC contract expanded: `contract.rs` is read once here, into the command functions Tauri
//! registers (each a one-line call of its handler), the list of command names, one typed sender
//! per event, and (in tests) the description the TypeScript API is generated from. A command
//! cannot exist, or change its arguments, without the window's API following.

use crate::handlers::{self, Ipc};
use crate::handlers::{AppSnapshot, DiagnosticsSaved};
use connect_sso::aws::catalog::Catalog;
use connect_sso::aws::logins::{LoginMethod, SsoLoginView};
use connect_sso::browsers::{BrowserChoice, InstalledBrowser};
use connect_sso::core::error::Error;
use connect_sso::core::instance::Instance;
use connect_sso::core::settings_view::{SettingsPatch, SettingsView};
use connect_sso::l10n::Localization;
use connect_sso::signin::alerts::ExpiringView;
use connect_sso::signin::deeplink::DeepLinkView;
use connect_sso::signin::OpenView;
use connect_sso::store::sessions::SessionView;
use tauri::{AppHandle, Emitter, Runtime};

/// The window every event goes to.
pub const MAIN_WINDOW: &str = "main";

/// A command as the TypeScript generator sees it.
#[cfg(test)]
pub struct CommandSpec {
    pub name: &'static str,
    pub docs: Vec<&'static str>,
    /// (argument name, TypeScript type)
    pub args: Vec<(&'static str, String)>,
    pub result: String,
}

/// An event as the TypeScript generator sees it.
#[cfg(test)]
pub struct EventSpec {
    pub ident: &'static str,
    pub name: &'static str,
    pub docs: Vec<&'static str>,
    pub payload: String,
}

macro_rules! ipc_contract {
    (
        commands {
            $( $(#[doc = $cdoc:literal])* $cmd:ident ( $( $arg:ident : $aty:ty ),* ) -> $ret:ty ; )*
        }
        events {
            $( $(#[doc = $edoc:literal])* $event:ident = $ename:literal : $payload:ty ; )*
        }
    ) => {
        /// The functions Tauri registers, one per command: take the arguments, call the handler.
        pub mod commands {
            use super::*;
            $(
                $(#[doc = $cdoc])*
                #[tauri::command]
                pub async fn $cmd(ipc: tauri::State<'_, Ipc>, $( $arg: $aty ),*) -> Result<$ret, Error> {
                    handlers::$cmd(&ipc, $( $arg ),*).await
                }
            )*
        }

        /// Every command's name, in contract order.
        pub const COMMANDS: &[&str] = &[$( stringify!($cmd) ),*];

        /// The command table for `tauri::Builder::invoke_handler`.
        pub fn invoke_handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$( commands::$cmd ),*]
        }

        /// One sender per event: the payload type is the contract's.
        pub mod events {
            use super::*;
            $(
                $(#[doc = $edoc])*
                pub fn $event<R: Runtime>(handle: &AppHandle<R>, payload: &$payload) {
                    if let Err(error) = handle.emit_to(MAIN_WINDOW, $ename, payload) {
                        tracing::warn!("the {} event was not sent: {error}", $ename);
                    }
                }
            )*
        }

        #[cfg(test)]
        pub fn command_specs() -> Vec<CommandSpec> {
            let config = ts_rs::Config::default();
            vec![$(
                CommandSpec {
                    name: stringify!($cmd),
                    docs: vec![$( $cdoc ),*],
                    args: vec![$( (stringify!($arg), <$aty as ts_rs::TS>::name(&config)) ),*],
                    result: <$ret as ts_rs::TS>::name(&config),
                }
            ),*]
        }

        #[cfg(test)]
        pub fn event_specs() -> Vec<EventSpec> {
            let config = ts_rs::Config::default();
            vec![$(
                EventSpec {
                    ident: stringify!($event),
                    name: $ename,
                    docs: vec![$( $edoc ),*],
                    payload: <$payload as ts_rs::TS>::name(&config),
                }
            ),*]
        }
    };
}

include!("contract.rs");
