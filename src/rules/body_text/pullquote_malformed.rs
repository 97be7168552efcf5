//! `pullquote-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// In the article body an `<aside>` is a pull quote: text with inline tags, and at most one `<cite>`
    /// for the attribution. The rule reports:
    ///
    /// - a block element that is a direct child of the pull quote: `<p>`, `<figure>`, `<blockquote>`,
    ///   `<div>`, `<h1>`, `<h2>`, `<ul>` or `<ol>`, each at its start tag;
    /// - a second (or later) `<cite>` child of one pull quote, at each extra `<cite>`.
    ///
    /// The rule judges every `<aside>` in the article (header included) except those inside the
    /// article's `<footer>` or directly in any `<footer>`, where an `<aside>` holds the credits (and may
    /// contain paragraphs). Asides in `<body>` outside the article are not judged.
    ///
    /// Not reported here:
    /// - an `<aside>` written inside a `<p>`: that is `blockquote-inside-paragraph` alone (its content
    ///   is not judged here);
    /// - an empty pull quote: `empty-element`;
    /// - an `<img>` directly in the pull quote: `image-without-figure`.
    ///
    /// ## Why it matters
    /// Instant Articles reads a pull quote as one block of text with an optional attribution. Paragraphs
    /// inside it are merged into the quote, figures are lost, and a second `<cite>` is not shown as an
    /// attribution. Write the quotation as plain text and put the speaker in a single `<cite>`.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <aside><p>“Nobody expected the river to rise this fast.”</p><p>Ana Ruiz, harbour master</p></aside>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <aside>“Nobody expected the river to rise this fast.”<cite>Ana Ruiz, harbour master</cite></aside>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/Pullquote.php` (text plus one attribution `cite`) and
    /// `Parser/instant-articles-rules.json` (PullquoteRule on `aside`, PullquoteCiteRule on `cite`); the
    /// docs' design guidelines (block quotes and pull quotes are distinct). RULES.md B-43 (an `aside` in
    /// the footer holds credits, B-77); Resolutions 1, 33.
    pub static PULLQUOTE_MALFORMED = {
        name: "pullquote-malformed",
        category: BodyText,
        severity: Warning,
        summary: "a pull quote (`<aside>`) holding block elements or more than one `<cite>`",
        check: Article(check),
    }
}

use crate::article::flags::{IN_ARTICLE, IN_FOOTER, IN_P};

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &aside in a.elements(Tag::Aside) {
        // Footer asides are credits (B-77); an aside in a paragraph is
        // blockquote-inside-paragraph's.
        let f = a.flags(aside);
        if f & IN_ARTICLE == 0
            || f & (IN_FOOTER | IN_P) != 0
            || a.tag(a.parent(aside).unwrap_or(aside)) == Tag::Footer
        {
            continue;
        }
        let mut cites = 0;
        for child in a.element_children(aside) {
            let tag = a.tag(child);
            let Some(span) = a.span(child) else { continue };
            if tag == Tag::Cite {
                cites += 1;
                if cites > 1 {
                    ctx.report(span, "a second <cite> in a pull quote")
                        .help("keep one attribution <cite> per pull quote");
                }
            } else if matches!(
                tag,
                Tag::P
                    | Tag::Figure
                    | Tag::Ul
                    | Tag::Ol
                    | Tag::Blockquote
                    | Tag::Div
                    | Tag::H1
                    | Tag::H2
            ) {
                ctx.report(
                    span,
                    format!("a <{}> inside a pull quote (<aside>)", a.name(child)),
                )
                .help("write the quote as text: <aside>Quote<cite>Author</cite></aside>");
            }
        }
    }
}
