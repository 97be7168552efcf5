//! `canonical-domain-not-claimed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The host of each item's canonical URL must be a domain the Facebook Page has claimed, or a
    /// subdomain of one. The claimed domains come from `--domain` (repeatable).
    ///
    /// - **Which URL.** The item's effective canonical: the `href` of the first `<link rel="canonical">`
    ///   in the article's `<head>` if it is an absolute http(s) URL, else the item's `<link>` if that is
    ///   one. An item with neither is not judged here. The finding points at that URL (the `href`
    ///   attribute, or the `<link>` text).
    /// - **Coverage.** A claimed domain D covers host H when H equals D or H ends in `.D`. Coverage is
    ///   one-way: claiming `example.com` covers `www.example.com` and `news.example.com`, but claiming
    ///   `www.example.com` does not cover `example.com`, and `example.com` does not cover
    ///   `notexample.com`. Hosts and claimed domains are compared after IDNA (punycode) mapping and
    ///   lower-casing; the port, user info and a trailing dot on the host are ignored. An IP address is
    ///   never covered. A claimed domain is written as a host name; a leading `*.` and a trailing `.` are
    ///   dropped, and a value with a scheme, port or path, or an IP address, is a usage error.
    /// - **Without `--domain`.** ialint assumes that the Page claimed the registrable domain (per the
    ///   Public Suffix List) of the channel's RSS `<link>`, as read before the item. Such a finding keeps
    ///   its severity, ends its message with "(assuming the Page claimed D, from the channel `<link>`;
    ///   pass `--domain`)" and has a note giving the line and column of the channel `<link>`. When the
    ///   channel has no usable `<link>` (missing, relative, not http(s), an IP address, or a host that is
    ///   itself a public suffix), the rule does not run, and nothing is reported in its place.
    ///
    /// The feed's own URL is irrelevant. Items whose host is not covered are judged by this rule alone:
    /// they take no part in `feed-multiple-domains`. Items whose XML is malformed are not judged, and an
    /// article file linted on its own is not judged either, even with `--domain`.
    ///
    /// ## Why it matters
    /// Each Page is tied to one domain, and Facebook only ingests articles whose canonical URL is on that
    /// domain or one of its subdomains; other items are skipped, with "Unclaimed URL: The URL … has not
    /// been claimed for Instant Articles". Moving articles to a new domain needs Facebook's help (a partner
    /// manager), not just a new canonical.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.net/news/rates/</link>
    /// <guid>https://example.net/news/rates/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.net/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// ```
    ///
    /// ## Good
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://www.example.com/news/rates/</link>
    /// <guid>https://www.example.com/news/rates/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://www.example.com/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// ```
    ///
    /// ## Source
    /// FAQ L589 (only articles whose canonical matches the Page's claimed domain are ingested), L642,
    /// L666, L668, L762 (canonical on the claimed domain or a subdomain; the feed URL's domain does not
    /// matter), L764 (a new canonical domain needs the partner manager). Facebook's "Unclaimed URL"
    /// message: Automattic/fb-instant-articles issues #691, #1038; a `www`-only claim not covering the bare
    /// domain: issue #855. RULES.md A-20; Resolutions 14, 23, 24, 25, 26.
    pub static CANONICAL_DOMAIN_NOT_CLAIMED = {
        name: "canonical-domain-not-claimed",
        category: Canonical,
        severity: Error,
        summary: "a canonical URL whose host is not on a domain the Page has claimed",
        check: Cross(check),
    }
}

use crate::lint::{CrossItem, Digest};
use crate::urls;

fn check(d: &Digest, state: &mut CrossItem, ctx: &mut Context<'_>) {
    let Some(canonical) = &d.canonical else {
        return;
    };
    let claimed = &ctx.settings.domains;
    let assumed = if claimed.is_empty() {
        state.assumed_domain.clone()
    } else {
        None
    };
    if claimed.is_empty() && assumed.is_none() {
        return;
    }
    let covered = d.host.as_deref().is_some_and(|h| {
        if claimed.is_empty() {
            assumed.as_ref().is_some_and(|(a, _)| urls::covers(a, h))
        } else {
            claimed.iter().any(|c| urls::covers(c, h))
        }
    });
    if covered {
        return;
    }
    let host = d.host.clone().unwrap_or_else(|| "an IP address".into());
    let mut msg =
        format!("the canonical URL `{canonical}` is on {host}, which the Page has not claimed");
    let diag;
    if let Some((domain, at)) = assumed {
        msg.push_str(&format!(
            " (assuming the Page claimed {domain}, from the channel `<link>`; pass `--domain`)"
        ));
        diag = ctx.report(d.canonical_span, msg);
        diag.note(format!(
            "the channel <link> is at line {}, column {}",
            at.line, at.column
        ));
    } else {
        diag = ctx.report(d.canonical_span, msg);
    }
    diag.help("publish the article under a claimed domain (or one of its subdomains), or claim this domain for the Page");
}
