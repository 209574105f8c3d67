use crate::browser;
use crate::route::Route;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the page shows now; the snippet opens the map on the same view.
    pub route: Route,
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
    let code = use_node_ref();

    let toggle = {
        let (open, copied) = (open.clone(), copied.setter());
        Callback::from(move |_| {
            open.set(!*open);
            copied.set(Copy::NotYet);
        })
    };
    let snippet = if *open {
        snippet(props.route)
    } else {
        String::new()
    };
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
        Copy::Done => "Copied. Paste it where your page's HTML goes.",
        Copy::Refused => "This browser blocked copying here. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
    };

    html! {
        <div class="mm-embed">
            <button type="button" class="mm-link-button" aria-expanded={open.to_string()} aria-controls="mm-embed-panel" onclick={toggle}>
                { "Embed this map" }
            </button>
            if *open {
                <div id="mm-embed-panel" class="mm-embed-panel">
                    <label for="mm-embed-code">{ "Paste this where your page's HTML goes. It opens on what you see now." }</label>
                    <textarea id="mm-embed-code" ref={code} readonly=true rows="4" spellcheck="false" value={snippet} />
                    <button type="button" class="mm-button" onclick={copy}>{ "Copy the code" }</button>
                    <p class="mm-embed-status" role="status">{ status }</p>
                </div>
            }
        </div>
    }
}

/// The iframe and the resizing script, with absolute addresses.
fn snippet(route: Route) -> String {
    let page = browser::page_address();
    let folder = &page[..page.rfind('/').map_or(page.len(), |i| i + 1)];
    let query = route.to_query(&browser::query());
    let params = match query.trim_start_matches('?') {
        "" => "embed=1".to_string(),
        rest => format!("{}&amp;embed=1", rest.replace('&', "&amp;")),
    };
    format!(
        "<iframe src=\"{folder}?{params}\" title=\"Massage Map\" width=\"100%\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>\n<script src=\"{folder}embed.js\" async></script>"
    )
}
