//! Massage Map: an accessible body map that suggests massage types for the
//! part of the body that hurts. Modules live here so tests can reach `App`.

pub mod browser;
pub mod components;
pub mod content;
pub mod figure_art;
pub mod locale;
pub mod markup;
pub mod pages;
pub mod route;
pub mod search;
pub mod state;

pub use components::app::App;

// Talc: a maintained allocator for single-threaded WebAssembly, faster than
// the default and about as small as our own was. A threads build keeps the default.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Takes over the prerendered page in `<div id="app" data-page="knees.html">`:
/// Yew hydrates its markup rather than building it again. Without a
/// prerendered page (a bare `<div id="app">`, or `<body>`), it renders one.
pub fn start() {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(root) = mount_point() else { return };
        let prerendered = root.get_attribute("data-page");
        let file = prerendered.clone().unwrap_or_else(browser::file);
        let props = components::app::Props {
            page: route::Page::from_file(&file).unwrap_or_default(),
            // The URL is read once here; after that the state writes it.
            query: browser::query().into(),
            address: browser::folder_address().into(),
            languages: browser::languages().into(),
            // Read before the take-over, which writes the controls' values.
            typed_search: browser::control_value(components::region_finder::SEARCH_ID)
                .unwrap_or_default()
                .into(),
            chosen_lens: browser::control_value(components::lens_picker::LENS_ID).map(Into::into),
        };
        let renderer = yew::Renderer::<App>::with_root_and_props(root, props);
        if prerendered.is_some() {
            renderer.hydrate();
        } else {
            renderer.render();
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn mount_point() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
}
