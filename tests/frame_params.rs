//! The URL parameters the app itself reads for a host page. The others
//! (theme, accent, size) belong to static/boot.js and are tested in the
//! browser (tests/browser/e2e.test.mjs).

#![cfg(not(target_arch = "wasm32"))]

use massage_map::components::app::{embed_mode, without_frame_params};

#[test]
fn embed_mode_is_asked_for_with_embed_1_and_nothing_else() {
    assert!(embed_mode("?region=neck&embed=1&theme=dark"));
    assert!(embed_mode("?embed=true"));
    for query in [
        "",
        "?embed",
        "?embed=0",
        "?embed=yes",
        "?embedded=1",
        "?x=embed=1",
    ] {
        assert!(!embed_mode(query), "{query}");
    }
}

#[test]
fn the_full_map_link_drops_only_the_frame_parameters() {
    assert_eq!(
        without_frame_params("?region=neck&embed=1&theme=dark&size=compact"),
        "?region=neck&theme=dark"
    );
    assert_eq!(without_frame_params("?embed=1"), "");
}
