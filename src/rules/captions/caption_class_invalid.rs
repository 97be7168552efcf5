//! `caption-class-invalid`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule judges the `op-` class tokens of every `<figcaption>` and of the `<h1>`, `<h2>` and
    /// `<cite>` elements directly inside a caption. Allowed are:
    ///
    /// - on `<figcaption>`: the sizes `op-small`, `op-medium`, `op-large`, `op-extra-large`; the
    ///   alignments `op-left`, `op-center`, `op-right`; the vertical positions `op-vertical-above`,
    ///   `op-vertical-below`, `op-vertical-top`, `op-vertical-center`, `op-vertical-bottom`;
    /// - on a caption's `<h1>`, `<h2>` and `<cite>`: the same list without the four sizes.
    ///
    /// Any other `op-` token (`op-huge`, `op-xlarge`, `op-vertical-middle`, a size on a `<cite>`) is
    /// reported, once per element, at the `class` attribute of the element that carries it; the message
    /// names the tokens. Class tokens without the `op-` prefix (a CMS's `wp-element-caption`) are ignored,
    /// as Instant Articles ignored them. Captions inside embed iframes are not judged.
    ///
    /// Other caption problems: disallowed content in a caption is `figcaption-disallowed-children`; a
    /// cover credit without a vertical position is `cover-credit-hidden`.
    ///
    /// ## Why it matters
    /// Caption size, alignment and position are set only through these classes. An unknown class is
    /// ignored, so the caption is shown in the default style and place, not in the one the publisher
    /// chose.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/clean-1.jpg"><figcaption class="op-xlarge op-vertical-middle">A caption for the photo.<cite>Jane Roe</cite></figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/clean-1.jpg"><figcaption class="op-extra-large op-vertical-center">A caption for the photo.<cite>Jane Roe</cite></figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/Caption.php`, `Elements/Cite.php` and `Elements/H1.php` (size, alignment and
    /// vertical-position constants); `Parser/instant-articles-rules.json` (CaptionRule, CaptionCreditRule,
    /// H1Rule and H2Rule class properties). RULES.md B-71; Resolutions 7, 19.
    pub static CAPTION_CLASS_INVALID = {
        name: "caption-class-invalid",
        category: Captions,
        severity: Warning,
        summary: "an `op-` class on a caption, or on its title, subtitle or credit, that is not supported",
        check: Article(check),
    }
}

const SIZES: [&str; 4] = ["op-small", "op-medium", "op-large", "op-extra-large"];
const PLACES: [&str; 8] = [
    "op-left",
    "op-center",
    "op-right",
    "op-vertical-above",
    "op-vertical-below",
    "op-vertical-center",
    "op-vertical-top",
    "op-vertical-bottom",
];

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let mut targets: Vec<(NodeId, bool)> = a
        .elements(Tag::Figcaption)
        .iter()
        .map(|&c| (c, true))
        .collect();
    for &cap in a.elements(Tag::Figcaption) {
        for c in a.element_children(cap) {
            if matches!(a.tag(c), Tag::H1 | Tag::H2 | Tag::Cite) {
                targets.push((c, false));
            }
        }
    }
    targets.sort_unstable();
    for (el, sizes_allowed) in targets {
        let Some(class) = a.attr(el, "class") else {
            continue;
        };
        // Only op- tokens are judged (Resolution 7).
        let bad: Vec<&str> = class
            .split_ascii_whitespace()
            .filter(|t| t.starts_with("op-"))
            .filter(|t| !(PLACES.contains(t) || (sizes_allowed && SIZES.contains(t))))
            .collect();
        if bad.is_empty() {
            continue;
        }
        ctx.report(a.attr_or_element_span(el, "class"), format!("the caption class `{}` is not supported on <{}>", bad.join(" "), a.name(el)))
            .help(if sizes_allowed {
                "use op-small/op-medium/op-large/op-extra-large, op-left/op-center/op-right or an op-vertical-* class"
            } else {
                "use op-left/op-center/op-right or an op-vertical-* class (sizes apply to the figcaption only)"
            });
    }
}
