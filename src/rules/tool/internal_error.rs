//! `internal-error`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// This finding is about ialint itself, not about the feed. It is reported when one of ialint's rules
    /// fails unexpectedly while checking an item: a defect in ialint, triggered by something in that item.
    /// The finding points at the `<item>` start tag (for an article file linted on its own, at its first
    /// character; for a check made at the channel's end, at `</channel>`), and its message names the rule
    /// that failed, or says that reading the item failed outside the rules (then the item has no other
    /// finding). Whatever that rule had found for the item before failing is discarded.
    /// The run goes on with the other rules, items and inputs, but the exit status is 2 ("ialint could not
    /// do its job") instead of 0 or 1, so that a CI job does not pass on an incomplete check.
    ///
    /// ## Why it matters
    /// The failed rule's findings for that item are missing, so the item may hold problems that Instant
    /// Articles would reject and that this run did not report. Report the finding to the ialint
    /// maintainers together with the item that triggers it.
    ///
    /// ## Bad
    /// ```text
    /// An item that makes a rule fail, for example one whose article contains markup that the rule does
    /// not handle. The run reports internal-error on that item, lints everything else, and exits with
    /// status 2.
    /// ```
    ///
    /// ## Good
    /// ```text
    /// The same feed linted by an ialint release in which the rule no longer fails: the rule reports its
    /// findings (or none) for the item, there is no internal-error, and the exit status is 0 or 1 again.
    /// ```
    ///
    /// ## Source
    /// RULES.md Resolution 55 (ialint's own findings, category `tool`: `internal-error` is an error, the
    /// run goes on and the exit code is 2); CONTRACT.md (exit status 2 when ialint could not do its job).
    pub static INTERNAL_ERROR = {
        name: "internal-error",
        category: Tool,
        severity: Error,
        summary: "a rule that failed while checking an item, so that item's results are incomplete",
        check: Tool,
    }
}
