//! The logins service: what a profile needs before it can be used at all. IAM Identity Center
//! sign-ins (in the browser by authorization code, or by device code; started, waited for,
//! cancelled, by profile), one-time MFA codes for roles
//! that need them, and exporting an app profile into the AWS config so the AWS CLI shares it.
//! Each success makes the client pool resolve that profile's credentials afresh.

use crate::aws::clients::ClientPool;
use crate::aws::endpoints;
use crate::aws::mfa::MfaRole;
use crate::aws::sso::{self, PendingLogin, SsoTarget};
use crate::aws::sso_authcode::{self, CallbackPages, PendingAuthCode, Started};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::preferences::Preferences;
use crate::core::profile::check_name;
use crate::core::secret::Secret;
use crate::l10n::Translator;
use crate::signin::browser::Browser;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::sync::watch;

/// How the person signs in to IAM Identity Center.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum LoginMethod {
    /// Approve in the browser, which comes back to the app (authorization code with PKCE); the
    /// device code when no redirect can come back.
    #[default]
    Browser,
    /// Enter or compare a code on the verification page (device authorization).
    DeviceCode,
}

/// Which flow a started sign-in runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum SsoFlow {
    AuthorizationCode,
    DeviceCode,
}

/// A started sign-in, either flow.
enum Pending {
    Device(PendingLogin),
    AuthCode(PendingAuthCode),
}

/// An IAM Identity Center sign-in waiting for approval, as the window shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "typescript",
    derive(ts_rs::TS),
    ts(rename_all = "camelCase")
)]
pub struct SsoLoginView {
    pub profile: String,
    /// Which flow runs: the browser comes back by itself, or a code is compared.
    pub flow: SsoFlow,
    /// The code to compare with the one the browser shows (device flow; empty otherwise).
    pub user_code: String,
    /// The page to approve on (also opened in the browser), with the code filled in (device
    /// flow; empty otherwise: the browser flow's page carries its state and stays private).
    pub verification_url: String,
    /// Epoch seconds after which the code no longer works, or the wait for the browser ends.
    pub expires_at: f64,
}

pub struct Logins {
    preferences: Arc<Preferences>,
    clients: Arc<ClientPool>,
    browser: Arc<Browser>,
    translator: Arc<Translator>,
    /// Sign-ins started and not yet waited for, by profile.
    pending: Mutex<HashMap<String, Pending>>,
    /// Cancel switches of the sign-ins being waited for, by profile.
    cancel: Mutex<HashMap<String, watch::Sender<bool>>>,
    /// How long a browser sign-in waits for the redirect, in milliseconds.
    browser_wait_ms: AtomicU64,
}

impl Logins {
    pub fn new(
        preferences: Arc<Preferences>,
        clients: Arc<ClientPool>,
        browser: Arc<Browser>,
        translator: Arc<Translator>,
    ) -> Logins {
        Logins {
            preferences,
            clients,
            browser,
            translator,
            pending: Mutex::new(HashMap::new()),
            cancel: Mutex::new(HashMap::new()),
            browser_wait_ms: AtomicU64::new(sso_authcode::DEFAULT_WAIT.as_millis() as u64),
        }
    }

    /// How long a browser sign-in waits for the browser to come back (tests shorten it).
    pub fn set_browser_wait(&self, wait: Duration) {
        self.browser_wait_ms
            .store(wait.as_millis() as u64, Ordering::Relaxed);
    }

    /// Starts an IAM Identity Center sign-in for an SSO profile. `Browser` approves in the
    /// browser, which comes back to the app; it falls back to the device code when no redirect
    /// can come back (no loopback listener, the grant refused) or when nothing is opened
    /// (`open` false: the person opens the printed page, perhaps on another device). With `open`
    /// the page opens in the browser. [`Logins::sso_login_wait`] then completes it.
    pub async fn sso_login_start(
        &self,
        profile: &str,
        open: bool,
        method: LoginMethod,
    ) -> Result<SsoLoginView> {
        check_name(profile)?;
        let target = match self.preferences.app_profile(profile) {
            Some(app) => SsoTarget {
                session_name: Some(app.session_name()),
                start_url: app.sso_start_url,
                region: app.sso_region,
            },
            None => SsoTarget::of_profile(profile).await?,
        };
        // The sign-in's OIDC client reads the environment's default profile, as the AWS CLI's.
        let config = endpoints::inspect(None).await;
        endpoints::check_overrides(profile, &config, &[endpoints::SSO_OIDC])?;
        endpoints::enforce(
            self.preferences.policy(),
            profile,
            &config,
            &[endpoints::SSO_OIDC],
        )?;
        let timeout = self.preferences.network().operation_timeout();
        let http = self.clients.http_for(Some(profile)).await?;
        if method == LoginMethod::Browser && open {
            let wait = Duration::from_millis(self.browser_wait_ms.load(Ordering::Relaxed));
            match sso_authcode::start(target.clone(), timeout, wait, http.clone()).await? {
                Started::Pending(pending) => {
                    let view = SsoLoginView {
                        profile: profile.to_string(),
                        flow: SsoFlow::AuthorizationCode,
                        user_code: String::new(),
                        verification_url: String::new(),
                        expires_at: epoch_seconds(pending.expires_at),
                    };
                    // Checked in sso_authcode::start: on the region's IAM Identity Center host.
                    self.browser.open(pending.authorize_url.clone()).await?;
                    self.insert(profile, Pending::AuthCode(*pending))?;
                    tracing::info!(profile, "IAM Identity Center browser sign-in started");
                    return Ok(view);
                }
                Started::Unavailable(why) => {
                    tracing::info!(profile, why, "IAM Identity Center sign-in by device code");
                }
            }
        }
        let pending = sso::start(target, timeout, http).await?;
        let view = SsoLoginView {
            profile: profile.to_string(),
            flow: SsoFlow::DeviceCode,
            user_code: pending.user_code.clone(),
            verification_url: pending.verification_url.clone(),
            expires_at: epoch_seconds(pending.expires_at),
        };
        if open {
            // Checked in sso::start: on an IAM Identity Center host.
            let url = Secret::new(pending.verification_url.clone());
            self.browser.open(url).await?;
        }
        self.insert(profile, Pending::Device(pending))?;
        tracing::info!(profile, "IAM Identity Center device sign-in started");
        Ok(view)
    }

    fn insert(&self, profile: &str, pending: Pending) -> Result<()> {
        self.pending
            .lock()
            .map_err(|_| Error::internal("sso lock poisoned"))?
            .insert(profile.to_string(), pending);
        Ok(())
    }

    /// Waits until the started sign-in is approved (the token lands in the AWS CLI's cache),
    /// denied, refused, expired or cancelled. Afterwards the profile's credentials are resolved
    /// afresh on the next call.
    pub async fn sso_login_wait(&self, profile: &str) -> Result<()> {
        let pending = self
            .pending
            .lock()
            .map_err(|_| Error::internal("sso lock poisoned"))?
            .remove(profile)
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::SsoLoginCancelled,
                    crate::text!("error-sso-login-none", profile = profile),
                )
            })?;
        let (cancel, cancelled) = watch::channel(false);
        self.cancel
            .lock()
            .map_err(|_| Error::internal("sso lock poisoned"))?
            .insert(profile.to_string(), cancel);
        let home = sso::home()?;
        let result = match pending {
            Pending::Device(pending) => sso::finish(pending, &home, cancelled).await,
            Pending::AuthCode(pending) => {
                let localizer = self.translator.terminal();
                let pages = CallbackPages {
                    success: localizer.render(&crate::text!("sso-callback-success")),
                    failure: localizer.render(&crate::text!("sso-callback-failure")),
                };
                sso_authcode::finish(pending, &home, cancelled, &pages).await
            }
        };
        if let Ok(mut switches) = self.cancel.lock() {
            switches.remove(profile);
        }
        if result.is_ok() {
            self.clients.forget(profile);
        }
        result
    }

    /// Cancels a sign-in being waited for (or started); a browser sign-in's listener closes with
    /// it. True when there was one.
    pub fn sso_login_cancel(&self, profile: &str) -> bool {
        let started = self
            .pending
            .lock()
            .map(|mut pending| pending.remove(profile).is_some())
            .unwrap_or(false);
        let waiting = self
            .cancel
            .lock()
            .ok()
            .and_then(|switches| {
                switches
                    .get(profile)
                    .map(|switch| switch.send(true).is_ok())
            })
            .unwrap_or(false);
        started || waiting
    }

    /// Takes the one-time code for an MFA role profile: STS AssumeRole with it, role credentials
    /// kept in memory until shortly before they expire. The next call then just works.
    pub async fn submit_mfa_code(&self, profile: &str, code: &str) -> Result<()> {
        check_name(profile)?;
        let role = MfaRole::of_profile(profile).await?.ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidParameter,
                crate::text!("error-mfa-not-needed", profile = profile),
            )
        })?;
        // AssumeRole's STS client reads the environment's default profile.
        let config = endpoints::inspect(None).await;
        endpoints::check_overrides(profile, &config, &[endpoints::STS])?;
        endpoints::enforce(
            self.preferences.policy(),
            profile,
            &config,
            &[endpoints::STS],
        )?;
        let timeout = self.preferences.network().operation_timeout();
        let http = self.clients.http_for(Some(&role.source_profile)).await?;
        self.clients
            .mfa()
            .assume_with_code(&role, code, timeout, http)
            .await?;
        self.clients.forget(profile);
        Ok(())
    }

    /// Writes an app profile into the AWS config (only when asked), as an `sso-session` and a
    /// profile using it. The session name is the one the app caches its token under, so the AWS
    /// CLI can use the app's sign-in at once. Refuses to touch an existing profile of that name.
    pub fn export_app_profile(&self, name: &str) -> Result<PathBuf> {
        check_name(name)?;
        let app = self
            .preferences
            .settings()
            .app_profiles
            .into_iter()
            .find(|app| app.name == name)
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::InvalidParameter,
                    crate::text!("error-app-profile-not-found", profile = name),
                )
            })?;
        // Its fields become lines of the AWS config: only well-formed ones are written.
        if let Some(field) = app.problem() {
            return Err(Error::new(
                ErrorCode::InvalidParameter,
                crate::text!("error-app-profile-invalid", profile = name, field = field),
            ));
        }
        let path = std::env::var_os("AWS_CONFIG_FILE")
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
            .or_else(|| dirs::home_dir().map(|home| home.join(".aws").join("config")))
            .ok_or_else(|| Error::internal("no home directory for the AWS config"))?;
        let existing = std::fs::read_to_string(&path).unwrap_or_default();
        let header = format!("[profile {name}]");
        let session = app.session_name();
        if existing
            .lines()
            .any(|line| line.trim() == header || line.trim() == format!("[sso-session {session}]"))
        {
            return Err(Error::new(
                ErrorCode::InvalidParameter,
                crate::text!(
                    "error-export-exists",
                    path = path.display().to_string(),
                    profile = name
                ),
            ));
        }
        let section = format!(
            "\n# Exported by Connect SSO from its app profile '{name}'.\n[sso-session {session}]\nsso_start_url = {}\nsso_region = {}\nsso_registration_scopes = sso:account:access\n\n{header}\nsso_session = {session}\nsso_account_id = {}\nsso_role_name = {}\nregion = {}\n",
            app.sso_start_url, app.sso_region, app.account_id, app.role_name, app.region
        );
        append(&path, &section).map_err(|error| {
            Error::new(
                ErrorCode::SettingsUnwritable,
                crate::text!(
                    "error-aws-config-unwritable",
                    path = path.display().to_string(),
                    detail = error.to_string()
                ),
            )
        })?;
        Ok(path)
    }
}

fn epoch_seconds(at: SystemTime) -> f64 {
    at.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or_default()
}

/// Appends to the person's own AWS config: never rewritten, so nothing of theirs can be lost.
fn append(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}
