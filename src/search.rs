//! Finding regions by everyday words ("sciatica", "runner's knee", "TMJ").

use crate::content::RegionId;

/// A region that matches a query, and the word that matched when it was a synonym.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub region: RegionId,
    pub via: Option<&'static str>,
}

/// Regions matching `query`, best first: name matches before synonym
/// matches, then head-to-toe order. An empty or blank query (see `is_blank`)
/// matches every region.
pub fn find(query: &str) -> Vec<Hit> {
    let query = normalize(query);
    let by_name = RegionId::all()
        .filter(|r| query.is_empty() || matches(&normalize(r.get().name), &query))
        .map(|region| Hit { region, via: None });
    let mut hits: Vec<Hit> = by_name.collect();
    let by_synonym = RegionId::all()
        .filter(|r| !hits.iter().any(|hit| hit.region == *r))
        .filter_map(|region| {
            let synonym = region
                .get()
                .synonyms
                .iter()
                .find(|s| matches(&normalize(s), &query))?;
            Some(Hit {
                region,
                via: Some(*synonym),
            })
        })
        .collect::<Vec<_>>();
    hits.extend(by_synonym);
    hits
}

/// A query with no letter or digit (`   `, `???`, `-`, `'`) searches for
/// nothing: the search box treats it as empty, with no count and nothing for
/// Enter to choose, and `find` lists every region for it.
pub fn is_blank(query: &str) -> bool {
    normalize(query).is_empty()
}

/// Every query word starts a word of the candidate ("low back" finds
/// "lower back", "knee" finds "runner's knee").
fn matches(candidate: &str, query: &str) -> bool {
    let words: Vec<&str> = candidate.split(' ').collect();
    query
        .split(' ')
        .all(|q| words.iter().any(|w| w.starts_with(q)))
}

/// Lowercase letters and digits, words split by single spaces; apostrophes
/// vanish so "runners knee" and "runner's knee" agree. Other non-ASCII
/// characters are kept as written (Unicode case tables would cost more bytes
/// than they earn), except the punctuation and spaces phones and word
/// processors type (no-break space, `¿`, `«`, dashes, curly quotes, `…`),
/// which separate words like ASCII punctuation does.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let separator = matches!(c, '\u{a0}'..='\u{bf}' | '\u{2000}'..='\u{206f}' | '\u{3000}');
        if c == '\'' || c == '\u{2019}' {
            continue;
        } else if c.is_ascii_alphanumeric() || !(c.is_ascii() || separator) {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.truncate(out.trim_end().len());
    out
}
