use std::cell::RefCell;
use std::rc::Rc;

use crate::browser;
use crate::components::figure_area::{path_into, region_dom_id, shapes, FigureArea};
use crate::components::figure_targets::figure_targets;
use crate::content::RegionId;
use crate::figure_art::{ViewArt, BACK, FRONT, VIEW_BOX};
use crate::locale::{fill, STRINGS};
use crate::markup::Markup;
use crate::route::region_link;
use crate::state::{regions_in, Lens, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: View,
    pub selected: Option<RegionId>,
    /// Bit `i` set: region `i` is highlighted by the lens.
    pub matches: u32,
    pub on_select: Callback<RegionId>,
    /// The lens and the page's other parameters, which each region's link keeps.
    pub lens: Option<Lens>,
    pub query: AttrValue,
    /// The app has taken the page over and answers the arrow keys. Before
    /// (and without it), each area is a link of its own in the tab order.
    #[prop_or_default]
    pub live: bool,
}

/// The body drawn as one silhouette with the regions cut from it. Once live,
/// the figure is a single tab stop; arrow keys move between regions (roving
/// tabindex).
#[component]
pub fn BodyFigure(props: &Props) -> Html {
    let focused = use_state(|| None::<RegionId>);
    let view = props.view;
    let art = view_art(view);
    let order: Vec<RegionId> = regions_in(view).collect();
    let tab_stop = [*focused, props.selected]
        .into_iter()
        .flatten()
        .find(|r| view.shows(*r))
        .or(order.first().copied());

    let onkeydown = {
        let (focused, on_select, order) = (focused.clone(), props.on_select.clone(), order.clone());
        Callback::from(move |e: KeyboardEvent| {
            // With a modifier the keys are the browser's: Alt+Left is Back,
            // Ctrl+Enter opens the area's page in a new tab.
            if e.alt_key() || e.ctrl_key() || e.meta_key() || e.shift_key() {
                return;
            }
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

    let clip = match view {
        View::Front => "url(#mm-clip-front)",
        View::Back => "url(#mm-clip-back)",
    };
    let on_focus = {
        let focused = focused.setter();
        use_callback((), move |region, _| focused.set(Some(region)))
    };
    // Each area's region (none where a clinic dataset leaves it out) and page,
    // in `art.areas` order: the same for its area and its target.
    let links: Vec<(Option<RegionId>, AttrValue)> = art
        .areas
        .iter()
        .map(|area| {
            let region = RegionId::by_slug(area.id);
            let href = region.map_or_else(AttrValue::default, |region| {
                region_link(region, view, props.lens, &props.query)
            });
            (region, href)
        })
        .collect();
    // Head to toe, the order of Tab and of screen readers; the tap targets
    // that reach over neighbours are drawn above them all (figure_targets).
    let inert = art
        .areas
        .iter()
        .zip(&links)
        .filter(|(_, (region, _))| region.is_none())
        .map(|(area, _)| {
            // A clinic dataset may leave an area out: it stays part of the body, inert.
            html! { <g key={area.id} class="inert" aria-hidden="true">{ shapes(area, clip) }</g> }
        });
    let areas = order.iter().filter_map(|region| {
        let at = art.areas.iter().position(|a| a.id == region.get().id)?;
        let area = &art.areas[at];
        let region = *region;
        Some(html! {
            <FigureArea
                key={area.id}
                {area}
                {region}
                href={links[at].1.clone()}
                {clip}
                selected={props.selected == Some(region)}
                matched={props.matches & (1 << region.0) != 0}
                tab_stop={tab_stop == Some(region)}
                roving={props.live}
                on_select={props.on_select.clone()}
                on_focus={on_focus.clone()}
            />
        })
    });

    // Outlines drawn on top so neighbours never hide them. Always one path
    // per possible part: moving an outline then only rewrites `d`, where adding
    // or removing SVG elements would cost the click's own frame.
    let outline = |region: Option<RegionId>| {
        let area = region.and_then(|r| art.areas.iter().find(|a| a.id == r.get().id));
        let d = |i: usize| area.and_then(|a| a.parts.get(i)).map_or("", |part| part.d);
        [d(0), d(1)]
    };
    let [focus_0, focus_1] = outline(*focused);
    let [selected_0, selected_1] = outline(props.selected);
    // The person's sides, as they face the reader or turn away.
    let (right, left) = (STRINGS.side_your_right, STRINGS.side_your_left);
    let (first_cue, second_cue) = match view {
        View::Front => (right, left),
        View::Back => (left, right),
    };
    let label = fill(STRINGS.figure_label, &[("view", view.in_sentence())]);
    let fixed = fixed_art(view);

    html! {
        <div class="mm-figure-wrap">
            <svg
                class="mm-figure"
                viewBox={VIEW_BOX}
                role={if props.live { "toolbar" } else { "group" }}
                aria-orientation={props.live.then_some("vertical")}
                aria-label={label}
                {onkeydown}
            >
                <defs aria-hidden="true">
                    { raw(&fixed.silhouette_clip) }
                    // The chosen and the focused area's shapes: the body's
                    // edge within them completes their outlines.
                    <clipPath id="mm-selected-clip"><path d={selected_0} /><path d={selected_1} /></clipPath>
                    <clipPath id="mm-focus-clip"><path d={focus_0} /><path d={focus_1} /></clipPath>
                    { raw(&AttrValue::Static(DOTS)) }
                </defs>
                { raw(&fixed.silhouette) }
                { for inert }
                { for areas }
                { figure_targets(art, &links, &props.on_select) }
                { raw(&fixed.details_and_edge) }
                <g class="overlay" aria-hidden="true">
                    // Each outline: the area's edges inside the body, and the
                    // body's edge inside the area, so it goes all round the
                    // head, hands and feet.
                    <g class="selected-outline">
                        <g clip-path={clip}><path d={selected_0} /><path d={selected_1} /></g>
                        { raw(&fixed.edge_in_selected) }
                    </g>
                    // Above the selection, dashed on a band of the surface's
                    // colour: visible on a chosen or highlighted area.
                    // The ring is the halo's shape again (`use`), in its own stroke.
                    <g class="focus-outline">
                        <g class="focus-halo">
                            <g id="mm-focus-shape">
                                <g clip-path={clip}><path d={focus_0} /><path d={focus_1} /></g>
                                { raw(&fixed.edge_in_focus) }
                            </g>
                        </g>
                        <use class="focus-ring" href="#mm-focus-shape" />
                    </g>
                </g>
                <text class="side-cue" x="6" y="14" aria-hidden="true">{ first_cue }</text>
                <text class="side-cue end" x="194" y="14" aria-hidden="true">{ second_cue }</text>
            </svg>
        </div>
    }
}

fn view_art(view: View) -> &'static ViewArt {
    match view {
        View::Front => &FRONT,
        View::Back => &BACK,
    }
}

/// The dots that mark a highlighted area: the same on both views.
const DOTS: &str = "<pattern id=\"mm-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect class=\"dots-bg\" width=\"6\" height=\"6\"/><circle class=\"dots-dot\" cx=\"3\" cy=\"3\" r=\"1.1\"/></pattern>";

/// A view's fixed drawing as markup (see `shapes`): taking over the page
/// keeps it as prerendered.
struct FixedArt {
    silhouette_clip: AttrValue,
    silhouette: AttrValue,
    details_and_edge: AttrValue,
    /// The body's edge inside the chosen and the focused area.
    edge_in_selected: AttrValue,
    edge_in_focus: AttrValue,
}

/// Written once for each view: every tap renders the figure again, and this
/// markup (the silhouette five times) never changes.
fn fixed_art(view: View) -> Rc<FixedArt> {
    thread_local! {
        static WRITTEN: RefCell<[Option<Rc<FixedArt>>; 2]> = const { RefCell::new([None, None]) };
    }
    let at = match view {
        View::Front => 0,
        View::Back => 1,
    };
    WRITTEN.with_borrow_mut(|written| {
        written[at]
            .get_or_insert_with(|| Rc::new(FixedArt::write(view)))
            .clone()
    })
}

impl FixedArt {
    fn write(view: View) -> FixedArt {
        let art = view_art(view);
        let written = |write: &dyn Fn(&mut Markup)| {
            let mut markup = Markup::default();
            write(&mut markup);
            markup.into_value()
        };
        let edge_in = |clip: &str| written(&|m| path_into(m, art.silhouette, clip));
        FixedArt {
            silhouette_clip: written(&|m| {
                m.markup("<clipPath id=\"mm-clip-")
                    .markup(view.slug())
                    .markup("\">");
                path_into(m, art.silhouette, "");
                m.markup("</clipPath>");
            }),
            silhouette: written(&|m| {
                path_into(
                    m,
                    art.silhouette,
                    " class=\"silhouette\" aria-hidden=\"true\"",
                )
            }),
            details_and_edge: written(&|m| {
                m.markup("<g class=\"details\" aria-hidden=\"true\">");
                for d in art.details {
                    path_into(m, d, "");
                }
                m.markup("</g>");
                path_into(
                    m,
                    art.silhouette,
                    " class=\"silhouette-edge\" aria-hidden=\"true\"",
                );
            }),
            edge_in_selected: edge_in(" clip-path=\"url(#mm-selected-clip)\""),
            edge_in_focus: edge_in(" clip-path=\"url(#mm-focus-clip)\""),
        }
    }
}

fn raw(markup: &AttrValue) -> Html {
    Html::from_html_unchecked(markup.clone())
}
