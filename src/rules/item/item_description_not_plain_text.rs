//! `item-description-not-plain-text`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The item's `<description>` is a plain-text summary. The rule takes its text as the feed gives it (a
    /// CDATA section as it stands, escaped text with its entities decoded once) and reports it when it
    /// contains something shaped like a start or end tag: a `<`, an optional `/`, a name of ASCII letters
    /// and digits that starts with a letter, then `>`, `/>`, or whitespace with a `>` somewhere after it
    /// (`<p>`, `<a href="…">`, `</strong>`, `<br/>`). Any such name counts, not only names of HTML
    /// elements. A `<` that does not open such a tag, as in "rates < 2%", is plain text, and so is an HTML
    /// comment (`<!-- … -->`).
    ///
    /// One finding per description, at the first `<` in its text as written, or in escaped text at the
    /// first `&lt;` or `&#60;` (the whole reference). Entities that decode to ordinary characters (`&amp;`,
    /// `&#8217;`) are fine. A missing or empty `<description>` is not reported: the element is optional.
    ///
    /// Not reported here: the article HTML in `content:encoded` (its form is `item-content-not-cdata`'s);
    /// tags that appear as visible text inside the article (`escaped-markup-in-text`).
    ///
    /// ## Why it matters
    /// Facebook's feed documentation describes `description` as "a summary of your article, in plain text
    /// form". Where the summary is shown as text, HTML in it shows up as literal `<p>` and `<strong>`
    /// characters; other readers strip the tags, with unpredictable spacing. Instant Articles did not
    /// require the element, so this is advice: info.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>A clean article</title>
    /// <link>https://example.com/news/clean-1/</link>
    /// <guid isPermaLink="true">https://example.com/news/clean-1/</guid>
    /// <pubDate>Sun, 01 Jun 2025 17:30:00 +0000</pubDate>
    /// <author>Jane Doe</author>
    /// <description><![CDATA[<p>The central bank raised its main rate for the <strong>third</strong> time.</p>]]></description>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// </head>
    /// <body>
    /// <article>
    /// <header>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
    /// </article>
    /// </body>
    /// </html>]]></content:encoded>
    /// </item>
    /// ```
    ///
    /// ## Good
    /// ```xml
    /// <item>
    /// <title>A clean article</title>
    /// <link>https://example.com/news/clean-1/</link>
    /// <guid isPermaLink="true">https://example.com/news/clean-1/</guid>
    /// <pubDate>Sun, 01 Jun 2025 17:30:00 +0000</pubDate>
    /// <author>Jane Doe</author>
    /// <description>The central bank raised its main rate for the third time.</description>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// </head>
    /// <body>
    /// <article>
    /// <header>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
    /// </article>
    /// </body>
    /// </html>]]></content:encoded>
    /// </item>
    /// ```
    ///
    /// ## Source
    /// Docs setup-rss-feed element table ("A summary of your article, in plain text form"), as copied in
    /// Financial-Times/ft-facebook-instant `server/lib/feed.js`. RULES.md A-19; Resolutions 19, 38.
    pub static ITEM_DESCRIPTION_NOT_PLAIN_TEXT = {
        name: "item-description-not-plain-text",
        category: Item,
        severity: Info,
        summary: "an item `<description>` that contains HTML tags",
        check: Item(check),
    }
}

use crate::feed::Item;

/// Whether text holds an HTML tag (`<p>`, `</b>`, `<br/>`, `<a href=...>`).
fn has_tag(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let at = i + p + 1;
        let rest = &t[at..];
        let name_start = usize::from(rest.starts_with('/'));
        let name: String = rest[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if !name.is_empty() && name.as_bytes()[0].is_ascii_alphabetic() {
            let after = &rest[name_start + name.len()..];
            if after.starts_with('>')
                || after.starts_with("/>")
                || (after.starts_with(char::is_whitespace) && after.contains('>'))
            {
                return true;
            }
        }
        i = at;
    }
    false
}

fn check(item: &Item, _article: Option<&Article<'_>>, ctx: &mut Context<'_>) {
    let Some(d) = &item.description else { return };
    if has_tag(&d.text) {
        ctx.report(
            first_tag(item, d.text_span),
            "the item's <description> holds HTML, not plain text",
        )
        .help("write the summary as plain text, without tags");
    }
}

/// Where the first tag is written: its `<` (in CDATA) or the `&` of its `&lt;`.
fn first_tag(item: &Item, text: crate::source::Span) -> crate::source::Span {
    let rel = |o: u64| (o.saturating_sub(item.base.offset) as usize).min(item.bytes.len());
    let hay = &item.bytes[rel(text.start)..rel(text.end)];
    let candidates = [
        memchr::memmem::find(hay, b"&lt;"),
        memchr::memmem::find(hay, b"&#60;"),
        memchr::memchr(b'<', hay),
    ];
    match candidates.into_iter().flatten().min() {
        Some(i) => {
            let start = text.start + i as u64;
            let len = if hay[i] == b'<' {
                1
            } else {
                hay[i..]
                    .iter()
                    .position(|&b| b == b';')
                    .map_or(1, |p| p + 1)
            };
            crate::source::Span::new(start, start + len as u64)
        }
        None => text,
    }
}
