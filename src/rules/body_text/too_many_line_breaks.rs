//! `too-many-line-breaks`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A text block (`p`, `li`, `blockquote`, `aside`, `figcaption`, `h1`, `h2`), anywhere in the document,
    /// may contain at most `too-many-line-breaks.max` (default 5) `<br>` (or `<br/>`) in total, whether or
    /// not they are adjacent. The `<br>` of a text block nested in another (a `<p>` in a `<blockquote>`)
    /// count for the inner block only. A block with more gets one finding, at the block's start tag; its
    /// runs of adjacent `<br>` are then not reported separately as `consecutive-line-breaks`.
    ///
    /// ## Why it matters
    /// Facebook flagged such articles with "Too Many Line Breaks: … reduce the number of line breaks to a
    /// maximum of 5." Split long line-broken text (addresses, poems, lists) into several paragraphs or a
    /// list. Severity (inferred): the message does not say whether the article was rejected; ialint
    /// treats it as an error.
    ///
    /// ## Bad
    /// ```html
    /// <p>The rain came down on Monday,<br>
    /// the river rose on Tuesday,<br>
    /// by Wednesday it had reached the square,<br>
    /// on Thursday no one crossed it,<br>
    /// on Friday boats were rowing,<br>
    /// on Saturday the sun was out,<br>
    /// and on Sunday it was gone.</p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The rain came down on Monday,<br>
    /// the river rose on Tuesday,<br>
    /// by Wednesday it had reached the square,<br>
    /// on Thursday no one crossed it.</p>
    /// <p>On Friday boats were rowing,<br>
    /// on Saturday the sun was out,<br>
    /// and on Sunday it was gone.</p>
    /// ```
    ///
    /// ## Options
    /// - `too-many-line-breaks.max` (whole number; default `5`): the largest number of `<br>` allowed in one
    ///   text block. It also sets the limit above which `consecutive-line-breaks` leaves a block to this
    ///   rule.
    ///
    /// Set it in `ialint.toml` under `[rules.too-many-line-breaks]` as `max`.
    ///
    /// ## Source
    /// Facebook's "Too Many Line Breaks: … reduce the number of line breaks to a maximum of 5."
    /// (Automattic/fb-instant-articles issue #923). RULES.md B-40; Resolutions 35, 48; CONTRACT.md
    /// (`too-many-line-breaks.max = 5`).
    pub static TOO_MANY_LINE_BREAKS = {
        name: "too-many-line-breaks",
        category: BodyText,
        severity: Error,
        summary: "a text block with more than five line breaks",
        check: Article(check),
    }
}

use crate::article::breaks::runs;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let max = ctx.settings.max_line_breaks;
    for (block, total, _) in runs(a) {
        if total > max {
            ctx.report(
                a.span_or_ancestor(block),
                format!(
                    "{total} line breaks in one <{}>: Facebook allows at most {max}",
                    a.name(block)
                ),
            )
            .help("split the text into several paragraphs");
        }
    }
}
