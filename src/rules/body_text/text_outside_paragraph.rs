//! `text-outside-paragraph`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Text in the article body must be inside a text element such as `<p>`. The rule looks for runs of
    /// loose text whose parent is `<article>`, or a `div`, `section` or `span` wrapper reached from
    /// `<article>` through such wrappers only. A run is a maximal sequence of sibling text nodes and
    /// inline elements (`a`, `b`, `strong`, `i`, `em`, `br`, `small`, `sub`, `sup`, `u`, `s`, `mark`,
    /// `code`, `cite`, `time`, and elements unknown to HTML such as `<font>`), comments included, that
    /// contains a character other than whitespace and no-break spaces (`&nbsp;`). Any other element,
    /// `span` included, ends the run; a `span`'s own content is judged as a wrapper of its own. Each run
    /// is one finding, at its first such character (in entity-escaped content, at the `&` of the escape
    /// that produces it).
    ///
    /// Not loose, and not reported:
    /// - text inside `<header>`, `<footer>`, `<figure>`, `<blockquote>`, `<aside>`, `<li>`, `<p>`, a
    ///   heading or an `<iframe>`: each has its own rules;
    /// - text that the HTML parser moved out of a paragraph because a `<figure>`, `<blockquote>` or
    ///   `<aside>` was written inside it: that is `figure-inside-paragraph` or
    ///   `blockquote-inside-paragraph`;
    /// - text in `<body>` outside `<article>`: that is `article-multiple-article-elements`.
    ///
    /// A `div` or `section` wrapper is also reported by `unsupported-element`.
    ///
    /// ## Why it matters
    /// Instant Articles accepts text only inside text containers. Loose text has no rule that accepts it
    /// in the article, so it is lost: the reader never sees it.
    ///
    /// ## Bad
    /// ```html
    /// The first paragraph of the body text.
    /// <p>The second paragraph of the body text.</p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <p>The second paragraph of the body text.</p>
    /// ```
    ///
    /// ## Source
    /// FAQ L744 (wrap text in `<p>` tags); SDK `Transformer/Rules/TextNodeRule.php` (text is accepted only
    /// in text containers, otherwise "No rules defined for …" and the text is lost). RULES.md B-30;
    /// Resolutions 32, 34.
    pub static TEXT_OUTSIDE_PARAGRAPH = {
        name: "text-outside-paragraph",
        category: BodyText,
        severity: Warning,
        summary: "body text that is not inside a paragraph or another text element",
        check: Article(check),
    }
}

use crate::article::NodeData;

/// Phrasing elements that continue a run of loose text (Resolution 34).
fn is_phrasing(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::A
            | Tag::B
            | Tag::Strong
            | Tag::I
            | Tag::Em
            | Tag::Span
            | Tag::Br
            | Tag::Small
            | Tag::Sub
            | Tag::Sup
            | Tag::U
            | Tag::S
            | Tag::Mark
            | Tag::Code
            | Tag::Cite
            | Tag::Time
    ) || tag == Tag::Other
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(article) = a.article else { return };
    let mut parents = vec![article];
    // Wrappers whose nearest block ancestor is the article.
    let mut stack = vec![article];
    while let Some(p) = stack.pop() {
        for c in a.element_children(p) {
            if matches!(a.tag(c), Tag::Div | Tag::Section | Tag::Span) {
                parents.push(c);
                stack.push(c);
            }
        }
    }
    for parent in parents {
        let mut run_first: Option<Span> = None;
        let mut reported = false;
        let flush = |first: &mut Option<Span>, reported: &mut bool, ctx: &mut Context<'_>| {
            if let Some(at) = first.take()
                && !*reported
            {
                ctx.report(at, "text directly in the article, outside any paragraph")
                    .help("wrap the text in <p>...</p>");
            }
            *reported = false;
        };
        for c in a.children(parent) {
            let node = a.node(c);
            if node.in_written_p {
                // Moved out of a <p> by the parser (Resolution 32): not loose.
                continue;
            }
            match &node.data {
                NodeData::Text { .. } => {
                    if run_first.is_none() && node.is_solid_text() {
                        run_first = a.text_span(c);
                    }
                }
                NodeData::Element(e) if is_phrasing(e.tag) && e.tag != Tag::Span => {
                    if run_first.is_none() {
                        run_first = first_text(a, c);
                    }
                }
                NodeData::Comment => {}
                _ => flush(&mut run_first, &mut reported, ctx),
            }
        }
        flush(&mut run_first, &mut reported, ctx);
    }
}

use crate::source::Span;

/// The first non-blank text inside an element.
fn first_text(a: &Article<'_>, id: NodeId) -> Option<Span> {
    a.descendants(id)
        .find(|&d| a.node(d).is_solid_text())
        .and_then(|d| a.text_span(d))
}
