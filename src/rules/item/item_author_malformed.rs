//! `item-author-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Each `<author>` element of an item holds the name of one person; several authors get one `<author>`
    /// element each. The rule reports, once per `<author>` element, at its text (from the first to the
    /// last non-whitespace character):
    ///
    /// - an e-mail address: a word of the text (ignoring surrounding `<`, `>`, `(`, `)` and `,`) that
    ///   contains both `@` and `.`, as in `jane@example.com` or the RSS 2.0 form `jane@example.com (Jane
    ///   Doe)`;
    /// - several names in one element: the text contains a semicolon, the word ` and ` (lower case,
    ///   between spaces), ` & `, or a comma followed by anything but a name suffix. So `Jane Doe, Bob Roe`,
    ///   `Jane Doe and Bob Roe`, `Reuters and AFP`, `Doe, Jane` and `Jane Doe, Staff Writer` are all
    ///   reported: the element holds one name, written as it should be shown.
    ///
    /// The suffixes `Jr`, `Sr`, `II`, `III`, `IV`, `PhD` and `MD` (with or without a final `.`) after a
    /// comma are part of the name: `Martin Luther King, Jr.` is not reported. An element with both problems
    /// gets one finding, for the e-mail address.
    ///
    /// Not reported here: a missing or empty `<author>` (the element is optional); other elements such as
    /// `dc:creator`; the bylines in the article, written as `<address>` in its header, which are judged by
    /// `author-malformed`.
    ///
    /// ## Why it matters
    /// Facebook's feed documentation defines `author` as the "name of the person who wrote the article.
    /// Use multiple `<author>` elements for multiple authors". A list of names in one element is read as a
    /// single person with a long name, and an e-mail address is shown as a name or published where it was
    /// not meant to be. Instant Articles did not require the element and took the byline from the
    /// article's `<address>` elements, so this is advice: info.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>A clean article</title>
    /// <link>https://example.com/news/clean-1/</link>
    /// <guid isPermaLink="true">https://example.com/news/clean-1/</guid>
    /// <pubDate>Sun, 01 Jun 2025 17:30:00 +0000</pubDate>
    /// <author>jane@example.com (Jane Doe), Bob Roe</author>
    /// <description>A short summary of the article.</description>
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
    /// <author>Bob Roe</author>
    /// <description>A short summary of the article.</description>
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
    /// Docs setup-rss-feed element table ("Name of the person who wrote the article. Use multiple <author>
    /// elements for multiple authors"), as copied in Financial-Times/ft-facebook-instant
    /// `server/lib/feed.js`. RULES.md A-18, B-23; Resolution 19.
    pub static ITEM_AUTHOR_MALFORMED = {
        name: "item-author-malformed",
        category: Item,
        severity: Info,
        summary: "an item `<author>` holding several names or an e-mail address instead of one person's name",
        check: Item(check),
    }
}

use crate::feed::Item;

fn check(item: &Item, _article: Option<&Article<'_>>, ctx: &mut Context<'_>) {
    for author in &item.authors {
        let t = author.trimmed();
        if t.is_empty() {
            continue;
        }
        let email = t.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| matches!(c, '<' | '>' | '(' | ')' | ','));
            w.contains('@') && w.contains('.')
        });
        // "Martin Luther King, Jr." keeps its comma.
        let suffix = |s: &str| {
            matches!(
                s.trim().trim_end_matches('.'),
                "Jr" | "Sr" | "II" | "III" | "IV" | "PhD" | "MD"
            )
        };
        let several = t.split(',').skip(1).any(|part| !suffix(part))
            || t.contains(';')
            || t.contains(" and ")
            || t.contains(" & ");
        let msg = if email {
            "the <author> holds an e-mail address, not just the author's name"
        } else if several {
            "the <author> names several people"
        } else {
            continue;
        };
        ctx.report(author.text_span, msg)
            .help("write one <author> element per person, holding only the name");
    }
}
