//! A stand-in for the person's browser in the IAM Identity Center browser sign-in: it is the
//! app's `Opener`, fetches the hand-off it is given, follows it to connect-sim's authorize page
//! and approves or denies there (or tampers, or walks away), then follows the redirect back to
//! the app's loopback listener. Plain blocking HTTP/1.1 on its own thread, as a browser runs
//! beside the app.

use connect_sso::core::error::Result;
use connect_sso::core::secret::Secret;
use connect_sso::signin::launcher::Opener;
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};

/// What the person does in the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Person {
    Approves,
    Denies,
    /// Approves, but the redirect back carries another state (a forged callback).
    ForgesState,
    /// Approves a request whose code challenge was swapped on the way (so the app's verifier
    /// cannot match).
    SwapsChallenge,
    /// Opens the authorize page and leaves it there.
    Leaves,
    /// Closes the browser before the page loads.
    ClosesBrowser,
    /// Approves; but before the redirect back, something on this computer connects to the
    /// app's listener and trickles a byte a second without ever finishing a request.
    TricklesFirst,
}

/// One HTTP answer.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Answer {
    pub fn location(&self) -> Option<String> {
        self.head.lines().find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("location")
                .then(|| value.trim().to_string())
        })
    }
}

#[derive(Default)]
pub struct Seen {
    /// The hand-off URLs the app gave (never the sign-in page itself).
    pub opened: Vec<String>,
    /// The app's answer to the redirect back.
    pub callback: Option<Answer>,
}

pub struct StandInBrowser {
    person: Person,
    pub seen: Arc<Mutex<Seen>>,
}

impl StandInBrowser {
    pub fn new(person: Person) -> Arc<StandInBrowser> {
        Arc::new(StandInBrowser {
            person,
            seen: Arc::default(),
        })
    }

    /// The app's answer to the redirect back, once the browser has read it (it reads on its own
    /// thread, so it may finish just after the app's wait did).
    pub async fn callback(&self) -> Option<Answer> {
        for _ in 0..250 {
            if let Some(answer) = self.seen.lock().unwrap().callback.clone() {
                return Some(answer);
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        None
    }

    pub fn opened(&self) -> Vec<String> {
        self.seen.lock().unwrap().opened.clone()
    }
}

impl Opener for StandInBrowser {
    fn show_folder(&self, _folder: &std::path::Path) -> Result<()> {
        Ok(())
    }

    fn open(&self, url: &Secret, _launch: &connect_sso::browsers::Launch) -> Result<()> {
        let url = url.expose().to_string();
        let person = self.person;
        let seen = Arc::clone(&self.seen);
        seen.lock().unwrap().opened.push(url.clone());
        std::thread::spawn(move || browse(person, &url, &seen));
        Ok(())
    }
}

fn browse(person: Person, handoff: &str, seen: &Mutex<Seen>) {
    if person == Person::ClosesBrowser {
        return;
    }
    let Some(page) = request("GET", handoff, None).location() else {
        return;
    };
    if !page.contains("/authorize?") {
        // The device flow: approve the code the verification page names.
        if let Some(code) = page.split("user_code=").nth(1) {
            let endpoint = std::env::var("AWS_ENDPOINT_URL_SSO_OIDC").unwrap_or_default();
            let approve = sim_base(&endpoint).unwrap_or_default();
            request(
                "POST",
                &format!("{approve}/_sim/device/approve"),
                Some(&format!("user_code={code}")),
            );
        }
        return;
    }
    let page = if person == Person::SwapsChallenge {
        swap_param(
            &page,
            "code_challenge",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        )
    } else {
        page
    };
    let shown = request("GET", &page, None);
    if person == Person::Leaves {
        return;
    }
    let Some(id) = shown
        .body
        .split("name=\"request\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
    else {
        return;
    };
    let verdict = if person == Person::Denies {
        "deny"
    } else {
        "approve"
    };
    let base = sim_base(&page).unwrap_or_default();
    let decided = request(
        "POST",
        &format!("{base}/_sim/authorize/{verdict}"),
        Some(&format!("request={id}")),
    );
    let Some(back) = decided.location() else {
        return;
    };
    let back = if person == Person::ForgesState {
        swap_param(&back, "state", "forged")
    } else {
        back
    };
    if person == Person::TricklesFirst {
        if let Some(origin) = url::Url::parse(&back)
            .ok()
            .and_then(|u| Some(format!("{}:{}", u.host_str()?, u.port()?)))
        {
            std::thread::spawn(move || {
                let Ok(mut slow) = std::net::TcpStream::connect(origin) else {
                    return;
                };
                for _ in 0..120 {
                    if slow.write_all(b"G").is_err() {
                        return;
                    }
                    std::thread::sleep(std::time::Duration::from_secs(1));
                }
            });
            std::thread::sleep(std::time::Duration::from_millis(300));
        }
    }
    let answer = request("GET", &back, None);
    seen.lock().unwrap().callback = Some(answer);
}

fn sim_base(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    Some(format!(
        "{}://{}:{}",
        parsed.scheme(),
        parsed.host_str()?,
        parsed.port_or_known_default()?
    ))
}

fn swap_param(url: &str, name: &str, value: &str) -> String {
    let mut parsed = url::Url::parse(url).unwrap();
    let pairs: Vec<(String, String)> = parsed
        .query_pairs()
        .map(|(n, v)| {
            let v = if n == name {
                value.to_string()
            } else {
                v.into_owned()
            };
            (n.into_owned(), v)
        })
        .collect();
    parsed.query_pairs_mut().clear().extend_pairs(pairs);
    parsed.to_string()
}

/// A blocking HTTP/1.1 request to a loopback URL; the whole answer.
pub fn request(method: &str, url: &str, form: Option<&str>) -> Answer {
    let parsed = url::Url::parse(url).unwrap();
    let mut stream =
        std::net::TcpStream::connect(("127.0.0.1", parsed.port_or_known_default().unwrap()))
            .unwrap();
    let target = match parsed.query() {
        Some(query) => format!("{}?{query}", parsed.path()),
        None => parsed.path().to_string(),
    };
    let body = form.unwrap_or("");
    let mut head = format!(
        "{method} {target} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    if form.is_some() {
        head.push_str("content-type: application/x-www-form-urlencoded\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Answer {
        status,
        head: head.to_string(),
        body: body.to_string(),
    }
}
