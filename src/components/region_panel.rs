use crate::browser;
use crate::components::app::PANEL_ID;
use crate::components::region_answer::RegionAnswer;
use crate::content::{RegionId, Urgency};
use crate::state::Lens;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub selected: Option<RegionId>,
    /// Only for what the live region says when nothing is selected.
    pub lens: Option<Lens>,
}

/// The answer panel. Its summary is short enough to follow a click in the
/// same frame as the figure: the answer itself is what a person waits for.
#[component]
pub fn RegionPanel(props: &Props) -> Html {
    let (shown, lens) = (props.selected, props.lens);

    // On phones the panel sits below the figure: bring the new answer into
    // view once it is there (not on the first render, which a link may open).
    let panel = use_node_ref();
    {
        let (first, panel) = (use_mut_ref(|| true), panel.clone());
        use_effect_with(shown, move |shown| {
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            if shown.is_some() && !first {
                browser::reveal(&panel);
            }
        });
    }
    html! {
        <section id={PANEL_ID} ref={panel} class="mm-panel" aria-labelledby="mm-panel-title">
            // A component of its own: a change of lens does not rebuild the answer.
            // Keyed by region, so parts opened for one area start closed for the next.
            <RegionAnswer key={shown.map_or("", |r| r.get().id)} region={shown} />
            <p id="mm-announce" class="sr-only" aria-live="polite">{ announce(shown, lens) }</p>
        </section>
    }
}

/// What a screen reader hears after a change.
fn announce(selected: Option<RegionId>, lens: Option<Lens>) -> String {
    match selected {
        Some(region) => {
            let r = region.get();
            let flags = match r.red_flags.first().map(|f| f.urgency) {
                None => "",
                Some(Urgency::Emergency) => {
                    " Warning signs that need a doctor first are listed at the top, some of them emergencies."
                }
                Some(_) => " Warning signs that need a doctor first are listed at the top.",
            };
            format!(
                "{}: {} massage types that may help, shown below.{flags}",
                r.name,
                r.suggestions.len()
            )
        }
        None => match lens {
            Some(lens) => format!(
                "{} suits {} highlighted body areas.",
                lens.name(),
                lens.mask().count_ones()
            ),
            None => String::new(),
        },
    }
}
