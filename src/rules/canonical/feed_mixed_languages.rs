//! `feed-mixed-languages`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule compares the languages of the feed's articles. An article's language is the `lang`
    /// attribute of its `<html>` element (trimmed; `xml:lang` is not read here), read as a BCP 47 tag, and
    /// only its primary language subtag (before the first `-` or `_`) counts, ignoring letter case: `en`,
    /// `en-US` and `EN-gb` are one language, and so are `sr-Latn` and `sr-Cyrl`. The old and new codes of
    /// one language are equal (`iw` and `he`, `in` and `id`, `ji` and `yi`).
    ///
    /// The feed gets at most one finding: on the first item whose language differs from that of the first
    /// item that declares one, at its `lang` attribute. The message names the earlier item by its number
    /// and quotes its `lang`.
    ///
    /// Not compared: items without a `lang`, or with an empty one (`html-lang-prefix-missing` reports
    /// those), items whose XML is malformed, and the channel's `<language>` element. An article file linted
    /// on its own is not a feed, so the rule does not run on it.
    ///
    /// ## Why it matters
    /// Facebook's FAQ says that to publish articles on different Pages by language, each language needs
    /// its own feed, with each Page reading its own. A Page ingests every article of its feed that sits on
    /// its domain, so a feed that mixes languages puts articles of one language on the Page of another. If
    /// one Page really publishes in several languages, ignore this rule for that feed. Rule and severity
    /// (inferred): the FAQ states the setup, not a check that Facebook made.
    ///
    /// ## Bad
    /// ```xml
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    /// <channel>
    /// <title>Example News</title>
    /// <link>https://example.com/</link>
    /// <description>News from example.com</description>
    /// <lastBuildDate>Sun, 01 Jun 2025 18:00:00 +0000</lastBuildDate>
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// <item>
    /// <title>البنك المركزي يرفع سعر الفائدة مجددا</title>
    /// <link>https://example.com/ar/news/rates/</link>
    /// <guid>https://example.com/ar/news/rates/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="ar" prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/ar/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body dir="rtl"><article><header><h1>البنك المركزي يرفع سعر الفائدة مجددا</h1>
    /// <time class="op-published" datetime="2025-06-01T17:35:00Z">١ يونيو ٢٠٢٥</time></header>
    /// <p>رفع البنك المركزي سعر الفائدة الرئيسي مرة أخرى يوم الأحد.</p>
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
    /// <lastBuildDate>Sun, 01 Jun 2025 18:00:00 +0000</lastBuildDate>
    /// <item>
    /// <title>Rates rise again</title>
    /// <link>https://example.com/news/rates/</link>
    /// <guid>https://example.com/news/rates/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/rates/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Rates rise again</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time></header>
    /// <p>The central bank raised its main rate again on Sunday.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// <item>
    /// <title>Markets shrug off the rate rise</title>
    /// <link>https://example.com/news/markets/</link>
    /// <guid>https://example.com/news/markets/</guid>
    /// <content:encoded><![CDATA[<!doctype html>
    /// <html lang="en-GB" prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/markets/">
    /// <meta property="op:markup_version" content="v1.0"></head>
    /// <body><article><header><h1>Markets shrug off the rate rise</h1>
    /// <time class="op-published" datetime="2025-06-01T17:35:00Z">June 1, 2025</time></header>
    /// <p>Share prices in London barely moved after the announcement.</p>
    /// </article></body></html>]]></content:encoded>
    /// </item>
    /// </channel>
    /// </rss>
    /// ```
    ///
    /// ## Source
    /// FAQ L670 (to publish articles on different Pages by language, set up one RSS feed per language and
    /// point each Page at its own feed); FAQ L589–L591 (a Page ingests the articles of its feed that match
    /// its claimed domain; one feed per Page). RULES.md A-22, B-78; Resolutions 26, 37.
    pub static FEED_MIXED_LANGUAGES = {
        name: "feed-mixed-languages",
        category: Canonical,
        severity: Info,
        summary: "a feed whose articles are in more than one language",
        check: Cross(check),
    }
}

use crate::lint::{CrossItem, Digest};

fn check(d: &Digest, state: &mut CrossItem, ctx: &mut Context<'_>) {
    let Some(lang) = &d.lang else { return };
    if state.mixed_languages_reported {
        return;
    }
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    // Old and new codes name one language.
    let primary = match primary.as_str() {
        "iw" => "he".to_string(),
        "in" => "id".to_string(),
        "ji" => "yi".to_string(),
        _ => primary,
    };
    match &state.first_lang {
        None => state.first_lang = Some((primary, lang.clone(), d.index)),
        Some((first, first_tag, index)) if *first != primary => {
            let msg = format!(
                "this article is in `{lang}`, but item {index} is in `{first_tag}`: the feed mixes languages"
            );
            state.mixed_languages_reported = true;
            ctx.report(d.lang_span, msg)
                .help("use one feed per language, each wired to its own Page");
        }
        Some(_) => {}
    }
}
