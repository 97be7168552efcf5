//! `markup-version-invalid`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article's `<head>` names the Instant Articles markup version in a `<meta>` whose `property` is
    /// `op:markup_version` and whose `content` is `v1.0`. Attribute values are read after trimming
    /// whitespace and ignoring letter case, and `name="op:markup_version"` is accepted when the `<meta>`
    /// has no `property` attribute. Reported:
    ///
    /// - no such `<meta>` in `<head>`: at the `<head>` start tag, or at `<html>` when `<head>` is not
    ///   written, or else at the article's first character;
    /// - a value other than `v1.0` (`1`, `1.0`, `v1.1`, empty): at the `content` attribute, or at the
    ///   `<meta>` start tag when it has no `content`.
    ///
    /// Only the first such `<meta>` that is a direct child of `<head>` counts; one written in the body does
    /// not.
    ///
    /// Not reported here: content that is only an HTML fragment (`item-content-not-full-document` alone).
    ///
    /// ## Why it matters
    /// Facebook's article reference asks for the format version in the head ("Format Version … Use the
    /// first `<meta>` element … op:markup_version"), and the official SDK always writes `v1.0`, the only
    /// version that ever existed. The version tells Facebook how to read the markup; without it, or with a
    /// version it does not know, the article is read by guesswork or not at all. Severity (inferred): the
    /// sources give the required value, not Facebook's reaction to a missing one. Facebook's own tutorial
    /// article lacked the element.
    ///
    /// ## Bad
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="1.0">
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
    /// Docs developers.facebook.com/docs/instant-articles/reference/article ("Format Version … Use the
    /// first <meta> element … op:markup_version"); SDK `Elements/InstantArticle.php` (markup version
    /// `v1.0`); SDK extensions `tests/Facebook/InstantArticles/AMP/articles/tutorial-instant-article.html`
    /// (no version). RULES.md B-06; Resolutions 13, 19, 40.
    pub static MARKUP_VERSION_INVALID = {
        name: "markup-version-invalid",
        category: Document,
        severity: Warning,
        summary: "an article without `<meta property=\"op:markup_version\" content=\"v1.0\">`",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    if a.fragment {
        return;
    }
    let Some(head) = a.head else { return };
    match a.meta("op:markup_version") {
        None => {
            ctx.report(
                a.span_or_ancestor(head),
                "the article's <head> has no op:markup_version",
            )
            .help("add <meta property=\"op:markup_version\" content=\"v1.0\">");
        }
        Some(m) => {
            let v = a.attr(m, "content").unwrap_or("").trim();
            if !v.eq_ignore_ascii_case("v1.0") {
                ctx.report(
                    a.attr_or_element_span(m, "content"),
                    format!("the markup version `{v}` is not v1.0"),
                )
                .help("write content=\"v1.0\": it is the only version");
            }
        }
    }
}
