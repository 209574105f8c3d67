//! What each page is called: its title (the tab, bookmarks, search results)
//! and its description (search results, link previews). The app and the
//! prerendered pages share these.

use crate::content::META;
use crate::route::{Page, Subject};

pub fn title(page: Page) -> String {
    match page.subject {
        Subject::Intro => format!("{}: which kinds of massage suit where it hurts", META.title),
        Subject::Region(region) => format!(
            "{}: which kinds of massage may help · {}",
            region.get().name,
            META.title
        ),
        Subject::Massage(massage) => format!(
            "{}: what it is and where it may help · {}",
            massage.get().name,
            META.title
        ),
    }
}

pub fn description(page: Page) -> String {
    match page.subject {
        Subject::Intro => "Choose where it hurts on a body map to see which kinds of massage may help, why, and what to watch out for.".into(),
        Subject::Region(region) => {
            let r = region.get();
            let names: Vec<&str> = r.suggestions.iter().map(|s| s.modality.get().name).collect();
            format!(
                "{}: the warning signs that need a doctor first, and {} kinds of massage that may help ({}), each with how good the evidence is.",
                r.name,
                names.len(),
                names.join(", ")
            )
        }
        Subject::Massage(massage) => format!(
            "{}: what it is, how it feels, what studies show, and the areas of the body it may help.",
            massage.get().name
        ),
    }
}
