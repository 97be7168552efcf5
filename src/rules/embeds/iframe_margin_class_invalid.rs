//! `iframe-margin-class-invalid`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The `<iframe>` of an embed figure may carry one of two classes that set the embed's width:
    /// `no-margin` (edge to edge, without margins) or `column-width` (within the text column's margins).
    /// The rule judges every `<iframe>` that is a direct child of a `figure.op-interactive`, `op-social`,
    /// `op-ad` or `op-tracker`, and reports, once per iframe, at its `class` attribute:
    ///
    /// - both `no-margin` and `column-width` on one iframe;
    /// - any other class token: a misspelling such as `nomargin`, `no_margin`, `No-Margin`, `full-width`
    ///   or `column_width` (class names are case-sensitive), and also a CMS's own class such as
    ///   `wp-embedded-content`. The message lists the tokens.
    ///
    /// An iframe without a `class` attribute, or with only one of the two classes, is fine. An iframe
    /// nested in the embed's inline content is not judged.
    ///
    /// ## Why it matters
    /// Instant Articles recognises only the exact class names `no-margin` and `column-width`. A misspelled
    /// class is ignored and the embed keeps the default margins, so a graphic meant to run edge to edge
    /// does not. With both classes the result is undefined.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe class="full-width" src="https://graphics.example.com/turnout-map/" height="420"></iframe></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe class="no-margin" src="https://graphics.example.com/turnout-map/" height="420"></iframe></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L758 (add the `no-margin` class to the iframe to show an interactive embed without margins); SDK
    /// `Elements/Interactive.php` (constants NO_MARGIN `no-margin` and COLUMN_WIDTH `column-width`, one of
    /// the two) and `Parser/instant-articles-rules.json` (selectors `iframe.no-margin`,
    /// `iframe.column-width`). RULES.md B-55; Resolutions 7, 19.
    pub static IFRAME_MARGIN_CLASS_INVALID = {
        name: "iframe-margin-class-invalid",
        category: Embeds,
        severity: Warning,
        summary: "a misspelled embed margin class, or both `no-margin` and `column-width` on one iframe",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &iframe in a.elements(Tag::Iframe) {
        let Some(parent) = a.parent(iframe) else {
            continue;
        };
        if !a.is_embed_figure(parent) {
            continue;
        }
        let Some(class) = a.attr(iframe, "class") else {
            continue;
        };
        let tokens: Vec<&str> = class.split_ascii_whitespace().collect();
        let unknown: Vec<&str> = tokens
            .iter()
            .copied()
            .filter(|t| !matches!(*t, "no-margin" | "column-width"))
            .collect();
        let both = tokens.contains(&"no-margin") && tokens.contains(&"column-width");
        if unknown.is_empty() && !both {
            continue;
        }
        let msg = if both {
            "an embed <iframe> with both `no-margin` and `column-width`".to_string()
        } else {
            format!(
                "the embed <iframe> class `{}` is not a margin setting",
                unknown.join(" ")
            )
        };
        ctx.report(a.attr_or_element_span(iframe, "class"), msg)
            .help("use class=\"no-margin\" or class=\"column-width\", or no class");
    }
}
