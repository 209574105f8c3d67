use crate::components::sources_list::{cite, collect, sources_list};
use crate::components::suggestion_card::suggestion_card;
use crate::content::{
    BenefitId, Claim, Region, RegionId, UrgencyLabel, BEFORE_YOU_BOOK, BENEFITS, META,
};
use crate::markup::Markup;
use std::iter::once;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub region: Option<RegionId>,
}

/// The answer for a region, or an introduction when there is none, with the
/// sources its sentences cite. Static text, so it is written as HTML (see
/// `markup`); it changes only with the region.
#[component]
pub fn RegionAnswer(props: &Props) -> Html {
    answer(props.region).into_html()
}

fn answer(region: Option<RegionId>) -> Markup {
    let mut m = Markup::default();
    match region {
        Some(region) => {
            let cited = collect(region_claims(region.get()));
            region_body(&mut m, region.get(), &cited);
            sources_list(&mut m, &cited);
        }
        None => {
            let cited = collect(intro_claims());
            intro_body(&mut m, &cited);
            sources_list(&mut m, &cited);
        }
    }
    m
}

/// Every claim the panel shows for `region`, in reading order.
fn region_claims(region: &'static Region) -> impl Iterator<Item = &'static Claim> {
    once(&region.complaints)
        .chain(region.red_flags.iter().map(|f| &f.claim))
        .chain([&META.disclaimer, &META.see_a_doctor])
        .chain(region.suggestions.iter().flat_map(|s| {
            let m = s.modality.get();
            [&s.why, &m.what, &m.pressure, &m.evidence, &m.caution]
        }))
        .chain(once(&region.caution))
        .chain(BEFORE_YOU_BOOK)
        .chain(benefits_of(region).map(|b| &b.get().summary))
}

fn intro_claims() -> impl Iterator<Item = &'static Claim> {
    [&META.disclaimer, &META.see_a_doctor]
        .into_iter()
        .chain(BENEFITS.iter().map(|b| &b.summary))
        .chain(BEFORE_YOU_BOOK)
}

/// The benefits the region's suggestions name, each once, in dataset order.
fn benefits_of(region: &'static Region) -> impl Iterator<Item = BenefitId> {
    BenefitId::all().filter(|b| region.suggestions.iter().any(|s| s.benefits.contains(b)))
}

fn region_body(m: &mut Markup, region: &'static Region, cited: &[u8]) {
    m.markup(r#"<h2 id="mm-panel-title" tabindex="-1">"#)
        .text(region.name)
        .markup(r#"</h2><p class="mm-complaints"><strong>Common complaints: </strong>"#);
    cite(m, &region.complaints, cited);
    m.markup("</p>");
    if !region.red_flags.is_empty() {
        m.markup(r#"<div id="mm-red-flags" class="mm-red-flags" role="note" aria-labelledby="mm-red-flags-title"><h3 id="mm-red-flags-title">Get medical help first if you have</h3><ul>"#);
        for flag in region.red_flags {
            m.markup(r#"<li data-urgency=""#)
                .text(flag.urgency.slug())
                .markup(r#""><strong class="mm-urgency">"#)
                .text(flag.urgency.label())
                .markup(":</strong> ");
            cite(m, &flag.claim, cited);
            m.markup("</li>");
        }
        m.markup("</ul></div>");
    }
    disclaimer(m, cited);
    m.markup(r#"<p class="mm-section-label" id="mm-suggestions-label">"#)
        .number(region.suggestions.len())
        .markup(r#" massage types that may help</p><ul class="mm-suggestions" aria-labelledby="mm-suggestions-label">"#);
    for suggestion in region.suggestions {
        suggestion_card(m, suggestion, cited);
    }
    m.markup(r#"</ul><details class="mm-benefit-notes"><summary>What these benefits mean</summary><dl class="mm-benefits">"#);
    for benefit in benefits_of(region) {
        benefit_note(m, benefit, cited);
    }
    m.markup(r#"</dl></details><div class="mm-caution"><h3>Take care</h3><p>"#);
    cite(m, &region.caution, cited);
    m.markup("</p></div>");
    before_you_book(m, cited);
}

fn intro_body(m: &mut Markup, cited: &[u8]) {
    m.markup(r#"<h2 id="mm-panel-title" tabindex="-1">Where does it hurt?</h2><p class="mm-intro">Tap or click an area of the body, or pick it from the list. With a keyboard: Tab to the body, use the arrow keys to move between areas, Enter to choose and Escape to clear.</p>"#);
    disclaimer(m, cited);
    m.markup(r#"<h3>What massage can and can't do</h3><dl class="mm-benefits">"#);
    for benefit in BenefitId::all() {
        benefit_note(m, benefit, cited);
    }
    m.markup("</dl>");
    before_you_book(m, cited);
}

fn disclaimer(m: &mut Markup, cited: &[u8]) {
    m.markup(r#"<div id="mm-disclaimer" class="mm-disclaimer"><p>"#);
    cite(m, &META.disclaimer, cited);
    m.markup("</p><p>");
    cite(m, &META.see_a_doctor, cited);
    m.markup("</p></div>");
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
    m.markup(r#"<section id="mm-before-you-book" class="mm-checklist" aria-labelledby="mm-before-you-book-title"><h3 id="mm-before-you-book-title">Before you book</h3><p>Tell the therapist, and check with a doctor first, if any of these apply:</p><ul>"#);
    for claim in BEFORE_YOU_BOOK {
        m.markup("<li>");
        cite(m, claim, cited);
        m.markup("</li>");
    }
    m.markup("</ul></section>");
}
