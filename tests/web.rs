//! Components in a real browser: the app mounted into the page, driven by DOM
//! events, with `yew::scheduler::flush()` instead of sleeps. Each test mounts
//! its own app into its own root and destroys both, so no test sees another's
//! elements, ids or history listener.

#![cfg(target_arch = "wasm32")]

use massage_map::components::app::Props;
use massage_map::App;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// An app in a root of its own. Dropping it destroys the app and removes the root.
struct Mounted {
    root: Element,
    app: Option<yew::AppHandle<App>>,
}

impl std::ops::Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

/// Mounts a fresh app on a clean URL and waits for its first render.
async fn mount() -> Mounted {
    mount_at("").await
}

/// Mounts a fresh app on this page with `query` in the address bar, as
/// `massage_map::start` does, and waits for its first render.
async fn mount_at(query: &str) -> Mounted {
    let window = web_sys::window().unwrap();
    // The runner's folder: an earlier test's choices moved the address to one of its pages.
    let path = window.location().pathname().unwrap();
    let folder = &path[..path.rfind('/').unwrap() + 1];
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{folder}{query}")))
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = Props {
        query: query.to_string().into(),
        ..Props::default()
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    Mounted {
        root,
        app: Some(app),
    }
}

/// The page's file and query, as the app writes them (`neck.html?theme=dark`).
fn address() -> String {
    let location = web_sys::window().unwrap().location();
    let path = location.pathname().unwrap();
    let file = path.rsplit('/').next().unwrap().to_string();
    file + &location.search().unwrap()
}

/// Waits for the next back/forward (true), or half a second (false).
async fn popstate() -> bool {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let on_pop = resolve.clone();
        let on_pop = wasm_bindgen::closure::Closure::once_into_js(move || {
            on_pop.call1(&JsValue::NULL, &JsValue::TRUE).unwrap();
        });
        window
            .add_event_listener_with_callback_and_add_event_listener_options(
                "popstate",
                on_pop.unchecked_ref(),
                &options,
            )
            .unwrap();
        let timeout = wasm_bindgen::closure::Closure::once_into_js(move || {
            resolve.call1(&JsValue::NULL, &JsValue::FALSE).unwrap();
        });
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(timeout.unchecked_ref(), 500)
            .unwrap();
    });
    let happened = wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    happened.as_bool().unwrap()
}

/// Waits for the next animation frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until every render, including the answer a frame after a click, is done.
async fn settle() {
    yew::scheduler::flush().await;
    next_frame().await;
    next_frame().await;
    next_frame().await;
    yew::scheduler::flush().await;
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    let element = find(root, selector);
    // SVG links are not HTMLElements: dispatch a click event as a mouse
    // would, cancelable, so the app can keep the link in place.
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &{
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init
    })
    .unwrap();
    element.dispatch_event(&event).unwrap();
}

fn key(element: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

fn attr(root: &Element, selector: &str, name: &str) -> String {
    find(root, selector).get_attribute(name).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn clicking_a_region_answers_in_the_panel_and_the_list() {
    let root = mount().await;
    click(&root, "#mm-region-neck");
    settle().await;
    assert_eq!(attr(&root, "#mm-region-neck", "aria-current"), "page");
    assert_eq!(text(&root, "#mm-panel h2"), "Neck");
    assert!(count(&root, "li.suggestion") >= 3);
    assert_eq!(
        attr(&root, "#mm-region-list a[data-region=neck]", "aria-current"),
        "page"
    );
    assert!(text(&root, "#mm-announce").starts_with("Neck:"));
    assert_eq!(address(), "neck.html", "the page's own address, in place");
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_single_tab_stop_and_enter_selects() {
    let root = mount().await;
    let first = find(&root, ".mm-figure [tabindex='0']");
    assert_eq!(count(&root, ".mm-figure [tabindex='0']"), 1);
    first
        .dyn_ref::<web_sys::SvgElement>()
        .unwrap()
        .focus()
        .unwrap();
    key(&first, "ArrowDown");
    settle().await;
    let second = find(&root, ".mm-figure [tabindex='0']");
    assert_ne!(first.id(), second.id(), "the tab stop moved");
    let active = document().active_element().map(|e| e.id());
    assert_eq!(active, Some(second.id()), "keyboard focus moved with it");
    assert_eq!(count(&root, ".mm-figure [tabindex='0']"), 1);
    key(&second, "Enter");
    settle().await;
    assert_eq!(
        second.get_attribute("aria-current").as_deref(),
        Some("page")
    );
    key(&second, "Escape");
    settle().await;
    assert_eq!(second.get_attribute("aria-current"), None);
    assert_eq!(text(&root, "#mm-panel h2"), "Where does it hurt?");
}

#[wasm_bindgen_test]
async fn searching_an_everyday_word_finds_and_selects_the_region() {
    let root = mount().await;
    let input: HtmlInputElement = find(&root, "#mm-search").dyn_into().unwrap();
    input.set_value("sciatica");
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
    assert_eq!(
        attr(&root, "#mm-region-list li:first-child a", "data-region"),
        "lower-back"
    );
    assert!(text(&root, "#mm-search-status").contains("match"));
    key(&input, "Enter");
    settle().await;
    assert_eq!(text(&root, "#mm-panel h2"), "Lower back");
    // Lower back lives on the back view: the figure turned around.
    assert_eq!(attr(&root, "#mm-view-back", "aria-current"), "true");
    assert_eq!(attr(&root, "#mm-region-lower-back", "aria-current"), "page");
}

/// A keydown with a modifier held, as `key` sends one; whether the page took it.
fn key_with(element: &Element, key: &str, set: impl Fn(&KeyboardEventInit)) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    set(&init);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
    event.default_prevented()
}

#[wasm_bindgen_test]
async fn keys_with_a_modifier_stay_the_browsers_on_the_figure() {
    let root = mount().await;
    let stop = find(&root, ".mm-figure [tabindex='0']");
    let before = stop.id();
    // Alt+Left is Back, Ctrl+Enter opens the area's page in a new tab.
    assert!(
        !key_with(&stop, "ArrowLeft", |k| k.set_alt_key(true)),
        "Alt+Left is Back"
    );
    assert!(
        !key_with(&stop, "End", |k| k.set_ctrl_key(true)),
        "Ctrl+End"
    );
    assert!(
        !key_with(&stop, "Enter", |k| k.set_ctrl_key(true)),
        "Ctrl+Enter"
    );
    settle().await;
    assert_eq!(
        find(&root, ".mm-figure [tabindex='0']").id(),
        before,
        "focus stayed"
    );
    assert_eq!(
        text(&root, "#mm-panel h2"),
        "Where does it hurt?",
        "nothing chosen"
    );
}

#[wasm_bindgen_test]
async fn escape_in_the_embed_code_keeps_the_answer_and_its_code() {
    let root = mount().await;
    click(&root, "#mm-region-list a[data-region=knees]");
    settle().await;
    assert_eq!(text(&root, "#mm-panel h2"), "Knees");
    click(&root, ".mm-embed button");
    settle().await;
    let code = find(&root, "#mm-embed-code");
    let snippet = code
        .dyn_ref::<web_sys::HtmlTextAreaElement>()
        .unwrap()
        .value();
    assert!(snippet.contains("knees.html"), "{snippet}");
    key(&code, "Escape");
    key(&find(&root, "#mm-embed-country"), "Escape");
    settle().await;
    assert_eq!(
        text(&root, "#mm-panel h2"),
        "Knees",
        "a blogger leaving the box keeps the answer"
    );
    let after = find(&root, "#mm-embed-code");
    assert_eq!(
        after
            .dyn_ref::<web_sys::HtmlTextAreaElement>()
            .unwrap()
            .value(),
        snippet
    );
}

fn focused_id() -> Option<String> {
    document().active_element().map(|e| e.id())
}

/// Gives `element` keyboard focus, as Tab would.
fn focus_on(element: &Element) {
    element
        .dyn_ref::<web_sys::HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
}

/// The answer's heading has keyboard focus, where reading goes on.
fn assert_focus_on_the_answer(when: &str) {
    assert_eq!(focused_id().as_deref(), Some("mm-panel-title"), "{when}");
}

#[wasm_bindgen_test]
async fn focus_that_loses_its_control_goes_to_the_answer_not_the_page() {
    let root = mount().await;
    click(&root, "#mm-region-list a[data-region=knees]");
    settle().await;
    // Escape on a suggestion: the intro replaces the answer, and its summary with it.
    let summary = find(&root, "#mm-panel li.suggestion summary");
    focus_on(&summary);
    key(&summary, "Escape");
    settle().await;
    assert_eq!(text(&root, "#mm-panel h2"), "Where does it hurt?");
    assert_focus_on_the_answer("after Escape");
}

#[wasm_bindgen_test]
async fn choosing_from_the_list_or_the_search_takes_focus_to_the_answer() {
    let root = mount().await;
    // As a page a link opened: reading (and the next Tab) goes on from its heading.
    let link = find(&root, "#mm-region-list a[data-region=knees]");
    focus_on(&link);
    click(&root, "#mm-region-list a[data-region=knees]");
    settle().await;
    assert_eq!(text(&root, "#mm-panel h2"), "Knees");
    assert_focus_on_the_answer("after the list");
    let input: HtmlInputElement = find(&root, "#mm-search").dyn_into().unwrap();
    input.focus().unwrap();
    input.set_value("sciatica");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    settle().await;
    key(&input, "Enter");
    settle().await;
    assert_eq!(text(&root, "#mm-panel h2"), "Lower back");
    assert_focus_on_the_answer("after the search");
}

#[wasm_bindgen_test]
async fn dismissing_the_notice_keeps_keyboard_focus_in_the_app() {
    let root = mount_at("?region=nowhere").await;
    let dismiss = find(&root, "#mm-notice button");
    focus_on(&dismiss);
    dismiss.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(count(&root, "#mm-notice"), 0);
    assert_focus_on_the_answer("after Dismiss");
}

#[wasm_bindgen_test]
async fn a_search_of_only_spaces_or_punctuation_is_no_search() {
    let root = mount().await;
    let input: HtmlInputElement = find(&root, "#mm-search").dyn_into().unwrap();
    for typed in ["   ", "???", "-"] {
        input.set_value(typed);
        let event = web_sys::InputEvent::new("input").unwrap();
        input.dispatch_event(&event).unwrap();
        settle().await;
        assert_eq!(text(&root, "#mm-search-status"), "", "{typed:?}: no count");
        key(&input, "Enter");
        settle().await;
        assert_eq!(
            text(&root, "#mm-panel h2"),
            "Where does it hurt?",
            "{typed:?}: Enter chooses nothing"
        );
    }
}

#[wasm_bindgen_test]
async fn the_lens_highlights_regions_on_the_figure_and_in_the_list() {
    let root = mount().await;
    let select: HtmlSelectElement = find(&root, "#mm-lens").dyn_into().unwrap();
    select.set_value("massage:swedish");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert!(count(&root, ".mm-figure .region[data-match]") >= 2);
    assert!(count(&root, "#mm-region-list [data-match]") >= 3);
    assert!(text(&root, "#mm-lens-summary").contains("is suggested for"));
    click(&root, "#mm-lens-summary a");
    settle().await;
    assert_eq!(count(&root, ".mm-figure .region[data-match]"), 0);
}

#[wasm_bindgen_test]
async fn switching_views_keeps_a_selection_that_exists_on_both() {
    let root = mount().await;
    click(&root, "#mm-region-list a[data-region=neck]");
    settle().await;
    click(&root, "#mm-view-back");
    settle().await;
    assert_eq!(
        attr(&root, ".mm-figure", "aria-label"),
        "Body areas, back view"
    );
    assert_eq!(attr(&root, "#mm-region-neck", "aria-current"), "page");
    assert_eq!(count(&root, "#mm-view-hint"), 0);

    click(&root, "#mm-region-list a[data-region=chest]");
    settle().await;
    click(&root, "#mm-view-back");
    settle().await;
    assert!(text(&root, "#mm-view-hint").contains("front view"));
    assert_eq!(text(&root, "#mm-panel h2"), "Chest");
}

#[wasm_bindgen_test]
async fn back_right_after_a_choice_returns_to_the_older_entry_and_forward_still_works() {
    let history = web_sys::window().unwrap().history().unwrap();
    let root = mount().await;
    click(&root, "#mm-region-list a[data-region=neck]");
    settle().await;
    assert_eq!(address(), "neck.html");
    // Back at once, before the new choice's history entry has been written.
    click(&root, "#mm-region-list a[data-region=knees]");
    history.back().unwrap();
    assert!(popstate().await, "back went nowhere");
    settle().await;
    assert_eq!(
        address(),
        "",
        "the address bar shows the entry we went back to"
    );
    assert_eq!(text(&root, "#mm-panel h2"), "Where does it hurt?");
    history.forward().unwrap();
    assert!(popstate().await, "the forward entry was lost");
    settle().await;
    assert_eq!(address(), "neck.html");
    assert_eq!(text(&root, "#mm-panel h2"), "Neck");
}

#[wasm_bindgen_test]
async fn moving_through_the_lens_menu_adds_one_history_entry() {
    let history = web_sys::window().unwrap().history().unwrap();
    let root = mount().await;
    let entries = history.length().unwrap();
    let select: HtmlSelectElement = find(&root, "#mm-lens").dyn_into().unwrap();
    // Arrow keys on a closed menu change it at each option.
    for option in ["massage:swedish", "massage:deep-tissue", "massage:thai"] {
        select.set_value(option);
        select
            .dispatch_event(&web_sys::Event::new("change").unwrap())
            .unwrap();
        settle().await;
    }
    assert_eq!(address(), "massage-thai.html");
    assert_eq!(
        history.length().unwrap(),
        entries + 1,
        "one entry for the run"
    );
    // Back leaves the menu's run as a whole.
    history.back().unwrap();
    assert!(popstate().await, "back went nowhere");
    settle().await;
    assert_eq!(address(), "");
    assert_eq!(text(&root, "#mm-panel h2"), "Where does it hurt?");
}

#[wasm_bindgen_test]
async fn a_long_session_of_choices_stops_growing_memory() {
    let root = mount().await;
    let regions = ["neck", "knees", "lower-back", "feet", "head", "chest"];
    let session = || async {
        for region in regions {
            click(&root, &format!("#mm-region-list a[data-region={region}]"));
            settle().await;
        }
    };
    // The heap settles within a dozen rounds (one more 64 KiB page here), then holds.
    for _ in 0..15 {
        session().await;
    }
    let pages = core::arch::wasm32::memory_size(0);
    for _ in 0..20 {
        session().await;
    }
    assert_eq!(
        core::arch::wasm32::memory_size(0),
        pages,
        "memory kept growing"
    );
}

#[wasm_bindgen_test]
async fn a_suggestion_is_built_when_it_is_first_opened() {
    let root = mount_at("?region=neck").await;
    assert_eq!(address(), "neck.html", "an old link moves to its page");
    assert_eq!(count(&root, "#mm-panel .mm-detail"), 0, "summary only");
    let summary: web_sys::HtmlElement = find(&root, "li.suggestion summary").dyn_into().unwrap();
    summary.click();
    settle().await;
    assert_eq!(count(&root, "#mm-panel .mm-detail"), 1);
    assert!(text(&root, "li.suggestion .mm-detail").contains("What it is"));
    summary.click();
    settle().await;
    assert_eq!(count(&root, "#mm-panel details[open]"), 0, "closed again");
    summary.click();
    settle().await;
    assert_eq!(count(&root, "#mm-panel .mm-detail"), 1, "built once");
}

#[wasm_bindgen_test]
async fn a_link_in_the_answer_opens_its_page_in_place() {
    let root = mount_at("?region=neck").await;
    let summary: web_sys::HtmlElement = find(&root, "li.suggestion summary").dyn_into().unwrap();
    summary.click();
    settle().await;
    let link = find(&root, "li.suggestion .mm-more-about a");
    let file = link.get_attribute("href").unwrap();
    assert!(file.starts_with("massage-"), "{file}");
    click(&root, "li.suggestion .mm-more-about a");
    settle().await;
    assert_eq!(address(), file, "in place, at the page's own address");
    assert!(text(&root, "#mm-panel").contains("What studies show"));
    assert!(count(&root, ".mm-figure .region[data-match]") >= 1);
    // An area it suits, from its list, keeps the massage type as the lens.
    click(&root, "#mm-panel .mm-suited a[data-page]");
    settle().await;
    assert!(address().contains(".html?massage="), "{}", address());
    assert_eq!(count(&root, "#mm-red-flags"), 1);
}

#[wasm_bindgen_test]
async fn escape_on_the_embed_button_closes_its_panel_and_keeps_the_answer() {
    let root = mount().await;
    click(&root, "#mm-region-list a[data-region=knees]");
    settle().await;
    let toggle = find(&root, ".mm-embed button");
    toggle.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(count(&root, "#mm-embed-panel"), 1, "open");
    focus_on(&toggle);
    key(&toggle, "Escape");
    settle().await;
    assert_eq!(count(&root, "#mm-embed-panel"), 0, "Escape closes it");
    assert_eq!(attr(&root, ".mm-embed button", "aria-expanded"), "false");
    assert_eq!(text(&root, "#mm-panel h2"), "Knees", "and keeps the answer");
    assert_eq!(focused_id(), Some(toggle.id()), "focus stays on the button");
    // Closed, Escape there still leaves the answer the blogger is about to embed.
    key(&toggle, "Escape");
    settle().await;
    assert_eq!(text(&root, "#mm-panel h2"), "Knees");
}

#[wasm_bindgen_test]
async fn escape_on_the_notice_dismisses_it_and_keeps_the_answer() {
    let root = mount_at("?region=knees&benefit=nowhere").await;
    assert_eq!(text(&root, "#mm-panel h2"), "Knees");
    let dismiss = find(&root, "#mm-notice button");
    focus_on(&dismiss);
    key(&dismiss, "Escape");
    settle().await;
    assert_eq!(count(&root, "#mm-notice"), 0, "Escape dismisses the notice");
    assert_eq!(text(&root, "#mm-panel h2"), "Knees", "not the answer");
    assert_focus_on_the_answer("after Escape on Dismiss");
}
