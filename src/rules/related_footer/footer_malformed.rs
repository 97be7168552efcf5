//! `footer-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article's `<footer>` holds credits (`<aside>`, or credit paragraphs `<p>`), a copyright notice
    /// (`<small>`) and related articles (`ul.op-related-articles` or `ol.op-related-articles`). The rule
    /// judges the `<footer>` children of `<article>` and reports:
    ///
    /// - a second `<footer>` child of the article, at its start tag (only the second is reported, and the
    ///   order check below is then skipped);
    /// - a single footer that is not the last element child of the article, at the `<footer>` start tag.
    ///   Any element after it counts, trackers and ads included;
    /// - each child element of the footer other than those above, at its start tag (for example a `<div>`
    ///   of share buttons, an `<img>`, a `figure.op-ad`, a plain `<ul>`);
    /// - a footer with no child element at all (only whitespace, comments or bare text), at the `<footer>`
    ///   start tag.
    ///
    /// Text written directly in the footer is not reported by this rule. Only the first footer's children
    /// are judged, and a `<footer>` nested elsewhere in the article is not judged.
    ///
    /// One defect, one finding:
    /// - a `figure.op-tracker` in the footer is `tracker-malformed`, not reported here;
    /// - a child reported here is not also `unsupported-element`;
    /// - an empty `<small>`, `<aside>` or `<p>` in the footer is `empty-element`'s;
    /// - a `title` on the footer's related-articles list is `related-articles-title-in-footer`.
    ///
    /// An `<aside>` in the footer holds credits, not a pull quote, and may contain paragraphs.
    ///
    /// ## Why it matters
    /// Instant Articles reads only credits, copyright and related articles from the footer ("Footer must
    /// have at least one of the following: credits, copyright, relatedArticles."). Anything else in it is
    /// dropped, an empty footer is invalid, and content after the footer is shown below the credits or
    /// lost. Ordering (inferred): the footer comes last in the documented article structure.
    ///
    /// ## Bad
    /// ```html footer
    /// <footer></footer>
    /// ```
    ///
    /// ## Good
    /// ```html footer
    /// <footer><aside>Reporting by Ana Ruiz; additional reporting by Tom Lee.</aside><small>© 2025 Example News</small></footer>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/Footer.php` (validator "Footer must have at least one of the following: credits,
    /// copyright, relatedArticles."; credits may be a list of paragraphs) and
    /// `Parser/instant-articles-rules.json` (FooterRule, FooterSmallRule, ParagraphFooterRule,
    /// FooterRelatedArticlesRule); mileusna/facebook-instant-articles always writes a `<footer>`, which may
    /// be empty. Ordering inferred. RULES.md B-77; Resolutions 5, 34, 45.
    pub static FOOTER_MALFORMED = {
        name: "footer-malformed",
        category: RelatedFooter,
        severity: Warning,
        summary: "an empty footer, unsupported footer content, content after the footer, or a second footer",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(article) = a.article else { return };
    let footers: Vec<NodeId> = a
        .element_children(article)
        .filter(|&c| a.tag(c) == Tag::Footer)
        .collect();
    let Some(&footer) = footers.first() else {
        return;
    };
    if let Some(&second) = footers.get(1) {
        ctx.report(a.span_or_ancestor(second), "a second <footer>")
            .help("keep one footer, as the article's last element");
    } else if a.element_children(article).last() != Some(footer)
        && let Some(span) = a.span(footer)
    {
        ctx.report(span, "the <footer> is not the article's last element")
            .help("move the footer to the end of the article");
    }
    let mut content = false;
    for child in a.element_children(footer) {
        let ok = match a.tag(child) {
            // The SDK reads a paragraph in the footer as credits.
            Tag::Aside | Tag::Small | Tag::P => true,
            Tag::Ul | Tag::Ol => a.has_class(child, "op-related-articles"),
            // Trackers in the footer are tracker-malformed's.
            Tag::Figure if a.has_class(child, "op-tracker") => continue,
            _ => false,
        };
        if ok {
            content = true;
        } else if let Some(span) = a.span(child) {
            ctx.report(
                span,
                format!(
                    "a <{}> in the footer, which holds only <aside>, <small> and related articles",
                    a.name(child)
                ),
            )
            .help("move it into the body, or into an <aside> credit or a <small> copyright line");
        }
    }
    if !content
        && !a.element_children(footer).any(|_| true)
        && let Some(span) = a.span(footer)
    {
        ctx.report(span, "an empty <footer>")
            .help("add <small>© ...</small> or an <aside> with credits, or remove the footer");
    }
}
