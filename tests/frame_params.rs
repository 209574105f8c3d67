//! The URL parameters the app itself reads for a host page, and the embed
//! code it writes for one. The others
//! (theme, accent, size) belong to static/boot.js and are tested in the
//! browser (tests/browser/e2e.test.mjs).

#![cfg(not(target_arch = "wasm32"))]

use massage_map::components::app::{embed_mode, without_frame_params};

#[test]
fn embed_mode_is_asked_for_with_embed_1_and_nothing_else() {
    assert!(embed_mode("?region=neck&embed=1&theme=dark"));
    assert!(embed_mode("?embed=true"));
    // In any case, without surrounding spaces, as every value is read.
    assert!(embed_mode("?embed=TRUE"));
    assert!(embed_mode("?embed=%201%20"));
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

#[test]
fn the_embed_code_escapes_every_address_it_carries() {
    use massage_map::components::embed_panel::snippet;
    use massage_map::route::Route;
    let code = snippet(
        "https://example.org/a\"b/index.html",
        Route::parse("?region=neck"),
        "?theme=\"><script>alert(1)</script>&accent=<b>",
    );
    assert_eq!(
        code,
        "<iframe src=\"https://example.org/a&quot;b/neck.html?theme=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;accent=&lt;b&gt;&amp;embed=1\" \
         title=\"Massage Map\" width=\"100%\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>\n\
         <script src=\"https://example.org/a&quot;b/embed.js\" async></script>"
    );
}

#[test]
fn the_embed_code_keeps_the_sites_settings_and_drops_the_visitors_own_parameters() {
    use massage_map::components::embed_panel::snippet;
    use massage_map::route::Route;
    // A visitor who came from a newsletter: the blog's readers are not that campaign.
    let code = snippet(
        "https://example.org/map/knees.html",
        Route::parse("?region=knees"),
        "?utm_source=news&theme=dark&fbclid=abc&country=nz&size=compact&accent=0a7",
    );
    let src = code.split('"').nth(1).unwrap();
    assert_eq!(
        src,
        "https://example.org/map/knees.html?theme=dark&amp;country=nz&amp;size=compact&amp;accent=0a7&amp;embed=1"
    );
}
