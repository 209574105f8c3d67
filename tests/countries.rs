//! What a warning sign tells the reader to do, by where they are: the
//! country in the link, else their browser's language, else neutral words.

#![cfg(not(target_arch = "wasm32"))]

use massage_map::components::region_answer::{Props, RegionAnswer};
use massage_map::content::{actions, PlaceId, RegionId, DEFAULT_ACTIONS, PLACES};
use massage_map::route::{Page, Route, Subject};
use massage_map::state::AppState;
use yew::LocalServerRenderer;

fn place(code: &str) -> PlaceId {
    PlaceId::by_code(code).unwrap_or_else(|| panic!("no place for {code}"))
}

#[test]
fn the_country_comes_from_the_link_then_the_browser_language() {
    let at = |query: &str, languages: &str| {
        AppState::from_route(Route::at(Page::INTRO, query).with_languages(languages))
    };
    assert_eq!(
        at("?country=nz", "en-US").place,
        Some(place("NZ")),
        "the link wins"
    );
    assert_eq!(
        at("?country=NZ", "").place,
        Some(place("NZ")),
        "in any case"
    );
    assert_eq!(at("?country=gb-sct", "").place, Some(place("GB-SCT")));
    assert_eq!(at("", "en-NZ,en").place, Some(place("NZ")));
    assert_eq!(at("", "fr-FR").place, Some(place("FR")), "the EU's wording");
    assert_eq!(
        at("", "en,de").place,
        None,
        "no region in the first languages: neutral"
    );
    assert_eq!(at("", "").place, None);
    // An unknown code: the neutral wording, with a note; never the browser's guess instead.
    let state = at("?country=zz", "en-NZ");
    assert_eq!((state.place, state.unknown_country), (None, true));
    // Not ours to write: every link keeps it as it was.
    let route = Route::at(Page::from_file("knees.html").unwrap(), "?country=nz");
    assert_eq!(route.to_url("?country=nz"), "knees.html?country=nz");
}

#[test]
fn no_reader_sees_a_number_or_service_of_another_country() {
    let words =
        |a: &massage_map::content::Actions| format!("{} {} {}", a.emergency, a.urgent, a.doctor);
    let neutral = words(&DEFAULT_ACTIONS);
    assert!(!neutral.chars().any(|c| c.is_ascii_digit()), "{neutral}");
    for service in ["GP", "A&E", "NHS"] {
        assert!(!neutral.contains(service), "{neutral}");
    }
    let nz = actions(Some(place("NZ")));
    assert!(nz.emergency.contains("111"), "{}", nz.emergency);
    assert!(nz.urgent.contains("Healthline"), "{}", nz.urgent);
    let us = words(actions(Some(place("US"))));
    assert!(
        us.contains("911") && !us.contains("GP") && !us.contains("111") && !us.contains("999"),
        "{us}"
    );
    for place in PLACES
        .iter()
        .filter(|p| !p.codes.iter().any(|c| c.starts_with("GB")))
    {
        let text = words(&place.actions);
        assert!(!text.contains("NHS"), "{}: {text}", place.name);
        assert!(
            !text.contains("999") || place.codes.contains(&"IE"),
            "{}: {text}",
            place.name
        );
    }
    // Australia: healthdirect, and the states' own lines where they have one.
    let au = actions(Some(place("AU")));
    for line in ["1800 022 222", "NURSE-ON-CALL on 1300 60 60 24", "13HEALTH"] {
        assert!(au.urgent.contains(line), "{}", au.urgent);
    }
    // Every place the issue names has its own wording.
    for code in ["GB", "GB-SCT", "GB-NIR", "IE", "US", "CA", "AU", "NZ", "DE"] {
        PlaceId::by_code(code).unwrap_or_else(|| panic!("no wording for {code}"));
    }
}

async fn answer(region: &str, place: Option<PlaceId>) -> String {
    let region = RegionId::by_slug(region).unwrap();
    LocalServerRenderer::<RegionAnswer>::with_props(Props {
        subject: Subject::Region(region),
        place,
        unknown_country: false,
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn each_urgency_says_what_to_do_where_the_reader_is_and_no_massage_when_urgent() {
    let neutral = answer("neck", None).await;
    let nz = answer("neck", Some(place("NZ"))).await;
    let emergency = |html: &str| {
        let at = html
            .find(r#"data-urgency="emergency""#)
            .expect("neck has emergency signs");
        html[at..at + html[at..].find("</p>").unwrap()].to_string()
    };
    assert!(
        emergency(&neutral).contains("Call your local emergency number now."),
        "{}",
        emergency(&neutral)
    );
    assert!(
        emergency(&nz).contains("Call 111 now."),
        "{}",
        emergency(&nz)
    );
    assert!(emergency(&nz).contains("Don't book a massage."));
    // The warning signs come before any suggestion.
    assert!(nz.find("mm-red-flags").unwrap() < nz.find(r#"class="suggestion""#).unwrap());
}

/// The urgent level of an answer: what to do, then its signs, up to the next level.
fn urgent_level(html: &str) -> &str {
    let at = html
        .find(r#"data-urgency="urgent""#)
        .expect("an urgent level");
    let end = html[at..]
        .find(r#"data-urgency="doctor""#)
        .map_or(html.len(), |n| at + n);
    &html[at..end]
}

#[tokio::test]
async fn a_pregnancy_sign_goes_to_a_midwife_and_an_achilles_snap_to_urgent_care_in_every_country() {
    for place in [
        None,
        Some(place("GB")),
        Some(place("US")),
        Some(place("NZ")),
    ] {
        for (region, sign, route) in [
            (
                "lower-back",
                "Pregnant: spotting, pains, less movement",
                "Contact your midwife, maternity unit or doctor now.",
            ),
            (
                "knees",
                "Pregnant: spotting, pains, less movement",
                "Contact your midwife, maternity unit or doctor now.",
            ),
            (
                "calves",
                "Sudden snap at the back of the calf or ankle",
                "Go to an urgent care centre or an emergency department today.",
            ),
        ] {
            let html = answer(region, place).await;
            let level = urgent_level(&html);
            let country = level
                .find(actions(place).urgent)
                .unwrap_or_else(|| panic!("{region}: the country's urgent wording: {level}"));
            let service = level
                .find(route)
                .unwrap_or_else(|| panic!("{region}: {route}: {level}"));
            let at = level
                .find(sign)
                .unwrap_or_else(|| panic!("{region}: {sign}: {level}"));
            assert!(
                country < service && service < at,
                "{region}: the sign follows its service, after the level's other signs: {level}"
            );
            assert_eq!(level.matches(sign).count(), 1, "{region}: once: {level}");
            assert_eq!(
                level.matches("Don't book a massage.").count(),
                1,
                "{region}: said once for the level: {level}"
            );
        }
    }
}
