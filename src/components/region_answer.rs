use crate::components::sources_list::{cite, collect, sources_list};
use crate::components::suggestion_card::suggestion_card;
use crate::content::{Claim, Region, RegionId, BENEFITS, META};
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
    region
        .red_flags
        .iter()
        .chain([&region.complaints, &META.disclaimer, &META.see_a_doctor])
        .chain(region.suggestions.iter().flat_map(|s| {
            let m = s.modality.get();
            [&s.why, &m.what, &m.pressure, &m.evidence, &m.caution]
        }))
        .chain(once(&region.caution))
}

fn intro_claims() -> impl Iterator<Item = &'static Claim> {
    [&META.disclaimer, &META.see_a_doctor]
        .into_iter()
        .chain(BENEFITS.iter().map(|b| &b.summary))
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
                <ul>{ for region.red_flags.iter().map(|f| html! { <li key={f.text}>{ cite(f, cited) }</li> }) }</ul>
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
            <div class="mm-caution">
                <h3>{ "Take care" }</h3>
                <p>{ cite(&region.caution, cited) }</p>
            </div>
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
            <dl class="mm-benefits">
                { for BENEFITS.iter().map(|b| html! {
                    <div key={b.id}>
                        <dt>{ b.name }</dt>
                        <dd>{ cite(&b.summary, cited) }</dd>
                    </div>
                }) }
            </dl>
        </>
    }
}
