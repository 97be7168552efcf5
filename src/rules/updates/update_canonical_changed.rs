//! `update-canonical-changed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// This rule needs what Facebook already ingested: the previous version of the feed (`--baseline`),
    /// the state store of earlier runs (`--state`), or both. An item is reported
    /// when its `<guid>` (trimmed, compared exactly; an empty guid matches nothing) equals the guid of a
    /// ingested article whose effective canonical URL (the article's canonical `href` if absolute, else the
    /// item's `<link>`) is a different URL, and its own canonical URL appears nowhere in what was ingested.
    /// When several ingested articles have the guid, the first one counts (the baseline's before the
    /// store's). The finding is on the new item,
    /// at its canonical URL (the `href` attribute, or the `<link>` text), and its message gives the URL
    /// the guid was ingested under. Items without a guid or without an effective canonical URL, and
    /// items whose XML is malformed, are not judged.
    ///
    /// - When the two canonical URLs are only variants of one URL (they differ in scheme, a leading `www.`,
    ///   one trailing slash, query, fragment, default port or the host's letter case), the item is
    ///   `duplicate-article-variant-canonicals` instead.
    /// - Items are matched by guid only: equal titles and publication times alone are not taken as
    ///   evidence, so that recurring headlines cause no false alarms.
    /// - The update rules (`update-op-modified-not-later`, `update-outside-24h-window`) do not run for a
    ///   reported item.
    ///
    /// ## Why it matters
    /// Facebook identifies an article by its canonical URL. An update published under a new canonical URL
    /// (a CMS that re-slugs the URL when the headline is edited) is ingested as a new, second Instant
    /// Article, and the original one is never updated: readers may see both, or the outdated one.
    ///
    /// ## Bad
    /// ```xml baseline
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    /// <channel>
    /// <title>Example News</title>
    /// <link>https://example.com/</link>
    /// <description>News from example.com</description>
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid isPermaLink="false">post-1042</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// </channel>
    /// </rss>
    /// ```
    /// ```xml
    /// <item>
    /// <title>Rates rise for the third time</title>
    /// <link>https://example.com/news/rates-rise-third-time/</link>
    /// <guid isPermaLink="false">post-1042</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates-rise-third-time/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise for the third time</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// <time class="op-modified" datetime="2025-06-01T17:50:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate for the third time this year on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// ```
    ///
    /// ## Good
    /// ```xml
    /// <item>
    /// <title>Rates rise for the third time</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid isPermaLink="false">post-1042</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise for the third time</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// <time class="op-modified" datetime="2025-06-01T17:50:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate for the third time this year on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// ```
    ///
    /// ## Source
    /// FAQ L648 (an updated article must keep the same canonical URL), L662–L664 (the canonical URL is the
    /// unique identifier; a CMS publishing updates under another URL creates new articles). RULES.md A-29;
    /// Resolutions 10, 27, 30.
    pub static UPDATE_CANONICAL_CHANGED = {
        name: "update-canonical-changed",
        category: Updates,
        severity: Warning,
        summary: "an ingested article (same guid) that comes back under a different canonical URL",
        check: Cross(check),
    }
}

use crate::lint::{CrossItem, Digest};

fn check(d: &Digest, _state: &mut CrossItem, ctx: &mut Context<'_>) {
    let Some(history) = ctx.settings.history.clone() else {
        return;
    };
    let Some(old) = history.canonical_changed(d) else {
        return;
    };
    ctx.report(
        d.canonical_span,
        format!(
            "the guid `{}` was ingested under the canonical URL `{}`",
            d.guid.as_deref().unwrap_or(""),
            old
        ),
    )
    .help("keep the original canonical URL: a new one creates a second article");
}
