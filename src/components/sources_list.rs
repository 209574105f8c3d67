use crate::content::{Claim, SOURCES};
use crate::locale::{fill, STRINGS};
use crate::markup::Markup;

/// Sources cited in a panel, numbered in the order claims first cite them.
pub fn collect<'a>(claims: impl IntoIterator<Item = &'a Claim>) -> Vec<u8> {
    let mut cited = Vec::new();
    for claim in claims {
        for source in claim.sources {
            if !cited.contains(source) {
                cited.push(*source);
            }
        }
    }
    cited
}

/// A claim's text followed by its source numbers.
pub fn cite(m: &mut Markup, claim: &Claim, cited: &[u8]) {
    cite_sources(m, claim.text, claim.sources, cited);
}

/// `text` with the numbers of `sources`, as `cite` writes a claim.
pub fn cite_sources(m: &mut Markup, text: &str, sources: &[u8], cited: &[u8]) {
    // A word joiner keeps the source numbers on the line of the text they back.
    m.text(text)
        .markup("\u{2060}<sup class=\"mm-cite\" title=\"")
        .text(STRINGS.cite_title)
        .markup("\">[");
    // In the order of the list, so ascending without a sort.
    let numbers: Vec<usize> = (1..=cited.len())
        .filter(|n| sources.contains(&cited[n - 1]))
        .collect();
    // Three or more in a row are a range, as citations are written ("[24–28]"):
    // the long lists of a summary would otherwise take a line of their own.
    // No-break spaces: a citation breaks across lines only when it is wider
    // than a whole line (large text), where the panel breaks anything.
    let mut separator = "";
    for run in numbers.chunk_by(|a, b| *b == a + 1) {
        match run {
            [from, .., to] if run.len() >= 3 => {
                m.markup(separator)
                    .number(*from)
                    .markup("\u{2013}")
                    .number(*to);
            }
            _ => {
                for number in run {
                    m.markup(separator).number(*number);
                    separator = ",\u{a0}";
                }
            }
        }
        separator = ",\u{a0}";
    }
    m.markup("]</sup>");
}

/// The numbered list of cited works, in a disclosure of its own.
pub fn sources_list(m: &mut Markup, cited: &[u8]) {
    m.markup(r#"<details class="mm-sources"><summary>"#);
    sources_summary(m, cited.len());
    m.markup("</summary>");
    sources_items(m, cited);
    m.markup("</details>");
}

/// "Sources (12)".
pub fn sources_summary(m: &mut Markup, count: usize) {
    m.text(&fill(
        STRINGS.sources_count,
        &[("count", &count.to_string())],
    ));
}

/// The numbered works themselves. In a sandboxed frame, where new tabs are
/// blocked, addresses are shown as text to copy.
pub fn sources_items(m: &mut Markup, cited: &[u8]) {
    let links = crate::browser::can_open_links();
    m.markup("<ol>");
    for index in cited {
        let source = &SOURCES[*index as usize];
        m.markup("<li>").text(source.citation);
        match source.url {
            Some(url) if links => m
                .markup(r#" <a href=""#)
                .text(url)
                .markup(r#"" target="_blank" rel="noopener noreferrer">"#)
                .text(STRINGS.open_source)
                .markup(r#"<span class="sr-only">"#)
                .text(STRINGS.opens_in_new_tab)
                .markup("</span></a>"),
            Some(url) => m
                .markup(r#" <span class="mm-url">"#)
                .text(url)
                .markup("</span>"),
            None => m,
        };
        m.markup("</li>");
    }
    m.markup("</ol>");
}

#[cfg(test)]
mod tests {
    use super::cite_sources;
    use crate::markup::Markup;

    fn numbers(sources: &[u8], cited: &[u8]) -> String {
        let mut m = Markup::default();
        cite_sources(&mut m, "", sources, cited);
        let html = m.as_str();
        html[html.find('[').unwrap() + 1..html.find(']').unwrap()].replace('\u{a0}', " ")
    }

    #[test]
    fn a_citation_lists_its_numbers_in_order_with_runs_of_three_as_ranges() {
        let cited = [40, 41, 42, 43, 44, 45, 46];
        assert_eq!(numbers(&[44, 42, 43, 41], &cited), "2\u{2013}5");
        assert_eq!(numbers(&[41, 40], &cited), "1, 2");
        assert_eq!(numbers(&[46, 40, 42, 43, 44], &cited), "1, 3\u{2013}5, 7");
        assert_eq!(numbers(&[45], &cited), "6");
    }
}
