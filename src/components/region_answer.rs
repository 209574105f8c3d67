use crate::components::sources_list::{
    cite, cite_sources, collect, sources_items, sources_list, sources_summary,
};
use crate::components::suggestion_card::{
    evidence_label, modality_facts, suggestion_detail, suggestion_head,
};
use crate::content::{
    actions, Actions, BenefitId, Claim, ModalityId, PlaceId, RedFlag, Region, RegionId, Suggestion,
    Urgency, UrgencyLabel, BEFORE_YOU_BOOK, BENEFITS, GENERAL_RED_FLAGS, META,
};
use crate::locale::{counted, STRINGS};
use crate::markup::Markup;
use crate::route::{Page, Subject};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub subject: Subject,
    /// Where the reader is: what the warning signs tell them to do.
    #[prop_or_default]
    pub place: Option<PlaceId>,
    /// `country=` named a country we have no wording for.
    #[prop_or_default]
    pub unknown_country: bool,
}

/// The answer for a region, summary first: its name, its warning signs, a
/// one-line disclaimer, and every suggested massage type with its evidence
/// label and why in one line. What each type is, the region's cautions, the
/// checklist and the sources wait in `<details>`, which the panel fills when
/// one is opened (`detail_for`). With no region, the introduction. It is
/// written as HTML strings (`markup`, see `Answer`): a few parses per answer,
/// not a tree of nodes. A massage type's page tells what it is and where it
/// may help.
#[component]
pub fn RegionAnswer(props: &Props) -> Html {
    let place = Where::at(props.place, props.unknown_country);
    let mut answer = Answer::default();
    match props.subject {
        Subject::Region(region) => region_answer(&mut answer, region, &place),
        Subject::Massage(massage) => massage_answer(&mut answer, massage, &place),
        Subject::Intro => {
            let cited = place.collect(intro_claims());
            intro_body(&mut answer, &cited, &place);
            sources_list(&mut answer.sources, &cited);
        }
    }
    let Answer {
        head,
        body,
        sources,
    } = answer;
    html! {
        <div class="mm-answer">{ head.into_html() }{ body.into_html() }{ sources.into_html() }</div>
    }
}

/// An answer in three strings, so that the reader's country, which the app
/// learns as it takes the page over, rewrites only what depends on it: the
/// heading with the warning signs, and the sources. What the reader opened
/// or focused in between stays as it was.
#[derive(Default)]
struct Answer {
    head: Markup,
    body: Markup,
    sources: Markup,
}

/// A link to another page of the site, which the app follows in place.
pub fn page_link(m: &mut Markup, page: Page, text: &str) {
    let file = page.file();
    m.markup(r#"<a href=""#)
        .text(&file)
        .markup(r#"" data-page=""#)
        .text(&file)
        .markup(r#"">"#)
        .text(text)
        .markup("</a>");
}

/// The warning signs that can come with pain anywhere (no area is chosen:
/// a blog may link here), what a massage type is, how it feels, what studies
/// show, who should check first, and every area it is suggested for, each a
/// link to that area.
fn massage_answer(answer: &mut Answer, massage: ModalityId, place: &Where) {
    let modality = massage.get();
    let suited: Vec<(RegionId, &'static Suggestion)> = RegionId::all()
        .filter_map(|r| {
            let s = r.get().suggestions.iter().find(|s| s.modality == massage)?;
            Some((r, s))
        })
        .collect();
    let claims = sign_claims(GENERAL_RED_FLAGS)
        .chain([&META.in_short, &META.for_adults, &META.check_first])
        .chain([
            &modality.what,
            &modality.pressure,
            &modality.evidence,
            &modality.caution,
        ])
        .chain(suited.iter().map(|(_, s)| &s.why));
    let cited = place.collect(claims);
    let m = &mut answer.head;
    m.markup(r#"<h2 id="mm-panel-title" tabindex="-1">"#)
        .text(modality.name)
        .markup("</h2>");
    warning_signs(
        m,
        GENERAL_RED_FLAGS.iter().collect(),
        Form::SummaryInFull(place),
        &cited,
    );
    let m = &mut answer.body;
    in_short(m, &cited);
    modality_facts(m, modality, STRINGS.what_studies_show, &cited);
    let label = counted(suited.len(), STRINGS.suited_one, STRINGS.suited_many, &[]);
    m.markup(r#"<p class="mm-section-label" id="mm-suggestions-label">"#)
        .text(&label)
        .markup(
            r#"</p><ul class="mm-suggestions mm-suited" aria-labelledby="mm-suggestions-label">"#,
        );
    for (region, suggestion) in suited {
        m.markup(r#"<li class="suggestion"><span class="suggestion-head"><h3>"#);
        page_link(m, Page::home(Subject::Region(region)), region.get().name);
        m.markup("</h3>");
        evidence_label(m, suggestion);
        m.markup(r#"</span><span class="brief">"#);
        let brief = crate::content::Claim {
            text: suggestion.brief,
            sources: suggestion.why.sources,
        };
        cite(m, &brief, &cited);
        m.markup("</span></li>");
    }
    m.markup("</ul>");
    sources_list(&mut answer.sources, &cited);
}

/// How a list of warning signs is written: in the summary, each in a few
/// words and in a box of its own that screen readers announce; in full, in
/// the area's details and on the intro.
#[derive(Clone, Copy)]
enum Form<'a> {
    /// The summary's box: `#mm-red-flags`, what to do where the reader is,
    /// then each sign by its short name.
    Summary(&'a Where),
    /// The same box with each sign in full (the intro has no shorter list).
    SummaryInFull(&'a Where),
    /// Below, in the details: each sign in full under its level; what to do
    /// stands in the summary above.
    Details,
}

impl<'a> Form<'a> {
    /// Where the reader is, for the forms that say what to do.
    fn place(self) -> Option<&'a Where> {
        match self {
            Form::Summary(place) | Form::SummaryInFull(place) => Some(place),
            Form::Details => None,
        }
    }
}

/// What a warning sign tells the reader to do where they are.
struct Where {
    actions: &'static Actions,
    /// Where the country's numbers and services are named; none for the neutral wording.
    sources: &'static [u8],
    /// Their `country=` is one we have no wording for.
    unknown: bool,
}

impl Where {
    /// The wording for the reader's place, or the neutral one.
    fn at(place: Option<PlaceId>, unknown: bool) -> Self {
        Where {
            actions: actions(place),
            sources: place.map_or(&[][..], |p| p.get().sources),
            unknown,
        }
    }

    /// The sources `claims` cite, then those of the country's wording.
    fn collect(&self, claims: impl Iterator<Item = &'static Claim>) -> Vec<u8> {
        let wording = Claim {
            text: "",
            sources: self.sources,
        };
        let mut all: Vec<&Claim> = claims.collect();
        all.push(&wording);
        collect(all)
    }
}

fn region_answer(answer: &mut Answer, region: RegionId, place: &Where) {
    let r = region.get();
    let cited = place.collect(region_claims(r));
    summary(answer, r, &cited, place);
    let m = &mut answer.body;
    m.markup(r#"<ul class="mm-suggestions" aria-labelledby="mm-suggestions-label">"#);
    for (n, suggestion) in r.suggestions.iter().enumerate() {
        m.markup(r#"<li class="suggestion" data-modality=""#)
            .text(suggestion.modality.get().id)
            .markup(r#""><details class="mm-more" data-detail=""#)
            .number(n)
            .markup(r#""><summary>"#);
        suggestion_head(m, suggestion, &cited);
        m.markup("</summary>");
        prebuilt(m, Detail::Suggestion(region, n as u8));
        m.markup("</details></li>");
    }
    m.markup(r#"</ul><div class="mm-more-list">"#);
    let more = [
        ("signs", STRINGS.more_signs, Detail::Signs(region)),
        ("area", STRINGS.more_area, Detail::Area(region)),
        (
            "checklist",
            STRINGS.more_checklist,
            Detail::Checklist(region),
        ),
    ];
    for (key, title, detail) in more {
        m.markup(r#"<details data-detail=""#)
            .markup(key)
            .markup(r#""><summary>"#)
            .text(title)
            .markup("</summary>");
        prebuilt(m, detail);
        m.markup("</details>");
    }
    m.markup("</div>");
    let m = &mut answer.sources;
    m.markup(
        r#"<div class="mm-more-list"><details class="mm-sources" data-detail="sources"><summary>"#,
    );
    sources_summary(m, cited.len());
    m.markup("</summary>");
    prebuilt(m, Detail::Sources(region));
    m.markup("</details></div>");
}

/// Off the web (the text version, written ahead of time) every detail is
/// written out, so it opens without JavaScript; in the app, the panel builds
/// a detail when it is first opened.
fn prebuilt(m: &mut Markup, detail: Detail) {
    if !cfg!(target_arch = "wasm32") {
        m.markup(r#"<div class="mm-detail">"#);
        detail_markup(m, detail, None);
        m.markup("</div>");
    }
}

/// The detail a `data-detail` value of `region`'s answer names.
pub fn detail_for(region: RegionId, key: &str) -> Option<Detail> {
    Some(match key {
        "signs" => Detail::Signs(region),
        "area" => Detail::Area(region),
        "checklist" => Detail::Checklist(region),
        "sources" => Detail::Sources(region),
        n => {
            let n: u8 = n.parse().ok()?;
            (usize::from(n) < region.get().suggestions.len())
                .then_some(Detail::Suggestion(region, n))?
        }
    })
}

/// The parts of a region's answer that wait behind a click.
#[derive(Clone, Copy, PartialEq)]
pub enum Detail {
    /// The `n`th suggestion in full.
    Suggestion(RegionId, u8),
    /// Each warning sign of the summary in full.
    Signs(RegionId),
    /// Common complaints, the region's cautions, what its benefits mean.
    Area(RegionId),
    /// Before you book.
    Checklist(RegionId),
    /// The numbered sources of the region's answer.
    Sources(RegionId),
}

/// The HTML a detail shows once opened. Source numbers follow the whole
/// answer, opened or not, so they never change as parts open.
pub fn detail_markup(m: &mut Markup, detail: Detail, place: Option<PlaceId>) {
    let (Detail::Suggestion(region, _)
    | Detail::Signs(region)
    | Detail::Area(region)
    | Detail::Checklist(region)
    | Detail::Sources(region)) = detail;
    let r = region.get();
    // The same numbers as the summary's, whose actions cite the reader's country.
    let cited = Where::at(place, false).collect(region_claims(r));
    match detail {
        Detail::Suggestion(_, n) => suggestion_detail(m, &r.suggestions[n as usize], &cited),
        Detail::Signs(_) => warning_signs(m, signs_of(r), Form::Details, &cited),
        Detail::Area(_) => area_detail(m, r, &cited),
        Detail::Checklist(_) => before_you_book(m, &cited),
        Detail::Sources(_) => sources_items(m, &cited),
    }
}

/// Every claim a region's answer shows, summary then details, in reading order.
fn region_claims(region: &'static Region) -> impl Iterator<Item = &'static Claim> {
    sign_claims(signs_of(region))
        .chain([&META.in_short, &META.for_adults, &META.check_first])
        .chain(region.suggestions.iter().flat_map(|s| {
            let m = s.modality.get();
            [&s.why, &m.what, &m.pressure, &m.evidence, &m.caution]
        }))
        .chain([
            &region.complaints,
            &region.caution,
            &META.see_a_doctor,
            &META.disclaimer,
        ])
        .chain(benefits_of(region).map(|b| &b.get().summary))
        .chain(BEFORE_YOU_BOOK)
}

fn intro_claims() -> impl Iterator<Item = &'static Claim> {
    sign_claims(GENERAL_RED_FLAGS)
        .chain([&META.disclaimer, &META.for_adults, &META.see_a_doctor])
        .chain(BENEFITS.iter().map(|b| &b.summary))
        .chain(BEFORE_YOU_BOOK)
}

/// The same service (routes are written out with each sign that takes one).
fn same_route(a: Option<&Claim>, b: Option<&Claim>) -> bool {
    a.map(|c| c.text) == b.map(|c| c.text)
}

/// What warning signs cite: each sign, then the service it needs, if one.
fn sign_claims(
    flags: impl IntoIterator<Item = &'static RedFlag>,
) -> impl Iterator<Item = &'static Claim> {
    flags
        .into_iter()
        .flat_map(|f| std::iter::once(&f.claim).chain(f.route.as_ref()))
}

/// The benefits the region's suggestions name, each once, in dataset order.
fn benefits_of(region: &'static Region) -> impl Iterator<Item = BenefitId> {
    BenefitId::all().filter(|b| region.suggestions.iter().any(|s| s.benefits.contains(b)))
}

/// Above the suggestions of an area's or a massage type's page: the one-line
/// disclaimer with who it is for, then who should ask a doctor first.
fn in_short(m: &mut Markup, cited: &[u8]) {
    m.markup(r#"<p id="mm-disclaimer" class="mm-disclaimer">"#);
    cite(m, &META.in_short, cited);
    m.markup(" ");
    cite(m, &META.for_adults, cited);
    m.markup(r#"</p><p class="mm-check-first"><strong>"#)
        .text(STRINGS.check_first_label)
        .markup("</strong>");
    cite(m, &META.check_first, cited);
    m.markup("</p>");
}

/// Name, warning signs (always in view, never behind a click), the one-line
/// disclaimer, and the heading of the suggestions that follow.
fn summary(answer: &mut Answer, region: &'static Region, cited: &[u8], place: &Where) {
    let m = &mut answer.head;
    m.markup(r#"<h2 id="mm-panel-title" tabindex="-1">"#)
        .text(region.name)
        .markup("</h2>");
    warning_signs(m, signs_of(region), Form::Summary(place), cited);
    let m = &mut answer.body;
    in_short(m, cited);
    m.markup(r#"<p class="mm-section-label" id="mm-suggestions-label">"#)
        .text(&counted(
            region.suggestions.len(),
            STRINGS.suggestions_count_one,
            STRINGS.suggestions_count,
            &[],
        ))
        .markup("</p>");
}

/// A region's own warning signs, then those that can come with pain
/// anywhere, without a general sign the region names in the same words.
fn signs_of(region: &'static Region) -> Vec<&'static RedFlag> {
    let own = region.red_flags;
    // Only the same words make it the same sign: an area's narrower sign of
    // the same short name (lower back's pregnancy sign) must not hide the
    // general one. The summary names a shared short once (`warning_signs`).
    own.iter()
        .chain(GENERAL_RED_FLAGS.iter().filter(|general| {
            !own.iter()
                .any(|f| f.claim.text == general.claim.text && f.urgency == general.urgency)
        }))
        .collect()
}

/// Warning signs grouped by urgency, most urgent first, each group led by
/// what to do where the reader is; at emergency and urgent levels, plainly,
/// no massage.
fn warning_signs(m: &mut Markup, flags: Vec<&'static RedFlag>, form: Form, cited: &[u8]) {
    if flags.is_empty() {
        return;
    }
    let short = matches!(form, Form::Summary(_));
    let place = form.place();
    if let Some(place) = place {
        m.markup(r#"<div id="mm-red-flags" class="mm-red-flags"#);
        // At a glance (short names), each level runs on as one paragraph.
        if short {
            m.markup(" mm-at-a-glance");
        }
        m.markup(
            r#"" role="note" aria-labelledby="mm-red-flags-title"><h3 id="mm-red-flags-title">"#,
        )
        .text(STRINGS.signs_title)
        .markup("</h3>");
        if place.unknown {
            m.markup(r#"<p class="mm-country-note">"#)
                .text(STRINGS.signs_unknown_country)
                .markup("</p>");
        }
    } else {
        m.markup(r#"<div class="mm-signs-full">"#);
    }
    // Each level, most urgent first. Where the reader is told what to do, the
    // signs that need one service whatever the country (a midwife) follow
    // their level's others, led by that service instead of the level's wording.
    let route_of = |flag: &'static RedFlag| flag.route.as_ref().filter(|_| place.is_some());
    for urgency in [Urgency::Emergency, Urgency::Urgent, Urgency::Doctor] {
        let at_level: Vec<&RedFlag> = flags
            .iter()
            .copied()
            .filter(|f| f.urgency == urgency)
            .collect();
        let mut groups: Vec<Option<&'static Claim>> = Vec::new();
        for flag in &at_level {
            let route = route_of(flag);
            if !groups.iter().any(|g| same_route(*g, route)) {
                groups.push(route);
            }
        }
        // The level's own wording first.
        groups.sort_by_key(|route| route.is_some());
        for (n, route) in groups.into_iter().enumerate() {
            let group: Vec<&RedFlag> = at_level
                .iter()
                .copied()
                .filter(|f| same_route(route_of(f), route))
                .collect();
            // At a glance, a service runs on in its level's paragraph, which
            // has said "Urgent" and "Don't book a massage" already.
            let runs_on = short && n > 0;
            if runs_on {
                m.markup(r#" <p class="mm-action mm-route"><span class="mm-do">"#);
            } else {
                m.markup(r#"<div class="mm-level" data-urgency=""#)
                    .markup(urgency.slug())
                    .markup(r#""><p class="mm-action"><strong class="mm-urgency">"#)
                    .text(urgency.label());
                // What to do stands in the summary; the details, below it, name the level only.
                if place.is_some() {
                    m.markup(r#":</strong> <span class="mm-do">"#);
                } else {
                    m.markup("</strong>");
                }
            }
            if let Some(place) = place {
                let action = route.map_or(
                    Claim {
                        text: place.actions.of(urgency),
                        sources: place.sources,
                    },
                    |route| Claim {
                        text: route.text,
                        sources: route.sources,
                    },
                );
                if action.sources.is_empty() {
                    m.text(action.text);
                } else {
                    cite(m, &action, cited);
                }
                m.markup("</span>");
                if urgency != Urgency::Doctor && !runs_on {
                    m.text(STRINGS.signs_no_massage);
                }
            }
            // At a glance, a run of short names; in full, one sign per line.
            m.markup(if short {
                r#"</p><ul class="mm-signs">"#
            } else {
                "</p><ul>"
            });
            for (i, flag) in group.iter().enumerate() {
                if !short {
                    m.markup("<li>");
                    cite(m, &flag.claim, cited);
                    m.markup("</li>");
                    continue;
                }
                // Signs that share a short name show once, with all their sources.
                if group[..i].iter().any(|f| f.short == flag.short) {
                    continue;
                }
                let sources = collect(
                    group
                        .iter()
                        .filter(|f| f.short == flag.short)
                        .map(|f| &f.claim),
                );
                m.markup("<li>");
                cite_sources(m, flag.short, &sources, cited);
                m.markup("</li>");
            }
            m.markup("</ul>");
            if !short {
                m.markup("</div>");
            }
        }
        if short && !at_level.is_empty() {
            m.markup("</div>");
        }
    }
    m.markup("</div>");
}

fn area_detail(m: &mut Markup, region: &'static Region, cited: &[u8]) {
    m.markup(r#"<p class="mm-complaints"><strong>"#)
        .text(STRINGS.common_complaints_label)
        .markup("</strong>");
    cite(m, &region.complaints, cited);
    m.markup(r#"</p><div class="mm-caution"><h3>"#)
        .text(STRINGS.take_care)
        .markup("</h3><p>");
    cite(m, &region.caution, cited);
    m.markup("</p><p>");
    cite(m, &META.see_a_doctor, cited);
    m.markup("</p><p>");
    cite(m, &META.disclaimer, cited);
    m.markup("</p></div><h3>")
        .text(STRINGS.benefits_title)
        .markup(r#"</h3><dl class="mm-benefits">"#);
    for benefit in benefits_of(region) {
        benefit_note(m, benefit, cited);
    }
    m.markup("</dl>");
}

fn intro_body(answer: &mut Answer, cited: &[u8], place: &Where) {
    let m = &mut answer.head;
    m.markup(r#"<h2 id="mm-panel-title" tabindex="-1">"#)
        .text(STRINGS.intro_title)
        .markup(r#"</h2><p class="mm-intro">"#)
        .text(STRINGS.intro_text)
        .markup(r#" <span class="mm-keys-links">"#)
        .text(STRINGS.intro_keys_links)
        .markup(r#"</span><span class="mm-keys-app">"#)
        .text(STRINGS.intro_keys_app)
        .markup("</span></p>");
    warning_signs(
        m,
        GENERAL_RED_FLAGS.iter().collect(),
        Form::SummaryInFull(place),
        cited,
    );
    let m = &mut answer.body;
    m.markup(r#"<div id="mm-disclaimer" class="mm-disclaimer"><p>"#);
    cite(m, &META.disclaimer, cited);
    m.markup(" ");
    cite(m, &META.for_adults, cited);
    m.markup("</p><p>");
    cite(m, &META.see_a_doctor, cited);
    m.markup("</p></div><h3>")
        .text(STRINGS.intro_benefits)
        .markup(r#"</h3><dl class="mm-benefits">"#);
    for benefit in BenefitId::all() {
        benefit_note(m, benefit, cited);
    }
    m.markup(r#"</dl><h3 id="mm-massage-types">"#)
        .text(STRINGS.intro_massage_types)
        .markup(r#"</h3><ul class="mm-massage-types" aria-labelledby="mm-massage-types">"#);
    for massage in ModalityId::all() {
        m.markup("<li>");
        page_link(m, Page::home(Subject::Massage(massage)), massage.get().name);
        m.markup("</li>");
    }
    m.markup("</ul>");
    m.markup(r#"<section class="mm-checklist" aria-labelledby="mm-before-you-book-title"><h3 id="mm-before-you-book-title">"#)
        .text(STRINGS.intro_before_you_book)
        .markup("</h3>");
    before_you_book(m, cited);
    m.markup("</section>");
}

/// A benefit in honest words, with its evidence.
fn benefit_note(m: &mut Markup, benefit: BenefitId, cited: &[u8]) {
    let b = benefit.get();
    m.markup("<div><dt>").text(b.name).markup("</dt><dd>");
    cite(m, &b.summary, cited);
    m.markup("</dd></div>");
}

/// General cautions before any booking.
fn before_you_book(m: &mut Markup, cited: &[u8]) {
    m.markup(r#"<div id="mm-before-you-book" class="mm-checklist-items"><p>"#)
        .text(STRINGS.checklist_intro)
        .markup("</p><ul>");
    for claim in BEFORE_YOU_BOOK {
        m.markup("<li>");
        cite(m, claim, cited);
        m.markup("</li>");
    }
    m.markup("</ul></div>");
}
