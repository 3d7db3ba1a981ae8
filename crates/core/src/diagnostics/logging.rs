//! Log set-up: human lines on stderr, level from `CONNECT_SSO_LOG` (an `EnvFilter` directive).
//!
//! The AWS SDK's HTTP layers are capped at `info` whatever the directive says: their debug and
//! trace events describe raw requests and responses, and a response carries the sign-in URL.

use tracing_subscriber::EnvFilter;

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

/// Installs the global subscriber once; later calls do nothing.
pub fn init(default_directive: &str) {
    let directive = std::env::var(LOG_ENV)
        .ok()
        .filter(|value| !value.trim().is_empty())
        .unwrap_or_else(|| default_directive.to_string());
    let mut filter =
        EnvFilter::try_new(&directive).unwrap_or_else(|_| EnvFilter::new(default_directive));
    for target in WIRE_TARGETS {
        if let Ok(cap) = format!("{target}=info").parse() {
            filter = filter.add_directive(cap);
        }
    }
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(true)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}
