//! Canary test: connect-sim issues recognisable tokens and sign-in URLs; after sign-in, failures
//! and sign-out at the most verbose log level, none of them appears in any output or file.

mod common;

use common::*;

#[tokio::test(flavor = "multi_thread")]
async fn issued_secrets_never_reach_logs_output_or_files() {
    let env = TestEnv::start().await;
    // A browser stand-in that loads loopback pages (the resume page) and ignores the rest.
    let bin = env.path("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::write(
        bin.join("xdg-open"),
        "#!/bin/sh\ncase \"$1\" in http://127.0.0.1:*) curl -s \"$1\" >/dev/null ;; esac\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(bin.join("xdg-open"), std::fs::Permissions::from_mode(0o755))
            .unwrap();
    }
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
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
    assert!(transcript.contains("\"removed\":1"), "end shift ran");

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
