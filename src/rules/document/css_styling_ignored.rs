//! `css-styling-ignored`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Instant Articles have no CSS. The rule reports, each at its own position:
    ///
    /// - a `<style>` element anywhere in the document, head or body: at its start tag;
    /// - a `<link>` whose `rel` has the token `stylesheet` (any letter case, `alternate stylesheet`
    ///   included): at its start tag;
    /// - a `style` attribute whose value is not blank, on any other element: at the attribute.
    ///
    /// Not reported:
    /// - anything inside an `<iframe>`: that content is the iframe's own web page and may use CSS;
    /// - a `style` attribute on an `<iframe>` that is a direct child of an embed figure (`op-interactive`,
    ///   `op-social`, `op-ad`, `op-tracker`), as in Facebook's own Audience Network ad example
    ///   (`style="border:0; margin:0;"`);
    /// - an empty or blank `style=""`, and `class` attributes (other than `op-` classes, which have their
    ///   own rules, classes are ignored without harm);
    /// - elements that the parser creates without a start tag in the source.
    ///
    /// A `<style>` element or a stylesheet `<link>` written in the article body is also reported by
    /// `unsupported-element`; removing it clears both.
    ///
    /// ## Why it matters
    /// Facebook's article docs state that "CSS is not supported for styling": the look of Instant Articles
    /// (fonts, colours, spacing) comes from the styles set up for the Page in the Style editor, as the FAQ
    /// explains. CSS in the article is dropped, so whatever it did is lost. That matters when the style
    /// carries meaning, such as red text for a correction or a highlighted update: say it in words or with
    /// `<b>`/`<i>` instead.
    ///
    /// ## Bad
    /// ```html
    /// <p style="color:#c00">Update: the bank later confirmed the decision.</p>
    /// <p>The first paragraph of the body text.</p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p><b>Update:</b> the bank later confirmed the decision.</p>
    /// <p>The first paragraph of the body text.</p>
    /// ```
    ///
    /// ## Source
    /// Docs articlecreate ("CSS is not supported for styling"); FAQ L724 (colours and fonts are set in the
    /// Style editor); Facebook's Audience Network ad example (`style="border:0; margin:0;"` on the ad
    /// iframe). RULES.md B-12, B-33; Resolutions 19, 20.
    pub static CSS_STYLING_IGNORED = {
        name: "css-styling-ignored",
        category: Document,
        severity: Warning,
        summary: "CSS in an article: a `<style>` element, a stylesheet link or a `style` attribute",
        check: Article(check),
    }
}

use crate::article::NodeData;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    // From the index: style sheets, links and `style` attributes; no new walk.
    let mut candidates: Vec<NodeId> = a.elements(Tag::Style).to_vec();
    candidates.extend_from_slice(a.elements(Tag::Link));
    candidates.extend_from_slice(a.styled_elements());
    candidates.sort_unstable();
    candidates.dedup();
    for d in candidates {
        let NodeData::Element(e) = &a.node(d).data else {
            continue;
        };
        if !a.is_written(d) {
            continue;
        }
        let stylesheet = e.tag == Tag::Link
            && a.attr(d, "rel").is_some_and(|r| {
                r.split_ascii_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("stylesheet"))
            });
        if e.tag == Tag::Style || stylesheet {
            ctx.report(
                a.span_or_ancestor(d),
                "CSS is not supported in Instant Articles: this style sheet is ignored",
            )
            .help("remove it; set colours and fonts in the Page's Style editor");
            continue;
        }
        // The style of an embed's own iframe belongs to the embed (Resolution 20).
        let embed_iframe =
            e.tag == Tag::Iframe && a.parent(d).is_some_and(|p| a.is_embed_figure(p));
        if a.attr(d, "style").is_some_and(|s| !s.trim().is_empty()) && !embed_iframe {
            ctx.report(
                a.attr_or_element_span(d, "style"),
                "a `style` attribute: CSS is ignored in Instant Articles",
            )
            .help("remove the style attribute; use the Page's Style editor");
        }
    }
}
