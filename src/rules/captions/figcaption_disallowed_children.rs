//! `figcaption-disallowed-children`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule judges the direct children of every `<figcaption>` in the document, in any figure, header
    /// and footer included (markup inside an `<iframe>` is the iframe's own). Allowed are:
    ///
    /// - text, `<h1>` (caption title), `<h2>` (caption subtitle) and `<cite>` (credit);
    /// - the inline elements `a`, `b`, `strong`, `i`, `em`, `br`, `span`, `small`, `sub`, `sup`, `u`,
    ///   `s` and `mark`, as long as every element inside them is one of these or a `cite`, `time`,
    ///   `code` or an element unknown to HTML. Anything else inside, such as an `<img>` or a `<p>`,
    ///   makes the inline element a finding.
    ///
    /// Any other child element is one finding, at its start tag: for example `<p>`, `<div>`, `<figure>`,
    /// `<img>`, `<time>`, lists, `<h3>`–`<h6>`, an `<a>` around an image, or a `<span>` that holds a block
    /// element. Also reported, at the extra element: a second `<figcaption>` child of one figure, and a
    /// second `<h1>`, `<h2>` or `<cite>` child of one caption. Elements that the parser creates without a
    /// start tag in the source are not reported.
    ///
    /// Other caption problems have their own rules: unknown `op-` classes on the caption are
    /// `caption-class-invalid`, a credit outside the caption is `credit-outside-figcaption`, an empty
    /// caption is `empty-element`. Some children are reported by a second rule too: a caption child
    /// that is not part of the Instant Articles markup (a `<div>`) is also `unsupported-element` in the
    /// body, an `<h3>` in the cover's caption is also `kicker-malformed`, and a tracking pixel `<img>` is
    /// also `tracking-pixel-as-image`.
    ///
    /// ## Why it matters
    /// A caption supports only `<h1>`, `<h2>` and `<cite>` besides text; paragraphs and other blocks are
    /// not supported. Their content is dropped or the caption is rendered wrongly, and a credit written as
    /// `<p class="credit">` is not shown as the credit.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/house.jpg"><figcaption>The house was sold in May.<p class="credit">realtor.com</p></figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/house.jpg"><figcaption>The house was sold in May.<cite>realtor.com</cite></figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L690 (`<figcaption>` supports only `<h1>`, `<h2>` and `<cite>`; no `<p>`); SDK
    /// `Elements/Caption.php` (title H1, subtitle H2, credit Cite); real defect in
    /// github.com/Automattic/fb-instant-articles/issues/269. RULES.md B-70; Resolution 36.
    pub static FIGCAPTION_DISALLOWED_CHILDREN = {
        name: "figcaption-disallowed-children",
        category: Captions,
        severity: Warning,
        summary: "caption content other than text, inline tags, `h1`, `h2` and `cite`",
        check: Article(check),
    }
}

use crate::article::NodeData;

fn phrasing(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::A
            | Tag::B
            | Tag::Strong
            | Tag::I
            | Tag::Em
            | Tag::Br
            | Tag::Span
            | Tag::Small
            | Tag::Sub
            | Tag::Sup
            | Tag::U
            | Tag::S
            | Tag::Mark
    )
}

fn holds_block(a: &Article<'_>, id: NodeId) -> bool {
    a.descendants(id).any(|d| {
        let t = a.tag(d);
        a.node(d).element().is_some()
            && !phrasing(t)
            && !matches!(t, Tag::Cite | Tag::Time | Tag::Code | Tag::Other)
    })
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        let captions: Vec<NodeId> = a
            .element_children(fig)
            .filter(|&c| a.tag(c) == Tag::Figcaption)
            .collect();
        for &extra in captions.iter().skip(1) {
            if let Some(span) = a.span(extra) {
                ctx.report(span, "a second <figcaption> in one figure")
                    .help("keep one <figcaption> per figure");
            }
        }
    }
    for &cap in a.elements(Tag::Figcaption) {
        let (mut h1, mut h2, mut cite) = (0, 0, 0);
        for c in a.children(cap) {
            let NodeData::Element(e) = &a.node(c).data else {
                continue;
            };
            let Some(span) = a.span(c) else { continue };
            let counter = match e.tag {
                Tag::H1 => Some(&mut h1),
                Tag::H2 => Some(&mut h2),
                Tag::Cite => Some(&mut cite),
                _ => None,
            };
            if let Some(n) = counter {
                *n += 1;
                if *n > 1 {
                    ctx.report(span, format!("a second <{}> in one <figcaption>", e.name.local))
                        .help("a caption has at most one title (h1), one subtitle (h2) and one credit (cite)");
                }
                continue;
            }
            if phrasing(e.tag) && !holds_block(a, c) {
                continue;
            }
            ctx.report(span, format!("a <{}> inside <figcaption>, which allows only text, h1, h2, cite and inline tags", e.name.local))
                .help("use plain text with inline tags; put the credit in <cite>");
        }
    }
}
