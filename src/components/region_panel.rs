use crate::browser;
use crate::components::app::PANEL_ID;
use crate::components::region_answer::RegionAnswer;
use crate::content::RegionId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub selected: Option<RegionId>,
}

/// The answer panel. The figure answers a click in the same frame; the long
/// answer follows one frame later, so building and laying out its text never
/// delays that first response. When a newer selection arrives first, the
/// older answer is skipped.
#[component]
pub fn RegionPanel(props: &Props) -> Html {
    let shown = use_state(|| props.selected);
    let latest = use_mut_ref(|| props.selected);
    *latest.borrow_mut() = props.selected;
    {
        let shown = shown.clone();
        use_effect_with(props.selected, move |selected| {
            let selected = *selected;
            browser::after_paint(move || {
                if *latest.borrow() == selected {
                    shown.set(selected);
                }
            });
        });
    }
    html! {
        <section id={PANEL_ID} class="mm-panel" aria-labelledby="mm-panel-title">
            // A component of its own, so the click's own frame does not
            // rebuild the answer the panel still shows.
            <RegionAnswer region={*shown} />
        </section>
    }
}
