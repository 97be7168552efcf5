//! `update-op-modified-not-later`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// This rule needs what Facebook already ingested: the previous version of the feed (`--baseline`),
    /// the state store of earlier runs (`--state`), or both (their articles taken together). Each item is matched to
    /// an ingested article whose effective canonical URL (the article's canonical `href` if absolute, else the
    /// item's `<link>`) is the same string; with several matches, the one with the latest stored time is
    /// used.
    ///
    /// - **Stored time S**: the ingested article's valid op-modified time, or else its valid
    ///   op-published time (the first in its header, else the first anywhere).
    /// - **New time T**: the new article's valid op-modified time (the first in the header, else the
    ///   first anywhere).
    /// - **Changed?** The two articles are compared after removing every `time.op-modified` element and
    ///   collapsing each run of ASCII whitespace to one space. Switching between CDATA and entity escaping,
    ///   re-indenting, or only bumping op-modified is not a change, and then the rule does not run.
    ///
    /// When the article changed, the rule fires if T is missing (no op-modified, or an invalid one) or
    /// T ≤ S. It points at the new article's op-modified `datetime` attribute, or at its `<header>` when it
    /// has no valid op-modified, and a note quotes S. Nothing is reported when S is missing or unparsable.
    /// A time without a zone stands for every offset from −12:00 to +14:00, and T ≤ S must hold for all of
    /// them; when neither S nor T has a zone, they are compared as written. So a missing zone alone never
    /// causes this finding.
    ///
    /// An item whose guid matches a ingested article under another canonical URL is not judged here: it is
    /// `update-canonical-changed` (or `duplicate-article-variant-canonicals` for a variant of the same
    /// URL), and neither is an item whose canonical URL an earlier item of the same feed already has (that
    /// is `duplicate-article-variant-canonicals`). An update more than 24 hours after S is
    /// `update-outside-24h-window`.
    ///
    /// ## Why it matters
    /// Facebook updates a stored Instant Article only when the feed's version carries an `op-modified`
    /// time later than the one it last ingested. An edit that keeps the old time (or has none) is ignored:
    /// readers keep seeing the old article, with no error in the feed.
    ///
    /// ## Bad
    /// ```xml baseline
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    /// <channel>
    /// <title>Example News</title>
    /// <link>https://example.com/</link>
    /// <description>Fixture feed of example.com</description>
    /// <item>
    /// <title>A clean article</title>
    /// <link>https://example.com/news/clean-1/</link>
    /// <guid isPermaLink="true">https://example.com/news/clean-1/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// <time class="op-modified" datetime="2025-06-01T17:45:00Z">June 1, 2025</time></header>
    /// <p>The first paragraph of the body text.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// </channel>
    /// </rss>
    /// ```
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// </head>
    /// <body>
    /// <article>
    /// <header>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// <time class="op-modified" datetime="2025-06-01T17:45:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text, with a corrected figure.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Good
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// </head>
    /// <body>
    /// <article>
    /// <header>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// <time class="op-modified" datetime="2025-06-01T17:55:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text, with a corrected figure.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// FAQ L642 (check that `op-modified` is incremented), L646 (an update is applied only if its
    /// `op-modified` is later than the ingested version's), L742; docs
    /// developers.facebook.com/docs/instant-articles/api (updates need the `op-published` and
    /// `op-modified` times). RULES.md A-27; Resolutions 29, 30.
    pub static UPDATE_OP_MODIFIED_NOT_LATER = {
        name: "update-op-modified-not-later",
        category: Updates,
        severity: Error,
        summary: "a changed article whose op-modified is missing or not later than the ingested version's",
        check: Cross(check),
    }
}

use crate::datetime::format_utc;
use crate::lint::{CrossItem, Digest};

fn check(d: &Digest, state: &mut CrossItem, ctx: &mut Context<'_>) {
    if state.duplicate_canonical(d) {
        return;
    }
    let Some(history) = ctx.settings.history.clone() else {
        return;
    };
    let Some(m) = history.update_match(d) else {
        return;
    };
    let Some(stored) = m.stored else { return };
    // T missing, or T <= S for every offset a zone-less value may have (Resolution 29).
    let not_later = match d.modified {
        None => true,
        Some(t) => stored.compare(t).is_some_and(|o| o.is_ge()),
    };
    if !not_later {
        return;
    }
    let span = d.modified_span.or(d.header_span).unwrap_or(d.item_tag);
    let msg = match d.modified {
        None => "the article changed since it was ingested, but it has no op-modified time: Facebook ignores the update".to_string(),
        Some(_) => "the article changed since it was ingested, but its op-modified is not later than the ingested one: Facebook ignores the update".to_string(),
    };
    ctx.report(span, msg)
        .note(format!(
            "the ingested version's time is {} ({})",
            m.stored_text,
            format_utc(stored.earliest().div_euclid(1000))
        ))
        .help("set <time class=\"op-modified\"> to the time of this change");
}
