//! `media-url-reused-on-update`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// This rule needs the state store (`--state`) and `--check-media`. When ialint records an article
    /// (`--record --check-media`), it fetches the article's media files (the absolute `src` of every
    /// `<img>`, `<video>`, `<audio>` and `<source>`) and stores a hash of their bytes. On a later run
    /// with `--check-media`, for an article whose canonical URL is in the store, every media URL that the
    /// stored version also used and whose bytes were hashed is fetched again: when the bytes differ, the
    /// file was replaced in place, and the finding points at that `src` attribute.
    ///
    /// The rule needs evidence that a file changed, so a text-only edit never triggers it, and neither
    /// does a baseline feed alone (it holds no media bytes). Media that cannot be fetched now are not
    /// judged. Servers that re-encode an image on every request would look changed: turn the rule off
    /// for them.
    ///
    /// ## Why it matters
    /// Facebook copies an article's media when it ingests the article and updates them only when their
    /// URL changes. A photo replaced under the same URL (a corrected chart, a cropped hero image) keeps
    /// showing the old file in the Instant Article, while the web page shows the new one.
    ///
    /// ## Bad
    /// ```text
    /// $ ialint check --state ia-state.db --check-media feed.xml
    /// info[media-url-reused-on-update]: the media file `https://example.com/img/hero.jpg` changed since
    ///   the article was ingested, but its URL did not: Facebook keeps showing the old file
    /// ```
    ///
    /// ## Good
    /// ```text
    /// <img src="https://example.com/img/hero-v2.jpg">   (the new file under a new URL)
    /// ```
    ///
    /// ## Source
    /// Docs developers.facebook.com/docs/instant-articles/api ("Media assets associated with an article
    /// will only update if the URL of the media asset has change[d]"). RULES.md A-30; Resolution 56.
    pub static MEDIA_URL_REUSED_ON_UPDATE = {
        name: "media-url-reused-on-update",
        category: Updates,
        severity: Info,
        summary: "a media file replaced in place (new bytes, same URL) in an ingested article",
        check: Cross(check),
    }
}

use crate::lint::{CrossItem, Digest};
use crate::source::Span;

fn check(d: &Digest, state: &mut CrossItem, ctx: &mut Context<'_>) {
    if state.duplicate_canonical(d) {
        return;
    }
    let (Some(history), Some(hasher)) = (&ctx.settings.history, &ctx.settings.media_hasher) else {
        return;
    };
    let (Some(store), Some(canonical)) = (&history.store, d.canonical.as_deref()) else {
        return;
    };
    if d.media.is_empty() {
        return;
    }
    let stored = store.media(canonical);
    let hasher = hasher.clone();
    // The media the stored version used whose bytes were hashed; fetched
    // again, a few at a time.
    let candidates: Vec<(&str, Span, u128)> = d
        .media
        .iter()
        .filter_map(|(url, span)| {
            let old = stored
                .iter()
                .find(|(u, _)| u == url)
                .and_then(|(_, h)| *h)?;
            Some((url.as_str(), *span, old))
        })
        .collect();
    let now = crate::parallel::in_parallel(&candidates, 8, |(url, _, _)| (hasher.0)(url));
    for ((url, span, old), new) in candidates.iter().zip(now) {
        if let Some((new, _)) = new
            && new != *old
        {
            ctx.report(
                *span,
                format!("the media file `{url}` changed since the article was ingested, but its URL did not: Facebook keeps showing the old file"),
            )
            .help("publish a changed media file under a new URL (for example hero-v2.jpg)");
        }
    }
}
