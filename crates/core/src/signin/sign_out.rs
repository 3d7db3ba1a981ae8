//! Signing out: one session's tokens forgotten (and, when asked, the instance's Amazon Connect
//! logout page opened, so the browser session ends too), or every session at the end of a shift.

use super::open::loopback_origin_of;
use super::SignIn;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::instance::InstanceRef;
use crate::core::profile::check_name;
use crate::core::secret::Secret;
use crate::signin::launcher::{self, UrlPolicy};
use crate::store::sessions::SessionKey;

impl SignIn {
    /// Forgets the session's tokens. True when there was one. With `browser`, also opens the
    /// instance's Amazon Connect logout page, so the browser session ends too.
    pub async fn sign_out(&self, profile: &str, instance: &str, browser: bool) -> Result<bool> {
        check_name(profile)?;
        let reference = InstanceRef::parse(instance)?;
        let key = SessionKey {
            profile: profile.to_string(),
            instance_id: reference.id.clone(),
        };
        let (record, removed) = self
            .sessions
            .run("keychain", move |store| {
                let record = store.get(&key)?;
                Ok((record, store.remove(&key)?))
            })
            .await?;
        tracing::info!(profile, removed, "signed out");
        self.announce_sessions().await;
        if browser {
            let origin = record.and_then(|r| r.sign_in_origin).ok_or_else(|| {
                Error::new(
                    ErrorCode::SessionNotFound,
                    crate::text!("error-logout-page-unknown"),
                )
            })?;
            self.open_logout_page(profile, &reference.id, &origin)
                .await?;
        }
        Ok(removed)
    }

    /// Opens the instance's logout page (`<base>/logout`) after the same validation as a
    /// sign-in URL.
    async fn open_logout_page(&self, profile: &str, instance_id: &str, base: &str) -> Result<()> {
        let logout = launcher::under_base(base, "logout")
            .ok_or_else(|| Error::internal("the stored Connect address is not a URL"))?;
        let policy = UrlPolicy {
            loopback_origin: loopback_origin_of(profile).await?,
            ..UrlPolicy::default()
        };
        let checked = launcher::validate_sign_in_url(&Secret::new(logout.as_str()), &policy)?;
        self.open_browser(checked, instance_id).await
    }

    /// End of shift on a shared desk: forgets every stored session in one action. Returns how
    /// many there were. Stops at the first keychain failure so nothing is reported as wiped that
    /// was not; what is left is announced either way.
    pub async fn end_shift(&self) -> Result<usize> {
        let removed = self
            .sessions
            .run("keychain", |store| {
                let mut removed = 0;
                for record in store.list()? {
                    if store.remove(&record.key())? {
                        removed += 1;
                    }
                }
                Ok(removed)
            })
            .await;
        self.announce_sessions().await;
        let removed = removed?;
        tracing::info!(removed, "shift ended: all sessions removed");
        Ok(removed)
    }
}
