//! The text version of Massage Map, `fallback.html`: every region's answer,
//! rendered ahead of time with Yew's server renderer from the app's own
//! `RegionAnswer` component, for browsers where the WebAssembly app cannot
//! start. `scripts/build.mjs` runs it for every release build (with the
//! build's `MASSAGE_MAP_DATA`) and the page's boot script shows it in place of
//! the app when WebAssembly is missing or fails.
//!
//! ```sh
//! cargo run --example fallback -- --stylesheet ./app-0123abcd.css [--script ./boot-0123abcd.js] [--csp "default-src 'self'"] > fallback.html
//! ```
//!
//! The page has no inline script or style, so it works under the same
//! Content-Security-Policy as the app. Everything the boot script takes is
//! inside `#mm-text-version`.

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match text_version::Options::parse(&args) {
        Ok(options) => print!("{}", text_version::page(&options).await),
        Err(problem) => {
            eprintln!("fallback: {problem}\nusage: fallback --stylesheet <href> [--script <href>] [--csp <policy>]");
            std::process::exit(2);
        }
    }
}

/// The server renderer is a native-only feature; the example has nothing to do on wasm32.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod text_version {
    use massage_map::components::region_answer::{Props, RegionAnswer};
    use massage_map::content::{RegionId, META};
    use std::fmt::Write;
    use yew::LocalServerRenderer;

    /// Attributes that hold one id, or a space-separated list of ids.
    const ID_ATTRIBUTES: [&str; 5] = [
        "id",
        "for",
        "aria-labelledby",
        "aria-describedby",
        "aria-controls",
    ];
    /// The intro's paragraph about tapping the figure, which this page does not have.
    const INTRO: &str = r#"<p class="mm-intro">"#;

    pub struct Options {
        /// The app's stylesheet, as index.html links it (`./app-<hash>.css`).
        pub stylesheet: String,
        /// The page script (`./boot-<hash>.js`): theme, accent and the height
        /// for a host frame, as on the app's page; none when empty.
        pub script: String,
        /// The Content-Security-Policy for a `<meta>`; none when empty.
        pub csp: String,
    }

    impl Options {
        pub fn parse(args: &[String]) -> Result<Options, String> {
            let mut options = Options {
                stylesheet: String::new(),
                script: String::new(),
                csp: String::new(),
            };
            let mut args = args.iter();
            while let Some(flag) = args.next() {
                let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
                match flag.as_str() {
                    "--stylesheet" => options.stylesheet = value.clone(),
                    "--script" => options.script = value.clone(),
                    "--csp" => options.csp = value.clone(),
                    _ => return Err(format!("unknown argument {flag}")),
                }
            }
            if options.stylesheet.is_empty() {
                return Err("--stylesheet is required".into());
            }
            Ok(options)
        }
    }

    async fn answer(region: Option<RegionId>) -> String {
        LocalServerRenderer::<RegionAnswer>::with_props(Props { region })
            .hydratable(false)
            .render()
            .await
    }

    /// The whole page.
    pub async fn page(options: &Options) -> String {
        let title = escape(META.title);
        let mut html = String::new();
        let _ = write!(
            html,
            r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
{csp}<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>{title}: text version</title>
<link rel="stylesheet" href="{stylesheet}">
</head>
<body>
<div id="mm-text-version" class="mm-app">
<header class="mm-header">
<h1>{title}</h1>
<p class="mm-tagline">The text version of the body map: for every area of the body, the kinds of massage that may help, why, what to watch out for, and the warning signs that need a doctor first.</p>
</header>
<main>
"#,
            csp = if options.csp.is_empty() {
                String::new()
            } else {
                format!(
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n",
                    escape(&options.csp)
                )
            },
            stylesheet = escape(&options.stylesheet),
        );

        // The intro: disclaimer, what massage can and cannot do, the checklist.
        let intro = replace_intro(&answer(None).await);
        section(&mut html, "intro", &intro, false);

        // The table of contents, head to toe, as the app's list orders them.
        html.push_str(
            "<nav id=\"mm-areas\" class=\"mm-finder\" aria-labelledby=\"mm-areas-title\">\n\
             <h2 id=\"mm-areas-title\" class=\"mm-finder-title\">Areas of the body</h2>\n\
             <ul class=\"mm-region-list\">\n",
        );
        for region in RegionId::all().map(RegionId::get) {
            let _ = writeln!(
                html,
                r##"<li><a class="mm-region-button" href="#mm-area-{id}">{name}</a></li>"##,
                id = region.id,
                name = escape(region.name)
            );
        }
        html.push_str("</ul>\n</nav>\n");

        for id in RegionId::all() {
            section(&mut html, id.get().id, &answer(Some(id)).await, true);
        }
        html.push_str("</main>\n</div>\n");
        if !options.script.is_empty() {
            let _ = writeln!(
                html,
                r#"<script src="{}"></script>"#,
                escape(&options.script)
            );
        }
        html.push_str("</body>\n</html>\n");
        html
    }

    /// One answer as a section named by its own heading, its ids made unique
    /// on the page.
    fn section(html: &mut String, slug: &str, answer: &str, back_link: bool) {
        let _ = writeln!(
            html,
            r#"<section id="mm-area-{slug}" class="mm-panel" aria-labelledby="mm-panel-title-{slug}">"#
        );
        html.push_str(&suffix_ids(answer, slug));
        html.push_str("\n</section>\n");
        if back_link {
            html.push_str("<p><a href=\"#mm-areas\">Back to the list of areas</a></p>\n");
        }
    }

    /// The intro tells people to tap the figure; here they choose from the list.
    fn replace_intro(answer: &str) -> String {
        let Some(start) = answer.find(INTRO) else {
            return answer.to_string();
        };
        let Some(len) = answer[start..].find("</p>") else {
            return answer.to_string();
        };
        format!(
            "{}{INTRO}Choose an area of the body from the list below. Every area says which kinds of massage may help and why, the typical pressure, what to watch out for, and the warning signs that need a doctor first.{}",
            &answer[..start],
            &answer[start + len..]
        )
    }

    /// Every answer reuses the same ids (`mm-panel-title`, `mm-red-flags`…):
    /// appends `-{slug}` to each id and to every reference to one.
    pub fn suffix_ids(html: &str, slug: &str) -> String {
        let mut out = String::with_capacity(html.len() + 256);
        let mut rest = html;
        'scan: while !rest.is_empty() {
            for name in ID_ATTRIBUTES {
                let pattern = format!(" {name}=\"");
                if rest.starts_with(&pattern) {
                    let value_start = pattern.len();
                    let Some(len) = rest[value_start..].find('"') else {
                        break 'scan;
                    };
                    let ids: Vec<String> = rest[value_start..value_start + len]
                        .split_whitespace()
                        .map(|id| format!("{id}-{slug}"))
                        .collect();
                    let _ = write!(out, "{pattern}{}\"", ids.join(" "));
                    rest = &rest[value_start + len + 1..];
                    continue 'scan;
                }
            }
            if rest.starts_with(" href=\"#") {
                let Some(len) = rest[8..].find('"') else {
                    break 'scan;
                };
                let _ = write!(out, " href=\"#{}-{slug}\"", &rest[8..8 + len]);
                rest = &rest[8 + len + 1..];
                continue;
            }
            let next = rest.chars().next().map_or(1, char::len_utf8);
            out.push_str(&rest[..next]);
            rest = &rest[next..];
        }
        out.push_str(rest);
        out
    }

    fn escape(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        massage_map::markup::escape_into(&mut out, text);
        out
    }
}
