use crate::browser;
use crate::components::app::PANEL_TITLE_ID;
use crate::content::RegionId;
use crate::locale::{counted, fill, STRINGS};
use crate::route::region_link;
use crate::search::{find, is_blank};
use crate::state::{Lens, View};
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub const SEARCH_ID: &str = "mm-search";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub selected: Option<RegionId>,
    /// What the reader typed in the prerendered page's box before the app
    /// took it over: searched once the app has.
    #[prop_or_default]
    pub typed: AttrValue,
    pub matches: u32,
    pub on_select: Callback<RegionId>,
    /// What each area's link keeps: the view, the lens, other parameters.
    pub view: View,
    pub lens: Option<Lens>,
    pub query: AttrValue,
}

/// The text alternative to the figure: every region as a link to its page,
/// filtered by a search box that knows everyday synonyms.
#[component]
pub fn RegionFinder(props: &Props) -> Html {
    // Empty at first, as prerendered, so the take-over matches the page.
    let query = use_state(String::new);
    {
        let query = query.clone();
        use_effect_with(props.typed.clone(), move |typed| {
            if !typed.is_empty() {
                query.set(typed.to_string());
            }
        });
    }
    // Cheap enough to redo on every render: 16 regions, a few synonyms each.
    let hits = find(&query);
    // Only spaces or punctuation: no search yet.
    let blank = is_blank(&query);
    // What Enter in the search box chooses.
    let first_hit = hits.first().map(|hit| hit.region).filter(|_| !blank);

    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let onkeydown = {
        let (query, on_select) = (query.clone(), props.on_select.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                if let Some(region) = first_hit {
                    e.prevent_default();
                    on_select.emit(region);
                    answer_takes_focus();
                }
            }
            // First Escape empties the box; the next one reaches the app and clears the selection.
            "Escape" if !query.is_empty() => {
                e.prevent_default();
                query.set(String::new());
            }
            _ => {}
        })
    };

    let status = match (blank, hits.len()) {
        (true, _) => String::new(),
        (false, 0) => STRINGS.search_no_match.into(),
        (false, n) => counted(n, STRINGS.search_one_match, STRINGS.search_matches, &[]),
    };
    let items = hits.iter().map(|hit| {
        let region = hit.region;
        // The everyday word it was found by.
        let via = hit
            .via
            .map(|word| fill(STRINGS.search_via, &[("word", word)]));
        let pressed = props.selected == Some(region);
        let matched = props.matches & (1 << region.0) != 0;
        let on_select = props.on_select.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            if browser::is_plain_click(&e) {
                e.prevent_default();
                on_select.emit(region);
                answer_takes_focus();
            }
        });
        html! {
            <li key={region.get().id}>
                <a
                    class="mm-region-button"
                    href={region_link(region, props.view, props.lens, &props.query)}
                    data-region={region.get().id}
                    data-match={matched.then_some("true")}
                    aria-current={pressed.then_some("page")}
                    {onclick}
                >
                    <span class="name">{ region.get().name }</span>
                    if let Some(via) = via {
                        <span class="via">{ via }</span>
                    }
                    if matched {
                        <span class="mm-match-tag">{ STRINGS.search_highlighted }</span>
                    }
                </a>
            </li>
        }
    });

    html! {
        <nav class="mm-finder" aria-labelledby="mm-finder-title">
            <h2 id="mm-finder-title" class="mm-finder-title">{ STRINGS.finder_title }</h2>
            <label for={SEARCH_ID} class="mm-search-label mm-needs-script">{ STRINGS.search_label }</label>
            <input
                id={SEARCH_ID}
                class="mm-needs-script"
                type="search"
                placeholder={STRINGS.search_placeholder}
                autocomplete="off"
                spellcheck="false"
                value={(*query).clone()}
                aria-describedby="mm-search-status"
                {oninput}
                {onkeydown}
            />
            <p id="mm-search-status" class="mm-search-status" aria-live="polite">{ status }</p>
            <ul id="mm-region-list" class="mm-region-list">{ for items }</ul>
        </nav>
    }
}

/// A choice from the list or the search opens an answer as a link opens a
/// page: reading, and the next Tab, go on from its heading, once it is drawn.
fn answer_takes_focus() {
    browser::after_paint(|| browser::focus_in_place(PANEL_TITLE_ID));
}
