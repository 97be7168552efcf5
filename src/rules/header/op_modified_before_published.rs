//! `op-modified-before-published`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// When both the article's `op-published` and `op-modified` times have valid `datetime` values, the
    /// modification time must not be earlier than the publication time; equal times are fine. The times
    /// used are the first `time.op-published` and the first `time.op-modified` in `<header>`, or else the
    /// first ones anywhere in the article. Values with an offset are compared as instants, so
    /// `19:15:00+02:00` (17:15 UTC) is earlier than `17:30:00Z`. Two zone-less values of the same article
    /// are compared as written; a zone-less value against a zoned one is reported only if it is earlier for
    /// every offset from −12:00 to +14:00. The finding points at the op-modified `datetime` attribute
    /// (or the `<time>` start tag), with a label at the op-published one.
    ///
    /// Invalid or missing values are not compared (see `time-datetime-invalid`); misplaced or repeated
    /// times are `time-misplaced`.
    ///
    /// ## Why it matters
    /// Facebook treats `op-modified` as the time of the latest update and compares the next version's
    /// `op-modified` with it. A value earlier than the publication time, usually written by a CMS from
    /// another clock or time zone, makes that reference wrong: later updates can be ignored as not newer
    /// (`update-op-modified-not-later`) or as outside the 24-hour window (`update-outside-24h-window`).
    /// The rule and its severity are inferred from the FAQ's update rules (inferred).
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
    /// <time class="op-modified" datetime="2025-06-01T19:15:00+02:00">June 1, 2025</time>
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
    /// <time class="op-modified" datetime="2025-06-01T17:45:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// FAQ L742 (`op-modified` marks an update of the published article); inferred. Related: FAQ L646,
    /// L658 (updates are compared with the stored `op-modified`). RULES.md B-21b; Resolutions 28, 29.
    pub static OP_MODIFIED_BEFORE_PUBLISHED = {
        name: "op-modified-before-published",
        category: Header,
        severity: Error,
        summary: "an op-modified time that is earlier than the op-published time",
        check: Article(check),
    }
}

use crate::lint::time_value;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let (Some(p), Some(m)) = (a.main_time("op-published"), a.main_time("op-modified")) else {
        return;
    };
    let (Some(pv), Some(mv)) = (time_value(a, p), time_value(a, m)) else {
        return;
    };
    if mv.compare(pv).is_some_and(|o| o.is_lt()) {
        ctx.report(
            a.attr_or_element_span(m, "datetime"),
            format!(
                "op-modified ({}) is earlier than op-published ({})",
                a.attr(m, "datetime").unwrap_or("").trim(),
                a.attr(p, "datetime").unwrap_or("").trim()
            ),
        )
        .label(a.attr_or_element_span(p, "datetime"), "op-published")
        .help("op-modified must be at or after op-published: bump it on every change");
    }
}
