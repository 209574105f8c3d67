//! The dataset compiled into the binary by `build.rs` (from `data/*.toml`):
//! plain `'static` tables, indexed by small `Copy` ids.

/// Defined once, in the dataset crate (without its `load` feature, so no
/// serde here); the generated tables below name them (`Certainty::Low`).
pub use massage_map_dataset::{Basis, Certainty, Urgency};

use crate::locale::STRINGS;

pub struct Meta {
    pub title: &'static str,
    pub disclaimer: Claim,
    /// The disclaimer in one line.
    pub in_short: Claim,
    pub see_a_doctor: Claim,
    /// For adults; a child's pain needs a doctor.
    pub for_adults: Claim,
    /// Who should check with a doctor before any massage, in one line.
    pub check_first: Claim,
    /// When the content was last reviewed (`YYYY-MM-DD`), and by whom (a role).
    pub reviewed: &'static str,
    pub reviewed_by: &'static str,
}

/// A sentence shown to people, with indexes into `SOURCES` (one byte each:
/// validation allows at most 255 sources).
pub struct Claim {
    pub text: &'static str,
    pub sources: &'static [u8],
}

pub struct Source {
    pub id: &'static str,
    pub citation: &'static str,
    pub url: Option<&'static str>,
}

pub struct Benefit {
    pub id: &'static str,
    pub name: &'static str,
    pub summary: Claim,
}

pub struct Modality {
    pub id: &'static str,
    pub name: &'static str,
    pub what: Claim,
    pub pressure: Claim,
    pub pressure_basis: Basis,
    pub evidence: Claim,
    pub certainty: Certainty,
    pub caution: Claim,
}

pub struct Region {
    pub id: &'static str,
    pub name: &'static str,
    pub on_front: bool,
    pub on_back: bool,
    pub synonyms: &'static [&'static str],
    pub complaints: Claim,
    pub caution: Claim,
    /// Most urgent first.
    pub red_flags: &'static [RedFlag],
    pub suggestions: &'static [Suggestion],
}

pub struct Suggestion {
    pub modality: ModalityId,
    /// Why, in one line (the full `why` is one click away).
    pub brief: &'static str,
    pub why: Claim,
    pub benefits: &'static [BenefitId],
    /// How sure studies of massage for this area are (the `brief` says what
    /// they found); `None` where the suggestion is common practice.
    pub evidence: Option<Certainty>,
}

pub struct RedFlag {
    pub urgency: Urgency,
    /// Symptoms only: what to do comes from the urgency and the reader's country.
    pub claim: Claim,
    /// The same in a few words: the summary lists the signs by it.
    pub short: &'static str,
    /// What to do when the sign needs one service whatever the country (a
    /// midwife), in place of its level's country wording.
    pub route: Option<Claim>,
}

/// What to do, one sentence for each urgency level.
pub struct Actions {
    pub emergency: &'static str,
    pub urgent: &'static str,
    pub doctor: &'static str,
}

impl Actions {
    pub fn of(&self, urgency: Urgency) -> &'static str {
        match urgency {
            Urgency::Emergency => self.emergency,
            Urgency::Urgent => self.urgent,
            Urgency::Doctor => self.doctor,
        }
    }
}

/// A country (or a part of the United Kingdom) with its own wording.
pub struct Place {
    pub name: &'static str,
    /// ISO 3166-1 alpha-2, or ISO 3166-2 for the parts of the United Kingdom.
    pub codes: &'static [&'static str],
    /// Where its numbers and services are named, as indexes into `SOURCES`.
    pub sources: &'static [u8],
    pub actions: Actions,
}

/// The interface's words for a certainty: the locale's, not the dataset's.
pub trait CertaintyLabel {
    /// Completes "… certainty" or stands alone as the label.
    fn label(self) -> &'static str;
    /// The same, starting a line.
    fn heading(self) -> &'static str;
}

impl CertaintyLabel for Certainty {
    fn label(self) -> &'static str {
        match self {
            Certainty::High => STRINGS.certainty_high,
            Certainty::Moderate => STRINGS.certainty_moderate,
            Certainty::Low => STRINGS.certainty_low,
            Certainty::VeryLow => STRINGS.certainty_very_low,
            Certainty::Disputed => STRINGS.certainty_disputed,
            Certainty::Insufficient => STRINGS.certainty_insufficient,
        }
    }

    fn heading(self) -> &'static str {
        match self {
            Certainty::High => STRINGS.certainty_high_heading,
            Certainty::Moderate => STRINGS.certainty_moderate_heading,
            Certainty::Low => STRINGS.certainty_low_heading,
            Certainty::VeryLow => STRINGS.certainty_very_low_heading,
            Certainty::Disputed => STRINGS.certainty_disputed_heading,
            Certainty::Insufficient => STRINGS.certainty_insufficient_heading,
        }
    }
}

/// The interface's words for an urgency: the locale's, not the dataset's.
pub trait UrgencyLabel {
    /// The `data-urgency` value.
    fn slug(self) -> &'static str;
    /// Shown before the red flag.
    fn label(self) -> &'static str;
}

impl UrgencyLabel for Urgency {
    fn slug(self) -> &'static str {
        match self {
            Urgency::Emergency => "emergency",
            Urgency::Urgent => "urgent",
            Urgency::Doctor => "doctor",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Urgency::Emergency => STRINGS.urgency_emergency,
            Urgency::Urgent => STRINGS.urgency_urgent,
            Urgency::Doctor => STRINGS.urgency_doctor,
        }
    }
}

/// Index into `REGIONS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionId(pub u8);
/// Index into `MODALITIES`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ModalityId(pub u8);
/// Index into `PLACES`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PlaceId(pub u8);
/// Index into `BENEFITS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BenefitId(pub u8);

include!(concat!(env!("OUT_DIR"), "/content.rs"));

impl RegionId {
    pub fn all() -> impl Iterator<Item = RegionId> {
        (0..REGIONS.len() as u8).map(RegionId)
    }
    pub fn get(self) -> &'static Region {
        &REGIONS[self.0 as usize]
    }
    pub fn by_slug(slug: &str) -> Option<RegionId> {
        REGIONS
            .iter()
            .position(|r| r.id == slug)
            .map(|i| RegionId(i as u8))
    }
}

impl ModalityId {
    pub fn all() -> impl Iterator<Item = ModalityId> {
        (0..MODALITIES.len() as u8).map(ModalityId)
    }
    pub fn get(self) -> &'static Modality {
        &MODALITIES[self.0 as usize]
    }
}

impl PlaceId {
    pub fn get(self) -> &'static Place {
        &PLACES[self.0 as usize]
    }

    /// The place a code names (`nz`, `GB-SCT`), in any case.
    pub fn by_code(code: &str) -> Option<PlaceId> {
        PLACES
            .iter()
            .position(|p| p.codes.iter().any(|c| c.eq_ignore_ascii_case(code)))
            .map(|i| PlaceId(i as u8))
    }

    /// The place of the first language tag with a region (`en-NZ` → NZ), in
    /// the reader's order of preference.
    pub fn from_languages(languages: &str) -> Option<PlaceId> {
        languages
            .split(',')
            .filter_map(|tag| {
                tag.trim()
                    .split(['-', '_'])
                    .skip(1)
                    .find(|part| part.len() == 2)
            })
            .map(PlaceId::by_code)
            .next()
            .flatten()
    }
}

/// What to do for each urgency level where the reader is: their country's
/// wording, or the neutral one.
pub fn actions(place: Option<PlaceId>) -> &'static Actions {
    place.map_or(&DEFAULT_ACTIONS, |p| &p.get().actions)
}

impl BenefitId {
    pub fn all() -> impl Iterator<Item = BenefitId> {
        (0..BENEFITS.len() as u8).map(BenefitId)
    }
    pub fn get(self) -> &'static Benefit {
        &BENEFITS[self.0 as usize]
    }
}
