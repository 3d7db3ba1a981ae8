//! The sign-in pages the sim serves: what a browser shows when it opens a simulated sign-in URL
//! (demo mode) or posts stored tokens to `/auth/sign-in` to resume a session.

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
strong{color:#16191f}small{display:block;margin-top:24px;color:#879596}";

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
    }
}
