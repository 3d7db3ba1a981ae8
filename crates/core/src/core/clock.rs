//! The wall clock as the app stores times: epoch seconds, as Connect and the AWS CLI cache do.

use std::time::{SystemTime, UNIX_EPOCH};

/// Now, in epoch seconds (0 on a clock set before 1970).
pub fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or_default()
}
