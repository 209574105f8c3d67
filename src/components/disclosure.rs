use crate::components::region_answer::{detail_markup, Detail};
use web_sys::HtmlDetailsElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The `<summary>`'s content, as HTML written by this crate (see `markup`).
    pub summary: AttrValue,
    /// What opening it shows.
    pub detail: Detail,
    #[prop_or_default]
    pub class: &'static str,
}

/// A `<details>` whose content is built when a person opens it: an answer's
/// summary paints in the click's frame, its long parts only on demand. Off
/// the web (the text version, written ahead of time) the content is always
/// there, so it opens without JavaScript.
#[component]
pub fn Disclosure(props: &Props) -> Html {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.setter();
        Callback::from(move |e: Event| {
            let details: HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    let built = *open || !cfg!(target_arch = "wasm32");
    let summary = Html::from_html_unchecked(props.summary.clone());
    html! {
        <details class={props.class} {ontoggle}>
            <summary>{ summary }</summary>
            if built {
                <div class="mm-detail">{ detail_markup(props.detail).into_html() }</div>
            }
        </details>
    }
}
