//! `figure-inside-paragraph`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Body figures (images, videos, embeds, maps, slideshows) must be direct children of `<article>`. The
    /// rule reports a `<figure>` in `<body>` whose start tag comes while a `<p>` written in the source is
    /// still open, at any depth (but not through another figure), with or without a closing `</p>` after
    /// it. It also reports a figure inside a `span` or an `li` (at any depth, but not through another
    /// figure). The finding points at the `<figure>` start tag.
    ///
    /// One defect, one finding:
    /// - The browser-style HTML parser closes the paragraph when the figure starts, which leaves a stray
    ///   `</p>`, the rest of the paragraph's text outside any `<p>`, and an empty `<p></p>`. None of these
    ///   is reported (`html-parse-error`, `text-outside-paragraph` and `empty-element` stay silent for
    ///   them).
    /// - Whatever is inside the figure (its `<img>`, `<video>`, `<iframe>`) is covered by this finding and
    ///   is not also `non-text-inside-paragraph`.
    ///
    /// Figures in other wrappers belong to other rules: inside an `<a>` it is `image-inside-anchor`; inside
    /// a `div` or `section` with no `<p>` in between, only the wrapper is reported, as
    /// `unsupported-element`. A `<blockquote>` or `<aside>` in a paragraph is
    /// `blockquote-inside-paragraph`; an `<img>`, `<video>` or `<iframe>` without a figure is
    /// `non-text-inside-paragraph`.
    ///
    /// ## Why it matters
    /// Instant Articles expects figures directly under `<article>`; a figure enclosed in a `<p>` is not
    /// picked up as media, and Facebook's parser simply discards it. The paragraph is split around it as
    /// well, and Facebook reported the leftover as "Unexpected end tag : p".
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.
    /// <figure><img src="https://cdn.example.com/img/clean-1.jpg"><figcaption>A caption for the photo.</figcaption></figure>
    /// </p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/clean-1.jpg"><figcaption>A caption for the photo.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L746 (do not wrap `<figure>` in `<p>`; figures sit directly under `<article>`), L686; docs
    /// reference/video ("must be included standalone within the body … not enclosed within a <p>
    /// element"); Automattic/fb-instant-articles issue #28 ("IA parser just discards it"). RULES.md B-44;
    /// Resolutions 1, 32, 33.
    pub static FIGURE_INSIDE_PARAGRAPH = {
        name: "figure-inside-paragraph",
        category: Figures,
        severity: Warning,
        summary: "a `<figure>` written inside a paragraph (or inside a `span` or `li`)",
        check: Article(check),
    }
}

use crate::article::flags::{IN_A, IN_BODY, IN_LI, IN_P, IN_SPAN};

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        let f = a.flags(fig);
        // A figure in a link is image-inside-anchor's (Resolution 33).
        if f & IN_BODY == 0 || f & IN_A != 0 || f & (IN_P | IN_SPAN | IN_LI) == 0 {
            continue;
        }
        let Some(span) = a.span(fig) else { continue };
        let what = if f & IN_P != 0 {
            "a paragraph"
        } else if f & IN_LI != 0 {
            "a list item"
        } else {
            "a <span>"
        };
        ctx.report(span, format!("a <figure> inside {what}: Facebook drops it"))
            .help("close the paragraph before the <figure>: figures go directly inside <article>");
    }
}
