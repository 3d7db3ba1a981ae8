//! The tray (menu-bar) icon: pinned and recent instances for one-click sign-in with their
//! session state, Show, End shift and Quit. It follows the change stream: the menu is rebuilt
//! from the latest catalog and sessions whenever either changes.

use crate::desktop;
use crate::handlers::Ipc;
use connect_sso::aws::catalog::{self, Catalog, QuickItem};
use connect_sso::changes::Change;
use connect_sso::l10n::{Localizer, Text};
use connect_sso::store::sessions::SessionView;
use connect_sso::text;
use std::collections::HashSet;
use std::sync::Mutex;
use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

const TRAY_ID: &str = "main";
/// Instances in the menu; more belong in the window's search.
const MAX_QUICK_ITEMS: usize = 8;
const SHOW: &str = "show";
const END_SHIFT: &str = "end-shift";
const QUIT: &str = "quit";
const SIGN_IN_PREFIX: &str = "sign-in:";

/// What the menu shows, as last announced, and what each numbered sign-in item stands for
/// (menu IDs never carry profile names).
#[derive(Default)]
pub struct TrayState {
    shown: Mutex<Shown>,
}

#[derive(Default)]
struct Shown {
    catalog: Option<Catalog>,
    sessions: Vec<SessionView>,
    items: Vec<QuickItem>,
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
    // The first menu: what is known at start, off the start-up path.
    let handle = handle.clone();
    tauri::async_runtime::spawn(async move {
        let ipc = handle.state::<Ipc>();
        let catalog = ipc.discovery.catalog().await;
        let sessions = ipc.signin.sessions().await.unwrap_or_default();
        follow(&handle, &Change::Catalog(catalog));
        follow(&handle, &Change::Sessions(sessions));
    });
    Ok(())
}

/// Takes in an announced change and rebuilds the menu if it shows that part.
pub fn follow<R: Runtime>(handle: &AppHandle<R>, change: &Change) {
    let Some(state) = handle.try_state::<TrayState>() else {
        return;
    };
    if let Ok(mut shown) = state.shown.lock() {
        match change {
            Change::Catalog(catalog) => shown.catalog = Some(catalog.clone()),
            Change::Sessions(sessions) => shown.sessions = sessions.clone(),
            // The language may have changed: the menu is said again.
            Change::Settings(_) => {}
        }
    }
    if handle.tray_by_id(TRAY_ID).is_some() {
        rebuild(handle);
    }
}

fn rebuild<R: Runtime>(handle: &AppHandle<R>) {
    let Some(state) = handle.try_state::<TrayState>() else {
        return;
    };
    let Ok(mut shown) = state.shown.lock() else {
        return;
    };
    let signed_in: HashSet<(String, String)> = shown
        .sessions
        .iter()
        .map(|s| (s.profile.clone(), s.instance_id.clone()))
        .collect();
    let items = shown
        .catalog
        .as_ref()
        .map(|catalog| catalog::quick_items(catalog, &signed_in, MAX_QUICK_ITEMS))
        .unwrap_or_default();
    let words = handle.state::<Ipc>().translator.terminal();
    match build_menu(handle, &words, &items, !shown.sessions.is_empty()) {
        Ok(menu) => {
            if let Some(tray) = handle.tray_by_id(TRAY_ID) {
                let _ = tray.set_menu(Some(menu));
                let _ = tray.set_tooltip(Some(tooltip(&words, shown.sessions.len())));
            }
            shown.items = items;
        }
        Err(error) => tracing::warn!("tray menu not updated: {error}"),
    }
}

fn tooltip(words: &Localizer, sessions: usize) -> String {
    words.render(&text!("tray-tooltip", sessions = sessions))
}

fn build_menu<R: Runtime>(
    handle: &AppHandle<R>,
    words: &Localizer,
    items: &[QuickItem],
    any_session: bool,
) -> tauri::Result<Menu<R>> {
    let say = |text: Text| words.render(&text);
    let mut menu = MenuBuilder::new(handle);
    if items.is_empty() {
        menu = menu.item(
            &MenuItemBuilder::with_id("empty", say(text!("tray-empty")))
                .enabled(false)
                .build(handle)?,
        );
    }
    for (index, item) in items.iter().enumerate() {
        // The state is in the text: a check mark would read as a toggle.
        let text = if item.signed_in {
            say(text!("tray-signed-in", instance = &item.label))
        } else {
            say(text!("tray-sign-in", instance = &item.label))
        };
        menu = menu.item(
            &MenuItemBuilder::with_id(format!("{SIGN_IN_PREFIX}{index}"), text).build(handle)?,
        );
    }
    menu.separator()
        .item(&MenuItemBuilder::with_id(SHOW, say(text!("tray-show"))).build(handle)?)
        .item(
            &MenuItemBuilder::with_id(END_SHIFT, say(text!("tray-end-shift")))
                .enabled(any_session)
                .build(handle)?,
        )
        .separator()
        .item(&MenuItemBuilder::with_id(QUIT, say(text!("tray-quit"))).build(handle)?)
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
                if let Err(error) = handle.state::<Ipc>().signin.end_shift().await {
                    desktop::report(&handle, error);
                }
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
                .shown
                .lock()
                .ok()
                .and_then(|shown| shown.items.get(index).cloned());
            if let Some(item) = item {
                let handle = handle.clone();
                tauri::async_runtime::spawn(async move {
                    desktop::sign_in_in_background(&handle, &item.profile, &item.instance).await;
                });
            }
        }
    }
}
