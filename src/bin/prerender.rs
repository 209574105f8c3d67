//! Writes every page of the site ahead of time with Yew's server renderer:
//! the intro on each view, every region on each view and every massage type,
//! each complete without JavaScript and taken over by the app when it runs.
//! `scripts/build.mjs` runs it for every release build, with the page
//! template it has filled with the hashed file names.
//!
//! ```sh
//! cargo run --profile prerender --bin prerender -- --template page.html --out dist [--base-url https://example.org/map/]
//! ```
//!
//! With `--base-url` (the public address of the folder) each page also gets
//! its canonical link, Open Graph and Twitter card tags with an image of the
//! figure (`images/<page>.png`), and an oEmbed discovery link; the site gets
//! `sitemap.xml`. Any problem stops it with a message and exit status 1.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match site::Options::parse(&args) {
        Ok(options) => site::write(&options).await,
        Err(problem) => Err(format!(
            "{problem}\nusage: prerender --template <page.html> --out <folder> [--base-url <url>] [--fallback <fallback.js>]"
        )),
    };
    match result {
        Ok(count) => println!("prerender: {count} pages"),
        Err(problem) => {
            eprintln!("prerender: {problem}");
            std::process::exit(1);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod site {
    use massage_map::components::app::{App, Props};
    use massage_map::content::{RegionId, META};
    use massage_map::figure_art::{ViewArt, BACK, FRONT};
    use massage_map::locale::{fill, STRINGS};
    use massage_map::markup::escape_into;
    use massage_map::pages;
    use massage_map::route::{old_links_json, Page, Route, Subject};
    use massage_map::state::{AppState, View};
    use std::collections::HashSet;
    use std::fmt::Write;
    use std::path::PathBuf;

    /// The places in the template this fills; each must be there exactly once.
    const APP: &str = r#"<div id="app"></div>"#;
    const HEAD_END: &str = "</head>";
    const CHARSET: &str = "<meta charset";
    /// Followed by the page's language, which is the locale's.
    const LANG: &str = "<html lang=\"";
    /// The size link previews ask for.
    const IMAGE: (u32, u32) = (1200, 630);

    pub struct Options {
        template: PathBuf,
        out: PathBuf,
        base_url: Option<String>,
        /// static/fallback.js, which gets the locale's words.
        fallback: Option<PathBuf>,
    }

    /// Where static/fallback.js takes the locale's words, exactly once.
    const FALLBACK_TEXT: &str = "/* locale */ {}";

    /// Each locale key and its text, the key named once.
    macro_rules! keyed {
        ($($key:ident),* $(,)?) => { [$((stringify!($key), STRINGS.$key)),*] };
    }

    /// The words fallback.js shows (`TEXT.key` there).
    fn fallback_text() -> [(&'static str, &'static str); 6] {
        keyed![
            fallback_stopped,
            fallback_reload,
            fallback_file_title,
            fallback_file_serve,
            fallback_file_hosted,
            fallback_file_published,
        ]
    }

    /// `script` (static/fallback.js) with the locale's words in place of
    /// `FALLBACK_TEXT`, as a JSON object.
    fn localised_fallback(script: &str) -> Result<String, String> {
        if script.matches(FALLBACK_TEXT).count() != 1 {
            return Err(format!(
                "fallback.js must hold {FALLBACK_TEXT} exactly once"
            ));
        }
        let text = fallback_text();
        // A word the script asks for and the locale does not give would show as "undefined".
        for (at, _) in script.match_indices("TEXT.") {
            let key: String = script[at + 5..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !text.iter().any(|(k, _)| *k == key) {
                return Err(format!(
                    "fallback.js asks for TEXT.{key}, which prerender.rs does not fill"
                ));
            }
        }
        let fields: Vec<String> = text
            .iter()
            .map(|(key, text)| format!("{}: {}", json(key), json(text)))
            .collect();
        let object = format!("/* locale */ {{ {} }}", fields.join(", "));
        Ok(script.replace(FALLBACK_TEXT, &object))
    }

    impl Options {
        pub fn parse(args: &[String]) -> Result<Options, String> {
            let (mut template, mut out, mut base_url, mut fallback) = (None, None, None, None);
            let mut args = args.iter();
            while let Some(flag) = args.next() {
                let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
                match flag.as_str() {
                    "--template" => template = Some(PathBuf::from(value)),
                    "--out" => out = Some(PathBuf::from(value)),
                    "--base-url" if !value.is_empty() => base_url = Some(value.clone()),
                    "--base-url" => {}
                    "--fallback" => fallback = Some(PathBuf::from(value)),
                    _ => return Err(format!("unknown argument {flag}")),
                }
            }
            let base_url = base_url
                .map(|url| {
                    let ok = (url.starts_with("https://") || url.starts_with("http://"))
                        && url.ends_with('/')
                        && !url.contains(['?', '#', '"', '<', '>', ' ']);
                    ok.then_some(url.clone()).ok_or(format!(
                        "--base-url {url:?} is not the http(s) address of a folder, ending in '/'"
                    ))
                })
                .transpose()?;
            Ok(Options {
                template: template.ok_or("--template is required")?,
                out: out.ok_or("--out is required")?,
                base_url,
                fallback,
            })
        }
    }

    /// Writes every page (and with a base URL, the images, oEmbed and the
    /// sitemap); returns how many pages.
    pub async fn write(options: &Options) -> Result<usize, String> {
        let template = std::fs::read_to_string(&options.template)
            .map_err(|e| format!("cannot read {}: {e}", options.template.display()))?;
        for marker in [
            APP,
            HEAD_END,
            CHARSET,
            LANG,
            "<title>",
            "<meta name=\"description\"",
        ] {
            if template.matches(marker).count() != 1 {
                return Err(format!(
                    "{} must hold {marker} exactly once",
                    options.template.display()
                ));
            }
        }
        let all = Page::all();
        check_names(&all)?;
        let out = |name: &str| options.out.join(name);
        if options.base_url.is_some() {
            std::fs::create_dir_all(out("images")).map_err(|e| format!("images/: {e}"))?;
        }
        for page in &all {
            let html = page_html(&template, *page, options.base_url.as_deref()).await?;
            write_file(&out(&page.file()), html.as_bytes())?;
        }
        if let Some(path) = &options.fallback {
            let script = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            write_file(&out("fallback.js"), localised_fallback(&script)?.as_bytes())?;
        }
        if let Some(base) = &options.base_url {
            let canonical: Vec<Page> = all
                .iter()
                .copied()
                .filter(|p| *p == p.canonical())
                .collect();
            for page in &canonical {
                write_file(&out(&image_file(*page)), &image(*page)?)?;
                write_file(&out(&oembed_file(*page)), oembed(*page, base).as_bytes())?;
            }
            write_file(&out("sitemap.xml"), sitemap(&canonical, base).as_bytes())?;
        }
        Ok(all.len())
    }

    fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
        std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// Every page has a name of its own that reads back as that page: a
    /// clinic's region called `back` or `massage-swedish` would clash.
    fn check_names(all: &[Page]) -> Result<(), String> {
        let mut seen = HashSet::new();
        for page in all {
            let file = page.file();
            if !seen.insert(file.clone()) || Page::from_file(&file) != Some(*page) {
                return Err(format!(
                    "two pages would be called {file}: rename the region or massage type whose id makes it"
                ));
            }
        }
        Ok(())
    }

    fn escape(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        escape_into(&mut out, text);
        out
    }

    /// The page's address: the folder itself for the intro.
    fn url(page: Page, base: &str) -> String {
        match page.file().as_str() {
            "index.html" => base.to_string(),
            file => format!("{base}{file}"),
        }
    }

    fn stem(page: Page) -> String {
        page.file().trim_end_matches(".html").to_string()
    }

    fn image_file(page: Page) -> String {
        format!("images/{}.png", stem(page))
    }

    fn oembed_file(page: Page) -> String {
        match page.subject {
            Subject::Intro => "oembed.json".into(),
            _ => format!("oembed-{}.json", stem(page)),
        }
    }

    async fn page_html(template: &str, page: Page, base: Option<&str>) -> Result<String, String> {
        let props = Props {
            page,
            address: base.unwrap_or_default().into(),
            ..Props::default()
        };
        let body = yew::LocalServerRenderer::<App>::with_props(props)
            .render()
            .await;
        let body = answer_links(&body, page);
        let title = escape(&pages::title(page));
        let description = escape(&pages::description(page));
        let mut head = String::new();
        if let Some(base) = base {
            let canonical = page.canonical();
            let address = escape(&url(canonical, base));
            let image = escape(&format!("{base}{}", image_file(canonical)));
            let _ = write!(
                head,
                r#"<link rel="canonical" href="{address}">
<link rel="alternate" type="application/json+oembed" href="{oembed}" title="{title}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{description}">
<meta property="og:url" content="{address}">
<meta property="og:image" content="{image}">
<meta property="og:image:width" content="{width}">
<meta property="og:image:height" content="{height}">
<meta property="og:image:alt" content="{alt}">
<meta name="twitter:card" content="summary_large_image">
"#,
                oembed = escape(&format!("{base}{}", oembed_file(canonical))),
                site = escape(META.title),
                width = IMAGE.0,
                height = IMAGE.1,
                alt = escape(&image_alt(canonical)),
            );
        }
        let mut html = template.to_string();
        let at = html.find(LANG).unwrap_or_default() + LANG.len();
        let end = at + html[at..].find('"').ok_or("<html lang> is not closed")?;
        html.replace_range(at..end, &escape(STRINGS.html_lang));
        // Links from before every area had its page (`?region=knees`) reached the
        // folder: boot.js, early in <head>, sends them on with this table.
        if page.subject == Subject::Intro {
            let at = html.find(CHARSET).unwrap_or_default() + CHARSET.len();
            let end = at + html[at..].find('>').ok_or("<meta charset> is not closed")? + 1;
            html.insert_str(
                end,
                &format!(
                    r#"<script type="application/json" id="mm-old-links">{}</script>"#,
                    old_links_json()
                ),
            );
        }
        let at = html.find("<title>").unwrap_or_default();
        let end = html[at..]
            .find("</title>")
            .ok_or("the template's <title> is not closed")?;
        html.replace_range(
            at..at + end + "</title>".len(),
            &format!("<title>{title}</title>"),
        );
        let at = html.find("<meta name=\"description\"").unwrap_or_default();
        let end = html[at..]
            .find('>')
            .ok_or("the description <meta> is not closed")?;
        html.replace_range(
            at..=at + end,
            &format!(r#"<meta name="description" content="{description}">"#),
        );
        html = html.replacen(HEAD_END, &format!("{head}{HEAD_END}"), 1);
        let app = format!(r#"<div id="app" data-page="{}">{body}</div>"#, page.file());
        Ok(html.replacen(APP, &app, 1))
    }

    /// The answer's links to other pages, as the app sets them once it runs
    /// (`RegionPanel`): on this page's view, a region's with the lens.
    fn answer_links(body: &str, page: Page) -> String {
        let state = AppState::from_route(Route::of_page(page));
        let mut out = body.to_string();
        for target in Page::all() {
            let file = escape(&target.file());
            let written = format!(r#"href="{file}" data-page="{file}""#);
            let href = escape(&state.link_to(target, ""));
            out = out.replace(&written, &format!(r#"href="{href}" data-page="{file}""#));
        }
        out
    }

    /// The regions a page's image marks: its region, or those its massage type suits.
    fn marked(page: Page) -> Vec<RegionId> {
        let route = Route::of_page(page);
        match (route.region, route.lens) {
            (Some(region), _) => vec![region],
            (None, Some(lens)) => RegionId::all().filter(|r| lens.matches(*r)).collect(),
            (None, None) => Vec::new(),
        }
    }

    fn image_alt(page: Page) -> String {
        let view = ("view", page.view.in_sentence());
        match page.subject {
            Subject::Intro => fill(STRINGS.image_alt_intro, &[view]),
            Subject::Region(region) => fill(
                STRINGS.image_alt_region,
                &[view, ("area", region.get().name)],
            ),
            Subject::Massage(massage) => fill(
                STRINGS.image_alt_massage,
                &[view, ("massage", massage.get().name)],
            ),
        }
    }

    /// The figure with the page's region (or the areas its massage type
    /// suits) marked, in the light theme's colours, as a PNG for link previews.
    fn image(page: Page) -> Result<Vec<u8>, String> {
        let art: &ViewArt = match page.view {
            View::Front => &FRONT,
            View::Back => &BACK,
        };
        let marked: Vec<&str> = marked(page).iter().map(|r| r.get().id).collect();
        let (width, height) = IMAGE;
        // The figure (200 x 440 units) fills the height, centred.
        let scale = (height as f32 - 40.0) / 440.0;
        let left = (width as f32 - 200.0 * scale) / 2.0;
        let mut svg = format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"><rect width="{width}" height="{height}" fill="#f5f7f9"/><g transform="translate({left} 20) scale({scale})"><clipPath id="c"><path d="{s}"/></clipPath><path d="{s}" fill="#e2e8ee"/><g clip-path="url(#c)" stroke="#aab6c2" stroke-width="0.8" stroke-linejoin="round">"##,
            s = art.silhouette
        );
        for area in art.areas {
            let fill = if marked.contains(&area.id) {
                "#d4e5f8"
            } else {
                "#e2e8ee"
            };
            for part in area.parts {
                let _ = write!(svg, r#"<path d="{}" fill="{fill}"/>"#, part.d);
            }
        }
        svg.push_str(r##"</g><g fill="none" stroke="#aab6c2" stroke-width="0.8">"##);
        for d in art.details {
            let _ = write!(svg, r#"<path d="{d}"/>"#);
        }
        let _ = write!(
            svg,
            r##"</g><path d="{}" fill="none" stroke="#6f7d8a" stroke-width="1.2"/><g clip-path="url(#c)" fill="none" stroke="#0a56a5" stroke-width="3.2" stroke-linejoin="round">"##,
            art.silhouette
        );
        for area in art.areas.iter().filter(|a| marked.contains(&a.id)) {
            for part in area.parts {
                let _ = write!(svg, r#"<path d="{}"/>"#, part.d);
            }
        }
        svg.push_str("</g></g></svg>");
        let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
            .map_err(|e| format!("the figure for {} is not valid SVG: {e}", page.file()))?;
        let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).ok_or("no pixmap")?;
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::default(),
            &mut pixmap.as_mut(),
        );
        pixmap
            .encode_png()
            .map_err(|e| format!("cannot encode the image for {}: {e}", page.file()))
    }

    /// The oEmbed response for a page: one rich embed, absolute URLs, so a
    /// blogger can paste the knees page into a post about knee pain.
    fn oembed(page: Page, base: &str) -> String {
        let address = url(page, base);
        let title = pages::title(page);
        let separator = if address.contains('?') { '&' } else { '?' };
        let html = format!(
            r#"<blockquote class="wp-embedded-content"><a href="{a}">{t}</a></blockquote><iframe src="{src}" width="100%" height="720" frameborder="0" title="{t}"></iframe>"#,
            a = escape(&address),
            t = escape(&title),
            src = escape(&format!("{address}{separator}embed=1")),
        );
        format!(
            "{{\n  \"version\": \"1.0\",\n  \"type\": \"rich\",\n  \"provider_name\": {},\n  \"provider_url\": {},\n  \"title\": {},\n  \"width\": 800,\n  \"height\": 720,\n  \"html\": {}\n}}\n",
            json(META.title),
            json(base),
            json(&title),
            json(&html)
        )
    }

    fn json(text: &str) -> String {
        let mut out = String::from('"');
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }

    fn sitemap(pages: &[Page], base: &str) -> String {
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for page in pages {
            let _ = writeln!(xml, "  <url><loc>{}</loc></url>", escape(&url(*page, base)));
        }
        xml.push_str("</urlset>\n");
        xml
    }
}
