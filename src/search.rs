//! Finding regions by everyday words ("sciatica", "runner's knee", "TMJ").

use crate::content::RegionId;
use crate::locale::STRINGS;

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
    let words = meaningful(&query);
    let all = find_words(&words, true);
    if all.is_empty() && words.len() > 1 {
        // "neck and shoulders": each area one of the words names.
        find_words(&words, false)
    } else {
        all
    }
}

/// The query's words without those every complaint is worded with ("pain",
/// "sore", "my"…, the locale's `search_ignored_words`), unless that is all it has.
fn meaningful(query: &str) -> Vec<&str> {
    let ignored: Vec<&str> = STRINGS.search_ignored_words.split(' ').collect();
    let all: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
    let kept: Vec<&str> = all
        .iter()
        .copied()
        .filter(|w| !ignored.contains(w))
        .collect();
    if kept.is_empty() {
        all
    } else {
        kept
    }
}

/// Regions whose name, else one synonym, has every word of `words` (`every`)
/// or at least one of them.
fn find_words(words: &[&str], every: bool) -> Vec<Hit> {
    let matches = |candidate: &str| {
        let candidate = normalize(candidate);
        let candidate: Vec<&str> = candidate.split(' ').collect();
        let has = |q: &&str| candidate.iter().any(|w| starts(w, q));
        words.is_empty()
            || if every {
                words.iter().all(has)
            } else {
                words.iter().any(has)
            }
    };
    let by_name = RegionId::all()
        .filter(|r| matches(r.get().name))
        .map(|region| Hit { region, via: None });
    let mut hits: Vec<Hit> = by_name.collect();
    let by_synonym = RegionId::all()
        .filter(|r| !hits.iter().any(|hit| hit.region == *r))
        .filter_map(|region| {
            let synonym = region.get().synonyms.iter().find(|s| matches(s))?;
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

/// A query word starts the candidate's word ("low" finds "lower", "knee"
/// finds "knees"), also without a plural's final s ("headaches" finds
/// "headache", "legs" finds "leg cramps").
fn starts(word: &str, query_word: &str) -> bool {
    let singular = query_word
        .strip_suffix('s')
        .filter(|s| s.chars().count() >= 3);
    word.starts_with(query_word) || singular.is_some_and(|s| word.starts_with(s))
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
