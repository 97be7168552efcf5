//! `article-multiple-article-elements`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// An Instant Article document has one `<article>` element in its `<body>`, and everything the reader
    /// should see is inside it. The rule looks at the children of `<body>` and reports:
    ///
    /// - each further `<article>` child of `<body>` after the first, at its start tag;
    /// - the first piece of content in `<body>` outside the `<article>` elements, before or after them:
    ///   an element at its start tag, or a run of text at its first character that is not whitespace or a
    ///   no-break space. The document gets one such finding however much lies outside, so fix them all
    ///   before linting again.
    ///
    /// Whitespace, `&nbsp;` and comments outside the article are ignored, and so are elements that the
    /// parser creates without a start tag in the source. Content written after `</body>` or `</html>` ends
    /// up in the body when the document is parsed, and is reported the same way. An `<article>` nested
    /// inside the first one is `unsupported-element`'s. A `<script>`, a `<div>` or loose text outside the
    /// article is reported only here: `script-outside-embed`, `unsupported-element` and
    /// `text-outside-paragraph` look inside `<article>` only. An `<img>` outside the article is also
    /// `image-without-figure`'s.
    ///
    /// Not reported here: a `<body>` with no `<article>` child at all (`article-not-html-document`).
    ///
    /// ## Why it matters
    /// Instant Articles reads one article from the document: the official SDK builds exactly one
    /// Instant Article from the `<article>` element. Content outside it is not part of the Instant Article
    /// and is dropped, and a second `<article>` is ignored or, at best, merged unpredictably. Typical
    /// causes are "related posts" blocks, share buttons or analytics scripts that a theme appends after the
    /// article. Rule and severity (inferred): the sources show the one-article document model, not
    /// Facebook's reaction to extra content.
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
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
    /// </article>
    /// <p>More coverage of the economy on example.com.</p>
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
    /// <p>More coverage of the economy on example.com.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/InstantArticle.php` (one article per document: html > head + body > article);
    /// docs articlecreate (the article markup). RULES.md B-02, B-01; Resolutions 34, 42.
    pub static ARTICLE_MULTIPLE_ARTICLE_ELEMENTS = {
        name: "article-multiple-article-elements",
        category: Document,
        severity: Warning,
        summary: "a second `<article>`, or content in `<body>` outside the article",
        check: Article(check),
    }
}

use crate::article::NodeData;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let (Some(body), Some(article)) = (a.body, a.article) else {
        return;
    };
    let mut outside_reported = false;
    for c in a.children(body) {
        if c == article {
            continue;
        }
        match &a.node(c).data {
            NodeData::Element(e) if e.tag == Tag::Article => {
                if let Some(span) = a.span(c) {
                    ctx.report(span, "a second <article> in <body>: only the first is read")
                        .help("keep the whole story in one <article>");
                }
            }
            NodeData::Element(_) if !outside_reported && a.is_written(c) => {
                outside_reported = true;
                ctx.report(
                    a.span_or_ancestor(c),
                    format!(
                        "a <{}> in <body> outside the <article>: Facebook drops it",
                        a.name(c)
                    ),
                )
                .help("move everything inside the <article>");
            }
            NodeData::Text { .. } if !outside_reported && a.node(c).is_solid_text() => {
                if let Some(span) = a.text_span(c) {
                    outside_reported = true;
                    ctx.report(
                        span,
                        "text in <body> outside the <article>: Facebook drops it",
                    )
                    .help("move everything inside the <article>");
                }
            }
            _ => {}
        }
    }
}
