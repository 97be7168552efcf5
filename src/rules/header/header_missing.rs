//! `header-missing`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The `<article>` element must have a `<header>` child. The finding points at the `<article>` start
    /// tag. A `<header>` that is nested deeper (inside a `<div>`, say) is not the article's header.
    ///
    /// When it fires, `header-title-missing` and `op-published-missing` are not reported for the article:
    /// the title and the publication time are part of the header, and this one finding covers them. Not
    /// reported here: content that is only an HTML fragment (`item-content-not-full-document`), and a body
    /// without an `<article>` (`article-not-html-document`).
    ///
    /// ## Why it matters
    /// The header carries the parts every Instant Article needs: the title (`<h1>`) and the publication
    /// time (`time.op-published`), plus the optional cover, subtitle, kicker and authors. Without a header
    /// the article has neither a title nor a publication time, and it is rejected (the SDK's message is
    /// "Header must have at least a title and/or Ad.").
    ///
    /// ## Bad
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
    /// <h1>A clean article</h1>
    /// <p>The first paragraph of the body text.</p>
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
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/Header.php` and the validator message "Header must have at least a title and/or Ad.";
    /// the title and the required `op-published` time live in the header (FAQ L740). RULES.md B-15;
    /// Resolutions 13, 31, 40.
    pub static HEADER_MISSING = {
        name: "header-missing",
        category: Header,
        severity: Error,
        summary: "an article without a `<header>` element",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    if a.fragment {
        return;
    }
    let Some(article) = a.article else { return };
    if a.header.is_none() {
        ctx.report(a.span_or_ancestor(article), "the <article> has no <header>")
            .help("start the article with <header><h1>Title</h1><time class=\"op-published\" datetime=\"...\">...</time></header>");
    }
}
