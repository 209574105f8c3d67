use crate::browser;
use crate::components::app::{elsewhere, PANEL_ID};
use crate::components::region_answer::{detail_for, detail_markup, RegionAnswer};
use crate::content::{PlaceId, RegionId, Urgency};
use crate::locale::{counted, fill, STRINGS};
use crate::markup::Markup;
use crate::route::{Page, Route, Subject};
use crate::state::{AppState, Lens, View};
use yew::prelude::*;

/// The answer's heading (written in `region_answer`): what names the panel.
const TITLE_ID: &str = crate::components::app::PANEL_TITLE_ID;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub selected: Option<RegionId>,
    /// A massage type's lens with nothing selected: the panel tells about it.
    pub lens: Option<Lens>,
    /// A link in the answer's text to another page was followed.
    pub on_open: Callback<Page>,
    /// What the answer's links keep: the view, and the page's other parameters.
    #[prop_or_default]
    pub view: View,
    #[prop_or_default]
    pub query: AttrValue,
    /// Where the reader is, for what the warning signs tell them to do.
    #[prop_or_default]
    pub place: Option<PlaceId>,
    #[prop_or_default]
    pub unknown_country: bool,
}

/// The answer panel. Its summary is short enough to follow a click in the
/// same frame as the figure: the answer itself is what a person waits for.
#[component]
pub fn RegionPanel(props: &Props) -> Html {
    let (shown, lens) = (props.selected, props.lens);

    let subject = Route {
        region: shown,
        lens,
        ..Route::default()
    }
    .page()
    .subject;
    let panel = use_node_ref();
    // A link in the answer that opened another page: that link is gone with
    // the old answer, so focus goes to the new one's heading, which also
    // brings it into view, as a page load starts at the top.
    let opened = use_mut_ref(|| false);
    // A new answer comes into view once it is there (not on the first render,
    // which a link may open) when it is above, after reading down; a new
    // area's also when it is below the figure on phones (not a lens picked
    // above the figure, or the intro after Escape).
    {
        let (first, panel, opened) = (use_mut_ref(|| true), panel.clone(), opened.clone());
        use_effect_with(subject, move |subject| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            if std::mem::take(&mut *opened.borrow_mut()) {
                browser::focus(TITLE_ID);
            } else if !first {
                browser::reveal(&panel, matches!(subject, Subject::Region(_)));
            }
        });
    }
    // An answer's details are built when first opened: one listener for the
    // panel (`toggle` does not bubble, so Yew cannot delegate it). Links in
    // the answer's text to other pages open them in place.
    let state = AppState {
        view: props.view,
        selected: shown,
        lens,
        ..AppState::default()
    };
    let current = use_mut_ref(|| (state, props.query.clone(), props.place));
    *current.borrow_mut() = (state, props.query.clone(), props.place);
    {
        let (panel, on_open, current) = (panel.clone(), props.on_open.clone(), current.clone());
        let opened = opened.clone();
        use_effect_with((), move |_| {
            let toggle = {
                let current = current.clone();
                browser::listen(&panel, "toggle", move |event| {
                    let (state, query, place) = &*current.borrow();
                    if let Some(region) = state.selected {
                        build_detail(region, *place, &event, |links| {
                            keep_parameters(links, *state, query)
                        });
                    }
                })
            };
            let click = browser::listen(&panel, "click", move |event| {
                let here = current.borrow().0.route().page();
                if let Some(page) = linked_page(&event).filter(|page| *page != here) {
                    *opened.borrow_mut() = true;
                    on_open.emit(page);
                }
            });
            move || drop((toggle, click))
        });
    }
    // The answer's links to other pages are written plain (`knees.html`):
    // give them the lens and the page's other parameters, as every link has,
    // also when the reader's country rewrites the answer as the app takes over.
    {
        let panel = panel.clone();
        let deps = (state, props.query.clone(), props.place);
        use_effect_with(deps, move |(state, query, _)| {
            if let Some(panel) = panel.cast::<web_sys::Element>() {
                keep_parameters(&panel, *state, query);
            }
        });
    }
    html! {
        <section id={PANEL_ID} ref={panel} class="mm-panel" aria-labelledby={TITLE_ID}>
            // A component of its own: a change of lens does not rebuild the
            // answer. Another area's answer is another string, so parts opened
            // for one area start closed for the next.
            <RegionAnswer {subject} place={props.place} unknown_country={props.unknown_country} />
            <p id="mm-announce" class="sr-only" aria-live="polite">{ announce(shown, lens, props.view) }</p>
        </section>
    }
}

/// A plain click on `<a data-page>` in the answer: that page, to open in
/// place instead of loading it.
fn linked_page(event: &web_sys::Event) -> Option<Page> {
    use wasm_bindgen::JsCast;
    let click = event.dyn_ref::<web_sys::MouseEvent>()?;
    let page = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("a[data-page]").ok().flatten())
        .and_then(|a| a.get_attribute("data-page"))
        .and_then(|file| Page::from_file(&file))
        .filter(|_| browser::is_plain_click(click))?;
    event.prevent_default();
    Some(page)
}

/// Sets each `a[data-page]` inside `links` to its page with the lens (for a
/// region) and the parameters of `query` that are not ours.
fn keep_parameters(links: &web_sys::Element, state: AppState, query: &str) {
    let Ok(anchors) = links.query_selector_all("a[data-page]") else {
        return;
    };
    for anchor in (0..anchors.length()).filter_map(|i| anchors.item(i)) {
        use wasm_bindgen::JsCast;
        let Some(anchor) = anchor.dyn_ref::<web_sys::Element>() else {
            continue;
        };
        let page = anchor
            .get_attribute("data-page")
            .and_then(|file| Page::from_file(&file));
        if let Some(page) = page {
            let _ = anchor.set_attribute("href", &state.link_to(page, query));
        }
    }
}

/// Fills an opened `<details data-detail>` of `region`'s answer, once, and
/// hands what it built to `links`.
fn build_detail(
    region: RegionId,
    place: Option<PlaceId>,
    event: &web_sys::Event,
    links: impl Fn(&web_sys::Element),
) {
    use wasm_bindgen::JsCast;
    let Some(details) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
    else {
        return;
    };
    let built = details
        .last_element_child()
        .is_some_and(|c| c.class_name() == "mm-detail");
    let detail = details
        .get_attribute("data-detail")
        .and_then(|key| detail_for(region, &key));
    let (true, false, Some(detail)) = (details.open(), built, detail) else {
        return;
    };
    let mut m = Markup::default();
    detail_markup(&mut m, detail, place);
    let Some(container) = details
        .owner_document()
        .and_then(|d| d.create_element("div").ok())
    else {
        return;
    };
    container.set_class_name("mm-detail");
    container.set_inner_html(m.as_str());
    links(&container);
    let _ = details.append_child(&container);
}

/// What a screen reader hears after a change.
fn announce(selected: Option<RegionId>, lens: Option<Lens>, view: View) -> String {
    let lens_said = lens.map(|lens| {
        counted(
            lens.mask().count_ones() as usize,
            STRINGS.announce_lens_one,
            STRINGS.announce_lens,
            &[("lens", lens.name())],
        )
    });
    match (selected, lens_said) {
        (Some(region), lens_said) => {
            let r = region.get();
            let flags = match r.red_flags.first().map(|f| f.urgency) {
                None => "",
                Some(Urgency::Emergency) => STRINGS.announce_signs_emergency,
                Some(_) => STRINGS.announce_signs,
            };
            let mut said = counted(
                r.suggestions.len(),
                STRINGS.announce_region_one,
                STRINGS.announce_region,
                &[("area", r.name)],
            );
            said.push_str(flags);
            // Turned to a view that does not draw it: where it is, as the hint says.
            if !view.shows(region) {
                said.push(' ');
                said.push_str(elsewhere(region, view).trim_end());
            }
            // A lens picked with an area chosen changes the figure, not the answer.
            if let Some(lens_said) = lens_said {
                said.push(' ');
                said.push_str(&lens_said);
            }
            said
        }
        (None, Some(lens_said)) => lens_said,
        (None, None) => fill(STRINGS.announce_nothing, &[("view", view.in_sentence())]),
    }
}
