//! `feed-xml-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The feed file must be well-formed XML 1.0. Each of these is reported:
    ///
    /// - an end tag that does not match the open element (XML names are case-sensitive, so
    ///   `<pubDate>…</pubdate>` is a mismatch), and an element still open at the end of the file
    ///   (reported at its start tag);
    /// - a second root element, or text after the root element;
    /// - an undefined entity outside CDATA, such as `&nbsp;` (XML knows only `&amp;`, `&lt;`, `&gt;`,
    ///   `&quot;`, `&apos;` and numeric references), and a bare `&` or `<` in text;
    /// - a `<` inside an attribute value, a duplicate attribute, an unquoted attribute value, an undefined
    ///   entity in an attribute value;
    /// - a namespace prefix that is not declared (other than `content:`, which is
    ///   `feed-content-namespace-missing`'s);
    /// - a character that XML 1.0 does not allow, and invalid UTF-8 (reported at the first bad byte);
    /// - an XML declaration that is not at the very start of the file;
    /// - an unclosed tag, comment or CDATA section, and an input that holds no XML element at all.
    ///
    /// Each error is one finding, at the place where the XML breaks: at most one per `<item>`, and at most
    /// one between two items (or before the first, or after the last). After an error, ialint resumes
    /// reading at the next `<item` that is outside CDATA and comments, so the later items are still
    /// linted. An item with an error anywhere inside it is counted, but its fields and its article are not
    /// checked: it gets this finding only (and `item-content-not-cdata` when a `]]>` ended its CDATA
    /// section early).
    ///
    /// An input that does not start with `<!doctype html` or `<html` (after a BOM, whitespace and
    /// comments) is read as a feed, so any other non-XML file gets this finding too. A malformed feed is a
    /// finding (exit status 1), not a failure to run.
    ///
    /// Not reported here:
    /// - an undeclared `content:` prefix, or one bound to the wrong URI: that is
    ///   `feed-content-namespace-missing` alone;
    /// - a literal `]]>` that ends the article's CDATA section early: that is `item-content-not-cdata`, at
    ///   the `]]>`; this rule fires as well only if the text after it is not well-formed XML;
    /// - errors in the article HTML inside the CDATA section: see `html-parse-error`.
    ///
    /// ## Why it matters
    /// Facebook had to load and parse the whole feed before it could read any article in it. A feed that
    /// does not parse yields no articles: nothing in it is ingested or updated until it is fixed. The
    /// severity is our inference (inferred): the sources say that the feed must follow the documented
    /// format and must load and parse, not what happened to the rest of a broken feed.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <pubDate>Sun, 01 Jun 2025 17:30:00 +0000</pubdate>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// ```
    ///
    /// ## Good
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <pubDate>Sun, 01 Jun 2025 17:30:00 +0000</pubDate>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// ```
    ///
    /// ## Source
    /// FAQ L640 (the feed must follow the documented format), L652 (the feed must load and parse within
    /// 10 s). A real mismatched end tag, `<lastBuildDate>…</lastBuild>`: gist
    /// nfriedli/ee2f01164262614da6dd1b360843b69b. RULES.md A-01; Resolutions 11, 12, 43, 44, 47.
    pub static FEED_XML_MALFORMED = {
        name: "feed-xml-malformed",
        category: Envelope,
        severity: Error,
        summary: "a feed that is not well-formed XML 1.0",
        check: Reader,
    }
}
