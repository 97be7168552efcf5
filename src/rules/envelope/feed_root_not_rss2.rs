//! `feed-root-not-rss2`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The root element of the feed must be `<rss>` with `version="2.0"`. Reported:
    ///
    /// - another root element: an Atom `<feed>`, an RSS 1.0 `<rdf:RDF>`, or anything else (XML names are
    ///   case-sensitive, so `<RSS>` is another root too);
    /// - an `<rss>` root without a `version` attribute, or with another value (`0.91`, `2`, …); spaces
    ///   around `2.0` are ignored.
    ///
    /// The finding points at the root start tag, or at the `version` attribute when the root is `<rss>`
    /// and only the version is wrong. Under a root that is not `<rss>`, no `<item>` is read, so nothing
    /// else in the file is linted. The rest of the envelope has its own rules: a missing or repeated
    /// `<channel>` is `feed-missing-channel`, and the `xmlns:content` declaration is
    /// `feed-content-namespace-missing`. A file that is not well-formed XML is `feed-xml-malformed`.
    ///
    /// ## Why it matters
    /// Instant Articles read RSS 2.0 feeds in the documented format, with the articles in
    /// `content:encoded`. An Atom or RSS 1.0 feed has neither the structure nor the elements that Facebook
    /// looked for, so its articles are not ingested. Severity (inferred): the sources show the
    /// required form, not Facebook's reaction to another one.
    ///
    /// ## Bad
    /// ```xml
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <feed xmlns="http://www.w3.org/2005/Atom">
    /// <title>Example News</title>
    /// <link href="https://example.com/"/>
    /// <id>https://example.com/</id>
    /// <updated>2025-06-01T18:00:00Z</updated>
    /// <entry>
    /// <title>Rates rise again</title>
    /// <link href="https://example.com/news/rates/"/>
    /// <id>https://example.com/news/rates/</id>
    /// <updated>2025-06-01T17:30:00Z</updated>
    /// <content type="html">&lt;p&gt;The central bank raised its main rate again on Sunday.&lt;/p&gt;</content>
    /// </entry>
    /// </feed>
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
    /// The sample feed in the Instant Articles docs
    /// (developers.facebook.com/docs/instant-articles/publishing/setup-rss-feed);
    /// mileusna/facebook-instant-articles `feed.go` (always writes `version="2.0"`). RULES.md A-02;
    /// Resolution 40.
    pub static FEED_ROOT_NOT_RSS2 = {
        name: "feed-root-not-rss2",
        category: Envelope,
        severity: Error,
        summary: "a feed whose root element is not `rss` with version 2.0",
        check: Reader,
    }
}
