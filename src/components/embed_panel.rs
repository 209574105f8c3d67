use crate::browser;
use crate::content::{PlaceId, PLACES};
use crate::locale::STRINGS;
use crate::markup::escape_into;
use crate::route::Route;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the page shows now; the snippet opens the map on the same view.
    pub route: Route,
    /// The page's query when the app started: other parameters are kept.
    pub query: AttrValue,
    /// The folder of the pages, absolute.
    pub address: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copy {
    NotYet,
    Done,
    Refused,
}

/// "Embed this map": the iframe snippet for what the page shows now, with a
/// copy button that falls back to selecting the code where copying is blocked.
#[component]
pub fn EmbedPanel(props: &Props) -> Html {
    let open = use_state(|| false);
    let copied = use_state(|| Copy::NotYet);
    // The readers' country, for the warning signs' numbers; none: each reader's own browser says.
    let country = use_state(|| None::<PlaceId>);
    let code = use_node_ref();

    let toggle = {
        let (open, copied) = (open.clone(), copied.setter());
        Callback::from(move |_| {
            open.set(!*open);
            copied.set(Copy::NotYet);
        })
    };
    // Escape on the button closes the panel it opened, as a second click would.
    let on_toggle_key = {
        let (open, copied) = (open.clone(), copied.setter());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.prevent_default();
                open.set(false);
                copied.set(Copy::NotYet);
            }
        })
    };
    let snippet = if *open {
        let query = match *country {
            Some(place) => with_country(&props.query, place.get().codes[0]),
            None => crate::route::without(&props.query, &["country"]),
        };
        snippet(&props.address, props.route, &query)
    } else {
        String::new()
    };
    let on_country = {
        let (country, copied) = (country.setter(), copied.setter());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            country.set(select.value().parse::<u8>().ok().map(PlaceId));
            copied.set(Copy::NotYet);
        })
    };
    let places = PLACES.iter().enumerate().map(|(i, place)| {
        let selected = *country == Some(PlaceId(i as u8));
        html! { <option key={i} value={i.to_string()} {selected}>{ place.name }</option> }
    });
    let copy = {
        let (snippet, copied, code) = (snippet.clone(), copied.setter(), code.clone());
        Callback::from(move |_| {
            let (copied, code) = (copied.clone(), code.clone());
            browser::copy_text(&snippet, move |ok| {
                if !ok {
                    if let Some(code) = code.cast::<HtmlTextAreaElement>() {
                        let _ = code.focus();
                        code.select();
                    }
                }
                copied.set(if ok { Copy::Done } else { Copy::Refused });
            });
        })
    };
    let status = match *copied {
        Copy::NotYet => "",
        Copy::Done => STRINGS.embed_copied,
        Copy::Refused => STRINGS.embed_copy_blocked,
    };

    html! {
        <div class="mm-embed mm-needs-script">
            <button type="button" class="mm-link-button" aria-expanded={open.to_string()} aria-controls="mm-embed-panel" onclick={toggle} onkeydown={on_toggle_key}>
                { STRINGS.embed_button }
            </button>
            if *open {
                <div id="mm-embed-panel" class="mm-embed-panel">
                    <label for="mm-embed-country">{ STRINGS.embed_country_label }</label>
                    <select id="mm-embed-country" onchange={on_country}>
                        <option value="" selected={country.is_none()}>{ STRINGS.embed_country_any }</option>
                        { for places }
                    </select>
                    <label for="mm-embed-code">{ STRINGS.embed_code_label }</label>
                    <textarea id="mm-embed-code" ref={code} readonly=true rows="4" spellcheck="false" value={snippet} />
                    <button type="button" class="mm-button" onclick={copy}>{ STRINGS.embed_copy }</button>
                    <p class="mm-embed-status" role="status">{ status }</p>
                </div>
            }
        </div>
    }
}

/// `query` with `country=code` in place of any it had.
fn with_country(query: &str, code: &str) -> String {
    let rest = crate::route::without(query, &["country"]);
    let separator = if rest.is_empty() { '?' } else { '&' };
    format!("{rest}{separator}country={}", code.to_ascii_lowercase())
}

/// The iframe and the resizing script for the page of `route` in the folder
/// of `address`, with the host settings and country of `query`, and none of
/// the visitor's own parameters (a campaign's `utm_source`). Addresses
/// are absolute, and escaped as attribute values: a crafted link to this page
/// cannot put markup into the code a blogger pastes.
pub fn snippet(address: &str, route: Route, query: &str) -> String {
    let folder = &address[..address.rfind('/').map_or(address.len(), |i| i + 1)];
    let settings = crate::route::only(query, &["theme", "size", "accent", "country"]);
    let url = route.to_url(&settings);
    let url = url.strip_prefix("index.html").unwrap_or(&url);
    let separator = if url.contains('?') { '&' } else { '?' };
    let src = format!("{folder}{url}{separator}embed=1");
    let mut out = String::from("<iframe src=\"");
    escape_into(&mut out, &src);
    out.push_str("\" title=\"");
    escape_into(&mut out, STRINGS.embed_frame_title);
    out.push_str("\" width=\"100%\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>\n<script src=\"");
    escape_into(&mut out, folder);
    out.push_str("embed.js\" async></script>");
    out
}
