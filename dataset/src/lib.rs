//! The Massage Map dataset model, in one place.
//!
//! Always, with no dependency at all: the enums a dataset chooses from
//! (`Basis`, `Certainty`, `Urgency`) and the figure's areas (`FIGURE_AREAS`).
//! The app, compiled to WebAssembly, uses these and nothing else.
//!
//! With the feature `load`: the dataset as people write it (`data/*.toml`),
//! its validation and the Rust code generated from it (`load`, `validate`,
//! `generate`). `build.rs` runs them, so a broken dataset fails the build, and
//! the native tests use them too. The app itself never parses TOML: it links
//! the generated `'static` tables (see the app's `content.rs`).
//!
//! Also with `load`: the interface's words (`data/locale/*.toml`), checked
//! against the reference locale and generated as one `'static` struct
//! (`locale`; see the app's `locale.rs`).

#[cfg(feature = "load")]
pub mod locale;
#[cfg(feature = "load")]
mod model;

/// Parses `text`, read from `file`, and checks it with `validate`: the
/// dataset and a locale load alike, and every problem names the file.
#[cfg(feature = "load")]
fn parse_checked<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    validate: impl FnOnce(&T) -> Vec<String>,
) -> Result<T, Vec<String>> {
    let parsed: T = toml::from_str(text).map_err(|e| vec![format!("{file}: {e}")])?;
    let problems = validate(&parsed);
    if problems.is_empty() {
        Ok(parsed)
    } else {
        Err(problems
            .into_iter()
            .map(|p| format!("{file}: {p}"))
            .collect())
    }
}

#[cfg(feature = "load")]
pub use model::{
    date, generate, load, stale, validate, Actions, Benefit, Claim, Countries, Dataset, Meta,
    Modality, Place, RedFlag, Region, Source, Suggestion, COUNTRY_CODES, MAX_BRIEF, UK_PARTS,
};

/// Figure areas the SVG body map can show, head to toe, with the views they
/// appear on (front, back). A dataset region must name one of these.
pub const FIGURE_AREAS: &[(&str, bool, bool)] = &[
    ("head", true, true),
    ("jaw", true, false),
    ("neck", true, true),
    ("shoulders", true, true),
    ("upper-back", false, true),
    ("chest", true, false),
    ("arms", true, true),
    ("forearms", true, true),
    ("hands", true, true),
    ("abdomen", true, false),
    ("lower-back", false, true),
    ("hips", true, true),
    ("thighs", true, true),
    ("knees", true, true),
    ("calves", true, true),
    ("feet", true, true),
];

/// Whether a statement is backed by studies ("evidence") or is common
/// practice in the trade ("convention", the default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(
    feature = "load",
    derive(serde::Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum Basis {
    Evidence,
    #[default]
    Convention,
}

/// How sure the evidence is, in the GRADE terms reviews use, plus "disputed"
/// (studies disagree or the method is contested) and "insufficient" (too few
/// or too small studies to say).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    feature = "load",
    derive(serde::Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum Certainty {
    High,
    Moderate,
    Low,
    VeryLow,
    Disputed,
    Insufficient,
}

/// How soon a red flag needs a doctor. Most urgent first: the order sorts by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(
    feature = "load",
    derive(serde::Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum Urgency {
    /// Call the emergency number now.
    Emergency,
    /// Get help today (urgent appointment, a helpline).
    Urgent,
    /// See a doctor before any massage.
    Doctor,
}
