use crate::content::RegionId;
use crate::search::find;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub selected: Option<RegionId>,
    pub matches: u32,
    pub on_select: Callback<RegionId>,
}

/// The text alternative to the figure: every region as a button, filtered by
/// a search box that knows everyday synonyms.
#[component]
pub fn RegionFinder(props: &Props) -> Html {
    let query = use_state(String::new);
    // Cheap enough to redo on every render: 16 regions, a few synonyms each.
    let hits = find(&query);
    // What Enter in the search box chooses.
    let first_hit = hits
        .first()
        .map(|hit| hit.region)
        .filter(|_| !query.is_empty());

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

    let status = match (query.is_empty(), hits.len()) {
        (true, _) => String::new(),
        (false, 0) => {
            "No body area matches. Try another word, such as \"back\" or \"knee\".".into()
        }
        (false, 1) => "1 area matches. Press Enter to choose it.".into(),
        (false, n) => format!("{n} areas match. Press Enter to choose the first."),
    };
    let items = hits.iter().map(|hit| {
        let region = hit.region;
        let pressed = props.selected == Some(region);
        let matched = props.matches & (1 << region.0) != 0;
        let onclick = props.on_select.reform(move |_: MouseEvent| region);
        html! {
            <li key={region.get().id}>
                <button
                    type="button"
                    class="mm-region-button"
                    data-region={region.get().id}
                    data-match={matched.then_some("true")}
                    aria-pressed={if pressed { "true" } else { "false" }}
                    {onclick}
                >
                    <span class="name">{ region.get().name }</span>
                    if let Some(via) = hit.via {
                        <span class="via">{ format!("matches “{via}”") }</span>
                    }
                    if matched {
                        <span class="mm-match-tag">{ "highlighted" }</span>
                    }
                </button>
            </li>
        }
    });

    html! {
        <nav class="mm-finder" aria-labelledby="mm-finder-title">
            <h2 id="mm-finder-title" class="mm-finder-title">{ "All body areas" }</h2>
            <label for="mm-search" class="mm-search-label">{ "Find an area by name or complaint" }</label>
            <input
                id="mm-search"
                type="search"
                placeholder="e.g. sciatica or TMJ"
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
