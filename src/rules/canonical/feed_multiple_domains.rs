//! `feed-multiple-domains`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// All items of one feed should have canonical URLs on one registrable domain (the domain one level
    /// below a public suffix, per the Public Suffix List: `news.example.com` and `www.example.com` are
    /// both `example.com`). The rule looks at each item's effective canonical URL (the article's canonical
    /// `href` if absolute, else the item's `<link>`).
    ///
    /// - Items whose canonical host is not covered by a claimed domain (`--domain`, or the domain assumed
    ///   from the channel `<link>`) are judged by `canonical-domain-not-claimed` alone and take no part
    ///   here. With a single claimed domain, every remaining item is on that domain, so this rule fires
    ///   only when several domains are claimed (a feed shared by several Pages) or when no domain is known
    ///   at all (then every item with a canonical URL takes part).
    /// - The feed gets at most one finding: on the first item whose registrable domain differs from that
    ///   of the first item taking part, at its canonical URL (the `href` attribute, or the `<link>`
    ///   text), with a note giving the line and column of the first item's canonical URL.
    ///
    /// Items without an effective canonical URL and items whose XML is malformed take no part. An article
    /// file linted on its own is not a feed, so the rule does not run on it.
    ///
    /// ## Why it matters
    /// A feed can be reused by several Pages, but each Page ingests only the items whose canonical URL
    /// matches its own claimed domain and silently skips the others. Facebook recommends one feed per
    /// Page that holds only that Page's articles; a mixed feed is larger and slower to fetch and parse,
    /// and items end up on a Page only by domain, not by intent.
    ///
    /// ## Bad
    /// Linted without `--domain`, and with no channel `<link>` to assume a domain from:
    /// ```xml no-domain
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    /// <channel>
    /// <title>Example News</title>
    /// <description>News from example.com and example.org</description>
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// <item>
    /// <title>City wins the cup final</title>
    /// <link>https://example.org/sport/cup-final/</link>
    /// <guid>https://example.org/sport/cup-final/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.org/sport/cup-final/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>City wins the cup final</h1>
    /// <time class="op-published" datetime="2025-06-01T17:40:00Z">June 1, 2025</time></header>
    /// <p>City beat United 2-1 in the cup final on Sunday.</p>
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
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
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
    /// FAQ L589 (a feed reused by several Pages: each ingests only the items on its claimed domain), L591
    /// (one feed per Page, holding only that Page's articles). RULES.md A-21; Resolutions 9, 23, 25, 26.
    pub static FEED_MULTIPLE_DOMAINS = {
        name: "feed-multiple-domains",
        category: Canonical,
        severity: Warning,
        summary: "a feed whose canonical URLs belong to more than one registrable domain",
        check: Cross(check),
    }
}

use crate::lint::{CrossItem, Digest};
use crate::urls;

fn check(d: &Digest, state: &mut CrossItem, ctx: &mut Context<'_>) {
    if state.multiple_domains_reported || d.canonical.is_none() {
        return;
    }
    let host = d.host.clone().unwrap_or_default();
    // Items off the claimed (or assumed) domains are canonical-domain-not-claimed's alone.
    let claimed = &ctx.settings.domains;
    if !claimed.is_empty() {
        if !claimed.iter().any(|c| urls::covers(c, &host)) {
            return;
        }
    } else if let Some((a, _)) = &state.assumed_domain
        && !urls::covers(a, &host)
    {
        return;
    }
    let domain = urls::registrable(&host).unwrap_or(host);
    match &state.first_domain {
        None => state.first_domain = Some((domain, d.index, d.canonical_at)),
        Some((first, index, at)) if *first != domain => {
            let (first, index, at) = (first.clone(), *index, *at);
            state.multiple_domains_reported = true;
            ctx.report(
                d.canonical_span,
                format!("this item is on {domain}, but item {index} is on {first}: the feed mixes domains"),
            )
            .note(format!("item {index}'s canonical is at line {}, column {}", at.line, at.column))
            .help("use one feed per Page, holding only the articles of that Page's domain");
        }
        Some(_) => {}
    }
}
