//! `header-title-missing`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article's `<header>` must have an `<h1>` as a direct child whose text is not empty after
    /// whitespace and `&nbsp;` are removed. The finding points at the `<header>` start tag.
    ///
    /// - An `<h1>` nested deeper in the header (inside a `<div>`), or a title written as `<h2>` or `<h3>`,
    ///   does not count.
    /// - An empty or whitespace-only `<h1>` in the header is reported here only, not also as
    ///   `empty-element`.
    /// - When the article has no `<header>` at all, only `header-missing` is reported; for content that is
    ///   only an HTML fragment, only `item-content-not-full-document`.
    ///
    /// The item's RSS `<title>` is judged separately (`item-missing-title`); it does not replace the
    /// article's `<h1>`.
    ///
    /// ## Why it matters
    /// The `<h1>` in the header is the article's title, and the SDK treats a header without a title as
    /// invalid; an article without one is rejected (the WordPress plugin does not even submit such
    /// articles, treating them as empty).
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
    /// <header>
    /// <h2>A clean article</h2>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
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
    /// SDK `Elements/Header.php` (`isValid()` requires a title); Automattic/facebook-instant-articles-wp
    /// `class-instant-articles-post.php` (articles "missing title" are treated as empty and not
    /// submitted); facebookarchive/instant-articles-builder `src/js/rule-definitions.js` (title required).
    /// RULES.md B-16; Resolutions 13, 31, 40, 58.
    pub static HEADER_TITLE_MISSING = {
        name: "header-title-missing",
        category: Header,
        severity: Error,
        summary: "an article header without a non-empty `<h1>` title",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    if a.fragment {
        return;
    }
    let Some(header) = a.header else { return };
    let has_title = a
        .element_children(header)
        .any(|c| a.tag(c) == Tag::H1 && a.has_solid_text(c));
    if !has_title {
        let empty = a.element_children(header).any(|c| a.tag(c) == Tag::H1);
        let msg = if empty {
            "the <h1> in the <header> is empty"
        } else {
            "the <header> has no <h1> title"
        };
        ctx.report(a.span_or_ancestor(header), msg)
            .help("put the article's title in an <h1> directly inside <header>");
    }
}
