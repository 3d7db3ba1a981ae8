//! The browser, as every part of the app reaches it (sign-in, resume, logout, the IAM Identity
//! Center verification page): through a one-shot loopback hand-off, so no token, sign-in URL or
//! verification code is ever an argument or environment variable of a child process; and with a
//! record of the hand-offs given, which a short-lived process (the CLI) waits for.

use crate::core::blocking::Blocking;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::secret::Secret;
use crate::signin::handoff::{self, Content};
use crate::signin::launcher::Opener;
use std::sync::{Arc, Mutex};
use tokio::task::JoinHandle;

pub struct Browser {
    opener: Blocking<dyn Opener>,
    /// Hand-offs given to the browser and not yet waited for.
    pending: Mutex<Vec<JoinHandle<bool>>>,
}

impl Browser {
    pub fn new(opener: Arc<dyn Opener>) -> Browser {
        Browser {
            opener: Blocking::new(opener),
            pending: Mutex::new(Vec::new()),
        }
    }

    /// Sends the browser to `url` (already validated by the caller).
    pub async fn open(&self, url: Secret) -> Result<()> {
        self.hand_off(Content::Redirect(url)).await
    }

    /// Shows the browser `html`, under `csp` (the page that resumes a stored session).
    pub async fn open_page(&self, html: Secret, csp: String) -> Result<()> {
        self.hand_off(Content::Page { html, csp }).await
    }

    async fn hand_off(&self, content: Content) -> Result<()> {
        let served = handoff::serve(content).await.map_err(|error| {
            Error::internal(format!("the browser hand-off could not start: {error}"))
        })?;
        let url = served.url;
        if let Err(error) = self
            .opener
            .run("browser launcher", move |opener| opener.open(&url))
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
