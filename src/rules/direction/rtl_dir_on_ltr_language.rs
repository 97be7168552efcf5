//! `rtl-dir-on-ltr-language`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule compares the article's declared direction with its actual direction.
    ///
    /// - **Declared direction**: the `dir` attribute of `<body>` if it has one, else that of `<html>`
    ///   (values compared ignoring ASCII case). `dir` on any other element is ignored.
    /// - **Actual direction**: ialint counts the letters of the text under `<body>`, except inside
    ///   `script`, `style`, `template`, `noscript`, `iframe`, `textarea` and `title` elements and anywhere
    ///   inside an embed figure (`op-interactive`, `op-social`, `op-ad`, `op-tracker`, caption included).
    ///   Words are split at ASCII whitespace, and words that contain `://` or `@` or start with `www.` are
    ///   skipped. Letters are counted by their Unicode bidirectional class: right-to-left (R and AL)
    ///   against left-to-right (L); digits and punctuation do not count. The text is left-to-right when
    ///   left-to-right letters are at least as many as right-to-left ones (Arabic, Hebrew, Syriac, Thaana,
    ///   N'Ko…) and there is at least one. When the text has no letters at all, the `lang` of `<html>`
    ///   (else `xml:lang`) decides, read as in `rtl-language-without-dir`; with neither, nothing is
    ///   reported. A short quotation in another script does not change the article's direction.
    ///
    /// A left-to-right article declared `rtl` is reported at the `dir` attribute. The message gives both
    /// letter counts and the `lang` value, and says which one decided; when `lang` and the text disagree,
    /// the text decides. `dir="ltr"` and `dir="auto"` are never reported here.
    ///
    /// A right-to-left article that is not declared `rtl`, and a `dir` value other than `rtl`, `ltr` or
    /// `auto`, are `rtl-language-without-dir`.
    ///
    /// ## Why it matters
    /// `dir="rtl"` makes Instant Articles lay the whole article out right to left: text aligned to the
    /// right and punctuation and numbers placed for a right-to-left script. Facebook's FAQ says not to set
    /// it on articles that are not in a right-to-left language; a left-to-right article declared `rtl` is
    /// rendered badly.
    ///
    /// ## Bad
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// </head>
    /// <body dir="rtl">
    /// <article>
    /// <header>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
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
    /// </header>
    /// <p>The first paragraph of the body text.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// FAQ L618 (check `dir="rtl"` on `<body>`; do not set it if the article is not in a right-to-left
    /// language); FAQ L609–L616 (right-to-left rendering needs recent Facebook apps: iOS ≥ 52.0, Android
    /// ≥ 69.0, Pages Manager iOS ≥ 44.0, not Pages Manager for Android). RULES.md B-13; Resolutions 21, 37.
    pub static RTL_DIR_ON_LTR_LANGUAGE = {
        name: "rtl-dir-on-ltr-language",
        category: Direction,
        severity: Warning,
        summary: "a left-to-right article whose `<body>` or `<html>` declares `dir=\"rtl\"`",
        check: Article(check),
    }
}

use crate::article::direction::{Direction, facts};

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    // Only a declared `dir="rtl"` can be wrong: the letters are read only then.
    let declared = [a.body, a.root]
        .into_iter()
        .flatten()
        .find_map(|e| a.attr(e, "dir"));
    if !declared.is_some_and(|d| d.trim().eq_ignore_ascii_case("rtl")) {
        return;
    }
    let Some(f) = facts(a) else { return };
    if f.direction != Direction::Ltr || !f.declared_rtl || f.invalid_dir.is_some() {
        return;
    }
    let Some(el) = f.dir_element else { return };
    ctx.report(
        a.attr_or_element_span(el, "dir"),
        format!(
            "`dir=\"rtl\"` on a left-to-right article ({})",
            f.evidence(a)
        ),
    )
    .help("remove dir=\"rtl\": right-to-left layout is only for right-to-left languages");
}
