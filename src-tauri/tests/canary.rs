//! Canary test: connect-sim issues recognisable tokens and sign-in URLs; after sign-in, failures
//! and sign-out at the most verbose log level, none of them appears in any output or file.

mod common;

use common::*;

#[tokio::test(flavor = "multi_thread")]
async fn issued_secrets_never_reach_logs_output_or_files() {
    let env = TestEnv::start().await;
    let verbose = [("CONNECT_SSO_LOG", "trace")];
    let mut transcript = String::new();
    let flows: Vec<Vec<String>> = vec![
        vec![
            "sign-in",
            "--profile",
            "agent",
            "--instance",
            HAPPY,
            "--no-open",
            "--json",
        ],
        vec![
            "sign-in",
            "--profile",
            "agent",
            "--instance",
            HAPPY,
            "--no-open",
        ],
        vec!["status", "--json"],
        vec!["status"],
        vec![
            "sign-in",
            "--profile",
            "agent",
            "--instance",
            &id(14),
            "--no-open",
        ],
        vec![
            "sign-in",
            "--profile",
            "agent",
            "--instance",
            &id(10),
            "--no-open",
            "--json",
        ],
        vec![
            "sign-out",
            "--profile",
            "agent",
            "--instance",
            HAPPY,
            "--json",
        ],
    ]
    .into_iter()
    .map(|flow| flow.into_iter().map(String::from).collect())
    .collect();
    for flow in &flows {
        let args: Vec<&str> = flow.iter().map(String::as_str).collect();
        let output = env.cli(&args, &verbose).await;
        transcript.push_str(&stdout(&output));
        transcript.push_str(&stderr(&output));
    }
    assert!(
        transcript.contains("TRACE") || transcript.contains("DEBUG"),
        "logging really was verbose"
    );

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

    // No file the app wrote (settings dir, the temp HOME) holds a canary.
    for root in [env.settings_dir(), env.path("home")] {
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
