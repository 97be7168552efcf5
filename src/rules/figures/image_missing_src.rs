//! `image-missing-src`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// An image figure needs an `<img>` with a `src`. The rule reports:
    ///
    /// - an `<img>` anywhere in a figure (caption included) without a `src` attribute, or whose `src` is
    ///   empty or only whitespace, at the `<img>` start tag;
    /// - a figure with no media at all: no `<img>`, `<video>`, `<iframe>`, `<audio>` or
    ///   `script.op-geotag` at any depth (only a caption, say), at the `<figure>` start tag.
    ///
    /// Judged are the figures of the article other than slideshows, maps and embeds: in the body, in the
    /// header (the cover) and in the footer, and the slides of a slideshow. An `<img>` wrapped in `<a>`
    /// inside the figure is the figure's image. Lazy-loading markup is the most common cause: the real URL
    /// is in `data-src` or `data-lazy-src`, and Facebook does not read those.
    ///
    /// Cases that belong to other rules:
    /// - `figure.op-slideshow` itself holds slides, not media: its structure is `slideshow-malformed`'s;
    /// - `figure.op-interactive`, `op-social`, `op-ad` and `op-tracker` without an iframe:
    ///   `interactive-missing-iframe`; `figure.op-map` without a geotag: `map-missing-geotag`;
    /// - a `src` that is present but relative, or not http(s) (such as a `data:` placeholder):
    ///   `media-url-not-absolute`;
    /// - a video figure without a source: `video-malformed`;
    /// - a header cover of the wrong kind (an iframe, a nested figure): `cover-media-type`, which also
    ///   reports a cover figure without an image (so such a cover gets both findings);
    /// - an `<img>` outside any figure: `image-without-figure`.
    ///
    /// ## Why it matters
    /// An image without a URL is invalid for Instant Articles ("Image must have a URL."): the figure is
    /// dropped together with its caption and credit, and the article is ingested without it.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img data-src="https://cdn.example.com/img/bridge.jpg" class="lazyload"><figcaption>The new bridge at dawn.<cite>Jane Roe</cite></figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/bridge.jpg"><figcaption>The new bridge at dawn.<cite>Jane Roe</cite></figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/Image.php` (`isValid()`; validator "Image must have a URL.") and
    /// `Transformer/Rules/ImageRule.php` (InvalidSelector on `image.url`). RULES.md B-47; Resolutions 8,
    /// 16, 19, 40, 59.
    pub static IMAGE_MISSING_SRC = {
        name: "image-missing-src",
        category: Figures,
        severity: Warning,
        summary: "an image figure whose `<img>` has no `src`, or a figure with no media at all",
        check: Article(check),
    }
}

use crate::article::flags::IN_ARTICLE;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        // Slideshows hold figures, not media (Resolution 59); embeds and maps
        // have their own rules.
        if !a.has_flag(fig, IN_ARTICLE)
            || a.has_class(fig, "op-slideshow")
            || a.has_class(fig, "op-map")
            || a.is_embed_figure(fig)
        {
            continue;
        }
        // The figure's own media: children, or inside a link (Resolution 16).
        let is_media = |d: NodeId| {
            // A nested figure is cover-media-type's (or the slide's own).
            matches!(
                a.tag(d),
                Tag::Img | Tag::Video | Tag::Iframe | Tag::Audio | Tag::Figure
            ) || (a.tag(d) == Tag::Script && a.has_class(d, "op-geotag"))
        };
        let media: Vec<NodeId> = a
            .element_children(fig)
            .flat_map(|c| {
                let inner: Vec<NodeId> = if a.tag(c) == Tag::A {
                    a.element_children(c).collect()
                } else {
                    vec![c]
                };
                inner
            })
            .filter(|&d| is_media(d))
            .collect();
        if media.is_empty() {
            // Embed figures without an iframe are interactive-missing-iframe's.
            if a.is_embed_figure(fig) {
                continue;
            }
            if let Some(span) = a.span(fig) {
                ctx.report(span, "a <figure> without an image, video, embed or map")
                    .help(
                        "put the media in the figure: <figure><img src=\"https://...\"></figure>",
                    );
            }
            continue;
        }
        for &img in media.iter().filter(|&&m| a.tag(m) == Tag::Img) {
            if a.attr(img, "src").is_none_or(|s| s.trim().is_empty())
                && let Some(span) = a.span(img)
            {
                ctx.report(span, "an image without a `src`")
                    .help("add src=\"https://...\" with the image's URL");
            }
        }
    }
}
