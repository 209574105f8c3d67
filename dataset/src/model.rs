//! The dataset as people write it (`data/*.toml`), its validation, and the
//! Rust code generated from it (feature `load`).

use crate::{Basis, Certainty, Urgency, FIGURE_AREAS};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub benefits: Vec<Benefit>,
    pub modalities: Vec<Modality>,
    pub regions: Vec<Region>,
    /// General cautions to check before booking any massage, shown with every answer.
    pub before_you_book: Vec<Claim>,
    /// Warning signs that can come with pain anywhere in the body.
    #[serde(default)]
    pub general_red_flags: Vec<RedFlag>,
    /// What a warning sign tells the reader to do, by urgency and country.
    pub countries: Countries,
}

/// The action sentence of each urgency level, for readers whose country is
/// unknown (`default`), and for the countries that word it their own way.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Countries {
    pub default: Actions,
    #[serde(default)]
    pub places: Vec<Place>,
    /// Signs that need one service, whatever the country (a midwife for a
    /// pregnancy sign): a red flag's `route` names one.
    #[serde(default)]
    pub routes: Vec<Route>,
}

/// What to do for the signs that name it, in place of their level's country wording.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub id: String,
    /// The level of every sign that takes it.
    pub urgency: Urgency,
    /// One sentence, the same in every country: a service, no number or "GP".
    pub action: Claim,
}

/// What to do for each urgency level, in one sentence each.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actions {
    pub emergency: String,
    pub urgent: String,
    pub doctor: String,
}

/// A country (or a part of one with its own services) and its wording.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub name: String,
    /// ISO 3166-1 alpha-2 codes ("NZ"), or ISO 3166-2 codes for the parts of
    /// the United Kingdom ("GB-SCT"), as `country=` and browsers name them.
    pub codes: Vec<String>,
    pub emergency: String,
    pub urgent: String,
    /// When missing, the default wording.
    #[serde(default)]
    pub doctor: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Shown as the page heading.
    pub title: String,
    /// The standing note that massage complements medical care.
    pub disclaimer: Claim,
    /// The same in one line, shown above every answer's suggestions.
    pub in_short: Claim,
    /// When to see a doctor instead of booking a massage, shown on every region.
    pub see_a_doctor: Claim,
    /// Who the advice is for (adults; a child's pain needs a doctor), on every page.
    pub for_adults: Claim,
    /// Who should check with a doctor before any massage, in one line above the suggestions.
    pub check_first: Claim,
    /// When the content was last reviewed (`YYYY-MM-DD`), shown on every page.
    pub reviewed: String,
    /// Who reviewed it, as a role ("Massage Map editors", a clinic's name): never an invented person.
    pub reviewed_by: String,
}

/// A sentence shown to people, with the sources that back it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub text: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub citation: String,
    #[serde(default)]
    pub url: Option<String>,
    /// When the source was last checked (`YYYY-MM-DD`).
    pub checked: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benefit {
    pub id: String,
    /// Short label, e.g. "Pain relief".
    pub name: String,
    /// What the evidence supports, worded no stronger than it.
    pub summary: Claim,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Modality {
    pub id: String,
    pub name: String,
    pub what: Claim,
    /// Typical pressure and how a session feels.
    pub pressure: Claim,
    /// Whether `pressure` is practice convention (the default) or studied.
    #[serde(default)]
    pub pressure_basis: Basis,
    /// What the evidence says, in one honest line.
    pub evidence: Claim,
    /// How sure that evidence is.
    pub certainty: Certainty,
    /// Who should avoid it or check with a doctor first.
    pub caution: Claim,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// One of `FIGURE_AREAS`.
    pub id: String,
    pub name: String,
    /// Everyday words people search with ("lumbar", "sciatica").
    #[serde(default)]
    pub synonyms: Vec<String>,
    pub complaints: Claim,
    pub caution: Claim,
    /// Symptoms that need a doctor rather than a massage.
    #[serde(default)]
    pub red_flags: Vec<RedFlag>,
    /// Left to validation when missing, for a clearer message than serde's.
    #[serde(default)]
    pub suggestions: Vec<Suggestion>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    pub modality: String,
    /// Why, in one line of at most `MAX_BRIEF` characters, saying no more
    /// than `why`: the answer's summary shows it, with `why`'s sources.
    pub brief: String,
    pub why: Claim,
    /// Which of the benefits this may offer; empty where the evidence backs
    /// none of them (e.g. lymphatic drainage, which treats swelling).
    pub benefits: Vec<String>,
    /// "evidence" when studies of massage for this area back it, "convention"
    /// when it is common practice.
    pub basis: Basis,
    /// With "evidence" only: how sure the studies are. What they found is
    /// the `brief`, so the label beside it does not say it twice.
    #[serde(default)]
    pub certainty: Option<Certainty>,
}

/// A symptom that needs a doctor rather than a massage, and how soon.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlag {
    pub urgency: Urgency,
    /// Symptoms only, in plain words: no number to call, no "GP".
    pub text: String,
    /// The same in a few words (at most `MAX_SHORT` characters): the
    /// summary of a page lists its signs by it, the full text follows below.
    #[serde(default)]
    pub short: Option<String>,
    pub sources: Vec<String>,
    /// A `countries.routes` id: the sign needs that service, not the level's usual route.
    #[serde(default)]
    pub route: Option<String>,
}

impl RedFlag {
    fn claim(&self) -> Claim {
        Claim {
            text: self.text.clone(),
            sources: self.sources.clone(),
        }
    }
}

/// Every ISO 3166-1 alpha-2 code (Debian's iso-codes, iso_3166-1.json).
pub const COUNTRY_CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// The parts of the United Kingdom, whose health services word things their own way (ISO 3166-2).
pub const UK_PARTS: [&str; 4] = ["GB-ENG", "GB-NIR", "GB-SCT", "GB-WLS"];

/// Words that belong to an action, which the app adds by urgency and
/// country: a warning sign names symptoms only.
const ACTION_WORDS: [&str; 14] = [
    "999",
    "111",
    "911",
    "112",
    "000",
    "call",
    "phone",
    "gp",
    "a&e",
    "nhs",
    "emergency department",
    "urgent care",
    "see a doctor",
    "book",
];

/// The words of one country's numbers and services, which a route shown in every country must not use.
const COUNTRY_WORDS: [&str; 9] = [
    "999",
    "111",
    "911",
    "112",
    "000",
    "gp",
    "a&e",
    "nhs",
    "healthline",
];

/// Longest `short` of a warning sign: a few words at a glance.
pub const MAX_SHORT: usize = 44;

/// Longest `brief`: one line of a phone's answer.
pub const MAX_BRIEF: usize = 48;

/// Parses and validates `text` read from `file`. Every error names the file,
/// the entry and what is wrong.
pub fn load(file: &str, text: &str) -> Result<Dataset, Vec<String>> {
    crate::parse_checked(file, text, validate)
}

/// Every problem in the dataset, as "entry: what is wrong".
pub fn validate(data: &Dataset) -> Vec<String> {
    let mut problems = Vec::new();
    let source_ids = unique_ids(
        "source",
        data.sources.iter().map(|s| s.id.as_str()),
        &mut problems,
    );
    let benefit_ids = unique_ids(
        "benefit",
        data.benefits.iter().map(|b| b.id.as_str()),
        &mut problems,
    );
    let modality_ids = unique_ids(
        "modality",
        data.modalities.iter().map(|m| m.id.as_str()),
        &mut problems,
    );
    if data.sources.len() > usize::from(u8::MAX) {
        problems.push(format!(
            "sources: {} listed, at most 255 fit the compiled tables",
            data.sources.len()
        ));
    }
    unique_ids(
        "region",
        data.regions.iter().map(|r| r.id.as_str()),
        &mut problems,
    );

    let mut cited = BTreeSet::new();
    let mut check = |entry: &str, field: &str, claim: &Claim, problems: &mut Vec<String>| {
        if claim.text.trim().is_empty() {
            problems.push(format!("{entry}: {field} has no text"));
        }
        if claim.sources.is_empty() {
            problems.push(format!("{entry}: {field} has no source"));
        }
        for source in &claim.sources {
            if source_ids.contains(source.as_str()) {
                cited.insert(source.clone());
            } else {
                problems.push(format!("{entry}: {field} cites unknown source '{source}'"));
            }
        }
    };

    if data.meta.title.trim().is_empty() {
        problems.push("meta: title is empty".into());
    }
    check("meta", "disclaimer", &data.meta.disclaimer, &mut problems);
    check("meta", "in_short", &data.meta.in_short, &mut problems);
    check(
        "meta",
        "see_a_doctor",
        &data.meta.see_a_doctor,
        &mut problems,
    );
    check("meta", "for_adults", &data.meta.for_adults, &mut problems);
    if date(&data.meta.reviewed).is_none() {
        problems.push(format!(
            "meta: reviewed {:?} is not a date (YYYY-MM-DD)",
            data.meta.reviewed
        ));
    }
    non_empty("meta", "reviewed_by", &data.meta.reviewed_by, &mut problems);
    check("meta", "check_first", &data.meta.check_first, &mut problems);
    for source in &data.sources {
        if date(&source.checked).is_none() {
            problems.push(format!(
                "source '{}': checked {:?} is not a date (YYYY-MM-DD)",
                source.id, source.checked
            ));
        }
        if source.citation.trim().is_empty() {
            problems.push(format!("source '{}': citation is empty", source.id));
        }
        if let Some(url) = &source.url {
            if !url.starts_with("https://") && !url.starts_with("http://") {
                problems.push(format!(
                    "source '{}': url must start with https:// or http://",
                    source.id
                ));
            }
        }
    }
    for benefit in &data.benefits {
        let entry = format!("benefit '{}'", benefit.id);
        non_empty(&entry, "name", &benefit.name, &mut problems);
        check(&entry, "summary", &benefit.summary, &mut problems);
    }
    for modality in &data.modalities {
        let entry = format!("modality '{}'", modality.id);
        non_empty(&entry, "name", &modality.name, &mut problems);
        check(&entry, "what", &modality.what, &mut problems);
        check(&entry, "pressure", &modality.pressure, &mut problems);
        check(&entry, "evidence", &modality.evidence, &mut problems);
        check(&entry, "caution", &modality.caution, &mut problems);
    }

    let mut suggested = BTreeSet::new();
    let mut benefits_used = BTreeSet::new();
    for region in &data.regions {
        let entry = format!("region '{}'", region.id);
        if !FIGURE_AREAS.iter().any(|(id, ..)| *id == region.id) {
            let known: Vec<_> = FIGURE_AREAS.iter().map(|(id, ..)| *id).collect();
            problems.push(format!(
                "{entry}: not an area of the body figure (known: {})",
                known.join(", ")
            ));
        }
        non_empty(&entry, "name", &region.name, &mut problems);
        for synonym in &region.synonyms {
            non_empty(&entry, "synonym", synonym, &mut problems);
        }
        check(&entry, "complaints", &region.complaints, &mut problems);
        check(&entry, "caution", &region.caution, &mut problems);
        let mut shorts = BTreeSet::new();
        for (n, flag) in region.red_flags.iter().enumerate() {
            let field = format!("red flag {}", n + 1);
            check(&entry, &field, &flag.claim(), &mut problems);
            red_flag(&entry, &field, flag, &mut problems);
            if let Some(short) = &flag.short {
                if !shorts.insert(short.trim()) {
                    problems.push(format!(
                        "{entry}: {field} has the same short as another of its signs"
                    ));
                }
            }
        }
        if region.suggestions.is_empty() {
            problems.push(format!("{entry}: has no suggestion"));
        }
        let mut seen = BTreeSet::new();
        for suggestion in &region.suggestions {
            let field = format!("suggestion '{}'", suggestion.modality);
            if !modality_ids.contains(suggestion.modality.as_str()) {
                problems.push(format!("{entry}: {field} names unknown modality"));
            }
            if !seen.insert(suggestion.modality.as_str()) {
                problems.push(format!("{entry}: {field} is listed twice"));
            }
            suggested.insert(suggestion.modality.as_str());
            match (suggestion.basis, suggestion.certainty) {
                (Basis::Evidence, Some(_)) | (Basis::Convention, None) => {}
                (Basis::Evidence, None) => problems.push(format!(
                    "{entry}: {field} has basis \"evidence\" but no certainty"
                )),
                (Basis::Convention, Some(_)) => problems.push(format!(
                    "{entry}: {field} is common practice, so it takes no certainty"
                )),
            }
            if suggestion.brief.trim().is_empty() {
                problems.push(format!("{entry}: {field} brief is empty"));
            } else if suggestion.brief.chars().count() > MAX_BRIEF {
                problems.push(format!(
                    "{entry}: {field} brief is longer than {MAX_BRIEF} characters (it is one line)"
                ));
            }
            check(
                &entry,
                &format!("{field} why"),
                &suggestion.why,
                &mut problems,
            );
            for benefit in &suggestion.benefits {
                if benefit_ids.contains(benefit.as_str()) {
                    benefits_used.insert(benefit.as_str());
                } else {
                    problems.push(format!(
                        "{entry}: {field} names unknown benefit '{benefit}'"
                    ));
                }
            }
        }
    }
    if data.before_you_book.is_empty() {
        problems.push("before_you_book: the checklist is empty".into());
    }
    for (n, item) in data.before_you_book.iter().enumerate() {
        check(
            "before_you_book",
            &format!("item {}", n + 1),
            item,
            &mut problems,
        );
    }
    for (n, flag) in data.general_red_flags.iter().enumerate() {
        let field = format!("red flag {}", n + 1);
        check("general_red_flags", &field, &flag.claim(), &mut problems);
        red_flag("general_red_flags", &field, flag, &mut problems);
    }
    let actions = &data.countries.default;
    for (level, text) in [
        ("emergency", &actions.emergency),
        ("urgent", &actions.urgent),
        ("doctor", &actions.doctor),
    ] {
        non_empty("countries.default", level, text, &mut problems);
    }
    let mut codes_seen = BTreeSet::new();
    for place in &data.countries.places {
        let entry = format!("country '{}'", place.name);
        non_empty(&entry, "name", &place.name, &mut problems);
        non_empty(&entry, "emergency", &place.emergency, &mut problems);
        non_empty(&entry, "urgent", &place.urgent, &mut problems);
        if let Some(doctor) = &place.doctor {
            non_empty(&entry, "doctor", doctor, &mut problems);
        }
        if place.codes.is_empty() {
            problems.push(format!("{entry}: has no country code"));
        }
        for code in &place.codes {
            let known =
                COUNTRY_CODES.split(' ').any(|c| c == code) || UK_PARTS.contains(&code.as_str());
            if !known {
                problems.push(format!(
                    "{entry}: '{code}' is not an ISO 3166-1 alpha-2 country code (such as \"NZ\"), nor one of {}",
                    UK_PARTS.join(", ")
                ));
            }
            if !codes_seen.insert(code.as_str()) {
                problems.push(format!("{entry}: '{code}' is listed for two countries"));
            }
        }
        let claim = Claim {
            text: place.name.clone(),
            sources: place.sources.clone(),
        };
        check(&entry, "sources", &claim, &mut problems);
    }
    let mut route_ids = BTreeSet::new();
    for route in &data.countries.routes {
        let entry = format!("route '{}'", route.id);
        non_empty(&entry, "id", &route.id, &mut problems);
        if !route_ids.insert(route.id.as_str()) {
            problems.push(format!("{entry}: is listed twice"));
        }
        check(&entry, "action", &route.action, &mut problems);
        // Shown in every country: the words of one country's services or numbers are not.
        let lower = route.action.text.to_lowercase();
        for word in COUNTRY_WORDS {
            if lower
                .split(|c: char| !(c.is_alphanumeric() || c == '&'))
                .any(|w| w == word)
            {
                problems.push(format!(
                    "{entry}: action says '{word}', which readers in other countries do not use"
                ));
            }
        }
    }
    let flags = data
        .general_red_flags
        .iter()
        .map(|f| ("general_red_flags".to_string(), f));
    let flags = flags.chain(data.regions.iter().flat_map(|r| {
        r.red_flags
            .iter()
            .map(move |f| (format!("region '{}'", r.id), f))
    }));
    let mut routed = BTreeSet::new();
    for (entry, flag) in flags {
        let Some(id) = &flag.route else { continue };
        match data.countries.routes.iter().find(|r| &r.id == id) {
            None => problems.push(format!(
                "{entry}: the sign '{}' has route '{id}', which countries.routes does not define",
                flag.text
            )),
            Some(route) if route.urgency != flag.urgency => problems.push(format!(
                "{entry}: the sign '{}' is {:?} but its route '{id}' is for {:?} signs",
                flag.text, flag.urgency, route.urgency
            )),
            Some(_) => {
                routed.insert(id.as_str());
            }
        }
    }
    for route in &data.countries.routes {
        if !routed.contains(route.id.as_str()) {
            problems.push(format!("route '{}': no warning sign takes it", route.id));
        }
    }
    for modality in &data.modalities {
        if !suggested.contains(modality.id.as_str()) {
            problems.push(format!("modality '{}': suits no region", modality.id));
        }
    }
    // A benefit no suggestion offers is allowed: its highlight says honestly
    // that no area has evidence for it.
    let _ = benefits_used;
    for source in &data.sources {
        if !cited.contains(&source.id) {
            problems.push(format!("source '{}': cited by no claim", source.id));
        }
    }
    problems
}

/// A calendar date `YYYY-MM-DD`, as (year, month, day).
pub fn date(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    (1..=12).contains(&m).then_some(())?;
    (1..=days[m as usize - 1]).contains(&d).then_some((y, m, d))
}

/// What is older than 12 months on `today`: the review, or a source's check.
/// The build shows these as warnings.
pub fn stale(data: &Dataset, today: (i32, u32, u32)) -> Vec<String> {
    let year_before = (today.0 - 1, today.1, today.2);
    let old = |text: &str| date(text).is_some_and(|d| d < year_before);
    let mut warnings = Vec::new();
    if old(&data.meta.reviewed) {
        warnings.push(format!(
            "meta: the content was last reviewed on {}, more than 12 months ago: review it again",
            data.meta.reviewed
        ));
    }
    for source in data.sources.iter().filter(|s| old(&s.checked)) {
        warnings.push(format!(
            "source '{}': last checked on {}, more than 12 months ago: check it again",
            source.id, source.checked
        ));
    }
    warnings
}

/// A warning sign (`field`, "red flag 3") names symptoms only, and so does its short name.
fn red_flag(entry: &str, field: &str, flag: &RedFlag, problems: &mut Vec<String>) {
    symptoms_only(entry, field, &flag.text, problems);
    match &flag.short {
        Some(short) if short.trim().is_empty() => {
            problems.push(format!("{entry}: {field} short is empty"))
        }
        Some(short) if short.chars().count() > MAX_SHORT => problems.push(format!(
            "{entry}: {field} short is longer than {MAX_SHORT} characters"
        )),
        Some(short) => symptoms_only(entry, &format!("{field} short"), short, problems),
        None => problems.push(format!(
            "{entry}: {field} has no short: the page's summary lists warning signs by it"
        )),
    }
}

/// A warning sign names symptoms; what to do comes from its urgency and the reader's country.
fn symptoms_only(entry: &str, field: &str, text: &str, problems: &mut Vec<String>) {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| !w.is_empty())
        .collect();
    for action in ACTION_WORDS {
        let found = if action.contains(' ') {
            lower.contains(action)
        } else {
            words.contains(&action)
        };
        if found {
            problems.push(format!(
                "{entry}: {field} says '{action}': a warning sign names symptoms only; the app adds what to do from its urgency and the reader's country"
            ));
        }
    }
}

fn non_empty(entry: &str, field: &str, value: &str, problems: &mut Vec<String>) {
    if value.trim().is_empty() {
        problems.push(format!("{entry}: {field} is empty"));
    }
}

fn unique_ids<'a>(
    kind: &str,
    ids: impl Iterator<Item = &'a str>,
    problems: &mut Vec<String>,
) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    for id in ids {
        let well_formed = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed && kind != "source" {
            problems.push(format!(
                "{kind} '{id}': id must be lowercase letters, digits and '-'"
            ));
        }
        if !seen.insert(id) {
            problems.push(format!("{kind} '{id}': duplicate id"));
        }
    }
    seen
}

/// Rust source for the `'static` tables in the app's `content.rs`, which has
/// `Basis`, `Certainty` and `Urgency` in scope (it writes `Certainty::Low`).
pub fn generate(data: &Dataset) -> String {
    let source_index: BTreeMap<&str, usize> = data
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let index_of = |list: &[&str], id: &str| list.iter().position(|x| *x == id).unwrap();
    let benefit_ids: Vec<&str> = data.benefits.iter().map(|b| b.id.as_str()).collect();
    let modality_ids: Vec<&str> = data.modalities.iter().map(|m| m.id.as_str()).collect();
    // Source ids as their indexes into SOURCES: "3, 7".
    let source_numbers = |ids: &[String]| {
        let numbers: Vec<String> = ids
            .iter()
            .map(|s| source_index[s.as_str()].to_string())
            .collect();
        numbers.join(", ")
    };
    let claim = |c: &Claim| {
        format!(
            "Claim {{ text: {:?}, sources: &[{}] }}",
            c.text.trim(),
            source_numbers(&c.sources)
        )
    };
    // Most urgent first.
    let red_flags = |flags: &[RedFlag]| {
        let mut flags: Vec<&RedFlag> = flags.iter().collect();
        flags.sort_by_key(|f| f.urgency);
        let flags: Vec<String> = flags
            .iter()
            .map(|f| {
                let route = f
                    .route
                    .as_ref()
                    .and_then(|id| data.countries.routes.iter().find(|r| &r.id == id))
                    .map_or("None".to_string(), |r| {
                        format!("Some({})", claim(&r.action))
                    });
                format!(
                    "RedFlag {{ urgency: Urgency::{:?}, claim: {}, short: {:?}, route: {route} }}",
                    f.urgency,
                    claim(&f.claim()),
                    f.short.as_deref().unwrap_or_default().trim()
                )
            })
            .collect();
        flags.join(", ")
    };

    let mut out = String::new();
    let meta = &data.meta;
    writeln!(
        out,
        "pub static META: Meta = Meta {{ title: {:?}, disclaimer: {}, in_short: {}, see_a_doctor: {}, for_adults: {}, check_first: {}, reviewed: {:?}, reviewed_by: {:?} }};",
        meta.title,
        claim(&meta.disclaimer),
        claim(&meta.in_short),
        claim(&meta.see_a_doctor),
        claim(&meta.for_adults),
        claim(&meta.check_first),
        meta.reviewed,
        meta.reviewed_by
    )
    .unwrap();
    out.push_str("pub static SOURCES: &[Source] = &[\n");
    for s in &data.sources {
        writeln!(
            out,
            "    Source {{ id: {:?}, citation: {:?}, url: {:?} }},",
            s.id, s.citation, s.url
        )
        .unwrap();
    }
    out.push_str("];\npub static BENEFITS: &[Benefit] = &[\n");
    for b in &data.benefits {
        writeln!(
            out,
            "    Benefit {{ id: {:?}, name: {:?}, summary: {} }},",
            b.id,
            b.name,
            claim(&b.summary)
        )
        .unwrap();
    }
    out.push_str("];\npub static MODALITIES: &[Modality] = &[\n");
    for m in &data.modalities {
        writeln!(
            out,
            "    Modality {{ id: {:?}, name: {:?}, what: {}, pressure: {}, pressure_basis: Basis::{:?}, evidence: {}, certainty: Certainty::{:?}, caution: {} }},",
            m.id,
            m.name,
            claim(&m.what),
            claim(&m.pressure),
            m.pressure_basis,
            claim(&m.evidence),
            m.certainty,
            claim(&m.caution)
        )
        .unwrap();
    }
    out.push_str("];\npub static REGIONS: &[Region] = &[\n");
    // Regions follow the figure's head-to-toe order, which arrow keys follow too.
    for (area, front, back) in FIGURE_AREAS {
        let Some(r) = data.regions.iter().find(|r| r.id == *area) else {
            continue;
        };
        let flags = red_flags(&r.red_flags);
        let suggestions: Vec<String> = r
            .suggestions
            .iter()
            .map(|s| {
                let benefits: Vec<String> = s
                    .benefits
                    .iter()
                    .map(|b| format!("BenefitId({})", index_of(&benefit_ids, b)))
                    .collect();
                let evidence = match s.certainty {
                    Some(c) => format!("Some(Certainty::{c:?})"),
                    None => "None".to_string(),
                };
                format!(
                    "Suggestion {{ modality: ModalityId({}), brief: {:?}, why: {}, benefits: &[{}], evidence: {evidence} }}",
                    index_of(&modality_ids, &s.modality),
                    s.brief.trim(),
                    claim(&s.why),
                    benefits.join(", "),
                )
            })
            .collect();
        let synonyms: Vec<String> = r.synonyms.iter().map(|s| format!("{s:?}")).collect();
        writeln!(
            out,
            "    Region {{ id: {:?}, name: {:?}, on_front: {front}, on_back: {back}, synonyms: &[{}], complaints: {}, caution: {}, red_flags: &[{}], suggestions: &[{}] }},",
            r.id,
            r.name,
            synonyms.join(", "),
            claim(&r.complaints),
            claim(&r.caution),
            flags,
            suggestions.join(", ")
        )
        .unwrap();
    }
    out.push_str("];\npub static BEFORE_YOU_BOOK: &[Claim] = &[\n");
    for item in &data.before_you_book {
        writeln!(out, "    {},", claim(item)).unwrap();
    }
    writeln!(
        out,
        "];\npub static GENERAL_RED_FLAGS: &[RedFlag] = &[{}];",
        red_flags(&data.general_red_flags)
    )
    .unwrap();
    let d = &data.countries.default;
    writeln!(
        out,
        "pub static DEFAULT_ACTIONS: Actions = Actions {{ emergency: {:?}, urgent: {:?}, doctor: {:?} }};",
        d.emergency.trim(),
        d.urgent.trim(),
        d.doctor.trim()
    )
    .unwrap();
    out.push_str("pub static PLACES: &[Place] = &[\n");
    for p in &data.countries.places {
        let codes: Vec<String> = p.codes.iter().map(|c| format!("{c:?}")).collect();
        writeln!(
            out,
            "    Place {{ name: {:?}, codes: &[{}], sources: &[{}], actions: Actions {{ emergency: {:?}, urgent: {:?}, doctor: {:?} }} }},",
            p.name,
            codes.join(", "),
            source_numbers(&p.sources),
            p.emergency.trim(),
            p.urgent.trim(),
            p.doctor.as_deref().unwrap_or(&d.doctor).trim()
        )
        .unwrap();
    }
    out.push_str("];\n");
    out
}
