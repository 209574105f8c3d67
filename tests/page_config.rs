//! What a host page may ask for in the URL, and what happens to values it
//! should not have asked for.

#![cfg(not(target_arch = "wasm32"))]

use massage_map::browser::wordpress_secret;
use massage_map::components::app::without_frame_params;
use massage_map::page_config::{contrast, pow_2_4, readable_on, PageConfig, Rgb, Theme};

const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
const DARK_SURFACE: Rgb = Rgb(0x18, 0x20, 0x29);

#[test]
fn embed_theme_and_size_are_read_and_other_parameters_ignored() {
    let config = PageConfig::parse("?region=neck&embed=1&theme=dark&size=compact");
    assert!(config.embed && config.compact);
    assert_eq!(config.theme, Theme::Dark);
    assert_eq!(PageConfig::parse("?theme=light").theme, Theme::Light);
    assert_eq!(PageConfig::parse(""), PageConfig::default());
}

#[test]
fn unknown_or_hostile_values_are_ignored_without_fuss() {
    for query in [
        "?theme=purple",
        "?embed=yes",
        "?size=huge",
        "?accent=red",
        "?accent=%3Cscript%3E",
        "?accent=%23ggg",
        "?accent=%2312345",
        "?theme",
    ] {
        assert_eq!(PageConfig::parse(query), PageConfig::default(), "{query}");
    }
}

#[test]
fn an_accent_keeps_text_contrast_on_both_schemes() {
    let config = PageConfig::parse("?accent=%230a56a5");
    let (light, dark) = config.accent.unwrap();
    // Already readable on white: kept as given.
    assert_eq!(light, Rgb(0x0a, 0x56, 0xa5));
    assert!(contrast(dark, DARK_SURFACE) >= 4.5);
    // A pale yellow is darkened for the light scheme, kept for the dark one.
    let (light, dark) = PageConfig::parse("?accent=ffe066").accent.unwrap();
    assert!(contrast(light, WHITE) >= 4.5, "{light:?}");
    assert_ne!(light, Rgb(0xff, 0xe0, 0x66));
    assert_eq!(dark, Rgb(0xff, 0xe0, 0x66));
    // Short form and an encoded '#'.
    assert!(PageConfig::parse("?accent=%23f60").accent.is_some());
    // Even white or black end up readable.
    for colour in [WHITE, Rgb(0, 0, 0)] {
        assert!(contrast(readable_on(colour, WHITE), WHITE) >= 4.5);
        assert!(contrast(readable_on(colour, DARK_SURFACE), DARK_SURFACE) >= 4.5);
    }
}

#[test]
fn the_wordpress_secret_is_read_from_the_fragment() {
    assert_eq!(
        wordpress_secret("#?secret=AbC123xYz0").as_deref(),
        Some("AbC123xYz0")
    );
    assert_eq!(
        wordpress_secret("#?secret=AbC1&x=1").as_deref(),
        Some("AbC1")
    );
    assert_eq!(wordpress_secret("#?secret=<img>"), None);
    assert_eq!(wordpress_secret(""), None);
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
fn luminance_maths_matches_the_wcag_formula_for_every_channel_value() {
    for value in 0..=255u8 {
        let c = (f32::from(value) / 255.0 + 0.055) / 1.055;
        let expected = c.powf(2.4);
        let error = (pow_2_4(c) - expected).abs() / expected;
        assert!(error < 1e-5, "{value}: {} vs {expected}", pow_2_4(c));
    }
}
