//! The message catalogue holds together: every language has exactly English's messages and
//! attributes, uses the same arguments, leaves nothing empty and parses cleanly; every message
//! the code names exists, every message is named somewhere, and every error has a hint.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const FILES: &[&str] = &["errors", "desktop", "window"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn languages() -> Vec<&'static str> {
    connect_sso::l10n::LANGUAGES
        .iter()
        .map(|(tag, _)| *tag)
        .collect()
}

fn source(language: &str, file: &str) -> String {
    std::fs::read_to_string(root().join(format!("locales/{language}/{file}.ftl"))).unwrap()
}

/// Per message (and `message.attribute`): the variables it uses and whether it has text.
#[derive(Debug, Default)]
struct Shape {
    variables: BTreeSet<String>,
    empty: bool,
}

fn collect(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => {
                text.push('x');
                expression_vars(expression, vars, text);
            }
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars, text);
            for variant in variants {
                collect(&variant.value, vars, text);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, vars, text),
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars, text);
            }
            for named in &arguments.named {
                inline_vars(&named.value, vars, text);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars, text),
        _ => {}
    }
}

/// Every message and attribute of one file, with its shape; panics on a syntax error.
fn shapes(language: &str, file: &str) -> BTreeMap<String, Shape> {
    let text = source(language, file);
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("locales/{language}/{file}.ftl: {errors:?}"));
    let mut found = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            Entry::Junk { content } => panic!("locales/{language}/{file}.ftl: junk {content:?}"),
            _ => continue,
        };
        let mut add = |key: String, pattern: Option<&Pattern<&str>>| {
            let mut shape = Shape::default();
            let mut shown = String::new();
            if let Some(pattern) = pattern {
                collect(pattern, &mut shape.variables, &mut shown);
            }
            shape.empty = shown.trim().is_empty();
            assert!(
                found.insert(key.clone(), shape).is_none(),
                "locales/{language}/{file}.ftl: {key} twice"
            );
        };
        // A message may be attributes only (an element's accessible name and placeholder).
        if value.is_some() || attributes.is_empty() {
            add(id.clone(), value);
        }
        for attribute in attributes {
            add(
                format!("{id}.{}", attribute.id.name),
                Some(&attribute.value),
            );
        }
    }
    found
}

#[test]
fn every_language_has_every_message_and_nothing_else() {
    for file in FILES {
        let english = shapes("en", file);
        for language in languages().into_iter().filter(|l| *l != "en") {
            let translated = shapes(language, file);
            let missing: Vec<_> = english
                .keys()
                .filter(|k| !translated.contains_key(*k))
                .collect();
            let extra: Vec<_> = translated
                .keys()
                .filter(|k| !english.contains_key(*k))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{language}/{file}.ftl: missing {missing:?}, extra {extra:?}"
            );
            for (key, shape) in &english {
                let theirs = &translated[key];
                assert_eq!(
                    theirs.variables, shape.variables,
                    "locales/{language}/{file}.ftl: {key} must use exactly English's arguments"
                );
                assert!(
                    !theirs.empty || shape.empty,
                    "locales/{language}/{file}.ftl: {key} is empty"
                );
            }
        }
    }
}

#[test]
fn english_says_something_everywhere_and_every_error_has_a_hint() {
    for file in FILES {
        let english = shapes("en", file);
        for (key, shape) in &english {
            // `data` and the piece that may add nothing render their argument alone.
            let bare = matches!(key.as_str(), "data");
            assert!(
                !shape.empty || bare,
                "locales/en/{file}.ftl: {key} is empty"
            );
            // Errors live in errors.ftl; the window's own `error-…` names are its panel's parts.
            let error = key.strip_prefix("error-").filter(|k| !k.contains('.'));
            if let Some(id) = error.filter(|_| *file == "errors") {
                assert!(
                    english.contains_key(&format!("error-{id}.hint")),
                    "locales/en/{file}.ftl: {key} has no .hint"
                );
            }
        }
    }
}

/// The sources under `dirs` (Rust and TypeScript): where message IDs are named.
fn code(dirs: &[&str]) -> String {
    let mut text = String::new();
    let mut stack: Vec<PathBuf> = dirs.iter().map(|dir| root().join(dir)).collect();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if matches!(path.extension().and_then(|e| e.to_str()), Some("rs" | "ts")) {
                text.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    text
}

#[test]
fn every_message_the_code_names_exists_and_every_message_is_named() {
    let rust = code(&["crates/core/src", "src-tauri/src"]);
    let mut code = code(&["crates/core/src", "src-tauri/src", "ui/src"]);
    // The desktop entry's words are read by the build script.
    code.push_str(&std::fs::read_to_string(root().join("src-tauri/build.rs")).unwrap());
    let mut english = BTreeSet::new();
    let mut references = String::new();
    for file in ["errors", "desktop"] {
        english.extend(
            shapes("en", file)
                .into_keys()
                .filter(|k| !k.contains('.') && !k.starts_with('-')),
        );
        references.push_str(&source("en", file));
    }
    // The Rust side names its messages in `text!("…")` and `Text::plain("…")`, and the reasons
    // passed to them as plain string literals.
    for id in error_ids(&rust) {
        assert!(
            english.contains(&id),
            "{id} is named in the code but not in locales/en"
        );
    }
    for id in &english {
        let quoted = format!("\"{id}\"");
        let referenced = references.contains(&format!("{{ {id} }}"));
        assert!(
            code.contains(&quoted) || referenced,
            "{id} (locales/en/errors.ftl or desktop.ftl) is never used"
        );
    }
}

/// Every `"error-…"` string literal in the Rust code: an error's message ID.
fn error_ids(code: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for part in code.split('"').skip(1).step_by(2) {
        let looks_like_id = part.contains('-')
            && part
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && part.starts_with("error-");
        if looks_like_id {
            ids.insert(part.to_string());
        }
    }
    ids
}
