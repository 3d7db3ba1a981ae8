//! `connect-sso browsers`: the browsers an instance can open in, installed or not, with their
//! profiles, for people checking a desk and for scripts choosing `--browser-profile`.

use crate::app::App;
use crate::cli::args::Output;
use crate::cli::print::{print_json, print_table};
use crate::l10n::Text;
use serde_json::json;

pub fn list(app: &App, output: Output) {
    let browsers = app.browser.detect();
    if output.json {
        print_json(&json!({ "browsers": browsers }));
        return;
    }
    let words = app.translator.terminal();
    let say = |id| words.render(&Text::plain(id));
    let headers = vec![
        say("cli-column-browser"),
        say("cli-column-name"),
        say("cli-column-browser-profiles"),
        say("cli-column-path"),
    ];
    let rows = browsers
        .iter()
        .map(|browser| {
            let profiles: Vec<&str> = browser.profiles.iter().map(|p| p.name.as_str()).collect();
            vec![
                browser.id.id().to_string(),
                browser.name.clone(),
                if profiles.is_empty() {
                    "-".to_string()
                } else {
                    profiles.join(", ")
                },
                browser
                    .path
                    .clone()
                    .unwrap_or_else(|| say("cli-browser-not-installed")),
            ]
        })
        .collect();
    print_table(headers, rows);
}
