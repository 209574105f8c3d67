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
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(out, dataset::generate(&data)).expect("write generated content");
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
