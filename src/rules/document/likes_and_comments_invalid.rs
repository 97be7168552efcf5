//! `likes-and-comments-invalid`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// `<meta property="fb:likes_and_comments" content="…">` in the article's `<head>` turns likes and
    /// comments on the article on or off. The value must be `enable` or `disable`, read after trimming
    /// whitespace and ignoring letter case. Any other value (`on`, `true`, `yes`, empty) is reported at
    /// the `content` attribute, or at the `<meta>` start tag when it has none. As for the other head metas,
    /// the `<meta>` must be a direct child of `<head>`, the property name is compared ignoring letter case,
    /// `name=` is accepted when there is no `property` attribute, and only the first such `<meta>` counts.
    /// A document without the meta is fine.
    ///
    /// Not reported here: likes and comments on single images (`data-feedback` on a figure), which are
    /// `data-feedback-invalid`'s.
    ///
    /// ## Why it matters
    /// Generators that targeted Instant Articles wrote this meta with `enable` or `disable`; a value
    /// Facebook does not recognise is ignored, so the Page's default applies instead of the choice made in
    /// the article. Rule and severity (inferred): the values come from generators and the docs' list of
    /// "Feedback" elements, whose detail does not survive.
    ///
    /// ## Bad
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// <meta property="fb:likes_and_comments" content="on">
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
    /// <meta property="fb:likes_and_comments" content="enable">
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
    /// Generators using the meta with `enable`/`disable`: luehrsenheinrich/afb_instant_articles templates,
    /// WPMedia/feed-components; the "Feedback" element in the docs' reference index. RULES.md B-11;
    /// Resolution 19.
    pub static LIKES_AND_COMMENTS_INVALID = {
        name: "likes-and-comments-invalid",
        category: Document,
        severity: Info,
        summary: "an `fb:likes_and_comments` meta whose value is not `enable` or `disable`",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(m) = a.meta("fb:likes_and_comments") else {
        return;
    };
    let v = a.attr(m, "content").unwrap_or("").trim();
    if !v.eq_ignore_ascii_case("enable") && !v.eq_ignore_ascii_case("disable") {
        ctx.report(
            a.attr_or_element_span(m, "content"),
            format!("`{v}` is not a likes-and-comments setting"),
        )
        .help("write content=\"enable\" or content=\"disable\"");
    }
}
