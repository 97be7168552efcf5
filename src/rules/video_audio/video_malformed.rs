//! `video-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A video is one `<video>` in a `<figure>`, with its file given by `<source src>` (or by `src` on the
    /// `<video>` itself). The rule reports:
    ///
    /// - a `<video>` that is not a direct child of a `<figure>`, at the `<video>` start tag;
    /// - a second (or later) `<video>` child of one figure (a playlist), at that `<video>`;
    /// - otherwise, a `<video>` with no non-blank `src` attribute and no `<source>` child that has one,
    ///   at the `<video>` start tag.
    ///
    /// Each `<video>` gets at most one finding. Videos in the header (a cover video), in the footer and
    /// in slideshow slides are judged alike, and so are videos in `<body>` outside the article. Videos
    /// inside an embed figure (`op-interactive`, `op-social`, `op-ad`, `op-tracker`) are not judged.
    ///
    /// Cases that belong to other rules:
    /// - a `<video>` written inside a `<p>`: `non-text-inside-paragraph`; a video figure inside a `<p>`:
    ///   `figure-inside-paragraph`;
    /// - a `src` that is present but empty or relative: `media-url-not-absolute`;
    /// - an unsupported file format or a YouTube/Vimeo page URL: `video-format-unsupported`;
    /// - a header cover video that is not a direct file: `cover-video-not-direct-file`.
    ///
    /// ## Why it matters
    /// Instant Articles shows a video only as the media of a figure, and only with a file URL ("Video must
    /// have a URL."); otherwise the video is dropped. It does not support playlists made of several
    /// `<video>` elements: only one video plays. To offer a playlist, embed a player that supports one,
    /// as an interactive or social embed.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><video><source src="https://cdn.example.com/video/flood-1.mp4" type="video/mp4"></video><video><source src="https://cdn.example.com/video/flood-2.mp4" type="video/mp4"></video><figcaption>The flood, morning and evening.</figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><video><source src="https://cdn.example.com/video/flood-1.mp4" type="video/mp4"></video><figcaption>The flood in the morning.</figcaption></figure>
    /// <figure><video><source src="https://cdn.example.com/video/flood-2.mp4" type="video/mp4"></video><figcaption>The flood in the evening.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L686 (wrap videos in `<figure>`, not in a paragraph), L726 (no playlists with `<video>`), L728
    /// (playlists work through an embedded player); SDK `Elements/Video.php` (validator "Video must have a
    /// URL.") and `Transformer/Rules/VideoRule.php` (InvalidSelector on `video.url`). RULES.md B-65;
    /// Resolutions 8, 16, 33, 40.
    pub static VIDEO_MALFORMED = {
        name: "video-malformed",
        category: VideoAudio,
        severity: Warning,
        summary: "a `<video>` outside a figure, a video without a source, or several videos in one figure",
        check: Article(check),
    }
}

use crate::article::flags::{IN_BODY, IN_EMBED, IN_P};

fn has_source(a: &Article<'_>, video: NodeId) -> bool {
    a.attr(video, "src").is_some_and(|s| !s.trim().is_empty())
        || a.element_children(video).any(|c| {
            a.tag(c) == Tag::Source && a.attr(c, "src").is_some_and(|s| !s.trim().is_empty())
        })
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &video in a.elements(Tag::Video) {
        let f = a.flags(video);
        // In a paragraph it is non-text-inside-paragraph's (Resolution 33).
        if f & IN_BODY == 0 || f & (IN_EMBED | IN_P) != 0 {
            continue;
        }
        let Some(span) = a.span(video) else { continue };
        let figure = a.parent(video).filter(|&p| a.tag(p) == Tag::Figure);
        let Some(figure) = figure else {
            ctx.report(span, "a <video> outside a <figure>")
                .help("wrap the video in <figure>...</figure>");
            continue;
        };
        let videos: Vec<NodeId> = a
            .element_children(figure)
            .filter(|&c| a.tag(c) == Tag::Video)
            .collect();
        if videos.len() > 1 && videos[0] != video {
            ctx.report(
                span,
                "a second <video> in one figure: playlists are not supported",
            )
            .help("use one video per figure, or an embedded player for a playlist");
            continue;
        }
        if !has_source(a, video) {
            ctx.report(span, "a <video> without a source")
                .help("add <source src=\"https://.../video.mp4\" type=\"video/mp4\">");
        }
    }
}
