//! The browser, as every part of the app reaches it (sign-in, resume, logout, the IAM Identity
//! Center verification page): through a one-shot loopback hand-off, so no token, sign-in URL or
//! verification code is ever an argument or environment variable of a child process; and with a
//! record of the hand-offs given, which a short-lived process (the CLI) waits for. Each page
//! opens in the browser chosen for its instance (or for all): see [`crate::browsers`].

use crate::browsers::places::Env;
use crate::browsers::{self, BrowserChoice, Launch};
use crate::core::blocking::Blocking;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::preferences::Preferences;
use crate::core::secret::Secret;
use crate::signin::handoff::{self, Content};
use crate::signin::launcher::Opener;
use std::sync::{Arc, Mutex, RwLock};
use tokio::task::JoinHandle;

pub struct Browser {
    opener: Blocking<dyn Opener>,
    preferences: Arc<Preferences>,
    /// A choice for every page of this process (the CLI's `--browser`), over the settings.
    chosen_here: RwLock<Option<BrowserChoice>>,
    /// Hand-offs given to the browser and not yet waited for.
    pending: Mutex<Vec<JoinHandle<bool>>>,
}

impl Browser {
    pub fn new(opener: Arc<dyn Opener>, preferences: Arc<Preferences>) -> Browser {
        Browser {
            opener: Blocking::new(opener),
            preferences,
            chosen_here: RwLock::new(None),
            pending: Mutex::new(Vec::new()),
        }
    }

    /// Where browsers are looked for: read each time, so one installed since start is found.
    fn env(&self) -> Env {
        Env::from_os()
    }

    /// Every supported browser, installed or not, with its profiles.
    pub fn detect(&self) -> Vec<browsers::InstalledBrowser> {
        browsers::detect(&self.env())
    }

    /// [`Browser::detect`] off the async threads (it walks PATH and reads profile lists).
    pub async fn installed(&self) -> Result<Vec<browsers::InstalledBrowser>> {
        Blocking::new(Arc::new(self.env()))
            .run("browser detection", |env| Ok(browsers::detect(env)))
            .await
    }

    /// Opens every page of this process with `choice` (the CLI's `--browser`), unless the IT
    /// policy locks the browser to another one.
    pub fn choose_for_this_process(&self, choice: BrowserChoice) -> Result<()> {
        self.preferences.check_browser_choice(&choice)?;
        if let Ok(mut slot) = self.chosen_here.write() {
            *slot = Some(choice);
        }
        Ok(())
    }

    /// The choice in force for a page of `instance_id` (None: not an instance's page).
    pub fn choice_for(&self, instance_id: Option<&str>) -> BrowserChoice {
        self.chosen_here
            .read()
            .ok()
            .and_then(|choice| choice.clone())
            .unwrap_or_else(|| self.preferences.browser_for(instance_id))
    }

    /// Shows the log folder in the file manager (created first, so there is one to show).
    pub async fn show_log_folder(&self) -> Result<()> {
        let folder = crate::diagnostics::log_file::log_dir().ok_or_else(|| {
            Error::new(
                ErrorCode::BrowserFailed,
                crate::text!("error-folder-open-failed", path = "-"),
            )
        })?;
        let _ = crate::store::files::create_private_dir(&folder);
        self.opener
            .run("folder launch", move |opener| opener.show_folder(&folder))
            .await
    }

    /// Sends the browser chosen for all to `url` (already validated by the caller).
    pub async fn open(&self, url: Secret) -> Result<()> {
        self.open_for(url, None).await
    }

    /// Sends the browser chosen for `instance_id` to `url` (already validated by the caller).
    pub async fn open_for(&self, url: Secret, instance_id: Option<&str>) -> Result<()> {
        let launch = self.launch(instance_id)?;
        self.hand_off(Content::Redirect(url), launch).await
    }

    /// Shows `html`, under `csp`, in the browser chosen for `instance_id` (the page that
    /// resumes a stored session).
    pub async fn open_page(&self, html: Secret, csp: String, instance_id: &str) -> Result<()> {
        let launch = self.launch(Some(instance_id))?;
        self.hand_off(Content::Page { html, csp }, launch).await
    }

    /// Whether the browser chosen for `instance_id` can be started: a sign-in asks before it
    /// calls AWS, so a browser that is gone costs no token and no wait.
    pub fn check(&self, instance_id: Option<&str>) -> Result<()> {
        self.launch(instance_id).map(|_| ())
    }

    /// Resolved before the hand-off starts: a missing browser is told at once, nothing served.
    fn launch(&self, instance_id: Option<&str>) -> Result<Launch> {
        let choice = self.choice_for(instance_id);
        if choice.browser == browsers::BrowserId::Default {
            return Ok(Launch::SystemDefault);
        }
        browsers::launch_for(&choice, &self.env())
    }

    async fn hand_off(&self, content: Content, launch: Launch) -> Result<()> {
        let served = handoff::serve(content).await.map_err(|error| {
            Error::internal(format!("the browser hand-off could not start: {error}"))
        })?;
        let url = served.url;
        if let Err(error) = self
            .opener
            .run("browser launcher", move |opener| opener.open(&url, &launch))
            .await
        {
            served.fetched.abort();
            return Err(error);
        }
        if let Ok(mut pending) = self.pending.lock() {
            pending.retain(|handle| !handle.is_finished());
            pending.push(served.fetched);
        }
        Ok(())
    }

    /// Waits until every hand-off given so far was fetched or expired (each within
    /// [`handoff::LIFETIME`]); true when the browser fetched them all.
    pub async fn wait(&self) -> bool {
        let handles: Vec<JoinHandle<bool>> = self
            .pending
            .lock()
            .map(|mut pending| pending.drain(..).collect())
            .unwrap_or_default();
        let mut all = true;
        for handle in handles {
            all &= handle.await.unwrap_or(false);
        }
        all
    }

    /// The launcher that would open pages (`doctor`).
    pub fn describe(&self) -> Result<String> {
        self.opener.get().describe()
    }
}

/// The browser was started but never asked for its page; `next` says what still holds.
pub fn not_fetched(next: crate::l10n::Text) -> Error {
    Error::new(
        ErrorCode::BrowserTimeout,
        crate::text!(
            "error-browser-timeout",
            seconds = handoff::LIFETIME.as_secs(),
            next = next
        ),
    )
}
