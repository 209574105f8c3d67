use crate::browser;
use crate::components::class_list;
use crate::content::RegionId;
use crate::figure_art::{AreaArt, ViewArt, BACK, FRONT, VIEW_BOX};
use crate::state::{regions_in, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: View,
    pub selected: Option<RegionId>,
    /// Bit `i` set: region `i` is highlighted by the lens.
    pub matches: u32,
    pub on_select: Callback<RegionId>,
}

pub fn region_dom_id(region: RegionId) -> String {
    format!("mm-region-{}", region.get().id)
}

/// The body drawn as one silhouette with the regions cut from it. The figure
/// is a single tab stop; arrow keys move between regions (roving tabindex).
#[component]
pub fn BodyFigure(props: &Props) -> Html {
    let focused = use_state(|| None::<RegionId>);
    let view = props.view;
    let art: &ViewArt = match view {
        View::Front => &FRONT,
        View::Back => &BACK,
    };
    let order: Vec<RegionId> = regions_in(view).collect();
    let tab_stop = [*focused, props.selected]
        .into_iter()
        .flatten()
        .find(|r| view.shows(*r))
        .or(order.first().copied());

    let onkeydown = {
        let (focused, on_select) = (focused.clone(), props.on_select.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(current) = tab_stop else { return };
            let at = order.iter().position(|r| *r == current).unwrap_or(0);
            let last = order.len() - 1;
            let target = match e.key().as_str() {
                "ArrowDown" | "ArrowRight" => Some(if at == last { 0 } else { at + 1 }),
                "ArrowUp" | "ArrowLeft" => Some(if at == 0 { last } else { at - 1 }),
                "Home" => Some(0),
                "End" => Some(last),
                "Enter" | " " => {
                    e.prevent_default();
                    on_select.emit(current);
                    None
                }
                _ => None,
            };
            if let Some(target) = target {
                e.prevent_default();
                focused.set(Some(order[target]));
                browser::focus(&region_dom_id(order[target]));
            }
        })
    };

    let clip = format!("url(#mm-clip-{})", view.slug());
    let region_of = |area: &AreaArt| RegionId::by_slug(area.id);
    let areas = art.areas.iter().map(|area| match region_of(area) {
        Some(region) => {
            let selected = props.selected == Some(region);
            let matched = props.matches & (1 << region.0) != 0;
            let label = if matched {
                format!("{} (highlighted)", region.get().name)
            } else {
                region.get().name.to_string()
            };
            let onclick = {
                let on_select = props.on_select.clone();
                Callback::from(move |_| on_select.emit(region))
            };
            let onfocus = {
                let focused = focused.clone();
                Callback::from(move |_| focused.set(Some(region)))
            };
            html! {
                <g
                    key={area.id}
                    id={region_dom_id(region)}
                    class={class_list("region", &[(selected, "selected"), (matched, "match")])}
                    role="button"
                    tabindex={if tab_stop == Some(region) { "0" } else { "-1" }}
                    aria-pressed={selected.to_string()}
                    aria-label={label}
                    data-region={area.id}
                    {onclick}
                    {onfocus}
                >
                    { shapes(area, &clip, "region-shape") }
                    { for area.parts.iter().enumerate().map(|(i, part)| {
                        let [x, y, w, h] = part.hit;
                        html! { <rect key={i} class="hit" x={tenths(x)} y={tenths(y)} width={tenths(w)} height={tenths(h)} /> }
                    }) }
                </g>
            }
        }
        // A clinic dataset may leave an area out: it stays part of the body, inert.
        None => html! { <g key={area.id} class="inert" aria-hidden="true">{ shapes(area, &clip, "region-shape") }</g> },
    });

    // Outlines drawn on top so neighbours never hide them.
    let outline = |region: Option<RegionId>, class: &'static str| {
        let area = region.and_then(|r| art.areas.iter().find(|a| a.id == r.get().id));
        area.map(|area| shapes(area, &clip, class))
    };
    let (first_cue, second_cue) = match view {
        View::Front => ("Your right", "Your left"),
        View::Back => ("Your left", "Your right"),
    };

    html! {
        <div class="mm-figure-wrap">
            <svg
                class="mm-figure"
                viewBox={VIEW_BOX}
                role="toolbar"
                aria-orientation="vertical"
                aria-label={format!("Body areas, {} view", view.slug())}
                {onkeydown}
            >
                <defs aria-hidden="true">
                    <clipPath id={format!("mm-clip-{}", view.slug())}><path d={art.silhouette} /></clipPath>
                    <pattern id="mm-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="hatch-bg" width="5" height="5" />
                        <rect class="hatch-line" width="1.6" height="5" />
                    </pattern>
                    <pattern id="mm-dots" width="6" height="6" patternUnits="userSpaceOnUse">
                        <rect class="dots-bg" width="6" height="6" />
                        <circle class="dots-dot" cx="3" cy="3" r="1.1" />
                    </pattern>
                </defs>
                <path class="silhouette" d={art.silhouette} aria-hidden="true" />
                { for areas }
                <g class="details" aria-hidden="true">
                    { for art.details.iter().enumerate().map(|(i, d)| html! { <path key={i} d={*d} /> }) }
                </g>
                <path class="silhouette-edge" d={art.silhouette} aria-hidden="true" />
                <g class="overlay" aria-hidden="true">
                    { outline(*focused, "focus-outline") }
                    { outline(props.selected, "selected-outline") }
                </g>
                <text class="side-cue" x="6" y="14" aria-hidden="true">{ first_cue }</text>
                <text class="side-cue end" x="194" y="14" aria-hidden="true">{ second_cue }</text>
            </svg>
        </div>
    }
}

/// The parts of an area, clipped to the silhouette.
fn shapes(area: &AreaArt, clip: &str, class: &'static str) -> Html {
    html! {
        <g clip-path={clip.to_string()}>
            // Index keys: the parts never reorder, and long path keys cost hashing.
            { for area.parts.iter().enumerate().map(|(i, part)| html! { <path key={i} {class} d={part.d} /> }) }
        </g>
    }
}

/// Formats a coordinate with one decimal without pulling float formatting
/// code into the binary.
fn tenths(value: f32) -> String {
    let tenths = (value * 10.0).round() as i32;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}
