//! `empty-element`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports text elements that hold no text: `p`, `h1`, `h2`, `blockquote`, `aside`,
    /// `figcaption`, `cite`, `small`, `b`, `strong`, `i` and `em`, anywhere in the article (header and
    /// footer included; content outside `<article>` is `article-multiple-article-elements`'s). An element
    /// is empty when its text, after removing whitespace, `&nbsp;` (U+00A0) and `<br>`, is empty, and it
    /// holds no element with an `href`, a `src` or media (so `<p><a href="…"></a></p>` is not empty).
    /// Comments are not text. The finding points at the element's start tag; when empty elements are nested
    /// (`<p><b></b></p>`), only the outermost is reported.
    ///
    /// **Spacer paragraphs.** Facebook's FAQ recommends `<p>&nbsp;</p>` to add space between images. By
    /// default, an empty paragraph whose nearest sibling elements on both sides are `<figure>` elements
    /// (with only whitespace or comments between) is not reported. Two spacers in a row are both
    /// reported, since each has a paragraph beside it. Set `empty-element.allow-spacer-paragraphs` to
    /// `false` to report every spacer. An empty paragraph anywhere else, such as between two paragraphs
    /// or before the footer, is reported.
    ///
    /// Not reported here:
    /// - an empty `<h1>` that is a direct child of the header: `header-title-missing` (or
    ///   `header-duplicate-title-or-subtitle` when the header has another `<h1>`);
    /// - empty list items and lists: `list-malformed`; an `<address>` without a name: `author-malformed`;
    /// - the empty `<p></p>` that the HTML parser builds after a figure, quote or aside written inside a
    ///   paragraph, and paragraphs the parser implies without a `<p>` in the source: the first is covered
    ///   by `figure-inside-paragraph` or `blockquote-inside-paragraph`, the second is never reported;
    /// - the documented empty links of sponsors and related articles (`<li><a href="…"></a></li>`);
    /// - anything inside the `<iframe>` of an embed.
    ///
    /// ## Why it matters
    /// Facebook warned about these with "The HTML element does not contain any text: Avoid including empty
    /// HTML elements". The official SDK skips empty text elements when it renders an article, so they
    /// never reach the reader, and an empty caption or credit leaves a figure with a blank caption area.
    /// Typical causes are a WYSIWYG editor's blank lines and templates that write a caption element even
    /// when the caption field is empty. For space between paragraphs, rely on the Page's style; only the
    /// FAQ's spacer between images is allowed by default.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <p>&nbsp;</p>
    /// <p>The second paragraph of the body text.</p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/clean-1.jpg"></figure>
    /// <p>&nbsp;</p>
    /// <figure><img src="https://cdn.example.com/img/clean-2.jpg"></figure>
    /// <p>The second paragraph of the body text.</p>
    /// ```
    ///
    /// ## Options
    /// - `empty-element.allow-spacer-paragraphs` (`true` or `false`; default `true`): accept an empty
    ///   paragraph between two figures, the spacer that Facebook's FAQ recommends. With `false`, such
    ///   paragraphs are reported like any other empty element.
    ///
    /// Set it in `ialint.toml` under `[rules.empty-element]` as `allow-spacer-paragraphs`.
    ///
    /// ## Source
    /// Facebook's "The HTML element does not contain any text: Avoid including empty HTML elements"
    /// (ahmedkaludi/accelerated-mobile-pages issue #949, Automattic/fb-instant-articles issue #848); SDK
    /// `Validators/Type.php` (`isTextEmpty`) and `Elements/InstantArticle.php` (empty text containers
    /// skipped on render); Financial-Times/ft-facebook-instant
    /// `server/lib/transforms/removeEmptyElements.js`; FAQ L712 (an empty `<p>&nbsp;</p>` adds space
    /// between images). RULES.md B-38, B-42; Resolutions 4, 5, 32, 48, 58; CONTRACT.md
    /// (`empty-element.allow-spacer-paragraphs = true`).
    pub static EMPTY_ELEMENT = {
        name: "empty-element",
        category: BodyText,
        severity: Warning,
        summary: "a text element with no text, such as `<p></p>` or an empty `<figcaption>`",
        check: Article(check),
    }
}

use crate::article::flags::{IN_ARTICLE, IN_HEADER};

/// List items are list-malformed's.
const CHECKED: [Tag; 12] = [
    Tag::P,
    Tag::H1,
    Tag::H2,
    Tag::Blockquote,
    Tag::Aside,
    Tag::Figcaption,
    Tag::Cite,
    Tag::Small,
    Tag::B,
    Tag::Strong,
    Tag::I,
    Tag::Em,
];

/// A blank paragraph directly between two figures: the FAQ's spacer (Resolution 4).
fn spacer(a: &Article<'_>, p: NodeId) -> bool {
    let sibling = |forward: bool| {
        let mut cur = p;
        loop {
            let n = a.node(cur);
            let next = if forward { n.next } else { n.prev };
            let next = next.get()?;
            match &a.node(next).data {
                crate::article::NodeData::Text { text, .. } if text.trim().is_empty() => cur = next,
                crate::article::NodeData::Comment => cur = next,
                _ => return Some(next),
            }
        }
    };
    let is_figure = |n: Option<NodeId>| n.is_some_and(|n| a.tag(n) == Tag::Figure);
    is_figure(sibling(false)) && is_figure(sibling(true))
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let mut covered: std::collections::HashSet<NodeId> = std::collections::HashSet::new();
    let mut all: Vec<NodeId> = CHECKED
        .iter()
        .flat_map(|&t| a.elements(t).iter().copied())
        .collect();
    all.sort_unstable();
    for el in all {
        if !a.has_flag(el, IN_ARTICLE) || !a.is_written(el) || !a.is_empty(el) {
            continue;
        }
        // The header's title is header-title-missing's (Resolution 58).
        if a.tag(el) == Tag::H1 && a.has_flag(el, IN_HEADER) && a.parent(el) == a.header {
            continue;
        }
        if a.tag(el) == Tag::P && ctx.settings.allow_spacer_paragraphs && spacer(a, el) {
            continue;
        }
        // A paragraph whose block the parser moved out holds that block as
        // written (Resolution 32).
        if a.node(el).holds_block {
            continue;
        }
        // One finding for nested empty elements: the outermost.
        if covered.contains(&el) {
            continue;
        }
        let Some(span) = a.span(el) else { continue };
        covered.extend(a.descendants(el));
        ctx.report(
            span,
            format!("an empty <{}>: Facebook reports empty elements", a.name(el)),
        )
        .help("remove the element, or give it content");
    }
}
