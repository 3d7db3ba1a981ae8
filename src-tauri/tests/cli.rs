//! The `connect-sso` binary as a script would use it: JSON output, exit statuses, and no secret
//! printed unless `--print-url` asks for the URL.

mod common;

use common::*;

#[tokio::test(flavor = "multi_thread")]
async fn profiles_and_instances_as_json() {
    let env = TestEnv::start().await;
    let output = env.cli(&["profiles", "--json"], &[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let profiles = json_of(&output);
    let kinds: Vec<(&str, &str)> = profiles["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["kind"].as_str().unwrap()))
        .collect();
    assert!(kinds.contains(&("agent", "static")));
    assert!(kinds.contains(&("sso-expired", "sso")));
    assert!(kinds.contains(&("process-broken", "process")));

    let output = env
        .cli(&["instances", "--profile", "pager", "--json"], &[])
        .await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json_of(&output)["instances"].as_array().unwrap().len(), 23);

    let output = env.cli(&["instances", "--profile", "pager"], &[]).await;
    let text = stdout(&output);
    assert!(
        text.starts_with("ALIAS") && text.contains("europe-22"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn sign_in_status_sign_out() {
    let env = TestEnv::start().await;
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
            &[],
        )
        .await;
    assert!(output.status.success(), "{}", stderr(&output));
    let body = json_of(&output);
    assert_eq!(body["session"]["instanceId"], HAPPY);
    let user_id = body["session"]["userId"].as_str().unwrap().to_string();
    assert_eq!(body["browserOpened"], false);
    assert!(body.get("signInUrl").is_none());
    let everything = format!("{}{}", stdout(&output), stderr(&output));
    for secret in issued_secrets(&env.sim) {
        assert!(
            !everything.contains(&secret),
            "no secret printed without --print-url"
        );
    }

    // The remembered selection makes the flags optional.
    let output = env.cli(&["sign-in", "--no-open", "--print-url"], &[]).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let url = env.sim.issued_tokens().last().unwrap().sign_in_url.clone();
    assert!(
        stdout(&output).lines().any(|line| line == url),
        "--print-url prints the URL"
    );
    // The username once STS has answered (asked alongside, never waited for), else the user ID.
    let text = stdout(&output);
    let named = ["jane.doe", user_id.as_str()].iter().any(|user| {
        text.contains(&format!(
            "Signed in to acme-support (us-east-1) as Connect user {user}."
        ))
    });
    assert!(named, "{text}");
}

#[tokio::test(flavor = "multi_thread")]
async fn failures_print_code_message_hint_and_exit_with_the_documented_status() {
    let env = TestEnv::start().await;
    let (user_not_found, internal) = (id(2), id(5));
    let cases = [
        (
            vec![
                "sign-in",
                "--profile",
                "agent",
                "--instance",
                "nope",
                "--no-open",
                "--json",
            ],
            "invalid_parameter",
            4,
        ),
        (
            vec![
                "sign-in",
                "--profile",
                "agent",
                "--instance",
                &user_not_found,
                "--no-open",
                "--json",
            ],
            "user_not_found",
            4,
        ),
        (
            vec![
                "sign-in",
                "--profile",
                "root",
                "--instance",
                HAPPY,
                "--no-open",
                "--json",
            ],
            "root_not_allowed",
            3,
        ),
        (
            vec![
                "sign-in",
                "--profile",
                "agent",
                "--instance",
                &internal,
                "--no-open",
                "--json",
            ],
            "internal_service",
            5,
        ),
        (
            vec![
                "sign-in",
                "--profile",
                "ghost",
                "--instance",
                HAPPY,
                "--no-open",
                "--json",
            ],
            "profile_not_found",
            3,
        ),
    ];
    for (args, code, status) in cases {
        let output = env.cli(&args, &[]).await;
        assert_eq!(
            output.status.code(),
            Some(status),
            "{args:?}: {}",
            stdout(&output)
        );
        let body = json_of(&output);
        assert_eq!(body["error"]["code"], code, "{args:?}");
        assert!(!body["error"]["message"].as_str().unwrap().is_empty());
        assert!(!body["error"]["hint"].as_str().unwrap().is_empty());
    }
    let output = env
        .cli(
            &[
                "sign-in",
                "--profile",
                "agent",
                "--instance",
                &id(2),
                "--no-open",
            ],
            &[],
        )
        .await;
    let text = stderr(&output);
    assert!(
        text.starts_with("error: ")
            && text.contains("\n  hint: ")
            && text.contains("code: user_not_found"),
        "{text}"
    );

    let output = env.cli(&["sign-in", "--bogus"], &[]).await;
    assert_eq!(output.status.code(), Some(2), "usage errors exit 2");
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread")]
async fn a_missing_or_failing_browser_is_browser_failed() {
    let env = TestEnv::start().await;
    let no_launcher = env.path("no-launcher");
    std::fs::create_dir_all(&no_launcher).unwrap();
    let failing = env.path("failing-launcher");
    write_launcher(&failing, "exit 3\n");
    for bin in [&no_launcher, &failing] {
        let path = bin.display().to_string();
        let output = env
            .cli(
                &[
                    "sign-in",
                    "--profile",
                    "agent",
                    "--instance",
                    HAPPY,
                    "--json",
                ],
                &[("PATH", &path)],
            )
            .await;
        assert_eq!(output.status.code(), Some(6), "{}", stdout(&output));
        let body = json_of(&output);
        assert_eq!(body["error"]["code"], "browser_failed", "{body}");
        assert!(body["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("default web browser"));
        let text = format!("{}{}", stdout(&output), stderr(&output));
        assert!(!text.contains(CANARY), "the URL is not in the error");
    }
}

/// An endpoint override set to something that is not a URL (an empty `AWS_ENDPOINT_URL_CONNECT=`
/// stopped the SDK mid-request once) is refused before any request, naming the service.
#[tokio::test(flavor = "multi_thread")]
async fn an_endpoint_override_that_is_not_a_url_is_refused_before_any_request() {
    let env = TestEnv::start().await;
    let sign_in = [
        "sign-in",
        "--profile",
        "agent",
        "--instance",
        HAPPY,
        "--no-open",
        "--json",
    ];
    for (variable, value) in [
        ("AWS_ENDPOINT_URL_CONNECT", ""),
        ("AWS_ENDPOINT_URL_CONNECT", "acme.example.com"),
        ("AWS_ENDPOINT_URL_STS", "  "),
        (
            "AWS_ENDPOINT_URL_CONNECT",
            "agent:s3cret-canary@acme.example.com",
        ),
    ] {
        let output = env.cli(&sign_in, &[(variable, value)]).await;
        let body = json_of(&output);
        assert_eq!(
            body["error"]["code"], "aws_config_invalid",
            "{variable}={value:?}: {body}"
        );
        assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
        let message = body["error"]["message"].as_str().unwrap();
        assert!(message.contains("is not a URL"), "{message}");
        assert!(
            !stdout(&output).contains("s3cret-canary")
                && !stderr(&output).contains("s3cret-canary"),
            "what precedes @ may be a password: {message}"
        );
    }
    assert!(
        env.sim.issued_tokens().is_empty(),
        "no request reached Connect"
    );
}
