//! Massage Map: an accessible body map that suggests massage types for the
//! part of the body that hurts. Modules live here so tests can reach `App`.

pub mod browser;
pub mod components;
pub mod content;
pub mod figure_art;
pub mod markup;
pub mod route;
pub mod search;
pub mod state;

pub use components::app::App;

// Talc: a maintained allocator for single-threaded WebAssembly, faster than
// the default and about as small as our own was. A threads build keeps the default.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Mounts the app into `<div id="app">` (falls back to `<body>`).
pub fn start() {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = mount_point() {
        // The URL is read once here; after that the state writes it.
        let props = components::app::Props {
            query: browser::query().into(),
            address: browser::page_address().into(),
            title: browser::title().into(),
            rehearsal: false,
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
        // Late enough not to compete with the first paint or an early tap.
        browser::after(500, rehearse);
    }
}

/// V8 compiles each WebAssembly function the first time it runs, and warms
/// the glue's call sites on first use, which made a person's first taps
/// nearly twice as slow as later ones. So, once the page has settled, a
/// rehearsal copy of the app in a detached element makes four selections, one
/// per painted frame, alternately through its list and its figure (each path
/// runs code of its own), and is dropped.
#[cfg(target_arch = "wasm32")]
fn rehearse() {
    let Some(host) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
    else {
        return;
    };
    let props = components::app::Props {
        rehearsal: true,
        ..Default::default()
    };
    let app = yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    rehearse_selection(host, app, 0);
}

#[cfg(target_arch = "wasm32")]
fn rehearse_selection(host: web_sys::Element, app: yew::AppHandle<App>, step: usize) {
    use wasm_bindgen::JsCast;
    const LIST: [&str; 2] = [
        "#mm-region-list li:nth-child(1) button",
        "#mm-region-list li:nth-child(3) button",
    ];
    browser::after_paint(move || {
        if step == 2 * LIST.len() {
            return app.destroy();
        }
        let find = |selector: &str| host.query_selector(selector).ok().flatten();
        if step.is_multiple_of(2) {
            let button =
                find(LIST[step / 2]).and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(button) = button {
                button.click();
            }
        } else if let Some(region) = content::RegionId::all().nth(step) {
            // SVG elements have no click(): an event Yew handles the same way.
            let area = find(&format!(
                "#{}",
                components::figure_area::region_dom_id(region)
            ));
            if let (Some(area), Ok(click)) = (area, web_sys::Event::new("click")) {
                let _ = area.dispatch_event(&click);
            }
        }
        rehearse_selection(host, app, step + 1);
    });
}

#[cfg(target_arch = "wasm32")]
fn mount_point() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
}
