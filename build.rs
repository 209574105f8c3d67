//! Validates the dataset and compiles it into `'static` Rust tables, then
//! the same for the interface's words, so a broken file fails the build and
//! the app does no parsing at run time. The models, the rules and the
//! generators are the `massage-map-dataset` crate (`dataset/`, feature
//! `load`); Cargo reruns this script when it changes.

use massage_map_dataset::{self as dataset, locale};
use std::path::PathBuf;

/// A clinic builds with its own file by setting this variable.
const DATA_ENV: &str = "MASSAGE_MAP_DATA";
const DEFAULT_DATA: &str = "data/massage-map.toml";
/// Another language builds with its own locale (docs/locale.md).
const LOCALE_ENV: &str = "MASSAGE_MAP_LOCALE";
/// The reference locale: its keys make the `Strings` struct, and every other
/// locale is checked against it.
const REFERENCE_LOCALE: &str = "data/locale/en.toml";

fn main() {
    let file = chosen(DATA_ENV, DEFAULT_DATA);
    let text = read("dataset", &file);
    let data = dataset::load(&file, &text).unwrap_or_else(|problems| fail("dataset", &problems));
    for warning in dataset::stale(&data, today()) {
        println!("cargo:warning={file}: {warning}");
    }
    write("content.rs", &dataset::generate(&data));

    let reference_text = read("locale", REFERENCE_LOCALE);
    let reference = locale::load(REFERENCE_LOCALE, &reference_text, None)
        .unwrap_or_else(|problems| fail("locale", &problems));
    let file = chosen(LOCALE_ENV, REFERENCE_LOCALE);
    let other = (file != REFERENCE_LOCALE).then(|| {
        locale::load(&file, &read("locale", &file), Some(&reference))
            .unwrap_or_else(|problems| fail("locale", &problems))
    });
    let strings = other.as_ref().unwrap_or(&reference);
    write("strings.rs", &locale::generate(strings, &reference));
}

/// The file `variable` names, or `default` when it is unset or blank.
fn chosen(variable: &str, default: &str) -> String {
    println!("cargo:rerun-if-env-changed={variable}");
    std::env::var(variable)
        .ok()
        .filter(|f| !f.trim().is_empty())
        .unwrap_or_else(|| default.to_string())
}

/// The text of `file` (relative to the repository, or absolute), which Cargo
/// watches; `what` names it if it cannot be read.
fn read(what: &str, file: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(what, &[format!("{file}: cannot read: {e}")]))
}

fn write(name: &str, code: &str) {
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join(name);
    std::fs::write(out, code).unwrap_or_else(|e| panic!("write generated {name}: {e}"));
}

/// Today's date (UTC), from the clock: days since 1970 to the civil calendar.
fn today() -> (i32, u32, u32) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Howard Hinnant's days-to-civil algorithm.
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// Stops the build with every problem: `what` is "dataset" or "locale".
fn fail(what: &str, problems: &[String]) -> ! {
    eprintln!(
        "\nThe Massage Map {what} is not valid ({} problem(s)):",
        problems.len()
    );
    for p in problems {
        eprintln!("  error: {p}");
    }
    std::process::exit(1);
}
