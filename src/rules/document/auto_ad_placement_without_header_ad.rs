//! `auto-ad-placement-without-header-ad`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// When the article's head switches automatic ad placement on, the `<header>` must hold the ad to
    /// place: at least one `figure.op-ad` anywhere inside the header (directly, or inside its
    /// `<section class="op-ad-template">`). Otherwise the rule reports the `<header>` start tag, with a
    /// label at the meta's `content`.
    ///
    /// Placement counts as switched on when the first `fb:use_automatic_ad_placement` meta in `<head>` has
    /// a `content` that, trimmed, is exactly `true`, or that contains the whitespace-separated token
    /// `enable=true`. Both are compared in lower case only: `TRUE` or `Enable=True` does not switch it on
    /// here. The rest of the value is not checked, so an invalid value such as `enable=true
    /// ad_density=high` is judged here as well as by `auto-ad-placement-invalid`.
    ///
    /// Ads in the body do not count: they are placed where they are written, not by automatic placement.
    /// The ad figure's own markup (its iframe and size) is judged by the embed rules.
    ///
    /// Not reported here: placement switched off or not mentioned; an article without a `<header>`
    /// (`header-missing` alone).
    ///
    /// ## Why it matters
    /// Automatic placement repeats the ad code that the header provides: Facebook's article reference says
    /// to "include an Ad element within the `<header>`", and the official SDK only writes the meta when the
    /// header holds ads. With the meta but no header ad, Facebook has no ad to place, and the article shows
    /// no automatic ads.
    ///
    /// ## Bad
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// <meta property="fb:use_automatic_ad_placement" content="enable=true ad_density=default">
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
    /// ## Good
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// <meta property="fb:use_automatic_ad_placement" content="enable=true ad_density=default">
    /// </head>
    /// <body>
    /// <article>
    /// <header>
    /// <figure class="op-ad"><iframe src="https://www.facebook.com/adnw_request?placement=123456789_987654321&amp;adtype=banner300x250" width="300" height="250"></iframe></figure>
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
    /// Docs developers.facebook.com/docs/instant-articles/reference/article ("Include an Ad element within
    /// the <header>"), docs monetization/ad-placement; SDK `Elements/InstantArticle.php` (writes the meta
    /// only when the header has ads). RULES.md B-09; Resolution 40.
    pub static AUTO_AD_PLACEMENT_WITHOUT_HEADER_AD = {
        name: "auto-ad-placement-without-header-ad",
        category: Document,
        severity: Warning,
        summary: "automatic ad placement switched on, but no ad in the article header",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(m) = a.meta("fb:use_automatic_ad_placement") else {
        return;
    };
    let v = a.attr(m, "content").unwrap_or("").trim();
    // Invalid values are auto-ad-placement-invalid's.
    let enabled = crate::rules::document::auto_ad_placement_enabled(v) == Some(true);
    if !enabled {
        return;
    }
    let Some(header) = a.header else { return };
    let has_ad = a
        .descendants(header)
        .any(|d| a.tag(d) == Tag::Figure && a.has_class(d, "op-ad"));
    if !has_ad {
        ctx.report(
            a.span_or_ancestor(header),
            "automatic ad placement is on, but the <header> holds no ad",
        )
        .label(
            a.attr_or_element_span(m, "content"),
            "automatic placement is enabled here",
        )
        .help("put the ad code in <header>: <figure class=\"op-ad\"><iframe>...</iframe></figure>");
    }
}
