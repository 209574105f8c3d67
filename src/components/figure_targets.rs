use crate::components::figure_area::{select_on_click, target_rects};
use crate::content::RegionId;
use crate::figure_art::ViewArt;
use yew::prelude::*;

/// The small areas' finger-sized tap targets, above every area: the areas
/// themselves come head to toe (the order of Tab and of screen readers), and
/// a padded target may reach over a neighbour. Each is a link
/// to its area's page, out of the tab order and hidden from screen readers:
/// the area's own link is the one to focus and read.
/// `links`: each area's region and page, in the order of `art.areas`.
pub fn figure_targets(
    art: &'static ViewArt,
    links: &[(Option<RegionId>, AttrValue)],
    on_select: &Callback<RegionId>,
) -> Html {
    let targets = art.areas.iter().zip(links).filter_map(|(area, (region, href))| {
        let region = region.filter(|_| area.padded)?;
        let onclick = select_on_click(on_select, region);
        Some(html! {
            <a key={area.id} href={href.clone()} tabindex="-1" data-region={area.id} {onclick}>{ target_rects(area) }</a>
        })
    });
    html! { <g class="targets" aria-hidden="true">{ for targets }</g> }
}
