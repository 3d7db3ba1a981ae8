//! Opening the sign-in URL: the validator that decides whether a URL may open, and the
//! [`Opener`] trait behind which the `open` crate launches the browser.

use crate::browsers::Launch;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::secret::Secret;
use crate::l10n::Text;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use url::{Host, Url};

/// Host suffixes Amazon Connect signs people in on (docs/connect-api.md). Matched on a label
/// boundary: the host must end with `.` + suffix and have a label of its own before it.
pub const ALLOWED_HOST_SUFFIXES: [&str; 3] =
    ["my.connect.aws", "awsapps.com", "govcloud.connect.aws"];

/// Longest sign-in URL we open. Real ones carry a token and stay far below this.
const MAX_URL_LEN: usize = 16 * 1024;

/// What a sign-in URL is checked against for one sign-in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlPolicy {
    /// The instance's access URL host (`InstanceAccessUrl`), when known: the URL must be on it.
    pub expected_host: Option<String>,
    /// Set only when the Connect endpoint itself is an explicit loopback override (connect-sim):
    /// URLs on exactly that origin are allowed too.
    pub loopback_origin: Option<LoopbackOrigin>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoopbackOrigin {
    pub scheme: String,
    pub host: String,
    pub port: u16,
}

impl LoopbackOrigin {
    /// The origin of a Connect endpoint override if, and only if, it is on loopback.
    pub fn from_endpoint(endpoint: &str) -> Option<LoopbackOrigin> {
        let url = Url::parse(endpoint).ok()?;
        let loopback = match url.host()? {
            Host::Ipv4(ip) => ip.is_loopback(),
            Host::Ipv6(ip) => ip.is_loopback(),
            Host::Domain(name) => name == "localhost",
        };
        if !loopback || !matches!(url.scheme(), "http" | "https") {
            return None;
        }
        Some(LoopbackOrigin {
            scheme: url.scheme().to_string(),
            host: url.host_str()?.to_string(),
            port: url.port_or_known_default()?,
        })
    }
}

impl UrlPolicy {
    pub fn with_access_url(mut self, access_url: Option<&str>) -> Self {
        self.expected_host = access_url
            .and_then(|url| Url::parse(url).ok())
            .and_then(|url| url.host_str().map(|host| host.to_ascii_lowercase()));
        self
    }
}

/// The URL to open, as the validator parsed and serialized it (the browser gets exactly what was
/// checked, never the raw string), or `untrusted_sign_in_url`. The reason is named in the message;
/// the URL itself never is (it is a bearer secret). The reason is a catalogue message ID.
pub fn validate_sign_in_url(raw: &Secret, policy: &UrlPolicy) -> Result<Secret> {
    check(raw.expose(), policy)
        .map(|url| Secret::new(url.as_str()))
        .map_err(|reason| {
            Error::new(
                ErrorCode::UntrustedSignInUrl,
                crate::text!("error-untrusted-sign-in-url", reason = Text::plain(reason)),
            )
        })
}

/// `awsapps.com` also hosts IAM Identity Center portals and other services whose aliases anyone
/// can claim: there, only Amazon Connect's own paths (legacy instances live under `/connect`).
const LEGACY_HOST_SUFFIX: &str = "awsapps.com";
const LEGACY_BASE_PATH: &str = "/connect";

/// `host` is `suffix` itself or a name under it, on a label boundary.
fn is_under(host: &str, suffix: &str) -> bool {
    host.strip_suffix(suffix)
        .and_then(|rest| rest.strip_suffix('.'))
        .is_some_and(|label| !label.is_empty() && !label.ends_with('.'))
}

fn is_legacy_connect_path(path: &str) -> bool {
    path == LEGACY_BASE_PATH || path.starts_with("/connect/")
}

/// Where an instance's pages live, from a URL on it: the origin, plus `/connect` on a legacy
/// `<alias>.awsapps.com` instance. Resume and logout are under it.
pub fn sign_in_base(url: &Url) -> String {
    let origin = url.origin().ascii_serialization();
    match url.host_str() {
        Some(host) if is_under(&host.to_ascii_lowercase(), LEGACY_HOST_SUFFIX) => {
            format!("{origin}{LEGACY_BASE_PATH}")
        }
        _ => origin,
    }
}

/// `path` under an instance's base (from [`sign_in_base`]): `…/connect/logout` on a legacy
/// instance, `…/logout` elsewhere.
pub fn under_base(base: &str, path: &str) -> Option<Url> {
    Url::parse(&format!(
        "{}/{}",
        base.trim_end_matches('/'),
        path.trim_start_matches('/')
    ))
    .ok()
}

fn check(raw: &str, policy: &UrlPolicy) -> std::result::Result<Url, &'static str> {
    if raw.len() > MAX_URL_LEN {
        return Err("url-reason-too-long");
    }
    if raw
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return Err("url-reason-characters");
    }
    // Connect sends plain ASCII hosts: anything the URL parser would have to decode or map
    // (percent-escapes, Unicode look-alikes, full-width dots) is refused before it can.
    let authority = raw
        .split_once("://")
        .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or(""))
        .ok_or("it is not an absolute URL")?;
    if authority.contains('%') || !authority.is_ascii() {
        return Err("url-reason-host-encoded");
    }
    let url = Url::parse(raw).map_err(|_| "it is not a valid URL")?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err("url-reason-user-info");
    }
    if let Some(origin) = &policy.loopback_origin {
        if url.scheme() == origin.scheme
            && url.host_str() == Some(origin.host.as_str())
            && url.port_or_known_default() == Some(origin.port)
        {
            return Ok(url);
        }
    }
    if url.scheme() != "https" || !raw.starts_with("https://") {
        return Err("url-reason-not-https");
    }
    if url.port().is_some() {
        return Err("url-reason-port");
    }
    let host = match url.host() {
        Some(Host::Domain(host)) => host.to_ascii_lowercase(),
        Some(_) => return Err("url-reason-ip-host"),
        None => return Err("url-reason-no-host"),
    };
    if host.ends_with('.') {
        return Err("url-reason-trailing-dot");
    }
    if host.len() > 253
        || host
            .split('.')
            .any(|label| label.is_empty() || label.len() > 63)
    {
        return Err("url-reason-bad-dns");
    }
    if !ALLOWED_HOST_SUFFIXES
        .iter()
        .any(|suffix| is_under(&host, suffix))
    {
        return Err("url-reason-not-connect-host");
    }
    if is_under(&host, LEGACY_HOST_SUFFIX) && !is_legacy_connect_path(url.path()) {
        return Err("url-reason-awsapps-path");
    }
    if let Some(expected) = &policy.expected_host {
        if &host != expected {
            return Err("url-reason-not-instance-host");
        }
    }
    Ok(url)
}

/// Launches the browser. Production uses [`SystemOpener`]; tests record instead.
pub trait Opener: Send + Sync {
    /// Opens `url` (the one-shot loopback hand-off address) the way `launch` says.
    fn open(&self, url: &Secret, launch: &Launch) -> Result<()>;
    /// Names the launcher that would open URLs, or says why there is none (for `doctor`).
    fn describe(&self) -> Result<String> {
        Ok("a browser launcher".to_string())
    }
    /// Shows `folder` in the file manager (the log folder, for the helpdesk).
    fn show_folder(&self, folder: &Path) -> Result<()>;
}

/// The OS's default browser through the `open` crate: xdg-open and friends on Linux, `open` on
/// macOS, and on Windows PowerShell's `Start-Process` (the URL passed in an environment variable)
/// with `explorer.exe` as the fallback, never `cmd /c start`. Waits for the launcher's exit status
/// so a missing or failing launcher is reported, not swallowed.
#[derive(Debug, Default)]
pub struct SystemOpener;

impl Opener for SystemOpener {
    fn describe(&self) -> Result<String> {
        // What the `open` crate tries, in its order, on the desktop OSes.
        let candidates: &[&str] = if cfg!(target_os = "macos") {
            &["open"]
        } else if cfg!(windows) {
            return Ok(
                "the Windows shell (PowerShell Start-Process, else explorer.exe)".to_string(),
            );
        } else {
            &["xdg-open", "gio", "gnome-open", "kde-open", "wslview"]
        };
        let path = std::env::var_os("PATH").unwrap_or_default();
        candidates
            .iter()
            .find_map(|name| {
                std::env::split_paths(&path)
                    .map(|dir| dir.join(name))
                    .find(|candidate| candidate.is_file())
            })
            .map(|found| found.display().to_string())
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::BrowserFailed,
                    crate::text!("error-no-url-launcher"),
                )
            })
    }

    fn show_folder(&self, folder: &Path) -> Result<()> {
        // The same launcher as for pages: xdg-open, `open`, the Windows shell.
        open::that(folder).map_err(|error| {
            tracing::warn!(folder = %folder.display(), "the folder did not open: {error}");
            Error::new(
                ErrorCode::BrowserFailed,
                crate::text!(
                    "error-folder-open-failed",
                    path = folder.display().to_string()
                ),
            )
        })
    }

    fn open(&self, url: &Secret, launch: &Launch) -> Result<()> {
        if let Launch::Program {
            browser,
            program,
            args,
        } = launch
        {
            return start_program(browser, program, args, url);
        }
        open::that(url.expose()).map_err(|error| {
            // The launcher's error quotes its arguments: the URL must not reach log or message.
            let detail = error.to_string().replace(url.expose(), "[sign-in URL]");
            tracing::warn!("browser launcher failed: {detail}");
            let reason = if error.kind() == std::io::ErrorKind::NotFound {
                "browser-reason-no-launcher"
            } else {
                "browser-reason-launcher-failed"
            };
            Error::new(
                ErrorCode::BrowserFailed,
                crate::text!("error-browser-failed", reason = Text::plain(reason)),
            )
        })
    }
}

/// Records what would have been opened: for tests and benchmarks, where no browser exists.
#[derive(Debug, Default)]
pub struct RecordingOpener {
    opened: Mutex<Vec<(Secret, Launch)>>,
    folders: Mutex<Vec<PathBuf>>,
}

impl RecordingOpener {
    /// The folders shown, in order.
    pub fn folders(&self) -> Vec<PathBuf> {
        self.folders
            .lock()
            .map(|list| list.clone())
            .unwrap_or_default()
    }

    pub fn opened(&self) -> Vec<Secret> {
        self.opened
            .lock()
            .map(|list| list.iter().map(|(url, _)| url.clone()).collect())
            .unwrap_or_default()
    }

    /// How each page would have been opened, in order.
    pub fn launches(&self) -> Vec<Launch> {
        self.opened
            .lock()
            .map(|list| list.iter().map(|(_, launch)| launch.clone()).collect())
            .unwrap_or_default()
    }
}

impl Opener for RecordingOpener {
    fn show_folder(&self, folder: &Path) -> Result<()> {
        self.folders
            .lock()
            .map_err(|_| Error::internal("recording opener poisoned"))?
            .push(folder.to_path_buf());
        Ok(())
    }

    fn open(&self, url: &Secret, launch: &Launch) -> Result<()> {
        self.opened
            .lock()
            .map_err(|_| Error::internal("recording opener poisoned"))?
            .push((url.clone(), launch.clone()));
        Ok(())
    }
}

/// Starts a chosen browser with the page's address last. The browser either opens a window or
/// hands the address to its running instance and exits; it is reaped in the background, and a
/// failure exit is logged (the hand-off's own timeout tells the person when no page was asked
/// for).
fn start_program(browser: &str, program: &Path, args: &[String], url: &Secret) -> Result<()> {
    let mut child = std::process::Command::new(program)
        .args(args)
        .arg(url.expose())
        .stdin(std::process::Stdio::null())
        // Browsers talk on stderr; the terminal and the log are not theirs.
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|error| {
            tracing::warn!(browser, program = %program.display(), "browser did not start: {error}");
            Error::new(
                ErrorCode::BrowserFailed,
                crate::text!(
                    "error-browser-failed",
                    reason = crate::text!("browser-reason-program-failed", browser = browser)
                ),
            )
        })?;
    let browser = browser.to_string();
    std::thread::spawn(move || {
        if let Ok(status) = child.wait() {
            if !status.success() {
                tracing::warn!(browser, %status, "the browser exited with a failure");
            }
        }
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(url: &str, policy: &UrlPolicy) -> bool {
        validate_sign_in_url(&Secret::new(url), policy).is_ok()
    }

    #[test]
    fn connect_hosts_are_allowed() {
        let policy = UrlPolicy::default();
        for url in [
            "https://acme.my.connect.aws/federate/abc?x=1",
            "https://acme.awsapps.com/connect/federate",
            "https://acme.awsapps.com/connect",
            "https://acme.govcloud.connect.aws/federate",
            "https://ACME.MY.CONNECT.AWS/x",
            "https://acme.my.connect.aws:443/x",
        ] {
            assert!(allowed(url, &policy), "{url}");
        }
    }

    #[test]
    fn hostile_urls_are_refused() {
        let policy = UrlPolicy::default();
        for url in [
            "http://acme.my.connect.aws/",
            "https://x.my.connect.aws.evil.com/",
            "https://evilmy.connect.aws/",
            "https://my.connect.aws/",
            "https://.my.connect.aws/",
            "https://acme.my.connect.aws./",
            "https://user@acme.my.connect.aws/",
            "https://user:pw@acme.my.connect.aws/",
            "https://acme.my.connect.aws:8443/",
            "javascript:alert(1)//acme.my.connect.aws",
            "file:///etc/passwd",
            "data:text/html,hi",
            "https://127.0.0.1/",
            "https://[::1]/",
            "https://acme.my.connect.aws\\@evil.com/",
            "https://acme.my.connect.aws /",
            "https://acme%2emy.connect.aws.evil.com/",
            "https://evil.com/acme.my.connect.aws",
            "ftp://acme.my.connect.aws/",
            // awsapps.com hosts IAM Identity Center portals too: only Connect's own paths open.
            "https://acme.awsapps.com/start#/",
            "https://acme.awsapps.com/",
            "https://acme.awsapps.com/connectx/federate",
            "https://acme.awsapps.com/start/connect/",
            "",
        ] {
            assert!(!allowed(url, &policy), "{url}");
        }
        let long = format!("https://acme.my.connect.aws/{}", "a".repeat(MAX_URL_LEN));
        assert!(!allowed(&long, &policy));
    }

    #[test]
    fn the_hostile_corpus_is_refused() {
        let policy = UrlPolicy::default();
        let long_host = format!("https://{}.my.connect.aws/", "a".repeat(300));
        for url in [
            // IDN look-alikes: a Cyrillic 'с' in "connect", punycode of the same, full-width dot.
            "https://acme.my.сonnect.aws/",
            "https://acme.my.xn--onnect-3ve.aws/",
            "https://acme.my．connect.aws/",
            // Encoded dots and slashes that decode into a different host.
            "https://acme.my.connect.aws%2eevil.com/",
            "https://acme.my.connect%2Eaws/",
            "https://evil.com%2f.my.connect.aws/",
            // Suffix and prefix tricks.
            "https://my.connect.aws.evil.com/",
            "https://acme.my-connect.aws/",
            "https://acme.myconnect.aws/",
            "https://acme.awsapps.com.evil.com/",
            "https://acmeawsapps.com/",
            "https://acme.govcloud.connect.aws.evil/",
            // Literals, ports, schemes, user-info, dots.
            "https://[::ffff:7f00:1]/",
            "https://2130706433/",
            "https://0x7f.0.0.1/",
            "https://acme.my.connect.aws:0/",
            "wss://acme.my.connect.aws/",
            "HTTPS://user:@acme.my.connect.aws/",
            "https://acme.my.connect.aws../",
            "https://acme..my.connect.aws/",
            "//acme.my.connect.aws/",
            "https:acme.my.connect.aws",
            "\u{202e}https://acme.my.connect.aws/",
            &long_host,
        ] {
            assert!(!allowed(url, &policy), "{url}");
        }
    }

    proptest::proptest! {
        /// Whatever the validator accepts is https on the default port, without user-info, on an
        /// allowed suffix at a label boundary.
        #[test]
        fn anything_accepted_is_a_connect_sign_in_url(
            scheme in "(https|http|javascript|file|data|ftp|HTTPS)",
            user in "(|user@|user:pw@|:@)",
            label in "[a-z0-9.%-]{0,12}",
            suffix in "(my\\.connect\\.aws|awsapps\\.com|govcloud\\.connect\\.aws|connect\\.aws|evil\\.com|aws)",
            tail in "(|\\.|\\.evil\\.com|:443|:8443|:0)",
            path in "[a-zA-Z0-9/?=&%._-]{0,30}",
        ) {
            let url = format!("{scheme}://{user}{label}.{suffix}{tail}/{path}");
            if validate_sign_in_url(&Secret::new(url.as_str()), &UrlPolicy::default()).is_ok() {
                let parsed = Url::parse(&url).unwrap();
                proptest::prop_assert_eq!(parsed.scheme(), "https");
                proptest::prop_assert!(parsed.port().is_none());
                proptest::prop_assert!(parsed.username().is_empty() && parsed.password().is_none());
                let host = parsed.host_str().unwrap().to_string();
                proptest::prop_assert!(ALLOWED_HOST_SUFFIXES.iter().any(|s| {
                    host.strip_suffix(s).is_some_and(|rest| rest.ends_with('.') && rest.len() > 1)
                }), "{}", host);
            }
        }

        /// Arbitrary input never panics and never slips a non-https URL through.
        #[test]
        fn arbitrary_strings_are_handled(input in ".{0,200}") {
            if validate_sign_in_url(&Secret::new(input.as_str()), &UrlPolicy::default()).is_ok() {
                proptest::prop_assert!(input.to_ascii_lowercase().starts_with("https://"));
            }
        }
    }

    #[test]
    fn expected_host_pins_the_instance() {
        let policy = UrlPolicy::default().with_access_url(Some("https://acme.my.connect.aws"));
        assert!(allowed("https://acme.my.connect.aws/x", &policy));
        assert!(!allowed("https://other.my.connect.aws/x", &policy));
    }

    #[test]
    fn loopback_only_with_a_loopback_endpoint() {
        let sim = UrlPolicy {
            loopback_origin: LoopbackOrigin::from_endpoint("http://127.0.0.1:4567"),
            ..UrlPolicy::default()
        };
        assert!(allowed("http://127.0.0.1:4567/sign-in/abc", &sim));
        assert!(!allowed("http://127.0.0.1:4568/sign-in/abc", &sim));
        assert!(!allowed("http://localhost:4567/sign-in/abc", &sim));
        assert!(!allowed("http://user@127.0.0.1:4567/", &sim));
        assert!(!allowed(
            "http://127.0.0.1:4567/sign-in/abc",
            &UrlPolicy::default()
        ));
        assert_eq!(
            LoopbackOrigin::from_endpoint("https://connect.us-east-1.amazonaws.com"),
            None
        );
        assert_eq!(LoopbackOrigin::from_endpoint("http://10.0.0.1:80"), None);
    }

    #[test]
    fn the_browser_gets_the_url_as_it_was_checked() {
        let opened = validate_sign_in_url(
            &Secret::new("https://ACME.my.connect.aws:443/a/../federate?x=1"),
            &UrlPolicy::default(),
        )
        .unwrap();
        assert_eq!(opened.expose(), "https://acme.my.connect.aws/federate?x=1");
    }

    #[test]
    fn legacy_instances_keep_their_connect_path_for_resume_and_logout() {
        let legacy = Url::parse("https://acme.awsapps.com/connect/federate?x=1").unwrap();
        let base = sign_in_base(&legacy);
        assert_eq!(base, "https://acme.awsapps.com/connect");
        assert_eq!(
            under_base(&base, "/logout").unwrap().as_str(),
            "https://acme.awsapps.com/connect/logout"
        );
        assert_eq!(
            under_base(&base, "auth/sign-in").unwrap().as_str(),
            "https://acme.awsapps.com/connect/auth/sign-in"
        );
        let current = Url::parse("https://acme.my.connect.aws/federate").unwrap();
        let base = sign_in_base(&current);
        assert_eq!(base, "https://acme.my.connect.aws");
        assert_eq!(
            under_base(&base, "/logout").unwrap().as_str(),
            "https://acme.my.connect.aws/logout"
        );
        // A base stored by an older version (origin only) still leads to the same pages.
        assert_eq!(
            under_base("https://acme.my.connect.aws/", "/auth/sign-in")
                .unwrap()
                .as_str(),
            "https://acme.my.connect.aws/auth/sign-in"
        );
    }

    #[test]
    fn the_error_never_contains_the_url() {
        let secret_url = "https://evil.example/CANARY-secret-token";
        let error =
            validate_sign_in_url(&Secret::new(secret_url), &UrlPolicy::default()).unwrap_err();
        assert_eq!(error.code, ErrorCode::UntrustedSignInUrl);
        assert!(!error.message.contains("CANARY"));
        assert!(!error.hint.contains("CANARY"));
    }
}
