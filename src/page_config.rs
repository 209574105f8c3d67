//! How the page that hosts the widget wants it to look: read once from the
//! URL (`embed`, `theme`, `accent`, `size`). Unknown values are ignored
//! without a notice: a blogger's typo must never put an error in their post.

/// Surfaces the accent is drawn on (`--surface` in styles/app.css).
const LIGHT_SURFACE: Rgb = Rgb(0xff, 0xff, 0xff);
const DARK_SURFACE: Rgb = Rgb(0x18, 0x20, 0x29);
/// The accent is text and outlines, so it needs the contrast of text.
const MIN_CONTRAST: f32 = 4.5;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the reader's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PageConfig {
    /// Compact chrome for an iframe: no page header, a link to the full map.
    pub embed: bool,
    pub theme: Theme,
    /// The host's accent colour, adjusted where needed to keep text contrast,
    /// for light and dark surfaces.
    pub accent: Option<(Rgb, Rgb)>,
    pub compact: bool,
}

impl PageConfig {
    pub fn parse(query: &str) -> PageConfig {
        let mut config = PageConfig::default();
        for (key, value) in crate::route::pairs(query) {
            match (key, value) {
                ("embed", "1" | "true") => config.embed = true,
                ("theme", "light") => config.theme = Theme::Light,
                ("theme", "dark") => config.theme = Theme::Dark,
                ("size", "compact") => config.compact = true,
                ("accent", value) => {
                    config.accent = parse_hex(value)
                        .map(|c| (readable_on(c, LIGHT_SURFACE), readable_on(c, DARK_SURFACE)));
                }
                _ => {}
            }
        }
        config
    }
}

impl Theme {
    pub fn slug(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// `0a56a5`, `#0a56a5` (written `%230a56a5` in a URL) or the short `#05a`.
fn parse_hex(value: &str) -> Option<Rgb> {
    let digits = value
        .strip_prefix("%23")
        .or_else(|| value.strip_prefix('#'))
        .unwrap_or(value);
    let nibble = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let bytes = digits.as_bytes();
    let channels: Option<Vec<u8>> = match bytes.len() {
        3 => bytes.iter().map(|c| nibble(*c).map(|n| n * 17)).collect(),
        6 => bytes
            .chunks(2)
            .map(|pair| Some(nibble(pair[0])? * 16 + nibble(pair[1])?))
            .collect(),
        _ => None,
    };
    channels.map(|c| Rgb(c[0], c[1], c[2]))
}

/// WCAG relative luminance.
fn luminance(Rgb(r, g, b): Rgb) -> f32 {
    let linear = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// `x` to the power 2.4 for `x` in 0..=1, as `x²` times the fifth root of `x²`
/// by Newton's method: `powf` would add 1.6 KB of maths code to the binary.
pub fn pow_2_4(x: f32) -> f32 {
    let square = x * x;
    if square == 0.0 {
        return 0.0;
    }
    // From 1, above the root for x ≤ 1, the steps fall monotonically onto it.
    let mut root = 1.0_f32;
    for _ in 0..24 {
        root = (4.0 * root + square / (root * root * root * root)) / 5.0;
    }
    square * root
}

pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `colour` itself when it reads well on `surface`; otherwise the same hue
/// mixed towards black (on light) or white (on dark) just enough that it does.
pub fn readable_on(colour: Rgb, surface: Rgb) -> Rgb {
    let towards = if luminance(surface) > 0.5 {
        Rgb(0, 0, 0)
    } else {
        Rgb(0xff, 0xff, 0xff)
    };
    let mix = |t: f32| {
        let channel =
            |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
        Rgb(
            channel(colour.0, towards.0),
            channel(colour.1, towards.1),
            channel(colour.2, towards.2),
        )
    };
    (0..=20)
        .map(|step| mix(step as f32 / 20.0))
        .find(|c| contrast(*c, surface) >= MIN_CONTRAST)
        .unwrap_or(towards)
}
