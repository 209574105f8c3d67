//! The dataset loads, validates, and every rule of the validator catches what
//! it should, naming the file, the entry and the problem.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use massage_map_dataset::{load, Basis, Certainty, Urgency, FIGURE_AREAS, MAX_BRIEF};

const DEFAULT: &str = "data/massage-map.toml";
const MINI: &str = "tests/fixtures/mini.toml";
const CLINIC: &str = "data/examples/clinic.toml";

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Loads the mini fixture with one textual edit applied, returning the problems.
fn problems_after(find: &str, replace: &str) -> Vec<String> {
    let text = read(MINI);
    assert!(text.contains(find), "fixture lacks {find:?}");
    match load(MINI, &text.replacen(find, replace, 1)) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    }
}

fn assert_problem(problems: &[String], expected: &str) {
    assert!(
        problems.iter().any(|p| p == expected),
        "expected {expected:?} among {problems:#?}"
    );
}

#[test]
fn default_dataset_is_valid_and_covers_every_figure_area() {
    let data = load(DEFAULT, &read(DEFAULT)).unwrap_or_else(|p| panic!("{p:#?}"));
    for (area, ..) in FIGURE_AREAS {
        assert!(
            data.regions.iter().any(|r| r.id == *area),
            "no region for figure area {area}"
        );
    }
    assert_eq!(data.regions.len(), FIGURE_AREAS.len());
}

#[test]
fn default_dataset_has_the_source_articles_three_types_and_four_benefits() {
    let data = load(DEFAULT, &read(DEFAULT)).unwrap();
    for id in ["swedish", "deep-tissue", "trigger-point"] {
        assert!(data.modalities.iter().any(|m| m.id == id), "missing {id}");
    }
    let benefits: Vec<&str> = data.benefits.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(benefits, ["pain", "mobility", "wellbeing", "medication"]);
}

#[test]
fn default_dataset_knows_the_everyday_words_people_search_with() {
    let data = load(DEFAULT, &read(DEFAULT)).unwrap();
    let has = |region: &str, word: &str| {
        data.regions
            .iter()
            .find(|r| r.id == region)
            .is_some_and(|r| r.synonyms.iter().any(|s| s.eq_ignore_ascii_case(word)))
    };
    assert!(has("lower-back", "lumbar"));
    assert!(has("lower-back", "sciatica"));
    assert!(has("jaw", "TMJ"));
    assert!(has("neck", "text neck"));
    assert!(has("knees", "runner's knee"));
}

#[test]
fn default_dataset_words_evidence_no_stronger_than_the_sources() {
    // Saying what massage is not ("not a cure") is honest; claiming it is not.
    let text = read(DEFAULT).to_lowercase().replace("not a cure", "");
    for word in [
        "cure",
        "detox",
        "toxin",
        "flushes",
        "guarantee",
        "proven",
        "long-term relief",
    ] {
        assert!(!text.contains(word), "dataset says {word:?}");
    }
}

#[test]
fn the_red_flag_regions_send_people_to_a_doctor() {
    let data = load(DEFAULT, &read(DEFAULT)).unwrap();
    let region = |id: &str| data.regions.iter().find(|r| r.id == id).unwrap();
    for id in [
        "head",
        "neck",
        "chest",
        "upper-back",
        "abdomen",
        "lower-back",
        "calves",
    ] {
        assert!(!region(id).red_flags.is_empty(), "{id} has no red flag");
    }
    let says = |id: &str, urgency: Urgency, words: &[&str]| {
        region(id).red_flags.iter().any(|f| {
            let text = f.text.to_lowercase();
            f.urgency == urgency && words.iter().all(|w| text.contains(w))
        })
    };
    // Cauda equina signs and chest pain are emergencies; a swollen calf may be a clot.
    assert!(says("lower-back", Urgency::Emergency, &["numb", "bladder"]));
    assert!(says("chest", Urgency::Emergency, &["chest pain"]));
    assert!(region("calves")
        .red_flags
        .iter()
        .any(|f| f.text.to_lowercase().contains("swollen") && f.urgency <= Urgency::Urgent));
    assert!(region("head")
        .red_flags
        .iter()
        .any(|f| f.text.to_lowercase().contains("sudden")));
}

#[test]
fn warning_signs_have_the_levels_of_the_red_flag_sheet() {
    let data = load(DEFAULT, &read(DEFAULT)).unwrap();
    let level_of = |flags: &[massage_map_dataset::RedFlag], words: &[&str]| {
        flags
            .iter()
            .filter(|f| {
                let text = f.text.to_lowercase();
                words.iter().all(|w| text.contains(w))
            })
            .map(|f| f.urgency)
            .min()
            .unwrap_or_else(|| panic!("no warning sign mentions {words:?}"))
    };
    let region = |id: &str| &data.regions.iter().find(|r| r.id == id).unwrap().red_flags;
    // Neck pain with new neurological signs, or after an accident: an emergency, not "see a doctor".
    assert_eq!(
        level_of(region("neck"), &["weakness", "double vision"]),
        Urgency::Emergency
    );
    assert_eq!(
        level_of(region("neck"), &["swallowing"]),
        Urgency::Emergency
    );
    assert_eq!(level_of(region("neck"), &["injury"]), Urgency::Emergency);
    // A suddenly painful, swollen joint with fever: urgent.
    assert_eq!(
        level_of(region("knees"), &["swollen", "feverish"]),
        Urgency::Urgent
    );
    // Not able to bear weight after a fall or injury: urgent.
    assert_eq!(level_of(region("knees"), &["weight"]), Urgency::Urgent);
    // The abdomen's emergencies: sudden severe pain, vomiting blood, black poo.
    let abdomen = region("abdomen");
    assert_eq!(level_of(abdomen, &["sudden", "severe"]), Urgency::Emergency);
    assert_eq!(level_of(abdomen, &["vomiting blood"]), Urgency::Emergency);
    assert_eq!(level_of(abdomen, &["black"]), Urgency::Emergency);
    // A hot, swollen foot with diabetes: urgent; black toes are there.
    assert_eq!(
        level_of(region("feet"), &["diabetes", "swollen"]),
        Urgency::Urgent
    );
    assert!(level_of(region("feet"), &["black"]) <= Urgency::Urgent);
    // A suspected clot is a warning sign (urgent), not an item of the checklist.
    assert!(data
        .general_red_flags
        .iter()
        .any(|f| f.urgency == Urgency::Urgent && f.text.to_lowercase().contains("clot")));
    assert!(!data
        .before_you_book
        .iter()
        .any(|c| c.text.to_lowercase().contains("clot")));
}

#[test]
fn default_dataset_has_the_twelve_modalities_labelled_honestly() {
    let data = load(DEFAULT, &read(DEFAULT)).unwrap();
    let modality = |id: &str| {
        data.modalities
            .iter()
            .find(|m| m.id == id)
            .unwrap_or_else(|| panic!("missing modality {id}"))
    };
    for id in [
        "swedish",
        "deep-tissue",
        "trigger-point",
        "myofascial-release",
        "sports",
        "shiatsu",
        "thai",
        "hot-stone",
        "reflexology",
        "prenatal",
        "lymphatic-drainage",
        "craniosacral",
    ] {
        modality(id);
    }
    assert_eq!(modality("craniosacral").certainty, Certainty::Disputed);
    let drainage = modality("lymphatic-drainage").what.text.to_lowercase();
    assert!(drainage.contains("medical treatment") && drainage.contains("lymphoedema"));
    // Nothing here is known with high certainty.
    assert!(data
        .modalities
        .iter()
        .all(|m| m.certainty != Certainty::High));
}

#[test]
fn every_suggestion_says_whether_it_is_evidence_or_common_practice() {
    let data = load(DEFAULT, &read(DEFAULT)).unwrap();
    let suggestions = data.regions.iter().flat_map(|r| &r.suggestions);
    let (evidence, convention): (Vec<_>, Vec<_>) =
        suggestions.partition(|s| s.basis == Basis::Evidence);
    assert!(!evidence.is_empty() && !convention.is_empty());
    for s in evidence {
        assert!(s.certainty.is_some(), "{}", s.modality);
    }
}

#[test]
fn before_you_book_covers_the_general_cautions() {
    let data = load(DEFAULT, &read(DEFAULT)).unwrap();
    let text = data
        .before_you_book
        .iter()
        .map(|c| c.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    // The groups of red-flags.md section 5 a therapist has to be told about.
    let topics: [&[&str]; 10] = [
        &["blood thinner", "anticoagulant"],
        &["broken bone", "fracture"],
        &["surgery"],
        &["pregnan"],
        &["cancer"],
        &["numb", "sensation", "less feeling"],
        &["skin", "wound", "rash"],
        &["varicose"],
        &["older", "frail"],
        &["oil", "lotion", "allerg"],
    ];
    for words in topics {
        assert!(
            words.iter().any(|w| text.contains(w)),
            "the checklist says nothing about {words:?}"
        );
    }
}

#[test]
fn no_text_the_widget_shows_is_empty() {
    for path in [DEFAULT, CLINIC] {
        let data = load(path, &read(path)).unwrap();
        let mut texts: Vec<&str> = vec![&data.meta.title, &data.meta.disclaimer.text];
        texts.extend(data.before_you_book.iter().map(|c| c.text.as_str()));
        for m in &data.modalities {
            texts.extend(
                [
                    &m.name,
                    &m.what.text,
                    &m.pressure.text,
                    &m.evidence.text,
                    &m.caution.text,
                ]
                .map(String::as_str),
            );
        }
        for r in &data.regions {
            texts.extend([&r.name, &r.complaints.text, &r.caution.text].map(String::as_str));
            texts.extend(r.red_flags.iter().map(|f| f.text.as_str()));
            texts.extend(r.suggestions.iter().map(|s| s.why.text.as_str()));
        }
        assert!(texts.iter().all(|t| !t.trim().is_empty()), "{path}");
    }
}

#[test]
fn the_example_clinic_dataset_is_valid_and_offers_its_own_service() {
    let data = load(CLINIC, &read(CLINIC)).unwrap_or_else(|p| panic!("{p:#?}"));
    assert!(data
        .modalities
        .iter()
        .any(|m| m.id == "harbourside-desk-reset"));
    let neck = data.regions.iter().find(|r| r.id == "neck").unwrap();
    assert!(neck
        .suggestions
        .iter()
        .any(|s| s.modality == "harbourside-desk-reset"));
}

#[test]
fn an_evidence_label_needs_certainty() {
    let problems = problems_after(
        "basis = \"evidence\"\ncertainty = \"low\"\n",
        "basis = \"evidence\"\n",
    );
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: region 'lower-back': suggestion 'swedish' has basis \"evidence\" but no certainty",
    );
}

#[test]
fn a_finding_beside_the_brief_is_refused() {
    // What studies found is the brief: an old dataset's separate label would say it twice.
    let problems = problems_after(
        "basis = \"evidence\"\n",
        "basis = \"evidence\"\nfinding = \"short-term relief\"\n",
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown field `finding`")),
        "{problems:#?}"
    );
}

#[test]
fn common_practice_takes_no_evidence_label() {
    let problems = problems_after(
        "basis = \"convention\"",
        "basis = \"convention\"\ncertainty = \"low\"",
    );
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: region 'neck': suggestion 'swedish' is common practice, so it takes no certainty",
    );
}

#[test]
fn an_empty_checklist_and_an_unknown_urgency_are_reported() {
    let text = read(MINI);
    let start = text.find("[[before_you_book]]").unwrap();
    let end = start + text[start..].find("[[modalities]]").unwrap();
    let without = format!("before_you_book = []\n{}{}", &text[..start], &text[end..]);
    let problems = load(MINI, &without).unwrap_err();
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: before_you_book: the checklist is empty",
    );
    let problems = problems_after("urgency = \"doctor\"", "urgency = \"later\"");
    assert!(
        problems.len() == 1 && problems[0].contains("unknown variant `later`"),
        "{problems:#?}"
    );
}

#[test]
fn mini_fixture_is_valid() {
    load(MINI, &read(MINI)).unwrap_or_else(|p| panic!("{p:#?}"));
}

#[test]
fn unknown_modality_is_named_with_file_and_region() {
    let problems = problems_after("modality = \"swedish\"", "modality = \"swdish\"");
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: region 'neck': suggestion 'swdish' names unknown modality",
    );
}

#[test]
fn duplicate_id_is_reported() {
    let problems = problems_after("id = \"lower-back\"", "id = \"neck\"");
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: region 'neck': duplicate id",
    );
}

#[test]
fn region_without_suggestion_is_reported() {
    let text = read(MINI);
    let cut = text.rfind("[[regions.suggestions]]").unwrap();
    let problems = load(MINI, &text[..cut]).unwrap_err();
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: region 'lower-back': has no suggestion",
    );
}

#[test]
fn claim_without_source_is_reported() {
    let problems = problems_after(
        "complaints = { text = \"Stiffness.\", sources = [\"S1\"] }",
        "complaints = { text = \"Stiffness.\", sources = [] }",
    );
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: region 'neck': complaints has no source",
    );
}

#[test]
fn claim_citing_unknown_source_is_reported() {
    let problems = problems_after(
        "caution = { text = \"No forceful twisting.\", sources = [\"S1\"] }",
        "caution = { text = \"No forceful twisting.\", sources = [\"S9\"] }",
    );
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: region 'neck': caution cites unknown source 'S9'",
    );
}

#[test]
fn modality_suiting_no_region_is_reported() {
    let extra = "\n[[modalities]]\nid = \"hot-stone\"\nname = \"Hot stone\"\n\
        what = { text = \"Warm stones.\", sources = [\"S1\"] }\n\
        pressure = { text = \"Light.\", sources = [\"S1\"] }\n\
        evidence = { text = \"None found.\", sources = [\"S1\"] }\ncertainty = \"insufficient\"\n\
        caution = { text = \"Burns.\", sources = [\"S1\"] }\n";
    let text = read(MINI).replacen("[[regions]]", &format!("{extra}\n[[regions]]"), 1);
    let problems = load(MINI, &text).unwrap_err();
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: modality 'hot-stone': suits no region",
    );
}

#[test]
fn unused_source_empty_text_and_unknown_area_are_reported() {
    let uncited = read(MINI).replace("[\"S2\"]", "[\"S1\"]");
    let problems = load(MINI, &uncited).unwrap_err();
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: source 'S2': cited by no claim",
    );
    let problems = problems_after("text = \"Aching.\"", "text = \"  \"");
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: region 'lower-back': complaints has no text",
    );
    let problems = problems_after("id = \"lower-back\"", "id = \"tail\"");
    assert!(problems.iter().any(|p| p
        .starts_with("tests/fixtures/mini.toml: region 'tail': not an area of the body figure")));
}

#[test]
fn syntax_errors_name_the_file() {
    let problems = problems_after("[meta]", "[meta");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("tests/fixtures/mini.toml: "),
        "{problems:?}"
    );
}

#[test]
fn unknown_fields_are_rejected() {
    let problems = problems_after("name = \"Neck\"", "name = \"Neck\"\ncolour = \"red\"");
    assert!(
        problems[0].contains("unknown field `colour`"),
        "{problems:?}"
    );
}

#[test]
fn a_broken_dataset_stops_the_build_with_file_entry_and_reason() {
    let stderr = support::failed_check("MASSAGE_MAP_DATA", "tests/fixtures/broken.toml");
    assert!(
        stderr.contains(
            "error: tests/fixtures/broken.toml: region 'neck': suggestion 'shiatsu' names unknown modality"
        ),
        "{stderr}"
    );
}

#[test]
fn a_suggestion_says_why_in_one_short_line() {
    let long = "x".repeat(MAX_BRIEF + 1);
    let problems = problems_after(
        "brief = \"Relaxes the muscles\"",
        &format!("brief = \"{long}\""),
    );
    assert_problem(
        &problems,
        &format!("tests/fixtures/mini.toml: region 'neck': suggestion 'swedish' brief is longer than {MAX_BRIEF} characters (it is one line)"),
    );
    let problems = problems_after("brief = \"Relaxes the muscles\"", "brief = \" \"");
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: region 'neck': suggestion 'swedish' brief is empty",
    );
    let problems = problems_after("brief = \"Relaxes the muscles\"\n", "");
    assert!(
        problems.iter().any(|p| p.contains("missing field `brief`")),
        "{problems:#?}"
    );
}

#[test]
fn a_warning_sign_names_symptoms_only() {
    for (action, word) in [
        ("Numb arms: call 999", "999"),
        ("Numb arms: get an urgent GP appointment", "gp"),
        ("Numb arms: go to A&E", "a&e"),
        ("Numb arms: see a doctor", "see a doctor"),
    ] {
        let problems = problems_after("text = \"Numb arms\"", &format!("text = \"{action}\""));
        assert_problem(
            &problems,
            &format!("tests/fixtures/mini.toml: region 'neck': red flag 1 says '{word}': a warning sign names symptoms only; the app adds what to do from its urgency and the reader's country"),
        );
    }
    // Words that only contain one of those are fine ("recall", "111th" is not a number to call).
    assert!(problems_after(
        "text = \"Numb arms\"",
        "text = \"Numb arms you cannot recall injuring\""
    )
    .is_empty());
}

#[test]
fn the_country_table_names_real_countries_once_each() {
    let problems = problems_after("codes = [\"NZ\"]", "codes = [\"NZ\", \"XX\", \"UK\"]");
    for code in ["XX", "UK"] {
        assert_problem(
            &problems,
            &format!("tests/fixtures/mini.toml: country 'New Zealand': '{code}' is not an ISO 3166-1 alpha-2 country code (such as \"NZ\"), nor one of GB-ENG, GB-NIR, GB-SCT, GB-WLS"),
        );
    }
    let problems = problems_after("codes = [\"NZ\"]", "codes = [\"NZ\", \"NZ\"]");
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: country 'New Zealand': 'NZ' is listed for two countries",
    );
    let problems = problems_after(
        "urgent = \"Call Healthline today.\"\nsources = [\"S1\"]",
        "urgent = \"Call Healthline today.\"\nsources = []",
    );
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: country 'New Zealand': sources has no source",
    );
    // Every level has its default wording.
    let problems = problems_after("urgent = \"Get medical advice today.\"\n", "");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("missing field `urgent`")),
        "{problems:#?}"
    );
    let problems = problems_after(
        "doctor = \"See a doctor before having any massage.\"",
        "doctor = \" \"",
    );
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: countries.default: doctor is empty",
    );
}

#[test]
fn the_minimal_file_in_the_dataset_guide_is_valid() {
    let guide = read("docs/dataset.md");
    let start = guide
        .find("## A minimal complete file")
        .expect("the guide has its example");
    let code = &guide[start..];
    let code = &code[code.find("```toml\n").unwrap() + 8..];
    let code = &code[..code.find("```").unwrap()];
    load("docs/dataset.md", code).unwrap_or_else(|p| panic!("{p:#?}"));
}

#[test]
fn no_card_claims_less_medicine_and_its_highlight_says_why() {
    let data = load(DEFAULT, &read(DEFAULT)).unwrap();
    for region in &data.regions {
        for s in &region.suggestions {
            assert!(
                !s.benefits.iter().any(|b| b == "medication"),
                "{}: {}",
                region.id,
                s.modality
            );
        }
    }
    let medication = data.benefits.iter().find(|b| b.id == "medication").unwrap();
    assert!(
        medication.summary.text.starts_with("No area on this map"),
        "{}",
        medication.summary.text
    );
}

#[test]
fn no_neck_card_claims_pain_relief_which_the_2024_review_did_not_find_beyond_sham() {
    let data = load(DEFAULT, &read(DEFAULT)).unwrap();
    let neck = data.regions.iter().find(|r| r.id == "neck").unwrap();
    for s in &neck.suggestions {
        assert!(
            !s.benefits.iter().any(|b| b == "pain"),
            "neck: {}",
            s.modality
        );
    }
}

#[test]
fn a_review_or_a_check_older_than_a_year_is_a_warning_not_an_error() {
    use massage_map_dataset::stale;
    let text = read(MINI).replace("checked = \"2026-12-01\"", "checked = \"2025-06-30\"");
    let data = load(MINI, &text).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(
        stale(&data, (2026, 6, 30)),
        Vec::<String>::new(),
        "exactly a year is still fresh"
    );
    let warnings = stale(&data, (2026, 7, 1));
    assert!(
        warnings.contains(
            &"source 'S1': last checked on 2025-06-30, more than 12 months ago: check it again"
                .to_string()
        ),
        "{warnings:#?}"
    );
    assert!(
        !warnings.iter().any(|w| w.starts_with("meta")),
        "the review is recent: {warnings:#?}"
    );
    let problems = problems_after("checked = \"2026-12-01\"", "checked = \"2026-13-01\"");
    assert_problem(
        &problems,
        "tests/fixtures/mini.toml: source 'S1': checked \"2026-13-01\" is not a date (YYYY-MM-DD)",
    );
}

#[test]
fn every_warning_sign_has_a_short_name_for_the_summary() {
    let general = |fields: &str| {
        format!("general_red_flags = [{{ urgency = \"urgent\", text = \"Hot, swollen skin\", {fields}sources = [\"S1\"] }}]\n[meta]")
    };
    assert!(problems_after("[meta]", &general("short = \"Hot skin\", ")).is_empty());
    let problems = problems_after("[meta]", &general(""));
    assert_problem(&problems, "tests/fixtures/mini.toml: general_red_flags: red flag 1 has no short: the page's summary lists warning signs by it");
    let problems = problems_after(
        "[meta]",
        &general(&format!("short = \"{}\", ", "x".repeat(45))),
    );
    assert_problem(&problems, "tests/fixtures/mini.toml: general_red_flags: red flag 1 short is longer than 44 characters");
    let problems = problems_after("short = \"Numb arms\", ", "");
    assert_problem(&problems, "tests/fixtures/mini.toml: region 'neck': red flag 1 has no short: the page's summary lists warning signs by it");
    let problems = problems_after("short = \"Numb arms\"", "short = \"Numb arms; call 911\"");
    assert_problem(&problems, "tests/fixtures/mini.toml: region 'neck': red flag 1 short says '911': a warning sign names symptoms only; the app adds what to do from its urgency and the reader's country");
    let two =
        "{ urgency = \"doctor\", text = \"Numb arms\", short = \"Numb arms\", sources = [\"S1\"] }";
    let problems = problems_after(two, &format!("{two}, {two}"));
    assert_problem(&problems, "tests/fixtures/mini.toml: region 'neck': red flag 2 has the same short as another of its signs");
}

#[test]
fn no_card_claims_a_benefit_its_own_evidence_denies() {
    // "May help with: Reduced pain symptoms" under "One trial: no better than a placebo"
    // would say both; so would a chip beside evidence the reviews dispute.
    let data = load(DEFAULT, &read(DEFAULT)).unwrap();
    let denials = [
        "no better than a placebo",
        "no better than sham",
        "little or no",
        "evidence is disputed",
    ];
    for region in &data.regions {
        for s in &region.suggestions {
            let says = format!("{} {}", s.brief, s.why.text).to_lowercase();
            if let Some(denial) = denials.iter().find(|d| says.contains(*d)) {
                assert!(
                    s.benefits.is_empty(),
                    "{} / {}: says {denial:?} but offers {:?}",
                    region.id,
                    s.modality,
                    s.benefits
                );
            }
        }
    }
}

#[test]
fn a_sign_that_needs_one_service_names_a_route_for_its_level() {
    let route = |urgency: &str, text: &str| {
        format!("[[countries.routes]]\nid = \"midwife\"\nurgency = \"{urgency}\"\naction = {{ text = \"{text}\", sources = [\"S1\"] }}\n\n[countries.default]")
    };
    let sign = "short = \"Numb arms\", sources = [\"S1\"] }";
    let routed = "short = \"Numb arms\", sources = [\"S1\"], route = \"midwife\" }";
    let with = |urgency: &str, text: &str, sign_text: &str| {
        let text_file = read(MINI)
            .replacen("[countries.default]", &route(urgency, text), 1)
            .replacen(sign, sign_text, 1);
        load(MINI, &text_file).err().unwrap_or_default()
    };
    assert_eq!(
        with("doctor", "Contact your midwife now.", routed),
        Vec::<String>::new(),
        "a valid route"
    );
    assert_problem(
        &problems_after(sign, "short = \"Numb arms\", sources = [\"S1\"], route = \"nowhere\" }"),
        "tests/fixtures/mini.toml: region 'neck': the sign 'Numb arms' has route 'nowhere', which countries.routes does not define",
    );
    assert_problem(
        &with("urgent", "Contact your midwife now.", routed),
        "tests/fixtures/mini.toml: region 'neck': the sign 'Numb arms' is Doctor but its route 'midwife' is for Urgent signs",
    );
    // Shown in every country, so never one country's numbers or services.
    for (text, word) in [
        ("Call 111 or your GP now.", "111"),
        ("Go to A&E today.", "a&e"),
    ] {
        assert_problem(
            &with("doctor", text, routed),
            &format!("tests/fixtures/mini.toml: route 'midwife': action says '{word}', which readers in other countries do not use"),
        );
    }
    assert_problem(
        &with("doctor", "Contact your midwife now.", sign),
        "tests/fixtures/mini.toml: route 'midwife': no warning sign takes it",
    );
}
