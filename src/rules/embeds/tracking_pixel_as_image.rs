//! `tracking-pixel-as-image`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports an `<img>` that looks like a tracking pixel and is not inside a
    /// `figure.op-tracker`, at the `<img>` start tag. An image is a pixel when:
    ///
    /// - its `width` and `height` attributes are both at most 2 (the `max-size` option; `0`, `1`, `1px`
    ///   count), or
    /// - its `src` is on a known analytics host (the `hosts` option), whatever its size.
    ///
    /// Bare images and images in figures are judged alike. Images inside an embed iframe are the embed's
    /// own content and are not judged.
    ///
    /// One defect, one finding: a pixel reported here is not also `image-without-figure`. Pixels in other
    /// places belong to other rules: one written inside a `<p>` is `non-text-inside-paragraph`, one in a
    /// `<figcaption>` is `figcaption-disallowed-children`.
    ///
    /// ## Why it matters
    /// Without the `op-tracker` class, Instant Articles treats a tracking pixel as an ordinary image: it is
    /// shown as an inline image (an empty frame or a stray dot in the article) and does not work as
    /// analytics. Wrap the pixel in an iframe inside `figure.op-tracker`. Pixel detection (inferred): the
    /// size and host heuristic is ours, not Facebook's.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://stats.example.com/pixel.gif?article=clean-1" width="1" height="1"></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-tracker"><iframe><img src="https://stats.example.com/pixel.gif?article=clean-1" width="1" height="1"></iframe></figure>
    /// ```
    ///
    /// ## Options
    /// - `max-size` (integer; default `2`): an image whose `width` and `height` are both at most this many
    ///   pixels is treated as a pixel.
    /// - `hosts` (list of host names; default `["pixel.wp.com", "google-analytics.com",
    ///   "scorecardresearch.com", "quantserve.com", "bat.bing.com", "chartbeat.net"]`): hosts that serve
    ///   only tracking pixels; each covers its subdomains. An image from one of them is reported whatever
    ///   its size.
    ///
    /// Set them in `ialint.toml` under `[rules.tracking-pixel-as-image]`.
    ///
    /// ## Source
    /// FAQ L682 (add the `op-tracker` class to the `<figure>` that wraps a tracking pixel; without it, the
    /// pixel is treated as an inline image). The pixel heuristic is inferred. RULES.md B-62; Resolutions
    /// 33, 48.
    pub static TRACKING_PIXEL_AS_IMAGE = {
        name: "tracking-pixel-as-image",
        category: Embeds,
        severity: Warning,
        summary: "a tracking pixel written as an image instead of inside a `figure.op-tracker`",
        check: Article(check),
    }
}

use crate::article::flags::{IN_BODY, IN_EMBED};

fn pixel_sized(a: &Article<'_>, img: NodeId) -> bool {
    let small = |n: &str| {
        a.attr(img, n)
            .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
            .is_some_and(|v| v <= 2)
    };
    small("width") && small("height")
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &img in a.elements(Tag::Img) {
        if !a.has_flag(img, IN_BODY) || a.has_flag(img, IN_EMBED) {
            continue;
        }
        let host = a
            .attr(img, "src")
            .and_then(crate::urls::absolute_http)
            .and_then(|u| crate::urls::domain_host(&u))
            .unwrap_or_default();
        let pixel_host = ctx
            .settings
            .pixel_hosts
            .iter()
            .any(|h| crate::urls::covers(h, &host));
        if !pixel_sized(a, img) && !pixel_host {
            continue;
        }
        let Some(span) = a.span(img) else { continue };
        ctx.report(span, "a tracking pixel shown as an image").help(
            "put it in <figure class=\"op-tracker\"><iframe><img src=\"...\"></iframe></figure>",
        );
    }
}
