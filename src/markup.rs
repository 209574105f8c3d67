//! The answer panel written as one HTML string. It is static text with no
//! listeners: the browser's parser builds it faster, and in far less code,
//! than a virtual DOM tree of a few hundred nodes.

use yew::{AttrValue, Html};

/// HTML under construction. `markup` takes tags written in this crate;
/// every string from the dataset goes through `text`, which escapes it for
/// text and for double-quoted attribute values alike.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Tags and fixed attributes written in this crate, never dataset text.
    pub fn markup(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Text, or the value of an attribute written in double quotes.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.0, text);
        self
    }

    /// A count or a source number, without the formatting machinery.
    pub fn number(&mut self, number: usize) -> &mut Self {
        if number >= 10 {
            self.number(number / 10);
        }
        self.0.push(char::from(b'0' + (number % 10) as u8));
        self
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The markup, to keep and show again with `Html::from_html_unchecked`.
    pub fn into_value(self) -> AttrValue {
        AttrValue::from(self.0)
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(self.into_value())
    }
}

/// Appends `text` to `out` escaped for HTML text and double-quoted attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => "&quot;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn dataset_text_cannot_inject_markup() {
        let mut m = Markup::default();
        m.markup("<a title=\"")
            .text("\"><script>alert(1)</script>&amp;")
            .markup("\">")
            .number(120)
            .markup("</a>");
        assert_eq!(
            m.as_str(),
            "<a title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;\">120</a>"
        );
    }
}
