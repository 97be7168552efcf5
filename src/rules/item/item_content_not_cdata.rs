//! `item-content-not-cdata`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article HTML in `content:encoded` must be text, and the documented form is one CDATA section:
    /// `<content:encoded><![CDATA[<!doctype html>…]]></content:encoded>`. Three cases are reported:
    ///
    /// - **error: element children.** The HTML was written into the feed unescaped, so the XML reader
    ///   sees `<html>`, `<p>` and so on as feed elements. The finding points at the first element inside
    ///   `content:encoded`. It is reported instead of `item-missing-content`, and the markup as written
    ///   is still linted as the article.
    /// - **error: CDATA ended early.** A literal `]]>` inside the article (in a script, or in text such
    ///   as `a[b[0]]>1`) ends the CDATA section. Inside `content:encoded` a CDATA section may be followed
    ///   only by whitespace, another CDATA section or the end tag; anything else means the section ended
    ///   early. The finding points at the `]]>` that ended it. What follows is read as XML, and gets
    ///   `feed-xml-malformed` only if it is not well-formed.
    /// - **info: entity-escaped text.** The HTML is escaped with entities (`&lt;p&gt;…`) instead of being
    ///   wrapped in CDATA (or escaped text comes before a CDATA section). This is valid XML that Facebook
    ///   read the same way; it is reported at the first escaped character, as a reminder of the
    ///   documented form.
    ///
    /// An item gets at most one finding from this rule, for the first case that applies in this order.
    /// Several CDATA sections in a row are fine: to keep a literal `]]>` in an article, split it as
    /// `]]]]><![CDATA[>`.
    ///
    /// ## Why it matters
    /// Element children are not the article's HTML string: Facebook reads the text of `content:encoded`,
    /// so the article arrives without its markup, or not at all, and the feed may not parse (an HTML
    /// document is rarely well-formed XML). A CDATA section that ends early cuts the article short and
    /// usually breaks the feed for the items after it. Entity-escaped content works, but differs from the
    /// documented form ("wrap in CDATA"), which is why it is only an info.
    ///
    /// ## Bad
    /// ```xml
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <content:encoded><html lang="en"><head><meta charset="utf-8"/>
    /// <link rel="canonical" href="https://example.com/news/rates/"/></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html></content:encoded>
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
    /// The element table of the docs (setup-rss-feed): "Remember to escape all HTML content by wrapping it
    /// within a CDATA section". A templating engine that escaped `<` and broke the feed:
    /// discourse.gohugo.io/t/create-rss-for-facebooks-instant-articles/3246. RULES.md A-14; Resolutions
    /// 12, 47, 49.
    pub static ITEM_CONTENT_NOT_CDATA = {
        name: "item-content-not-cdata",
        category: Item,
        severity: Error,
        severities: [Error, Info],
        summary: "article HTML in `content:encoded` that is not held in an intact CDATA section",
        check: Item(check),
    }
}

use crate::feed::{ContentKind, Item};

fn check(item: &Item, _article: Option<&Article<'_>>, ctx: &mut Context<'_>) {
    let Some(c) = &item.content else { return };
    if let Some(at) = c.cdata_ended_early {
        ctx.report(
            at,
            "a `]]>` inside the article ends the CDATA section early",
        )
        .help("split every `]]>` inside the article as `]]]]><![CDATA[>`");
    } else if let Some(at) = c.element_child {
        ctx.report(
            at,
            "<content:encoded> holds raw markup that the XML parser reads as elements",
        )
        .help("wrap the article in <![CDATA[ ... ]]>");
    } else if matches!(c.kind, ContentKind::Escaped | ContentKind::Mixed)
        && let Some(at) = c.first_escaped
    {
        ctx.report(
            at,
            "the article is entity-escaped text instead of a CDATA section",
        )
        .severity(Severity::Info)
        .help("wrap the article in <![CDATA[ ... ]]> as the documentation shows");
    }
}
