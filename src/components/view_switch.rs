use crate::browser;
use crate::locale::STRINGS;
use crate::state::View;
use yew::prelude::*;

/// Front/back toggle: a link to each view of what the page shows, the
/// current one marked. A plain view function, not a component: it has no
/// state, and each component costs bytes.
pub fn view_switch(current: View, links: [AttrValue; 2], on_change: &Callback<View>) -> Html {
    let [front, back] = links;
    let link = |view: View, href: AttrValue| {
        let on_change = on_change.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            if browser::is_plain_click(&e) {
                e.prevent_default();
                on_change.emit(view);
            }
        });
        html! {
            <a
                id={format!("mm-view-{}", view.slug())}
                class="mm-segment"
                {href}
                aria-current={(current == view).then_some("true")}
                {onclick}
            >
                { view.label() }
            </a>
        }
    };
    html! {
        <nav class="mm-view-switch" aria-label={STRINGS.view_switch_label}>
            { link(View::Front, front) }
            { link(View::Back, back) }
        </nav>
    }
}
