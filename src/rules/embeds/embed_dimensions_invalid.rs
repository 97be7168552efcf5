//! `embed-dimensions-invalid`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule judges the `<iframe>` of a `figure.op-interactive` or `figure.op-social` (the iframe
    /// written in the figure; an iframe nested in its inline content, as in the Google Maps workaround, is
    /// not judged). It reports:
    ///
    /// - a `width` or `height` that is present but is not a positive whole number of pixels: `100%`,
    ///   `560px`, `auto`, `0` or an empty value. Surrounding spaces are ignored. The finding points at that
    ///   attribute; with both wrong, each is one finding;
    /// - a missing `height` on an iframe that has a `src` and no inline content, at the `<iframe>` start
    ///   tag.
    ///
    /// Not reported:
    /// - a missing `width`: the embed is then shown at full width, the documented default;
    /// - a missing `height` on an iframe with inline content: the embed is sized from its content.
    ///
    /// A height that is a valid number but larger than 960 is `embed-height-over-960`. Ad and tracker
    /// iframes are not judged here; an ad's proportions are `ad-aspect-ratio-invalid`.
    ///
    /// ## Why it matters
    /// Facebook reported "HTML Embeds Require Valid Width/Height: HTML Embeds require a valid integer width
    /// (height) in order to be displayed properly." An embed with a percentage or a unit in its size, or
    /// one that loads a URL with no height, is shown at the wrong size or collapsed.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/257605833" width="100%" height="166"></iframe></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/257605833" height="166"></iframe></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L706 (height is an integer number of pixels on the `<iframe>`), L756 (widths are integer pixel
    /// values; by default the embed is full width); Facebook's "HTML Embeds Require Valid Width/Height"
    /// (Automattic/fb-instant-articles issue #256; SDK issue #114, PR #100); SDK validator "Interactive
    /// embeds must have valid positive integer width and height values for an empty HTML content".
    /// RULES.md B-52; Resolutions 19, 22.
    pub static EMBED_DIMENSIONS_INVALID = {
        name: "embed-dimensions-invalid",
        category: Embeds,
        severity: Warning,
        summary: "an embed iframe with a missing height, or a width or height that is not whole pixels",
        check: Article(check),
    }
}

/// Whether the value is a positive integer (Resolution 22).
fn positive_integer(v: &str) -> bool {
    let v = v.trim();
    !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) && v.parse::<u64>().is_ok_and(|n| n > 0)
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        if !(a.has_class(fig, "op-interactive") || a.has_class(fig, "op-social")) {
            continue;
        }
        for iframe in a.element_children(fig).filter(|&c| a.tag(c) == Tag::Iframe) {
            let mut bad = false;
            for attr in ["width", "height"] {
                if let Some(v) = a.attr(iframe, attr)
                    && !positive_integer(v)
                {
                    bad = true;
                    ctx.report(
                        a.attr_or_element_span(iframe, attr),
                        format!("`{attr}=\"{}\"` is not a whole number of pixels", v.trim()),
                    )
                    .help(format!(
                        "write the {attr} in pixels, as a plain integer (e.g. {attr}=\"320\")"
                    ));
                }
            }
            if bad {
                continue;
            }
            let has_src = a.attr(iframe, "src").is_some_and(|s| !s.trim().is_empty());
            let inline = a.has_solid_text(iframe);
            if has_src && !inline && a.attr(iframe, "height").is_none() {
                let Some(span) = a.span(iframe) else { continue };
                ctx.report(span, "an embed <iframe> with a `src` but no `height`")
                    .help("add height=\"...\" in pixels (width may be left out for full width)");
            }
        }
    }
}
