//! Massage Map: an accessible body map that suggests massage types for the
//! part of the body that hurts. Modules live here so tests can reach `App`.

#[cfg(target_arch = "wasm32")]
pub mod alloc;
pub mod browser;
pub mod components;
pub mod content;
pub mod figure_art;
pub mod hooks;
pub mod markup;
pub mod route;
pub mod search;
pub mod state;

pub use components::app::App;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: alloc::SizeClasses = alloc::SizeClasses::new();

/// Mounts the app into `<div id="app">` (falls back to `<body>`).
pub fn start() {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = mount_point() {
        yew::Renderer::<App>::with_root_and_props(root, Default::default()).render();
        // Late enough not to compete with the first paint or an early tap.
        browser::after(500, rehearse);
    }
}

/// V8 compiles each WebAssembly function the first time it runs, which made a
/// person's first tap several times slower than the next ones. So, once the
/// page has settled, a rehearsal copy of the app in a detached element makes
/// two selections through its list, one per painted frame, and is dropped.
#[cfg(target_arch = "wasm32")]
fn rehearse() {
    use wasm_bindgen::JsCast;

    let Some(host) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
    else {
        return;
    };
    let props = components::app::Props { rehearsal: true };
    let app = yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    let click = move |selector: &str| {
        let button = host.query_selector(selector).ok().flatten();
        if let Some(button) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
            button.click();
        }
    };
    browser::after_paint(move || {
        click("#mm-region-list li:nth-child(1) button");
        browser::after_paint(move || {
            click("#mm-region-list li:nth-child(2) button");
            browser::after_paint(move || app.destroy());
        });
    });
}

#[cfg(target_arch = "wasm32")]
fn mount_point() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
}
