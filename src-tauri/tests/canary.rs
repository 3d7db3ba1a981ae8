//! Canary test: connect-sim issues recognisable tokens and sign-in URLs; after sign-in, failures
//! and sign-out at the most verbose log level, none of them appears in any output or file.

// Stand-in browsers are shell scripts on PATH: Unix only (Linux and macOS jobs).
#![cfg(unix)]

mod common;

use common::*;

#[tokio::test(flavor = "multi_thread")]
async fn issued_secrets_never_reach_logs_output_or_files() {
    let env = TestEnv::start().await;
    // A browser stand-in that loads loopback pages (the resume page) and ignores the rest.
    let path = env
        .browser_on_path("case \"$1\" in http://127.0.0.1:*) curl -s \"$1\" >/dev/null ;; esac\n");
    let verbose = [("CONNECT_SSO_LOG", "trace"), ("PATH", path.as_str())];
    let mut transcript = String::new();
    // Success, failures, status, resume, sign-out with the browser logout, end of shift.
    let flows = [
        format!("sign-in --profile agent --instance {HAPPY} --no-open --json"),
        format!("sign-in --profile agent --instance {HAPPY} --no-open"),
        "status --json".to_string(),
        "status".to_string(),
        format!("sign-in --profile agent --instance {} --no-open", id(14)),
        format!(
            "sign-in --profile agent --instance {} --no-open --json",
            id(10)
        ),
        format!("sign-in --profile sso-expired --instance {HAPPY} --no-open"),
        format!("open --profile agent --instance {HAPPY} --json"),
        format!("open --profile agent --instance {HAPPY}"),
        format!("sign-out --profile agent --instance {HAPPY} --browser --json"),
        format!("sign-in --profile agent --instance {HAPPY} --no-open --json"),
        "end-shift --json".to_string(),
    ];
    for flow in &flows {
        let args: Vec<&str> = flow.split_whitespace().collect();
        let output = env.cli(&args, &verbose).await;
        transcript.push_str(&stdout(&output));
        transcript.push_str(&stderr(&output));
    }
    assert!(
        transcript.contains("TRACE") || transcript.contains("DEBUG"),
        "logging really was verbose"
    );
    assert!(
        transcript.contains("\"resumed\":true"),
        "the resume flow ran"
    );
    // Other tests share this keychain: end shift may find more sessions than these.
    assert!(transcript.contains("\"removed\":"), "end shift ran");

    let secrets = issued_secrets(&env.sim);
    assert!(
        secrets.len() >= 6,
        "the sim issued tokens: {}",
        secrets.len()
    );
    assert!(
        secrets.iter().filter(|s| s.contains(CANARY)).count() >= 6,
        "canary prefix present"
    );
    for secret in &secrets {
        let token = secret.rsplit('/').next().unwrap();
        if !token.contains(CANARY) {
            // A fixed hostile URL from a fault, not an issued token: only the whole URL counts.
            assert!(!transcript.contains(secret.as_str()));
            continue;
        }
        assert!(
            !transcript.contains(secret.as_str()),
            "a secret reached the output"
        );
        assert!(
            !transcript.contains(token),
            "a URL's token reached the output"
        );
    }
    assert!(
        !transcript.contains(CANARY),
        "nothing canary-shaped in any output"
    );

    // The log file took the same trace-level lines, request IDs included, and no secret.
    let log = env.log_text();
    assert!(log.contains("TRACE"), "the log file was verbose too");
    assert!(
        log.lines()
            .any(|line| line.contains("GetFederationToken answered")
                && line.contains("request_id=")
                && !line.contains("request_id=\"-\"")),
        "a sign-in's log line names its request ID"
    );
    for secret in &secrets {
        let token = secret.rsplit('/').next().unwrap();
        assert!(
            !log.contains(secret.as_str()),
            "a secret reached the log file"
        );
        assert!(
            !token.contains(CANARY) || !log.contains(token),
            "a URL's token reached the log file"
        );
    }
    assert!(
        !log.contains(CANARY),
        "nothing canary-shaped in the log file"
    );

    // No file the app wrote (settings dir, the temp HOME, the log) holds a canary.
    for root in [env.settings_dir(), env.path("home"), env.path("state")] {
        for file in walk(&root) {
            let bytes = std::fs::read(&file).unwrap();
            assert!(
                !String::from_utf8_lossy(&bytes).contains(CANARY),
                "{} holds a secret",
                file.display()
            );
        }
    }
}

/// The cap on the SDK's wire logging is a filter of its own: a more specific directive cannot
/// lift it, not even for one module.
#[tokio::test(flavor = "multi_thread")]
async fn a_specific_directive_cannot_lift_the_wire_cap() {
    let env = TestEnv::start().await;
    let directive = "trace,aws_smithy_runtime::client::orchestrator=trace,aws_smithy_runtime=trace,hyper_util::client=trace";
    let output = env
        .cli(
            &[
                "sign-in",
                "--profile",
                "agent",
                "--instance",
                HAPPY,
                "--no-open",
                "--json",
            ],
            &[("CONNECT_SSO_LOG", directive)],
        )
        .await;
    assert!(output.status.success(), "{}", stderr(&output));
    let log = stderr(&output);
    assert!(log.contains("TRACE"), "logging really was verbose");
    for line in log.lines() {
        // The target follows the level (and the spans): ` TARGET: message`.
        let wire = [
            "aws_smithy_runtime",
            "aws_smithy_http",
            "aws_smithy_http_client",
            "hyper",
            "hyper_util",
            "h2",
        ]
        .iter()
        .any(|t| line.contains(&format!(" {t}:")));
        let verbose = line.contains("TRACE") || line.contains("DEBUG");
        assert!(!(wire && verbose), "wire detail logged: {line}");
    }
    for secret in issued_secrets(&env.sim) {
        assert!(!log.contains(&secret), "a secret reached the log");
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                files.extend(walk(&path));
            } else {
                files.push(path);
            }
        }
    }
    files
}

/// The IAM Identity Center secrets (access token, refresh token, client secret) belong in the
/// AWS CLI's cache file and nowhere else: not in any output at trace level, not in the app's
/// files.
#[tokio::test(flavor = "multi_thread")]
async fn sso_secrets_stay_in_the_aws_cli_cache() {
    let env = TestEnv::start().await;
    let path = env.approving_browser();
    let verbose = [("CONNECT_SSO_LOG", "trace"), ("PATH", path.as_str())];
    let mut transcript = String::new();
    for args in [
        vec!["sso-login", "--profile", "sso-expired"],
        vec!["sso-login", "--profile", "sso-expired", "--json"],
        vec![
            "sign-in",
            "--profile",
            "sso-expired",
            "--instance",
            HAPPY,
            "--json",
        ],
        vec!["status"],
    ] {
        let output = env.cli(&args, &verbose).await;
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        transcript.push_str(&stdout(&output));
        transcript.push_str(&stderr(&output));
    }
    let mut secrets = env.sso_secrets();
    let cache_dir = env.sso_cache_dir();
    assert!(
        secrets.len() >= 5,
        "two sign-ins' tokens and a client secret: {}",
        secrets.len()
    );
    secrets.extend(issued_secrets(&env.sim));
    for secret in &secrets {
        assert!(
            !transcript.contains(secret.as_str()),
            "an SSO secret reached the output"
        );
    }
    assert!(
        env.log_text()
            .contains("IAM Identity Center sign-in complete"),
        "the log file kept the sign-in"
    );
    for root in [env.settings_dir(), env.path("home"), env.path("state")] {
        for file in walk(&root) {
            if file.starts_with(&cache_dir) {
                continue; // the AWS CLI's own token store: where these belong
            }
            let text = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
            for secret in &secrets {
                assert!(
                    !text.contains(secret.as_str()),
                    "{} holds a secret",
                    file.display()
                );
            }
        }
    }
}
