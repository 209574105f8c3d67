//! Markup rendered with Yew's server renderer: what a person (or a screen
//! reader) gets before any interaction.

#![cfg(not(target_arch = "wasm32"))]

use massage_map::components::app::Props as AppProps;
use massage_map::components::body_figure::{BodyFigure, Props as FigureProps};
use massage_map::components::region_panel::{Props as PanelProps, RegionPanel};
use massage_map::content::{ModalityId, RegionId, META, REGIONS};
use massage_map::figure_art::{BACK, FRONT};
use massage_map::route::Page;
use massage_map::state::View;
use massage_map::App;
use yew::{Callback, LocalServerRenderer};

/// The start tag of the element whose attributes include `attribute` (e.g. `id="x"`).
fn start_tag<'a>(html: &'a str, attribute: &str) -> &'a str {
    let at = html
        .find(attribute)
        .unwrap_or_else(|| panic!("no element with {attribute}"));
    let open = html[..at].rfind('<').unwrap();
    &html[open..at + html[at..].find('>').unwrap() + 1]
}

/// Every start tag with `attribute`.
fn start_tags<'a>(html: &'a str, attribute: &'a str) -> impl Iterator<Item = &'a str> {
    html.match_indices(attribute).map(move |(at, _)| {
        let open = html[..at].rfind('<').unwrap();
        &html[open..at + html[at..].find('>').unwrap() + 1]
    })
}

fn region(slug: &str) -> RegionId {
    RegionId::by_slug(slug).unwrap()
}

async fn figure(view: View, selected: Option<RegionId>, matches: u32) -> String {
    let props = FigureProps {
        view,
        selected,
        matches,
        on_select: Callback::noop(),
        lens: None,
        query: "".into(),
        // As the app draws it once it has taken over.
        live: true,
    };
    LocalServerRenderer::<BodyFigure>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

async fn panel(selected: Option<RegionId>) -> String {
    panel_with(selected, None, None, View::Front).await
}

/// The answer panel with a lens, the reader's place and a view.
async fn panel_with(
    selected: Option<RegionId>,
    lens: Option<massage_map::state::Lens>,
    place: Option<massage_map::content::PlaceId>,
    view: View,
) -> String {
    LocalServerRenderer::<RegionPanel>::with_props(PanelProps {
        selected,
        lens,
        on_open: Callback::noop(),
        view,
        query: "".into(),
        place,
        unknown_country: false,
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn the_app_shows_figure_list_and_disclaimer_before_any_choice() {
    let html = LocalServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains(META.title));
    assert!(html.contains(r#"id="mm-disclaimer""#));
    assert!(html.contains("Where does it hurt?"));
    // Every region is in the text alternative, each a link to its page.
    assert_eq!(
        html.matches(r#"class="mm-region-button""#).count(),
        REGIONS.len()
    );
    assert!(html.contains(r#"aria-label="Body areas, front view""#));
    // One main landmark, so screen-reader users can jump past the header.
    assert_eq!(html.matches("<main").count(), 1, "one <main>");
    for region in RegionId::all() {
        let id = region.get().id;
        let link = start_tag(&html, &format!(r#"data-region="{id}""#));
        assert!(link.contains(&format!(r#"href="{id}.html""#)), "{link}");
    }
    // The views are links too, the current one marked.
    let front = start_tag(&html, r#"id="mm-view-front""#);
    assert!(front.contains(r#"aria-current="true""#), "{front}");
    assert!(front.contains(r#"href="index.html""#), "{front}");
    let back = start_tag(&html, r#"id="mm-view-back""#);
    assert!(!back.contains("aria-current"), "{back}");
    assert!(back.contains(r#"href="back.html""#), "{back}");
}

async fn prerendered(file: &str) -> String {
    let page = Page::from_file(file).unwrap();
    LocalServerRenderer::<App>::with_props(AppProps {
        page,
        ..AppProps::default()
    })
    .render()
    .await
}

#[tokio::test]
async fn a_region_page_is_complete_before_any_script() {
    let html = prerendered("knees.html").await;
    assert!(html.contains(">Knees</h2>"));
    assert!(html.contains(r#"id="mm-red-flags""#));
    // Marked on the figure and in the list, with every part written out.
    let area = start_tag(&html, r#"id="mm-region-knees""#);
    assert!(area.contains(r#"aria-current="page""#), "{area}");
    let items: Vec<&str> = start_tags(&html, r#"data-region="knees""#)
        .filter(|tag| tag.contains("mm-region-button"))
        .collect();
    assert_eq!(items.len(), 1);
    assert!(items[0].contains(r#"aria-current="page""#), "{}", items[0]);
    assert!(html.contains("What it is"));
    // Its other view is a page of its own.
    let back = start_tag(&html, r#"id="mm-view-back""#);
    assert!(back.contains(r#"href="knees-back.html""#), "{back}");
}

#[tokio::test]
async fn a_massage_type_page_says_what_it_is_and_links_every_area_it_suits() {
    let swedish = ModalityId::all().find(|m| m.get().id == "swedish").unwrap();
    let html = prerendered("massage-swedish.html").await;
    assert!(html.contains(&format!(">{}</h2>", swedish.get().name)));
    assert!(html.contains("What studies show"));
    let suited: Vec<RegionId> = RegionId::all()
        .filter(|r| r.get().suggestions.iter().any(|s| s.modality == swedish))
        .collect();
    assert!(suited.len() > 3);
    for region in &suited {
        let file = format!("{}.html", region.get().id);
        assert!(
            html.contains(&format!(r#"href="{file}" data-page="{file}""#)),
            "links {file}"
        );
        // The figure highlights it, when on the view it shows.
        if View::Front.shows(*region) {
            let area = start_tag(&html, &format!(r#"id="mm-region-{}""#, region.get().id));
            assert!(area.contains("data-match"), "{area}");
        }
    }
}

#[tokio::test]
async fn the_intro_links_every_massage_type_page() {
    let html = prerendered("index.html").await;
    for massage in ModalityId::all() {
        let file = format!("massage-{}.html", massage.get().id);
        assert!(html.contains(&format!(r#"href="{file}""#)), "{file}");
    }
}

#[tokio::test]
async fn the_figure_is_one_tab_stop_with_named_region_links() {
    for view in [View::Front, View::Back] {
        let html = figure(view, None, 0).await;
        let (areas, targets) = html.split_at(
            html.find(r#"<g aria-hidden="true" class="targets">"#)
                .unwrap(),
        );
        let shown = RegionId::all().filter(|r| view.shows(*r)).count();
        assert_eq!(
            areas.matches(r#"class="region""#).count(),
            shown,
            "{view:?}"
        );
        assert_eq!(areas.matches(r#"tabindex="0""#).count(), 1, "{view:?}");
        assert_eq!(areas.matches(r#"tabindex="-1""#).count(), shown - 1);
        // The tap targets above the areas: never a tab stop, never read.
        let art = if view == View::Front { &FRONT } else { &BACK };
        let padded = art.areas.iter().filter(|a| a.padded).count();
        assert_eq!(
            targets.matches(r#"tabindex="-1""#).count(),
            padded,
            "{view:?}"
        );
        assert!(!targets.contains(r#"tabindex="0""#), "{view:?}");
        assert_eq!(html.matches("aria-current").count(), 0);
        for r in RegionId::all().filter(|r| view.shows(*r)) {
            let name = r.get().name.replace('&', "&amp;");
            assert!(html.contains(&format!(r#"aria-label="{name}""#)), "{name}");
        }
    }
}

#[tokio::test]
async fn before_the_app_every_area_of_the_figure_is_a_link_to_tab_to() {
    // Without the app no key moves between areas: a single tab stop would
    // leave all areas but one out of reach.
    for file in ["index.html", "back.html", "knees.html"] {
        let html = prerendered(file).await;
        let figure = between(&html, "<svg", r#"<g aria-hidden="true" class="targets">"#);
        let areas = figure.matches(r#"class="region""#).count();
        assert!(areas >= 12, "{file}: {areas} areas");
        assert_eq!(figure.matches(r#"tabindex="0""#).count(), areas, "{file}");
        assert!(!figure.contains("tabindex=\"-1\""), "{file}");
        assert!(
            !start_tag(&html, "class=\"mm-figure\"").contains("toolbar"),
            "{file}"
        );
    }
}

#[tokio::test]
async fn the_areas_come_head_to_toe_for_tab_and_screen_readers() {
    // The order of the arrow keys, which is the list's.
    for view in [View::Front, View::Back] {
        let html = figure(view, None, 0).await;
        let ids: Vec<&str> = start_tags(&html, r#"class="region""#)
            .map(|tag| between(tag, r#"id="mm-region-"#, "\""))
            .collect();
        let expected: Vec<&str> = massage_map::state::regions_in(view)
            .map(|r| r.get().id)
            .collect();
        assert_eq!(ids, expected, "{view:?}");
    }
}

#[tokio::test]
async fn the_selected_region_takes_the_tab_stop_and_says_it_is_current() {
    let html = figure(View::Back, Some(region("lower-back")), 0).await;
    let start = html.find(r#"id="mm-region-lower-back""#).unwrap();
    let tag = &html[start..start + html[start..].find('>').unwrap()];
    assert!(tag.contains(r#"aria-current="page""#), "{tag}");
    assert!(tag.contains(r#"tabindex="0""#), "{tag}");
    // Drawn again on top, so neighbours never hide the selection outline.
    let outline = &html[html.find(r#"class="selected-outline""#).unwrap()..];
    let area = BACK.areas.iter().find(|a| a.id == "lower-back").unwrap();
    let d = area.parts[0].d.replace('&', "&amp;");
    assert!(
        outline.contains(&format!(r#"d="{d}""#)),
        "outline follows the selection"
    );
}

#[tokio::test]
async fn the_focus_ring_is_drawn_above_the_selection_and_all_round_the_area() {
    // A keyboard user on the chosen area must see the ring, and all of it
    // round the head, hands and feet, whose edges are the body's own.
    let html = figure(View::Front, Some(region("knees")), 0).await;
    let selected = html.find(r#"class="selected-outline""#).unwrap();
    let focus = html.find(r#"class="focus-outline""#).unwrap();
    assert!(selected < focus, "drawn after, so above");
    let ring = between(&html, r#"class="focus-outline""#, "</svg>");
    assert!(ring.contains(r#"class="focus-halo""#) && ring.contains(r#"class="focus-ring""#));
    let outline = between(
        &html,
        r#"class="selected-outline""#,
        r#"class="focus-outline""#,
    );
    for (what, part) in [("selection", outline), ("focus ring", ring)] {
        assert!(
            part.contains(&format!(
                r#"d="{}""#,
                massage_map::figure_art::FRONT
                    .silhouette
                    .replace('&', "&amp;")
            )),
            "{what}: the body's edge within the area"
        );
    }
}

#[tokio::test]
async fn side_cues_follow_the_person_not_the_viewer() {
    let front = figure(View::Front, None, 0).await;
    let back = figure(View::Back, None, 0).await;
    let cues = |html: &str| {
        html.match_indices(r#"class="side-cue"#)
            .map(|(i, _)| {
                let text = &html[i..];
                let open = text.find('>').unwrap() + 1;
                text[open..open + text[open..].find('<').unwrap()].to_string()
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(cues(&front), ["Your right", "Your left"]);
    assert_eq!(cues(&back), ["Your left", "Your right"]);
}

#[tokio::test]
async fn the_lens_marks_matching_regions() {
    let mask = 1 << region("neck").0 | 1 << region("knees").0;
    let html = figure(View::Front, None, mask).await;
    assert_eq!(html.matches(r#"data-match="true""#).count(), 2);
    assert!(html.contains(r#"aria-label="Neck (highlighted)""#));
}

#[tokio::test]
async fn the_panel_answers_for_the_selected_region() {
    let neck = region("neck").get();
    let html = panel(Some(region("neck"))).await;
    assert!(html.contains(&format!(">{}</h2>", neck.name)));
    assert_eq!(
        html.matches(r#"class="suggestion""#).count(),
        neck.suggestions.len()
    );
    assert!(neck.suggestions.len() >= 3);
    for s in neck.suggestions {
        assert!(html.contains(&format!(r#"data-modality="{}""#, s.modality.get().id)));
    }
    let flags = start_tag(&html, r#"id="mm-red-flags""#);
    assert!(flags.contains(r#"role="note""#), "{flags}");
    assert!(html.contains(r#"id="mm-disclaimer""#));
    // Every claim carries source numbers, and the list of sources is there.
    assert!(html.contains("mm-cite"));
    assert!(html.contains("Sources ("));
}

#[tokio::test]
async fn the_disclaimer_comes_before_the_suggestions() {
    let html = panel(Some(region("lower-back"))).await;
    let disclaimer = html.find(r#"id="mm-disclaimer""#).unwrap();
    let first_card = html.find(r#"class="suggestion""#).unwrap();
    assert!(disclaimer < first_card);
    let flags = html.find(r#"id="mm-red-flags""#).unwrap();
    assert!(flags < first_card, "red flags stand above the suggestions");
}

#[tokio::test]
async fn source_links_open_outside_the_widget() {
    let html = panel(Some(region("lower-back"))).await;
    let links = html.matches(r#"<a href="http"#).count();
    assert!(links > 0);
    assert_eq!(html.matches(r#"target="_blank""#).count(), links);
    assert_eq!(html.matches(r#"rel="noopener noreferrer""#).count(), links);
}

#[tokio::test]
async fn a_suggestion_the_evidence_backs_no_benefit_for_claims_none() {
    let html = panel(Some(region("arms"))).await;
    let start = html
        .find(r#"data-modality="lymphatic-drainage""#)
        .expect("arms suggest lymphatic drainage");
    let card = &html[start..start + html[start..].find("</li>").unwrap()];
    assert!(!card.contains("May help with"), "{card}");
    let other = html.find(r#"data-modality="trigger-point""#).unwrap();
    assert!(html[other..].contains("May help with"));
}

#[tokio::test]
async fn an_answer_is_summary_first_with_warning_signs_never_behind_a_click() {
    for region in RegionId::all() {
        let r = region.get();
        let html = panel(Some(region)).await;
        let first_details = html
            .find("<details")
            .expect("the long parts are disclosures");
        // Name, warning signs and disclaimer come before any disclosure.
        for part in [">", r#"id="mm-red-flags""#, r#"id="mm-disclaimer""#] {
            let at = html.find(part).unwrap();
            assert!(at < first_details, "{}: {part} is summary", r.name);
        }
        // Each suggestion's card is a disclosure whose summary names it,
        // labels its evidence and says why in one line.
        assert_eq!(
            html.matches(r#"<details class="mm-more" data-detail=""#)
                .count(),
            r.suggestions.len()
        );
        for s in r.suggestions {
            let card = &html[html
                .find(&format!(r#"data-modality="{}""#, s.modality.get().id))
                .unwrap()..];
            let summary = &card[card.find("<summary>").unwrap()..card.find("</summary>").unwrap()];
            let escaped = |text: &str| {
                let mut out = String::new();
                massage_map::markup::escape_into(&mut out, text);
                out
            };
            assert!(
                summary.contains(&escaped(s.modality.get().name)),
                "{summary}"
            );
            assert!(summary.contains(r#"class="basis""#), "{summary}");
            assert!(summary.contains(&escaped(s.brief)), "{summary}");
        }
        // Off the web (the text version) every disclosure is written out.
        assert!(html.contains("What it is"), "{}", r.name);
    }
}

#[tokio::test]
async fn every_page_says_it_is_for_adults_and_when_it_was_last_reviewed() {
    for file in ["index.html", "knees.html", "massage-swedish.html"] {
        let html = prerendered(file).await;
        assert!(
            html.contains("Content last reviewed 1 December 2026 by Massage Map editors."),
            "{file}"
        );
        assert!(
            html.contains("For adults: under\u{2011}18s in pain need a doctor."),
            "{file}"
        );
    }
    // Above the suggestions, on an area's page and on a massage type's (its
    // areas): who should check with a doctor first.
    for file in [
        "knees.html",
        "massage-swedish.html",
        "massage-reflexology.html",
    ] {
        let html = prerendered(file).await;
        let check = html.find("mm-check-first").expect("a check-first line");
        assert!(
            check < html.find(r#"class="suggestion""#).unwrap(),
            "{file}"
        );
        assert!(
            html[check..].starts_with(
                "mm-check-first\"><strong>Check with a doctor first: </strong>pregnancy, blood thinners, clot risk"
            ),
            "{file}"
        );
    }
}

#[tokio::test]
async fn a_massage_type_for_one_area_says_one_area() {
    let html = prerendered("massage-reflexology.html").await;
    assert!(
        html.contains("is suggested for 1 area: "),
        "one area, not \"1 areas\""
    );
    assert!(html.contains("Suggested for 1 area"));
}

/// The text between `from` and the next `to` after it.
fn between<'a>(html: &'a str, from: &str, to: &str) -> &'a str {
    let start = html.find(from).unwrap_or_else(|| panic!("no {from}")) + from.len();
    &html[start..start + html[start..].find(to).unwrap()]
}

#[tokio::test]
async fn the_summary_names_each_warning_sign_in_a_few_words_and_the_details_in_full() {
    use massage_map::content::GENERAL_RED_FLAGS;
    let neck = region("neck").get();
    let html = panel(Some(region("neck"))).await;
    let summary = between(&html, r#"id="mm-red-flags""#, r#"id="mm-disclaimer""#);
    let full = between(&html, r#"class="mm-signs-full""#, "</details>");
    for flag in neck.red_flags {
        assert!(
            summary.contains(flag.short),
            "{} in the summary",
            flag.short
        );
        assert!(
            !summary.contains(flag.claim.text),
            "{} waits below",
            flag.claim.text
        );
        assert!(
            full.contains(flag.claim.text),
            "{} in full",
            flag.claim.text
        );
    }
    // The signs that can come anywhere are in the same levels, each once.
    let chest_pain = GENERAL_RED_FLAGS
        .iter()
        .find(|f| f.short == "Chest pain or pressure")
        .unwrap();
    let emergency = between(summary, r#"data-urgency="emergency""#, "</ul>");
    assert_eq!(
        emergency.matches(chest_pain.short).count(),
        1,
        "{emergency}"
    );
    // A region's sign that is a general one shows once, in the region's words below.
    let head = region("head").get();
    let stroke = head
        .red_flags
        .iter()
        .find(|f| f.short.starts_with("Stroke"))
        .unwrap();
    let html = panel(Some(region("head"))).await;
    let summary = between(&html, r#"id="mm-red-flags""#, r#"id="mm-disclaimer""#);
    assert_eq!(summary.matches(stroke.short).count(), 1, "{summary}");
    let full = between(&html, r#"class="mm-signs-full""#, "</details>");
    assert!(full.contains(stroke.claim.text));
}

/// The words after each standalone "1" in `text`, up to four.
fn after_one(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (0..words.len())
        .filter(|&i| words[i] == "1")
        .map(|i| words[i + 1..words.len().min(i + 5)].join(" "))
        .collect()
}

#[tokio::test]
async fn a_count_of_one_is_never_said_in_the_plural() {
    // Craniosacral therapy suits one area, and a clinic's area may offer one massage type.
    let plural = ["areas", "types", "kinds", "matches"];
    for page in Page::all() {
        let html = prerendered(&page.file()).await;
        // The text a reader sees or hears: markup dropped, each tag a space.
        let text: String = html
            .split('<')
            .map(|part| part.split_once('>').map_or(part, |(_, text)| text))
            .collect::<Vec<_>>()
            .join(" ");
        let description = massage_map::pages::description(page);
        for (what, words) in [("page", &text), ("description", &description)] {
            for after in after_one(words) {
                let first_words: Vec<&str> = after.split([' ', '.', ',', ':']).collect();
                assert!(
                    !first_words.iter().any(|w| plural.contains(w)),
                    "{}, {what}: \"1 {after}\"",
                    page.file()
                );
            }
        }
    }
}

#[tokio::test]
async fn no_area_hides_a_general_warning_sign_behind_a_narrower_one_of_its_own() {
    use massage_map::content::GENERAL_RED_FLAGS;
    use massage_map::markup::escape_into;
    let escaped = |text: &str| {
        let mut out = String::new();
        escape_into(&mut out, text);
        out
    };
    for region in RegionId::all() {
        let html = panel(Some(region)).await;
        let name = region.get().name;
        // In full: every sign that can come with pain anywhere, in its own words,
        // even where the area has a sign of the same short name (lower back's
        // pregnancy sign names no headache, vision change or swelling).
        let full = between(&html, r#"class="mm-signs-full""#, "</details>");
        for general in GENERAL_RED_FLAGS {
            assert!(
                full.contains(&escaped(general.claim.text)),
                "{name}: {:?} is missing from the signs in full",
                general.claim.text
            );
        }
        // At a glance: a short name shows once in its level, whichever signs share it.
        let summary = between(&html, r#"id="mm-red-flags""#, r#"id="mm-disclaimer""#);
        for level in summary.split(r#"class="mm-level""#).skip(1) {
            let shorts: Vec<&str> = level
                .split("<li>")
                .skip(1)
                .map(|item| item.split('\u{2060}').next().unwrap())
                .collect();
            for (i, short) in shorts.iter().enumerate() {
                assert!(
                    !shorts[..i].contains(short),
                    "{name}: {short:?} twice in one level"
                );
            }
        }
    }
}

#[tokio::test]
async fn the_sources_list_numbers_every_source_the_answer_cites_for_the_readers_country() {
    use massage_map::components::region_answer::{detail_markup, Detail};
    use massage_map::content::PlaceId;
    use massage_map::markup::Markup;
    let knees = region("knees");
    for code in ["nz", "us", "gb"] {
        let place = PlaceId::by_code(code).unwrap();
        let html = panel_with(Some(knees), None, Some(place), View::Front).await;
        // "Call 111 now.[40]": the highest number the answer cites…
        let highest = html
            .split("<sup class=\"mm-cite\"")
            .skip(1)
            .flat_map(|sup| {
                let inside = &sup[sup.find('[').unwrap() + 1..sup.find(']').unwrap()];
                inside
                    .split(",\u{a0}")
                    // A range ("24–28") ends with its highest number.
                    .map(|n| {
                        n.rsplit('\u{2013}')
                            .next()
                            .unwrap()
                            .parse::<usize>()
                            .unwrap()
                    })
                    .collect::<Vec<_>>()
            })
            .max()
            .unwrap();
        // …is in the list the app builds when "Sources" is opened.
        let mut list = Markup::default();
        detail_markup(&mut list, Detail::Sources(knees), Some(place));
        let items = list.as_str().matches("<li").count();
        assert_eq!(items, highest, "{code}: sources listed vs cited");
    }
}

#[tokio::test]
async fn a_massage_type_page_puts_the_warning_signs_above_the_areas_it_suits() {
    use massage_map::content::GENERAL_RED_FLAGS;
    use massage_map::markup::escape_into;
    for massage in ModalityId::all() {
        let file = format!("massage-{}.html", massage.get().id);
        let html = prerendered(&file).await;
        let signs = html
            .find(r#"id="mm-red-flags""#)
            .unwrap_or_else(|| panic!("{file}: no warning signs"));
        let areas = html.find(r#"id="mm-suggestions-label""#).unwrap();
        assert!(signs < areas, "{file}: the signs come first");
        let box_ = between(
            &html,
            r#"id="mm-red-flags""#,
            r#"id="mm-suggestions-label""#,
        );
        for flag in GENERAL_RED_FLAGS {
            let mut text = String::new();
            escape_into(&mut text, flag.claim.text);
            assert!(box_.contains(&text), "{file}: {:?}", flag.claim.text);
        }
        assert!(box_.contains("Don't book a massage"), "{file}");
    }
}

#[tokio::test]
async fn what_is_announced_says_each_change_a_reader_makes() {
    use massage_map::state::Lens;
    let announced = |html: &str| {
        let p = between(html, r#"id="mm-announce""#, "</p>");
        p[p.find('>').unwrap() + 1..].to_string()
    };
    let render = |selected, lens| panel_with(selected, lens, None, View::Front);
    let swedish = Lens::Massage(ModalityId::all().find(|m| m.get().id == "swedish").unwrap());
    let knees = announced(&render(Some(region("knees")), None).await);
    let knees_and_lens = announced(&render(Some(region("knees")), Some(swedish)).await);
    let lens = announced(&render(None, Some(swedish)).await);
    let nothing = announced(&render(None, None).await);
    // A lens picked with an area chosen is said too, not only the area again.
    assert!(
        knees_and_lens.starts_with(&knees) && knees_and_lens.contains("Swedish massage"),
        "{knees_and_lens}"
    );
    // Clearing the choice says so: the region falls silent otherwise.
    assert!(!nothing.trim().is_empty(), "nothing chosen: {nothing:?}");
    assert_ne!(nothing, knees);
    // An area the view does not draw: where it is, as the hint on the screen says.
    let chest = announced(&panel_with(Some(region("chest")), None, None, View::Back).await);
    assert!(chest.contains("Chest is on the front view."), "{chest}");
    // The count is every area it suits; the figure shows only this view's.
    let suits = swedish.mask().count_ones();
    assert!(lens.contains(&format!("{suits} body areas")), "{lens}");
    assert!(!lens.contains("highlighted body areas"), "{lens}");
}

#[tokio::test]
async fn a_suggestion_tells_its_areas_evidence_from_the_massage_types_evidence_anywhere() {
    use massage_map::components::region_answer::{detail_markup, Detail};
    use massage_map::markup::Markup;
    // The neck's Swedish card: moderate certainty of little or no gain there,
    // beside "Low certainty" for Swedish massage in general.
    let neck = region("neck");
    let n = neck
        .get()
        .suggestions
        .iter()
        .position(|s| s.modality.get().id == "swedish")
        .unwrap();
    let mut detail = Markup::default();
    detail_markup(&mut detail, Detail::Suggestion(neck, n as u8), None);
    assert!(
        detail.as_str().contains("What studies show overall"),
        "{}",
        detail.as_str()
    );
    // A massage type's own page is about it everywhere: its heading says no more.
    let page = prerendered("massage-swedish.html").await;
    assert!(page.contains("<dt>What studies show</dt>"));
}
