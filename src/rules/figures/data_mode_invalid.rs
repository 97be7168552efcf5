//! `data-mode-invalid`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The `data-mode` attribute of a `<figure>` sets how an image or video is presented. Its value must
    /// be exactly one of:
    ///
    /// - `aspect-fit`: the media fits the column and can be tapped to expand;
    /// - `aspect-fit-only`: the media fits the column and cannot be expanded;
    /// - `fullscreen`: the media fills the screen;
    /// - `non-interactive`: the media is shown at column width and cannot be tapped.
    ///
    /// Any other value, an empty one included, is reported at the `data-mode` attribute. Surrounding
    /// whitespace is ignored, but letter case is not: `fullScreen` is reported, because Instant Articles
    /// matches the values exactly and ignores anything else. A figure without `data-mode` is fine. Every
    /// figure is judged, whatever it holds.
    ///
    /// ## Why it matters
    /// An unknown presentation mode is ignored: the image or video is shown in the default mode, not in the
    /// one the publisher chose. Typical slips are values from other platforms (`cover`, `full-width`) and
    /// misspellings (`fullScreen`, `aspect_fit`).
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure data-mode="cover"><img src="https://cdn.example.com/img/skyline.jpg"><figcaption>The skyline at night.</figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure data-mode="fullscreen"><img src="https://cdn.example.com/img/skyline.jpg"><figcaption>The skyline at night.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/Image.php` and `Elements/Video.php` (the four presentation constants);
    /// `Parser/instant-articles-rules.json` (exact selectors `figure[data-mode=aspect-fit]`, …). RULES.md
    /// B-50; Resolution 19.
    pub static DATA_MODE_INVALID = {
        name: "data-mode-invalid",
        category: Figures,
        severity: Warning,
        summary: "a figure `data-mode` value that Instant Articles does not know",
        check: Article(check),
    }
}

const MODES: [&str; 4] = [
    "aspect-fit",
    "aspect-fit-only",
    "fullscreen",
    "non-interactive",
];

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        let Some(mode) = a.attr(fig, "data-mode") else {
            continue;
        };
        if !MODES.contains(&mode.trim()) {
            ctx.report(
                a.attr_or_element_span(fig, "data-mode"),
                format!("`data-mode=\"{}\"` is not a presentation mode", mode.trim()),
            )
            .help("use aspect-fit, aspect-fit-only, fullscreen or non-interactive");
        }
    }
}
