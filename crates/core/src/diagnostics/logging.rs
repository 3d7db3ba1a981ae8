//! Log set-up: human lines on stderr and in the log file, level from `CONNECT_SSO_LOG` (an
//! `EnvFilter` directive; without one, the file keeps `info` and stderr the caller's default).
//!
//! The AWS SDK's HTTP layers are capped at `info` whatever the directive says: their debug and
//! trace events describe raw requests and responses, and a response carries the sign-in URL. The
//! cap is a filter of its own, after the directive's: no directive, however specific
//! (`aws_smithy_runtime::client::orchestrator=trace`), reaches it.

use crate::diagnostics::log_file;
use std::path::PathBuf;
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

/// What the file keeps when `CONNECT_SSO_LOG` says nothing.
const FILE_DEFAULT_DIRECTIVE: &str = "info";

/// The filter for one output: the person's directive if it parses, else that output's default.
fn filter_for(default_directive: &str) -> EnvFilter {
    std::env::var(LOG_ENV)
        .ok()
        .filter(|value| !value.trim().is_empty())
        .and_then(|directive| EnvFilter::try_new(directive).ok())
        .unwrap_or_else(|| EnvFilter::new(default_directive))
}

/// Installs the global subscriber once (later calls do nothing): stderr at `stderr_default`
/// and, when its folder can be written, the log file (see [`log_file`]). Returns where the log
/// file is, if there is one.
pub fn init(stderr_default: &str) -> Option<PathBuf> {
    let wire_cap = || filter_fn(|meta| !is_wire_detail(meta.target(), meta.level()));
    let stderr_lines = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_target(true)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_filter(filter_for(stderr_default))
        .with_filter(wire_cap());
    let dir = log_file::log_dir();
    let opened = dir.as_deref().map(log_file::open_writer);
    let (file_lines, failure) = match opened {
        Some(Ok(writer)) => (
            Some(
                tracing_subscriber::fmt::layer()
                    .with_writer(writer)
                    .with_target(true)
                    .with_ansi(false)
                    .with_filter(filter_for(FILE_DEFAULT_DIRECTIVE))
                    .with_filter(wire_cap()),
            ),
            None,
        ),
        Some(Err(error)) => (None, Some(error)),
        None => (None, None),
    };
    let installed = tracing_subscriber::registry()
        .with(stderr_lines)
        .with(file_lines)
        .try_init()
        .is_ok();
    if let (true, Some(error), Some(dir)) = (installed, &failure, &dir) {
        // Info, not warn: the CLI would print it on every command; `doctor` reports it.
        tracing::info!(folder = %dir.display(), %error, "the log file cannot be written; logging to stderr only");
    }
    dir.filter(|_| failure.is_none())
        .map(|dir| dir.join(log_file::LOG_FILE_NAME))
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
