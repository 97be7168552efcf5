//! `item-content-not-full-document`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The decoded text of `content:encoded` must be a whole Instant Article document
    /// (`<!doctype html><html><head>…</head><body><article>…</article></body></html>`). The rule fires when
    /// the content has none of the start tags `<html`, `<body` and `<article`: typically a template that
    /// puts only the post body (`{{ post.content }}`) into the CDATA section. The finding points at the
    /// first non-whitespace character of the content.
    ///
    /// When it fires, the findings that merely follow from the missing document are not reported for that
    /// item: `article-not-html-document`, `header-missing`, `header-title-missing`,
    /// `op-published-missing` and `canonical-link-missing`. Rules about the fragment's own markup (for
    /// example `figure-inside-paragraph`) still run.
    ///
    /// Content that has at least one of those tags is not a fragment: if its `<body>` then has no
    /// `<article>` child, that is `article-not-html-document`. Omitted optional `<html>`, `<head>` or
    /// `<body>` tags are valid HTML and are not reported when the content still parses into
    /// `html > head + body > article`. Empty content is `item-missing-content`.
    ///
    /// ## Why it matters
    /// Facebook expects the full article in Instant Articles markup. A fragment has no canonical link, no
    /// header, no title and no `time.op-published`, which every article needs, so the article is rejected.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <content:encoded><![CDATA[<p>The central bank raised its main rate again on Sunday.</p>]]></content:encoded>
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
    /// The element table of the docs (setup-rss-feed): the full content of the article, in HTML form;
    /// FAQ L740 (every article needs `time.op-published`). Real defects: saikiransripada/mixyll
    /// `fb-instant-articles.xml` and gist davidchua/f0c679f67aed4c2d3c70135aa56422ad (both put only
    /// `{{ post.content }}` in the CDATA section). RULES.md A-15; Resolutions 13, 40, 42.
    pub static ITEM_CONTENT_NOT_FULL_DOCUMENT = {
        name: "item-content-not-full-document",
        category: Item,
        severity: Error,
        summary: "content that is an HTML fragment instead of a full Instant Article document",
        check: Item(check),
    }
}

use crate::feed::Item;

fn check(_item: &Item, article: Option<&Article<'_>>, ctx: &mut Context<'_>) {
    let Some(a) = article else { return };
    if a.fragment {
        ctx.report(a.first_char(), "the article is an HTML fragment, not a full document")
            .help("put a whole document in <content:encoded>: <!doctype html><html><head>...</head><body><article>...</article></body></html>");
    }
}
