//! `tracking-pixel-as-image`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports an `<img>` in `<body>` that looks like a tracking pixel and is not inside an embed
    /// figure (`op-tracker`, or any other of `op-interactive`, `op-social`, `op-ad`), at the `<img>` start
    /// tag. An image is a pixel when:
    ///
    /// - its `width` and `height` attributes are both whole numbers of at most 2 (a `px` suffix allowed:
    ///   `0`, `1`, `1px` count), or
    /// - its `src` is an absolute http(s) URL on one of the `tracking-pixel-as-image.hosts` (or a
    ///   subdomain of one), whatever its size.
    ///
    /// Bare images, images in figures, in paragraphs and in captions are judged alike. Markup inside an
    /// `<iframe>` is the iframe's own content and is not judged.
    ///
    /// A pixel-sized image reported here is not also `image-without-figure`; an image from a pixel host
    /// that is not pixel-sized and stands outside any figure is reported by both. A pixel written inside a
    /// `<p>` is also `non-text-inside-paragraph`, and one in a `<figcaption>` is also
    /// `figcaption-disallowed-children`: moving it into a `figure.op-tracker` clears them all.
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
    /// - `tracking-pixel-as-image.hosts` (list of host names; default `["pixel.wp.com",
    ///   "google-analytics.com", "scorecardresearch.com", "quantserve.com", "bat.bing.com",
    ///   "chartbeat.net"]`): hosts that serve only tracking pixels; each covers its subdomains. An image
    ///   from one of them is reported whatever its size. A list given in the configuration replaces the
    ///   default one.
    ///
    /// Set it in `ialint.toml` under `[rules.tracking-pixel-as-image]` as `hosts`. The size limit of 2
    /// pixels is fixed.
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

use crate::article::flags::{IN_BODY, IN_EMBED, IN_FIGCAPTION, IN_P};

/// Whether an image is a tracking pixel: at most 2×2 pixels, or from a
/// pixel host (`tracking-pixel-as-image.hosts`).
pub(crate) fn is_tracking_pixel(a: &Article<'_>, img: NodeId, hosts: &[String]) -> bool {
    let small = |n: &str| {
        a.attr(img, n)
            .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
            .is_some_and(|v| v <= 2)
    };
    if small("width") && small("height") {
        return true;
    }
    let Some(src) = a.attr(img, "src") else {
        return false;
    };
    if !crate::urls::may_have_host_in(src, hosts) {
        return false;
    }
    let host = crate::urls::absolute_http(src)
        .and_then(|u| crate::urls::domain_host(&u))
        .unwrap_or_default();
    hosts.iter().any(|h| crate::urls::covers(h, &host))
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &img in a.elements(Tag::Img) {
        // In a paragraph or a caption, the paragraph and caption rules report
        // the image (Resolution 33).
        if !a.has_flag(img, IN_BODY) || a.has_flag(img, IN_EMBED | IN_P | IN_FIGCAPTION) {
            continue;
        }
        if !is_tracking_pixel(a, img, &ctx.settings.pixel_hosts) {
            continue;
        }
        let Some(span) = a.span(img) else { continue };
        ctx.report(span, "a tracking pixel shown as an image").help(
            "put it in <figure class=\"op-tracker\"><iframe><img src=\"...\"></iframe></figure>",
        );
    }
}
