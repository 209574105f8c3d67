//! The few browser calls the app makes, in one place. Each is a no-op off
//! the web (native tests and server rendering) and never panics: a blocked
//! API (sandboxed iframe, `file://`) just does nothing.

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::RefCell;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::JsValue;
    use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

    use crate::route::Route;

    fn window() -> Option<web_sys::Window> {
        web_sys::window()
    }

    pub fn query() -> String {
        window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }

    /// The browser's languages, most preferred first, joined by commas.
    pub fn languages() -> String {
        let Some(navigator) = window().map(|w| w.navigator()) else {
            return String::new();
        };
        let list: Vec<String> = navigator
            .languages()
            .iter()
            .filter_map(|l| l.as_string())
            .collect();
        if list.is_empty() {
            navigator.language().unwrap_or_default()
        } else {
            list.join(",")
        }
    }

    /// The last part of the page's path: its file name, or empty for a folder.
    pub fn file() -> String {
        let path = window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        folder_and_file(&path).1.to_string()
    }

    /// `path` split after its last `/`: the folder (with its `/`) and the file.
    fn folder_and_file(path: &str) -> (&str, &str) {
        path.split_at(path.rfind('/').map_or(0, |i| i + 1))
    }

    type Task = Box<dyn FnOnce()>;

    /// Work waiting for a painted frame. One animation-frame callback serves
    /// every task, so deferring costs no closure or extra callback per task.
    #[derive(Default)]
    struct Frames {
        waiting: Vec<Task>,
        ready: Vec<Task>,
        requested: bool,
    }

    thread_local! {
        static FRAMES: RefCell<Frames> = RefCell::default();
        static ON_FRAME: Closure<dyn FnMut()> = Closure::new(on_frame);
    }

    /// Runs `task` at the start of the frame after next: the frame that answers
    /// a click paints first, and slow work (history updates, the long answer
    /// text) is laid out and painted in the following one.
    pub fn after_paint(task: impl FnOnce() + 'static) {
        let request = FRAMES.with_borrow_mut(|f| {
            f.waiting.push(Box::new(task));
            !std::mem::replace(&mut f.requested, true)
        });
        if request {
            request_frame();
        }
    }

    fn request_frame() {
        if let Some(w) = window() {
            ON_FRAME.with(|c| w.request_animation_frame(c.as_ref().unchecked_ref()).ok());
        }
    }

    /// At each frame start: run what has waited through one painted frame,
    /// and let what arrived since wait for this one.
    fn on_frame() {
        let (due, more) = FRAMES.with_borrow_mut(|f| {
            let due = std::mem::replace(&mut f.ready, std::mem::take(&mut f.waiting));
            f.requested = !f.ready.is_empty();
            (due, f.requested)
        });
        if more {
            request_frame();
        }
        for task in due {
            task();
        }
    }

    /// Runs `task` after `ms` milliseconds.
    pub fn after(ms: i32, task: impl FnOnce() + 'static) {
        if let Some(w) = window() {
            let task = Closure::once_into_js(task);
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), ms);
        }
    }

    thread_local! {
        /// The newest address-bar write not made yet, and whether it replaces
        /// the current entry. Older ones are dropped: only the newest matters.
        static PENDING: RefCell<Option<(Route, bool)>> = const { RefCell::new(None) };
    }

    /// Puts `route` in the address bar after the next paint (Chromium spends
    /// several milliseconds on each history entry), keeping the parameters
    /// that are not ours as the address bar has them then.
    pub fn write_route(route: Route, replace: bool) {
        let first = PENDING.with_borrow_mut(|pending| {
            // A push still waiting stays a push when a newer write replaces it.
            let replace = replace && pending.as_ref().is_none_or(|(_, replace)| *replace);
            pending.replace((route, replace)).is_none()
        });
        if first {
            after_paint(|| {
                if let Some((route, replace)) = PENDING.take() {
                    write_url(&route.to_url(&query()), replace);
                }
            });
        }
    }

    /// `url`: a file next to this page and its query (`knees.html?theme=dark`).
    fn write_url(url: &str, replace: bool) {
        let Some(window) = window() else { return };
        let location = window.location();
        let (Ok(path), Ok(search), Ok(hash)) =
            (location.pathname(), location.search(), location.hash())
        else {
            return;
        };
        let (folder, file) = folder_and_file(&path);
        let current = format!("{file}{search}");
        // The folder itself is the intro's page: an address that says so already is left alone.
        let intro_as_folder = |u: &str| u.strip_prefix("index.html").unwrap_or(u).to_string();
        if intro_as_folder(&current) == intro_as_folder(url) {
            return;
        }
        let url = format!("{folder}{url}{hash}");
        // In a host's frame every entry would be the host tab's too: Back
        // would step through the widget's answers before leaving the post.
        let replace = replace || host(&window).is_some();
        if let Ok(history) = window.history() {
            let result = if replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            };
            // Some sandboxes refuse history changes; the app works without them.
            let _ = result;
        }
    }

    /// Calls `on_change` on back/forward until the returned guard is dropped.
    /// A write still waiting when the person goes back or forward is dropped:
    /// it belongs to the entry they left, and would bury the one they asked for.
    pub fn watch_history(on_change: impl Fn() + 'static) -> impl Drop {
        let target = window().map(web_sys::EventTarget::from);
        Listening::new(target, "popstate", false, move |_| {
            PENDING.take();
            on_change()
        })
    }

    /// Calls `handler` for every `event` inside `node`, in the capture phase
    /// (so events that do not bubble, like `toggle`, are seen too), until the
    /// returned guard is dropped.
    pub fn listen(
        node: &yew::NodeRef,
        event: &'static str,
        handler: impl Fn(web_sys::Event) + 'static,
    ) -> impl Drop {
        let target = node
            .cast::<web_sys::Element>()
            .map(web_sys::EventTarget::from);
        Listening::new(target, event, true, handler)
    }

    /// An event listener, removed when dropped.
    struct Listening {
        target: Option<web_sys::EventTarget>,
        event: &'static str,
        capture: bool,
        closure: Closure<dyn Fn(web_sys::Event)>,
    }

    impl Listening {
        fn new(
            target: Option<web_sys::EventTarget>,
            event: &'static str,
            capture: bool,
            handler: impl Fn(web_sys::Event) + 'static,
        ) -> Self {
            let closure = Closure::<dyn Fn(web_sys::Event)>::new(handler);
            if let Some(target) = &target {
                let _ = target.add_event_listener_with_callback_and_bool(
                    event,
                    closure.as_ref().unchecked_ref(),
                    capture,
                );
            }
            Listening {
                target,
                event,
                capture,
                closure,
            }
        }
    }

    impl Drop for Listening {
        fn drop(&mut self) {
            if let Some(target) = &self.target {
                let _ = target.remove_event_listener_with_callback_and_bool(
                    self.event,
                    self.closure.as_ref().unchecked_ref(),
                    self.capture,
                );
            }
        }
    }

    fn element_by_id(id: &str) -> Option<web_sys::Element> {
        window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
    }

    /// Moves keyboard focus to the element with `id`, HTML or SVG.
    pub fn focus(id: &str) {
        let Some(element) = element_by_id(id) else {
            return;
        };
        if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
            let _ = svg.focus();
        } else if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = html.focus();
        }
    }

    /// Focuses the element with `id` if focus is on <body> (the control
    /// that had it is gone).
    pub fn focus_if_lost(id: &str) {
        let Some(document) = window().and_then(|w| w.document()) else {
            return;
        };
        if document
            .active_element()
            .is_none_or(|a| Some(&a) == document.body().as_deref())
        {
            focus_in_place(id);
        }
    }

    /// Focuses the element with `id` without scrolling to it: the page's own
    /// scrolling (`reveal`) brings it into view.
    pub fn focus_in_place(id: &str) {
        let target = element_by_id(id);
        if let Some(html) = target
            .as_ref()
            .and_then(|t| t.dyn_ref::<web_sys::HtmlElement>())
        {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = html.focus_with_options(&options);
        }
    }

    fn matches_media(query: &str) -> bool {
        window()
            .and_then(|w| w.match_media(query).ok().flatten())
            .is_some_and(|m| m.matches())
    }

    /// Scrolls the top of `node` into view when it is out of sight above (a
    /// tap in the list below it, or on the figure after reading down), or,
    /// with `below` on one-column layouts, in the lower part of the screen or
    /// below it (a tap on the figure above it). Never when it is detached.
    /// In a frame, the host page's embed.js is asked to do the same.
    pub fn reveal(node: &yew::NodeRef, below: bool) {
        let Some(window) = window() else { return };
        let Some(element) = node.cast::<web_sys::Element>().filter(|e| e.is_connected()) else {
            return;
        };
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let top = element.get_bounding_client_rect().top();
        if let Some(host) = host(&window) {
            ask_host_to_show(&host, top, below && one_column());
            let sized_to_content = window
                .document()
                .and_then(|d| d.document_element())
                .is_some_and(|root| f64::from(root.scroll_height()) <= height + 1.0);
            if sized_to_content {
                return;
            }
        }
        let above = top < 0.0;
        if !above && (!below || top < height * 0.6 || !one_column()) {
            return;
        }
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Start);
        let smooth = !matches_media("(prefers-reduced-motion: reduce)");
        options.set_behavior(if smooth {
            ScrollBehavior::Smooth
        } else {
            ScrollBehavior::Auto
        });
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }

    fn one_column() -> bool {
        matches_media("(max-width: 59.99rem)")
    }

    /// The page this one is framed in, if any.
    fn host(window: &web_sys::Window) -> Option<web_sys::Window> {
        let this: &JsValue = window.as_ref();
        let parent = window.parent().ok().flatten()?;
        (AsRef::<JsValue>::as_ref(&parent) != this).then_some(parent)
    }

    /// A frame that embed.js sizes to its content never scrolls itself:
    /// the host page must bring the answer into view. `top` is in the
    /// frame's viewport; embed.js scrolls its page when that point is above
    /// the screen or, with `below`, in its lower part.
    fn ask_host_to_show(host: &web_sys::Window, top: f64, below: bool) {
        let message = js_sys::Object::new();
        for (key, value) in [
            ("type", JsValue::from_str("massage-map:show")),
            ("top", JsValue::from_f64(top)),
            ("below", JsValue::from_bool(below)),
        ] {
            let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), &value);
        }
        let _ = host.post_message(&message, "*");
    }

    /// Copies `text`; `on_done(false)` when the browser refuses (sandboxed
    /// frames, insecure pages), so the caller can fall back to selecting it.
    pub fn copy_text(text: &str, on_done: impl Fn(bool) + 'static) {
        let Some(window) = window() else {
            return on_done(false);
        };
        let clipboard = window.navigator().clipboard();
        if clipboard.is_undefined() {
            return on_done(false);
        }
        let on_done = std::rc::Rc::new(on_done);
        let done = on_done.clone();
        let ok = Closure::once(move |_: JsValue| done(true));
        let failed = Closure::once(move |_: JsValue| on_done(false));
        let _ = clipboard.write_text(text).then2(&ok, &failed);
        // A few bytes per copy: the promise settles once, calling one of them.
        ok.forget();
        failed.forget();
    }

    /// False in a sandboxed frame (an opaque origin, as WordPress embeds use):
    /// there a link to a new tab is blocked, so addresses are shown as text.
    pub fn can_open_links() -> bool {
        // The document's origin: `location.origin` still shows the URL's.
        window().is_some_and(|w| w.origin() != "null")
    }

    /// In WordPress's sandboxed frame, boot.js hands a click on the full
    /// map's link to WordPress's own script, which opens it in the reader's tab.
    pub fn host_opens_links() -> bool {
        window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .is_some_and(|root| root.has_attribute("data-host-opens-links"))
    }

    /// The folder the page is in, absolute: origin and path up to its last `/`.
    pub fn folder_address() -> String {
        let location = window().map(|w| w.location());
        let Some((origin, path)) =
            location.and_then(|l| Some((l.origin().ok()?, l.pathname().ok()?)))
        else {
            return String::new();
        };
        format!("{origin}{}", folder_and_file(&path).0)
    }

    /// The `value` of the input or select with `id`: what the reader typed
    /// or chose in the prerendered page before the app took it over.
    pub fn control_value(id: &str) -> Option<String> {
        element_by_id(id)
            .and_then(|e| js_sys::Reflect::get(&e, &JsValue::from_str("value")).ok())
            .and_then(|v| v.as_string())
    }

    thread_local! {
        /// An element to keep where it is on screen, and its top there.
        static HELD: RefCell<Option<(String, f64)>> = const { RefCell::new(None) };
    }

    /// Keeps the element with `id` (the answer's heading) where it is on
    /// screen through the take-over, if the page is scrolled and it is on
    /// screen now. The take-over rewords the answer below the heading for the
    /// reader's country, and Chromium's scroll anchoring would hold a node
    /// further down still, moving the heading the reader is looking at. While
    /// `<html data-holding>`, nothing after the heading can be that anchor
    /// (styles/app.css), at every layout, whichever task the rewording comes in.
    pub fn hold_on_screen(id: &str) {
        // Unscrolled, nothing is anchored: no need to lay the page out again.
        let Some(window) = window().filter(|w| w.scroll_y().unwrap_or_default() > 0.0) else {
            return;
        };
        let Some(element) = element_by_id(id) else {
            return;
        };
        let top = element.get_bounding_client_rect().top();
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or_default();
        let root = window.document().and_then(|d| d.document_element());
        if let (true, Some(root)) = ((0.0..height).contains(&top), root) {
            let _ = root.set_attribute("data-holding", "");
            HELD.set(Some((id.to_owned(), top)));
            // Long after the take-over's renders, even at 4x slower.
            after(500, release_hold);
        }
    }

    /// Ends `hold_on_screen`, putting the element back if anything moved it.
    fn release_hold() {
        let Some((id, top)) = HELD.take() else { return };
        let moved = element_by_id(&id).map_or(0.0, |e| e.get_bounding_client_rect().top() - top);
        let Some(window) = window() else { return };
        if moved.abs() >= 1.0 {
            window.scroll_by_with_x_and_y(0.0, moved);
        }
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            let _ = root.remove_attribute("data-holding");
        }
    }

    /// Marks `<html data-app="ready">` once the app has taken the page over:
    /// for tests and the bench, which time what happens after.
    pub fn mark_ready() {
        if let Some(root) = window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-app", "ready");
        }
    }

    pub fn set_title(title: &str) {
        if let Some(document) = window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod web {
    pub fn query() -> String {
        String::new()
    }
    pub fn write_route(_route: crate::route::Route, _replace: bool) {}
    pub fn after_paint(task: impl FnOnce() + 'static) {
        task()
    }
    pub fn watch_history(_on_change: impl Fn() + 'static) -> impl Drop {
        struct Nothing;
        impl Drop for Nothing {
            fn drop(&mut self) {}
        }
        Nothing
    }
    pub fn listen(
        _node: &yew::NodeRef,
        _event: &'static str,
        _handler: impl Fn(web_sys::Event) + 'static,
    ) -> impl Drop {
        struct Nothing;
        impl Drop for Nothing {
            fn drop(&mut self) {}
        }
        Nothing
    }
    pub fn focus(_id: &str) {}
    pub fn focus_if_lost(_id: &str) {}
    pub fn focus_in_place(_id: &str) {}
    pub fn after(_ms: i32, task: impl FnOnce() + 'static) {
        task()
    }
    pub fn reveal(_node: &yew::NodeRef, _below: bool) {}
    pub fn copy_text(_text: &str, on_done: impl Fn(bool) + 'static) {
        on_done(false)
    }
    pub fn folder_address() -> String {
        String::new()
    }
    pub fn file() -> String {
        String::new()
    }
    pub fn languages() -> String {
        String::new()
    }
    pub fn set_title(_title: &str) {}
    pub fn mark_ready() {}
    pub fn hold_on_screen(_id: &str) {}
    pub fn control_value(_id: &str) -> Option<String> {
        None
    }
    pub fn can_open_links() -> bool {
        true
    }
    pub fn host_opens_links() -> bool {
        false
    }
}

pub use web::*;

/// A click that follows a link in this tab: the main button, no modifier
/// (those open a new tab or window, which the browser should do).
pub fn is_plain_click(event: &web_sys::MouseEvent) -> bool {
    event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}
