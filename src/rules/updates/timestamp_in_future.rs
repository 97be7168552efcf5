//! `timestamp-in-future`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article's op-published and op-modified times must not lie in the future: a time later than
    /// the current time plus `timestamp-in-future.tolerance` (5 minutes by default) is reported, at its
    /// `datetime` attribute. Each of the two times gets at most one finding. The current time is the
    /// system clock, or the value of `--now` for reproducible runs.
    ///
    /// The times judged are the first `time.op-published` and the first `time.op-modified` in
    /// `<header>`, or else the first ones anywhere in the article; invalid values are left to
    /// `time-datetime-invalid`. A value without a time zone is reported only if it is in the future for
    /// every offset from −12:00 to +14:00, so a missing zone alone never causes this finding.
    ///
    /// ## Why it matters
    /// A future `op-modified` becomes the stored reference for the next update. Later, legitimate updates
    /// then carry an older time and are ignored as not newer (`update-op-modified-not-later`), and once the
    /// real clock catches up the gap can exceed the 24-hour update window (`update-outside-24h-window`). A
    /// future `op-published` usually means a scheduled post leaked into the feed before its publication
    /// time. Rule and severity (inferred): derived from the FAQ's update rules, not stated by a source.
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
    /// <time class="op-published" datetime="2025-06-02T06:00:00Z">June 2, 2025</time>
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
    /// ## Options
    /// - `timestamp-in-future.tolerance` (a duration such as `"90s"`, `"5m"` or `"1h"`; default `"5m"`):
    ///   how far past the current time a timestamp may lie before it is reported, to absorb clock skew
    ///   between the CMS and the machine running ialint.
    ///
    /// Set it in `ialint.toml` under `[rules.timestamp-in-future]` as `tolerance`.
    ///
    /// ## Source
    /// Inferred from FAQ L646 (an update is applied only if its `op-modified` is later than the stored
    /// one) and L658 (updates more than 24 hours after the stored `op-modified` are ignored). RULES.md
    /// A-31; Resolutions 28, 29, 48; CONTRACT.md (`timestamp-in-future.tolerance = "5m"`).
    pub static TIMESTAMP_IN_FUTURE = {
        name: "timestamp-in-future",
        category: Updates,
        severity: Warning,
        summary: "an op-published or op-modified time later than the current time",
        check: Article(check),
    }
}

use crate::datetime::format_utc;
use crate::lint::time_value;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let limit = (ctx.settings.now.0 + ctx.settings.future_tolerance) * 1000;
    for class in ["op-published", "op-modified"] {
        let Some(t) = a.main_time(class) else {
            continue;
        };
        let Some(value) = time_value(a, t) else {
            continue;
        };
        if value.earliest() > limit {
            ctx.report(
                a.attr_or_element_span(t, "datetime"),
                format!("{class} is in the future (now is {})", format_utc(ctx.settings.now.0)),
            )
            .help("write the real time: a future time makes later updates look older and can push them outside the 24-hour window");
        }
    }
}
