//! `article-not-html-document`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// An Instant Article is `<html>` with a `<head>` and a `<body>`, and the `<body>` holds the
    /// `<article>` element as a direct child. The rule fires when the parsed `<body>` has no `<article>`
    /// child: the content was written straight into `<body>`, or the `<article>` is wrapped in a `<div>`.
    /// The finding points at the first non-whitespace character of the content.
    ///
    /// It applies to content that has at least one of the start tags `<html`, `<body` or `<article`;
    /// content with none of them is an HTML fragment, reported as `item-content-not-full-document` alone.
    /// That rule judges feed items only, so an article file linted on its own that holds only a fragment
    /// (`<!doctype html>` followed by body markup) gets neither finding. Omitted optional tags are valid
    /// HTML and are not reported: a document that leaves out `<html>`, `<head>` or `<body>` but still
    /// parses into `html > head + body > article` passes.
    ///
    /// Content outside the `<article>` (a second article, text after it) is
    /// `article-multiple-article-elements`; an `<article>` without a `<header>` is `header-missing`.
    ///
    /// ## Why it matters
    /// Facebook and the official SDK look for the article in `body > article`. Without it no Instant
    /// Article root is found; the SDK reports that the content "will be lost", and the article is
    /// rejected.
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
    /// <header>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
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
    /// SDK `Elements/InstantArticle.php` (the document is html > head + body > article);
    /// SDK `Transformer/Warnings/NoRootInstantArticleFoundWarning.php` ("This element will be lost");
    /// docs articlecreate. RULES.md B-01; Resolutions 13, 40, 42.
    pub static ARTICLE_NOT_HTML_DOCUMENT = {
        name: "article-not-html-document",
        category: Document,
        severity: Error,
        summary: "an article document whose `<body>` has no `<article>` element",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    // A fragment is item-content-not-full-document's (Resolutions 13 and 42).
    // In a feed, a fragment is item-content-not-full-document's (Resolutions
    // 13 and 42); an article file on its own has no item to say so.
    if (a.fragment && a.item.is_some()) || a.article.is_some() {
        return;
    }
    let msg = match a.body.filter(|&b| a.is_written(b)) {
        Some(_) => "the article's <body> has no <article> element",
        None => "the document has no <body> with an <article> element",
    };
    ctx.report(a.first_char(), msg)
        .help("wrap the article's content in <article>, with a <header>, directly inside <body>");
}
