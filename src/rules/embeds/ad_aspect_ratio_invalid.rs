//! `ad-aspect-ratio-invalid`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports each `<iframe>` that is a direct child of a `figure.op-ad` (in the body, in the
    /// header, or in a `section.op-ad-template`) whose `height` is greater than 1.5 times its `width`
    /// (`ad-aspect-ratio-invalid.max-ratio`), at the `height` attribute. Both attributes must be whole
    /// numbers (surrounding spaces ignored) and the width above 0 for the ad to be judged; an ad without
    /// them is not judged here. A ratio of exactly 1.5 (300 × 450) is allowed. A height over 960 may
    /// also be `embed-height-over-960`.
    ///
    /// ## Why it matters
    /// Ads in Instant Articles cannot exceed a 2:3 (width:height) ratio; a taller creative is cropped
    /// from the bottom, so a half-page ad (300 × 600) loses a quarter of its height. Use ad sizes within
    /// the limit, such as 300 × 250, for the slots served in Instant Articles.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-ad"><iframe src="https://ads.example.com/ia/slot-1/" width="300" height="600"></iframe></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-ad"><iframe src="https://ads.example.com/ia/slot-1/" width="300" height="250"></iframe></figure>
    /// ```
    ///
    /// ## Options
    /// - `ad-aspect-ratio-invalid.max-ratio` (a positive number; default `1.5`): the largest
    ///   height-to-width ratio that is not reported.
    ///
    /// Set it in `ialint.toml` under `[rules.ad-aspect-ratio-invalid]` as `max-ratio`.
    ///
    /// ## Source
    /// Docs developers.facebook.com/docs/instant-articles/reference/ad ("cannot exceed a 2:3 ratio …
    /// automatically cropped from the bottom"); Instant Articles blog, 2016-10-12, "updates to ads
    /// formats". RULES.md B-59; Resolutions 19, 48; CONTRACT.md (`ad-aspect-ratio-invalid.max-ratio =
    /// 1.5`).
    pub static AD_ASPECT_RATIO_INVALID = {
        name: "ad-aspect-ratio-invalid",
        category: Embeds,
        severity: Warning,
        summary: "an ad iframe taller than 1.5 times its width (beyond the 2:3 limit)",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let max = ctx.settings.max_ad_ratio;
    for &fig in a.elements(Tag::Figure) {
        if !a.has_class(fig, "op-ad") {
            continue;
        }
        for iframe in a.element_children(fig).filter(|&c| a.tag(c) == Tag::Iframe) {
            let num = |n: &str| a.attr(iframe, n).and_then(|v| v.trim().parse::<u64>().ok());
            let (Some(w), Some(h)) = (num("width"), num("height")) else {
                continue;
            };
            if w > 0 && h as f64 > max * w as f64 {
                ctx.report(
                    a.attr_or_element_span(iframe, "height"),
                    format!("an ad {w}×{h}: taller than {max} times its width, it is cropped"),
                )
                .help(format!(
                    "keep the height at most {} for this width",
                    (max * w as f64).floor()
                ));
            }
        }
    }
}
