use yew::prelude::*;

/// A plain view function (no state of its own). Shown when a link asked for a region, view or lens we do not have. It never
/// repeats the link's text, so a crafted link cannot put words on the page.
pub fn notice_banner(on_dismiss: Callback<()>) -> Html {
    let onclick = Callback::from(move |_| on_dismiss.emit(()));
    html! {
        <div id="mm-notice" class="mm-notice" role="status">
            <p>{ "Part of the link you followed didn't match anything on this map, so that part was left out. Choose an area on the body or from the list." }</p>
            <button type="button" class="mm-link-button" {onclick}>{ "Dismiss" }</button>
        </div>
    }
}
