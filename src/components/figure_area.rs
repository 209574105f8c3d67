use crate::browser;
use crate::content::RegionId;
use crate::figure_art::AreaArt;
use crate::locale::{fill, STRINGS};
use yew::prelude::*;

/// Cheap to compare, so a click re-renders only the two areas whose state changed.
#[derive(Properties)]
pub struct Props {
    pub area: &'static AreaArt,
    pub region: RegionId,
    /// The page that answers for this region (`knees.html?…`).
    pub href: AttrValue,
    /// `url(#…)` of the silhouette clip for the current view.
    pub clip: &'static str,
    pub selected: bool,
    pub matched: bool,
    /// The figure's one tab stop (roving tabindex)...
    pub tab_stop: bool,
    /// ...once the app answers the arrow keys; before, every area is a stop.
    pub roving: bool,
    pub on_select: Callback<RegionId>,
    pub on_focus: Callback<RegionId>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.area, other.area)
            && self.region == other.region
            && self.href == other.href
            && self.clip == other.clip
            && (self.selected, self.matched, self.tab_stop, self.roving)
                == (other.selected, other.matched, other.tab_stop, other.roving)
            && self.on_select == other.on_select
            && self.on_focus == other.on_focus
    }
}

pub fn region_dom_id(region: RegionId) -> String {
    format!("mm-region-{}", region.get().id)
}

/// One region of the figure: a link to its page, made of its clipped parts
/// and its tap targets (a padded area's are drawn above every area:
/// `figure_targets`). Before the app runs the link opens the page; after,
/// the app answers in place.
#[component]
pub fn FigureArea(props: &Props) -> Html {
    let region = props.region;
    let name = region.get().name;
    let label = if props.matched {
        fill(STRINGS.area_highlighted, &[("area", name)])
    } else {
        name.to_string()
    };
    let onclick = select_on_click(&props.on_select, region);
    let onfocus = props.on_focus.reform(move |_: FocusEvent| region);
    // A target inside the area's own shape stays in it; padded ones are drawn above all areas.
    let hits = (!props.area.padded).then(|| target_rects(props.area));

    html! {
        <a
            id={region_dom_id(region)}
            class="region"
            href={props.href.clone()}
            tabindex={if props.tab_stop || !props.roving { "0" } else { "-1" }}
            aria-current={props.selected.then_some("page")}
            aria-label={label}
            data-region={props.area.id}
            data-match={props.matched.then_some("true")}
            {onclick}
            {onfocus}
        >
            { shapes(props.area, props.clip) }
            { hits }
        </a>
    }
}

/// The parts of an area, clipped to the silhouette. Styled through their
/// parent: a computed `class` would cost a set of class names per element.
pub fn shapes(area: &AreaArt, clip: &'static str) -> Html {
    html! {
        <g clip-path={clip}>
            // Index keys: the parts never reorder, and long path keys cost hashing.
            { for area.parts.iter().enumerate().map(|(i, part)| html! { <path key={i} d={part.d} /> }) }
        </g>
    }
}

/// An area's finger-sized tap targets, one per part (invisible: styles/app.css).
pub fn target_rects(area: &AreaArt) -> Html {
    let rects = area.parts.iter().enumerate().map(|(i, part)| {
        let [x, y, w, h] = part.hit;
        html! { <rect key={i} x={tenths(x)} y={tenths(y)} width={tenths(w)} height={tenths(h)} /> }
    });
    html! { <>{ for rects }</> }
}

/// A plain click chooses `region` in place; with a modifier, or another
/// button, the link stays the browser's (a new tab, a new window).
pub fn select_on_click(on_select: &Callback<RegionId>, region: RegionId) -> Callback<MouseEvent> {
    let on_select = on_select.clone();
    Callback::from(move |e: MouseEvent| {
        if browser::is_plain_click(&e) {
            e.prevent_default();
            on_select.emit(region);
        }
    })
}

/// Formats a coordinate with one decimal without pulling float formatting
/// code into the binary.
fn tenths(value: f32) -> String {
    let tenths = (value * 10.0).round() as i32;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}
