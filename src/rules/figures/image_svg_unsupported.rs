//! `image-svg-unsupported`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports every `<img>` in `<body>` (a body image, the header cover, a slideshow slide, or
    /// an image outside any figure) whose `src` is an SVG file: its URL, trimmed and without a query
    /// string or fragment, ends in `.svg` (any letter case), or it is a `data:image/svg+xml` URL. The
    /// finding points at the `src` attribute.
    ///
    /// Not reported: an SVG shown through an interactive embed (`<img>` inside the `<iframe>` of
    /// `figure.op-interactive`): that is the documented way to show one, and the iframe's content is not
    /// judged. An `<img>` outside any figure is also reported by `image-without-figure` (or
    /// `non-text-inside-paragraph` in a paragraph), whatever its format.
    ///
    /// Other image formats (TIFF, BMP, PSD, HEIC, PDF) are `image-format-unsupported`. A
    /// `data:image/svg+xml` URL is reported here only, not also by `media-url-not-absolute`.
    ///
    /// ## Why it matters
    /// The standard image element of Instant Articles does not support SVG. The image is not shown, so
    /// charts and logos in SVG disappear from the article. Serve a PNG or JPEG rendition, or put the SVG
    /// in an interactive embed as the FAQ describes.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/charts/turnout.svg"><figcaption>Turnout by district.</figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe width="320" height="240"><img src="https://cdn.example.com/charts/turnout.svg"></iframe><figcaption>Turnout by district.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L698 (SVG is not supported as a standard image; use an interactive embed, `op-interactive`, with
    /// an `<img>` inside the iframe whose `src` is the SVG URL). RULES.md B-48.
    pub static IMAGE_SVG_UNSUPPORTED = {
        name: "image-svg-unsupported",
        category: Figures,
        severity: Warning,
        summary: "an SVG file used as a standard image",
        check: Article(check),
    }
}

use crate::article::flags::IN_BODY;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &img in a.elements(Tag::Img) {
        let Some(src) = a.attr(img, "src").map(str::trim) else {
            continue;
        };
        if !a.has_flag(img, IN_BODY) {
            continue;
        }
        // Compared ignoring ASCII case, without lower-cased copies.
        let path = src.split(['?', '#']).next().unwrap_or(src).as_bytes();
        let ends_svg = path.len() >= 4 && path[path.len() - 4..].eq_ignore_ascii_case(b".svg");
        let data_svg = src
            .as_bytes()
            .get(..18)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"data:image/svg+xml"));
        if ends_svg || data_svg {
            ctx.report(a.attr_or_element_span(img, "src"), "an SVG image: Instant Articles do not show SVG as a standard image")
                .help("serve a PNG or JPEG, or show the SVG in <figure class=\"op-interactive\"><iframe>...</iframe></figure>");
        }
    }
}
