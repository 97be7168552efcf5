//! `social-embed-deprecated`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports every `figure.op-social`, at the `<figure>` start tag, whose class should change to
    /// `op-interactive`. The embed itself (an `<iframe>` with a `src` or with the provider's markup inline)
    /// stays as it is.
    ///
    /// Other rules judge the same figure for other defects: content from an unsupported provider is
    /// `social-embed-unsupported-provider` (a warning), a missing iframe is `interactive-missing-iframe`,
    /// and the iframe's size is `embed-dimensions-invalid`.
    ///
    /// ## Why it matters
    /// The official SDK deprecated the social embed: its SocialEmbed element became an Interactive one,
    /// with the message "SocialEmbed is deprecated, use Interactive instead." `figure.op-interactive`
    /// renders the same embeds and, unlike `op-social`, accepts any provider. This is advice, not a
    /// rejection.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-social"><iframe><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C7q2Lx9NbXa/"><a href="https://www.instagram.com/p/C7q2Lx9NbXa/">A post shared by Example News</a></blockquote><script async src="https://www.instagram.com/embed.js"></script></iframe></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C7q2Lx9NbXa/"><a href="https://www.instagram.com/p/C7q2Lx9NbXa/">A post shared by Example News</a></blockquote><script async src="https://www.instagram.com/embed.js"></script></iframe></figure>
    /// ```
    ///
    /// ## Source
    /// SDK commit 5fb7c8a "Deprecated the Social embed tag" (SocialEmbed extends Interactive; validator
    /// text "SocialEmbed is deprecated, use Interactive instead."). RULES.md B-57; Resolution 19.
    pub static SOCIAL_EMBED_DEPRECATED = {
        name: "social-embed-deprecated",
        category: Embeds,
        severity: Info,
        summary: "a social embed written as `figure.op-social`, deprecated in favour of `op-interactive`",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        if a.has_class(fig, "op-social")
            && let Some(span) = a.span(fig)
        {
            ctx.report(span, "`op-social` is deprecated")
                .help("use <figure class=\"op-interactive\"> for social embeds");
        }
    }
}
