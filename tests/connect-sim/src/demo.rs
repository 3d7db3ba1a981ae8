//! The pages the sim serves: what a browser shows when it opens a simulated sign-in URL (demo
//! mode), posts stored tokens to `/auth/sign-in` to resume a session, or opens the verification
//! page of the SSO device flow to approve a code.

/// Escapes text for HTML element content and attribute values; alias and user come from the
/// scenario file and must never become markup.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "\
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;\
font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#f2f3f3;color:#16191f}\
main{background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.12);padding:40px 48px;\
max-width:480px;text-align:center}\
.badge{display:inline-block;width:56px;height:56px;border-radius:50%;line-height:56px;font-size:28px;\
color:#fff;margin-bottom:16px}\
.ok{background:#037f0c}.bad{background:#d91515}\
h1{font-size:22px;margin:0 0 12px}p{margin:6px 0;color:#545b64}\
strong{color:#16191f}small{display:block;margin-top:24px;color:#879596}\
form{margin:20px 0;padding:16px;border:1px solid #d5dbdb;border-radius:8px}\
.code{font:600 28px ui-monospace,monospace;letter-spacing:3px;margin:4px 0 8px;color:#16191f}\
label{display:block;margin:10px 0;color:#545b64}select,input{font-size:16px;padding:6px;margin-left:6px}\
button{font-size:16px;padding:8px 20px;margin:6px;border-radius:20px;border:1px solid #0972d3;\
background:#0972d3;color:#fff;cursor:pointer}button.deny{background:#fff;color:#0972d3}";

fn page(title: &str, badge: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title}</title><style>{STYLE}</style></head>\
<body><main>{badge}{body}<small>Amazon Connect simulator (connect-sim)</small></main></body></html>\n"
    )
}

/// The page of a known sign-in token.
pub(crate) fn signed_in_page(alias: &str, user: &str) -> String {
    let alias = escape_html(alias);
    let user = escape_html(user);
    page(
        &format!("Signed in to {alias}"),
        "<div class=\"badge ok\">&#10003;</div>",
        &format!(
            "<h1>Signed in to <strong>{alias}</strong> as <strong>{user}</strong></h1>\
<p>This is where the Amazon Connect agent workspace would open.</p>"
        ),
    )
}

/// The page of an unknown or mistyped sign-in token.
pub(crate) fn not_found_page() -> String {
    page(
        "Sign-in link not valid",
        "<div class=\"badge bad\">!</div>",
        "<h1>This sign-in link is not valid</h1><p>Request a new one from Connect SSO.</p>",
    )
}

/// The page of a session resumed from stored tokens.
pub(crate) fn resumed_page(alias: &str, user: &str, destination: &str) -> String {
    let alias = escape_html(alias);
    let user = escape_html(user);
    let destination = escape_html(destination);
    page(
        &format!("Signed in to {alias}"),
        "<div class=\"badge ok\">&#10003;</div>",
        &format!(
            "<h1>Signed in to <strong>{alias}</strong> as <strong>{user}</strong> (resumed session)</h1>\
<p>This is where <strong>{destination}</strong> of the Amazon Connect agent workspace would open.</p>"
        ),
    )
}

/// The page of stored tokens that are unknown or past their expiry.
pub(crate) fn resume_refused_page() -> String {
    page(
        "Session expired",
        "<div class=\"badge bad\">!</div>",
        "<h1>Session expired or unknown \u{2014} sign in again</h1>\
<p>Request a new sign-in from Connect SSO.</p>",
    )
}

/// The page of a resume form that is missing fields or cannot be read.
pub(crate) fn bad_resume_page(reason: &str) -> String {
    page(
        "Bad sign-in request",
        "<div class=\"badge bad\">!</div>",
        &format!("<h1>Bad sign-in request</h1><p>{}</p>", escape_html(reason)),
    )
}

/// A pending device authorization as the verification page lists it.
pub(crate) struct DeviceEntry<'a> {
    pub user_code: &'a str,
    pub start_url: &'a str,
    /// The users of its start URL; the first is preselected.
    pub users: Vec<&'a str>,
}

/// The verification page of the SSO device flow: each pending code with a user to sign in as
/// and Approve / Deny buttons, then a form to type a code. `missing` is a code asked for in
/// the URL that is not pending.
pub(crate) fn device_page(entries: &[DeviceEntry<'_>], missing: Option<&str>) -> String {
    let mut body = String::from("<h1>Authorize request</h1>");
    if let Some(code) = missing {
        body.push_str(&format!(
            "<p>The code <strong>{}</strong> is not waiting for approval (unknown, expired or already used).</p>",
            escape_html(code)
        ));
    } else if entries.is_empty() {
        body.push_str("<p>No sign-in request is waiting. Start the sign-in in the app first.</p>");
    } else {
        body.push_str("<p>Confirm that this code matches the one the app shows.</p>");
    }
    for entry in entries {
        let options: String = entry
            .users
            .iter()
            .map(|u| {
                let u = escape_html(u);
                format!("<option value=\"{u}\">{u}</option>")
            })
            .collect();
        body.push_str(&format!(
            "<form method=\"post\" action=\"/_sim/device/approve\">\
<div class=\"code\">{code}</div><p>for <strong>{url}</strong></p>\
<input type=\"hidden\" name=\"user_code\" value=\"{code}\">\
<label>Sign in as <select name=\"user\">{options}</select></label>\
<button type=\"submit\">Approve</button>\
<button type=\"submit\" class=\"deny\" formaction=\"/_sim/device/deny\">Deny</button></form>",
            code = escape_html(entry.user_code),
            url = escape_html(entry.start_url),
        ));
    }
    body.push_str(
        "<form method=\"post\" action=\"/_sim/device/approve\">\
<label>Code <input name=\"user_code\" placeholder=\"ABCD-EFGH\" autocomplete=\"off\"></label>\
<label>User <input name=\"user\" placeholder=\"first user\"></label>\
<button type=\"submit\">Approve</button>\
<button type=\"submit\" class=\"deny\" formaction=\"/_sim/device/deny\">Deny</button></form>",
    );
    page("Authorize request", "", &body)
}

/// The page after a code was approved (`user` set) or denied.
pub(crate) fn device_decided_page(user_code: &str, user: Option<&str>) -> String {
    let code = escape_html(user_code);
    match user {
        Some(user) => page(
            "Request approved",
            "<div class=\"badge ok\">&#10003;</div>",
            &format!(
                "<h1>Request approved</h1><p>Code <strong>{code}</strong> signed in as <strong>{}</strong>.</p>\
<p>You can close this page and return to the app.</p>",
                escape_html(user)
            ),
        ),
        None => page(
            "Request denied",
            "<div class=\"badge bad\">&#10007;</div>",
            &format!(
                "<h1>Request denied</h1><p>Code <strong>{code}</strong> will not sign in.</p>"
            ),
        ),
    }
}

/// `GET /authorize`: the authorization-code flow's approval page for one request, Approve (as a
/// chosen user) or Deny. The request ID is in a hidden field, where a stand-in browser finds it.
pub(crate) fn authorize_page(request: &str, start_url: &str, users: &[&str]) -> String {
    let options: String = users
        .iter()
        .map(|u| {
            let u = escape_html(u);
            format!("<option value=\"{u}\">{u}</option>")
        })
        .collect();
    let body = format!(
        "<h1>Allow Connect SSO to access your data?</h1><p>Signing in to <strong>{url}</strong>.</p>\
<form method=\"post\" action=\"/_sim/authorize/approve\">\
<input type=\"hidden\" name=\"request\" value=\"{request}\">\
<label>Sign in as <select name=\"user\">{options}</select></label>\
<button type=\"submit\">Approve</button>\
<button type=\"submit\" class=\"deny\" formaction=\"/_sim/authorize/deny\">Deny</button></form>",
        url = escape_html(start_url),
        request = escape_html(request),
    );
    page("Authorize request", "", &body)
}

/// The authorize endpoint refused the request (unknown client, wrong redirect URI, no PKCE).
pub(crate) fn authorize_refused_page(reason: &str) -> String {
    page(
        "Authorization refused",
        "",
        &format!(
            "<h1>Authorization refused</h1><p>{}</p>",
            escape_html(reason)
        ),
    )
}

/// The page of an approval that could not be made.
pub(crate) fn device_refused_page(reason: &str) -> String {
    page(
        "Request not approved",
        "<div class=\"badge bad\">!</div>",
        &format!(
            "<h1>Request not approved</h1><p>{}</p><p><a href=\"/device\">Back</a></p>",
            escape_html(reason)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_names_is_escaped() {
        let html = signed_in_page("<script>alert(1)</script>", "o'brien & \"co\"");
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("o&#39;brien &amp; &quot;co&quot;"));
        let html = resumed_page("<i>a</i>", "u&u", "/ccp-v2/<x>");
        assert!(html.contains("Signed in to <strong>&lt;i&gt;a&lt;/i&gt;</strong> as <strong>u&amp;u</strong> (resumed session)"));
        assert!(html.contains("/ccp-v2/&lt;x&gt;"));
        assert!(bad_resume_page("<b>").contains("&lt;b&gt;"));
        let html = device_page(
            &[DeviceEntry {
                user_code: "ABCD-EFGH",
                start_url: "https://x/<s>",
                users: vec!["<u>"],
            }],
            None,
        );
        assert!(!html.contains("<u>") && !html.contains("<s>"));
        assert!(html.contains("value=\"&lt;u&gt;\""));
        assert!(device_page(&[], Some("<c>")).contains("&lt;c&gt;"));
        assert!(device_decided_page("A", Some("<v>")).contains("&lt;v&gt;"));
        assert!(device_refused_page("<r>").contains("&lt;r&gt;"));
    }
}
