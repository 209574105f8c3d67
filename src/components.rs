pub mod app;
pub mod body_figure;
pub mod lens_picker;
pub mod notice_banner;
pub mod region_answer;
pub mod region_finder;
pub mod region_panel;
pub mod sources_list;
pub mod suggestion_card;
pub mod view_switch;

/// A class attribute from a base class and optional flags. Yew's `classes!`
/// builds an index set per element, which costs bytes and time this app does not need.
pub fn class_list(base: &'static str, flags: &[(bool, &'static str)]) -> String {
    flags
        .iter()
        .filter(|(on, _)| *on)
        .fold(base.to_string(), |mut list, (_, name)| {
            list.push(' ');
            list.push_str(name);
            list
        })
}
