//! The part of the state that lives in the URL query, so links open a region
//! directly and back/forward step through selections. Other parameters and the
//! fragment (WordPress appends `#?secret=…`) are left untouched.

use crate::content::{BenefitId, ModalityId, RegionId, BENEFITS, MODALITIES};
use crate::state::{Lens, View};

const REGION: &str = "region";
const VIEW: &str = "view";
const MASSAGE: &str = "massage";
const BENEFIT: &str = "benefit";
const OURS: [&str; 4] = [REGION, VIEW, MASSAGE, BENEFIT];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub view: Option<View>,
    pub region: Option<RegionId>,
    pub lens: Option<Lens>,
    /// A parameter of ours had a value we do not know; it was ignored.
    pub had_unknown_value: bool,
}

impl Route {
    /// Reads a query string such as `?region=neck&view=back`.
    pub fn parse(query: &str) -> Route {
        let mut route = Route::default();
        let mut seen = [false; OURS.len()];
        for (key, value) in pairs(query) {
            let Some(slot) = OURS.iter().position(|k| *k == key) else {
                continue;
            };
            // The first value wins; repeats are ignored like unknown keys.
            if std::mem::replace(&mut seen[slot], true) {
                continue;
            }
            let value = decode(value);
            let known = match key {
                REGION => RegionId::by_slug(&value).map(|id| route.region = Some(id)),
                VIEW => View::from_slug(&value).map(|v| route.view = Some(v)),
                MASSAGE => modality_by_slug(&value).map(|m| {
                    route.lens.get_or_insert(Lens::Massage(m));
                }),
                _ => benefit_by_slug(&value).map(|b| {
                    route.lens.get_or_insert(Lens::Benefit(b));
                }),
            };
            route.had_unknown_value |= known.is_none();
        }
        route
    }

    /// The new query string (with `?`, or empty) for `current`, replacing our
    /// parameters and keeping everyone else's in place.
    pub fn to_query(self, current: &str) -> String {
        let mut parts: Vec<String> = raw_parts(current)
            .filter(|part| !OURS.contains(&key_of(part)))
            .map(str::to_string)
            .collect();
        if let Some(view) = self.view {
            parts.push(format!("{VIEW}={}", view.slug()));
        }
        if let Some(region) = self.region {
            parts.push(format!("{REGION}={}", region.get().id));
        }
        match self.lens {
            Some(Lens::Massage(m)) => parts.push(format!("{MASSAGE}={}", m.get().id)),
            Some(Lens::Benefit(b)) => parts.push(format!("{BENEFIT}={}", b.get().id)),
            None => {}
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// `query` without the parameters named in `keys` (everything else in place).
pub fn without(query: &str, keys: &[&str]) -> String {
    let kept: Vec<&str> = raw_parts(query)
        .filter(|part| !keys.contains(&key_of(part)))
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

fn raw_parts(query: &str) -> impl Iterator<Item = &str> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|part| !part.is_empty())
}

fn key_of(part: &str) -> &str {
    part.split_once('=').map_or(part, |(key, _)| key)
}

/// Key and raw (still percent-encoded) value of each parameter.
pub fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    raw_parts(query).map(|part| part.split_once('=').unwrap_or((part, "")))
}

fn modality_by_slug(slug: &str) -> Option<ModalityId> {
    MODALITIES
        .iter()
        .position(|m| m.id == slug)
        .map(|i| ModalityId(i as u8))
}

fn benefit_by_slug(slug: &str) -> Option<BenefitId> {
    BENEFITS
        .iter()
        .position(|b| b.id == slug)
        .map(|i| BenefitId(i as u8))
}

/// Percent-decoding for query values; malformed escapes are kept as written,
/// and bytes that are not UTF-8 give an empty value: either way no id matches.
fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_default()
}

fn hex(digit: u8) -> Option<u8> {
    (digit as char).to_digit(16).map(|d| d as u8)
}
