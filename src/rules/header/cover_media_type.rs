//! `cover-media-type`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The cover is the header's first figure that is not an ad (`op-ad`), not inside another figure and
    /// not inside an ad template. When that figure is a tracker (`op-tracker`), nothing is judged here (a
    /// tracker in the header is `tracker-malformed`'s or `header-multiple-figures`'s). Otherwise the cover
    /// must be one of:
    ///
    /// - an image: a figure with an `<img>` child that has a `src` attribute, or with an `<a>` child that
    ///   holds an `<img>` (the link may be reported by `image-inside-anchor`);
    /// - a video: a figure with a `<video>` child;
    /// - a slideshow: a `figure.op-slideshow`.
    ///
    /// Anything else is reported at the cover's `<figure>` start tag, once:
    /// - a figure with a `<figure>` child (a nested figure, as in Facebook's own tutorial article), unless
    ///   it is a slideshow;
    /// - an embed (`op-interactive`, `op-social`), a map (`figure.op-map`), or a figure with an `<iframe>`
    ///   child, such as a third-party video player (YouTube, Vimeo, …);
    /// - a figure with none of the media above: an empty figure, one with only a caption or an
    ///   `<audio>`, or one whose `<img>` has no `src` attribute. Such a figure is usually also reported
    ///   by `image-missing-src` (or `audio-misplaced`), which says what is missing.
    ///
    /// Only the children of the cover figure are looked at. Only the cover is judged; further header
    /// figures are `header-multiple-figures`'s. Cases that belong to other rules: the cover video's file
    /// (`cover-video-not-direct-file`, `video-malformed`); the slideshow's structure
    /// (`slideshow-malformed`).
    ///
    /// ## Why it matters
    /// The FAQ describes the cover as a `<figure>` in the header holding an `<img>` or a `<video>`, and the
    /// official SDK accepts only an image, a slideshow or a video as cover. Facebook's video reference adds
    /// that "videos embedded via a third-party player cannot appear in your Header or News Feed Preview".
    /// Another kind of cover is dropped, and the article opens without a cover.
    ///
    /// ## Bad
    /// ```html header
    /// <header>
    /// <figure class="op-interactive"><iframe src="https://www.youtube.com/embed/a1b2c3d4e5f" width="560" height="315"></iframe></figure>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Good
    /// ```html header
    /// <header>
    /// <figure><img src="https://cdn.example.com/img/rates-cover.jpg"></figure>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Source
    /// FAQ L708 (a cover is a `<figure>` in the header with an `<img>` or a `<video>`); SDK
    /// `Elements/Header.php` `withCover` (Image, Slideshow or Video only); docs reference/video ("videos
    /// embedded via a third-party player cannot appear in your Header or News Feed Preview"); the nested
    /// cover figure of SDK extensions
    /// `tests/Facebook/InstantArticles/AMP/articles/tutorial-instant-article.html`. RULES.md B-25;
    /// Resolutions 16, 17, 19, 61.
    pub static COVER_MEDIA_TYPE = {
        name: "cover-media-type",
        category: Header,
        severity: Warning,
        summary: "a header cover that is not an image, a video or a slideshow",
        check: Article(check),
    }
}

use crate::article::header_figures;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    // Only the first counted figure is the cover (Resolution 17).
    let Some(&cover) = header_figures(a).first() else {
        return;
    };
    // A tracker in the header is tracker-malformed's (Resolution 61).
    if a.has_class(cover, "op-tracker") {
        return;
    }
    let kids: Vec<NodeId> = a.element_children(cover).collect();
    let slideshow = a.has_class(cover, "op-slideshow");
    let nested = kids.iter().any(|&c| a.tag(c) == Tag::Figure) && !slideshow;
    let msg = if nested {
        "the cover is a figure inside a figure"
    } else if a.is_embed_figure(cover)
        || a.has_class(cover, "op-map")
        || kids.iter().any(|&c| a.tag(c) == Tag::Iframe)
    {
        "the cover is an embed: only an image, a video or a slideshow can be the cover"
    } else {
        // A cover with media is fine; one without is image-missing-src's.
        return;
    };
    ctx.report(a.span_or_ancestor(cover), msg)
        .help("use <figure><img src=\"...\"></figure> (or a video or slideshow) as the cover");
}
