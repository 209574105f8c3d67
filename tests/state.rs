//! URL parsing, the reducer and search, as a person using the map sees them.

#![cfg(not(target_arch = "wasm32"))]

use massage_map::content::{BenefitId, ModalityId, PlaceId, RegionId};
use massage_map::route::{
    old_link_default, old_link_file, old_link_key, old_links_json, Page, Route, Subject,
};
use massage_map::search::{find, is_blank};
use massage_map::state::{Action, AppState, Lens, View};
use std::collections::HashSet;
use std::rc::Rc;
use yew::Reducible;

fn region(slug: &str) -> RegionId {
    RegionId::by_slug(slug).unwrap_or_else(|| panic!("no region {slug}"))
}

fn massage(slug: &str) -> ModalityId {
    ModalityId::all().find(|m| m.get().id == slug).unwrap()
}

fn reduce(state: AppState, actions: impl IntoIterator<Item = Action>) -> AppState {
    *actions
        .into_iter()
        .fold(Rc::new(state), |state, action| state.reduce(action))
}

#[test]
fn a_deep_link_opens_the_region_on_the_view_that_shows_it() {
    let state = AppState::from_route(Route::parse("?region=lower-back"));
    assert_eq!(state.selected, Some(region("lower-back")));
    assert_eq!(state.view, View::Back);
    assert!(!state.bad_link);

    let state = AppState::from_route(Route::parse("?region=knees&view=back"));
    assert_eq!(
        (state.selected, state.view),
        (Some(region("knees")), View::Back)
    );
}

#[test]
fn a_view_that_cannot_show_the_region_gives_way_to_one_that_can() {
    let state = AppState::from_route(Route::parse("?view=back&region=chest"));
    assert_eq!(state.view, View::Front);
    assert_eq!(state.selected, Some(region("chest")));
}

#[test]
fn unknown_and_hostile_values_fall_back_with_a_notice() {
    for query in [
        "?region=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "?region=<script>",
        "?view=sideways",
        "?massage=nope",
        "?benefit=immortality",
        "?region=%E0%A4%A",
        "?region=%FF%FE",
    ] {
        let state = AppState::from_route(Route::parse(query));
        assert!(state.bad_link, "{query} should raise the notice");
        assert_eq!(state.selected, None, "{query}");
        assert_eq!(state.view, View::Front, "{query}");
    }
}

#[test]
fn good_values_survive_beside_a_bad_one() {
    let state = AppState::from_route(Route::parse("?region=neck&view=upside-down"));
    assert!(state.bad_link);
    assert_eq!(state.selected, Some(region("neck")));
}

#[test]
fn other_parameters_and_empty_queries_are_not_a_problem() {
    for query in ["", "?", "?utm_source=blog", "?embed=1&&", "?secret"] {
        let state = AppState::from_route(Route::parse(query));
        assert!(!state.bad_link, "{query}");
        assert_eq!(
            AppState {
                embed: false,
                ..state
            },
            AppState::default(),
            "{query}"
        );
    }
}

#[test]
fn the_url_names_the_page_and_keeps_other_parameters() {
    let state = reduce(AppState::default(), [Action::Select(region("neck"))]);
    assert_eq!(
        state.route().to_url("?embed=1&region=head&theme=dark"),
        "neck.html?embed=1&theme=dark"
    );

    let state = reduce(
        state,
        [
            Action::ShowView(View::Back),
            Action::SetLens(Some(Lens::Massage(massage("swedish")))),
        ],
    );
    assert_eq!(state.route().to_url(""), "neck-back.html?massage=swedish");
    // A massage type's lens with nothing chosen is that type's page.
    let state = reduce(state, [Action::Clear]);
    assert_eq!(state.route().to_url(""), "massage-swedish-back.html");
    assert_eq!(
        AppState::default().route().to_url("?region=neck"),
        "index.html"
    );
}

#[test]
fn a_url_written_by_the_app_reads_back_as_the_same_state() {
    let states = [
        reduce(
            AppState::default(),
            [
                Action::Select(region("upper-back")),
                Action::SetLens(Some(Lens::Benefit(BenefitId(0)))),
            ],
        ),
        reduce(
            AppState::default(),
            [
                Action::Select(region("chest")),
                Action::ShowView(View::Back),
                Action::SetLens(Some(Lens::Massage(massage("swedish")))),
            ],
        ),
        reduce(
            AppState::default(),
            [
                Action::ShowView(View::Back),
                Action::SetLens(Some(Lens::Massage(massage("thai")))),
            ],
        ),
    ];
    for state in states {
        let url = state.route().to_url("");
        let (file, query) = url.split_once('?').unwrap_or((&url, ""));
        let page = Page::from_file(file).unwrap_or_else(|| panic!("{url} names no page"));
        assert_eq!(AppState::from_route(Route::at(page, query)), state, "{url}");
    }
}

#[test]
fn every_page_has_a_file_of_its_own_that_reads_back_as_it() {
    let pages = Page::all();
    let files: HashSet<String> = pages.iter().map(|p| p.file()).collect();
    assert_eq!(files.len(), pages.len());
    for page in &pages {
        assert_eq!(
            Page::from_file(&page.file()),
            Some(*page),
            "{}",
            page.file()
        );
    }
    // Intro and regions on each view, every massage type on each view.
    assert_eq!(
        pages.len(),
        2 * (1 + RegionId::all().count() + ModalityId::all().count())
    );
    assert_eq!(page_of("knees.html"), Subject::Region(region("knees")));
    assert_eq!(Page::from_file("lower-back.html").unwrap().view, View::Back);
    assert_eq!(
        Page::from_file("lower-back-front.html").unwrap().view,
        View::Front
    );
    assert_eq!(
        page_of("massage-swedish.html"),
        Subject::Massage(massage("swedish"))
    );
    // The folder, and hosts that drop `.html`.
    assert_eq!(Page::from_file(""), Some(Page::INTRO));
    assert_eq!(page_of("neck"), Subject::Region(region("neck")));
    for unknown in [
        "knees-front.html",
        "nope.html",
        "massage-.html",
        "back-back.html",
    ] {
        assert_eq!(Page::from_file(unknown), None, "{unknown}");
    }
}

fn page_of(file: &str) -> Subject {
    Page::from_file(file)
        .unwrap_or_else(|| panic!("{file} names no page"))
        .subject
}

#[test]
fn a_page_shows_what_its_name_says_and_its_query_adds_the_lens() {
    let page = Page::from_file("knees-back.html").unwrap();
    let state = AppState::from_route(Route::at(page, "?massage=swedish&theme=dark"));
    assert_eq!(
        (state.selected, state.view, state.lens, state.bad_link),
        (
            Some(region("knees")),
            View::Back,
            Some(Lens::Massage(massage("swedish"))),
            false
        )
    );
    let state = AppState::from_route(Route::at(page, "?massage=unheard-of"));
    assert!(state.bad_link);
    assert_eq!(state.selected, Some(region("knees")));
}

#[test]
fn old_links_go_to_the_page_that_shows_the_same() {
    let table = old_links_json();
    // What boot.js does: the table's file for the key, else the default rule.
    let file_for = |kind: &str, id: &str, view: &str| {
        let key = format!("\"{}\":\"", old_link_key(kind, id, view));
        match table.find(&key) {
            Some(at) => {
                let rest = &table[at + key.len()..];
                rest[..rest.find('"').unwrap()].to_string()
            }
            None => old_link_default(kind, id, view),
        }
    };
    for (kind, id, view, file) in [
        ("region", "knees", "", "knees.html"),
        ("region", "lower-back", "", "lower-back.html"),
        ("region", "knees", "back", "knees-back.html"),
        // A view that cannot show the region gives way, as the old links did.
        ("region", "chest", "back", "chest.html"),
        ("massage", "swedish", "back", "massage-swedish-back.html"),
    ] {
        assert_eq!(
            file_for(kind, id, view),
            file,
            "{kind} {id} {view} in {table}"
        );
    }
    // Every known link, not only these: the table and the rule give what the app shows.
    let regions = RegionId::all().map(|r| ("region", r.get().id));
    let massages = ModalityId::all().map(|m| ("massage", m.get().id));
    for (kind, id) in regions.chain(massages) {
        assert!(table.contains(&format!("\"{id}\"")), "{id} is known");
        for view in ["", "front", "back"] {
            assert_eq!(
                file_for(kind, id, view),
                old_link_file(kind, id, view),
                "{kind} {id} {view}"
            );
        }
    }
    assert!(table.contains("\"view back\":\"back.html\""), "{table}");
}

#[test]
fn selecting_a_region_of_the_other_view_turns_the_figure() {
    let state = reduce(AppState::default(), [Action::Select(region("lower-back"))]);
    assert_eq!(state.view, View::Back);
}

#[test]
fn switching_views_keeps_the_selection() {
    let state = reduce(
        AppState::default(),
        [Action::Select(region("neck")), Action::ShowView(View::Back)],
    );
    assert_eq!(
        (state.selected, state.view),
        (Some(region("neck")), View::Back)
    );
    // Chest is not on the back, but the answer stays: the figure offers the way back.
    let state = reduce(
        AppState::default(),
        [
            Action::Select(region("chest")),
            Action::ShowView(View::Back),
        ],
    );
    assert_eq!(state.selected, Some(region("chest")));
    assert!(!state.view.shows(region("chest")));
}

#[test]
fn escape_clears_and_the_notice_can_be_dismissed() {
    let state = AppState::from_route(Route::parse("?region=neck&view=nowhere"));
    let state = reduce(state, [Action::Clear, Action::DismissNotice]);
    assert_eq!(state.selected, None);
    assert!(!state.bad_link);
}

#[test]
fn a_no_op_action_keeps_the_same_state_so_nothing_re_renders() {
    let state = Rc::new(AppState::default());
    let same = state.clone().reduce(Action::Clear);
    assert!(Rc::ptr_eq(&state, &same));
}

#[test]
fn back_and_forward_restore_what_the_url_says() {
    let state = reduce(AppState::default(), [Action::Select(region("knees"))]);
    let state = reduce(state, [Action::Restore(Route::parse("?region=neck"))]);
    assert_eq!(state.selected, Some(region("neck")));
    let state = reduce(state, [Action::Restore(Route::parse(""))]);
    assert_eq!(state, AppState::default());
}

#[test]
fn the_lens_highlights_every_region_a_massage_type_suits() {
    let lens = Lens::Massage(massage("swedish"));
    let highlighted: Vec<RegionId> = RegionId::all().filter(|r| lens.matches(*r)).collect();
    assert!(highlighted.len() >= 3, "{highlighted:?}");
    assert_eq!(lens.mask().count_ones() as usize, highlighted.len());
    for r in &highlighted {
        assert!(r
            .get()
            .suggestions
            .iter()
            .any(|s| s.modality == massage("swedish")));
    }
    let wellbeing = Lens::Benefit(
        BenefitId::all()
            .find(|b| b.get().id == "wellbeing")
            .unwrap(),
    );
    assert!(wellbeing.mask() != 0);
}

#[test]
fn search_knows_everyday_words() {
    let first = |q: &str| find(q).first().map(|hit| hit.region.get().id);
    assert_eq!(first("sciatica"), Some("lower-back"));
    assert_eq!(first("lumbar"), Some("lower-back"));
    assert_eq!(first("runner's knee"), Some("knees"));
    assert_eq!(first("runners knee"), Some("knees"));
    assert_eq!(first("Runner\u{2019}s Knee"), Some("knees"));
    assert_eq!(first("TMJ"), Some("jaw"));
    assert_eq!(first("text neck"), Some("neck"));
    assert_eq!(first("low back"), Some("lower-back"));
    assert_eq!(first("  NECK "), Some("neck"));
    // As people word a complaint: the area's own word is what counts.
    for (query, area) in [
        ("chest pain", "chest"),
        ("sore neck", "neck"),
        ("my knee hurts", "knees"),
        ("pain in my knee", "knees"),
        ("stomach ache", "abdomen"),
        ("aching shoulders", "shoulders"),
        ("stiff shoulders", "shoulders"),
        ("headaches", "head"),
        ("leg pain", "calves"),
    ] {
        assert_eq!(first(query), Some(area), "{query}");
    }
    // A complaint word alone still finds what it words.
    assert!(first("pain").is_some());
    // Two areas in one search: each of them, by name first.
    let both: Vec<&str> = find("neck and shoulders")
        .iter()
        .map(|hit| hit.region.get().id)
        .collect();
    assert_eq!(both[..2], ["neck", "shoulders"], "{both:?}");
}

#[test]
fn search_puts_name_matches_first_and_says_which_word_matched() {
    let hits = find("knee");
    assert_eq!(hits[0].region, region("knees"));
    assert_eq!(hits[0].via, None);
    let sciatica = find("sciatica");
    assert_eq!(
        sciatica[0].via.map(str::to_lowercase),
        Some("sciatica".into())
    );
}

#[test]
fn an_empty_search_lists_every_region_and_nonsense_lists_none() {
    assert_eq!(find("").len(), RegionId::all().count());
    assert!(find("zzzz").is_empty());
    assert!(find("<script>").is_empty());
}

#[test]
fn a_search_of_only_spaces_or_punctuation_is_an_empty_search() {
    // The box shows no count and Enter chooses nothing, as when it is empty.
    for query in ["   ", "???", "-", "'", "\u{2019}", " - ' ", "\t", "..."] {
        assert!(is_blank(query), "{query:?} should count as an empty search");
        assert_eq!(find(query), find(""), "{query:?} lists every area");
    }
    // A phone's punctuation and spaces: dashes, curly quotes, ellipsis, no-break space.
    for query in [
        "\u{2014}",
        "\u{2013}",
        "\u{201c}\u{201d}",
        "\u{2026}",
        "\u{a0}",
        "\u{bf}?",
    ] {
        assert!(is_blank(query), "{query:?} should count as an empty search");
        assert_eq!(find(query), find(""), "{query:?} lists every area");
    }
    assert!(is_blank(""));
    for query in ["a", " knee ", "<script>", "?neck"] {
        assert!(!is_blank(query), "{query:?} is a search");
    }
    assert_eq!(
        find("\u{201c}knee\u{201d}\u{2026}")[0].region,
        region("knees"),
        "punctuation around a word"
    );
}

#[test]
fn search_finds_spine_ribs_toes_and_pelvis() {
    let ids = |q: &str| -> Vec<&str> { find(q).iter().map(|hit| hit.region.get().id).collect() };
    assert_eq!(ids("spine"), ["upper-back", "lower-back"]);
    assert_eq!(ids("ribs"), ["upper-back", "chest"]);
    assert_eq!(ids("toes"), ["feet"]);
    assert_eq!(ids("toe"), ["feet"]);
    assert_eq!(ids("pelvis"), ["hips"]);
    assert_eq!(ids("Spine"), ["upper-back", "lower-back"]);
    assert_eq!(find("toes")[0].via, Some("toes"));
}

#[test]
fn url_values_match_in_any_case_and_ignore_surrounding_spaces() {
    let state = |query: &str| AppState::from_route(Route::parse(query));
    for query in [
        "?region=Knees",
        "?region=KNEES",
        "?region=knees%20",
        "?region=%20Knees%20",
        "?region=+knees+",
        "?region=%09knees",
    ] {
        let state = state(query);
        assert_eq!(state.selected, Some(region("knees")), "{query}");
        assert!(!state.bad_link, "{query} should raise no notice");
    }
    let back = state("?region=Knees&view=%20Back");
    assert_eq!(
        (back.selected, back.view),
        (Some(region("knees")), View::Back)
    );
    assert!(!back.bad_link);
    let swedish = Some(Lens::Massage(massage("swedish")));
    for query in ["?massage=Swedish", "?massage=SWEDISH%20"] {
        let state = state(query);
        assert_eq!(state.lens, swedish, "{query}");
        assert!(!state.bad_link, "{query}");
    }
    let on_knees = Route::at(Page::from_file("knees.html").unwrap(), "?massage=Swedish");
    assert_eq!(
        (on_knees.lens, on_knees.had_unknown_value),
        (swedish, false)
    );
    let pain = state("?benefit=Pain");
    assert_eq!(
        pain.lens,
        Some(Lens::Benefit(
            BenefitId::all().find(|b| b.get().id == "pain").unwrap()
        ))
    );
    assert!(!pain.bad_link);
    // Genuinely unknown values still get the polite notice.
    for query in [
        "?region=Knee",
        "?region=%20",
        "?massage=Swedish-ish",
        "?view=Sideways",
    ] {
        assert!(state(query).bad_link, "{query} should raise the notice");
    }
    // Parameter names stay as written: `Region` is someone else's parameter.
    let other = state("?Region=knees&COUNTRY=nz");
    assert_eq!(
        (other.selected, other.place, other.bad_link),
        (None, None, false)
    );
    assert!(!other.unknown_country);
}

#[test]
fn country_codes_ignore_spaces_and_uk_means_gb() {
    let place = |query: &str| AppState::from_route(Route::parse(query)).place;
    let code = |code: &str| PlaceId::by_code(code).unwrap();
    assert_eq!(place("?country=nz%20"), Some(code("NZ")));
    assert_eq!(place("?country=+NZ"), Some(code("NZ")));
    assert_eq!(place("?country=gb-sct%20"), Some(code("GB-SCT")));
    for query in ["?country=uk", "?country=UK", "?country=Uk%20"] {
        let state = AppState::from_route(Route::parse(query));
        assert_eq!(
            (state.place, state.unknown_country),
            (Some(code("GB")), false),
            "{query}"
        );
    }
    let state = AppState::from_route(Route::parse("?country=ukk"));
    assert_eq!((state.place, state.unknown_country), (None, true));
    // The EU's own code for Greece.
    assert_eq!(place("?country=el"), Some(code("GR")));
    // An empty one names no country: no apology for it, and the browser's language still counts.
    for query in ["?country=", "?country=%20"] {
        let route = Route::parse(query).with_languages("en-NZ");
        let state = AppState::from_route(route);
        assert_eq!(
            (state.place, state.unknown_country),
            (Some(code("NZ")), false),
            "{query}"
        );
    }
}

#[test]
fn the_first_of_a_repeated_parameter_wins() {
    let state = |query: &str| AppState::from_route(Route::parse(query));
    assert_eq!(
        state("?region=neck&region=knees").selected,
        Some(region("neck"))
    );
    // Even when the first is unknown: the notice, and the second is not used.
    let unknown_first = state("?region=nope&region=knees");
    assert_eq!(
        (unknown_first.selected, unknown_first.bad_link),
        (None, true)
    );
    assert_eq!(state("?region=knees&view=back&view=front").view, View::Back);
    assert_eq!(
        state("?massage=swedish&massage=thai").lens,
        Some(Lens::Massage(massage("swedish")))
    );
    assert_eq!(
        state("?country=nz&country=us").place,
        PlaceId::by_code("NZ")
    );
    assert!(state("?embed=1&embed=0").embed);
    assert!(!state("?embed=0&embed=1").embed);
    assert!(!state("?embed=yes&embed=1").embed);
}
