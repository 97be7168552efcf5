//! `canonical-link-missing`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article's `<head>` must contain a `<link>` whose `rel` has the token `canonical` (any letter
    /// case) and that has an `href`. When there is none:
    ///
    /// - **warning** if the item's RSS `<link>` is present and not empty: Facebook falls back to it
    ///   (whether that link is a usable absolute URL is `item-missing-link`'s question);
    /// - **error** if the item has no `<link>`, or an empty one, so the article has no canonical URL at
    ///   all. An article file linted on its own has no item, so this case is always the error.
    ///
    /// The finding points at `<head>`, or at `<html>` when `<head>` is not written, or else at the
    /// article's first character. Only `<link>` elements that are direct children of `<head>` count.
    /// When the head has more than one canonical link, the second one gets a **warning** (the first one
    /// wins); further ones are covered by that finding.
    ///
    /// Not reported here:
    /// - a canonical `<link>` that is present but has an empty or relative `href`: that is
    ///   `canonical-not-absolute`;
    /// - a canonical `<link>` written in `<body>`: it does not count, so the head is still reported as
    ///   missing one;
    /// - content that is only an HTML fragment: that is `item-content-not-full-document` alone.
    ///
    /// ## Why it matters
    /// The canonical URL is the article's unique identifier in Instant Articles: it decides which Page
    /// (claimed domain) the article belongs to and which stored article an update replaces. Without one in
    /// the article, Facebook uses the item's `<link>`; without either, Facebook ignores the article.
    ///
    /// ## Bad
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
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
    /// PageFrog's summary of the docs
    /// (medium.com/future-of-mobile-web/how-to-format-a-facebook-instant-article-7950b5c0f2c1): Facebook
    /// falls back to the item link, and otherwise ignores the article. SDK
    /// `Transformer/Rules/InstantArticleRule.php` (InvalidSelector warning on a missing
    /// `article.canonical`) and `Elements/InstantArticle.php` (`isValid()` requires a canonical URL).
    /// RULES.md B-05; Resolutions 13, 14, 15, 23, 40.
    pub static CANONICAL_LINK_MISSING = {
        name: "canonical-link-missing",
        category: Document,
        severity: Error,
        severities: [Error, Warning],
        summary: "an article whose `<head>` has no canonical link",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    // A fragment is item-content-not-full-document's alone (Resolution 13).
    if a.fragment {
        return;
    }
    let canonicals: Vec<NodeId> = a
        .head
        .map(|h| {
            a.element_children(h)
                .filter(|&l| {
                    a.tag(l) == Tag::Link
                        && a.attr(l, "href").is_some()
                        && a.attr(l, "rel").is_some_and(|r| {
                            r.split_ascii_whitespace()
                                .any(|t| t.eq_ignore_ascii_case("canonical"))
                        })
                })
                .collect()
        })
        .unwrap_or_default();
    if let Some(&second) = canonicals.get(1) {
        ctx.report(
            a.span_or_ancestor(second),
            "the article has more than one canonical link: the first one wins",
        )
        .severity(Severity::Warning)
        .help("keep a single <link rel=\"canonical\">");
        return;
    }
    if !canonicals.is_empty() {
        return;
    }
    let at = a
        .head
        .and_then(|h| a.span(h))
        .or_else(|| a.root.and_then(|r| a.span(r)))
        .unwrap_or_else(|| a.first_char());
    let item_link = a
        .item
        .and_then(|i| i.link.as_ref())
        .filter(|l| !l.is_blank());
    match item_link {
        Some(_) => {
            ctx.report(at, "the article's <head> has no <link rel=\"canonical\">: Facebook falls back to the item's <link>")
                .severity(Severity::Warning)
                .help("add <link rel=\"canonical\" href=\"...\"> to <head>");
        }
        None => {
            ctx.report(
                at,
                "the article has no canonical URL: no <link rel=\"canonical\"> and no item <link>",
            )
            .help("add <link rel=\"canonical\" href=\"...\"> to <head>");
        }
    }
}
