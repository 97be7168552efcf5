//! `canonical-not-absolute`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The `href` of the article's canonical link (the first `<link>` child of `<head>` whose `rel` holds
    /// the token `canonical`, in any letter case, and that has an `href` attribute), trimmed of ASCII
    /// whitespace, must be an absolute `http://` or `https://` URL with a host. Reported: an empty `href`,
    /// a relative one (`/news/a/`), a protocol-relative one (`//example.com/news/a/`) and any other
    /// scheme. The finding points at the `href` attribute. Later canonical links are not judged.
    ///
    /// Host names in Unicode are absolute URLs and are fine. Not reported here: a head with no canonical
    /// link at all (`canonical-link-missing`), and a relative item `<link>` (`item-missing-link`). While
    /// the canonical is not absolute, the rules that compare canonical URLs
    /// (`item-link-canonical-mismatch`, `canonical-domain-not-claimed`, the duplicate and update rules) use
    /// the item's `<link>` if that is absolute, or nothing.
    ///
    /// ## Why it matters
    /// The canonical URL identifies the article and decides which Page's domain it belongs to. An empty or
    /// relative URL cannot do either: the SDK treats an article without a canonical URL as invalid, and
    /// the docs require an absolute URL, so the article is rejected.
    ///
    /// ## Bad
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="/news/clean-1/">
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
    /// PageFrog's summary of the docs ("must be an absolute URL"); SDK `Elements/InstantArticle.php`
    /// (`isValid()` requires a non-empty canonical URL); the SDK fixture
    /// `tests/Facebook/InstantArticles/Transformer/Example/simple-ia.html` has `href=""`. RULES.md A-25;
    /// Resolutions 14, 19, 23.
    pub static CANONICAL_NOT_ABSOLUTE = {
        name: "canonical-not-absolute",
        category: Canonical,
        severity: Error,
        summary: "a canonical link whose `href` is empty, relative or not http(s)",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(link) = a.canonical_link() else {
        return;
    };
    let href = a.attr(link, "href").unwrap_or("");
    if a.absolute_http(href).is_some() {
        return;
    }
    let trimmed = href.trim();
    let why = if trimmed.is_empty() {
        "empty".to_string()
    } else if trimmed.starts_with("//") {
        format!("`{trimmed}` is protocol-relative")
    } else if trimmed.contains(':') && !trimmed.starts_with('/') {
        format!("`{trimmed}` is not an http(s) URL")
    } else {
        format!("`{trimmed}` is relative")
    };
    ctx.report(
        a.attr_or_element_span(link, "href"),
        format!("the canonical URL is {why}"),
    )
    .help("write the full URL, starting with https://");
}
