//! `feed-fetch-too-slow`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Two cases:
    ///
    /// - **Measured** (error; a feed given by URL): ialint downloads the feed as Facebook's crawler did
    ///   and measures it. A download that does not finish within `download-timeout` (30 s) is abandoned,
    ///   as the crawler abandoned it, and reported with the bytes received so far; nothing else is
    ///   checked then. A download that finishes, but whose download time plus the time ialint took to
    ///   parse the feed's XML exceeds `load-timeout` (10 s), is reported at `</channel>` (or at the end of
    ///   the file) with both times. Only the XML parse is timed, not the checks of the articles, so a busy
    ///   machine does not cause the finding; ialint parses feeds far faster than Facebook did, so a feed
    ///   close to the limit is worth making smaller too.
    /// - **Static** (warning; any input): a feed larger than `max-bytes` (5 MB) is reported once, at
    ///   `</channel>` (or at the end of the file), with its size. The size is the file's size, or the
    ///   decoded size of a fetched feed. The threshold is inferred: it is the size the W3C feed validator
    ///   accepts, and far below what a slow host could serve Facebook in 10 s.
    ///
    /// ## Why it matters
    /// Facebook fetched a Page's feed every few minutes, gave the download 30 seconds and the whole load
    /// and parse 10 seconds, and failed the fetch otherwise: no article of that fetch was published or
    /// updated, and publishers saw "Read Timeout" errors. Large feeds are the usual cause: a feed that
    /// lists every article ever published instead of the recently changed ones.
    ///
    /// ## Bad
    /// ```text
    /// $ ialint check https://example.com/feed/instant-articles
    /// error[feed-fetch-too-slow]: the feed did not download within 30 s (18220544 bytes after 30.0 s):
    ///   Facebook's crawler gives up after 30 s
    /// ```
    ///
    /// ## Good
    /// ```text
    /// $ ialint check https://example.com/feed/instant-articles
    /// (a 600 KB feed of the 50 articles changed in the last day, downloaded in 0.4 s)
    /// ```
    ///
    /// ## Options
    /// - `feed-fetch-too-slow.max-bytes` (bytes, default `5000000`): the static size threshold.
    /// - `feed-fetch-too-slow.download-timeout` (a duration, default `"30s"`): the crawler's download
    ///   limit.
    /// - `feed-fetch-too-slow.load-timeout` (a duration, default `"10s"`): the limit on download plus
    ///   parse.
    ///
    /// Set them in `ialint.toml` under `[rules.feed-fetch-too-slow]`.
    ///
    /// ## Source
    /// FAQ L634 (the download timeout is 30 seconds), FAQ L652 (the feed must load and parse within 10
    /// seconds, or the fetch fails); Facebook's "Read Timeout … reduce the number of articles in your
    /// feed file" (Automattic/fb-instant-articles issue #56). RULES.md A-09; Resolutions 54, 60.
    pub static FEED_FETCH_TOO_SLOW = {
        name: "feed-fetch-too-slow",
        category: SizeAndFetching,
        severity: Error,
        severities: [Error, Warning],
        summary: "a feed that downloads in over 30 s, loads in over 10 s, or is larger than 5 MB",
        check: End(check),
    }
}

use crate::feed::ChannelEnd;
use crate::lint::CrossItem;

fn check(end: &ChannelEnd, _state: &mut CrossItem, ctx: &mut Context<'_>) {
    let origin = end.origin.as_deref();
    let size = origin.and_then(|o| o.size).unwrap_or(end.span.end);
    let max = ctx.settings.max_feed_bytes;
    if let Some((_, download)) = origin.and_then(|o| o.download.as_ref()) {
        let parse = end.read_time;
        let total = *download + parse;
        let limit = ctx.settings.load_timeout as f64;
        if total.as_secs_f64() > limit {
            ctx.report(
                end.span,
                format!(
                    "the feed took {:.1} s to download and {:.1} s to parse: {:.1} s in all, over the {limit} s Facebook allows to load and parse a feed",
                    download.as_secs_f64(),
                    parse.as_secs_f64(),
                    total.as_secs_f64()
                ),
            )
            .help("make the feed small (only recently created or changed articles) and its server fast");
        }
    }
    if size > max {
        ctx.report(
            end.span,
            format!("the feed is {size} bytes, larger than {max} bytes: Facebook may not load it in time"),
        )
        .severity(Severity::Warning)
        .help("list only the articles created or changed recently; ingested articles stay after they leave the feed");
    }
}
