//! Massage Map: an accessible body map that suggests massage types for the
//! part of the body that hurts. Modules live here so tests can reach `App`.

pub mod browser;
pub mod components;
pub mod content;
pub mod figure_art;
pub mod route;
pub mod search;
pub mod state;

pub use components::app::App;

/// Mounts the app into `<div id="app">` (falls back to `<body>`).
pub fn start() {
    #[cfg(target_arch = "wasm32")]
    {
        let root = mount_point();
        match root {
            Some(root) => yew::Renderer::<App>::with_root(root).render(),
            None => yew::Renderer::<App>::new().render(),
        };
    }
}

#[cfg(target_arch = "wasm32")]
fn mount_point() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("app")
}
