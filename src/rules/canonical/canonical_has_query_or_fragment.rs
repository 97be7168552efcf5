//! `canonical-has-query-or-fragment`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The item's effective canonical URL must contain neither `?` nor `#`. The effective canonical is
    /// the `href` of the first `<link rel="canonical">` in the article's `<head>` if it is an absolute
    /// http(s) URL, else the item's `<link>` if that is one. It is judged once per article, and the
    /// finding points at that URL (the `href` attribute, or the `<link>` text when the item link stands in
    /// for a missing or unusable canonical). An empty query (`https://example.com/a?`) and an empty
    /// fragment count. For an article file linted on its own, only the canonical link is judged.
    ///
    /// Not reported here: an item `<link>` with a query while the article's canonical link is clean. That
    /// is `item-link-canonical-mismatch` alone.
    ///
    /// ## Why it matters
    /// Facebook's article reference says not to attach hashes or query parameters to the canonical URL.
    /// The canonical URL is the article's identity, and a URL with parameters is a different URL: tracking
    /// or session parameters that vary between feed builds make Facebook see a new article (a duplicate)
    /// instead of an update, and links shared without the parameters do not match the Instant Article.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/?ref=rss</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/?ref=rss">
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
    /// Docs developers.facebook.com/docs/instant-articles/reference/article ("Do not attach any hashes or
    /// query parameters to the canonical URL"); FAQ L636; Automattic/facebook-instant-articles-wp
    /// `class-instant-articles-post.php`, `get_canonical_url()` ("Do not add any querystring params or URL
    /// fragments"). RULES.md A-24; Resolution 23.
    pub static CANONICAL_HAS_QUERY_OR_FRAGMENT = {
        name: "canonical-has-query-or-fragment",
        category: Canonical,
        severity: Warning,
        summary: "a canonical URL with a query string or a fragment",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    // The effective canonical only (Resolution 23): the head link, else the item link.
    let (text, span) = match a
        .canonical_link()
        .and_then(|l| a.attr(l, "href").map(|h| (l, h)))
    {
        Some((l, href)) if a.absolute_http(href).is_some() => {
            (href.trim().to_string(), a.attr_or_element_span(l, "href"))
        }
        _ => match a.item.and_then(|i| i.link.as_ref()) {
            Some(link) if a.absolute_http(&link.text).is_some() => {
                (link.trimmed().to_string(), link.text_span)
            }
            _ => return,
        },
    };
    let what = match (text.contains('?'), text.contains('#')) {
        (true, true) => "a query and a fragment",
        (true, false) => "a query (`?`)",
        (false, true) => "a fragment (`#`)",
        (false, false) => return,
    };
    let clean = text.split(['?', '#']).next().unwrap_or(&text).to_string();
    ctx.report(span, format!("the canonical URL `{text}` has {what}"))
        .help(format!("use {clean} without query parameters or hashes"));
}
