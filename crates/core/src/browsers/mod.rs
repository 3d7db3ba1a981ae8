//! The browsers of this computer and the one each instance opens in: which supported browsers
//! are installed (and their profiles), the choice a person or IT makes (browser, profile,
//! private window), and the command line that starts it. Never a URL here: the launcher adds
//! the one-shot loopback hand-off address, which carries no secret. Where browsers and their
//! profiles live and which flags they take: `docs/browsers.md`.

pub mod places;
pub mod profiles;

pub use crate::core::browser_choice::{BrowserChoice, BrowserId};
use crate::core::error::{Error, ErrorCode, Result};
use places::{Env, Kind};
use profiles::BrowserProfile;
use serde::Serialize;
use std::path::PathBuf;

/// One supported browser as this computer has it (or not).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename = "BrowserView", rename_all = "camelCase")
)]
pub struct InstalledBrowser {
    pub id: BrowserId,
    pub name: String,
    pub installed: bool,
    /// The program that starts it, and where it was found (PATH, a desktop entry, the registry).
    pub path: Option<String>,
    pub found_in: Option<String>,
    pub profiles: Vec<BrowserProfile>,
}

/// Every supported browser, installed first, each with its profiles.
pub fn detect(env: &Env) -> Vec<InstalledBrowser> {
    let mut all: Vec<InstalledBrowser> = Kind::ALL
        .into_iter()
        .map(|kind| {
            let command = places::find_command(kind, env);
            InstalledBrowser {
                id: id_of(kind),
                name: kind.name().to_string(),
                installed: command.is_some(),
                path: command.as_ref().map(|c| c.program.display().to_string()),
                found_in: command.map(|c| c.found_in),
                profiles: profiles::of(kind, env),
            }
        })
        .collect();
    all.sort_by_key(|browser| !browser.installed);
    all
}

/// How the launcher starts the browser for one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Launch {
    /// The system's default browser, as the OS opens links.
    SystemDefault,
    /// This program with these arguments, then the page's address.
    Program {
        /// The browser's name, for errors.
        browser: String,
        program: PathBuf,
        args: Vec<String>,
    },
}

/// The launch `choice` asks for on this computer, or why it cannot be: the browser is missing
/// (`browser_not_installed`) or has no such profile (`browser_profile_not_found`).
pub fn launch_for(choice: &BrowserChoice, env: &Env) -> Result<Launch> {
    let Some(kind) = kind_of(choice.browser) else {
        return Ok(Launch::SystemDefault);
    };
    let command = places::find_command(kind, env).ok_or_else(|| {
        Error::new(
            ErrorCode::BrowserNotInstalled,
            crate::text!("error-browser-not-installed", browser = kind.name()),
        )
    })?;
    let mut args = command.prefix;
    if let Some(wanted) = &choice.profile {
        let known = profiles::of(kind, env);
        let profile = known
            .iter()
            .find(|p| &p.name == wanted)
            .or_else(|| {
                known
                    .iter()
                    .find(|p| p.name.to_lowercase() == wanted.to_lowercase())
            })
            .or_else(|| known.iter().find(|p| &p.directory == wanted))
            .ok_or_else(|| profile_not_found(kind, wanted, &known))?;
        if kind == Kind::Firefox {
            args.extend(["-P".to_string(), profile.name.clone()]);
        } else {
            args.push(format!("--profile-directory={}", profile.directory));
        }
    }
    if choice.private {
        args.push(
            match kind {
                Kind::Edge => "--inprivate",
                Kind::Firefox => "-private-window",
                Kind::Chrome | Kind::Chromium | Kind::Brave => "--incognito",
            }
            .to_string(),
        );
    }
    Ok(Launch::Program {
        browser: kind.name().to_string(),
        program: command.program,
        args,
    })
}

fn profile_not_found(kind: Kind, wanted: &str, known: &[BrowserProfile]) -> Error {
    let names: Vec<&str> = known.iter().map(|p| p.name.as_str()).collect();
    let hint = if names.is_empty() {
        crate::text!("browser-profiles-none")
    } else {
        crate::text!("browser-profiles-known", profiles = names.join(", "))
    };
    Error::new(
        ErrorCode::BrowserProfileNotFound,
        crate::text!(
            "error-browser-profile-not-found",
            browser = kind.name(),
            profile = wanted,
            known = hint
        ),
    )
}

/// The browser a choice names, if it is not the system's (both speak the same IDs).
pub fn kind_of(id: BrowserId) -> Option<Kind> {
    Kind::from_id(id.id())
}

fn id_of(kind: Kind) -> BrowserId {
    BrowserId::parse(kind.id()).unwrap_or_default()
}
