//! The change stream, heard by the window: every change a service announces becomes its typed
//! event (the window never asks again after an action), and the tray menu follows.

use crate::handlers::Ipc;
use crate::ipc::events;
use connect_sso::changes::Change;
use tauri::{AppHandle, Manager, Runtime};

/// Subscribes the window (and the tray, when there is one) to the app's changes.
pub fn forward<R: Runtime>(handle: &AppHandle<R>) {
    let to_window = handle.clone();
    let ipc = handle.state::<Ipc>();
    ipc.changes.subscribe(move |change| {
        match change {
            Change::Sessions(list) => events::sessions_changed(&to_window, list),
            Change::Catalog(catalog) => events::catalog_changed(&to_window, catalog),
            Change::Settings(view) => events::settings_changed(&to_window, view),
        }
        crate::tray::follow(&to_window, change);
    });
}
