//! `input-limit-exceeded`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// This finding is about ialint's own work, not about an Instant Articles requirement. It is reported
    /// on an item whose decoded article (the text of `content:encoded` after CDATA and entities are
    /// decoded) is larger than `limits.max-item-bytes`, 8 MiB (8 388 608 bytes) by default, at the
    /// `content:encoded` start tag. The article is skipped as a whole, not truncated: it is not parsed and
    /// no article rule runs on it, so none of its markup problems are reported. The item's RSS fields are
    /// still checked (`item-missing-title`, `item-guid-missing-or-duplicate`, …), with the item's `<link>`
    /// standing in for the canonical URL, the item is counted, and the rest of the feed is linted as usual.
    ///
    /// The same holds for an article whose elements nest deeper than `limits.max-nesting` (2048 levels
    /// by default): no real article comes close, and parsing such markup takes time that grows with
    /// the square of the depth, so it is skipped with this finding instead of stalling the run.
    ///
    /// An article file linted on its own that is over either limit gets this finding at the start
    /// of the file and is not linted.
    ///
    /// A third limit bounds memory on huge feeds: duplicate guids, canonical URLs and titles are
    /// remembered for the first `limits.max-tracked-items` items (5000 by default). The first item over
    /// it gets this finding once (with no item in JSON, like `feed-too-many-items`); later items are
    /// still compared with the remembered ones, but are not remembered themselves.
    ///
    /// Like any warning, it does not make the run fail unless `fail-on` is set to `warning` or `info`.
    ///
    /// ## Why it matters
    /// An article that was not linted may still hold defects that get it rejected or its content dropped;
    /// this finding says that the run did not check it. An article of several megabytes usually carries
    /// embedded data (for example `data:` images in base64) that belongs on a media server, and it makes
    /// the feed slow to download and parse, against Facebook's 30-second download and 10-second
    /// load-and-parse limits. If the article is legitimately that large, raise the limit.
    ///
    /// ## Bad
    /// ```text
    /// An item whose content:encoded holds a 9 MB article, most of it inline base64 images:
    /// <img src="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ…"> repeated in every figure.
    /// With the default limit of 8 MiB, the item is skipped and gets this warning.
    /// ```
    ///
    /// ## Good
    /// ```text
    /// The same article with its images served from a media host:
    /// <figure><img src="https://cdn.example.com/img/clean-1.jpg"></figure>
    /// The decoded article is now a few kilobytes and is linted normally.
    /// ```
    ///
    /// ## Options
    /// - `limits.max-item-bytes` (whole number of bytes; default `8388608`): the largest decoded article
    ///   ialint lints; a larger one is skipped with this finding.
    ///
    /// Set it in `ialint.toml` under `[limits]` as `max-item-bytes`.
    ///
    /// ## Source
    /// RULES.md Resolution 55 (ialint's own findings, category `tool`); CONTRACT.md (`limits.max-item-bytes
    /// = 8388608`). Context: FAQ L634 (30-second download timeout), L652 (load and parse within 10
    /// seconds).
    pub static INPUT_LIMIT_EXCEEDED = {
        name: "input-limit-exceeded",
        category: Tool,
        severity: Warning,
        summary: "an item whose article is larger than the item size limit, so it was not linted",
        check: Tool,
    }
}
