//! `data-feedback-invalid`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// `data-feedback` on a `<figure>` once added likes and comments to a single image or video. Its value
    /// is a comma-separated list of tokens; each token, trimmed of spaces, must be `fb:likes` or
    /// `fb:comments` (so `fb:likes,fb:comments` and `fb:likes, fb:comments` are both valid). Every figure
    /// that carries the attribute gets, at its `data-feedback` attribute:
    ///
    /// - a **warning** when a token is anything else (`likes`, `fb:share`, `FB:Likes`, or an empty token as
    ///   in `fb:likes,` or an empty value); or, when all tokens are valid, when the figure is not an image
    ///   or video figure: it holds no `<img>` or `<video>` at any depth, or it is an embed
    ///   (`op-interactive`, `op-social`, `op-ad`, `op-tracker`), a map or a slideshow as a whole. At most
    ///   one warning per figure;
    /// - an **info** note in every case, valid or not: Facebook withdrew likes and comments on individual
    ///   media in November 2018, so the attribute no longer does anything.
    ///
    /// ## Why it matters
    /// Invalid tokens were ignored, so readers got no like or comment buttons on the image. Since November
    /// 2018 the feature is gone altogether: the attribute is dead markup and can be removed from the
    /// templates.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure data-feedback="likes,comments"><img src="https://cdn.example.com/img/clean-1.jpg"><figcaption>A caption for the photo.</figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/clean-1.jpg"><figcaption>A caption for the photo.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L752 (`data-feedback="fb:likes,fb:comments"` on the `<figure>` of an image); SDK commit c1c6cda
    /// "Deprecation of feature to add comments/share/like to individual media content" (removed the
    /// `figure[data-feedback*='fb:likes']` rules from `Parser/instant-articles-rules.json`). Facebook's own
    /// tutorial article wrote `"fb:likes, fb:comments"` with a space. RULES.md B-51; Resolutions 18, 19.
    pub static DATA_FEEDBACK_INVALID = {
        name: "data-feedback-invalid",
        category: Figures,
        severity: Warning,
        severities: [Warning, Info],
        summary: "a `data-feedback` value or placement that is invalid; any use of the withdrawn feature",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        let Some(value) = a.attr(fig, "data-feedback") else {
            continue;
        };
        let span = a.attr_or_element_span(fig, "data-feedback");
        let tokens: Vec<&str> = value.split(',').map(str::trim).collect();
        let valid = tokens
            .iter()
            .all(|t| matches!(*t, "fb:likes" | "fb:comments"));
        let media = a
            .descendants(fig)
            .any(|d| matches!(a.tag(d), Tag::Img | Tag::Video));
        let embed = a.is_embed_figure(fig)
            || a.has_class(fig, "op-slideshow")
            || a.has_class(fig, "op-map");
        if !valid {
            ctx.report(
                span,
                format!("`data-feedback=\"{value}\"` is not a subset of fb:likes, fb:comments"),
            )
            .help("write data-feedback=\"fb:likes,fb:comments\", or drop it");
        } else if !media || embed {
            ctx.report(
                span,
                "`data-feedback` on a figure that is not an image or a video",
            )
            .help("drop it: it only ever applied to images and videos");
        }
        // Any use gets one note (Resolution 18).
        ctx.report(
            span,
            "`data-feedback`: likes and comments on media were withdrawn in November 2018",
        )
        .severity(Severity::Info)
        .help("drop the attribute");
    }
}
