//! The interface's words in one language (`data/locale/*.toml`), their
//! validation against the reference locale, and the Rust code generated from
//! them (feature `load`).
//!
//! A locale file is one `[strings]` table of `key = "text"`. The reference
//! locale (English, `data/locale/en.toml`) says which keys there are; every
//! other locale has exactly the same keys, none empty, and each text the same
//! `{placeholders}` as the reference's. The generated `Strings` struct has a
//! field per reference key, so adding a key is a change to that file only.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// A locale as written: every key and its text, sorted by key.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locale {
    pub strings: BTreeMap<String, String>,
}

/// Words Rust reserves: a key is a field name, so it cannot be one of these.
const KEYWORDS: [&str; 52] = [
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Parses `text` read from `file` and checks it against `reference` (itself
/// already loaded; `None` when `file` is the reference). Every error names
/// the file, the key and what is wrong.
pub fn load(file: &str, text: &str, reference: Option<&Locale>) -> Result<Locale, Vec<String>> {
    crate::parse_checked(file, text, |locale: &Locale| {
        validate(locale, reference.unwrap_or(locale))
    })
}

/// Every problem of `locale` measured against `reference`, as "key 'x': what
/// is wrong". With `reference` the locale itself, what the reference alone
/// must satisfy: keys that make field names, texts that are not empty.
pub fn validate(locale: &Locale, reference: &Locale) -> Vec<String> {
    let mut problems = Vec::new();
    for key in reference.strings.keys() {
        let field = key.starts_with(|c: char| c.is_ascii_lowercase())
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !field || KEYWORDS.contains(&key.as_str()) {
            problems.push(format!(
                "key '{key}': must be lowercase letters, digits and '_', starting with a letter, and not a Rust keyword"
            ));
        }
        if !locale.strings.contains_key(key) {
            problems.push(format!("key '{key}': missing"));
        }
    }
    for (key, text) in &locale.strings {
        let Some(expected) = reference.strings.get(key) else {
            problems.push(format!(
                "key '{key}': unknown (the reference locale has no such key)"
            ));
            continue;
        };
        if text.trim().is_empty() {
            problems.push(format!("key '{key}': empty"));
            continue;
        }
        let (have, want) = (placeholders(text), placeholders(expected));
        for name in want.difference(&have) {
            problems.push(format!("key '{key}': lacks the placeholder {{{name}}}"));
        }
        for name in have.difference(&want) {
            problems.push(format!(
                "key '{key}': has the placeholder {{{name}}}, which the reference locale does not"
            ));
        }
    }
    problems
}

/// The `{name}`s in `text`: a name is lowercase letters, digits and `_`.
/// Other braces are plain text.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        let Some(close) = rest.find('}') else { break };
        let name = &rest[..close];
        let is_name = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if is_name {
            names.insert(name);
            rest = &rest[close + 1..];
        }
    }
    names
}

/// Rust source for the app's `locale.rs`: `Strings`, a field per key of
/// `reference` (sorted, documented with the reference's text), and `STRINGS`,
/// filled from `locale`, which has been validated against it.
pub fn generate(locale: &Locale, reference: &Locale) -> String {
    let mut out = String::from(
        "/// Every interface string, a field per key of the reference locale.\npub struct Strings {\n",
    );
    for (key, text) in &reference.strings {
        writeln!(out, "    #[doc = {text:?}]\n    pub {key}: &'static str,").unwrap();
    }
    out.push_str("}\n\n/// The interface's words in the language of this build.\npub static STRINGS: Strings = Strings {\n");
    for key in reference.strings.keys() {
        writeln!(out, "    {key}: {:?},", locale.strings[key]).unwrap();
    }
    out.push_str("};\n");
    out
}
