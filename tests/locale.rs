//! The interface's words: the English locale loads and validates, every rule
//! of the validator catches what it should, naming the file, the key and the
//! problem, a broken locale stops the build, and `fill` fills placeholders.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use massage_map::locale::{fill, STRINGS};
use massage_map_dataset::locale::{generate, load, placeholders, Locale};

const ENGLISH: &str = "data/locale/en.toml";
/// Where the English text edited in memory says it comes from.
const OTHER: &str = "data/locale/xx.toml";
const REFERENCE: &str = "tests/fixtures/locale/reference.toml";
const XX: &str = "tests/fixtures/locale/xx.toml";

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn english() -> Locale {
    load(ENGLISH, &read(ENGLISH), None).unwrap_or_else(|p| panic!("{p:#?}"))
}

/// The English file with one textual edit applied, checked as another
/// locale against English: the problems it has.
fn problems_after(find: &str, replace: &str) -> Vec<String> {
    let text = read(ENGLISH);
    assert!(text.contains(find), "{ENGLISH} lacks {find:?}");
    match load(OTHER, &text.replacen(find, replace, 1), Some(&english())) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    }
}

fn assert_only(problems: &[String], expected: &str) {
    assert_eq!(problems, [expected.to_string()], "{problems:#?}");
}

#[test]
fn the_english_locale_loads_and_validates() {
    let en = english();
    assert!(en.strings.len() > 100, "{} strings", en.strings.len());
    // As another locale would be checked against it: no problem either.
    assert!(load(OTHER, &read(ENGLISH), Some(&en)).is_ok());
    for (key, text) in &en.strings {
        assert!(!text.trim().is_empty(), "{key} is empty");
    }
}

#[test]
fn the_app_is_built_with_the_english_words() {
    let en = english();
    assert_eq!(STRINGS.sources_count, en.strings["sources_count"]);
    assert_eq!(STRINGS.side_your_right, "Your right");
    assert_eq!(STRINGS.html_lang, "en");
}

#[test]
fn a_missing_key_is_named() {
    let problems = problems_after("open_source = \"Open source\"\n", "");
    assert_only(&problems, "data/locale/xx.toml: key 'open_source': missing");
}

#[test]
fn an_unknown_key_is_named() {
    let problems = problems_after(
        "open_source = \"Open source\"\n",
        "open_source = \"Open source\"\nopen_sauce = \"Open sauce\"\n",
    );
    assert_only(
        &problems,
        "data/locale/xx.toml: key 'open_sauce': unknown (the reference locale has no such key)",
    );
}

#[test]
fn an_empty_text_is_named() {
    for empty in ["\"\"", "\"  \""] {
        let problems = problems_after(
            "open_source = \"Open source\"",
            &format!("open_source = {empty}"),
        );
        assert_only(&problems, "data/locale/xx.toml: key 'open_source': empty");
    }
}

#[test]
fn a_missing_placeholder_is_named() {
    let problems = problems_after(
        "sources_count = \"Sources ({count})\"",
        "sources_count = \"Sources\"",
    );
    assert_only(
        &problems,
        "data/locale/xx.toml: key 'sources_count': lacks the placeholder {count}",
    );
}

#[test]
fn an_extra_or_misspelt_placeholder_is_named() {
    let problems = problems_after(
        "reviewed = \"Content last reviewed {date} by {who}.\"",
        "reviewed = \"Content last reviewed {date} by {whom} at {time}.\"",
    );
    assert_eq!(
        problems,
        [
            "data/locale/xx.toml: key 'reviewed': lacks the placeholder {who}",
            "data/locale/xx.toml: key 'reviewed': has the placeholder {time}, which the reference locale does not",
            "data/locale/xx.toml: key 'reviewed': has the placeholder {whom}, which the reference locale does not",
        ],
        "{problems:#?}"
    );
}

#[test]
fn placeholders_may_move_and_other_braces_are_text() {
    // Another language orders the words its own way.
    let problems = problems_after(
        "reviewed = \"Content last reviewed {date} by {who}.\"",
        "reviewed = \"{who} reviewed the content on {date} {:-)}.\"",
    );
    assert!(problems.is_empty(), "{problems:#?}");
    let names: Vec<&str> = placeholders("{a} {b_2} {a} { } {C} {x-y} {")
        .into_iter()
        .collect();
    assert_eq!(names, ["a", "b_2"]);
}

#[test]
fn every_problem_of_a_locale_is_listed_at_once() {
    let reference = load(REFERENCE, &read(REFERENCE), None).unwrap_or_else(|p| panic!("{p:#?}"));
    let problems = load(XX, &read(XX), Some(&reference)).unwrap_err();
    assert_eq!(
        problems,
        [
            "tests/fixtures/locale/xx.toml: key 'dismiss': missing",
            "tests/fixtures/locale/xx.toml: key 'colour': unknown (the reference locale has no such key)",
            "tests/fixtures/locale/xx.toml: key 'greeting': lacks the placeholder {name}",
            "tests/fixtures/locale/xx.toml: key 'greeting': has the placeholder {nom}, which the reference locale does not",
            "tests/fixtures/locale/xx.toml: key 'sources_count': empty",
        ],
        "{problems:#?}"
    );
}

#[test]
fn a_reference_key_must_make_a_field_name() {
    for key in ["Sources", "open-source", "2nd", "type"] {
        let text = format!("[strings]\n\"{key}\" = \"Text\"\n");
        let problems = load(REFERENCE, &text, None).unwrap_err();
        assert_only(
            &problems,
            &format!("tests/fixtures/locale/reference.toml: key '{key}': must be lowercase letters, digits and '_', starting with a letter, and not a Rust keyword"),
        );
    }
}

#[test]
fn the_file_holds_a_strings_table_of_texts_only() {
    for text in [
        "[strings]\ncount = 3\n",
        "[strings]\ntitle = \"Map\"\n[meta]\nlang = \"en\"\n",
        "[strings\n",
    ] {
        let problems = load(OTHER, text, None).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert!(
            problems[0].starts_with("data/locale/xx.toml: "),
            "{problems:#?}"
        );
    }
}

#[test]
fn the_generated_struct_has_a_field_per_reference_key_in_order() {
    let reference = load(REFERENCE, &read(REFERENCE), None).unwrap();
    let code = generate(&reference, &reference);
    let fields: Vec<&str> = code
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("pub ")?
                .strip_suffix(": &'static str,")
        })
        .collect();
    assert_eq!(fields, ["dismiss", "greeting", "sources_count"]);
    assert!(
        code.contains("    greeting: \"Hello, {name}.\",\n"),
        "{code}"
    );
}

#[test]
fn a_broken_locale_stops_the_build_with_file_key_and_reason() {
    let stderr = support::failed_check("MASSAGE_MAP_LOCALE", "tests/fixtures/locale/broken.toml");
    for line in [
        "The Massage Map locale is not valid",
        "error: tests/fixtures/locale/broken.toml: key 'open_source': missing",
        "error: tests/fixtures/locale/broken.toml: key 'colour': unknown (the reference locale has no such key)",
        "error: tests/fixtures/locale/broken.toml: key 'sources_count': lacks the placeholder {count}",
    ] {
        assert!(stderr.contains(line), "no {line:?} in {stderr}");
    }
}

#[test]
fn fill_fills_every_placeholder() {
    assert_eq!(
        fill(
            "Content last reviewed {date} by {who}.",
            &[("date", "1 December 2026"), ("who", "Massage Map editors")]
        ),
        "Content last reviewed 1 December 2026 by Massage Map editors."
    );
    assert_eq!(
        fill("{n}, {n} and {m}", &[("m", "3"), ("n", "1")]),
        "1, 1 and 3"
    );
    assert_eq!(fill("No placeholder", &[("n", "1")]), "No placeholder");
}

#[test]
fn fill_leaves_unknown_braces_and_values_alone() {
    assert_eq!(fill("{a} {b} {} { {a", &[("a", "1")]), "1 {b} {} { {a");
    assert_eq!(fill("{{a}}", &[("a", "1")]), "{1}");
    // A value is never scanned again: text from a link cannot ask for a placeholder.
    assert_eq!(fill("{a} {b}", &[("a", "{b}"), ("b", "2")]), "{b} 2");
}

#[test]
fn the_english_texts_fill_to_the_words_the_page_had() {
    assert_eq!(
        fill(STRINGS.sources_count, &[("count", "12")]),
        "Sources (12)"
    );
    assert_eq!(
        fill(
            STRINGS.figure_label,
            &[("view", STRINGS.view_back_in_sentence)]
        ),
        "Body areas, back view"
    );
}
