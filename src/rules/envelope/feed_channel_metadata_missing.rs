//! `feed-channel-metadata-missing`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// RSS 2.0 requires three elements in the channel: `<title>`, `<link>` and `<description>`. The rule
    /// reports a `<channel>` in which any of them is missing or holds only whitespace. A feed gets at most
    /// one finding, which names every missing or empty element. It points at the `</channel>` end tag (or
    /// at the end of the file when the channel is never closed), because the answer is only known once the
    /// whole channel has been read.
    ///
    /// Details:
    /// - Only the channel's own children count: the `<title>` of an `<item>` or of the channel `<image>`
    ///   does not, and neither does `<atom:link>` or another namespaced element in place of the RSS
    ///   `<link>`.
    /// - `<link>` only has to be non-empty here. A relative or otherwise unusable channel link is not
    ///   reported by this rule; it just cannot supply the assumed claimed domain (see below).
    /// - The other channel elements of Facebook's sample feed (`<language>`, `<lastBuildDate>`) are
    ///   optional and not checked.
    ///
    /// When the feed has several channels, only the first is judged, and the finding points at its end.
    ///
    /// Not reported here: a feed without a `<channel>` (`feed-missing-channel` alone: there is no channel
    /// to judge); a root that is not `<rss>` (`feed-root-not-rss2`). An article file linted on its own has
    /// no channel, so the rule does not run on it.
    ///
    /// ## Why it matters
    /// Instant Articles read the items and did not use the channel's title, link or description, so their
    /// absence costs nothing there; hence only info. The feed is still not valid RSS 2.0, and other feed
    /// readers and validators reject or mislabel it. The channel `<link>` also matters to ialint: without
    /// `--domain`, ialint assumes that the Page claimed the registrable domain of the channel link, and
    /// with no usable link `canonical-domain-not-claimed` cannot run. Rule and severity (inferred): RSS
    /// 2.0's required elements, kept as advice because Facebook ignored them.
    ///
    /// ## Bad
    /// ```xml
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    /// <channel>
    /// <title>Example News</title>
    /// <language>en-us</language>
    /// <lastBuildDate>Sun, 01 Jun 2025 18:00:00 +0000</lastBuildDate>
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// </channel>
    /// </rss>
    /// ```
    ///
    /// ## Good
    /// ```xml
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    /// <channel>
    /// <title>Example News</title>
    /// <link>https://example.com/</link>
    /// <description>News from example.com</description>
    /// <language>en-us</language>
    /// <lastBuildDate>Sun, 01 Jun 2025 18:00:00 +0000</lastBuildDate>
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// </channel>
    /// </rss>
    /// ```
    ///
    /// ## Source
    /// The docs' sample feed (developers.facebook.com/docs/instant-articles/publishing/setup-rss-feed),
    /// whose channel has `title`, `link`, `description`, `language` and `lastBuildDate`; the RSS 2.0
    /// specification (required channel elements); mileusna/facebook-instant-articles README ("I don't
    /// believe Facebook cares about feed title, link and description"). RULES.md A-05; Resolutions 25, 40,
    /// 54.
    pub static FEED_CHANNEL_METADATA_MISSING = {
        name: "feed-channel-metadata-missing",
        category: Envelope,
        severity: Info,
        summary: "a `<channel>` without a non-empty `<title>`, `<link>` or `<description>`",
        check: End(check),
    }
}

use crate::feed::ChannelEnd;
use crate::lint::CrossItem;

fn check(end: &ChannelEnd, _state: &mut CrossItem, ctx: &mut Context<'_>) {
    let c = &end.channel;
    let missing: Vec<&str> = [
        ("<title>", &c.title),
        ("<link>", &c.link),
        ("<description>", &c.description),
    ]
    .into_iter()
    .filter(|(_, f)| f.as_ref().is_none_or(|f| f.is_blank()))
    .map(|(n, _)| n)
    .collect();
    if missing.is_empty() {
        return;
    }
    ctx.report(
        end.span,
        format!("the channel has no {}", missing.join(", ")),
    )
    .help("give the channel a <title>, a <link> to the site and a <description>");
}
