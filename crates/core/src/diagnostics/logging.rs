//! Log set-up: human lines on stderr, level from `CONNECT_SSO_LOG` (an `EnvFilter` directive).
//!
//! The AWS SDK's HTTP layers are capped at `info` whatever the directive says: their debug and
//! trace events describe raw requests and responses, and a response carries the sign-in URL. The
//! cap is a filter of its own, after the directive's: no directive, however specific
//! (`aws_smithy_runtime::client::orchestrator=trace`), reaches it.

use tracing::Level;
use tracing_subscriber::filter::{filter_fn, EnvFilter};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::Layer;

pub const LOG_ENV: &str = "CONNECT_SSO_LOG";

/// Targets whose verbose events may describe wire traffic.
const WIRE_TARGETS: [&str; 6] = [
    "aws_smithy_runtime",
    "aws_smithy_http_client",
    "aws_smithy_http",
    "hyper",
    "hyper_util",
    "h2",
];

/// Whether an event or span of `target` at `level` may describe wire traffic (and is dropped).
fn is_wire_detail(target: &str, level: &Level) -> bool {
    *level > Level::INFO
        && WIRE_TARGETS.iter().any(|wire| {
            target
                .strip_prefix(wire)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with("::"))
        })
}

/// Installs the global subscriber once; later calls do nothing.
pub fn init(default_directive: &str) {
    let directive = std::env::var(LOG_ENV)
        .ok()
        .filter(|value| !value.trim().is_empty())
        .unwrap_or_else(|| default_directive.to_string());
    let chosen =
        EnvFilter::try_new(&directive).unwrap_or_else(|_| EnvFilter::new(default_directive));
    let wire_cap = filter_fn(|meta| !is_wire_detail(meta.target(), meta.level()));
    let lines = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_target(true)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_filter(chosen)
        .with_filter(wire_cap);
    let _ = tracing_subscriber::registry().with(lines).try_init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_detail_is_dropped_at_any_depth_and_info_stays() {
        assert!(is_wire_detail(
            "aws_smithy_runtime::client::orchestrator",
            &Level::TRACE
        ));
        assert!(is_wire_detail("hyper_util::client::legacy", &Level::DEBUG));
        assert!(is_wire_detail("h2", &Level::TRACE));
        assert!(!is_wire_detail("aws_smithy_runtime::client", &Level::INFO));
        assert!(!is_wire_detail("aws_smithy_runtime", &Level::WARN));
        assert!(!is_wire_detail("connect_sso::signin", &Level::TRACE));
        assert!(!is_wire_detail("h2o", &Level::TRACE));
    }
}
