//! `slideshow-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A slideshow is a `figure.op-slideshow` whose slides are child `<figure>` elements, each holding an
    /// `<img>` (or a `<video>`), with an optional `<figcaption>` for the whole slideshow. The rule gives
    /// each slideshow at most one finding, at its `<figure class="op-slideshow">` start tag, for the first
    /// of these that applies:
    ///
    /// - **warning**: one or more images written directly in the slideshow (`<img>` children) instead of
    ///   in slide figures. These images are not also `image-without-figure`;
    /// - **warning**: a slideshow with no slide at all;
    /// - **info**: a slideshow with exactly one slide, which is better written as a plain image figure.
    ///
    /// A child figure counts as a slide when it holds, at any depth, an `<img>` with a non-blank `src` or
    /// a `<video>`. The slide's own defects belong to the rules for images and videos: an `<img>` without
    /// `src` is `image-missing-src` (and that slide does not count), a relative URL
    /// `media-url-not-absolute`. The slideshow figure itself is not judged by `image-missing-src`. A
    /// caption on a single slide is `slideshow-item-caption`.
    ///
    /// ## Why it matters
    /// Instant Articles builds a slideshow from its child figures only ("Slideshow must have at least one
    /// valid Image or Video."). Bare images are not slides and are dropped, and a slideshow without slides
    /// is dropped altogether. A one-image slideshow shows the same image with slideshow controls that do
    /// nothing.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-slideshow"><img src="https://cdn.example.com/img/parade-1.jpg"><img src="https://cdn.example.com/img/parade-2.jpg"><figcaption>The parade, from the bridge to the town hall.</figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-slideshow"><figure><img src="https://cdn.example.com/img/parade-1.jpg"></figure><figure><img src="https://cdn.example.com/img/parade-2.jpg"></figure><figcaption>The parade, from the bridge to the town hall.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/Slideshow.php` (`isValid()`; validator "Slideshow must have at least one valid Image
    /// or Video.") and `Transformer/Rules/SlideshowImageRule.php` (slides are selected as `figure`).
    /// RULES.md B-73; Resolutions 33, 40, 59.
    pub static SLIDESHOW_MALFORMED = {
        name: "slideshow-malformed",
        category: Captions,
        severity: Warning,
        severities: [Warning, Info],
        summary: "a slideshow with bare images, with no slides, or with a single slide",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &show in a.elements(Tag::Figure) {
        if !a.has_class(show, "op-slideshow") {
            continue;
        }
        let Some(span) = a.span(show) else { continue };
        let slides = a
            .element_children(show)
            .filter(|&c| {
                a.tag(c) == Tag::Figure
                    && a.descendants(c).any(|d| {
                        matches!(a.tag(d), Tag::Img | Tag::Video)
                            && a.attr(d, "src").is_some_and(|s| !s.trim().is_empty())
                            || a.tag(d) == Tag::Video
                    })
            })
            .count();
        let bare = a.element_children(show).any(|c| a.tag(c) == Tag::Img);
        if bare {
            ctx.report(
                span,
                "an op-slideshow with bare <img> children: each slide must be its own <figure>",
            )
            .help("write each slide as <figure><img src=\"...\"></figure> inside the slideshow");
        } else if slides == 0 {
            ctx.report(span, "an op-slideshow without any slide")
                .help("add slides: <figure><img src=\"...\"></figure>");
        } else if slides == 1 {
            ctx.report(span, "an op-slideshow with a single image")
                .severity(Severity::Info)
                .help("use a plain image figure for one image");
        }
    }
}
