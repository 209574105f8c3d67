use crate::content::{Claim, SOURCES};
use yew::prelude::*;

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
pub fn cite(claim: &Claim, cited: &[u8]) -> Html {
    let numbers: Vec<String> = claim
        .sources
        .iter()
        .filter_map(|s| cited.iter().position(|c| c == s))
        .map(|n| (n + 1).to_string())
        .collect();
    html! {
        <>
            { claim.text }
            // A word joiner keeps the source numbers on the line of the text they back.
            { "\u{2060}" }
            <sup class="mm-cite" title="Source numbers, listed under Sources">{ format!("[{}]", numbers.join(", ")) }</sup>
        </>
    }
}

/// The numbered list of cited works (a plain view function).
pub fn sources_list(cited: &[u8]) -> Html {
    let links = crate::browser::can_open_links();
    let items = cited.iter().map(|index| {
        let source = &SOURCES[*index as usize];
        let link = source.url.map(|url| {
            if links {
                html! { <> { " " }<a href={url} target="_blank" rel="noopener noreferrer">{ "Open source" }<span class="sr-only">{ " (opens in a new tab)" }</span></a></> }
            } else {
                html! { <> { " " }<span class="mm-url">{ url }</span></> }
            }
        });
        html! { <li key={source.id}>{ source.citation }{ link }</li> }
    });
    html! {
        <details class="mm-sources">
            <summary>{ format!("Sources ({})", cited.len()) }</summary>
            <ol>{ for items }</ol>
        </details>
    }
}
