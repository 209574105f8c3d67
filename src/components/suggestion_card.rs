use crate::components::region_answer::page_link;
use crate::components::sources_list::cite;
use crate::content::{Basis, CertaintyLabel, Modality, Suggestion};
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
        Some((certainty, finding)) => m
            .markup(r#"<span class="basis" data-basis="evidence">Evidence: "#)
            .text(certainty.label())
            .markup(", ")
            .text(finding),
        None => m.markup(r#"<span class="basis" data-basis="convention">Common practice"#),
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
    modality_facts(m, modality, cited);
    if !suggestion.benefits.is_empty() {
        m.markup(r#"<p class="mm-may-help">May help with:</p><ul class="mm-chips" aria-label="Benefits">"#);
        for benefit in suggestion.benefits {
            m.markup(r#"<li class="mm-chip">"#)
                .text(benefit.get().name)
                .markup("</li>");
        }
        m.markup("</ul>");
    }
    m.markup(r#"<p class="mm-more-about">"#);
    let page = Page::home(Subject::Massage(suggestion.modality));
    page_link(
        m,
        page,
        &format!("{}: every area it may help", modality.name),
    );
    m.markup("</p>");
}

/// What a massage type is, its pressure, what studies show and who should check first.
pub fn modality_facts(m: &mut Markup, modality: &'static Modality, cited: &[u8]) {
    let pressure_label = match modality.pressure_basis {
        Basis::Convention => "Typical pressure and feel (common practice)",
        Basis::Evidence => "Typical pressure and feel",
    };
    m.markup(r#"<dl class="mm-facts"><dt>What it is</dt><dd>"#);
    cite(m, &modality.what, cited);
    m.markup("</dd><dt>")
        .markup(pressure_label)
        .markup("</dt><dd>");
    cite(m, &modality.pressure, cited);
    m.markup(r#"</dd><dt>What studies show</dt><dd><span class="mm-certainty">"#)
        .text(modality.certainty.heading())
        .markup(": </span>");
    cite(m, &modality.evidence, cited);
    m.markup("</dd><dt>Check first</dt><dd>");
    cite(m, &modality.caution, cited);
    m.markup("</dd></dl>");
}
