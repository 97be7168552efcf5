//! `social-embed-unsupported-provider`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A `figure.op-social` must embed content from a social network that Instant Articles supports. The
    /// rule looks at the figure's first `<iframe>` child:
    ///
    /// - with a non-blank `src`: the URL must be an absolute http(s) URL whose host is one of
    ///   `facebook.com`, `instagram.com`, `twitter.com`, `x.com`, `t.co`, `youtube.com`, `youtu.be`,
    ///   `vimeo.com` or `vine.co`, or a subdomain of one (`www.youtube.com`, `platform.twitter.com`).
    ///   `youtube-nocookie.com` is a different host and is not supported, and a relative URL has no host;
    /// - with inline content and no (or an empty) `src`: the content must contain one of the texts
    ///   `instagram.com`, `twitter.com`, `facebook.com`, `instagram-media`, `twitter-tweet`,
    ///   `twitter-timeline`, `fb-post` or `fb-video` (letter case included), as the embed code that those
    ///   networks give out does. Inline code of other providers, YouTube's included, is reported.
    ///
    /// When neither holds, the finding points at the `<figure>` start tag, whose class must change: use
    /// `figure.op-interactive` for any other player or widget. The list of providers is fixed.
    ///
    /// `social-embed-deprecated` reports every `op-social` figure at `info` in addition; this rule adds the
    /// warning for content that Facebook refused outright. Not reported here: a figure without an iframe,
    /// or whose iframe has neither a `src` nor content (`interactive-missing-iframe`), and the iframe's
    /// size (`embed-dimensions-invalid`).
    ///
    /// ## Why it matters
    /// Facebook rejected such embeds with "Webview with op-social class without any supported embed type:
    /// When using op-social class on a webview, it must have a supported embed inside it e.g. Instagram,
    /// Twitter, Facebook, Youtube, etc." Players such as SoundCloud or the privacy-enhanced YouTube domain
    /// must be embedded as interactive content.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-social"><iframe src="https://www.youtube-nocookie.com/embed/F0vg4HUEIyk" width="640" height="360"></iframe></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe src="https://www.youtube-nocookie.com/embed/F0vg4HUEIyk" width="640" height="360"></iframe></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L593 (supported social content through social embeds; other players through interactive
    /// embeds), L718; Facebook's "Webview with op-social class without any supported embed type"
    /// (Automattic/fb-instant-articles issue #109, SoundCloud; SDK issue #114, youtube-nocookie.com);
    /// Automattic/fb-instant-articles issue #60 (op-social covered Instagram, Twitter, Facebook, Vine and
    /// YouTube). RULES.md B-56; Resolutions 19, 48.
    pub static SOCIAL_EMBED_UNSUPPORTED_PROVIDER = {
        name: "social-embed-unsupported-provider",
        category: Embeds,
        severity: Warning,
        summary: "a social embed (`figure.op-social`) whose content is not from a supported social network",
        check: Article(check),
    }
}

use crate::urls;

/// Hosts of the social embeds Facebook supported (B-56).
const PROVIDERS: [&str; 9] = [
    "instagram.com",
    "twitter.com",
    "x.com",
    "facebook.com",
    "youtube.com",
    "youtu.be",
    "vine.co",
    "vimeo.com",
    "t.co",
];
/// Markers of inline embed code from those providers.
const INLINE: [&str; 8] = [
    "instagram-media",
    "twitter-tweet",
    "twitter-timeline",
    "fb-post",
    "fb-video",
    "instagram.com",
    "twitter.com",
    "facebook.com",
];

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        if !a.has_class(fig, "op-social") {
            continue;
        }
        let Some(iframe) = a.element_children(fig).find(|&c| a.tag(c) == Tag::Iframe) else {
            continue;
        };
        let (known, what) = match a.attr(iframe, "src").filter(|s| !s.trim().is_empty()) {
            Some(src) => {
                let host = urls::absolute_http(src)
                    .and_then(|u| urls::domain_host(&u))
                    .unwrap_or_default();
                (
                    PROVIDERS.iter().any(|p| urls::covers(p, &host)),
                    format!("`{host}`"),
                )
            }
            None => {
                let text = a.text(iframe);
                if text.trim().is_empty() {
                    continue;
                }
                (
                    INLINE.iter().any(|m| text.contains(m)),
                    "its inline code".to_string(),
                )
            }
        };
        if !known {
            // The figure's class is what must change.
            let span = a.span_or_ancestor(fig);
            ctx.report(
                span,
                format!("an op-social embed from {what}, which is not a supported social network"),
            )
            .help(
                "embed other players with <figure class=\"op-interactive\"> and a sized <iframe>",
            );
        }
    }
}
