//! `unused-suppression`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A finding of ialint itself (RULES.md Resolution 55). It reports a suppression that matched
    /// nothing: an inline `<!-- ialint-disable ... -->` or `<!-- ialint-disable-next-line ... -->`
    /// comment in an article, or an `[[ignore-items]]` entry of `ialint.toml` that silenced no finding
    /// in the run, and a suppression that names something that is neither a rule nor a category. It runs
    /// with `--report-unused-suppressions`, which is on when the `CI` environment variable is set. An
    /// inline comment's finding points at the comment; a configuration entry's points at its line in
    /// `ialint.toml`.
    ///
    /// ## Why it matters
    /// A suppression that no longer matches hides nothing today, but it will silently hide the next real
    /// defect of that kind. Removing stale suppressions keeps the gate honest.
    ///
    /// ## Bad
    /// ```text
    /// <!-- ialint-disable figure-inside-paragraph -- legacy template --> in an article with no figure in a paragraph
    /// ```
    ///
    /// ## Good
    /// ```text
    /// <!-- ialint-disable figure-inside-paragraph -- legacy template --> in an article that has one
    /// ```
    ///
    /// ## Source
    /// RULES.md Resolution 55.
    pub static UNUSED_SUPPRESSION = {
        name: "unused-suppression",
        category: Tool,
        severity: Warning,
        summary: "a suppression that silenced no finding, or names an unknown rule",
        check: Tool,
    }
}
