//! `video-format-unsupported`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule judges every `<source>` that is a direct child of a `<video>`, and every `<video>` that has
    /// a `src` attribute, anywhere in the document. For each, it reports the first of these that applies:
    ///
    /// - a non-empty `type` that does not start with `video/` (any letter case), such as
    ///   `application/x-mpegURL` or `audio/mpeg`, at the `type` attribute;
    /// - an absolute http(s) `src` on a video site whose URLs are pages, not files: `youtube.com`,
    ///   `youtu.be`, `vimeo.com`, `facebook.com` or `fb.watch`, or a subdomain of one, whatever its
    ///   extension. At the `src` attribute;
    /// - an absolute http(s) `src` whose path ends in an extension that is not one of `mp4`, `m4v`, `mov`,
    ///   `3gp`, `3g2`, `avi`, `wmv`, `flv`, `mkv`, `mpeg`, `mpg`, `webm`, `ogv` or `ts` (compared in any
    ///   letter case; the query string and fragment are not part of the path), such as `.m3u8`, `.mpd`,
    ///   `.swf`, `.mp3`, `.html` or `.php`. At the `src` attribute.
    ///
    /// Not judged: a `src` with no extension (a CDN may serve files without one), a `src` that is empty,
    /// relative or not http(s) (`media-url-not-absolute`), and audio sources. The lists are fixed.
    ///
    /// In the header, a video on a video site is `cover-video-not-direct-file` alone; the type and
    /// extension checks apply there too. A missing source is `video-malformed`.
    ///
    /// ## Why it matters
    /// Facebook takes videos in the file formats it accepts for uploads, and fetches the file itself. A
    /// streaming playlist, a Flash file, an audio file or a web page is not a video file it can ingest, so
    /// the video is missing. For a YouTube or Vimeo video, embed the provider's player as an interactive
    /// embed instead of pointing `<video>` at the page. Extension list (inferred): completed from the
    /// formats Facebook accepted for uploads.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><video><source src="https://www.youtube.com/watch?v=F0vg4HUEIyk"></video></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><video><source src="https://cdn.example.com/video/harbour.mp4" type="video/mp4"></video></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L684 (use a supported video file format), L593 (other players through interactive embeds); docs
    /// reference/video ("all video file formats that can be uploaded to Facebook"). The extension list is
    /// inferred. RULES.md B-66, B-26; Resolutions 16, 19, 48.
    pub static VIDEO_FORMAT_UNSUPPORTED = {
        name: "video-format-unsupported",
        category: VideoAudio,
        severity: Warning,
        summary: "a video source in a format Facebook does not accept, or a video page URL instead of a file",
        check: Article(check),
    }
}

use crate::urls;

const CONTAINERS: [&str; 14] = [
    "mp4", "m4v", "mov", "3gp", "3g2", "avi", "wmv", "flv", "mkv", "mpeg", "mpg", "webm", "ogv",
    "ts",
];
const PAGES: [&str; 5] = [
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "facebook.com",
    "fb.watch",
];

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let mut sources: Vec<NodeId> = a
        .elements(Tag::Source)
        .iter()
        .copied()
        .filter(|&s| a.parent(s).is_some_and(|p| a.tag(p) == Tag::Video))
        .collect();
    sources.extend(
        a.elements(Tag::Video)
            .iter()
            .copied()
            .filter(|&v| a.attr(v, "src").is_some()),
    );
    sources.sort_unstable();
    for el in sources {
        if let Some(t) = a.attr(el, "type").map(str::trim)
            && !t.is_empty()
            && !t.to_ascii_lowercase().starts_with("video/")
        {
            ctx.report(
                a.attr_or_element_span(el, "type"),
                format!("the video type `{t}` is not a video format"),
            )
            .help("serve a video file (MP4 is the safe choice) with type=\"video/mp4\"");
            continue;
        }
        let Some(src) = a.attr(el, "src").map(str::trim) else {
            continue;
        };
        let Some(url) = urls::absolute_http(src) else {
            continue;
        };
        let host = urls::domain_host(&url).unwrap_or_default();
        if PAGES.iter().any(|p| urls::covers(p, &host)) {
            // In the header it is cover-video-not-direct-file's.
            if a.has_flag(el, crate::article::flags::IN_HEADER) {
                continue;
            }
            ctx.report(a.attr_or_element_span(el, "src"), format!("the video source is a page on {host}, not a video file"))
                .help("link the video file itself, or use an op-social/op-interactive embed for the player");
            continue;
        }
        let file = url.path().rsplit('/').next().unwrap_or("");
        if let Some((_, ext)) = file.rsplit_once('.') {
            let ext = ext.to_ascii_lowercase();
            if !CONTAINERS.contains(&ext.as_str()) {
                ctx.report(
                    a.attr_or_element_span(el, "src"),
                    format!("`.{ext}` is not a video format Facebook accepts"),
                )
                .help("serve an MP4 (or another format Facebook accepts for upload)");
            }
        }
    }
}
