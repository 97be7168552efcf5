//! `feed-missing-channel`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// An RSS 2.0 feed has exactly one `<channel>` element directly under `<rss>`, and every `<item>` is a
    /// child of that channel. Reported:
    ///
    /// - an `<rss>` element whose first child element is not `<channel>` (for example, channel elements
    ///   and items written directly under `<rss>`), or that has no child element at all;
    /// - a second `<channel>` under `<rss>`;
    /// - an `<item>` written directly under `<rss>`. Such items are still linted.
    ///
    /// The feed gets at most one finding, at the `<rss>` start tag, for the first of these problems. A root
    /// that is not `<rss>` is `feed-root-not-rss2`, and nothing inside it is checked here; missing channel
    /// `title`, `link` or `description` is `feed-channel-metadata-missing`.
    ///
    /// ## Why it matters
    /// Feed readers, Facebook's among them, look for the articles as `rss > channel > item`. Items
    /// outside the channel are not found, so they are not ingested. Severity (inferred): the sources
    /// show the required envelope and a plugin that shipped without `<channel>`, not Facebook's exact
    /// reaction.
    ///
    /// ## Bad
    /// ```xml
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    /// <title>Example News</title>
    /// <link>https://example.com/</link>
    /// <description>News from example.com</description>
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// </rss>
    /// ```
    ///
    /// ## Good
    /// ```xml
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    /// <channel>
    /// <title>Example News</title>
    /// <link>https://example.com/</link>
    /// <description>News from example.com</description>
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
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
    ///
    /// ## Source
    /// The RSS 2.0 envelope of the docs' sample feed (setup-rss-feed); Automattic/fb-instant-articles
    /// `feed-template.php`, which shipped without `<channel>` until commit 84cbc8f ("Add the <channel>
    /// element to the feed template"). RULES.md A-03; Resolution 40.
    pub static FEED_MISSING_CHANNEL = {
        name: "feed-missing-channel",
        category: Envelope,
        severity: Error,
        summary: "an `rss` root without exactly one `channel`, or items outside the channel",
        check: Reader,
    }
}
