//! `item-missing-content`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Every `<item>` must have a `content:encoded` element whose text, after CDATA and entities are
    /// decoded, is not empty or whitespace only (an empty `<![CDATA[]]>` counts as empty).
    ///
    /// The finding points at the `<item>` start tag when there is no `content:encoded`, and at the empty
    /// element otherwise. Not reported here:
    /// - `content:encoded` with raw HTML elements inside instead of text: that is `item-content-not-cdata`;
    /// - `content:encoded` under an undeclared or wrongly bound `content:` prefix: those elements are still
    ///   read as the articles, and the feed gets `feed-content-namespace-missing` instead;
    /// - content that is present but holds no usable article: see `item-content-not-full-document`,
    ///   `article-not-html-document` and `empty-article-body`.
    ///
    /// ## Why it matters
    /// `content:encoded` carries the article itself and is required by the feed documentation. Facebook
    /// rejected items without it with "Empty Articles: You have one or more articles without any content";
    /// the article is not ingested.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <description>The central bank raised its main rate again.</description>
    /// <content:encoded><![CDATA[]]></content:encoded>
    /// </item>
    /// ```
    ///
    /// ## Good
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <description>The central bank raised its main rate again.</description>
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
    /// The element table of the docs (setup-rss-feed): `content:encoded` is required. Facebook's "Empty
    /// Articles: You have one or more articles without any content" (Automattic/fb-instant-articles
    /// issues #885, #352); Automattic/facebook-instant-articles-wp `feed-template.php` skips empty posts
    /// because "FB will complain". RULES.md A-13; Resolutions 11, 12, 40.
    pub static ITEM_MISSING_CONTENT = {
        name: "item-missing-content",
        category: Item,
        severity: Error,
        summary: "an item without `content:encoded`, or whose content is empty",
        check: Item(check),
    }
}

use crate::feed::{ContentKind, Item};

fn check(item: &Item, _article: Option<&Article<'_>>, ctx: &mut Context<'_>) {
    match &item.content {
        None => {
            ctx.report(item.tag, "the item has no <content:encoded>")
                .help("add <content:encoded><![CDATA[<!doctype html>...]]></content:encoded> with the whole article");
        }
        Some(c) if c.kind != ContentKind::Elements && c.is_blank() => {
            ctx.report(c.tag, "the item's <content:encoded> is empty")
                .help(
                    "put the whole article document in <content:encoded>, inside a CDATA section",
                );
        }
        Some(_) => {}
    }
}
