use crate::content::{BenefitId, ModalityId, RegionId};
use crate::locale::{counted, fill, STRINGS};
use crate::state::Lens;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

pub const LENS_ID: &str = "mm-lens";

/// The reverse lens: pick a massage type or a benefit to see every area it
/// suits. A plain view function: the select keeps its own state.
pub fn lens_picker(lens: Option<Lens>, on_change: &Callback<Option<Lens>>) -> Html {
    let onchange = {
        let on_change = on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_change.emit(parse(&select.value()));
        })
    };
    let current = lens.map(value_of).unwrap_or_default();
    let option = |value: String, name: &'static str| {
        let selected = value == current;
        html! { <option key={value.clone()} {value} {selected}>{ name }</option> }
    };
    html! {
        <div class="mm-lens mm-needs-script">
            <label for={LENS_ID}>{ STRINGS.lens_label }</label>
            <select id={LENS_ID} {onchange}>
                <option value="" selected={current.is_empty()}>{ STRINGS.lens_none }</option>
                <optgroup label={STRINGS.lens_group_massage}>
                    { for ModalityId::all().map(|m| option(value_of(Lens::Massage(m)), m.get().name)) }
                </optgroup>
                <optgroup label={STRINGS.lens_group_benefit}>
                    { for BenefitId::all().map(|b| option(value_of(Lens::Benefit(b)), b.get().name)) }
                </optgroup>
            </select>
        </div>
    }
}

/// Which areas the lens highlights, in words, with a link that clears it
/// (`clear`: the same page without the lens). Shown under the figure so the
/// figure never moves when the lens changes.
pub fn lens_summary(lens: Lens, clear: AttrValue, on_change: &Callback<Option<Lens>>) -> Html {
    let names: Vec<&str> = RegionId::all()
        .filter(|r| lens.matches(*r))
        .map(|r| r.get().name)
        .collect();
    let on_change = on_change.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if crate::browser::is_plain_click(&e) {
            e.prevent_default();
            on_change.emit(None);
        }
    });
    let name = ("lens", lens.name());
    let summary = match (names.len(), lens) {
        // Honestly: a benefit no suggestion offers has no area to show.
        (0, Lens::Benefit(b)) => fill(
            STRINGS.lens_benefit_nowhere,
            &[("benefit", b.get().name), ("summary", b.get().summary.text)],
        ),
        (0, _) => fill(STRINGS.lens_nowhere, &[name]),
        (n, _) => counted(
            n,
            STRINGS.lens_suits_one,
            STRINGS.lens_suits,
            &[name, ("areas", &names.join(STRINGS.list_separator))],
        ),
    };
    html! {
        <p id="mm-lens-summary" class="mm-lens-summary">
            <span>{ summary }</span>
            <a href={clear} {onclick}>{ STRINGS.lens_clear }</a>
        </p>
    }
}

fn value_of(lens: Lens) -> String {
    match lens {
        Lens::Massage(m) => format!("massage:{}", m.get().id),
        Lens::Benefit(b) => format!("benefit:{}", b.get().id),
    }
}

/// A menu value (`massage:swedish`, `benefit:pain`) as a lens; `None` for "None" or an unknown one.
pub fn parse(value: &str) -> Option<Lens> {
    let (kind, id) = value.split_once(':')?;
    match kind {
        "massage" => ModalityId::all()
            .find(|m| m.get().id == id)
            .map(Lens::Massage),
        _ => BenefitId::all()
            .find(|b| b.get().id == id)
            .map(Lens::Benefit),
    }
}
