//! The drawn figure and the dataset agree: every area is drawn on the views it
//! belongs to, and every part has a finger-sized target.

#![cfg(not(target_arch = "wasm32"))]

use massage_map::figure_art::{ViewArt, BACK, FRONT, MAX_PARTS};
use massage_map_dataset::FIGURE_AREAS;

/// 24 CSS px at the figure's phone scale (about 1.09 px per unit), with margin.
const MIN_TARGET_UNITS: f32 = 26.0;

fn drawn(art: &ViewArt, id: &str) -> bool {
    art.areas.iter().any(|a| a.id == id)
}

#[test]
fn every_figure_area_is_drawn_on_exactly_its_views() {
    for (id, front, back) in FIGURE_AREAS {
        assert_eq!(drawn(&FRONT, id), *front, "{id} on the front");
        assert_eq!(drawn(&BACK, id), *back, "{id} on the back");
    }
    for art in [&FRONT, &BACK] {
        for area in art.areas {
            assert!(
                FIGURE_AREAS.iter().any(|(id, ..)| *id == area.id),
                "{} is drawn but unknown",
                area.id
            );
            assert_eq!(art.areas.iter().filter(|a| a.id == area.id).count(), 1);
        }
    }
}

#[test]
fn every_part_has_a_target_big_enough_for_a_finger() {
    for (view, art) in [("front", &FRONT), ("back", &BACK)] {
        for area in art.areas {
            assert!(!area.parts.is_empty(), "{view} {} has no part", area.id);
            // The selection outline has this many paths; more parts would go unoutlined.
            assert!(
                area.parts.len() <= MAX_PARTS,
                "{view} {} has too many parts",
                area.id
            );
            for part in area.parts {
                let [_, _, w, h] = part.hit;
                assert!(
                    w >= MIN_TARGET_UNITS && h >= MIN_TARGET_UNITS,
                    "{view} {}: target {w}x{h}",
                    area.id
                );
            }
        }
    }
}

#[test]
fn targets_of_different_regions_never_overlap() {
    for art in [&FRONT, &BACK] {
        let rects: Vec<(&str, [f32; 4])> = art
            .areas
            .iter()
            .flat_map(|a| a.parts.iter().map(move |p| (a.id, p.hit)))
            .collect();
        for (i, (a, [ax, ay, aw, ah])) in rects.iter().enumerate() {
            for (b, [bx, by, bw, bh]) in &rects[i + 1..] {
                let apart = ax + aw <= *bx || bx + bw <= *ax || ay + ah <= *by || by + bh <= *ay;
                assert!(a == b || apart, "targets of {a} and {b} overlap");
            }
        }
    }
}
