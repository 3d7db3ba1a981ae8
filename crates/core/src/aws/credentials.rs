//! Credentials for one profile: aws-config's profile chain, resolved before the first call,
//! cached until shortly before they expire, and bounded by a timeout.
//!
//! Resolving up front (when a profile is picked) takes credential work off the sign-in click and
//! lets a failure be explained as what it is (an expired SSO sign-in, a hung credential_process)
//! instead of surfacing from inside a Connect call.

use aws_credential_types::provider::error::CredentialsError;
use aws_credential_types::provider::{future, ProvideCredentials, SharedCredentialsProvider};
use aws_credential_types::Credentials;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Credentials this close to expiry are refreshed before use, so a call never starts with
/// credentials that expire mid-flight.
const REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

/// A caching, time-bounded credentials provider. Cheap to clone; clones share the cache.
#[derive(Clone, Debug)]
pub struct CachedCredentials {
    shared: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    inner: SharedCredentialsProvider,
    timeout: Duration,
    cached: tokio::sync::Mutex<Option<Credentials>>,
}

impl CachedCredentials {
    pub fn new(inner: impl ProvideCredentials + 'static, timeout: Duration) -> Self {
        CachedCredentials {
            shared: Arc::new(Shared {
                inner: SharedCredentialsProvider::new(inner),
                timeout,
                cached: tokio::sync::Mutex::new(None),
            }),
        }
    }

    /// The cached credentials while fresh, else a new resolution within the timeout. Concurrent
    /// callers wait for one resolution instead of starting several (one SSO or process call).
    pub async fn resolve(&self) -> Result<Credentials, CredentialsError> {
        let mut cached = self.shared.cached.lock().await;
        if let Some(credentials) = cached.as_ref().filter(|c| is_fresh(c, SystemTime::now())) {
            return Ok(credentials.clone());
        }
        let timeout = self.shared.timeout;
        let credentials = tokio::time::timeout(timeout, self.shared.inner.provide_credentials())
            .await
            .map_err(|_| CredentialsError::provider_timed_out(timeout))??;
        *cached = Some(credentials.clone());
        Ok(credentials)
    }
}

impl ProvideCredentials for CachedCredentials {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::new(self.resolve())
    }
}

fn is_fresh(credentials: &Credentials, now: SystemTime) -> bool {
    match credentials.expiry() {
        None => true,
        Some(expiry) => expiry
            .duration_since(now)
            .is_ok_and(|left| left > REFRESH_MARGIN),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[derive(Debug)]
    struct Counting {
        calls: Arc<AtomicUsize>,
        lifetime: Option<Duration>,
        delay: Duration,
    }

    impl ProvideCredentials for Counting {
        fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
        where
            Self: 'a,
        {
            future::ProvideCredentials::new(async move {
                self.calls.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(self.delay).await;
                Ok(Credentials::new(
                    "AKID",
                    "secret",
                    None,
                    self.lifetime.map(|l| SystemTime::now() + l),
                    "test",
                ))
            })
        }
    }

    fn provider(
        lifetime: Option<Duration>,
        delay: Duration,
    ) -> (CachedCredentials, Arc<AtomicUsize>) {
        let calls = Arc::new(AtomicUsize::new(0));
        let inner = Counting {
            calls: calls.clone(),
            lifetime,
            delay,
        };
        (
            CachedCredentials::new(inner, Duration::from_millis(200)),
            calls,
        )
    }

    #[tokio::test]
    async fn long_lived_credentials_resolve_once() {
        let (credentials, calls) = provider(Some(Duration::from_secs(3600)), Duration::ZERO);
        for _ in 0..5 {
            credentials.resolve().await.unwrap();
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn credentials_near_expiry_are_refreshed() {
        let (credentials, calls) = provider(Some(Duration::from_secs(60)), Duration::ZERO);
        credentials.resolve().await.unwrap();
        credentials.resolve().await.unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_hung_provider_times_out() {
        let (credentials, _) = provider(None, Duration::from_secs(5));
        let error = credentials.resolve().await.unwrap_err();
        assert!(
            matches!(error, CredentialsError::ProviderTimedOut(_)),
            "{error:?}"
        );
    }
}
