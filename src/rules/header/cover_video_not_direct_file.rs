//! `cover-video-not-direct-file`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A cover video must point at the video file itself. For every `<video>` inside the article's
    /// `<header>`, the rule looks at the video's own `src` and at the `src` of each of its `<source>`
    /// children, and reports every one that is not a direct file, at its `src` attribute. A URL is not a
    /// direct file when:
    ///
    /// - its host is a video site whose URLs are pages, not files: `facebook.com`, `fb.watch`,
    ///   `youtube.com`, `youtu.be` or `vimeo.com`, or a subdomain of one of them, whatever its extension or
    ///   `type`;
    /// - or the last segment of its path has no video file extension (`.mp4`, `.m4v`, `.mov`, `.webm`,
    ///   `.3gp`, `.avi`, `.mkv`, `.mpeg`, `.mpg`, `.ogv`, in any letter case) and the element that holds
    ///   the `src` has no `type` starting with `video/`.
    ///
    /// Each source is judged on its own: a video with a good `.mp4` source and a second source on
    /// YouTube still gets a finding for the YouTube one.
    ///
    /// For the header, this rule alone reports a video page; `video-format-unsupported` judges videos in
    /// the body. A `src` that is empty, relative or not http(s) is not judged here (it is
    /// `media-url-not-absolute`'s); a video with no URL at all is `video-malformed`; a cover that is an
    /// embedded player (an `<iframe>`) is `cover-media-type`.
    ///
    /// ## Why it matters
    /// The FAQ says a cover video needs a direct link to a video file, such as an mp4 file. Videos hosted
    /// on Facebook have no such link, so they must be hosted elsewhere to serve as a cover, and a YouTube
    /// or Vimeo page is a web page, not a file. Instant Articles cannot play such a URL as the cover: the
    /// article opens without it.
    ///
    /// ## Bad
    /// ```html header
    /// <header>
    /// <figure><video><source src="https://www.facebook.com/examplenews/videos/1234567890/"></video></figure>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Good
    /// ```html header
    /// <header>
    /// <figure><video><source src="https://cdn.example.com/video/rates-cover.mp4" type="video/mp4"></video></figure>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Source
    /// FAQ L722 (a cover video needs a direct link to a video file such as mp4; Facebook-hosted videos
    /// have none); docs reference/video (third-party player videos cannot appear in the header). RULES.md
    /// B-26, B-66; Resolutions 16, 17, 19.
    pub static COVER_VIDEO_NOT_DIRECT_FILE = {
        name: "cover-video-not-direct-file",
        category: Header,
        severity: Warning,
        summary: "a header cover video that points at a video page instead of a video file",
        check: Article(check),
    }
}

use crate::article::flags::IN_HEADER;
use crate::urls;

const PAGES: [&str; 5] = [
    "facebook.com",
    "fb.watch",
    "youtube.com",
    "youtu.be",
    "vimeo.com",
];
const FILES: [&str; 10] = [
    "mp4", "m4v", "mov", "webm", "3gp", "avi", "mkv", "mpeg", "mpg", "ogv",
];

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &video in a.elements(Tag::Video) {
        if !a.has_flag(video, IN_HEADER) {
            continue;
        }
        let mut sources: Vec<NodeId> = vec![video];
        sources.extend(
            a.element_children(video)
                .filter(|&c| a.tag(c) == Tag::Source),
        );
        for el in sources {
            let Some(src) = a.attr(el, "src") else {
                continue;
            };
            let Some(url) = urls::absolute_http(src) else {
                continue;
            };
            let host = urls::domain_host(&url).unwrap_or_default();
            let page = PAGES.iter().any(|p| urls::covers(p, &host));
            let ext = url
                .path()
                .rsplit('/')
                .next()
                .and_then(|f| f.rsplit_once('.'))
                .map(|(_, e)| e.to_ascii_lowercase());
            let typed = a
                .attr(el, "type")
                .is_some_and(|t| t.trim().to_ascii_lowercase().starts_with("video/"));
            let file = ext.as_deref().is_some_and(|e| FILES.contains(&e));
            if page || (!file && !typed) {
                ctx.report(a.attr_or_element_span(el, "src"), "the cover video is not a direct link to a video file")
                    .help("link the video file itself, e.g. <source src=\"https://cdn.example.com/v.mp4\" type=\"video/mp4\">");
            }
        }
    }
}
