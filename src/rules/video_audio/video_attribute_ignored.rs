//! `video-attribute-ignored`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule judges the attributes of every `<video>`, in the body and in the header:
    ///
    /// - **warning**: `muted` (with any value, or none), at the `muted` attribute;
    /// - **info**: `data-fb-disable-autoplay`, at that attribute: the video will not play automatically.
    ///
    /// Not reported: `controls`, `loop`, `data-fb-disable-controls` and `data-fb-parse-360`, which are
    /// supported. `muted` on an `<audio>` is not judged.
    ///
    /// ## Why it matters
    /// The `<video>` element of Instant Articles does not support `muted`; the attribute is ignored.
    /// Videos in Instant Articles play automatically as the reader scrolls to them;
    /// `data-fb-disable-autoplay` turns that off, and the FAQ names it as the first thing to check when
    /// videos do not autoplay. The documentation also says not to use it on videos smaller than
    /// 640 × 480. It is valid markup, so the finding is only a note.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><video muted data-fb-disable-autoplay><source src="https://cdn.example.com/video/harbour.mp4" type="video/mp4"></video></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure><video loop><source src="https://cdn.example.com/video/harbour.mp4" type="video/mp4"></video></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L692 (the `muted` attribute is not supported on `<video>`), L734 (if videos do not autoplay,
    /// check for `data-fb-disable-autoplay`); docs reference/video (`data-fb-disable-autoplay` and its size
    /// caveat, `data-fb-disable-controls`, `data-fb-parse-360`); SDK `Elements/Video.php`. RULES.md B-67;
    /// Resolution 19.
    pub static VIDEO_ATTRIBUTE_IGNORED = {
        name: "video-attribute-ignored",
        category: VideoAudio,
        severity: Warning,
        severities: [Warning, Info],
        summary: "a `<video>` with `muted` (unsupported) or `data-fb-disable-autoplay` (no autoplay)",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &video in a.elements(Tag::Video) {
        if a.attr(video, "muted").is_some() {
            ctx.report(
                a.attr_or_element_span(video, "muted"),
                "`muted` on a <video> is not supported",
            )
            .help("remove `muted`: Facebook plays article videos without sound first anyway");
        }
        if a.attr(video, "data-fb-disable-autoplay").is_some() {
            ctx.report(a.attr_or_element_span(video, "data-fb-disable-autoplay"), "`data-fb-disable-autoplay`: this video will not play by itself")
                .severity(Severity::Info)
                .help("remove it if the video should autoplay (it is also not allowed on videos smaller than 640×480)");
        }
    }
}
