use crate::browser;
use crate::content::RegionId;
use crate::figure_art::AreaArt;
use crate::locale::{fill, STRINGS};
use crate::markup::Markup;
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
/// The figure's fixed drawing is markup, not virtual DOM: taking over the
/// prerendered page keeps it as it is, instead of setting each path again.
pub fn shapes(area: &AreaArt, clip: &'static str) -> Html {
    let mut markup = Markup::default();
    markup.markup("<g clip-path=\"").markup(clip).markup("\">");
    for part in area.parts {
        path_into(&mut markup, part.d, "");
    }
    markup.markup("</g>");
    markup.into_html()
}

/// An area's finger-sized tap targets, one per part (invisible: styles/app.css).
pub fn target_rects(area: &AreaArt) -> Html {
    let mut markup = Markup::default();
    for part in area.parts {
        let [x, y, w, h] = part.hit;
        markup.markup("<rect x=\"");
        tenths_into(&mut markup, x);
        markup.markup("\" y=\"");
        tenths_into(&mut markup, y);
        markup.markup("\" width=\"");
        tenths_into(&mut markup, w);
        markup.markup("\" height=\"");
        tenths_into(&mut markup, h);
        markup.markup("\"/>");
    }
    markup.into_html()
}

/// `<path d="…"/>`, with the fixed attributes `rest` (written here, never dataset text).
pub fn path_into(markup: &mut Markup, d: &str, rest: &str) {
    markup
        .markup("<path d=\"")
        .markup(d)
        .markup("\"")
        .markup(rest)
        .markup("/>");
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

/// A coordinate with one decimal, without pulling float formatting code
/// into the binary.
fn tenths_into(markup: &mut Markup, value: f32) {
    let tenths = (value * 10.0).round() as i32;
    if tenths < 0 {
        markup.markup("-");
    }
    let tenths = tenths.unsigned_abs() as usize;
    markup.number(tenths / 10).markup(".").number(tenths % 10);
}
