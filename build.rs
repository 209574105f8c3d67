//! Validates the dataset and compiles it into `'static` Rust tables, so a
//! broken file fails the build and the app does no parsing at run time. The
//! model, the rules and the generator are the `massage-map-dataset` crate
//! (`dataset/`, feature `load`); Cargo reruns this script when it changes.

use massage_map_dataset as dataset;
use std::path::PathBuf;

/// A clinic builds with its own file by setting this variable.
const DATA_ENV: &str = "MASSAGE_MAP_DATA";
const DEFAULT_DATA: &str = "data/massage-map.toml";

fn main() {
    println!("cargo:rerun-if-env-changed={DATA_ENV}");
    let file = std::env::var(DATA_ENV)
        .ok()
        .filter(|f| !f.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_DATA.to_string());
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(&file);
    println!("cargo:rerun-if-changed={}", path.display());

    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(&[format!("{file}: cannot read: {e}")]));
    let data = dataset::load(&file, &text).unwrap_or_else(|problems| fail(&problems));
    for warning in dataset::stale(&data, today()) {
        println!("cargo:warning={file}: {warning}");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(out, dataset::generate(&data)).expect("write generated content");
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

fn fail(problems: &[String]) -> ! {
    eprintln!(
        "\nThe Massage Map dataset is not valid ({} problem(s)):",
        problems.len()
    );
    for p in problems {
        eprintln!("  error: {p}");
    }
    std::process::exit(1);
}
