//! The part of the state that lives in the URL query, so links open a region
//! directly and back/forward step through selections. Other parameters and the
//! fragment (WordPress appends `#?secret=…`) are left untouched.

use crate::content::{BenefitId, ModalityId, PlaceId, RegionId, BENEFITS, MODALITIES};
use crate::state::{Lens, View};
use yew::AttrValue;

const REGION: &str = "region";
const VIEW: &str = "view";
const MASSAGE: &str = "massage";
const BENEFIT: &str = "benefit";
const OURS: [&str; 4] = [REGION, VIEW, MASSAGE, BENEFIT];
const COUNTRY: &str = "country";
const EMBED: &str = "embed";

/// What one page of the site is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Subject {
    /// The body map with nothing chosen.
    #[default]
    Intro,
    Region(RegionId),
    /// A massage type: what it is, its evidence, the areas it suits.
    Massage(ModalityId),
}

/// One prerendered page: a subject on one view of the figure. Every page is
/// a file of its own next to `index.html`, so relative links work from any
/// folder of any static host.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Page {
    pub view: View,
    pub subject: Subject,
}

impl Page {
    pub const INTRO: Page = Page {
        view: View::Front,
        subject: Subject::Intro,
    };

    /// Every page the site has, the canonical ones first in each group.
    pub fn all() -> Vec<Page> {
        let subjects = std::iter::once(Subject::Intro)
            .chain(RegionId::all().map(Subject::Region))
            .chain(ModalityId::all().map(Subject::Massage));
        subjects
            .flat_map(|subject| {
                let home = Page::home(subject);
                [
                    home,
                    Page {
                        view: home.view.other(),
                        subject,
                    },
                ]
            })
            .collect()
    }

    /// The subject on its usual view: a region on the view that shows it
    /// (front when both do), anything else on the front.
    pub fn home(subject: Subject) -> Page {
        let view = match subject {
            Subject::Region(region) => View::Front.showing(region),
            _ => View::Front,
        };
        Page { view, subject }
    }

    /// The page search engines and shared links should name.
    pub fn canonical(self) -> Page {
        Page::home(self.subject)
    }

    /// `index.html`, `back.html`, `knees.html`, `knees-back.html`,
    /// `massage-swedish.html`, `massage-swedish-back.html`.
    pub fn file(self) -> String {
        let stem = match self.subject {
            Subject::Intro => {
                return match self.view {
                    View::Front => "index.html".into(),
                    View::Back => "back.html".into(),
                }
            }
            Subject::Region(region) => region.get().id.to_string(),
            Subject::Massage(massage) => format!("massage-{}", massage.get().id),
        };
        if self == self.canonical() {
            format!("{stem}.html")
        } else {
            format!("{stem}-{}.html", self.view.slug())
        }
    }

    /// The page a file name (the last part of a path) names, with or
    /// without `.html` (some hosts drop it); the folder itself is the intro.
    pub fn from_file(name: &str) -> Option<Page> {
        let stem = name.strip_suffix(".html").unwrap_or(name);
        match stem {
            "" | "index" => return Some(Page::INTRO),
            "back" => {
                return Some(Page {
                    view: View::Back,
                    subject: Subject::Intro,
                })
            }
            _ => {}
        }
        let subject = |stem: &str| match stem.strip_prefix("massage-") {
            Some(id) => modality_by_slug(id).map(Subject::Massage),
            None => RegionId::by_slug(stem).map(Subject::Region),
        };
        if let Some(subject) = subject(stem) {
            return Some(Page::home(subject));
        }
        let (stem, view) = stem.rsplit_once('-')?;
        let page = Page {
            view: View::from_slug(view)?,
            subject: subject(stem)?,
        };
        // `knees-front.html` is not a name we write: `knees.html` is.
        (page != page.canonical()).then_some(page)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub view: View,
    pub region: Option<RegionId>,
    pub lens: Option<Lens>,
    /// The page is in a host's frame (`embed=1`): compact chrome.
    pub embed: bool,
    /// Where the reader is (`country=nz`, else their browser's language), for
    /// what a warning sign tells them to do; `None`: the neutral wording.
    pub place: Option<PlaceId>,
    /// `country=` named a code we have no wording for: the neutral one shows, with a note.
    pub unknown_country: bool,
    /// A parameter of ours had a value we do not know; it was ignored.
    pub had_unknown_value: bool,
}

impl Route {
    /// What a page shows before its query is read.
    pub fn of_page(page: Page) -> Route {
        let (region, lens) = match page.subject {
            Subject::Intro => (None, None),
            Subject::Region(region) => (Some(region), None),
            Subject::Massage(massage) => (None, Some(Lens::Massage(massage))),
        };
        Route {
            view: page.view,
            region,
            lens,
            ..Route::default()
        }
    }

    /// The page this route is shown on.
    pub fn page(self) -> Page {
        let subject = match (self.region, self.lens) {
            (Some(region), _) => Subject::Region(region),
            (None, Some(Lens::Massage(massage))) => Subject::Massage(massage),
            (None, _) => Subject::Intro,
        };
        Page {
            view: self.view,
            subject,
        }
    }

    /// The intro's query, as links before the pages had them (`?region=neck&view=back`).
    pub fn parse(query: &str) -> Route {
        Route::at(Page::INTRO, query)
    }

    /// `page` read with its query string. The parameters of links from before
    /// every area had its page (`?region=neck&view=back&massage=swedish`) still
    /// work: they choose as they did, turning the figure to a view that shows
    /// the region.
    ///
    /// Names are matched exactly (`Region=` is someone else's parameter).
    /// Values are percent-decoded, then read without the spaces around them
    /// and in any ASCII case (`?region=Knees%20`, `country=NZ`). Of a repeated
    /// parameter, the FIRST value is the one read, for every parameter read
    /// here (ours, `country`, `embed`), even when that value is unknown; the
    /// later ones are ignored like unknown names.
    pub fn at(page: Page, query: &str) -> Route {
        let mut route = Route::of_page(page);
        let mut seen = [false; OURS.len()];
        let mut legacy = false;
        let mut lens_asked = false;
        let mut country_seen = false;
        let mut embed_seen = false;
        for (key, value) in pairs(query) {
            if key == EMBED && !std::mem::replace(&mut embed_seen, true) {
                route.embed = matches!(slug(&decode(value)).as_str(), "1" | "true");
            }
            // Not ours to write: it stays in the query, so every link keeps it.
            // An empty `country=` names none: as if it were not there.
            if key == COUNTRY && !country_seen {
                let code = decode(value);
                if !code.trim().is_empty() {
                    country_seen = true;
                    route.place = place_by_code(&code);
                    route.unknown_country = route.place.is_none();
                }
            }
            let Some(slot) = OURS.iter().position(|k| *k == key) else {
                continue;
            };
            // The first value wins; repeats are ignored like unknown keys.
            if std::mem::replace(&mut seen[slot], true) {
                continue;
            }
            let value = slug(&decode(value));
            let lens = match key {
                MASSAGE => Some(modality_by_slug(&value).map(Lens::Massage)),
                BENEFIT => Some(benefit_by_slug(&value).map(Lens::Benefit)),
                _ => None,
            };
            let known = match (key, lens) {
                (REGION, _) => RegionId::by_slug(&value).map(|id| route.region = Some(id)),
                (VIEW, _) => View::from_slug(&value).map(|v| route.view = v),
                // The first lens the query names wins over the page's own.
                (_, Some(lens)) => lens.map(|lens| {
                    if !std::mem::replace(&mut lens_asked, true) {
                        route.lens = Some(lens);
                    }
                }),
                _ => None,
            };
            legacy |= matches!(key, REGION | VIEW) && known.is_some();
            route.had_unknown_value |= known.is_none();
        }
        if let (true, Some(region)) = (legacy, route.region) {
            route.view = route.view.showing(region);
        }
        route
    }

    /// With no `country=` in the link, the reader's place from their browser's
    /// languages (`en-NZ,en`), if we have wording for it.
    pub fn with_languages(self, languages: &str) -> Route {
        if self.place.is_some() || self.unknown_country {
            return self;
        }
        Route {
            place: PlaceId::from_languages(languages),
            ..self
        }
    }

    /// The address, relative to the folder, for this route: its page's file
    /// and a query with the lens (when the file does not name it already)
    /// and everyone else's parameters in place.
    pub fn to_url(self, current: &str) -> String {
        let mut parts: Vec<String> = raw_parts(current)
            .filter(|part| !OURS.contains(&key_of(part)))
            .map(str::to_string)
            .collect();
        match (self.region, self.lens) {
            (None, Some(Lens::Massage(_))) | (_, None) => {}
            (Some(_), Some(Lens::Massage(m))) => parts.push(format!("{MASSAGE}={}", m.get().id)),
            (_, Some(Lens::Benefit(b))) => parts.push(format!("{BENEFIT}={}", b.get().id)),
        }
        let query = if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        };
        format!("{}{query}", self.page().file())
    }
}

/// The link that chooses `region` from `view` (turning the figure only when
/// it must), keeping the lens and the page's other parameters.
pub fn region_link(region: RegionId, view: View, lens: Option<Lens>, query: &str) -> AttrValue {
    Route {
        view: view.showing(region),
        region: Some(region),
        lens,
        ..Route::default()
    }
    .to_url(query)
    .into()
}

/// What boot.js needs to send a link from before the pages (`?region=knees`)
/// to its page before anything is drawn, as JSON: the ids it knows
/// (`"region":["head",…]`, `"massage":[…]`), and under `"files"` the file for
/// each key (`region chest back`, `view back`) whose page is not the one
/// `old_link_default` names. Kept short: the intro carries it.
pub fn old_links_json() -> String {
    let regions: Vec<_> = RegionId::all().map(|r| r.get().id).collect();
    let massages: Vec<_> = ModalityId::all().map(|m| m.get().id).collect();
    let mut files = Vec::new();
    for (kind, ids) in [(REGION, &regions), (MASSAGE, &massages)] {
        for id in ids {
            for view in ["", "front", "back"] {
                let file = old_link_file(kind, id, view);
                if file != old_link_default(kind, id, view) {
                    files.push(format!("\"{}\":\"{file}\"", old_link_key(kind, id, view)));
                }
            }
        }
    }
    for view in [View::Front, View::Back] {
        let file = Route::parse(&format!("?{VIEW}={}", view.slug()))
            .page()
            .file();
        files.push(format!("\"view {}\":\"{file}\"", view.slug()));
    }
    let list = |ids: &[&str]| {
        ids.iter()
            .map(|id| format!("\"{id}\""))
            .collect::<Vec<_>>()
            .join(",")
    };
    format!(
        "{{\"{REGION}\":[{}],\"{MASSAGE}\":[{}],\"files\":{{{}}}}}",
        list(&regions),
        list(&massages),
        files.join(",")
    )
}

/// The table's key for an old link: `region knees`, `massage swedish back`.
pub fn old_link_key(kind: &str, id: &str, view: &str) -> String {
    if view.is_empty() {
        format!("{kind} {id}")
    } else {
        format!("{kind} {id} {view}")
    }
}

/// The page an old link (`?region=knees&view=back`) shows, as `Route::at` reads it.
pub fn old_link_file(kind: &str, id: &str, view: &str) -> String {
    Route::parse(&format!("?{kind}={id}&{VIEW}={view}"))
        .page()
        .file()
}

/// The file boot.js assumes when the table names none: `knees.html`,
/// `knees-back.html`, `massage-swedish.html`. The same rule is in boot.js.
pub fn old_link_default(kind: &str, id: &str, view: &str) -> String {
    let prefix = if kind == MASSAGE { "massage-" } else { "" };
    let side = if view == "back" { "-back" } else { "" };
    format!("{prefix}{id}{side}.html")
}

/// `query` without the parameters named in `keys` (everything else in place).
pub fn without(query: &str, keys: &[&str]) -> String {
    kept(query, |key| !keys.contains(&key))
}

/// `query` with only the parameters named by `keys`, as written, in order.
pub fn only(query: &str, keys: &[&str]) -> String {
    kept(query, |key| keys.contains(&key))
}

/// The parameters of `query` whose name `keep` accepts, as written, in order.
fn kept(query: &str, keep: impl Fn(&str) -> bool) -> String {
    let kept: Vec<&str> = raw_parts(query).filter(|part| keep(key_of(part))).collect();
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

/// A query value as the ids it may name are written: without surrounding
/// whitespace, ASCII letters in lower case (the dataset's ids are lowercase
/// ASCII). Other characters stay as they are, so nothing new can match.
fn slug(value: &str) -> String {
    value.trim().to_ascii_lowercase()
}

/// The place a `country=` code names, in any case and without surrounding
/// whitespace; `UK` reads as `GB` and `EL` as `GR`.
fn place_by_code(code: &str) -> Option<PlaceId> {
    let code = code.trim();
    // Codes in use for a country ISO 3166 names otherwise: the United
    // Kingdom's UK, and the EU's EL for Greece.
    let code = match code.to_ascii_uppercase().as_str() {
        "UK" => "GB",
        "EL" => "GR",
        _ => code,
    };
    PlaceId::by_code(code)
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
