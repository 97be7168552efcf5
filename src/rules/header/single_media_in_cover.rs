//! `single-media-in-cover`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule flags an article that consists of one media item and repeats media in its cover, such as a
    /// gallery post with a cover image and a body that is just one slideshow. It reports the cover
    /// `<figure>` start tag when all of these hold:
    ///
    /// - the header has a cover: a figure anywhere in the header that is not an ad (`op-ad`), not inside
    ///   another figure and not inside an ad template (the first such figure is the cover, whatever it
    ///   holds);
    /// - no direct child of `<article>` is a `p`, `h1`, `h2`, `blockquote`, `aside`, `ul` or `ol` that
    ///   is not empty (it holds text other than whitespace and `&nbsp;`, or an element with an `href`,
    ///   a `src` or media);
    /// - exactly one direct child of `<article>` is a `<figure>` that is not an ad (`op-ad`) or a
    ///   tracker (`op-tracker`): an image, a video, a slideshow, a map, an embed, or any other figure.
    ///
    /// The rule does not compare URLs: the cover does not have to be the same file as the body's media.
    /// A body without any content at all is `empty-article-body`'s.
    ///
    /// ## Why it matters
    /// Facebook's review team sent this feedback to publishers: for an article that is a single media
    /// element, the cover section should not include any media. The article still displays, but the
    /// reader sees the same kind of picture twice in a row, and the Page's review could be held up. This
    /// is a review expectation, not an ingestion check: info. Trigger (inferred): derived from the quoted
    /// feedback, which does not spell out the condition.
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
    /// <body>
    /// <article>
    /// <header>
    /// <figure><img src="https://cdn.example.com/img/parade-cover.jpg"></figure>
    /// <h1>The parade in pictures</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// <figure class="op-slideshow">
    /// <figure><img src="https://cdn.example.com/img/parade-1.jpg"></figure>
    /// <figure><img src="https://cdn.example.com/img/parade-2.jpg"></figure>
    /// <figure><img src="https://cdn.example.com/img/parade-3.jpg"></figure>
    /// <figcaption>The parade through the old town on Sunday.</figcaption>
    /// </figure>
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
    /// <h1>The parade in pictures</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// <figure class="op-slideshow">
    /// <figure><img src="https://cdn.example.com/img/parade-1.jpg"></figure>
    /// <figure><img src="https://cdn.example.com/img/parade-2.jpg"></figure>
    /// <figure><img src="https://cdn.example.com/img/parade-3.jpg"></figure>
    /// <figcaption>The parade through the old town on Sunday.</figcaption>
    /// </figure>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// Facebook review feedback quoted in github.com/Automattic/fb-instant-articles/issues/18 ("Single
    /// media element … cover section should not include any media"). RULES.md B-28, B-60; Resolutions 17,
    /// 45.
    pub static SINGLE_MEDIA_IN_COVER = {
        name: "single-media-in-cover",
        category: Header,
        severity: Info,
        summary: "an article whose body is a single media item, with a cover figure in the header as well",
        check: Article(check),
    }
}

use crate::article::header_figures;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let (Some(article), Some(&cover)) = (a.article, header_figures(a).first()) else {
        return;
    };
    let mut media = 0;
    let mut text = false;
    for c in a.element_children(article) {
        match a.tag(c) {
            Tag::P | Tag::H1 | Tag::H2 | Tag::Blockquote | Tag::Aside | Tag::Ul | Tag::Ol => {
                text = text || !a.is_empty(c)
            }
            Tag::Figure if !a.has_class(c, "op-tracker") && !a.has_class(c, "op-ad") => media += 1,
            _ => {}
        }
    }
    if !text && media == 1 {
        ctx.report(
            a.span_or_ancestor(cover),
            "the article is a single media item that the cover repeats",
        )
        .help("leave the cover out and keep the media in the body");
    }
}
