//! `time-datetime-no-timezone`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A `<time>` element whose class list contains `op-published` or `op-modified`, wherever it is, has a
    /// valid `datetime` value (see `time-datetime-invalid`) that ends without `Z` or an offset such as
    /// `+02:00`, for example `2025-06-01T17:30:00`. The finding points at the `datetime` attribute.
    ///
    /// A value that does not parse at all is `time-datetime-invalid` alone. A missing zone is never the
    /// sole cause of another finding: when ialint compares a zone-less time with the current time or with
    /// a baseline, it fires only if the comparison holds for every offset from −12:00 to +14:00, and two
    /// zone-less times of the same article are compared as written.
    ///
    /// ## Why it matters
    /// Without a zone the time is ambiguous by up to 26 hours. The official SDK assumed
    /// `America/Los_Angeles`; what Facebook's servers assumed is unknown. A wrong guess shifts the
    /// displayed publication time and can make an update look older than the stored version, or push it
    /// outside the 24-hour update window, so it is ignored. Severity (inferred): what Facebook did with
    /// zone-less times is not known.
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
    /// <time class="op-published" datetime="2025-06-01T17:30:00">June 1, 2025</time>
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
    /// <time class="op-published" datetime="2025-06-01T19:30:00+02:00">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// SDK `Transformer/Transformer.php` (default time zone `America/Los_Angeles`); SDK fixtures
    /// `tests/Facebook/InstantArticles/Parser/instant-article-example-no-timezone.html` and
    /// `-standard-timezone.html`. RULES.md B-20; Resolutions 3, 28, 29.
    pub static TIME_DATETIME_NO_TIMEZONE = {
        name: "time-datetime-no-timezone",
        category: Header,
        severity: Warning,
        summary: "an op-published or op-modified `datetime` without a time zone",
        check: Article(check),
    }
}

use crate::datetime;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &t in a.elements(Tag::Time) {
        let class = if a.has_class(t, "op-published") {
            "op-published"
        } else if a.has_class(t, "op-modified") {
            "op-modified"
        } else {
            continue;
        };
        let Some(value) = a.attr(t, "datetime") else {
            continue;
        };
        if let Ok(v) = datetime::parse(value)
            && v.offset.is_none()
        {
            ctx.report(
                a.attr_or_element_span(t, "datetime"),
                format!(
                    "the datetime `{}` of time.{class} has no time zone",
                    value.trim()
                ),
            )
            .help(format!(
                "add the offset, such as {}Z or {}+02:00",
                value.trim(),
                value.trim()
            ));
        }
    }
}
