//! `time-datetime-invalid`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Every `<time>` element whose class list contains `op-published` or `op-modified`, wherever it is
    /// in the article, must have a `datetime` attribute (the name in any letter case: the official sample
    /// writes `dateTime`) holding a valid date and time. The value, trimmed of ASCII whitespace, must be:
    ///
    /// - `YYYY-MM-DD`, then `T` or a space, then `hh:mm`, optionally `:ss` and a fraction of one or more
    ///   digits, then optionally `Z` or an offset `+hh:mm` / `-hh:mm`;
    /// - a real date and time: a year of four or more digits above 0, a month 01–12, a day that exists in
    ///   that month (Gregorian leap years), an hour 00–23, minutes and seconds 00–59, offset hours up to
    ///   23 and offset minutes up to 59.
    ///
    /// So `2016-2-04T08:00` (no zero padding), `2025-13-45T25:61:00Z`, a date alone (`2025-06-01`) and
    /// `2025-06-01 18:00:00 UTC` are invalid, while `2025-06-01 17:30Z` is valid.
    ///
    /// Severity: **error** when the element's classes include `op-published`, **warning** for an
    /// `op-modified` time (a `<time>` with both classes counts as `op-published`). A missing attribute is
    /// reported at the `<time>` start tag; an empty or invalid value at the `datetime` attribute. A valid
    /// value that only lacks a time zone is `time-datetime-no-timezone` instead, never both.
    ///
    /// ## Why it matters
    /// Facebook takes the article's publication time from `time.op-published`; without a readable
    /// `datetime` (the SDK's message is "Time must have datetime set.") the required timestamp is missing
    /// and the article is rejected. An unreadable `op-modified` time is not recognised as an update time,
    /// so an edit in the feed is ignored instead of replacing the stored article.
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
    /// <time class="op-published" datetime="2025-6-1T17:30">June 1, 2025</time>
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
    /// SDK `Transformer/Rules/TimeRule.php` (InvalidSelector when `datetime` is missing) and the validator
    /// message "Time must have datetime set."; SDK `Elements/Time.php` writes ISO 8601 (`format('c')`).
    /// The value `2016-2-04T08:00` is real: facebookarchive/facebook-instant-articles-sdk-extensions-in-php
    /// `tests/Facebook/InstantArticles/AMP/articles/tutorial-instant-article.html`. RULES.md B-19;
    /// Resolutions 3, 28, 40.
    pub static TIME_DATETIME_INVALID = {
        name: "time-datetime-invalid",
        category: Header,
        severity: Error,
        severities: [Error, Warning],
        summary: "an op-published or op-modified time whose `datetime` is missing or not a valid date-time",
        check: Article(check),
    }
}

use crate::datetime;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &t in a.elements(Tag::Time) {
        let published = a.has_class(t, "op-published");
        if !published && !a.has_class(t, "op-modified") {
            continue;
        }
        let class = if published {
            "op-published"
        } else {
            "op-modified"
        };
        let severity = if published {
            Severity::Error
        } else {
            Severity::Warning
        };
        match a.attr(t, "datetime") {
            None => {
                ctx.report(
                    a.span_or_ancestor(t),
                    format!("time.{class} has no `datetime` attribute"),
                )
                .severity(severity)
                .help("add datetime=\"2025-06-01T10:00:00+00:00\"");
            }
            Some(value) => {
                if let Err(why) = datetime::parse(value) {
                    ctx.report(a.attr_or_element_span(t, "datetime"), format!("the datetime `{}` of time.{class} is not valid: {}", value.trim(), why.0))
                        .severity(severity)
                        .help("write an ISO 8601 date and time with a zone, such as 2025-06-01T10:00:00+00:00");
                }
            }
        }
    }
}
