//! What each page is called: its title (the tab, bookmarks, search results)
//! and its description (search results, link previews). The app and the
//! prerendered pages share these.

use crate::content::META;
use crate::locale::{counted, fill, STRINGS};
use crate::route::{Page, Subject};

pub fn title(page: Page) -> String {
    let site = ("site", META.title);
    match page.subject {
        Subject::Intro => fill(STRINGS.page_title_intro, &[site]),
        Subject::Region(region) => fill(
            STRINGS.page_title_region,
            &[("area", region.get().name), site],
        ),
        Subject::Massage(massage) => fill(
            STRINGS.page_title_massage,
            &[("massage", massage.get().name), site],
        ),
    }
}

pub fn description(page: Page) -> String {
    match page.subject {
        Subject::Intro => STRINGS.page_description_intro.into(),
        Subject::Region(region) => {
            let r = region.get();
            let names: Vec<&str> = r
                .suggestions
                .iter()
                .map(|s| s.modality.get().name)
                .collect();
            counted(
                names.len(),
                STRINGS.page_description_region_one,
                STRINGS.page_description_region,
                &[
                    ("area", r.name),
                    ("massages", &names.join(STRINGS.list_separator)),
                ],
            )
        }
        Subject::Massage(massage) => fill(
            STRINGS.page_description_massage,
            &[("massage", massage.get().name)],
        ),
    }
}
