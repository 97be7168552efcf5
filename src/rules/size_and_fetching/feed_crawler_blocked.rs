//! `feed-crawler-blocked`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// What Facebook's crawler (`User-Agent: facebookexternalhit/1.1`) gets from the publisher's server:
    ///
    /// - **The feed URL** (a feed given by URL): the answer must be HTTP 200 with the feed. A 4xx or 5xx
    ///   status, an authentication wall (401, 407, or 403 with `WWW-Authenticate`), more than 10
    ///   redirects, a content encoding other than gzip, deflate or br, or an HTML page where the feed should be (a login page, a bot challenge, an error
    ///   page) is reported at line 1 of the URL, and the feed is not checked further. When the crawler
    ///   gets an error status, ialint asks again as a browser: if the browser gets 200, the message says
    ///   that a firewall or bot rule blocks the crawler. A feed served with a content type that is not
    ///   XML (for example `text/html`) is still checked, with a warning on standard error.
    /// - **The items' canonical URLs** (with `--check-urls`): every item's canonical URL must answer 200
    ///   to the crawler, at most 10 s per request, 4 requests at a time. A failure is reported on the
    ///   item, at its canonical URL, with the status or the network error. A server that answers 429
    ///   (too many requests) is asked once more after its `Retry-After`; URLs it still refuses are not
    ///   judged, and standard error says how many.
    ///
    /// `--user-agent` changes the User-Agent sent, to compare; the findings keep the crawler's name.
    ///
    /// ## Why it matters
    /// Facebook's crawler fetched both the feed and each article's canonical URL. A web application
    /// firewall, CDN bot rule or IP allow-list that blocked `facebookexternalhit` silently stopped all
    /// publishing: no error appeared in the feed, and articles simply stopped arriving. Facebook publishes
    /// no fixed list of crawler IP addresses, so the user agent must be allowed.
    ///
    /// ## Bad
    /// ```text
    /// $ ialint check https://example.com/feed/instant-articles
    /// error[feed-crawler-blocked]: the URL answers HTTP 403 to `facebookexternalhit/1.1` but 200 to a
    ///   browser: a firewall or bot rule blocks Facebook's crawler
    /// ```
    ///
    /// ## Good
    /// ```text
    /// $ ialint check --check-urls https://example.com/feed/instant-articles
    /// (the feed and every canonical URL answer 200 to facebookexternalhit/1.1)
    /// ```
    ///
    /// ## Source
    /// FAQ L656 (the crawler must be able to reach the feed and the articles); docs setup-rss-feed
    /// (articles must be publicly available on your website). RULES.md A-10; Resolution 57. Severity
    /// inferred.
    pub static FEED_CRAWLER_BLOCKED = {
        name: "feed-crawler-blocked",
        category: SizeAndFetching,
        severity: Error,
        summary: "a feed or canonical URL that Facebook's crawler cannot fetch",
        check: Cross(check),
    }
}

use crate::lint::{CrossItem, Digest};

fn check(d: &Digest, _state: &mut CrossItem, ctx: &mut Context<'_>) {
    let Some(unreachable) = ctx.settings.unreachable.clone() else {
        return;
    };
    let Some(why) = d.canonical.as_deref().and_then(|c| unreachable.get(c)) else {
        return;
    };
    ctx.report(
        d.canonical_span,
        format!("Facebook's crawler cannot fetch the canonical URL: {why}"),
    )
    .help("allow the User-Agent `facebookexternalhit/1.1` and serve every article publicly with status 200");
}
