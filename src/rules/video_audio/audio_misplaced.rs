//! `audio-misplaced`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// In Instant Articles an audio clip is a soundtrack attached to an image, a slideshow or a map. The
    /// `<audio>` must be a direct child of a `figure.op-slideshow`, of a `figure.op-map`, or of an image
    /// figure: a figure that is not an embed (`op-interactive`, `op-social`, `op-ad`, `op-tracker`) and
    /// has an `<img>` child. The rule judges every `<audio>` in `<body>` and reports, at its start tag:
    ///
    /// - an `<audio>` anywhere else (directly in the article, in a video figure, in an embed figure, in
    ///   a figure without an `<img>` child, in a caption);
    /// - an `<audio>` in the right place with no non-blank `src` attribute and no `<source>` child that
    ///   has one.
    ///
    /// An `<audio>` gets at most one finding: a misplaced one is not also judged for its source.
    ///
    /// Cases that belong to other rules:
    /// - an `<audio>` written inside a `<p>`: `non-text-inside-paragraph`;
    /// - a `src` that is present but empty or relative: `media-url-not-absolute`.
    ///
    /// For a stand-alone audio player (a podcast episode, say), embed the provider's player in a
    /// `figure.op-interactive`.
    ///
    /// ## Why it matters
    /// The Instant Articles audio element exists only as part of an image, slideshow or map; an `<audio>`
    /// elsewhere is not recognised and is dropped, and one without a file URL is invalid ("Audio must have
    /// an audio URL link.").
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <audio><source src="https://cdn.example.com/audio/choir.mp3" type="audio/mpeg"></audio>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://cdn.example.com/img/choir.jpg"><audio title="The choir's first rehearsal"><source src="https://cdn.example.com/audio/choir.mp3" type="audio/mpeg"></audio><figcaption>The choir rehearses in the old church.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// SDK `Transformer/Rules/AudioRule.php` (its context is Audible: Image, Slideshow and Map) and
    /// `Elements/Audio.php` (validator "Audio must have an audio URL link."). RULES.md B-69; Resolutions 8,
    /// 33, 40.
    pub static AUDIO_MISPLACED = {
        name: "audio-misplaced",
        category: VideoAudio,
        severity: Warning,
        summary: "an `<audio>` clip outside an image, slideshow or map figure, or without a source",
        check: Article(check),
    }
}

use crate::article::flags::{IN_BODY, IN_P};

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &audio in a.elements(Tag::Audio) {
        let f = a.flags(audio);
        if f & IN_BODY == 0 || f & IN_P != 0 {
            continue;
        }
        let Some(span) = a.span(audio) else { continue };
        let host = a.parent(audio).filter(|&p| a.tag(p) == Tag::Figure);
        let allowed = host.is_some_and(|fig| {
            a.has_class(fig, "op-slideshow")
                || a.has_class(fig, "op-map")
                || (!a.is_embed_figure(fig)
                    && a.element_children(fig).any(|c| a.tag(c) == Tag::Img))
        });
        if !allowed {
            ctx.report(span, "an <audio> outside an image, slideshow or map figure")
                .help("put the audio in the figure it accompanies: <figure><img src=\"...\"><audio>...</audio></figure>");
            continue;
        }
        let has_source = a.attr(audio, "src").is_some_and(|s| !s.trim().is_empty())
            || a.element_children(audio).any(|c| {
                a.tag(c) == Tag::Source && a.attr(c, "src").is_some_and(|s| !s.trim().is_empty())
            });
        if !has_source {
            ctx.report(span, "an <audio> without a source")
                .help("add <source src=\"https://.../audio.mp3\">");
        }
    }
}
