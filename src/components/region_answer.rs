use crate::components::sources_list::{cite, collect, sources_list};
use crate::components::suggestion_card::suggestion_card;
use crate::content::{BenefitId, Claim, Region, RegionId, BEFORE_YOU_BOOK, BENEFITS, META};
use std::iter::once;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub region: Option<RegionId>,
}

/// The answer for a region, or an introduction when there is none, with the
/// sources its sentences cite.
#[component]
pub fn RegionAnswer(props: &Props) -> Html {
    let cited = match props.region {
        Some(r) => collect(region_claims(r.get())),
        None => collect(intro_claims()),
    };
    let body = match props.region {
        Some(region) => region_body(region.get(), &cited),
        None => intro_body(&cited),
    };
    html! {
        <>
            { body }
            { sources_list(&cited) }
        </>
    }
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

/// General cautions before any booking.
fn before_you_book(cited: &[u8]) -> Html {
    html! {
        <section id="mm-before-you-book" class="mm-checklist" aria-labelledby="mm-before-you-book-title">
            <h3 id="mm-before-you-book-title">{ "Before you book" }</h3>
            <p>{ "Tell the therapist, and check with a doctor first, if any of these apply:" }</p>
            <ul>{ for BEFORE_YOU_BOOK.iter().map(|c| html! { <li key={c.text}>{ cite(c, cited) }</li> }) }</ul>
        </section>
    }
}

fn disclaimer(cited: &[u8]) -> Html {
    html! {
        <div id="mm-disclaimer" class="mm-disclaimer">
            <p>{ cite(&META.disclaimer, cited) }</p>
            <p>{ cite(&META.see_a_doctor, cited) }</p>
        </div>
    }
}

fn region_body(region: &'static Region, cited: &[u8]) -> Html {
    let red_flags = (!region.red_flags.is_empty()).then(|| {
        html! {
            <div id="mm-red-flags" class="mm-red-flags" role="note" aria-labelledby="mm-red-flags-title">
                <h3 id="mm-red-flags-title">{ "Get medical help first if you have" }</h3>
                <ul>{ for region.red_flags.iter().map(|f| html! {
                    <li key={f.claim.text} data-urgency={f.urgency.slug()}>
                        <strong class="mm-urgency">{ f.urgency.label() }{ ":" }</strong>{ " " }
                        { cite(&f.claim, cited) }
                    </li>
                }) }</ul>
            </div>
        }
    });
    html! {
        <>
            <h2 id="mm-panel-title" tabindex="-1">{ region.name }</h2>
            <p class="mm-complaints"><strong>{ "Common complaints: " }</strong>{ cite(&region.complaints, cited) }</p>
            { red_flags }
            { disclaimer(cited) }
            <p class="mm-section-label" id="mm-suggestions-label">
                { format!("{} massage types that may help", region.suggestions.len()) }
            </p>
            <ul class="mm-suggestions" aria-labelledby="mm-suggestions-label">
                { for region.suggestions.iter().map(|s| suggestion_card(s, cited)) }
            </ul>
            <details class="mm-benefit-notes">
                <summary>{ "What these benefits mean" }</summary>
                <dl class="mm-benefits">{ for benefits_of(region).map(|b| benefit_note(b, cited)) }</dl>
            </details>
            <div class="mm-caution">
                <h3>{ "Take care" }</h3>
                <p>{ cite(&region.caution, cited) }</p>
            </div>
            { before_you_book(cited) }
        </>
    }
}

fn intro_body(cited: &[u8]) -> Html {
    html! {
        <>
            <h2 id="mm-panel-title" tabindex="-1">{ "Where does it hurt?" }</h2>
            <p class="mm-intro">
                { "Tap or click an area of the body, or pick it from the list. With a keyboard: Tab to the body, use the arrow keys to move between areas, Enter to choose and Escape to clear." }
            </p>
            { disclaimer(cited) }
            <h3>{ "What massage can and can't do" }</h3>
            <dl class="mm-benefits">{ for BenefitId::all().map(|b| benefit_note(b, cited)) }</dl>
            { before_you_book(cited) }
        </>
    }
}

/// A benefit in honest words, with its evidence.
fn benefit_note(benefit: BenefitId, cited: &[u8]) -> Html {
    let b = benefit.get();
    html! {
        <div key={b.id}>
            <dt>{ b.name }</dt>
            <dd>{ cite(&b.summary, cited) }</dd>
        </div>
    }
}
