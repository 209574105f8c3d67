use crate::browser;
use crate::components::body_figure::BodyFigure;
use crate::components::embed_panel::EmbedPanel;
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

#[derive(Properties, PartialEq, Default)]
pub struct Props {
    /// The page's query string when the app started (`?region=neck…`): the
    /// state starts from it, and parameters that are not ours are kept.
    #[prop_or_default]
    pub query: AttrValue,
    /// The page's own address, origin and path, for links to the full map.
    #[prop_or_default]
    pub address: AttrValue,
    /// The page's own title, shown while no area is chosen.
    #[prop_or_default]
    pub title: AttrValue,
    /// A copy rendered off-screen to warm the code up (see `crate::start`):
    /// it works like the real one but leaves the address bar and history alone.
    #[prop_or_default]
    pub rehearsal: bool,
}

#[component]
pub fn App(props: &Props) -> Html {
    let state = use_reducer(|| AppState::from_route(Route::parse(&props.query)));
    let embed = embed_mode(&props.query);
    let rehearsal = props.rehearsal;
    // The route back or forward last restored: writing it again only tidies the entry.
    let restored = use_mut_ref(|| None::<Route>);

    // Back and forward restore the state the URL describes.
    {
        let (dispatcher, restored) = (state.dispatcher(), restored.clone());
        use_effect_with(rehearsal, move |rehearsal| {
            let guard = (!rehearsal).then(|| {
                browser::watch_history(move || {
                    let route = Route::parse(&browser::query());
                    *restored.borrow_mut() = Some(AppState::from_route(route).route());
                    dispatcher.dispatch(Action::Restore(route));
                })
            });
            move || drop(guard)
        });
    }

    // Every change becomes a history entry, except the first render and a
    // restored entry, which only tidy the URL (dropping values we could not use).
    {
        let first = use_mut_ref(|| true);
        use_effect_with(state.route(), move |route| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            let restoring = restored.borrow_mut().take() == Some(*route);
            if !rehearsal {
                browser::write_route(*route, first || restoring);
            }
        });
    }

    // The tab, bookmarks and the history menu name the area on show.
    {
        let intro = props.title.clone();
        use_effect_with(state.selected, move |selected| {
            if !rehearsal {
                match selected {
                    Some(region) => browser::set_title(&format!(
                        "{}: which kinds of massage may help · {}",
                        region.get().name,
                        META.title
                    )),
                    None if !intro.is_empty() => browser::set_title(&intro),
                    None => {}
                }
            }
        });
    }

    let handlers = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| Handlers::new(dispatcher))
    };
    let Handlers {
        on_select,
        on_view,
        on_lens,
        on_dismiss,
    } = (*handlers).clone();
    let on_keydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !e.default_prevented() {
                state.dispatch(Action::Clear);
            }
        })
    };

    let matches = state.lens.map_or(0, Lens::mask);
    let hint = state
        .selected
        .filter(|r| !state.view.shows(*r))
        .map(|r| view_hint(r, state.view, on_view.clone()));

    // In a frame the host page has its own header; a heading stays for screen readers.
    // This page without frame parameters: the embed bar's link, and the address on paper.
    let full_map = full_map_address(&state, &props.query, &props.address);
    let header = if embed {
        html! {
            <header class="mm-embed-bar">
                <h1 class="sr-only">{ META.title }</h1>
                if browser::can_open_links() {
                    <a href={full_map.clone()} target="_blank" rel="noopener">
                        { "Open the full map" }<span class="sr-only">{ " (opens in a new tab)" }</span>
                    </a>
                } else {
                    <span>{ "Full map: " }<span class="mm-url">{ full_map.clone() }</span></span>
                }
            </header>
        }
    } else {
        html! {
            <header class="mm-header">
                <h1>{ META.title }</h1>
                <p class="mm-tagline">{ "Choose where it hurts to see which kinds of massage may help, why, and what to watch out for." }</p>
                <EmbedPanel route={state.route()} query={props.query.clone()} address={props.address.clone()} />
            </header>
        }
    };

    html! {
        <div class="mm-app" onkeydown={on_keydown}>
            { header }
            if state.bad_link {
                { notice_banner(on_dismiss) }
            }
            <main class="mm-layout">
                <div class="mm-figure-col">
                    <div class="mm-controls">
                        { view_switch(state.view, &on_view) }
                        { lens_picker(state.lens, &on_lens) }
                    </div>
                    <BodyFigure view={state.view} selected={state.selected} {matches} on_select={on_select.clone()} />
                    { hint }
                    { state.lens.map(|lens| lens_summary(lens, &on_lens)) }
                </div>
                <RegionPanel selected={state.selected} lens={state.lens} />
                <RegionFinder selected={state.selected} {matches} {on_select} />
            </main>
            // On paper, the page's address replaces the controls.
            <p class="mm-print-address">{ "This page: " }{ full_map }</p>
        </div>
    }
}

/// The callbacks children send values up with. Made once, so they keep their
/// identity and children whose other props did not change skip re-rendering.
#[derive(Clone)]
struct Handlers {
    on_select: Callback<RegionId>,
    on_view: Callback<View>,
    on_lens: Callback<Option<Lens>>,
    on_dismiss: Callback<()>,
}

impl Handlers {
    fn new(dispatcher: UseReducerDispatcher<AppState>) -> Self {
        Handlers {
            on_select: dispatching(&dispatcher, Action::Select),
            on_view: dispatching(&dispatcher, Action::ShowView),
            on_lens: dispatching(&dispatcher, Action::SetLens),
            on_dismiss: dispatching(&dispatcher, |()| Action::DismissNotice),
        }
    }
}

/// A callback that turns the value a child sends up into an action.
fn dispatching<T: 'static>(
    dispatcher: &UseReducerDispatcher<AppState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |value| dispatcher.dispatch(make(value)))
}

/// This page without embed mode, showing the same selection.
fn full_map_address(state: &AppState, query: &str, address: &str) -> String {
    let query = state.route().to_query(query);
    format!("{address}{}", without_frame_params(&query))
}

/// `embed=1` asks for the compact chrome of an iframe. The page's other
/// settings (theme, accent, size) are static/boot.js's: they apply before the
/// app loads, and to the text version too.
pub fn embed_mode(query: &str) -> bool {
    crate::route::pairs(query).any(|pair| matches!(pair, ("embed", "1" | "true")))
}

/// `query` without the parameters that only make sense inside a frame.
pub fn without_frame_params(query: &str) -> String {
    crate::route::without(query, &["embed", "size"])
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
