//! `anchor-without-href`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Every `<a>` in the document's `<body>` (header and footer included) must have an `href` that is not
    /// empty. The rule reports, at its start tag, an `<a>` with no `href` or with an empty or
    /// whitespace-only one. This includes jump targets such as `<a name="section-2">` and `<a id="top">`
    /// that a CMS leaves in the text.
    ///
    /// Not reported:
    /// - an `<a>` inside an `<address>`, wherever it is: there, a name written as an anchor without a
    ///   URL is allowed (`author-malformed` judges authors);
    /// - markup inside an `<iframe>`: that content is the iframe's own;
    /// - an `<a>` that the parser creates without a start tag in the source (a reopened link after
    ///   misnested tags).
    ///
    /// A sponsor list or a related-articles item with no link at all is `sponsor-malformed` or
    /// `related-articles-malformed`; an `<a>` without `href` in such a list is reported here as well.
    /// The value of a non-empty `href` (a relative URL, `#`) is not judged here.
    ///
    /// ## Why it matters
    /// In Instant Articles an anchor is a link, and a link needs a URL: the official SDK's validator
    /// reports "Anchor must have a URL on href property." Such an anchor is invalid markup; at best it is
    /// shown as plain text, and converters based on the SDK may drop it together with its text. Remove the
    /// `<a>` and keep its text, or give it the URL it was meant to have.
    ///
    /// ## Bad
    /// ```html
    /// <p>The bank published <a>its full statement</a> on Sunday.</p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The bank published <a href="https://example.com/documents/statement-2025-06-01/">its full statement</a> on Sunday.</p>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/Anchor.php` (`isValid()` requires `href`); validator message "Anchor must have a URL
    /// on href property." (`Transformer/Warnings/validator_warning_messages.ini`). RULES.md B-35, B-23,
    /// B-29, B-75.
    pub static ANCHOR_WITHOUT_HREF = {
        name: "anchor-without-href",
        category: BodyText,
        severity: Warning,
        summary: "a link `<a>` without a URL in its `href`",
        check: Article(check),
    }
}

use crate::article::flags::IN_BODY;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &link in a.elements(Tag::A) {
        if !a.has_flag(link, IN_BODY) || a.ancestors(link).any(|p| a.tag(p) == Tag::Address) {
            continue;
        }
        if a.attr(link, "href").is_some_and(|h| !h.trim().is_empty()) {
            continue;
        }
        let Some(span) = a.span(link) else { continue };
        ctx.report(span, "a link without an `href`")
            .help("add href=\"https://...\" or remove the <a>");
    }
}
