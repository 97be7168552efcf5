//! `html-lang-prefix-missing`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Facebook's sample article opens with `<html lang="en" prefix="op: http://media.facebook.com/op#">`.
    /// Two cases, each its own finding:
    ///
    /// - `<html>` has no `lang` attribute, or an empty one: at the `<html>` start tag. An `xml:lang`
    ///   attribute counts as `lang`. The value itself is not judged here.
    /// - `<html>` has a `prefix` attribute that does not bind `op:` to `http://media.facebook.com/op#`:
    ///   at the `prefix` attribute. The binding may stand anywhere in the attribute's list of
    ///   `name: URL` pairs, but must be written exactly so: the token `op:` (lower case), whitespace, then
    ///   exactly this URL.
    ///
    /// A missing `prefix` is not reported. An article whose `<html>` start tag is omitted (the HTML parser
    /// implies the element) is not reported either.
    ///
    /// The language is used by other rules: `rtl-language-without-dir` and `rtl-dir-on-ltr-language` fall
    /// back on it when the text decides nothing, and `feed-mixed-languages` compares it across the feed
    /// (items without it take no part).
    ///
    /// ## Why it matters
    /// Neither attribute was required: the official SDK writes neither, so this is advice. `lang` states
    /// the article's language, which readers, screen readers and ialint's direction and language checks
    /// rely on. `prefix` declares the `op:` vocabulary that the `op:markup_version` meta uses; a `prefix`
    /// that binds `op:` to some other URL contradicts it. Rule and severity (inferred): taken from the
    /// official sample, not from a stated requirement.
    ///
    /// ## Bad
    /// ```html document
    /// <!doctype html>
    /// <html prefix="op: http://media.facebook.com/op#">
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
    /// The official sample article (docs articlecreate and setup-rss-feed; Automattic/fb-instant-articles
    /// `template.php` at commit e6bd248); SDK `Elements/InstantArticle.php` (writes neither attribute).
    /// RULES.md B-78, B-13, B-14, A-22; Resolutions 32, 37, 42.
    pub static HTML_LANG_PREFIX_MISSING = {
        name: "html-lang-prefix-missing",
        category: Document,
        severity: Info,
        summary: "an `<html>` start tag without `lang`, or with a `prefix` that does not bind `op:`",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(root) = a.root.filter(|&r| a.is_written(r)) else {
        return;
    };
    if a.attr(root, "lang")
        .or_else(|| a.attr(root, "xml:lang"))
        .is_none_or(|l| l.trim().is_empty())
    {
        ctx.report(a.span_or_ancestor(root), "<html> has no `lang`")
            .help("write <html lang=\"en\" prefix=\"op: http://media.facebook.com/op#\">");
    }
    if let Some(prefix) = a.attr(root, "prefix")
        && !prefix
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0] == "op:" && w[1] == "http://media.facebook.com/op#")
    {
        ctx.report(
            a.attr_or_element_span(root, "prefix"),
            "the `prefix` of <html> does not bind `op:` to http://media.facebook.com/op#",
        )
        .help("write prefix=\"op: http://media.facebook.com/op#\"");
    }
}
