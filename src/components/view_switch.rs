use crate::state::View;
use yew::prelude::*;

/// Front/back toggle: two pressed-state buttons, one per view. A plain view
/// function, not a component: it has no state, and each component costs bytes.
pub fn view_switch(current: View, on_change: &Callback<View>) -> Html {
    let button = |view: View| {
        let pressed = current == view;
        let on_change = on_change.clone();
        let onclick = Callback::from(move |_| on_change.emit(view));
        html! {
            <button
                type="button"
                id={format!("mm-view-{}", view.slug())}
                class="mm-segment"
                aria-pressed={pressed.to_string()}
                {onclick}
            >
                { view.label() }
            </button>
        }
    };
    html! {
        <div class="mm-view-switch" role="group" aria-label="Body view">
            { button(View::Front) }
            { button(View::Back) }
        </div>
    }
}
