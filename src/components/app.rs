use crate::browser;
use crate::components::body_figure::BodyFigure;
use crate::components::embed_panel::EmbedPanel;
use crate::components::lens_picker::{self, lens_picker, lens_summary};
use crate::components::notice_banner::notice_banner;
use crate::components::region_finder::RegionFinder;
use crate::components::region_panel::RegionPanel;
use crate::components::view_switch::view_switch;
use crate::content::{RegionId, META};
use crate::locale::{fill, STRINGS};
use crate::pages;
use crate::route::{Page, Route};
use crate::state::{Action, AppState, Lens, View};
use yew::prelude::*;

pub const PANEL_ID: &str = "mm-panel";
/// The answer's heading (`tabindex="-1"`), written by `region_answer`.
pub const PANEL_TITLE_ID: &str = "mm-panel-title";

#[derive(Properties, PartialEq, Default)]
pub struct Props {
    /// The page the document was prerendered as. The first render is that
    /// page exactly, so the app takes over its markup instead of rebuilding it.
    #[prop_or_default]
    pub page: Page,
    /// The page's query string when the app started. What it asks for (a
    /// lens, embed mode) follows the first render; parameters that are not
    /// ours stay in every link.
    #[prop_or_default]
    pub query: AttrValue,
    /// The folder the pages are in (`https://example.org/map/`), for the
    /// full map's address and the embed code; empty gives relative links.
    #[prop_or_default]
    pub address: AttrValue,
    /// The browser's languages (`en-NZ,en`): without `country=`, their first
    /// region says where the reader is.
    #[prop_or_default]
    pub languages: AttrValue,
    /// What the reader typed in the search box and chose in the highlight
    /// menu of the prerendered page, before the app took it over.
    #[prop_or_default]
    pub typed_search: AttrValue,
    #[prop_or_default]
    pub chosen_lens: Option<AttrValue>,
}

#[component]
pub fn App(props: &Props) -> Html {
    let state = use_reducer(|| AppState::from_route(Route::of_page(props.page)));
    // The route the app restored last (after the take-over, or back and
    // forward): writing it only tidies the current entry.
    let restored = use_mut_ref(|| None::<Route>);

    // Every change becomes a history entry, except the first render and a
    // restored route, which only tidy the URL (dropping values we could not
    // use), and a run of lens changes: arrow keys on the closed menu change
    // it at each option, and Back should leave the run as a whole.
    {
        let (first, restored) = (use_mut_ref(|| true), restored.clone());
        let previous = use_mut_ref(|| None::<(Route, bool)>);
        use_effect_with(state.route(), move |route| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            let restoring = restored.borrow_mut().take() == Some(*route);
            let before = *previous.borrow();
            let lens_only = !restoring
                && before.is_some_and(|(before, _)| {
                    before.lens != route.lens
                        && Route {
                            lens: route.lens,
                            ..before
                        } == *route
                });
            let lens_again = lens_only && before.is_some_and(|(_, was_lens)| was_lens);
            *previous.borrow_mut() = Some((*route, lens_only));
            browser::write_route(*route, first || restoring || lens_again);
        });
    }

    // Once the page is the app's: what the query asks for, then back and
    // forward, which restore what the URL says. The figure then answers the
    // arrow keys (before, as prerendered, each area is a link to Tab to).
    let live = use_state(|| false);
    {
        let (dispatcher, page, query) = (state.dispatcher(), props.page, props.query.clone());
        let (languages, chosen_lens) = (props.languages.clone(), props.chosen_lens.clone());
        let live = live.setter();
        use_effect_with((), move |_| {
            let chose = dispatcher.clone();
            let restore = move |route: Route| {
                *restored.borrow_mut() = Some(AppState::from_route(route).route());
                dispatcher.dispatch(Action::Restore(route));
            };
            // What the reader is looking at stays put as the page becomes the app's.
            browser::hold_on_screen(PANEL_TITLE_ID);
            restore(Route::at(page, &query).with_languages(&languages));
            // Only a choice the reader made: the menu as prerendered shows the page's own lens.
            let chosen = chosen_lens.map(|value| lens_picker::parse(&value));
            if let Some(lens) = chosen.filter(|lens| *lens != Route::of_page(page).lens) {
                chose.dispatch(Action::SetLens(lens));
            }
            live.set(true);
            browser::mark_ready();
            let guard = browser::watch_history(move || {
                let page = Page::from_file(&browser::file()).unwrap_or(page);
                restore(Route::at(page, &browser::query()).with_languages(&languages));
            });
            move || drop(guard)
        });
    }

    // A render that removed the focused control (Escape on a suggestion,
    // Dismiss, Back after a link in the answer) leaves focus on <body>:
    // the answer's heading takes it, where reading goes on.
    let last_focus = use_mut_ref(|| None::<web_sys::Element>);
    let on_focusin = {
        let last_focus = last_focus.clone();
        Callback::from(move |e: FocusEvent| {
            *last_focus.borrow_mut() = e.target_dyn_into::<web_sys::Element>();
        })
    };
    use_effect(move || {
        let lost = last_focus
            .borrow()
            .as_ref()
            .is_some_and(|e| !e.is_connected());
        if lost {
            *last_focus.borrow_mut() = None;
            browser::focus_if_lost(PANEL_TITLE_ID);
        }
    });

    // The tab, bookmarks and the history menu name what is on show.
    let page = state.route().page();
    // After the paint: the title costs the click's frame half a millisecond.
    use_effect_with(page, |page| {
        let page = *page;
        browser::after_paint(move || browser::set_title(&pages::title(page)));
    });

    let handlers = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| Handlers::new(dispatcher))
    };
    let Handlers {
        on_select,
        on_view,
        on_lens,
        on_dismiss,
        on_open,
    } = (*handlers).clone();
    let on_keydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Escape in a menu or the embed code, or on its button, leaves that
            // control, not the answer (whose code the blogger is copying).
            let in_control = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.closest("select, textarea, .mm-embed").ok().flatten())
                .is_some();
            if e.key() == "Escape" && !e.default_prevented() && !in_control {
                state.dispatch(Action::Clear);
            }
        })
    };

    let matches = state.lens.map_or(0, Lens::mask);
    let route = state.route();
    // Links keep the parameters that are not ours (theme, embed, a host's own).
    let query = &props.query;
    let link = |route: Route| AttrValue::from(route.to_url(query));
    let view_links = [View::Front, View::Back].map(|view| link(Route { view, ..route }));
    let hint = state.selected.filter(|r| !state.view.shows(*r)).map(|r| {
        view_hint(
            r,
            state.view,
            link(Route {
                view: state.view.other(),
                ..route
            }),
            on_view.clone(),
        )
    });
    let lens_line = state.lens.map(|lens| {
        lens_summary(
            lens,
            link(Route {
                lens: None,
                ..route
            }),
            &on_lens,
        )
    });

    // In a frame the host page has its own header; a heading stays for screen readers.
    // This page without frame parameters: the embed bar's link, and the address on paper.
    let full_map = format!(
        "{}{}",
        props.address,
        route.to_url(&without_frame_params(query))
    );
    // In a frame, the way out to the full map comes under the figure, in view beside the
    // answer: above the map, it cost the figure and the answer a line of the frame's height.
    let embed_bar = state.embed.then(|| {
        let open_full_map = if browser::can_open_links() {
            html! {
                <a href={full_map.clone()} target="_blank" rel="noopener">
                    { STRINGS.embed_bar_open }<span class="sr-only">{ STRINGS.opens_in_new_tab }</span>
                </a>
            }
        } else if browser::host_opens_links() {
            // A sandboxed frame in WordPress: boot.js asks its wp-embed.js to open it in this tab.
            html! { <a href={full_map.clone()}>{ STRINGS.embed_bar_open }</a> }
        } else {
            html! { <span>{ STRINGS.embed_bar_address }<span class="mm-url">{ full_map.clone() }</span></span> }
        };
        html! { <p class="mm-embed-bar">{ open_full_map }</p> }
    });
    let header = if state.embed {
        html! {
            <header>
                <h1 class="sr-only">{ META.title }</h1>
            </header>
        }
    } else {
        html! {
            <header class="mm-header">
                <h1>{ META.title }</h1>
                <p class="mm-tagline">{ STRINGS.tagline }</p>
                <EmbedPanel {route} query={query.clone()} address={props.address.clone()} />
            </header>
        }
    };

    let reviewed = fill(
        STRINGS.reviewed,
        &[
            ("date", &long_date(META.reviewed)),
            ("who", META.reviewed_by),
        ],
    );
    // On paper, the page's address replaces the controls.
    let print_address = fill(STRINGS.print_address, &[("address", &full_map)]);

    html! {
        <div class="mm-app" onkeydown={on_keydown} onfocusin={on_focusin}>
            { header }
            if state.bad_link {
                { notice_banner(on_dismiss) }
            }
            <main class="mm-layout">
                <div class="mm-figure-col">
                    <div class="mm-controls">
                        { view_switch(state.view, view_links, &on_view) }
                        { lens_picker(state.lens, &on_lens) }
                    </div>
                    <BodyFigure view={state.view} selected={state.selected} {matches} on_select={on_select.clone()} lens={state.lens} query={query.clone()} live={*live} />
                    // Always there, so the hint and the lens line coming and going never
                    // shift the siblings above: Yew matches unkeyed children from the end,
                    // and would rebuild the figure and its controls (and drop focus).
                    <div class="mm-figure-notes">
                        <div>{ hint }</div>
                        <div>{ lens_line }</div>
                    </div>
                    { embed_bar }
                </div>
                <RegionPanel selected={state.selected} lens={state.lens} {on_open} view={state.view} query={query.clone()} place={state.place} unknown_country={state.unknown_country} />
                <RegionFinder selected={state.selected} {matches} {on_select} view={state.view} lens={state.lens} query={query.clone()} typed={props.typed_search.clone()} />
            </main>
            <p class="mm-reviewed">{ reviewed }</p>
            <p class="mm-print-address">{ print_address }</p>
        </div>
    }
}

/// `2026-12-01` in the locale's words: "1 December 2026".
fn long_date(date: &str) -> String {
    let mut parts = date.split('-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return date.to_string();
    };
    let month = month.parse::<u8>().ok().and_then(month_name);
    match month {
        Some(month) => fill(
            STRINGS.long_date,
            &[
                ("day", day.trim_start_matches('0')),
                ("month", month),
                ("year", year),
            ],
        ),
        None => date.to_string(),
    }
}

/// A match, not an array: LLVM makes it a table of the locale's strings,
/// where an array would be built in code on every call.
fn month_name(month: u8) -> Option<&'static str> {
    Some(match month {
        1 => STRINGS.month_01,
        2 => STRINGS.month_02,
        3 => STRINGS.month_03,
        4 => STRINGS.month_04,
        5 => STRINGS.month_05,
        6 => STRINGS.month_06,
        7 => STRINGS.month_07,
        8 => STRINGS.month_08,
        9 => STRINGS.month_09,
        10 => STRINGS.month_10,
        11 => STRINGS.month_11,
        12 => STRINGS.month_12,
        _ => return None,
    })
}

/// The callbacks children send values up with. Made once, so they keep their
/// identity and children whose other props did not change skip re-rendering.
#[derive(Clone)]
struct Handlers {
    on_select: Callback<RegionId>,
    on_view: Callback<View>,
    on_lens: Callback<Option<Lens>>,
    on_dismiss: Callback<()>,
    on_open: Callback<Page>,
}

impl Handlers {
    fn new(dispatcher: UseReducerDispatcher<AppState>) -> Self {
        Handlers {
            on_select: dispatching(&dispatcher, Action::Select),
            on_view: dispatching(&dispatcher, Action::ShowView),
            on_lens: dispatching(&dispatcher, Action::SetLens),
            on_dismiss: dispatching(&dispatcher, |()| Action::DismissNotice),
            on_open: dispatching(&dispatcher, Action::Open),
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

/// `embed=1` asks for the compact chrome of an iframe. The page's other
/// settings (theme, accent, size) are static/boot.js's: they apply before the
/// app loads, and to the text version too.
pub fn embed_mode(query: &str) -> bool {
    Route::parse(query).embed
}

/// `query` without the parameters that only make sense inside a frame.
pub fn without_frame_params(query: &str) -> String {
    crate::route::without(query, &["embed", "size"])
}

/// Where an area is that `view` does not draw ("Chest is on the front view. "):
/// the view hint's words, which the panel's announcement repeats.
pub fn elsewhere(region: RegionId, view: View) -> String {
    let other = ("view", view.other().in_sentence());
    fill(STRINGS.view_hint, &[("area", region.get().name), other])
}

fn view_hint(region: RegionId, view: View, href: AttrValue, on_view: Callback<View>) -> Html {
    let other = view.other();
    let onclick = Callback::from(move |e: MouseEvent| {
        if browser::is_plain_click(&e) {
            e.prevent_default();
            on_view.emit(other);
        }
    });
    let hint = elsewhere(region, view);
    let show = fill(STRINGS.view_hint_link, &[("view", other.in_sentence())]);
    html! {
        <p id="mm-view-hint" class="mm-view-hint">
            { hint }
            <a {href} {onclick}>{ show }</a>
        </p>
    }
}
