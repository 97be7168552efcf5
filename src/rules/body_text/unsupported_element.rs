//! `unsupported-element`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article body can hold only the elements of the Instant Articles format. The rule walks the
    /// children of `<article>` at any depth, skipping the `<header>` and the `<footer>` (any element of
    /// those names, and everything inside the article's own header and footer). Markup inside an
    /// `<iframe>` is the iframe's content, not elements of the article, so it is never judged. Accepted:
    ///
    /// - blocks and media: `p`, `h1`, `h2`, `ul`, `ol`, `li`, `blockquote`, `aside`, `figure`,
    ///   `figcaption`, `img`, `video`, `source`, `audio`, `iframe`, `cite`, `small`, `address`, `time`,
    ///   `header`, `footer`;
    /// - inside text: `a`, `b`, `strong`, `i`, `em` and `br`, and, as in captions, `sub`, `sup`, `u`, `s`
    ///   and `mark` (their text is kept), and a `span` that holds none of `p`, `figure`, `ul`, `ol`,
    ///   `blockquote`, `aside`, `div`, `h1`, `h2` or `table`;
    /// - elements with a rule of their own: `h3`–`h6` (`heading-level-unsupported`) and every `script`
    ///   (`script-outside-embed`).
    ///
    /// Any other element written in the source is reported at its start tag: for example `table`, `form`,
    /// `input`, `button`, `select`, `object`, `embed`, `canvas`, `svg`, `picture`, `pre`, `code`, `hr`,
    /// `dl`, `details`, `noscript`, `font`, a nested `article`, `div` and `section`, and a `span` that
    /// wraps one of the blocks above. An unsupported element inside a paragraph (such as `<font>`) is
    /// reported too. Only the outermost is reported: what is inside a reported `table` or `form` is not
    /// judged.
    ///
    /// `div`, `section` and block `span` wrappers are unwrapped by Facebook's parser, not lost: the wrapper
    /// is reported, and what it holds is judged as if it stood in its place. Loose text in a wrapper is
    /// also `text-outside-paragraph`. Elements that the parser creates without a start tag (a `tbody`) are
    /// not reported, but their content is judged.
    ///
    /// Reported here as well as by another rule (one fix clears both):
    /// - a `<style>` element or a `<link>` (a stylesheet, say) in the body: also `css-styling-ignored`;
    /// - an element that a `<figcaption>` does not accept, such as a `<div>` in a caption: also
    ///   `figcaption-disallowed-children`;
    /// - a wrapper such as `<div>` written straight into an embed figure without an `<iframe>`: the figure
    ///   is `interactive-missing-iframe`.
    ///
    /// Not reported here:
    /// - `object` and `embed` written inside a `<p>`: `non-text-inside-paragraph`;
    /// - the header's children (kicker, authors, ads, sponsors) and the footer's children
    ///   (`footer-malformed`), which have their own rules; anything in `<body>` outside the article
    ///   (`article-multiple-article-elements`).
    ///
    /// ## Why it matters
    /// Facebook has no rule for other elements: the SDK reports "No rules defined for `<table>` in the
    /// context of …" and the element is lost with its content. The Financial Times' converter rejected
    /// tables for that reason, and the WordPress plugin turns them into interactive embeds. Put tables,
    /// forms, code listings and other rich content in a `figure.op-interactive` with the markup inside the
    /// `<iframe>`. For `div` and `span` the effect is milder (Facebook unwraps them and keeps the content),
    /// but the markup is not what Facebook reads, and the wrapper often hides other problems.
    ///
    /// ## Bad
    /// ```html
    /// <p>The bank's last two decisions:</p>
    /// <table><tr><th>Date</th><th>Rate</th></tr><tr><td>June 1</td><td>4.25%</td></tr><tr><td>April 6</td><td>4.00%</td></tr></table>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The bank's last two decisions:</p>
    /// <figure class="op-interactive"><iframe width="320" height="120"><table><tr><th>Date</th><th>Rate</th></tr><tr><td>June 1</td><td>4.25%</td></tr><tr><td>April 6</td><td>4.00%</td></tr></table></iframe></figure>
    /// ```
    ///
    /// ## Source
    /// SDK `Transformer/Warnings/UnrecognizedElement.php` ("No rules defined for <x> in the context of …");
    /// Financial-Times/ft-facebook-instant `server/lib/validator.js` (rejects `table`);
    /// Automattic/facebook-instant-articles-wp `rules-configuration.json` (table → InteractiveRule); SDK
    /// `Parser/instant-articles-rules.json` (`div` and `span` passed through). RULES.md B-33, B-30, B-45;
    /// Resolutions 6, 20, 33, 34, 36.
    pub static UNSUPPORTED_ELEMENT = {
        name: "unsupported-element",
        category: BodyText,
        severity: Warning,
        summary: "an element in the article body that is not part of the Instant Articles markup",
        check: Article(check),
    }
}

use crate::article::NodeData;
use crate::article::flags::{IN_FOOTER, IN_HEADER, IN_P};

/// The article vocabulary (RULES.md B-33).
fn supported(a: &Article<'_>, id: NodeId, tag: Tag) -> bool {
    match tag {
        Tag::P
        | Tag::H1
        | Tag::H2
        | Tag::Ul
        | Tag::Ol
        | Tag::Li
        | Tag::Blockquote
        | Tag::Aside
        | Tag::Figure
        | Tag::Figcaption
        | Tag::Img
        | Tag::Video
        | Tag::Source
        | Tag::Audio
        | Tag::Iframe
        | Tag::Cite
        | Tag::Footer
        | Tag::Small
        | Tag::Address
        | Tag::Time
        | Tag::Header
        | Tag::A
        | Tag::B
        | Tag::Strong
        | Tag::I
        | Tag::Em
        | Tag::Br => true,
        // Their own rules: headings, scripts (Resolution 6; B-34).
        Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 | Tag::Script => true,
        // Inline phrasing (as Resolution 36 allows in captions) is kept; a span
        // that wraps blocks is a wrapper.
        Tag::Sub | Tag::Sup | Tag::U | Tag::S | Tag::Mark => true,
        Tag::Span => !a.element_children(id).any(|d| {
            matches!(
                a.tag(d),
                Tag::P
                    | Tag::Figure
                    | Tag::Ul
                    | Tag::Ol
                    | Tag::Blockquote
                    | Tag::Aside
                    | Tag::Div
                    | Tag::H1
                    | Tag::H2
                    | Tag::Table
            )
        }),
        _ => false,
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(article) = a.article else { return };
    // (element, inside a reported wrapper): nested wrappers count once.
    let mut stack: Vec<(NodeId, bool)> = a.element_children(article).map(|c| (c, false)).collect();
    stack.reverse();
    while let Some((id, wrapped)) = stack.pop() {
        let f = a.flags(id);
        let tag = a.tag(id);
        // The header and footer have their own rules (Resolution 6, B-77);
        // so have style sheets (css-styling-ignored), caption content
        // (figcaption-disallowed-children) and embed code written without its
        // iframe (interactive-missing-iframe).
        if f & (IN_HEADER | IN_FOOTER) != 0
            || matches!(
                tag,
                Tag::Header | Tag::Footer | Tag::Style | Tag::Figcaption
            )
            || (tag == Tag::Link
                && a.attr(id, "rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("stylesheet"))
                }))
            || (a.is_embed_figure(id) && !a.descendants(id).any(|d| a.tag(d) == Tag::Iframe))
        {
            continue;
        }
        let wrapper = matches!(tag, Tag::Div | Tag::Span | Tag::Section);
        let mut now_wrapped = wrapped;
        if !supported(a, id, tag) && a.is_written(id) && !(wrapper && wrapped) {
            now_wrapped |= wrapper;
            // Inside a paragraph, media are non-text-inside-paragraph's.
            let media = matches!(tag, Tag::Object | Tag::Embed) && f & IN_P != 0;
            if !media && let Some(span) = a.span(id) {
                let name = a.name(id);
                let help = match tag {
                    Tag::Div | Tag::Span | Tag::Section => format!("remove the <{name}> wrapper: its content is kept, the wrapper is not"),
                    Tag::Table => "put the table in <figure class=\"op-interactive\"><iframe>...</iframe></figure>".to_string(),
                    _ => format!("replace <{name}> with supported markup, or embed it in an op-interactive iframe"),
                };
                ctx.report(
                    span,
                    format!(
                        "<{name}> is not part of the Instant Articles markup: Facebook drops it"
                    ),
                )
                .help(help);
                // Report a wrapper's own unsupported content too, but not the
                // rows and cells of an unsupported table.
                if !matches!(tag, Tag::Div | Tag::Span | Tag::Section) {
                    continue;
                }
            }
        }
        // The element children, last first, so that the first is visited next.
        let kid_wrapped = now_wrapped || (wrapped && wrapper);
        let mut kid = a.node(id).last_child;
        while let Some(c) = kid.get() {
            if matches!(a.node(c).data, NodeData::Element(_)) {
                stack.push((c, kid_wrapped));
            }
            kid = a.node(c).prev;
        }
    }
}
