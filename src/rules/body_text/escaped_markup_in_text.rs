//! `escaped-markup-in-text`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports article text in which an HTML tag appears as visible characters. That happens when
    /// the markup was escaped once too often: the source holds `&lt;b&gt;earth&lt;/b&gt;`, and the reader
    /// sees "<b>earth</b>" instead of bold text. Text escaped twice (`&amp;lt;b&amp;gt;`, seen as
    /// "&lt;b&gt;") shows no `<` and is not reported.
    ///
    /// A tag here is `<`, an optional `/`, one of the names `a`, `b`, `blockquote`, `br`, `cite`, `div`,
    /// `em`, `figure`, `h1`, `h2`, `h3`, `i`, `img`, `li`, `p`, `small`, `span`, `strong`, `sub`, `sup`,
    /// `u` or `ul` (in any letter case), then `>`, `/>`, or a space with a `>` somewhere after it: `<b>`,
    /// `</em>`, `<a href="…">`, `<br/>`. Text such as "3 < 5 > 2", "<Jane>" or "<table>" is not
    /// reported. Each text node (the text between two tags) that shows at least one such tag is one
    /// finding, at the first escaped `<` in it (from the `&` of `&lt;` to the `;` of the next `&gt;`),
    /// or at the text's first character when the `<` was not written as an escape.
    ///
    /// Judged: every text under `<body>`, header and footer included (title, subtitle, kicker, bylines,
    /// paragraphs, lists, quotes, captions, credits), and text in `<code>` and `<pre>` too. Not judged:
    /// the content of `<iframe>`, `<script>`, `<style>`, `<template>`, `<noscript>`, `<textarea>` and
    /// `<title>` elements. The item's RSS `<description>` is `item-description-not-plain-text`'s.
    ///
    /// ## Why it matters
    /// Readers see the tags as text: "Peace on <b>earth</b>" in a headline instead of the formatting. It
    /// is a common output of CMS templates that escape a field which already holds HTML, and it appears in
    /// the official SDK's own test output and in the WordPress plugin's, as well as in an SDK issue about
    /// titles showing `&lt;em&gt;`. Rule and severity (inferred): a rendering defect seen in real output,
    /// not a Facebook check.
    ///
    /// ## Bad
    /// ```html
    /// <p>The bank raised rates for the &lt;b&gt;third&lt;/b&gt; time this year.</p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The bank raised rates for the <b>third</b> time this year.</p>
    /// ```
    ///
    /// ## Source
    /// SDK `tests/Facebook/InstantArticles/Transformer/custom-html-ia.xml` and
    /// Automattic/facebook-instant-articles-wp `tests/Facebook/InstantArticles/Transformer/wp-ia.xml`
    /// (escaped `&lt;b&gt;` in the title); SDK issue #28 (titles showing `&lt;em&gt;`). RULES.md B-37,
    /// A-19; Resolutions 19, 38.
    pub static ESCAPED_MARKUP_IN_TEXT = {
        name: "escaped-markup-in-text",
        category: BodyText,
        severity: Warning,
        summary: "article text that shows HTML tags as characters, such as `&lt;b&gt;`",
        check: Article(check),
    }
}

use crate::article::flags::{IN_BODY, IN_RAW};

const TAGS: [&str; 22] = [
    "b",
    "i",
    "em",
    "strong",
    "a",
    "p",
    "br",
    "span",
    "u",
    "sup",
    "sub",
    "h1",
    "h2",
    "h3",
    "div",
    "small",
    "cite",
    "ul",
    "li",
    "img",
    "figure",
    "blockquote",
];

/// Whether decoded text holds something that reads as a tag: `<b>`, `</em>`, `<a href=...>`.
fn looks_like_markup(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let at = i + p + 1;
        let rest = &text[at..];
        let name_start = usize::from(rest.starts_with('/'));
        let name: String = rest[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if !name.is_empty() {
            let after = &rest[name_start + name.len()..];
            let closes = after.starts_with('>')
                || after.starts_with(" ") && after.contains('>')
                || after.starts_with("/>");
            if closes && TAGS.contains(&name.to_ascii_lowercase().as_str()) {
                return true;
            }
        }
        i = at;
    }
    false
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &d in a.text_nodes() {
        if a.flags(d) & (IN_RAW | IN_BODY) != IN_BODY {
            continue;
        }
        let node = a.node(d);
        // Only a text with a `<` can show a tag.
        if node.text_facts() & crate::article::text_facts::LT == 0 {
            continue;
        }
        let Some(text) = node.text() else {
            continue;
        };
        if looks_like_markup(text)
            && let Some(span) = escape_span(a, d).or_else(|| a.text_span(d))
        {
            ctx.report(
                span,
                "the text shows escaped markup such as `&lt;b&gt;` as literal tags",
            )
            .help("write the markup itself (<b>...</b>) or plain text, not escaped tags");
        }
    }
}

/// The source of the first escaped tag in a text node: from the `&` of `&lt;`
/// to the `;` of its `&gt;`.
fn escape_span(a: &Article<'_>, text: NodeId) -> Option<crate::source::Span> {
    let start = a.text_start(text)?;
    let rest = &a.html[start..];
    let end = rest.find('<').unwrap_or(rest.len());
    let rest = &rest[..end];
    let lower = rest.to_ascii_lowercase();
    let open = ["&lt;", "&#60;", "&#x3c;"]
        .iter()
        .filter_map(|o| lower.find(o))
        .min()?;
    let close = ["&gt;", "&#62;", "&#x3e;"]
        .iter()
        .filter_map(|c| lower[open..].find(c).map(|i| open + i + c.len()))
        .min()?;
    Some(a.source_span(start + open, start + close))
}
