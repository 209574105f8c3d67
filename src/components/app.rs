use crate::browser;
use crate::components::body_figure::BodyFigure;
use crate::components::lens_picker::{lens_picker, lens_summary};
use crate::components::notice_banner::notice_banner;
use crate::components::region_finder::RegionFinder;
use crate::components::region_panel::RegionPanel;
use crate::components::view_switch::view_switch;
use crate::content::{RegionId, META};
use crate::route::Route;
use crate::state::{Action, AppState, Lens, View};
use yew::prelude::*;

pub const PANEL_ID: &str = "mm-panel";

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::from_route(Route::parse(&browser::query())));

    // Back and forward restore the state the URL describes.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let guard = browser::watch_history(move || {
                dispatcher.dispatch(Action::Restore(Route::parse(&browser::query())));
            });
            move || drop(guard)
        });
    }

    // Every change after the first render becomes a history entry; the first
    // only tidies the URL (dropping values we could not use).
    {
        let first = use_mut_ref(|| true);
        use_effect_with(state.route(), move |route| {
            let replace = std::mem::replace(&mut *first.borrow_mut(), false);
            browser::set_query(&route.to_query(&browser::query()), replace);
        });
    }

    // On phones the panel sits below the figure: bring it into view.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(state.selected, move |selected| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            if selected.is_some() && !first {
                browser::reveal(PANEL_ID);
            }
        });
    }

    let on_select = dispatching(&state, Action::Select);
    let on_view = dispatching(&state, Action::ShowView);
    let on_lens = dispatching(&state, Action::SetLens);
    let on_dismiss = dispatching(&state, |()| Action::DismissNotice);
    let on_keydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !e.default_prevented() {
                state.dispatch(Action::Clear);
            }
        })
    };

    let matches = state.lens.map_or(0, Lens::mask);
    let announcement = announce(&state);
    let hint = state
        .selected
        .filter(|r| !state.view.shows(*r))
        .map(|r| view_hint(r, state.view, on_view.clone()));

    html! {
        <div class="mm-app" onkeydown={on_keydown}>
            <header class="mm-header">
                <h1>{ META.title }</h1>
                <p class="mm-tagline">{ "Choose where it hurts to see which kinds of massage may help, why, and what to watch out for." }</p>
            </header>
            if state.bad_link {
                { notice_banner(on_dismiss) }
            }
            <div class="mm-layout">
                <div class="mm-figure-col">
                    <div class="mm-controls">
                        { view_switch(state.view, &on_view) }
                        { lens_picker(state.lens, &on_lens) }
                    </div>
                    <BodyFigure view={state.view} selected={state.selected} {matches} on_select={on_select.clone()} />
                    { hint }
                    { state.lens.map(|lens| lens_summary(lens, &on_lens)) }
                </div>
                <RegionPanel selected={state.selected} />
                <RegionFinder selected={state.selected} {matches} {on_select} />
            </div>
            <p id="mm-announce" class="sr-only" aria-live="polite">{ announcement }</p>
        </div>
    }
}

/// A callback that turns the value a child sends up into an action.
fn dispatching<T: 'static>(
    state: &UseReducerHandle<AppState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |value| dispatcher.dispatch(make(value)))
}

/// What a screen reader hears after a change.
fn announce(state: &AppState) -> String {
    match state.selected {
        Some(region) => {
            let r = region.get();
            let flags = if r.red_flags.is_empty() {
                ""
            } else {
                " Includes signs that need a doctor first."
            };
            format!(
                "{}: {} massage types that may help, shown below.{flags}",
                r.name,
                r.suggestions.len()
            )
        }
        None => match state.lens {
            Some(lens) => format!(
                "{} suits {} highlighted body areas.",
                lens.name(),
                lens.mask().count_ones()
            ),
            None => String::new(),
        },
    }
}

fn view_hint(region: RegionId, view: View, on_view: Callback<View>) -> Html {
    let other = view.other();
    let onclick = Callback::from(move |_| on_view.emit(other));
    html! {
        <p id="mm-view-hint" class="mm-view-hint">
            { format!("{} is on the {} view. ", region.get().name, other.slug()) }
            <button type="button" class="mm-link-button" {onclick}>{ format!("Show {} view", other.slug()) }</button>
        </p>
    }
}
