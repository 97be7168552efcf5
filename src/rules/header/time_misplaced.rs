//! `time-misplaced`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article's timestamps belong in its `<header>`, once each. Reported, each at the start tag of
    /// the `<time>` element concerned:
    ///
    /// - the first `time.op-modified` of the document, when it is outside `<header>` (in a paragraph, in
    ///   the footer…) and the article has a header;
    /// - a second `time.op-published` or a second `time.op-modified` anywhere in the document, in
    ///   document order: each one after the first is reported;
    /// - a `<time>` in the header that has neither the class `op-published` nor `op-modified`.
    ///
    /// Not reported here:
    /// - a `time.op-published` outside the header when the header has none: that is `op-published-missing`,
    ///   at that element;
    /// - an op-modified time in an article without a `<header>`: `header-missing` covers it;
    /// - an op-modified time earlier than the op-published one: that is `op-modified-before-published`;
    /// - an invalid or zone-less `datetime`: `time-datetime-invalid`, `time-datetime-no-timezone`.
    ///
    /// When times are repeated or misplaced, the rules that compare times use the first `op-published`
    /// (and the first `op-modified`) in the header, or else the first one anywhere.
    ///
    /// ## Why it matters
    /// Facebook reads `op-published` and `op-modified` only from the header. An op-modified time
    /// elsewhere is ignored, so an edit is not recognised as an update of the stored article; with
    /// duplicates, the SDK keeps the last one, which may not be the one you meant. A header `<time>`
    /// without a class is not a timestamp at all and is ignored.
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
    /// <p><time class="op-modified" datetime="2025-06-01T17:45:00Z">Updated June 1, 2025, 17:45</time></p>
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
    /// <time class="op-modified" datetime="2025-06-01T17:45:00Z">Updated June 1, 2025, 17:45</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// SDK `Transformer/Rules/TimeRule.php` (times are read in the Header context only; a later element
    /// overwrites an earlier one); FAQ L742 (`op-modified` marks an update of the published article).
    /// RULES.md B-21; Resolutions 28, 31.
    pub static TIME_MISPLACED = {
        name: "time-misplaced",
        category: Header,
        severity: Warning,
        summary: "an op-modified time outside the header, a repeated time, or an unclassed header time",
        check: Article(check),
    }
}

use crate::article::flags::IN_HEADER;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for class in ["op-published", "op-modified"] {
        let times: Vec<NodeId> = a.times(class).collect();
        let in_header = times.iter().any(|&t| a.has_flag(t, IN_HEADER));
        for (i, &t) in times.iter().enumerate() {
            if i > 0 {
                ctx.report(
                    a.span_or_ancestor(t),
                    format!("a second time.{class}: Facebook reads only one"),
                )
                .help("keep one, in <header>");
            } else if !a.has_flag(t, IN_HEADER) && class == "op-modified" && a.header.is_some() {
                ctx.report(
                    a.span_or_ancestor(t),
                    "time.op-modified is outside the <header>, where Facebook does not read it",
                )
                .help("move it into <header>");
            }
            // A first op-published outside the header is op-published-missing's (Resolution 31).
            let _ = in_header;
        }
    }
    for &t in a.elements(Tag::Time) {
        if a.has_flag(t, IN_HEADER)
            && !a.has_class(t, "op-published")
            && !a.has_class(t, "op-modified")
            && a.is_written(t)
        {
            ctx.report(
                a.span_or_ancestor(t),
                "a <time> in the <header> without class op-published or op-modified",
            )
            .help("add class=\"op-published\" (or op-modified), or remove it from the header");
        }
    }
}
