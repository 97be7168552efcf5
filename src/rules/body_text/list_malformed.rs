//! `list-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A list (`<ul>` or `<ol>`) holds `<li>` items, and each item holds text with inline tags (`a`, `b`,
    /// `strong`, `i`, `em`, `br`, …). The rule reports:
    ///
    /// - a list with no non-empty `<li>` child (or no `<li>` at all), at the `<ul>`/`<ol>` start tag; its
    ///   empty items are covered by this finding and are not reported one by one;
    /// - an empty `<li>` in a list that has other, non-empty items, at the `<li>` start tag;
    /// - a block element that is a direct child of a list item: `<p>`, `<blockquote>`, `<aside>`,
    ///   `<h1>`, `<h2>`, `<div>`, or a nested `<ul>`/`<ol>`, at that element's start tag. A nested list
    ///   is also judged as a list in its own right (its empty items, for example).
    ///
    /// An item is empty when its text, after removing whitespace, `&nbsp;` and `<br>`, is empty and it
    /// holds no element with an `href`, a `src` or media. So `<li><a href="…"></a></li>` is not empty.
    /// These list items are judged here and not also reported by `empty-element`.
    ///
    /// The rule judges every `ul` and `ol` in the article (header and footer included), except the lists
    /// that have their own rules: `ul.op-related-articles` (`related-articles-malformed`) and
    /// `ul.op-sponsors` (`sponsor-malformed`). Lists in `<body>` outside the article and markup inside an
    /// `<iframe>` are not judged.
    ///
    /// Cases that belong to other rules:
    /// - a `<figure>` in a list item: `figure-inside-paragraph`;
    /// - an `<img>` in a list item: `image-without-figure`; a `<video>`: `video-malformed`; an `<audio>`:
    ///   `audio-misplaced`;
    /// - elements outside the Instant Articles vocabulary (`<div>`, `<table>`): `unsupported-element`.
    ///
    /// ## Why it matters
    /// Instant Articles treats a list item as a single block of text. A list without a usable item is
    /// dropped ("ListElement must have at least one of its ListItem valid."), an empty item is rejected
    /// ("ListItem must not be empty and must have a valid Element."), and paragraphs, quotes or nested
    /// lists inside an item are flattened or lost. The FAQ allows only some inline tags, such as bold text
    /// and links, inside list items. Nested lists (inferred): the sources do not name them; they are
    /// reported because an item holds text only.
    ///
    /// ## Bad
    /// ```html
    /// <p>What changes on July 1:</p>
    /// <ul>
    /// <li>Train fares rise by 3%.</li>
    /// <li>Bus fares:
    /// <ul><li>single tickets stay at €2;</li><li>day passes rise to €7.</li></ul>
    /// </li>
    /// </ul>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>What changes on July 1:</p>
    /// <ul>
    /// <li>Train fares rise by 3%.</li>
    /// <li>Single bus tickets stay at €2.</li>
    /// <li>Bus day passes rise to <b>€7</b>.</li>
    /// </ul>
    /// ```
    ///
    /// ## Source
    /// FAQ L724 (some inline tags, such as bold text and links, are allowed in list items); SDK
    /// `Elements/ListElement.php` and `Elements/ListItem.php` (a list item is a text container; validator
    /// messages "ListElement must have at least one of its ListItem valid." and "ListItem must not be
    /// empty and must have a valid Element."). RULES.md B-42; Resolutions 5, 33.
    pub static LIST_MALFORMED = {
        name: "list-malformed",
        category: BodyText,
        severity: Warning,
        summary: "a list with no usable item, an empty list item, or a list item holding block content",
        check: Article(check),
    }
}

use crate::article::flags::IN_ARTICLE;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for tag in [Tag::Ul, Tag::Ol] {
        for &list in a.elements(tag) {
            // Related articles and sponsors have their own rules.
            if !a.has_flag(list, IN_ARTICLE)
                || a.has_class(list, "op-related-articles")
                || a.has_class(list, "op-sponsors")
            {
                continue;
            }
            let items: Vec<NodeId> = a
                .element_children(list)
                .filter(|&c| a.tag(c) == Tag::Li)
                .collect();
            if !items.iter().any(|&li| !a.is_empty(li)) {
                if let Some(span) = a.span(list) {
                    ctx.report(
                        span,
                        format!("a <{}> without any non-empty <li>", a.name(list)),
                    )
                    .help("give the list items text, or remove the list");
                }
                continue;
            }
            for &li in &items {
                // An empty item is this rule's, not empty-element's.
                if a.is_empty(li)
                    && let Some(span) = a.span(li)
                {
                    ctx.report(span, "an empty list item")
                        .help("remove the empty <li>");
                }
            }
            for li in items {
                for child in a.element_children(li) {
                    // A figure in a list item is figure-inside-paragraph's (Resolution 33);
                    // an image without figure is image-without-figure's.
                    if !matches!(
                        a.tag(child),
                        Tag::P
                            | Tag::Ul
                            | Tag::Ol
                            | Tag::Blockquote
                            | Tag::Aside
                            | Tag::H1
                            | Tag::H2
                            | Tag::Div
                    ) {
                        continue;
                    }
                    let Some(span) = a.span(child) else { continue };
                    ctx.report(span, format!("a <{}> inside a list item: list items hold text and inline tags only", a.name(child)))
                        .help("flatten the list: plain text with <b>, <i>, <em>, <strong> or <a> in each <li>");
                }
            }
        }
    }
}
