//! `feed-content-namespace-missing`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The articles are read from `content:encoded`, whose prefix must be bound by
    /// `xmlns:content="http://purl.org/rss/1.0/modules/content/"` on that element or on an ancestor
    /// (usually `<rss>`). Reported:
    ///
    /// - a `content:encoded` child of an `<item>` whose prefix `content:` is never declared;
    /// - an `xmlns:content` attribute, on any element, whose value is not exactly that URI, such as
    ///   `http://purl.org/rss/1.0/modules/content` without the trailing slash (reported even when no
    ///   `content:` element uses it).
    ///
    /// The feed gets one finding: at the `xmlns:content` attribute when it is bound to another URI, else
    /// at the first `content:encoded` start tag that uses the undeclared prefix. It is not also reported as
    /// `feed-xml-malformed`. The `content:encoded` elements are still read as the articles, so they are
    /// linted, and `item-missing-content` is not reported for them. The article element may also use
    /// another prefix, or the default namespace, bound to the content module URI: that is fine. Other
    /// `content:` elements (not `encoded`) are not judged.
    ///
    /// ## Why it matters
    /// A namespace-aware XML reader treats an undeclared prefix as an error, and one bound to another URI
    /// as a different element: either way Facebook does not find `content:encoded`, and the feed's
    /// articles are not ingested. Severity (inferred): an undeclared prefix makes the feed
    /// namespace-malformed, which a reader treats like malformed XML.
    ///
    /// ## Bad
    /// ```xml
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <rss version="2.0">
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
    /// The docs' sample feed (setup-rss-feed) declares the namespace on `<rss>`, as every generator does
    /// (Automattic/facebook-instant-articles-wp `feed-template.php`, mileusna/facebook-instant-articles
    /// `feed.go`). RULES.md A-04; Resolutions 11, 40.
    pub static FEED_CONTENT_NAMESPACE_MISSING = {
        name: "feed-content-namespace-missing",
        category: Envelope,
        severity: Error,
        summary: "use of `content:` elements without the RSS content module namespace declared",
        check: Reader,
    }
}
