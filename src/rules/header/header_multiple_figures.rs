//! `header-multiple-figures`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The header may hold one figure: the cover. The rule counts the figures anywhere in `<header>` that
    /// are not ads (class `op-ad`), not inside an element of class `op-ad-template`, and not inside
    /// another figure (the slides of a slideshow cover, or a figure nested in the cover, are part of it).
    /// Trackers (`op-tracker`), embeds (`op-interactive`, `op-social`) and maps (`op-map`) count. Each
    /// counted figure after the first is reported at its `<figure>` start tag.
    ///
    /// One defect, one finding: a tracker in a header that also holds another counted figure is reported
    /// here alone; a tracker that is the header's only counted figure is `tracker-malformed`'s. Header ads
    /// are judged by `header-ads-not-in-template`, the kind of the cover by `cover-media-type`.
    ///
    /// ## Why it matters
    /// Facebook rejected such headers with "Only one `<figure>` element is allowed in the article
    /// `<header>`". The reported case came from an analytics tracker placed in the header next to the
    /// cover image. The FAQ describes the cover as one `<figure>` in the header; move other figures into
    /// the body (trackers included). Severity (inferred): from "not allowed" in Facebook's message.
    ///
    /// ## Bad
    /// ```html header
    /// <header>
    /// <figure><img src="https://cdn.example.com/img/rates-cover.jpg"></figure>
    /// <figure class="op-tracker"><iframe src="https://stats.example.com/ia/track?article=clean-1"></iframe></figure>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
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
    /// <figure><img src="https://cdn.example.com/img/rates-cover.jpg"></figure>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-tracker"><iframe src="https://stats.example.com/ia/track?article=clean-1"></iframe></figure>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// Facebook's "Only one <figure> element is allowed in the article <header>"
    /// (ahmedkaludi/accelerated-mobile-pages issue #1127, caused by an analytics figure in the header); FAQ
    /// L708 (the cover is a `<figure>` in the header). RULES.md B-24, B-61; Resolutions 17, 19, 61.
    pub static HEADER_MULTIPLE_FIGURES = {
        name: "header-multiple-figures",
        category: Header,
        severity: Error,
        summary: "an article header holding more than one figure besides its ads",
        check: Article(check),
    }
}

use crate::article::header_figures;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let figures = header_figures(a);
    for &extra in figures.iter().skip(1) {
        ctx.report(
            a.span_or_ancestor(extra),
            "a second <figure> in the <header>: only one cover is allowed",
        )
        .help("keep one cover figure in the header; put other media and trackers in the body");
    }
}
