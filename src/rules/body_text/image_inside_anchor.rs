//! `image-inside-anchor`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Images in Instant Articles cannot be links. The rule reports each `<img>` or `<figure>` in `<body>`
    /// that is inside an `<a>` (at any depth), at the start tag of the image (or of the figure, when the
    /// figure is in the link; its image is then covered by that finding):
    ///
    /// - a linked image in a figure, `<figure><a href="…"><img …></a></figure>`, the usual "click to
    ///   enlarge" markup: at the `<img>`. The image still counts as the figure's image for the other rules;
    /// - a linked image outside any figure, `<a href="…"><img …></a>`: at the `<img>`, and it is not also
    ///   `image-without-figure`;
    /// - a figure inside a link, `<a href="…"><figure>…</figure></a>`: at the `<figure>`.
    ///
    /// Cases that belong to other rules:
    /// - a link with an image, or a figure, inside a `<p>`: `non-text-inside-paragraph` or
    ///   `figure-inside-paragraph` alone;
    /// - an `<img>` written directly in a `<figcaption>`, without a link: `figcaption-disallowed-children`
    ///   (a linked image in a caption is reported here, and its `<a>` by `figcaption-disallowed-children`);
    /// - markup inside an `<iframe>` is the iframe's own content and is not judged.
    ///
    /// ## Why it matters
    /// A maintainer of Facebook's WordPress plugin stated that "Instant Articles currently do not support
    /// images in anchors", and the SDK has no rule for it ("No rules defined for `<img>` in the context of
    /// Anchor"): the image is lost, or the link is. Instant Articles opens images full screen when the
    /// reader taps them, so a link to a larger version is not needed: drop the `<a>`.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><a href="https://cdn.example.com/img/clean-1-large.jpg"><img src="https://cdn.example.com/img/clean-1.jpg"></a><figcaption>A caption for the photo.</figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/clean-1.jpg"><figcaption>A caption for the photo.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// Automattic/fb-instant-articles issue #479 (maintainer: "Instant Articles currently do not support
    /// images in anchors"); SDK warning "No rules defined for <img> in the context of Anchor"
    /// (`Transformer/Warnings/UnrecognizedElement.php`). RULES.md B-36, B-44, B-46; Resolutions 16, 33.
    pub static IMAGE_INSIDE_ANCHOR = {
        name: "image-inside-anchor",
        category: BodyText,
        severity: Warning,
        summary: "an image or a figure wrapped in a link `<a>`",
        check: Article(check),
    }
}

use crate::article::flags::{IN_A, IN_BODY, IN_P};

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for tag in [Tag::Figure, Tag::Img] {
        for &el in a.elements(tag) {
            let f = a.flags(el);
            // In a paragraph the paragraph rules report it (Resolution 33).
            if f & IN_BODY == 0 || f & IN_A == 0 || f & IN_P != 0 {
                continue;
            }
            // An image in a figure that is itself in a link is reported once, at the figure.
            if tag == Tag::Img
                && a.ancestors(el)
                    .take_while(|&p| a.tag(p) != Tag::A)
                    .any(|p| a.tag(p) == Tag::Figure)
                && a.ancestors(el)
                    .any(|p| a.tag(p) == Tag::Figure && a.has_flag(p, IN_A))
            {
                continue;
            }
            let Some(span) = a.span(el) else { continue };
            ctx.report(
                span,
                format!(
                    "{} inside a link: Instant Articles do not support images in links",
                    if tag == Tag::Img {
                        "an <img>"
                    } else {
                        "a <figure>"
                    }
                ),
            )
            .help("take the image out of the <a>: <figure><img src=\"...\"></figure>");
        }
    }
}
