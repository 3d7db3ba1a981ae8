//! The tray (menu-bar) icon: pinned and recent instances for one-click sign-in with their
//! session state, Show, End shift and Quit. Rebuilt whenever sessions, pins or the catalog change.

use super::desktop;
use crate::app::App;
use crate::catalog::{self, QuickItem};
use std::collections::HashSet;
use std::sync::Mutex;
use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Runtime};

const TRAY_ID: &str = "main";
/// Instances in the menu; more belong in the window's search.
const MAX_QUICK_ITEMS: usize = 8;
const SHOW: &str = "show";
const END_SHIFT: &str = "end-shift";
const QUIT: &str = "quit";
const SIGN_IN_PREFIX: &str = "sign-in:";

/// What each numbered sign-in item stands for (menu IDs never carry profile names).
#[derive(Default)]
pub struct TrayState {
    items: Mutex<Vec<QuickItem>>,
}

pub fn create<R: Runtime>(handle: &AppHandle<R>) -> tauri::Result<()> {
    let menu = MenuBuilder::new(handle).build()?;
    let mut builder = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip("Connect SSO")
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(on_menu_event);
    if let Some(icon) = handle.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(handle)?;
    refresh(handle);
    Ok(())
}

/// Rebuilds the menu from the catalog and the stored sessions, off the caller's path.
pub fn refresh<R: Runtime>(handle: &AppHandle<R>) {
    if handle.tray_by_id(TRAY_ID).is_none() {
        return;
    }
    let handle = handle.clone();
    tauri::async_runtime::spawn(async move {
        let app = handle.state::<App>();
        let catalog = app.catalog().await;
        let sessions = app.sessions().await.unwrap_or_default();
        let signed_in: HashSet<(String, String)> = sessions
            .iter()
            .map(|s| (s.profile.clone(), s.instance_id.clone()))
            .collect();
        let items = catalog::quick_items(&catalog, &signed_in, MAX_QUICK_ITEMS);
        match build_menu(&handle, &items, !sessions.is_empty()) {
            Ok(menu) => {
                if let Some(tray) = handle.tray_by_id(TRAY_ID) {
                    let _ = tray.set_menu(Some(menu));
                    let _ = tray.set_tooltip(Some(tooltip(sessions.len())));
                }
                if let Ok(mut kept) = handle.state::<TrayState>().items.lock() {
                    *kept = items;
                }
            }
            Err(error) => tracing::warn!("tray menu not updated: {error}"),
        }
    });
}

fn tooltip(sessions: usize) -> String {
    match sessions {
        0 => "Connect SSO — not signed in".to_string(),
        1 => "Connect SSO — 1 session".to_string(),
        n => format!("Connect SSO — {n} sessions"),
    }
}

fn build_menu<R: Runtime>(
    handle: &AppHandle<R>,
    items: &[QuickItem],
    any_session: bool,
) -> tauri::Result<Menu<R>> {
    let mut menu = MenuBuilder::new(handle);
    if items.is_empty() {
        menu = menu.item(
            &MenuItemBuilder::with_id("empty", "Pin instances in the window to list them here")
                .enabled(false)
                .build(handle)?,
        );
    }
    for (index, item) in items.iter().enumerate() {
        // The state is in the text: a check mark would read as a toggle.
        let text = if item.signed_in {
            format!("● {} — signed in", item.label)
        } else {
            format!("Sign in to {}", item.label)
        };
        menu = menu.item(
            &MenuItemBuilder::with_id(format!("{SIGN_IN_PREFIX}{index}"), text).build(handle)?,
        );
    }
    menu.separator()
        .item(&MenuItemBuilder::with_id(SHOW, "Show Connect SSO").build(handle)?)
        .item(
            &MenuItemBuilder::with_id(END_SHIFT, "End shift (sign out everywhere)")
                .enabled(any_session)
                .build(handle)?,
        )
        .separator()
        .item(&MenuItemBuilder::with_id(QUIT, "Quit").build(handle)?)
        .build()
}

fn on_menu_event<R: Runtime>(handle: &AppHandle<R>, event: MenuEvent) {
    let id = event.id().as_ref().to_string();
    match id.as_str() {
        SHOW => desktop::show_main_window(handle),
        QUIT => handle.exit(0),
        END_SHIFT => {
            let handle = handle.clone();
            tauri::async_runtime::spawn(async move {
                let app = handle.state::<App>();
                match app.end_shift().await {
                    Ok(_) => {
                        let sessions = app.sessions().await.unwrap_or_default();
                        let _ = handle.emit_to("main", desktop::SESSIONS_CHANGED_EVENT, sessions);
                    }
                    Err(error) => desktop::report(&handle, error),
                }
                refresh(&handle);
            });
        }
        other => {
            let Some(index) = other
                .strip_prefix(SIGN_IN_PREFIX)
                .and_then(|n| n.parse::<usize>().ok())
            else {
                return;
            };
            let item = handle
                .state::<TrayState>()
                .items
                .lock()
                .ok()
                .and_then(|items| items.get(index).cloned());
            if let Some(item) = item {
                let handle = handle.clone();
                tauri::async_runtime::spawn(async move {
                    desktop::sign_in_in_background(&handle, &item.profile, &item.instance).await;
                });
            }
        }
    }
}
