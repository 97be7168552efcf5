//! `meta-charset-missing`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article's `<head>` must declare UTF-8, as `<meta charset="utf-8">` (the form of Facebook's
    /// sample). Only `<meta>` elements that are direct children of `<head>` count; one written in the body
    /// does not. Reported:
    ///
    /// - the first `<meta charset>` in `<head>` names something other than `utf-8` (compared after
    ///   trimming whitespace, ignoring letter case): at its `charset` attribute. Other names for UTF-8,
    ///   such as `utf8`, are reported too; write `utf-8`;
    /// - no `<meta charset>` at all: at the `<head>` start tag, or at `<html>` when `<head>` is not
    ///   written, or else at the article's first character. The older form `<meta http-equiv="Content-Type"
    ///   content="text/html; charset=utf-8">` is accepted in its place when its `content` contains
    ///   `charset=utf-8` (ignoring letter case and spaces); an `http-equiv` meta naming another encoding
    ///   does not count, so the head is reported as declaring none.
    ///
    /// Not reported here: the XML declaration of the feed (`feed-encoding-mismatch`); content that is only
    /// an HTML fragment (`item-content-not-full-document` alone).
    ///
    /// ## Why it matters
    /// Instant Articles are UTF-8: the docs' sample head declares `utf-8`, and the official SDK renders
    /// articles with a `utf-8` default. An article that declares another encoding asks to be decoded in
    /// that encoding (the SDK has a test article in EUC-JP), and its non-ASCII characters (accents, curly
    /// quotes, dashes, non-Latin scripts) come out garbled when the text is really UTF-8, as it is inside a
    /// UTF-8 feed. Severity (inferred): the sources show the required form, not how Facebook treated a
    /// missing or different declaration.
    ///
    /// ## Bad
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="iso-8859-1">
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
    /// Docs sample head (articlecreate / setup-rss-feed); SDK `Elements/InstantArticle.php` (charset
    /// default `utf-8`, `withCharset`); SDK fixture
    /// `tests/Facebook/InstantArticles/Transformer/instant-article-example-nonutf8.html`
    /// (`charset="euc-jp"`). RULES.md B-04; Resolutions 13, 19, 40.
    pub static META_CHARSET_MISSING = {
        name: "meta-charset-missing",
        category: Document,
        severity: Warning,
        summary: "an article whose `<head>` does not declare the UTF-8 character set",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    if a.fragment {
        return;
    }
    let Some(head) = a.head else { return };
    let metas: Vec<NodeId> = a
        .element_children(head)
        .filter(|&m| a.tag(m) == Tag::Meta)
        .collect();
    if let Some(&m) = metas.iter().find(|&&m| a.attr(m, "charset").is_some()) {
        let value = a.attr(m, "charset").unwrap_or("").trim();
        if !value.eq_ignore_ascii_case("utf-8") {
            ctx.report(
                a.attr_or_element_span(m, "charset"),
                format!("the article declares charset `{value}`, not UTF-8"),
            )
            .help("encode the article in UTF-8 and write <meta charset=\"utf-8\">");
        }
        return;
    }
    // The older http-equiv form counts too.
    let http_equiv = metas.iter().any(|&m| {
        a.attr(m, "http-equiv")
            .is_some_and(|h| h.trim().eq_ignore_ascii_case("content-type"))
            && a.attr(m, "content").is_some_and(|c| {
                c.to_ascii_lowercase()
                    .replace(' ', "")
                    .contains("charset=utf-8")
            })
    });
    if !http_equiv {
        ctx.report(
            a.span_or_ancestor(head),
            "the article's <head> has no <meta charset=\"utf-8\">",
        )
        .help("add <meta charset=\"utf-8\"> as the first element of <head>");
    }
}
