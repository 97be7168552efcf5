//! `figure-class-unsupported`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Facebook recognises a fixed set of `op-` classes on `<figure>`: `op-interactive`, `op-social`,
    /// `op-ad`, `op-ad-default` (together with `op-ad`), `op-tracker`, `op-slideshow` and `op-map`. The
    /// rule reports a figure whose `class` has a token beginning with `op-` that is not in this set, or
    /// `op-ad-default` without `op-ad`. One finding per figure, at its `<figure>` start tag, naming the
    /// first such token (fix them all before linting again).
    ///
    /// Class tokens are compared exactly, as HTML does (class names are case-sensitive); only tokens that
    /// begin with `op-` are judged. Other classes, such as `fb-feed-cover` or a CMS's `wp-block-image` and
    /// `alignleft`, are ignored, as Facebook ignored them. Every figure written in the document is judged:
    /// in the header, in the body, in the footer, and the slides of a slideshow; markup inside an
    /// `<iframe>` is the iframe's own and is not judged.
    ///
    /// Not reported here: classes on `<figcaption>` or `<cite>` (`caption-class-invalid`); where
    /// `fb-feed-cover` is used (`feed-cover-misplaced`); where `op-ad-default` is used in the header
    /// (`header-ads-not-in-template`); the use of `op-social` (`social-embed-deprecated`).
    ///
    /// ## Why it matters
    /// Facebook refused such articles: "Unsupported Class: The `<figure>` element has an unsupported class
    /// value in the class=op- tag", reported together with "It wasn't possible to submit your article".
    /// Invented or misspelt classes (`op-embed`, `op-video`, `op-image`, `op-interactives`) are the usual
    /// cause.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-embed"><iframe src="https://charts.example.com/embed/rates" width="320" height="240"></iframe></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe src="https://charts.example.com/embed/rates" width="320" height="240"></iframe></figure>
    /// ```
    ///
    /// ## Source
    /// Facebook's "Unsupported Class: The <figure> element has an unsupported class value in the class=op-
    /// tag" with "It wasn't possible to submit your article" (Automattic/fb-instant-articles issue #352).
    /// RULES.md B-32; Resolutions 7, 19.
    pub static FIGURE_CLASS_UNSUPPORTED = {
        name: "figure-class-unsupported",
        category: BodyText,
        severity: Error,
        summary: "a `<figure>` with an `op-` class that Instant Articles does not know",
        check: Article(check),
    }
}

const SUPPORTED: [&str; 7] = [
    "op-interactive",
    "op-social",
    "op-ad",
    "op-ad-default",
    "op-tracker",
    "op-slideshow",
    "op-map",
];

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        let Some(class) = a.attr(fig, "class") else {
            continue;
        };
        for token in class.split_ascii_whitespace() {
            let bad = if token == "op-ad-default" {
                !a.has_class(fig, "op-ad")
            } else {
                token.starts_with("op-") && !SUPPORTED.contains(&token)
            };
            if bad {
                let Some(span) = a.span(fig) else { break };
                let msg = if token == "op-ad-default" {
                    "class `op-ad-default` on a figure that is not `op-ad`".to_string()
                } else {
                    format!(
                        "the figure class `{token}` is not supported: Facebook rejects the article"
                    )
                };
                ctx.report(span, msg).help(
                    "use one of op-interactive, op-social, op-ad, op-tracker, op-slideshow or op-map (op-ad-default only with op-ad)",
                );
                break;
            }
        }
    }
}
