use crate::components::region_answer::page_link;
use crate::components::sources_list::cite;
use crate::content::{Basis, CertaintyLabel, Modality, Suggestion};
use crate::locale::{fill, STRINGS};
use crate::markup::Markup;
use crate::route::{Page, Subject};

/// A suggested massage type as the answer's summary shows it: its name, the
/// evidence label that tells study from convention, and why in one line
/// (with the sources of the full why).
pub fn suggestion_head(m: &mut Markup, suggestion: &'static Suggestion, cited: &[u8]) {
    let modality = suggestion.modality.get();
    m.markup(r#"<span class="suggestion-head"><h3>"#)
        .text(modality.name)
        .markup("</h3>");
    evidence_label(m, suggestion);
    m.markup(r#"</span><span class="brief">"#);
    let brief = crate::content::Claim {
        text: suggestion.brief,
        sources: suggestion.why.sources,
    };
    cite(m, &brief, cited);
    m.markup("</span>");
}

/// Evidence for this area, or plainly common practice: never blurred.
pub fn evidence_label(m: &mut Markup, suggestion: &'static Suggestion) {
    match suggestion.evidence {
        Some(certainty) => m
            .markup(r#"<span class="basis" data-basis="evidence">"#)
            .text(&fill(
                STRINGS.evidence_label,
                &[("certainty", certainty.label())],
            )),
        None => m
            .markup(r#"<span class="basis" data-basis="convention">"#)
            .text(STRINGS.common_practice),
    };
    m.markup("</span>");
}

/// What opening a suggestion shows: why in full, what the massage is, its
/// pressure, what studies show, the benefits it may offer, who should check first.
pub fn suggestion_detail(m: &mut Markup, suggestion: &'static Suggestion, cited: &[u8]) {
    let modality = suggestion.modality.get();
    m.markup(r#"<p class="why">"#);
    cite(m, &suggestion.why, cited);
    m.markup("</p>");
    modality_facts(m, modality, STRINGS.what_studies_show_anywhere, cited);
    if !suggestion.benefits.is_empty() {
        m.markup(r#"<p class="mm-may-help">"#)
            .text(STRINGS.may_help_with)
            .markup(r#"</p><ul class="mm-chips" aria-label=""#)
            .text(STRINGS.benefits_label)
            .markup(r#"">"#);
        for benefit in suggestion.benefits {
            m.markup(r#"<li class="mm-chip">"#)
                .text(benefit.get().name)
                .markup("</li>");
        }
        m.markup("</ul>");
    }
    m.markup(r#"<p class="mm-more-about">"#);
    let page = Page::home(Subject::Massage(suggestion.modality));
    let text = fill(STRINGS.more_about_massage, &[("massage", modality.name)]);
    page_link(m, page, &text);
    m.markup("</p>");
}

/// What a massage type is, its pressure, what studies show and who should check first.
/// `studies` heads what studies show: in a suggestion's details, that they
/// are of this type anywhere, not of the area.
pub fn modality_facts(m: &mut Markup, modality: &'static Modality, studies: &str, cited: &[u8]) {
    let pressure_label = match modality.pressure_basis {
        Basis::Convention => STRINGS.pressure_convention,
        Basis::Evidence => STRINGS.pressure_evidence,
    };
    m.markup(r#"<dl class="mm-facts"><dt>"#)
        .text(STRINGS.what_it_is)
        .markup("</dt><dd>");
    cite(m, &modality.what, cited);
    m.markup("</dd><dt>")
        .text(pressure_label)
        .markup("</dt><dd>");
    cite(m, &modality.pressure, cited);
    m.markup("</dd><dt>")
        .text(studies)
        .markup(r#"</dt><dd><span class="mm-certainty">"#)
        .text(modality.certainty.heading())
        .markup(": </span>");
    cite(m, &modality.evidence, cited);
    m.markup("</dd><dt>")
        .text(STRINGS.check_first)
        .markup("</dt><dd>");
    cite(m, &modality.caution, cited);
    m.markup("</dd></dl>");
}
