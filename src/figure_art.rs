//! Hand-authored SVG geometry for the body figure (viewBox units).
//!
//! One outline serves both views; it is mirror-symmetric about x = 100. Each
//! region shape may overshoot the outline because it is drawn clipped by it,
//! and neighbouring regions share their cut lines exactly, so together they
//! tile the body without gaps.

pub const VIEW_BOX: &str = "0 0 200 440";

/// One separately visible piece of a region (e.g. the left hand).
pub struct Part {
    /// SVG path data; rendered clipped by the silhouette, so it may overshoot the outline.
    pub d: &'static str,
    /// x, y, width, height of the guaranteed tap target for this part.
    pub hit: [f32; 4],
}

/// No area has more parts than this; the figure's outlines rely on it.
pub const MAX_PARTS: usize = 2;

pub struct AreaArt {
    pub id: &'static str,
    pub parts: &'static [Part],
    /// Its targets reach over neighbours: drawn above every area, not in it.
    pub padded: bool,
}

pub struct ViewArt {
    /// The one smooth outline of the whole body.
    pub silhouette: &'static str,
    /// The regions. Their shapes tile the body, so their order is only that of
    /// the tap targets, which are drawn above every shape and never overlap.
    pub areas: &'static [AreaArt],
    /// Optional subtle decorative strokes (e.g. a spine hint on the back); may be empty.
    pub details: &'static [&'static str],
}

/// Every tap target is 26 x 26 units, about 28 CSS px on a 375 px phone.
const TAP: f32 = 26.0;

const fn part(d: &'static str, x: f32, y: f32) -> Part {
    Part {
        d,
        hit: [x, y, TAP, TAP],
    }
}

const fn area(id: &'static str, parts: &'static [Part]) -> AreaArt {
    AreaArt {
        id,
        parts,
        padded: false,
    }
}

const fn padded(id: &'static str, parts: &'static [Part]) -> AreaArt {
    AreaArt {
        id,
        parts,
        padded: true,
    }
}

/// Relaxed A-pose, palms forward; shared by the front and back views.
const SILHOUETTE: &str = "M100 9.5c3.9 0.4 8.4 0.6 11.6 2.3c3 1.6 5.6 4.2 7.2 7.2c1.8 3.3 2.1 8.1 2.4 12c0.3 3.7 -0.1 7.6 -0.6 11c-0.5 3 -1.2 5.8 -2.2 8.5c-1 2.6 -2.3 5.2 -3.8 7.3c-1.3 1.8 -2.9 3.1 -4.4 4.7c-0.2 2.2 -0.6 4.3 -0.5 6.5c0.1 2.2 0.1 4.6 1.1 6.5c1 1.9 2.6 3.2 4.7 4.7c3 2.1 8.3 3.7 12.5 5.7c4.4 2 10 4 13.5 6.3c2.6 1.7 4.4 3.2 6.1 5.2c1.7 2.1 3.1 4.6 4 7.2c0.9 2.6 0.9 5.1 1.3 8.4c0.6 4.8 0.9 11.6 1.6 17.5c0.8 6 2 12.1 2.9 18c0.9 5.6 1.2 11 2.5 16.4c1.4 5.7 4.3 11 5.9 17.1c1.7 6.8 2.6 14.9 3.8 21.8c1.1 6.2 1.5 13.4 3.1 17.8c1 2.8 2.4 4.3 3.7 6.4c1.4 2.2 3.2 4.3 4.5 6.4c1.2 2 2.5 4.2 3 6.1c0.4 1.5 0.8 3.2 0.4 4.4c-0.3 0.9 -1.2 2.1 -2 2.1c-0.8 0.1 -1.9 -1.5 -2.9 -2.3c0.3 1.5 0.8 2.6 1 4.5c0.5 2.7 1.5 7.4 0.9 10.4c-0.4 2.6 -1.4 5.1 -3 6.6c-1.4 1.4 -3.7 2.4 -5.6 2.5c-2 0 -4.4 -0.6 -6 -2.1c-2.2 -2 -3.4 -6.4 -4.5 -10.4c-1.3 -5.3 -1.7 -13.3 -1.9 -19c-0.2 -4.6 0.9 -8.1 0.2 -12.5c-0.8 -5.3 -3.6 -11.1 -5.6 -17.1c-2.3 -6.6 -5.5 -14.1 -7.3 -20.9c-1.7 -6 -2 -11.2 -3.5 -17.6c-1.9 -7.9 -5.2 -17.7 -7.3 -25.9c-2 -7.4 -3.5 -14.1 -5.2 -21.2c-0.5 9.3 -1 18.8 -1.4 28c-0.4 8.8 -1.5 17.9 -1.1 26c0.4 7.1 1.6 13.6 3 20c1.3 5.9 4 11.1 5 17c1.1 6.1 1.2 12.4 1.2 19c0 7.3 -0.7 15 -1.5 23c-0.9 8.7 -2.6 18.1 -4 27c-1.4 8.8 -4 17.1 -4.5 26c-0.5 9.1 1.7 19 1.6 28c-0.1 8.3 -0.8 15.9 -1.7 24c-0.9 8.5 -2.8 18.9 -3.6 26c-0.5 4.9 -1.4 8.2 -1 12.5c0.4 4.7 2.8 9.9 3.6 14.5c0.8 4.2 1.9 8.9 1.4 12c-0.3 2.1 -0.9 4.1 -2.4 5.2c-1.9 1.3 -6.2 0.7 -9.2 0.8c-2.8 0.1 -6.3 0.6 -8.2 -0.4c-1.5 -0.7 -2.5 -1.8 -3 -3.6c-1 -3.2 0.8 -10.2 1.6 -15c0.7 -4.5 2.6 -8.7 2.8 -13c0.2 -4.3 -1.1 -8.1 -1.8 -13c-0.9 -6.4 -2.6 -14.6 -3.4 -22c-0.8 -7.6 -1.4 -15.7 -1.4 -23c0 -6.6 0.7 -12.9 1 -19c0.3 -5.6 0.8 -10.3 0.8 -16c0 -6.5 -0.7 -13.6 -1.2 -21c-0.6 -8.4 -1.3 -18.3 -2 -27c-0.7 -8.2 -1.5 -16 -2.2 -24c-0.7 8 -1.5 15.8 -2.2 24c-0.7 8.7 -1.4 18.6 -2 27c-0.5 7.4 -1.2 14.5 -1.2 21c0 5.7 0.5 10.4 0.8 16c0.3 6.1 1 12.4 1 19c0 7.3 -0.6 15.4 -1.4 23c-0.8 7.4 -2.5 15.6 -3.4 22c-0.7 4.9 -2 8.7 -1.8 13c0.2 4.3 2.1 8.5 2.8 13c0.8 4.8 2.6 11.8 1.6 15c-0.5 1.8 -1.5 2.9 -3 3.6c-1.9 1 -5.4 0.5 -8.2 0.4c-3 -0.1 -7.3 0.5 -9.2 -0.8c-1.5 -1.1 -2.1 -3.1 -2.4 -5.2c-0.5 -3.1 0.6 -7.8 1.4 -12c0.8 -4.6 3.2 -9.8 3.6 -14.5c0.4 -4.3 -0.5 -7.6 -1 -12.5c-0.8 -7.1 -2.7 -17.5 -3.6 -26c-0.9 -8.1 -1.6 -15.7 -1.7 -24c-0.1 -9 2.1 -18.9 1.6 -28c-0.5 -8.9 -3.1 -17.2 -4.5 -26c-1.4 -8.9 -3.1 -18.3 -4 -27c-0.8 -8 -1.5 -15.7 -1.5 -23c0 -6.6 0.1 -12.9 1.2 -19c1 -5.9 3.7 -11.1 5 -17c1.4 -6.4 2.6 -12.9 3 -20c0.4 -8.1 -0.7 -17.2 -1.1 -26c-0.4 -9.2 -0.9 -18.7 -1.4 -28c-1.7 7.1 -3.2 13.8 -5.2 21.2c-2.1 8.2 -5.4 18 -7.3 25.9c-1.5 6.4 -1.8 11.6 -3.5 17.6c-1.8 6.8 -5 14.3 -7.3 20.9c-2 6 -4.8 11.8 -5.6 17.1c-0.7 4.4 0.4 7.9 0.2 12.5c-0.2 5.7 -0.6 13.7 -1.9 19c-1.1 4 -2.3 8.4 -4.5 10.4c-1.6 1.5 -4 2.1 -6 2.1c-1.9 -0.1 -4.2 -1.1 -5.6 -2.5c-1.6 -1.5 -2.6 -4 -3 -6.6c-0.6 -3 0.4 -7.7 0.9 -10.4c0.2 -1.9 0.7 -3 1 -4.5c-1 0.8 -2.1 2.4 -2.9 2.3c-0.8 0 -1.7 -1.2 -2 -2.1c-0.4 -1.2 0 -2.9 0.4 -4.4c0.5 -1.9 1.8 -4.1 3 -6.1c1.3 -2.1 3.1 -4.2 4.5 -6.4c1.3 -2.1 2.7 -3.6 3.7 -6.4c1.6 -4.4 2 -11.6 3.1 -17.8c1.2 -6.9 2.1 -15 3.8 -21.8c1.6 -6.1 4.5 -11.4 5.9 -17.1c1.3 -5.4 1.6 -10.8 2.5 -16.4c0.9 -5.9 2.1 -12 2.9 -18c0.7 -5.9 1 -12.7 1.6 -17.5c0.4 -3.3 0.4 -5.8 1.3 -8.4c0.9 -2.6 2.3 -5.1 4 -7.2c1.7 -2 3.5 -3.5 6.1 -5.2c3.5 -2.3 9.1 -4.3 13.5 -6.3c4.2 -2 9.5 -3.6 12.5 -5.7c2.1 -1.5 3.7 -2.8 4.7 -4.7c1 -1.9 1 -4.3 1.1 -6.5c0.1 -2.2 -0.3 -4.3 -0.5 -6.5c-1.5 -1.6 -3.1 -2.9 -4.4 -4.7c-1.5 -2.1 -2.8 -4.7 -3.8 -7.3c-1 -2.7 -1.7 -5.5 -2.2 -8.5c-0.5 -3.4 -0.9 -7.3 -0.6 -11c0.3 -3.9 0.6 -8.7 2.4 -12c1.6 -3 4.2 -5.6 7.2 -7.2c3.2 -1.7 7.7 -1.9 11.6 -2.3Z";

// Neck, shoulders and limbs are cut the same way on both views, so they are
// stored once. Their targets are padded to 26 x 26 around each part, so
// they may reach over a neighbour: the figure draws every target above
// every area (src/components/figure_targets.rs).
static NECK: [Part; 1] = [part(
    "M100 66.6c4 0 7.5 -1.8 10.2 -4.1l14.8 -2.5l-9.5 16.5l-3.9 8.9c-3.2 4.8 -7.4 7.2 -11.6 7.2c-4.2 0 -8.4 -2.4 -11.6 -7.2l-3.9 -8.9l-9.5 -16.5l14.8 2.5c2.7 2.3 6.2 4.1 10.2 4.1Z",
    87.0,
    68.0,
)];
static SHOULDERS: [Part; 2] = [
    part(
        "M115.5 76.5l-3.9 8.9c2.5 1.1 5 2 7.4 3.2c2.4 1.2 5.2 2 7 4c2 2.3 2.9 5.6 3.8 9.4c1.3 5.3 1.3 13.3 1.8 20l50.6 -12l3.8 -38l-68 0l-2.5 4.5Z",
        123.9,
        88.2,
    ),
    part(
        "M84.5 76.5l3.9 8.9c-2.5 1.1 -5 2 -7.4 3.2c-2.4 1.2 -5.2 2 -7 4c-2 2.3 -2.9 5.6 -3.8 9.4c-1.3 5.3 -1.3 13.3 -1.8 20l-50.6 -12l-3.8 -38l68 0l2.5 4.5Z",
        50.1,
        88.2,
    ),
];
static ARMS: [Part; 2] = [
    part(
        "M131.6 122l50.6 -12l11.5 50.4l-56.6 14.6l-2.5 -24l-1.6 -14.5l-1.4 -14.5Z",
        131.9,
        132.6,
    ),
    part(
        "M68.4 122l-50.6 -12l-11.5 50.4l56.6 14.6l2.5 -24l1.6 -14.5l1.4 -14.5Z",
        42.1,
        132.6,
    ),
];
static FOREARMS: [Part; 2] = [
    part(
        "M137.1 175l56.6 -14.6l6.3 56.6l-50.5 13l-0.6 -9l-7.2 -24l-4.6 -22Z",
        145.3,
        183.2,
    ),
    part(
        "M62.9 175l-56.6 -14.6l-6.3 56.6l50.5 13l0.6 -9l7.2 -24l4.6 -22Z",
        28.7,
        183.2,
    ),
];
static HANDS: [Part; 2] = [
    part(
        "M149.5 230l50.5 -13l-2 83l-48 0l0 -50l-0.5 -20Z",
        158.2,
        230.8,
    ),
    part("M50.5 230l-50.5 -13l2 83l48 0l0 -50l0.5 -20Z", 15.8, 230.8),
];
static KNEES: [Part; 2] = [
    part(
        "M100 300.5c10 -5.5 26 -6 50 -0.5l0 23c-24 5.5 -40 5.5 -50 -1l0 -21.5Z",
        103.8,
        298.6,
    ),
    part(
        "M100 300.5c-10 -5.5 -26 -6 -50 -0.5l0 23c24 5.5 40 5.5 50 -1l0 -21.5Z",
        70.2,
        298.6,
    ),
];
static CALVES: [Part; 2] = [
    part(
        "M100 322c10 6.5 26 6.5 50 1l0 77c-24 3.5 -40 3.5 -50 -0.5l0 -77.5Z",
        103.9,
        345.4,
    ),
    part(
        "M100 322c-10 6.5 -26 6.5 -50 1l0 77c24 3.5 40 3.5 50 -0.5l0 -77.5Z",
        70.1,
        345.4,
    ),
];
static FEET: [Part; 2] = [
    part(
        "M100 399.5c10 4 26 4 50 0.5l0 40l-50 0l0 -40.5Z",
        104.7,
        404.4,
    ),
    part(
        "M100 399.5c-10 4 -26 4 -50 0.5l0 40l50 0l0 -40.5Z",
        69.3,
        404.4,
    ),
];

/// Head, chest, abdomen, hips and thighs keep their targets (almost) inside
/// themselves; targets of different regions never overlap.
pub static FRONT: ViewArt = ViewArt {
    silhouette: SILHOUETTE,
    areas: &[
        area(
            "head",
            &[part("M126 40l4 -40l-60 0l4 40q13 9 26 9q13 0 26 -9Z", 87.0, 15.2)],
        ),
        area(
            "chest",
            &[part(
                "M100 92.6c4.2 0 8.4 -2.4 11.6 -7.2c2.5 1.1 5 2 7.4 3.2c2.4 1.2 5.2 2 7 4c2 2.3 2.9 5.6 3.8 9.4c1.3 5.3 1.3 13.3 1.8 20l1.4 14.5l1.6 14.5c-13.6 -0.5 -23.6 -2 -34.6 -2c-11 0 -21 1.5 -34.6 2l1.6 -14.5l1.4 -14.5c0.5 -6.7 0.5 -14.7 1.8 -20c0.9 -3.8 1.8 -7.1 3.8 -9.4c1.8 -2 4.6 -2.8 7 -4c2.4 -1.2 4.9 -2.1 7.4 -3.2c3.2 4.8 7.4 7.2 11.6 7.2Z",
                87.0,
                110.0,
            )],
        ),
        area(
            "abdomen",
            &[part(
                "M100 149c11 0 21 1.5 34.6 2l2.5 24l4.6 22c-10.7 2 -25.7 5.5 -41.7 5.5c-16 0 -31 -3.5 -41.7 -5.5l4.6 -22l2.5 -24c13.6 -0.5 23.6 -2 34.6 -2Z",
                87.0,
                165.0,
            )],
        ),
        area(
            "hips",
            &[part(
                "M100 202.5c16 0 31 -3.5 41.7 -5.5l7.2 24c-20.9 4.5 -36.9 11 -48.9 13c-12 -2 -28 -8.5 -48.9 -13l7.2 -24c10.7 2 25.7 5.5 41.7 5.5Z",
                87.0,
                203.5,
            )],
        ),
        area(
            "thighs",
            &[
                part(
                    "M100 234c12 -2 28 -8.5 48.9 -13l0.6 9l0.5 20l0 50c-24 -5.5 -40 -5 -50 0.5l0 -66.5Z",
                    105.5,
                    246.0,
                ),
                part(
                    "M100 234c-12 -2 -28 -8.5 -48.9 -13l-0.6 9l-0.5 20l0 50c24 -5.5 40 -5 50 0.5l0 -66.5Z",
                    68.5,
                    246.0,
                ),
            ],
        ),
        padded("calves", &CALVES),
        padded("shoulders", &SHOULDERS),
        padded("arms", &ARMS),
        padded("forearms", &FOREARMS),
        padded("hands", &HANDS),
        padded("neck", &NECK),
        padded(
            "jaw",
            &[part(
                "M100 49q13 0 26 -9l-1 20l-14.8 2.5c-2.7 2.3 -6.2 4.1 -10.2 4.1c-4 0 -7.5 -1.8 -10.2 -4.1l-14.8 -2.5l-1 -20q13 9 26 9Z",
                87.0,
                41.6,
            )],
        ),
        padded("knees", &KNEES),
        padded("feet", &FEET),
    ],
    details: &[],
};

/// Same outline seen from behind; the detail stroke
/// hints at the spine.
pub static BACK: ViewArt = ViewArt {
    silhouette: SILHOUETTE,
    areas: &[
        area(
            "head",
            &[part(
                "M125 60l1 -20l4 -40l-60 0l4 40l1 20l14.8 2.5c2.7 2.3 6.2 4.1 10.2 4.1c4 0 7.5 -1.8 10.2 -4.1l14.8 -2.5Z",
                87.0,
                24.0,
            )],
        ),
        area(
            "upper-back",
            &[part(
                "M100 92.6c4.2 0 8.4 -2.4 11.6 -7.2c2.5 1.1 5 2 7.4 3.2c2.4 1.2 5.2 2 7 4c2 2.3 2.9 5.6 3.8 9.4c1.3 5.3 1.3 13.3 1.8 20l1.4 14.5l1.6 14.5c-10.6 4 -21.6 7 -34.6 7c-13 0 -24 -3 -34.6 -7l1.6 -14.5l1.4 -14.5c0.5 -6.7 0.5 -14.7 1.8 -20c0.9 -3.8 1.8 -7.1 3.8 -9.4c1.8 -2 4.6 -2.8 7 -4c2.4 -1.2 4.9 -2.1 7.4 -3.2c3.2 4.8 7.4 7.2 11.6 7.2Z",
                90.0,
                114.0,
            )],
        ),
        area(
            "lower-back",
            &[part(
                "M100 158c13 0 24 -3 34.6 -7l2.5 24l4.6 22c-11.7 5 -26.7 9 -41.7 9c-15 0 -30 -4 -41.7 -9l4.6 -22l2.5 -24c10.6 4 21.6 7 34.6 7Z",
                90.0,
                168.0,
            )],
        ),
        area(
            "hips",
            &[
                part(
                    "M100 206c15 0 30 -4 41.7 -9l7.2 24l0.6 9c-11.5 11 -19.5 15.5 -29.5 15.5c-8 0 -16 -3.5 -20 -11.5l0 -28Z",
                    106.0,
                    210.0,
                ),
                part(
                    "M100 206c-15 0 -30 -4 -41.7 -9l-7.2 24l-0.6 9c11.5 11 19.5 15.5 29.5 15.5c8 0 16 -3.5 20 -11.5l0 -28Z",
                    68.0,
                    210.0,
                ),
            ],
        ),
        area(
            "thighs",
            &[
                part(
                    "M100 234c4 8 12 11.5 20 11.5c10 0 18 -4.5 29.5 -15.5l0.5 20l0 50c-24 -5.5 -40 -5 -50 0.5l0 -66.5Z",
                    105.5,
                    258.0,
                ),
                part(
                    "M100 234c-4 8 -12 11.5 -20 11.5c-10 0 -18 -4.5 -29.5 -15.5l-0.5 20l0 50c24 -5.5 40 -5 50 0.5l0 -66.5Z",
                    68.5,
                    258.0,
                ),
            ],
        ),
        padded("calves", &CALVES),
        padded("shoulders", &SHOULDERS),
        padded("arms", &ARMS),
        padded("forearms", &FOREARMS),
        padded("hands", &HANDS),
        padded("neck", &NECK),
        padded("knees", &KNEES),
        padded("feet", &FEET),
    ],
    details: &["M100 97l0 104"],
};
