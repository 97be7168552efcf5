//! `cover-credit-hidden`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// For a cover image, a credit `<cite>` in the caption is shown only when the reader expands the image,
    /// unless it has an explicit vertical alignment. The cover is the header's first figure that is not an
    /// ad, not inside another figure and not inside an ad template, whatever it holds (image, video,
    /// slideshow or anything else). The rule reports each `<cite>` that is a direct child of a
    /// `<figcaption>` that is itself a direct child of the cover, when neither the `<cite>` nor that
    /// `<figcaption>` has one of the classes `op-vertical-top`, `op-vertical-center`, `op-vertical-bottom`,
    /// `op-vertical-above` or `op-vertical-below`. The finding points at the `<cite>` start tag.
    ///
    /// Not judged: credits in the body (they are shown with the caption), credits of further header
    /// figures, and a `<cite>` nested deeper in the caption. Cases that belong to other rules: a `<cite>`
    /// in the figure but outside the `<figcaption>` (`credit-outside-figcaption`); an empty `<cite>`
    /// (`empty-element`); an unknown class value (`caption-class-invalid`).
    ///
    /// ## Why it matters
    /// The FAQ explains that the credit of a cover image is always shown only if the `<cite>` specifies a
    /// vertical alignment; otherwise it appears only when the image is expanded. The credit is still in the
    /// article, so this is advice: info. If a licence or agency requires a visible credit, add the class.
    ///
    /// ## Bad
    /// ```html header
    /// <header>
    /// <figure><img src="https://cdn.example.com/img/rates-cover.jpg"><figcaption>The central bank in Frankfurt.<cite>Photo: Jane Roe</cite></figcaption></figure>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Good
    /// ```html header
    /// <header>
    /// <figure><img src="https://cdn.example.com/img/rates-cover.jpg"><figcaption>The central bank in Frankfurt.<cite class="op-vertical-bottom">Photo: Jane Roe</cite></figcaption></figure>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Source
    /// FAQ L716 (for cover images, give the `<cite>` an explicit vertical alignment to always show the
    /// credit; otherwise it is shown only when the image is expanded); FAQ L714 (credits are `<cite>` in
    /// `<figcaption>`); SDK `Elements/Cite.php` (vertical alignment classes). RULES.md B-27, B-71, B-72;
    /// Resolution 17.
    pub static COVER_CREDIT_HIDDEN = {
        name: "cover-credit-hidden",
        category: Header,
        severity: Info,
        summary: "a cover image credit that is shown only when the image is expanded",
        check: Article(check),
    }
}

use crate::article::header_figures;

const VERTICAL: [&str; 5] = [
    "op-vertical-top",
    "op-vertical-center",
    "op-vertical-bottom",
    "op-vertical-above",
    "op-vertical-below",
];

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(&cover) = header_figures(a).first() else {
        return;
    };
    for cap in a
        .element_children(cover)
        .filter(|&c| a.tag(c) == Tag::Figcaption)
    {
        let caption_placed = VERTICAL.iter().any(|v| a.has_class(cap, v));
        for cite in a.element_children(cap).filter(|&c| a.tag(c) == Tag::Cite) {
            if caption_placed || VERTICAL.iter().any(|v| a.has_class(cite, v)) {
                continue;
            }
            let Some(span) = a.span(cite) else { continue };
            ctx.report(
                span,
                "the cover's credit is shown only when the image is opened",
            )
            .help("add a vertical position, e.g. <cite class=\"op-vertical-bottom\">");
        }
    }
}
