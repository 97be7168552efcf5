//! `feed-encoding-mismatch`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A feed should be UTF-8 and say so. The rule reads the XML declaration at the start of the file
    /// (`<?xml version="1.0" encoding="…"?>`) and reports:
    ///
    /// - a declared `encoding` other than UTF-8 (`ISO-8859-1`, `windows-1252`, `EUC-JP`, `UTF-16`, an
    ///   unknown name, …), whether or not the bytes really are in that encoding. `UTF-8` and `UTF8` in any
    ///   letter case name UTF-8;
    /// - a file that starts with a UTF-16 byte-order mark, whatever its declaration says.
    ///
    /// The feed gets one finding, at the declaration's `encoding` attribute (at the whole declaration when
    /// it has no `encoding`). A feed with no XML declaration, or with a declaration without `encoding`, is
    /// UTF-8 by the rules of XML and is not reported; that holds even for a UTF-16 file with a byte-order
    /// mark but no declaration. A declared encoding that ialint knows (such as `ISO-8859-1`) is used to
    /// decode the feed, so the rest of the feed is still linted.
    ///
    /// The `charset` of an HTTP `Content-Type` header is not compared: ialint reads feeds from files and
    /// standard input, where there is no such header.
    ///
    /// Not reported here:
    /// - bytes that are not valid UTF-8 in a feed read as UTF-8: the feed cannot be read as written, which
    ///   is `feed-xml-malformed` (at the first bad byte);
    /// - an XML declaration that is not at the very start of the file: `feed-xml-malformed`;
    /// - the article's own `<meta charset>` inside `content:encoded`: that is `meta-charset-missing`.
    ///
    /// An article file linted on its own is not a feed, so the rule does not run on it.
    ///
    /// ## Why it matters
    /// Facebook's crawler decodes the feed in the encoding it declares (most XML readers let the server's
    /// `charset` override the declaration). When the declaration, the server and the actual bytes disagree
    /// (typically a template with a hard-coded `ISO-8859-1` declaration around UTF-8 text from the CMS),
    /// accented letters, curly quotes and dashes are mis-decoded ("CafÃ©" for "Café"), or the feed stops
    /// parsing at the first byte sequence that is invalid in the declared encoding. Writing, declaring and
    /// serving UTF-8 everywhere removes the question; the articles themselves are UTF-8 in Instant
    /// Articles. Rule and severity (inferred): the sources show generators that keep the two in step, not
    /// Facebook's reaction to a mismatch.
    ///
    /// ## Bad
    /// ```xml
    /// <?xml version="1.0" encoding="ISO-8859-1"?>
    /// <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    /// <channel>
    /// <title>Example News</title>
    /// <link>https://example.com/</link>
    /// <description>News from example.com</description>
    /// <lastBuildDate>Sun, 01 Jun 2025 18:00:00 +0000</lastBuildDate>
    /// <item>
    /// <title>Café owners welcome the rate cut</title>
    /// <link>https://example.com/news/cafes/</link>
    /// <guid>https://example.com/news/cafes/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/cafes/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Café owners welcome the rate cut</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>Café owners in the old town said the cut would ease their loan payments.</p>
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
    /// <lastBuildDate>Sun, 01 Jun 2025 18:00:00 +0000</lastBuildDate>
    /// <item>
    /// <title>Café owners welcome the rate cut</title>
    /// <link>https://example.com/news/cafes/</link>
    /// <guid>https://example.com/news/cafes/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/cafes/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Café owners welcome the rate cut</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>Café owners in the old town said the cut would ease their loan payments.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// </channel>
    /// </rss>
    /// ```
    ///
    /// ## Source
    /// Automattic/facebook-instant-articles-wp `feed-template.php` (the XML declaration and the HTTP
    /// charset come from the same blog option); SDK test
    /// `tests/Facebook/InstantArticles/Transformer/instant-article-example-nonutf8.html` (an EUC-JP
    /// article). RULES.md A-06 (and A-01 for BOM mismatches); Resolutions 15, 38, 43.
    pub static FEED_ENCODING_MISMATCH = {
        name: "feed-encoding-mismatch",
        category: Envelope,
        severity: Warning,
        summary: "a feed whose XML declaration names an encoding other than UTF-8, or a UTF-16 feed",
        check: Reader,
    }
}
