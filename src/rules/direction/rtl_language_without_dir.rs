//! `rtl-language-without-dir`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule compares the article's actual direction with its declared direction.
    ///
    /// - **Actual direction**: ialint counts the letters of the text under `<body>`, except inside
    ///   `script`, `style`, `template`, `noscript`, `iframe`, `textarea` and `title` elements and anywhere
    ///   inside an embed figure (`op-interactive`, `op-social`, `op-ad`, `op-tracker`, caption included).
    ///   Words are split at ASCII whitespace, and words that contain `://` or `@` or start with `www.` are
    ///   skipped. Letters are counted by their Unicode bidirectional class: right-to-left (R and AL)
    ///   against left-to-right (L); digits and punctuation do not count. The text is right-to-left when
    ///   letters of right-to-left scripts (Arabic, Hebrew, Syriac, Thaana, N'Ko…) outnumber left-to-right
    ///   letters. When the text has no letters at all, the `lang` of `<html>` (else `xml:lang`) decides: it
    ///   is right-to-left when its script subtag is Arab, Hebr, Syrc, Thaa, Nkoo, Adlm, Rohg, Mand or Samr,
    ///   or, without a script subtag, when its language is ar, arc, ckb, dv, fa, he, iw, ps, sd, syr, ug,
    ///   ur or yi. With neither text nor `lang`, nothing is reported.
    /// - **Declared direction**: the `dir` attribute of `<body>` if it has one, else that of `<html>`
    ///   (ASCII case-insensitive); `dir` on other elements is ignored, and `auto` does not count as `rtl`.
    ///   Either `<body dir="rtl">` (as the FAQ shows) or `<html dir="rtl">` (as the SDK writes) is
    ///   accepted.
    ///
    /// Reported:
    /// - a right-to-left article not declared `rtl`: at the `<body>` start tag (at `<html>` when `<body>`
    ///   is not written); the message gives both letter counts and the `lang` value, and says which one
    ///   decided;
    /// - a declared `dir` value other than `rtl`, `ltr` or `auto`: at the attribute, whatever the
    ///   article's direction (as long as the text or `lang` gives one). The article then gets only this
    ///   finding from the two direction rules.
    ///
    /// A short quotation in another script does not change the article's direction. A left-to-right
    /// article declared `rtl` is `rtl-dir-on-ltr-language`.
    ///
    /// ## Why it matters
    /// Instant Articles lays an article out right to left only when it is declared `dir="rtl"`. Without it,
    /// Arabic, Hebrew or Persian text is aligned to the left and its punctuation and embedded numbers or
    /// Latin words are placed wrongly: the article is ingested but rendered badly.
    ///
    /// ## Bad
    /// ```html document
    /// <!doctype html>
    /// <html lang="ar" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// </head>
    /// <body>
    /// <article>
    /// <header>
    /// <h1>أسعار الفائدة ترتفع مجددا</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">1 يونيو 2025</time>
    /// </header>
    /// <p>رفع البنك المركزي سعر الفائدة الرئيسي مرة أخرى يوم الأحد.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Good
    /// ```html document
    /// <!doctype html>
    /// <html lang="ar" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// </head>
    /// <body dir="rtl">
    /// <article>
    /// <header>
    /// <h1>أسعار الفائدة ترتفع مجددا</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">1 يونيو 2025</time>
    /// </header>
    /// <p>رفع البنك المركزي سعر الفائدة الرئيسي مرة أخرى يوم الأحد.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// FAQ L620 (for right-to-left languages set `dir="rtl"` on the body tag); FAQ L609–L616 (app versions
    /// that render right-to-left); SDK `Elements/InstantArticle.php` (`enableRTL()` sets `dir` on `<html>`;
    /// SDK PR #176, citing docs reference/article#RTL). RULES.md B-14; Resolutions 21, 37.
    pub static RTL_LANGUAGE_WITHOUT_DIR = {
        name: "rtl-language-without-dir",
        category: Direction,
        severity: Warning,
        summary: "a right-to-left article not declared `dir=\"rtl\"`, or an invalid `dir` value",
        check: Article(check),
    }
}

use crate::article::direction::{Direction, facts};

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(f) = facts(a) else { return };
    if let Some((el, value)) = &f.invalid_dir {
        ctx.report(
            a.attr_or_element_span(*el, "dir"),
            format!("`dir=\"{value}\"` is not a direction: use `rtl` or `ltr`"),
        )
        .help(if f.direction == Direction::Rtl {
            "write dir=\"rtl\" on <body>"
        } else {
            "remove the dir attribute"
        });
        return;
    }
    if f.direction != Direction::Rtl || f.declared_rtl {
        return;
    }
    let at = a
        .body
        .and_then(|b| a.span(b))
        .or_else(|| a.root.and_then(|r| a.span(r)))
        .unwrap_or_else(|| a.first_char());
    ctx.report(
        at,
        format!(
            "the article is right-to-left but is not declared `dir=\"rtl\"` ({})",
            f.evidence(a)
        ),
    )
    .help("write <body dir=\"rtl\">");
}
