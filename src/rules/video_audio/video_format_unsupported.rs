//! `video-format-unsupported`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule judges the file URL of each `<video>` (`<source src>` and `src` on the `<video>`) and the
    /// `type` of its `<source>`. It reports:
    ///
    /// - a `type` that is not a video type, i.e. does not start with `video/` (any letter case), such as
    ///   `application/x-mpegURL` or `audio/mpeg`, at the `type` attribute;
    /// - a URL whose path ends in an extension that is not an accepted video format (the `extensions`
    ///   option), such as `.m3u8`, `.mpd`, `.swf`, `.mp3` or `.html`, at the `src` attribute. The
    ///   extension is compared in any letter case, after dropping a query string or fragment;
    /// - a URL on a video site (`youtube.com`, `youtu.be`, `vimeo.com`, `facebook.com` and their
    ///   subdomains, the `page-hosts` option) that does not end in an accepted extension: a watch page or
    ///   player, not a file. At the `src` attribute.
    ///
    /// Not judged: a URL with no extension and no `type` (a CDN may serve files without one), and URLs
    /// ending in a server-script extension (`.php`, `.asp`, `.aspx`, `.jsp`, `.cgi`), which say nothing
    /// about the format. Audio sources are not judged.
    ///
    /// In the header, a cover video on a video site is `cover-video-not-direct-file` alone. A missing
    /// source is `video-malformed`; a relative URL is `media-url-not-absolute`.
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
    /// ## Options
    /// - `extensions` (list of strings; default `["3g2", "3gp", "3gpp", "asf", "avi", "dat", "divx", "dv",
    ///   "f4v", "flv", "gif", "m2ts", "m4v", "mkv", "mod", "mov", "mp4", "mpe", "mpeg", "mpeg4", "mpg",
    ///   "mts", "nsv", "ogm", "ogv", "qt", "tod", "ts", "vob", "webm", "wmv"]`): the accepted video file
    ///   extensions, without the dot.
    /// - `page-hosts` (list of host names; default `["youtube.com", "youtu.be", "vimeo.com",
    ///   "facebook.com"]`): video sites whose URLs are pages, not files, unless they end in an accepted
    ///   extension; each covers its subdomains.
    ///
    /// Set them in `ialint.toml` under `[rules.video-format-unsupported]`.
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
