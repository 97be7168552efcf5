//! `item-missing-title`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Every `<item>` must have a `<title>` child whose text, after CDATA and entities are decoded, is not
    /// empty or whitespace only.
    ///
    /// The finding points at the `<item>` start tag when there is no `<title>`, and at the empty
    /// `<title>` otherwise. The article's own headline is judged separately: an article header without a
    /// non-empty `<h1>` is `header-title-missing`, and a `<h1>` does not make up for a missing item
    /// title. Two items that both lack a title are not treated as having equal titles by the duplicate
    /// rules.
    ///
    /// ## Why it matters
    /// The Instant Articles feed documentation lists `title` (the headline) as required for every item.
    /// An item without one does not meet the documented format and the article is not ingested. The
    /// severity is our inference (inferred) from "required"; the docs' exact reaction did not survive.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
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
    /// The element table of the docs (setup-rss-feed): `title`, the headline, is required. A third-party
    /// PHP generator (namespace `FBIARss`) that copies the docs' wording throws "title is required for all
    /// articles". RULES.md A-11; Resolutions 10, 40.
    pub static ITEM_MISSING_TITLE = {
        name: "item-missing-title",
        category: Item,
        severity: Error,
        summary: "an item without a `<title>`, or with an empty one",
        check: Item(check),
    }
}

use crate::feed::Item;

fn check(item: &Item, _article: Option<&Article<'_>>, ctx: &mut Context<'_>) {
    match &item.title {
        None => {
            ctx.report(item.tag, "the item has no <title>")
                .help("add <title> with the article's headline");
        }
        Some(t) if t.is_blank() => {
            ctx.report(t.tag, "the item's <title> is empty")
                .help("write the article's headline in <title>");
        }
        Some(_) => {}
    }
}
