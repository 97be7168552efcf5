//! `interactive-missing-iframe`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The content of a `figure.op-interactive`, `op-social`, `op-ad` or `op-tracker` must be held by an
    /// `<iframe>`, which either loads a URL (`src`) or carries the embed's markup inline. The rule
    /// reports:
    ///
    /// - such a figure with no `<iframe>` in it at any depth, at the `<figure>` start tag;
    /// - when the figure's first `<iframe>` has no `src` attribute and no inline content (only
    ///   whitespace and no-break spaces; a comment inside an iframe is its content), at the `<iframe>`
    ///   start tag.
    ///
    /// An iframe that sits inside a wrapper in the figure (a `<div>`, even the `<figcaption>`) counts as
    /// the figure's iframe.
    ///
    /// When the embed code is written straight into the figure instead of into an iframe, the other
    /// rules still judge that markup: its `<div>` or `<blockquote>` is also `unsupported-element`, and its
    /// `<script>` is also `script-outside-embed`. Wrapping the code in an `<iframe>` fixes all of them.
    ///
    /// Not reported here:
    /// - an iframe with `src=""`: `media-url-not-absolute`;
    /// - more than one iframe in a tracker: `tracker-malformed`;
    /// - `figure.op-map` (no iframe; it needs a geotag: `map-missing-geotag`).
    ///
    /// ## Why it matters
    /// Facebook renders an embed by loading its iframe. Embed code written straight into the figure, such
    /// as a social post's `<div>` and `<script>` pasted from a provider, is not rendered; an empty iframe
    /// shows nothing. The SDK rejects ads and analytics without content ("Ad must have a URL or html
    /// body.", "Analytics must have a URL or html body.").
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><div class="infogram-embed" data-id="turnout-2025"></div><script src="https://e.infogram.com/js/dist/embed-loader-min.js"></script></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe height="420"><div class="infogram-embed" data-id="turnout-2025"></div><script src="https://e.infogram.com/js/dist/embed-loader-min.js"></script></iframe></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L595 (`figure.op-interactive` should contain an `<iframe>` holding the embedded content), L694
    /// (an ad is an `<iframe>` with `src` or inline HTML and scripts), L718 (a social embed is a
    /// `figure.op-social` with an iframe); maintainer in Automattic/fb-instant-articles issue #448 (missing
    /// iframe tags); SDK validators "Ad must have a URL or html body." and "Analytics must have a URL or
    /// html body.". RULES.md B-54; Resolutions 8, 20, 40.
    pub static INTERACTIVE_MISSING_IFRAME = {
        name: "interactive-missing-iframe",
        category: Embeds,
        severity: Warning,
        summary: "an embed figure (interactive, social, ad, tracker) without an iframe, or with an empty one",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        if !a.is_embed_figure(fig) {
            continue;
        }
        let iframes: Vec<NodeId> = a
            .descendants(fig)
            .filter(|&c| a.tag(c) == Tag::Iframe)
            .collect();
        let Some(&iframe) = iframes.first() else {
            if let Some(span) = a.span(fig) {
                let class = ["op-interactive", "op-social", "op-ad", "op-tracker"]
                    .into_iter()
                    .find(|c| a.has_class(fig, c))
                    .unwrap_or("");
                ctx.report(span, format!("a `{class}` figure without an <iframe>"))
                    .help("wrap the embed's markup in <iframe>...</iframe> inside the figure");
            }
            continue;
        };
        // src="" is media-url-not-absolute's (Resolution 8).
        let has_src = a.attr(iframe, "src").is_some();
        let inline = a.has_solid_text(iframe);
        if !has_src
            && !inline
            && let Some(span) = a.span(iframe)
        {
            ctx.report(span, "an embed <iframe> with neither a `src` nor content")
                .help("give the iframe a src=\"https://...\" or put the embed's markup inside it");
        }
    }
}
