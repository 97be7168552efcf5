//! `op-published-missing`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article's `<header>` must contain a `<time>` element whose class list includes `op-published`.
    ///
    /// - When the header has none, the finding points at `<header>`.
    /// - When the header has none but the article has a `time.op-published` elsewhere (in a paragraph, in
    ///   the footer), the finding points at that element instead, with the advice to move it into
    ///   `<header>`. It is still an error, because Facebook reads the time only from the header, and it
    ///   is not also reported as `time-misplaced`.
    ///
    /// Not reported here:
    /// - an article without a `<header>` at all: that is `header-missing` alone;
    /// - content that is only an HTML fragment: that is `item-content-not-full-document` alone;
    /// - a `time.op-published` in the header whose `datetime` is missing or invalid: that is
    ///   `time-datetime-invalid`.
    ///
    /// ## Why it matters
    /// Every Instant Article must give its original publication time in a `time.op-published` element in
    /// its header. An article without it is rejected. The time is also the reference for updates when the
    /// article has no `op-modified` time.
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
    /// <h1>A clean article</h1>
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
    /// FAQ L740 (every article needs a `<time>` element of class `op-published`); docs reference/article
    /// ("Published Timestamp [required]"); the SDK fixture
    /// `tests/Facebook/InstantArticles/Transformer/Example/simple-ia.html` lacks it. RULES.md B-18;
    /// Resolutions 13, 31, 40.
    pub static OP_PUBLISHED_MISSING = {
        name: "op-published-missing",
        category: Header,
        severity: Error,
        summary: "an article header without a `time` element of class `op-published`",
        check: Article(check),
    }
}

use crate::article::flags::IN_HEADER;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    // Fragments and articles without a header are reported by other rules
    // (Resolutions 13 and 31).
    if a.fragment {
        return;
    }
    let Some(header) = a.header else { return };
    if a.times("op-published").any(|t| a.has_flag(t, IN_HEADER)) {
        return;
    }
    match a.times("op-published").next() {
        Some(elsewhere) => {
            ctx.report(
                a.span_or_ancestor(elsewhere),
                "time.op-published is outside the <header>, where Facebook does not read it",
            )
            .help("move it into <header>");
        }
        None => {
            ctx.report(a.span_or_ancestor(header), "the <header> has no <time class=\"op-published\">")
                .help("add <time class=\"op-published\" datetime=\"2025-06-01T10:00:00Z\">...</time> to <header>");
        }
    }
}
