//! `article-style-unknown`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// `<meta property="fb:article_style" content="…">` in the article's `<head>` picks one of the styles
    /// created for the Page in the Instant Articles Style editor. The rule reports, at the `content`
    /// attribute (or at the `<meta>` start tag when it has none):
    ///
    /// - an empty or whitespace-only value, always;
    /// - a style name that is not in the option `article-style-unknown.styles`, when that option lists the
    ///   Page's styles. The meta's value is trimmed of whitespace, then compared exactly with the listed
    ///   names, letter case included.
    ///
    /// With the default (an empty list), style names are not checked at all: ialint cannot know which
    /// styles a Page has. A document without the meta is fine: the Page's default style applies. As for
    /// the other head metas, the `<meta>` must be a direct child of `<head>`, the property name is
    /// compared ignoring letter case, `name="fb:article_style"` is accepted when there is no `property`
    /// attribute, and only the first such `<meta>` counts.
    ///
    /// ## Why it matters
    /// Facebook's article reference says the style is chosen "based on the set of styles that you have
    /// created"; without the meta, the Page's default style is used. An empty value names no style, and a
    /// misspelt or deleted style name cannot be applied: the article then loses the look it was meant to
    /// have (a long-read or branded-content style, say). Unknown names (inferred): what Facebook did with
    /// them is not documented; most likely it fell back to the default style.
    ///
    /// ## Bad
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// <meta property="fb:article_style" content="">
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
    /// ## Good
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// <meta property="fb:article_style" content="default">
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
    /// ## Options
    /// - `article-style-unknown.styles` (list of strings; default empty, meaning style names are not
    ///   checked): the names of the styles created for the Page, for example `["default", "longform"]`.
    ///   With a list, any other name is reported.
    ///
    /// Set it in `ialint.toml` under `[rules.article-style-unknown]` as `styles`.
    ///
    /// ## Source
    /// Docs developers.facebook.com/docs/instant-articles/reference/article ("Style … based on the set of
    /// styles that you have created"); WPMedia/feed-components `blocks/rss-fbia-feature-block/README.md`
    /// (the default style applies when none is given). RULES.md B-07; Resolutions 19, 48; CONTRACT.md
    /// (`article-style-unknown.styles = []`).
    pub static ARTICLE_STYLE_UNKNOWN = {
        name: "article-style-unknown",
        category: Document,
        severity: Warning,
        summary: "an `fb:article_style` meta that is empty or names a style the Page does not have",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(m) = a.meta("fb:article_style") else {
        return;
    };
    let v = a.attr(m, "content").unwrap_or("").trim();
    let span = a.attr_or_element_span(m, "content");
    if v.is_empty() {
        ctx.report(span, "an empty fb:article_style")
            .help("remove the meta (the Page's default style applies) or name one of its styles");
        return;
    }
    let styles = &ctx.settings.article_styles;
    if !styles.is_empty() && !styles.iter().any(|s| s == v) {
        ctx.report(
            span,
            format!(
                "the article style `{v}` is not one of the Page's styles ({})",
                styles.join(", ")
            ),
        )
        .help("use a style that exists in the Page's Style editor");
    }
}
