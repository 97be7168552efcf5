//! `empty-article-body`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The `<article>` must have at least one direct child that counts as content. The rule fires, at the
    /// `<article>` start tag, when none does. Counted as content:
    ///
    /// - a non-empty `p`, `h1`, `h2`, `blockquote` or `aside` (an element holding a link, an image or other
    ///   media is not empty);
    /// - a `ul` or `ol` with a non-empty `li` child;
    /// - a `<figure>` that holds, at any depth, an `<img>`, `<video>`, `<audio>`, `<iframe>`, another
    ///   `<figure>` (slides) or a `script.op-geotag`;
    /// - a `ul.op-related-articles` holding an `<a>` with a non-blank `href`.
    ///
    /// Never counted: `<header>`, `<footer>`, `figure.op-tracker`, `figure.op-ad`, whitespace and
    /// comments; nor loose text (`text-outside-paragraph`), empty elements (`empty-element`) and any
    /// other element, such as a `<div>` or `<section>` (`unsupported-element`). Only the direct children
    /// of `<article>` are looked at, so paragraphs wrapped in a `<div>` do not count either.
    ///
    /// This finding is reported alongside the findings for the markup that was ignored: those say what to
    /// change, and this one says that the article as a whole will be rejected. An article without a header
    /// is `header-missing`; content that is only a fragment is `item-content-not-full-document`.
    ///
    /// ## Why it matters
    /// Facebook rejected such articles with "Empty Instant Article: The Instant Article does not have any
    /// content." A common cause is a post whose body is only a shortcode or widget that the feed does not
    /// render, leaving just the header, an analytics tracker and the footer.
    ///
    /// ## Bad
    /// ```html
    /// <figure class="op-tracker"><iframe src="https://stats.example.com/ia/clean-1.html"></iframe></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-tracker"><iframe src="https://stats.example.com/ia/clean-1.html"></iframe></figure>
    /// ```
    ///
    /// ## Source
    /// Facebook's "Empty Instant Article: The Instant Article does not have any content."
    /// (Automattic/fb-instant-articles issue #226; issue #885, where the maintainers found only an
    /// op-tracker and the footer left); SDK `Elements/InstantArticle.php` (`isValid()` requires at least
    /// one valid child). RULES.md B-60; Resolutions 5, 40, 45.
    pub static EMPTY_ARTICLE_BODY = {
        name: "empty-article-body",
        category: Embeds,
        severity: Error,
        summary: "an article with no body content besides its header, footer, trackers and ads",
        check: Article(check),
    }
}

use crate::article::flags;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    if a.fragment {
        return;
    }
    let Some(article) = a.article else { return };
    // Wrappers (div, section, span) are unwrapped, as the importer did (B-33).
    let mut stack: Vec<NodeId> = a.element_children(article).collect();
    let mut content = false;
    while let Some(c) = stack.pop() {
        if matches!(a.tag(c), Tag::Div | Tag::Section | Tag::Span) {
            stack.extend(a.element_children(c));
        } else if counts(a, c) {
            content = true;
            break;
        }
    }
    if !content {
        ctx.report(
            a.span_or_ancestor(article),
            "the article has no body content: Facebook rejects it as empty",
        )
        .help("add the article's text and media after the <header>");
    }
    let _ = flags::IN_ARTICLE;
}

/// What counts as body content (Resolution 45).
fn counts(a: &Article<'_>, id: NodeId) -> bool {
    match a.tag(id) {
        Tag::P | Tag::H1 | Tag::H2 | Tag::Blockquote | Tag::Aside => !a.is_empty(id),
        Tag::Ul | Tag::Ol => {
            if a.has_class(id, "op-related-articles") {
                return a.descendants(id).any(|d| {
                    a.tag(d) == Tag::A && a.attr(d, "href").is_some_and(|h| !h.trim().is_empty())
                });
            }
            a.element_children(id)
                .any(|li| a.tag(li) == Tag::Li && !a.is_empty(li))
        }
        Tag::Figure => {
            if a.has_class(id, "op-tracker") || a.has_class(id, "op-ad") {
                return false;
            }
            a.descendants(id).any(|d| {
                matches!(
                    a.tag(d),
                    Tag::Img | Tag::Video | Tag::Audio | Tag::Iframe | Tag::Figure
                ) || (a.tag(d) == Tag::Script && a.has_class(d, "op-geotag"))
            })
        }
        _ => false,
    }
}
