use crate::locale::STRINGS;
use yew::prelude::*;

/// A plain view function (no state of its own). Shown when a link asked for a region, view or lens we do not have. It never
/// repeats the link's text, so a crafted link cannot put words on the page.
pub fn notice_banner(on_dismiss: Callback<()>) -> Html {
    let onclick = on_dismiss.reform(|_: MouseEvent| ());
    // Escape on Dismiss dismisses the notice, not the answer below it.
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            on_dismiss.emit(());
        }
    });
    html! {
        <div id="mm-notice" class="mm-notice" role="status">
            <p>{ STRINGS.notice }</p>
            <button type="button" class="mm-link-button" {onclick} {onkeydown}>{ STRINGS.notice_dismiss }</button>
        </div>
    }
}
