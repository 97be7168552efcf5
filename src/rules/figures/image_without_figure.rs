//! `image-without-figure`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Every image, animated GIFs included, must be the media of a `<figure>`. The rule reports an `<img>`
    /// in `<body>` (in the article, its header and footer, or outside the article) that has no `<figure>`
    /// ancestor, at its start tag. Images inside an `<iframe>` (the `op-interactive`, `op-social`,
    /// `op-ad` or `op-tracker` embed) are the iframe's own content and are not judged. An `<img>` wrapped
    /// in `<a>` inside a figure is that figure's image.
    ///
    /// Cases that belong to other rules:
    /// - an `<img>` written inside a `<p>`: `non-text-inside-paragraph`;
    /// - an `<img>` inside an `<a>`: `image-inside-anchor`;
    /// - an `<img>` directly in `figure.op-slideshow`: `slideshow-malformed`;
    /// - an `<img>` in a `<figcaption>`: `figcaption-disallowed-children`;
    /// - a pixel-sized `<img>`, whose `width` and `height` are both at most 2 (a `px` suffix allowed):
    ///   `tracking-pixel-as-image`. An image from a known pixel host that is not pixel-sized is reported
    ///   here as well as there.
    ///
    /// ## Why it matters
    /// Instant Articles shows images only as figures; a bare `<img>` has no rule that accepts it in the
    /// article body ("No rules defined for <img> …") and the image is lost. The SDK's maintainers state
    /// that every image must be wrapped in a `<figure>`, and the FAQ gives the same form for animated GIFs.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <img src="https://cdn.example.com/img/reaction.gif">
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/reaction.gif"></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L585 (an animated GIF is a `<figure>` wrapping an `<img>` that points at the GIF); SDK issue #81
    /// ("requires any image to be wrapped inside a <figure> tag"); SDK `Elements/AnimatedGIF.php` extends
    /// Image. RULES.md B-46; Resolution 33.
    pub static IMAGE_WITHOUT_FIGURE = {
        name: "image-without-figure",
        category: Figures,
        severity: Warning,
        summary: "an `<img>` that is not wrapped in a `<figure>`",
        check: Article(check),
    }
}

use crate::article::flags::{IN_A, IN_BODY, IN_FIGURE, IN_P};

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &img in a.elements(Tag::Img) {
        let f = a.flags(img);
        // In a paragraph it is non-text-inside-paragraph's; a pixel is
        // tracking-pixel-as-image's (Resolution 33).
        // In a link it is image-inside-anchor's.
        if f & IN_BODY == 0
            || f & (IN_FIGURE | IN_P | IN_A) != 0
            || crate::rules::embeds::is_tracking_pixel(a, img, &ctx.settings.pixel_hosts)
        {
            continue;
        }
        let Some(span) = a.span(img) else { continue };
        ctx.report(span, "an <img> outside any <figure>")
            .help("wrap the image in <figure>...</figure>");
    }
}
