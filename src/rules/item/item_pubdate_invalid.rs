//! `item-pubdate-invalid`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// An item's `<pubDate>`, when it is present and not empty, must be a date written in one of two
    /// formats:
    ///
    /// - RFC 822/2822, the RSS 2.0 standard: `Sun, 01 Jun 2025 17:30:00 +0000`. The day name is optional,
    ///   but when it is written it must be the right day for the date; the year has two or four digits, the
    ///   seconds are optional, and the zone is a numeric offset or a name (`GMT`, `UT`, `Z`, `EST`, …);
    /// - ISO 8601 / RFC 3339, the form of Facebook's documentation: `2025-06-01T17:30:00Z`, with `T` or a
    ///   space between date and time, with or without seconds, a fraction or a time zone (`Z` or
    ///   `±hh:mm`), or a date alone written `YYYY-MM-DD`.
    ///
    /// Either format is accepted silently. A value that is neither, or a date-time that does not exist
    /// (`Sat, 31 Feb 2025 10:00:00 GMT`, `2025-02-31T10:00:00Z`), is reported at its text (from the first
    /// to the last non-whitespace character). A date alone is only checked for its shape: ten characters,
    /// digits with `-` at the fifth and eighth places. A missing or empty `<pubDate>` is not reported: the
    /// element is optional.
    ///
    /// Not reported here: the article's own times (`time.op-published`, `time.op-modified`), which are
    /// `time-datetime-invalid` and `time-datetime-no-timezone`; the channel's `<lastBuildDate>`.
    ///
    /// ## Why it matters
    /// Facebook's feed documentation describes `pubDate` as "the date of the article's publication, in
    /// ISO-8601 format", while RSS 2.0 specifies RFC 822; feeds in the wild use both, and both are read. A
    /// date in neither format (a locale format such as `06/01/2025 5:30 PM`) cannot be read reliably: it
    /// is ignored, or misread with day and month swapped. Instant Articles took the article's publication
    /// time from `time.op-published`, so the article itself still gets a date, but other consumers of the
    /// feed may mis-order or drop the item.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>A clean article</title>
    /// <link>https://example.com/news/clean-1/</link>
    /// <guid isPermaLink="true">https://example.com/news/clean-1/</guid>
    /// <pubDate>06/01/2025 5:30 PM</pubDate>
    /// <author>Jane Doe</author>
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
    /// <pubDate>2025-06-01T17:30:00Z</pubDate>
    /// <author>Jane Doe</author>
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
    /// Docs setup-rss-feed element table ("The date of the article's publication, in ISO-8601 format") and
    /// its sample `<pubDate>2014-12-11T04:44:16Z</pubDate>`; RSS 2.0 specification (RFC 822 dates); Jekyll
    /// feed templates with RFC 822 dates (gist davidchua/f0c679f67aed4c2d3c70135aa56422ad, gist
    /// stuartbreckenridge/a68248dbea14e68ad0cc3e9e59e354b5). RULES.md A-17, B-18; Resolutions 18, 19.
    pub static ITEM_PUBDATE_INVALID = {
        name: "item-pubdate-invalid",
        category: Item,
        severity: Warning,
        summary: "an item `<pubDate>` that is neither an RFC 822 nor an ISO 8601 date",
        check: Item(check),
    }
}

use crate::datetime;
use crate::feed::Item;

/// Whether an RSS date is RFC 822/2822 or ISO 8601 (Resolution 18).
fn accepted(v: &str) -> bool {
    let v = v.trim();
    if chrono::DateTime::parse_from_rfc2822(v).is_ok() || datetime::parse(v).is_ok() {
        return true;
    }
    // An ISO 8601 date alone.
    let b = v.as_bytes();
    b.len() == 10 && datetime::parse(&format!("{v}T00:00Z")).is_ok()
}

fn check(item: &Item, _article: Option<&Article<'_>>, ctx: &mut Context<'_>) {
    let Some(p) = &item.pub_date else { return };
    if p.is_blank() || accepted(&p.text) {
        return;
    }
    ctx.report(
        p.text_span,
        format!(
            "the pubDate `{}` is neither an RFC 822 nor an ISO 8601 date",
            p.trimmed()
        ),
    )
    .help("write it as 2025-06-01T10:00:00Z (or Sun, 01 Jun 2025 10:00:00 +0000)");
}
