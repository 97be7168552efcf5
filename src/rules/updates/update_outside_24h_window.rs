//! `update-outside-24h-window`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// This rule needs what Facebook already ingested: the previous version of the feed (`--baseline`),
    /// the state store of earlier runs (`--state`), or both. Items are matched to
    /// ingested articles, and changes are detected, exactly as for `update-op-modified-not-later`:
    ///
    /// - **S** is the ingested article's valid op-modified time, or else its valid op-published time;
    /// - **T** is the new article's valid op-modified time;
    /// - the rule runs only when the article's content changed (ignoring `op-modified` elements and
    ///   whitespace).
    ///
    /// It fires when T − S is more than 24 hours (86 400 seconds); exactly 24 hours is still inside the
    /// window. The window is measured between the two timestamps, not against the current time. The finding
    /// points at the new op-modified `datetime` attribute, and a note quotes S. A time without a zone
    /// stands for every offset from −12:00 to +14:00, and the gap must exceed 24 hours for all of them;
    /// when neither S nor T has a zone, they are compared as written. Nothing is reported when S or T is
    /// missing or unparsable (a missing T is `update-op-modified-not-later`'s), nor for an item that comes
    /// back under another canonical URL (`update-canonical-changed`) or repeats the canonical URL of an
    /// earlier item of the feed (`duplicate-article-variant-canonicals`).
    ///
    /// ## Why it matters
    /// Facebook ignores a feed update whose `op-modified` is more than 24 hours after the `op-modified` of
    /// the stored article. Such an article can no longer be updated through the feed: the change has to be
    /// made by hand in the Instant Articles editor of the Page's Publishing Tools.
    ///
    /// ## Bad
    /// ```xml baseline
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    /// <channel>
    /// <title>Example News</title>
    /// <link>https://example.com/</link>
    /// <description>Fixture feed of example.com</description>
    /// <item>
    /// <title>A clean article</title>
    /// <link>https://example.com/news/clean-1/</link>
    /// <guid isPermaLink="true">https://example.com/news/clean-1/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-05-31T16:00:00Z">May 31, 2025</time>
    /// <time class="op-modified" datetime="2025-05-31T17:40:00Z">May 31, 2025</time></header>
    /// <p>The first paragraph of the body text.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// </channel>
    /// </rss>
    /// ```
    /// ```html document
    /// <!doctype html>
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
    /// <time class="op-published" datetime="2025-05-31T16:00:00Z">May 31, 2025</time>
    /// <time class="op-modified" datetime="2025-06-01T17:50:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text, with a corrected figure.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Good
    /// ```html document
    /// <!doctype html>
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
    /// <time class="op-published" datetime="2025-05-31T16:00:00Z">May 31, 2025</time>
    /// <time class="op-modified" datetime="2025-06-01T17:35:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text, with a corrected figure.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// FAQ L658 (updates more than 24 hours after the stored `op-modified`, not the current time, are
    /// ignored; edit such articles in the web-based editor). Automattic/facebook-instant-articles-wp
    /// `facebook-instant-articles.php` read it instead as "modified within the last 24 hours" of now; the
    /// FAQ is explicit. RULES.md A-28; Resolutions 29, 30.
    pub static UPDATE_OUTSIDE_24H_WINDOW = {
        name: "update-outside-24h-window",
        category: Updates,
        severity: Error,
        summary: "an update whose op-modified is more than 24 hours after the ingested version's",
        check: Cross(check),
    }
}

use crate::lint::{CrossItem, Digest};

fn check(d: &Digest, state: &mut CrossItem, ctx: &mut Context<'_>) {
    if state.duplicate_canonical(d) {
        return;
    }
    let Some(history) = ctx.settings.history.clone() else {
        return;
    };
    let Some(m) = history.update_match(d) else {
        return;
    };
    let (Some(stored), Some(new)) = (m.stored, d.modified) else {
        return;
    };
    let gap = stored.min_seconds_until(new);
    if gap <= 86_400_000 {
        return;
    }
    let hours = gap as f64 / 3_600_000.0;
    let span = d.modified_span.or(d.header_span).unwrap_or(d.item_tag);
    ctx.report(
        span,
        format!("op-modified is {hours:.1} hours after the ingested one: updates more than 24 hours later are ignored"),
    )
    .note(format!("the ingested version's time is {}", m.stored_text))
    .help("edit the article in Publishing Tools instead: the feed can no longer update it");
}
