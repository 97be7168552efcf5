//! `script-outside-embed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Scripts run in Instant Articles only inside the `<iframe>` of an embed. The rule reports, at its
    /// start tag, each `<script>` element in the `<article>` (header, body or footer), except a geotag: a
    /// `script` with the class `op-geotag` and a `type` of `application/json` (any letter case), as
    /// used in maps and on image and video figures. A script written inside an `<iframe>` is part of the
    /// iframe's content, not an element of the article, so it is never reported.
    ///
    /// Embed code written straight into an embed figure, without the `<iframe>`, is reported here for its
    /// `<script>`, while `interactive-missing-iframe` reports the figure (and `unsupported-element` a
    /// wrapper such as `<div>`): wrapping the code in an `<iframe>` fixes all of them.
    ///
    /// Cases that belong to other rules:
    /// - a `<script>` written inside a `<p>`: `non-text-inside-paragraph`;
    /// - a geotag in a `figure.op-map` that is not valid: `map-missing-geotag`, `geotag-invalid-json`;
    /// - a `<script>` in `<body>` outside the article: `article-multiple-article-elements`.
    ///
    /// Scripts in `<head>` (structured data, for example) are not judged.
    ///
    /// ## Why it matters
    /// Instant Articles do not run the page's scripts: the official SDK has no rule for a script outside
    /// embeds and geotags, and the WordPress plugin ignores them. A widget that a script builds (a poll, a
    /// social post, a video player) never appears, and the reader sees its fallback text or nothing. Put
    /// the widget's markup and script inside the `<iframe>` of a `figure.op-interactive`, or link its
    /// hosted page with the iframe's `src`. Rule and severity (inferred): from the SDK and plugin
    /// behaviour, not from a Facebook message.
    ///
    /// ## Bad
    /// ```html
    /// <p>Have your say on the rate rise.</p>
    /// <script src="https://polls.example.com/embed.js" data-poll="1234"></script>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>Have your say on the rate rise.</p>
    /// <figure class="op-interactive"><iframe src="https://polls.example.com/embed/1234" width="320" height="240"></iframe></figure>
    /// ```
    ///
    /// ## Source
    /// SDK `Parser/instant-articles-rules.json` (no rule for `script` outside embeds and geotags);
    /// Automattic/facebook-instant-articles-wp `rules-configuration.json` (ignores `script`); FAQ L595
    /// (embedded content goes in the `<iframe>` of a `figure.op-interactive`). RULES.md B-34, B-45, B-54,
    /// B-63; Resolutions 20, 33.
    pub static SCRIPT_OUTSIDE_EMBED = {
        name: "script-outside-embed",
        category: BodyText,
        severity: Warning,
        summary: "a `<script>` in the article that is not inside an embed's iframe",
        check: Article(check),
    }
}

use crate::article::flags::{IN_ARTICLE, IN_P};

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &s in a.elements(Tag::Script) {
        let f = a.flags(s);
        // In a paragraph it is non-text-inside-paragraph's (Resolution 33).
        // Outside the article it is article-multiple-article-elements'.
        if f & IN_ARTICLE == 0 || f & IN_P != 0 {
            continue;
        }
        // Embed code written without its iframe is interactive-missing-iframe's.
        let bare_embed = a
            .ancestors(s)
            .find(|&p| a.tag(p) == Tag::Figure)
            .is_some_and(|fig| {
                a.is_embed_figure(fig) && !a.descendants(fig).any(|d| a.tag(d) == Tag::Iframe)
            });
        if bare_embed {
            continue;
        }
        let geotag = a.has_class(s, "op-geotag")
            && a.attr(s, "type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"));
        if geotag {
            continue;
        }
        let Some(span) = a.span(s) else { continue };
        ctx.report(
            span,
            "a <script> outside an embed: Facebook does not run it",
        )
        .help("put the widget in <figure class=\"op-interactive\"><iframe>...</iframe></figure>");
    }
}
