//! `item-link-canonical-mismatch`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The item's RSS `<link>` must be exactly the same string as the `href` of the article's canonical
    /// link (the first `<link rel="canonical">` in `<head>`), both trimmed of surrounding whitespace. Any
    /// difference counts: an added query (`?utm_source=facebook`), `http` against `https`, `www.`, a
    /// trailing slash, letter case.
    ///
    /// The rule compares only two absolute http(s) URLs: when either is missing, empty or relative, the
    /// problem belongs to `item-missing-link`, `canonical-link-missing` or `canonical-not-absolute`. The
    /// finding points at the item's `<link>` text, with a label at the canonical `href`. The article's
    /// canonical link is the one that identifies the article, so the other canonical rules
    /// (`canonical-has-query-or-fragment`, `canonical-domain-not-claimed`, the duplicate and update rules)
    /// judge it and not the differing `<link>`: a query string in `<link>` alone is reported here only.
    ///
    /// ## Why it matters
    /// Facebook uses the canonical URL as the article's identity, and any change to a URL, such as added
    /// parameters, makes it a different URL. When the feed's `<link>` and the article's canonical URL
    /// disagree, links shared with one URL may not open the Instant Article, and tools that take the
    /// feed's `<link>` as the article's URL address another article. Severity (inferred): the sources do
    /// not say how Facebook reacted.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/?utm_source=facebook</link>
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
    /// FAQ L636 (the shared link must be the canonical URL; adding parameters makes it another URL); the
    /// element table of the docs (setup-rss-feed: `link` is the canonical URL). RULES.md A-23; Resolutions
    /// 14, 23, 40.
    pub static ITEM_LINK_CANONICAL_MISMATCH = {
        name: "item-link-canonical-mismatch",
        category: Canonical,
        severity: Warning,
        summary: "an item `<link>` that differs from the article's canonical URL",
        check: Item(check),
    }
}

use crate::feed::Item;

fn check(item: &Item, article: Option<&Article<'_>>, ctx: &mut Context<'_>) {
    let (Some(a), Some(link)) = (article, &item.link) else {
        return;
    };
    let Some(canon) = a.canonical_link() else {
        return;
    };
    let Some(href) = a.attr(canon, "href") else {
        return;
    };
    let (link_text, href) = (
        link.trimmed(),
        href.trim_matches(|c: char| c.is_ascii_whitespace()),
    );
    // Only two absolute URLs are compared (Resolution 14).
    if a.absolute_http(link_text).is_none() || a.absolute_http(href).is_none() || link_text == href
    {
        return;
    }
    ctx.report(
        link.text_span,
        format!("the item's <link> `{link_text}` differs from the canonical URL `{href}`"),
    )
    .label(
        a.attr_or_element_span(canon, "href"),
        "the canonical URL is here",
    )
    .help(format!("write {href} in <link>"));
}
