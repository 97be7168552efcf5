//! `item-guid-missing-or-duplicate`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Every `<item>` should have a non-empty `<guid>` that no other item in the feed uses. Reported:
    ///
    /// - no `<guid>`: the finding points at the `<item>` start tag; an empty or whitespace-only `<guid>`:
    ///   at that element;
    /// - an item whose guid, trimmed of whitespace, equals the guid of an earlier item (compared exactly,
    ///   case included): the later item is reported at its `<guid>` text, with a note giving the line and
    ///   column of the first item that used the guid. An empty guid equals nothing.
    ///
    /// Not reported here: when both items have a canonical URL and the two are the same article (equal, or
    /// equal after normalisation: scheme, one leading `www.`, the default port, one trailing slash, query
    /// and fragment ignored, host case ignored), the pair is `duplicate-article-variant-canonicals` alone,
    /// whatever the guids. A guid that comes back with a new canonical URL compared with the baseline
    /// (`--baseline`) or the state store (`--state`) is `update-canonical-changed`. An item whose XML is malformed is not checked (it gets
    /// `feed-xml-malformed` only), and an article file linted on its own has no guid to check.
    ///
    /// ## Why it matters
    /// The feed documentation describes `guid` as "a unique identifier for this article in your feed".
    /// Instant Articles keyed articles by canonical URL, so the article is still ingested. But the guid
    /// is what ties the versions of one article together across fetches: without it, an article whose
    /// canonical URL changed cannot be recognised (see `update-canonical-changed`), and two items sharing
    /// one guid look like one article to anything that reads the feed by guid. Whether the docs marked
    /// `guid` as required did not survive, hence a warning (inferred).
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/">
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
    /// ```
    ///
    /// ## Source
    /// The element table of the docs (setup-rss-feed): guid is "a string that provides a unique identifier
    /// for this article in your feed"; its Required column is not legible in surviving copies, and one
    /// third-party library treats it as optional. RULES.md A-16; Resolutions 10, 27, 40.
    pub static ITEM_GUID_MISSING_OR_DUPLICATE = {
        name: "item-guid-missing-or-duplicate",
        category: Item,
        severity: Warning,
        summary: "an item without a `<guid>`, or with the same guid as an earlier item",
        check: Cross(check),
    }
}

use crate::lint::{CrossItem, Digest, key, key32};

fn check(d: &Digest, state: &mut CrossItem, ctx: &mut Context<'_>) {
    let Some(guid) = &d.guid else {
        match d.guid_empty {
            Some(tag) => ctx.report(tag, "the item's <guid> is empty"),
            None => ctx.report(d.item_tag, "the item has no <guid>"),
        }
        .help("add a stable, unique <guid> (the post id or the canonical URL)");
        return;
    };
    let normalized = d.normalized.as_deref().map_or(0, key32);
    match state.guids.get(&key(guid)) {
        Some(&(index, at, earlier_n)) => {
            // The same canonical under the same guid is one article listed twice:
            // duplicate-article-variant-canonicals reports it (Resolution 27).
            if earlier_n != 0 && earlier_n == normalized {
                return;
            }
            ctx.report(
                d.guid_span,
                format!("the guid `{guid}` is already used by item {index}"),
            )
            .note(format!(
                "item {index} uses it at line {}, column {}",
                at.line, at.column
            ))
            .help("give every article its own guid");
        }
        None if !state.frozen => {
            state
                .guids
                .insert(key(guid), (d.index, d.guid_at.into(), normalized));
        }
        None => {}
    }
}
