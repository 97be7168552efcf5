//! `blockquote-inside-paragraph`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A `<blockquote>` (block quote) or `<aside>` (pull quote) must stand on its own in the body, not
    /// inside a `<p>`. The rule reports one whose start tag comes while a `<p>` written in the source is
    /// still open, at any depth (but not through a figure), at the quote's start tag. A closing `</p>`
    /// after it is not needed for the rule to fire.
    ///
    /// One defect, one finding: the HTML parser closes the paragraph when the quote starts, which leaves a
    /// stray `</p>`, possibly text after the quote outside any paragraph, and an empty `<p></p>`. None of
    /// these is reported separately (`html-parse-error`, `text-outside-paragraph`, `empty-element` stay
    /// silent for them).
    ///
    /// A `<figure>` in a paragraph is `figure-inside-paragraph`; images, embeds and scripts in a paragraph
    /// are `non-text-inside-paragraph`.
    ///
    /// ## Why it matters
    /// Block quotes are not supported inside paragraphs. The paragraph is split around the quote, so the
    /// text is not rendered as written, and Facebook reported the leftover end tag as a general error
    /// ("Unexpected end tag : p").
    ///
    /// ## Bad
    /// ```html
    /// <p>The minister said:
    /// <blockquote>We will not raise taxes this year.</blockquote>
    /// </p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The minister said:</p>
    /// <blockquote>We will not raise taxes this year.</blockquote>
    /// ```
    ///
    /// ## Source
    /// FAQ L730 (block quotes are not supported inside paragraph tags and must be placed outside them);
    /// Facebook's "General Errors: Unexpected end tag : p" (Automattic/fb-instant-articles issue #131).
    /// RULES.md B-41; Resolutions 1, 32, 33.
    pub static BLOCKQUOTE_INSIDE_PARAGRAPH = {
        name: "blockquote-inside-paragraph",
        category: BodyText,
        severity: Warning,
        summary: "a block quote or pull quote written inside a paragraph",
        check: Article(check),
    }
}

use crate::article::flags::IN_P;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for tag in [Tag::Blockquote, Tag::Aside] {
        for &el in a.elements(tag) {
            if a.has_flag(el, IN_P)
                && let Some(span) = a.span(el)
            {
                let name = a.name(el);
                ctx.report(span, format!("a <{name}> inside a paragraph"))
                    .help(format!(
                        "close the <p> before the <{name}> and start a new one after it"
                    ));
            }
        }
    }
}
