//! `related-articles-title-in-footer`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports a `title` attribute (with any value) on a `ul.op-related-articles` inside
    /// `<footer>`, at the `title` attribute.
    ///
    /// A `title` on a related-articles list in the body is allowed: it is the heading of an inline block of
    /// related articles. The list's items are judged by `related-articles-malformed`.
    ///
    /// ## Why it matters
    /// Facebook reported the `title` attribute as not supported on the related-articles list in the
    /// footer: the title is not shown there, and the article is flagged with a warning. Remove the
    /// attribute from the footer's list, or move a titled list into the body.
    ///
    /// ## Bad
    /// ```html footer
    /// <footer><ul class="op-related-articles" title="More on the floods"><li><a href="https://example.com/news/flood-defences/"></a></li><li><a href="https://example.com/news/river-levels/"></a></li></ul><small>© 2025 Example News</small></footer>
    /// ```
    ///
    /// ## Good
    /// ```html footer
    /// <footer><ul class="op-related-articles"><li><a href="https://example.com/news/flood-defences/"></a></li><li><a href="https://example.com/news/river-levels/"></a></li></ul><small>© 2025 Example News</small></footer>
    /// ```
    ///
    /// ## Source
    /// facebookarchive/facebook-instant-articles-sdk-php issue #77 ("Facebook UI is reporting title
    /// attribute as not supported … in the footer"). RULES.md B-76; Resolution 19.
    pub static RELATED_ARTICLES_TITLE_IN_FOOTER = {
        name: "related-articles-title-in-footer",
        category: RelatedFooter,
        severity: Warning,
        summary: "a `title` attribute on the related-articles list in the footer",
        check: Article(check),
    }
}

use crate::article::flags::IN_FOOTER;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for tag in [Tag::Ul, Tag::Ol] {
        for &list in a.elements(tag) {
            if a.has_class(list, "op-related-articles")
                && a.has_flag(list, IN_FOOTER)
                && a.attr(list, "title").is_some()
            {
                ctx.report(a.attr_or_element_span(list, "title"), "a `title` on related articles in the footer is not supported")
                    .help("remove the title attribute (titles are allowed on related articles in the body)");
            }
        }
    }
}
