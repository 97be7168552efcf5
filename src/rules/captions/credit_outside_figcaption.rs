//! `credit-outside-figcaption`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A credit is a `<cite>` inside the figure's `<figcaption>`. The rule reports a `<cite>` that is a
    /// direct child of an image figure (a figure with an `<img>` or `<a>` child and no `<video>` child), a
    /// slideshow (`figure.op-slideshow`) or a map (`figure.op-map`), at the `<cite>` start tag. A
    /// `<cite>` directly in any other figure (an empty one, an embed) is not judged.
    ///
    /// Video figures are exempt: the official SDK itself writes a video's attribution as a figure-level
    /// `<cite>`. A `<cite>` inside the caption, or in body text, is not judged here; a second `<cite>` in
    /// one caption is `figcaption-disallowed-children`.
    ///
    /// ## Why it matters
    /// Instant Articles reads a figure's credit from the `<cite>` inside its `<figcaption>`. A `<cite>`
    /// elsewhere in the figure is not recognised as the credit, so the photographer or agency credit is
    /// not shown as one.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/clean-1.jpg"><cite>Jane Roe</cite></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/clean-1.jpg"><figcaption>A caption for the photo.<cite>Jane Roe</cite></figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L599 (captions are `<figcaption>`; credits are `<cite>` inside them), L714 (to add a credit,
    /// use `<cite>` inside `<figcaption>`). The SDK's Video element writes its attribution as a
    /// figure-level `<cite>`, hence the exemption. RULES.md B-72.
    pub static CREDIT_OUTSIDE_FIGCAPTION = {
        name: "credit-outside-figcaption",
        category: Captions,
        severity: Warning,
        summary: "an image credit (`<cite>`) placed in the figure but outside its `<figcaption>`",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &cite in a.elements(Tag::Cite) {
        let Some(fig) = a.parent(cite).filter(|&p| a.tag(p) == Tag::Figure) else {
            continue;
        };
        let kids = || a.element_children(fig);
        // Video figures carry their attribution as a figure-level cite (B-72).
        let image = kids().any(|c| matches!(a.tag(c), Tag::Img | Tag::A))
            && !kids().any(|c| a.tag(c) == Tag::Video);
        if !(image || a.has_class(fig, "op-slideshow") || a.has_class(fig, "op-map")) {
            continue;
        }
        let Some(span) = a.span(cite) else { continue };
        ctx.report(
            span,
            "a <cite> directly in the <figure>, outside its <figcaption>",
        )
        .help("put the credit inside the caption: <figcaption>...<cite>Credit</cite></figcaption>");
    }
}
