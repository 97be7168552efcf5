//! `non-text-inside-paragraph`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Paragraphs hold body text only. The rule reports each `<img>`, `<iframe>`, `<video>`, `<audio>`,
    /// `<object>`, `<embed>` or `<script>` written inside a `<p>`, at any depth (inside a `<b>` or `<a>` in
    /// the paragraph too), at the element's start tag.
    ///
    /// One defect, one finding: for such an element, its own placement rules are not reported in addition
    /// (`image-without-figure`, the "not in a figure" case of `video-malformed`, `audio-misplaced`,
    /// `script-outside-embed`, `unsupported-element`).
    ///
    /// Not reported here:
    /// - elements inside a `<figure>` that itself sits in the paragraph: the figure is reported once, as
    ///   `figure-inside-paragraph`;
    /// - a `<blockquote>` or `<aside>` in a paragraph: `blockquote-inside-paragraph`.
    ///
    /// ## Why it matters
    /// Facebook warned about non-text content inside `<p>` (its FAQ names this as the usual cause of the
    /// warning): a paragraph is rendered as text, and images or embeds in it are split out, dropped or
    /// shown in the wrong place. Put media in a `<figure>`, and embeds in a `figure.op-interactive`.
    ///
    /// ## Bad
    /// ```html
    /// <p>The chart <img src="https://cdn.example.com/img/rates-chart.png"> shows the last ten rate decisions.</p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The chart shows the last ten rate decisions.</p>
    /// <figure><img src="https://cdn.example.com/img/rates-chart.png"></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L688 (the warning usually means non-text content such as images or embeds inside `<p>`;
    /// paragraphs should contain body text only); SDK issue #81 and its review note ("make sure that the
    /// <img> tag is not wrapped in <p> tags"); SDK `Transformer/Rules/ImageInsideParagraphRule.php`, which
    /// splits such paragraphs. RULES.md B-45; Resolutions 1, 33.
    pub static NON_TEXT_INSIDE_PARAGRAPH = {
        name: "non-text-inside-paragraph",
        category: Figures,
        severity: Warning,
        summary: "an image, iframe, video, audio, object, embed or script inside a paragraph",
        check: Article(check),
    }
}

use crate::article::flags::IN_P;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for tag in [
        Tag::Img,
        Tag::Iframe,
        Tag::Video,
        Tag::Audio,
        Tag::Object,
        Tag::Embed,
        Tag::Script,
    ] {
        for &el in a.elements(tag) {
            if a.has_flag(el, IN_P)
                && let Some(span) = a.span(el)
            {
                let name = a.name(el);
                ctx.report(span, format!("an <{name}> inside a paragraph"))
                    .help(format!(
                        "move the <{name}> out of the <p>, into its own <figure>"
                    ));
            }
        }
    }
}
