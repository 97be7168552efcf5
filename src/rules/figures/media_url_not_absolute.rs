//! `media-url-not-absolute`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Every media URL must be an absolute `http://` or `https://` URL with a host. The rule judges the
    /// `src` attribute of every `<img>`, `<video>`, `<audio>`, `<source>` and `<iframe>` element in
    /// `<body>` (markup inside an iframe's content is not judged) and reports a value that is:
    ///
    /// - empty or only whitespace (for example `<iframe src="">` in an embed);
    /// - relative (`/uploads/a.jpg`, `a.jpg`) or protocol-relative (`//cdn.example.com/a.jpg`);
    /// - of another scheme: `data:`, `blob:`, `file:`, `about:blank`, `javascript:`.
    ///
    /// Leading and trailing whitespace is ignored and the scheme may be in any letter case. The finding
    /// points at the `src` attribute.
    ///
    /// Not reported here:
    /// - an `<img>` in a figure (any figure ancestor) with a missing or empty `src`: `image-missing-src`;
    /// - a `src` attribute that is absent: for an image in a figure that is `image-missing-src`, for a
    ///   video `video-malformed`, for an audio clip `audio-misplaced`; an embed `<iframe>` with inline
    ///   content and no `src` is the documented form;
    /// - a `data:image/svg+xml` URL, on any of these elements: `image-svg-unsupported` (for images).
    ///
    /// ## Why it matters
    /// Facebook downloads an article's images and videos to its own servers. It does not resolve relative
    /// URLs against the article's address, so an image or video with a relative, protocol-relative or
    /// `data:` URL is missing from the article. Lazy-loading plugins often leave a `data:` placeholder in
    /// `src`; emit the real URL instead. Rule (inferred): the sources imply that media URLs must be
    /// absolute but do not state it.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="/uploads/2025/06/harbour.jpg"><figcaption>The harbour on Sunday morning.</figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><img src="https://example.com/uploads/2025/06/harbour.jpg"><figcaption>The harbour on Sunday morning.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// Instant Articles fetched media on Facebook's side (docs reference/video: "Your videos will be
    /// uploaded directly via your RSS feed"); inferred. RULES.md B-49; Resolutions 8, 19.
    pub static MEDIA_URL_NOT_ABSOLUTE = {
        name: "media-url-not-absolute",
        category: Figures,
        severity: Warning,
        summary: "a media `src` (image, video, audio, iframe) that is empty, relative or not http(s)",
        check: Article(check),
    }
}

use crate::article::flags::IN_BODY;
use crate::urls;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let mut all: Vec<NodeId> = [Tag::Img, Tag::Source, Tag::Video, Tag::Audio, Tag::Iframe]
        .iter()
        .flat_map(|&t| a.elements(t).iter().copied())
        .collect();
    all.sort_unstable();
    for el in all {
        let Some(src) = a.attr(el, "src") else {
            continue;
        };
        if !a.has_flag(el, IN_BODY) {
            continue;
        }
        let t = src.trim();
        // An empty image source in a figure is image-missing-src's.
        if t.is_empty() && a.tag(el) == Tag::Img && a.ancestors(el).any(|p| a.tag(p) == Tag::Figure)
        {
            continue;
        }
        // SVG data URIs are image-svg-unsupported's.
        if urls::looks_absolute_http(t) || t.to_ascii_lowercase().starts_with("data:image/svg+xml")
        {
            continue;
        }
        let why = if t.is_empty() {
            "empty".to_string()
        } else if t.starts_with("//") {
            format!("`{t}` is protocol-relative")
        } else {
            format!("`{t}` is not an absolute http(s) URL")
        };
        ctx.report(
            a.attr_or_element_span(el, "src"),
            format!("the media URL of <{}> is {why}", a.name(el)),
        )
        .help("write the full URL, starting with https://: Facebook fetches the media itself");
    }
}
