//! The one async adapter for blocking stores (keychain, browser launcher): their calls run on
//! the runtime's blocking pool, so a keychain prompt or a slow launcher never stalls the
//! async threads that serve the window.

use crate::core::error::{Error, Result};
use std::sync::Arc;

/// A blocking store, callable from async code.
pub struct Blocking<T: ?Sized> {
    inner: Arc<T>,
}

impl<T: ?Sized> Clone for Blocking<T> {
    fn clone(&self) -> Self {
        Blocking {
            inner: Arc::clone(&self.inner),
        }
    }
}

impl<T: ?Sized + Send + Sync + 'static> Blocking<T> {
    pub fn new(inner: Arc<T>) -> Self {
        Blocking { inner }
    }

    /// Runs `work` on the blocking pool. `what` names the store in the error a failed task gives.
    pub async fn run<R: Send + 'static>(
        &self,
        what: &'static str,
        work: impl FnOnce(&T) -> Result<R> + Send + 'static,
    ) -> Result<R> {
        let inner = Arc::clone(&self.inner);
        tokio::task::spawn_blocking(move || work(&inner))
            .await
            .map_err(|_| Error::internal(format!("the {what} task failed")))?
    }

    /// The store itself, for the rare synchronous caller.
    pub fn get(&self) -> &T {
        &self.inner
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_off_the_async_thread_and_reports_a_panic_as_an_error() {
        let store = Blocking::new(Arc::new(41));
        assert_eq!(store.run("test", |n| Ok(n + 1)).await.unwrap(), 42);
        let panicked = store
            .run("test", |_| -> Result<()> { panic!("boom") })
            .await
            .unwrap_err();
        assert_eq!(panicked.code, crate::core::error::ErrorCode::Internal);
        assert!(
            panicked.message.ends_with(": the test task failed"),
            "{}",
            panicked.message
        );
    }
}
