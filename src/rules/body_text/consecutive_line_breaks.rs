//! `consecutive-line-breaks`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Inside a text block (`p`, `li`, `blockquote`, `aside`, `figcaption`, `h1`, `h2`), a run of two or
    /// more `<br>` (or `<br/>`) with nothing but whitespace, no-break spaces (`&nbsp;`) or comments between
    /// them is reported, once per run, at the run's second `<br>`.
    ///
    /// Any other element between two `<br>` ends the run. The `<br>` of a text block nested in another
    /// (a `<p>` in a `<blockquote>`) belong to the inner block only. Text blocks anywhere in the document
    /// are judged, header and footer included.
    ///
    /// When a block has more than five `<br>` in total (more than `too-many-line-breaks.max`), it gets
    /// one `too-many-line-breaks` finding instead, and its runs are not reported separately. A single
    /// `<br>` between lines of text is fine.
    ///
    /// ## Why it matters
    /// Blank lines made of `<br><br>` are how a desktop CMS fakes paragraphs. Facebook's FAQ asks
    /// publishers not to use several `<br>` in a row and to split the text into `<p>` paragraphs instead;
    /// the article is ingested, but the spacing is not rendered as intended and the text is not divided
    /// into real paragraphs.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.<br><br>The second paragraph of the body text.</p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <p>The second paragraph of the body text.</p>
    /// ```
    ///
    /// ## Source
    /// FAQ L680 (do not use several `<br>` tags in a row; use `<p>` to split the body into paragraphs).
    /// RULES.md B-39; Resolution 35.
    pub static CONSECUTIVE_LINE_BREAKS = {
        name: "consecutive-line-breaks",
        category: BodyText,
        severity: Warning,
        summary: "two or more `<br>` in a row inside a text block",
        check: Article(check),
    }
}

use crate::article::breaks::runs;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let max = ctx.settings.max_line_breaks;
    for (_, total, runs) in runs(a) {
        // A block over the limit is too-many-line-breaks' alone (Resolution 35).
        if total > max {
            continue;
        }
        for second in runs {
            ctx.report(a.span_or_ancestor(second), "several <br> in a row")
                .help("end the paragraph and start a new <p> instead of stacking line breaks");
        }
    }
}
