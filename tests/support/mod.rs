//! What the native test files share.

/// The variables that choose the build's dataset and locale.
const BUILD_FILES: [&str; 2] = ["MASSAGE_MAP_DATA", "MASSAGE_MAP_LOCALE"];

/// `cargo check` of the app with `variable` naming `file` (the other
/// build-choosing variable unset), which must fail: its stderr. One target
/// dir of its own for every such test, so none fights the running build for
/// its lock (test binaries run in turn).
pub fn failed_check(variable: &str, file: &str) -> String {
    let mut command = std::process::Command::new(env!("CARGO"));
    command.args([
        "check",
        "--lib",
        "--quiet",
        "--target-dir",
        "target/dataset-check",
    ]);
    for other in BUILD_FILES.iter().filter(|v| **v != variable) {
        command.env_remove(other);
    }
    let output = command.env(variable, file).output().expect("run cargo");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!output.status.success(), "the build succeeded: {stderr}");
    stderr
}
