//! `item-missing-link`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Every `<item>` must have a `<link>` whose text, trimmed of whitespace, is an absolute `http://` or
    /// `https://` URL. Reported:
    ///
    /// - no `<link>` child: the finding points at the `<item>` start tag;
    /// - an empty `<link>`: it points at that element;
    /// - a relative URL (`/news/rates/`), a protocol-relative one (`//example.com/news/rates/`) or another
    ///   scheme: it points at the `<link>` text.
    ///
    /// Only the RSS `<link>` element is judged here. The article's own `<link rel="canonical">` has its own
    /// rules: `canonical-link-missing` when it is absent, `canonical-not-absolute` when its `href` is not
    /// absolute. When both are absolute but differ, that is `item-link-canonical-mismatch`.
    ///
    /// ## Why it matters
    /// The feed documentation lists `link`, the article's canonical URL, as required. The canonical URL is
    /// the article's identity in Instant Articles; Facebook falls back to the item's `<link>` when the
    /// article has no canonical link, and when neither supplies one, Facebook ignores the article. A
    /// relative URL cannot identify the article or be matched to the Page's claimed domain.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>/news/rates/</link>
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
    /// The element table of the docs (setup-rss-feed): `link`, the canonical URL, is required. PageFrog's
    /// summary of the docs (medium.com/future-of-mobile-web/how-to-format-a-facebook-instant-article-7950b5c0f2c1):
    /// without a canonical link in the article or the item, "Facebook will ignore the article". RULES.md
    /// A-12; Resolutions 14, 23, 40.
    pub static ITEM_MISSING_LINK = {
        name: "item-missing-link",
        category: Item,
        severity: Error,
        summary: "an item whose `<link>` is missing, empty or not an absolute http(s) URL",
        check: Item(check),
    }
}

use crate::feed::Item;
use crate::urls;

fn check(item: &Item, article: Option<&Article<'_>>, ctx: &mut Context<'_>) {
    match &item.link {
        None => {
            ctx.report(item.tag, "the item has no <link>")
                .help("add <link> with the article's canonical URL");
        }
        Some(l) if l.is_blank() => {
            ctx.report(l.tag, "the item's <link> is empty")
                .help("write the article's canonical URL in <link>");
        }
        Some(l)
            if article
                .map_or_else(
                    || urls::absolute_http(&l.text),
                    |a| a.absolute_http(&l.text),
                )
                .is_none() =>
        {
            ctx.report(
                l.text_span,
                format!(
                    "the item's <link> `{}` is not an absolute http(s) URL",
                    l.trimmed()
                ),
            )
            .help("write the full canonical URL, starting with https://");
        }
        Some(_) => {}
    }
}
