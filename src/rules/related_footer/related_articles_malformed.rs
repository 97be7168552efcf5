//! `related-articles-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A related-articles list is a `ul.op-related-articles` (or `ol.op-related-articles`), in the body or
    /// in the footer, whose items are `<li>` children each holding, at any depth, an `<a>` with a
    /// non-blank `href` (the link text may be empty: Facebook shows the linked article's own title and
    /// image). The rule reports:
    ///
    /// - a list in which no item has such a link (or that has no `<li>` at all), at the list's start
    ///   tag; its items are covered by this finding and are not reported one by one;
    /// - an item without such a link in a list that has other, valid items, at the `<li>` start tag;
    /// - a `data-sponsored` attribute on the list or on one of its items whose value, trimmed, is
    ///   neither exactly `true` (lower case) nor empty, at the attribute. Note that
    ///   `data-sponsored="false"` still marks the item as sponsored: to mark an item as not sponsored,
    ///   leave the attribute out.
    ///
    /// The items of these lists are judged here, not by `list-malformed` or `empty-element`. An `<a>`
    /// without `href` in them is also reported by `anchor-without-href`.
    ///
    /// A `title` on a related-articles list in the footer is `related-articles-title-in-footer`.
    ///
    /// ## Why it matters
    /// Instant Articles builds each related article from its link ("RelatedItem must have a valid URL
    /// link."); an item without one is dropped, and a list without any valid item is dropped altogether
    /// ("RelatedArticles must have at least one of its items valid."). The sponsored flag is read from the
    /// presence of `data-sponsored`, so any value, `false` included, labels the link as sponsored.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <ul class="op-related-articles">
    /// <li>Flood defences to be rebuilt by 2027</li>
    /// <li>River levels: what the gauges show</li>
    /// </ul>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <ul class="op-related-articles">
    /// <li><a href="https://example.com/news/flood-defences/"></a></li>
    /// <li><a href="https://example.com/news/river-levels/"></a></li>
    /// </ul>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/RelatedArticles.php` and `Elements/RelatedItem.php` (validators "RelatedArticles must
    /// have at least one of its items valid." and "RelatedItem must have a valid URL link.");
    /// `Parser/instant-articles-rules.json` (RelatedItemRule reads `related.sponsored` as the presence of
    /// `data-sponsored`). RULES.md B-75; Resolutions 5, 19, 40.
    pub static RELATED_ARTICLES_MALFORMED = {
        name: "related-articles-malformed",
        category: RelatedFooter,
        severity: Warning,
        summary: "a related-articles list or item without a link, or an invalid `data-sponsored` value",
        check: Article(check),
    }
}

fn linked(a: &Article<'_>, li: NodeId) -> bool {
    a.descendants(li)
        .any(|d| a.tag(d) == Tag::A && a.attr(d, "href").is_some_and(|h| !h.trim().is_empty()))
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for tag in [Tag::Ul, Tag::Ol] {
        for &list in a.elements(tag) {
            if !a.has_class(list, "op-related-articles") {
                continue;
            }
            if let Some(v) = a.attr(list, "data-sponsored")
                && !matches!(v.trim(), "true" | "")
            {
                ctx.report(
                    a.attr_or_element_span(list, "data-sponsored"),
                    format!(
                        "`data-sponsored=\"{}\"`: the only value is `true`",
                        v.trim()
                    ),
                )
                .help("write data-sponsored=\"true\" for sponsored related articles, or remove it");
            }
            let items: Vec<NodeId> = a
                .element_children(list)
                .filter(|&c| a.tag(c) == Tag::Li)
                .collect();
            for &li in &items {
                if let Some(v) = a.attr(li, "data-sponsored")
                    && !matches!(v.trim(), "true" | "")
                {
                    ctx.report(a.attr_or_element_span(li, "data-sponsored"), format!("`data-sponsored=\"{}\"`: the only value is `true`", v.trim()))
                        .help("write data-sponsored=\"true\" for a sponsored related article, or remove it");
                }
            }
            if !items.iter().any(|&li| linked(a, li)) {
                if let Some(span) = a.span(list) {
                    ctx.report(span, "related articles without any link").help(
                        "write each related article as <li><a href=\"https://...\"></a></li>",
                    );
                }
                continue;
            }
            for li in items {
                if !linked(a, li)
                    && let Some(span) = a.span(li)
                {
                    ctx.report(span, "a related article without a link")
                        .help("write it as <li><a href=\"https://...\"></a></li>");
                }
            }
        }
    }
}
