use crate::components::sources_list::cite;
use crate::content::{Basis, Suggestion};
use yew::prelude::*;

/// One massage type suggested for the selected region (a plain view function:
/// the panel re-renders only when the selection changes).
pub fn suggestion_card(suggestion: &'static Suggestion, cited: &[u8]) -> Html {
    let modality = suggestion.modality.get();
    // Evidence for this area, or plainly common practice: never blurred.
    let (basis, basis_label) = match suggestion.evidence {
        Some((certainty, finding)) => (
            "evidence",
            format!("Evidence: {}, {finding}", certainty.label()),
        ),
        None => ("convention", "Common practice".to_string()),
    };
    let pressure_label = match modality.pressure_basis {
        Basis::Convention => "Typical pressure and feel (common practice)",
        Basis::Evidence => "Typical pressure and feel",
    };
    let benefits = suggestion.benefits.iter().map(|b| {
        let benefit = b.get();
        html! { <li key={benefit.id} class="mm-chip">{ benefit.name }</li> }
    });
    html! {
        <li key={modality.id} class="suggestion" data-modality={modality.id}>
            <div class="suggestion-head">
                <h3>{ modality.name }</h3>
                <span class="basis" data-basis={basis}>{ basis_label }</span>
            </div>
            <p class="why">{ cite(&suggestion.why, cited) }</p>
            <dl class="mm-facts">
                <dt>{ "What it is" }</dt>
                <dd>{ cite(&modality.what, cited) }</dd>
                <dt>{ pressure_label }</dt>
                <dd>{ cite(&modality.pressure, cited) }</dd>
                <dt>{ "What studies show" }</dt>
                <dd><span class="mm-certainty">{ modality.certainty.heading() }{ ": " }</span>{ cite(&modality.evidence, cited) }</dd>
                if !suggestion.benefits.is_empty() {
                    <dt>{ "May help with" }</dt>
                    <dd><ul class="mm-chips" aria-label="Benefits">{ for benefits }</ul></dd>
                }
                <dt>{ "Check first" }</dt>
                <dd>{ cite(&modality.caution, cited) }</dd>
            </dl>
        </li>
    }
}
