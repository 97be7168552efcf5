//! `embed-height-over-960`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports an `<iframe>` that is a direct child of an embed figure (`op-interactive`,
    /// `op-social`, `op-ad` or `op-tracker`) whose `height` is a whole number (surrounding spaces
    /// ignored) greater than 960 (`embed-height-over-960.max`), at the `height` attribute. Exactly 960 is
    /// allowed. An iframe nested in the embed's inline content is not judged.
    ///
    /// A `height` that is not a whole number (`1200px`, `100%`) is not judged here: for interactive and
    /// social embeds it is `embed-dimensions-invalid`. A tall ad is also judged for its proportions by
    /// `ad-aspect-ratio-invalid`.
    ///
    /// ## Why it matters
    /// The FAQ sets the maximum height of an embed at 960 pixels. A taller embed is not shown at the
    /// height it asks for, so the lower part of the graphic can be cut off. Reduce the height, or split a
    /// long graphic into several embeds.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe src="https://graphics.example.com/election-2025/results/" height="1400"></iframe></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe src="https://graphics.example.com/election-2025/results-north/" height="700"></iframe></figure>
    /// <figure class="op-interactive"><iframe src="https://graphics.example.com/election-2025/results-south/" height="700"></iframe></figure>
    /// ```
    ///
    /// ## Options
    /// - `embed-height-over-960.max` (whole number; default `960`): the largest embed height, in pixels,
    ///   that is not reported.
    ///
    /// Set it in `ialint.toml` under `[rules.embed-height-over-960]` as `max`.
    ///
    /// ## Source
    /// FAQ L706 (the `height` of the embed's `<iframe>` is an integer number of pixels, at most 960).
    /// RULES.md B-53; Resolutions 19, 48; CONTRACT.md (`embed-height-over-960.max = 960`).
    pub static EMBED_HEIGHT_OVER_960 = {
        name: "embed-height-over-960",
        category: Embeds,
        severity: Warning,
        summary: "an embed iframe taller than 960 pixels",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let max = ctx.settings.max_embed_height;
    for &iframe in a.elements(Tag::Iframe) {
        let Some(parent) = a.parent(iframe) else {
            continue;
        };
        if !a.is_embed_figure(parent) {
            continue;
        }
        let Some(h) = a
            .attr(iframe, "height")
            .and_then(|h| h.trim().parse::<u64>().ok())
        else {
            continue;
        };
        if h > max {
            ctx.report(
                a.attr_or_element_span(iframe, "height"),
                format!("an embed {h} pixels high: the maximum is {max}"),
            )
            .help(format!(
                "make it at most height=\"{max}\", or split the graphic"
            ));
        }
    }
}
