use crate::components::sources_list::cite;
use crate::content::{Basis, CertaintyLabel, Suggestion};
use crate::markup::Markup;

/// A suggested massage type as the answer's summary shows it: its name, the
/// evidence label that tells study from convention, and why in one line
/// (with the sources of the full why).
pub fn suggestion_head(m: &mut Markup, suggestion: &'static Suggestion, cited: &[u8]) {
    let modality = suggestion.modality.get();
    m.markup(r#"<span class="suggestion-head"><h3>"#)
        .text(modality.name)
        .markup("</h3>");
    // Evidence for this area, or plainly common practice: never blurred.
    match suggestion.evidence {
        Some((certainty, finding)) => m
            .markup(r#"<span class="basis" data-basis="evidence">Evidence: "#)
            .text(certainty.label())
            .markup(", ")
            .text(finding),
        None => m.markup(r#"<span class="basis" data-basis="convention">Common practice"#),
    };
    m.markup(r#"</span></span><span class="brief">"#);
    let brief = crate::content::Claim {
        text: suggestion.brief,
        sources: suggestion.why.sources,
    };
    cite(m, &brief, cited);
    m.markup("</span>");
}

/// What opening a suggestion shows: why in full, what the massage is, its
/// pressure, what studies show, the benefits it may offer, who should check first.
pub fn suggestion_detail(m: &mut Markup, suggestion: &'static Suggestion, cited: &[u8]) {
    let modality = suggestion.modality.get();
    let pressure_label = match modality.pressure_basis {
        Basis::Convention => "Typical pressure and feel (common practice)",
        Basis::Evidence => "Typical pressure and feel",
    };
    m.markup(r#"<p class="why">"#);
    cite(m, &suggestion.why, cited);
    m.markup(r#"</p><dl class="mm-facts"><dt>What it is</dt><dd>"#);
    cite(m, &modality.what, cited);
    m.markup("</dd><dt>")
        .markup(pressure_label)
        .markup("</dt><dd>");
    cite(m, &modality.pressure, cited);
    m.markup(r#"</dd><dt>What studies show</dt><dd><span class="mm-certainty">"#)
        .text(modality.certainty.heading())
        .markup(": </span>");
    cite(m, &modality.evidence, cited);
    m.markup("</dd>");
    if !suggestion.benefits.is_empty() {
        m.markup(r#"<dt>May help with</dt><dd><ul class="mm-chips" aria-label="Benefits">"#);
        for benefit in suggestion.benefits {
            m.markup(r#"<li class="mm-chip">"#)
                .text(benefit.get().name)
                .markup("</li>");
        }
        m.markup("</ul></dd>");
    }
    m.markup("<dt>Check first</dt><dd>");
    cite(m, &modality.caution, cited);
    m.markup("</dd></dl>");
}
