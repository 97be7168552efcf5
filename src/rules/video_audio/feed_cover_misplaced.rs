//! `feed-cover-misplaced`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The class `fb-feed-cover` picks the video shown in the article's News Feed preview. It belongs on
    /// the `<figure>` of a video: a figure with a `<video>` child. The rule looks at every `<figure>` with
    /// that class, in document order, and reports at its start tag:
    ///
    /// - a figure that has no `<video>` child (an image, an interactive or social embed, a slideshow);
    /// - a video figure when an earlier figure already carries the class (whether or not that earlier
    ///   one is a video figure).
    ///
    /// The class on elements other than `<figure>` (on the `<video>` element itself, say) is not judged.
    ///
    /// `fb-feed-cover` is not an `op-` class, so `figure-class-unsupported` does not report it.
    ///
    /// ## Why it matters
    /// The feed preview uses the article web page's `og:image`, unless a video is marked with
    /// `fb-feed-cover`. On an image or an embed the class is ignored (videos from third-party players
    /// cannot be the preview), so the preview the publisher intended does not appear. Only one video can be
    /// the preview. Second use (inferred): the sources do not say which one Facebook picks.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="fb-feed-cover"><img src="https://cdn.example.com/img/clean-1.jpg"><figcaption>A caption for the photo.</figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="fb-feed-cover"><video><source src="https://cdn.example.com/video/harbour.mp4" type="video/mp4"></video><figcaption>The harbour at dawn.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L622 and L738 (add `fb-feed-cover` to any video in the article to show it in the News Feed
    /// preview; otherwise the web page's `og:image` is used); SDK `Elements/Video.php` (the class is set on
    /// the video's figure); docs reference/video (third-party player videos cannot be the feed preview).
    /// RULES.md B-68, B-32; Resolution 19.
    pub static FEED_COVER_MISPLACED = {
        name: "feed-cover-misplaced",
        category: VideoAudio,
        severity: Warning,
        summary: "the `fb-feed-cover` class on something other than a video, or on more than one video",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let mut seen = 0;
    for &fig in a.elements(Tag::Figure) {
        if !a.has_class(fig, "fb-feed-cover") {
            continue;
        }
        seen += 1;
        let Some(span) = a.span(fig) else { continue };
        let video = a.element_children(fig).any(|c| a.tag(c) == Tag::Video);
        if !video {
            ctx.report(span, "`fb-feed-cover` on a figure without a <video>: only a video can be the feed preview")
                .help("put fb-feed-cover on a video figure, or remove it (the web page's og:image is used)");
        } else if seen > 1 {
            ctx.report(span, "a second `fb-feed-cover` figure")
                .help("mark only one video as the feed cover");
        }
    }
}
