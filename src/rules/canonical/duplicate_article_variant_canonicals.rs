//! `duplicate-article-variant-canonicals`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Two items of one feed are compared by their effective canonical URLs (the article's canonical
    /// `href` if absolute, else the item's `<link>`), normalised: host lower-cased after IDNA, one leading
    /// `www.` and a trailing dot dropped, scheme ignored (`http` = `https`), default port dropped, query
    /// and fragment dropped, one trailing `/` removed from the path (an empty path is `/`). The path's
    /// letter case is kept. Items without an effective canonical take no part.
    ///
    /// - An item whose canonical URL equals an earlier item's, as written or after this normalisation, is
    ///   reported, whatever their guids say.
    /// - Otherwise, an item with the same `<title>` (trimmed, letter case included) and the same
    ///   op-published `datetime` as an earlier item is reported, although its normalised canonical is
    ///   different. The two op-published values must give the same date and time with the same offset (or
    ///   both no zone): `10:00:00Z` and `12:00:00+02:00` are not equal here. Equal titles alone are not
    ///   reported ("Live updates" recurs every day), and neither are two missing titles or two missing
    ///   op-published times.
    ///
    /// Each later item of such a pair is reported once, at its canonical URL (the `href` attribute, or the
    /// `<link>` text), with a note giving the line and column of the earliest matching item. When the pair
    /// also shares a guid, `item-guid-missing-or-duplicate` is not reported for it; equal guids with
    /// canonicals that differ after normalisation are that rule's, not this one's.
    ///
    /// With a baseline (`--baseline`) or a state store (`--state`), what was previously ingested counts
    /// too: an item whose canonical URL
    /// is a variant of a canonical URL in the baseline (the same after normalisation, but not the same
    /// string) is reported, whatever the guids. A guid that was ingested under a really different URL is
    /// `update-canonical-changed`. Items whose XML is malformed are not compared, and an article file
    /// linted on its own has nothing to compare with.
    ///
    /// ## Why it matters
    /// Facebook uses the canonical URL, exactly as written, as the article's unique identifier. Variants
    /// of one URL are separate articles to Facebook, so the same story is ingested twice, or one version
    /// replaces the other unpredictably and updates go to the wrong copy.
    ///
    /// ## Bad
    /// ```xml
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    /// <channel>
    /// <title>Example News</title>
    /// <link>https://example.com/</link>
    /// <description>News from example.com</description>
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>http://example.com/news/rates</link>
    /// <guid isPermaLink="false">post-1042</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en"><head><meta charset="utf-8">
    /// <link rel="canonical" href="http://example.com/news/rates">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid isPermaLink="false">post-1042</guid>
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
    /// ## Good
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid isPermaLink="false">post-1042</guid>
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
    /// FAQ L662, L664 (the canonical URL is the article's unique identifier; a CMS that publishes
    /// updates under another URL creates new articles); Automattic/fb-instant-articles issue #357
    /// (maintainer: the canonical URL "is the key index"). RULES.md A-26; Resolutions 10, 23, 27.
    pub static DUPLICATE_ARTICLE_VARIANT_CANONICALS = {
        name: "duplicate-article-variant-canonicals",
        category: Canonical,
        severity: Warning,
        summary: "two items that are one article under variants of the same canonical URL",
        check: Cross(check),
    }
}

use crate::lint::{CrossItem, Digest, key, key32};

fn check(d: &Digest, state: &mut CrossItem, ctx: &mut Context<'_>) {
    let (Some(n), Some(canonical)) = (&d.normalized, &d.canonical) else {
        return;
    };
    // A baseline counts as state (Resolution 10).
    if let Some(history) = ctx.settings.history.clone()
        && let Some(ingested) = history.variant_of(d)
    {
        ctx.report(
            d.canonical_span,
            format!("the canonical URL `{canonical}` is a variant of the ingested `{ingested}`"),
        )
        .help("keep the canonical URL exactly as it was first published");
    }
    if let Some(&(index, at, earlier)) = state.canonicals.get(&key(n)) {
        let msg = if earlier == key32(canonical) {
            format!("the canonical URL `{canonical}` is already used by item {index}")
        } else {
            format!("the canonical URL `{canonical}` is a variant of item {index}'s")
        };
        ctx.report(d.canonical_span, msg)
            .note(format!("item {index} has it at line {}, column {}", at.line, at.column))
            .help("Facebook keeps one article per canonical URL: emit each article once, with one canonical form");
        return;
    }
    // The engine remembers this canonical URL after the rules ran
    // (`lint::cross_item`), whether or not this rule is on.
    // Equal title and equal op-published under another canonical (Resolution 27).
    if let (Some(title), Some(published)) = (&d.title, d.published) {
        let title_key = key(&format!(
            "{title}\u{1f}{}\u{1f}{:?}",
            published.wall, published.offset
        ));
        if let Some(&(index, at)) = state.titles.get(&title_key) {
            ctx.report(
                d.canonical_span,
                format!(
                    "item {index} has the same title and op-published under another canonical URL"
                ),
            )
            .note(format!(
                "item {index} is at line {}, column {}",
                at.line, at.column
            ))
            .help("publish each article under one canonical URL");
        } else if !state.frozen {
            state
                .titles
                .insert(title_key, (d.index, d.canonical_at.into()));
        }
    }
}
