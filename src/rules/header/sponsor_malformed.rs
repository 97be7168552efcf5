//! `sponsor-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Branded content names its sponsor in the header with a list: `<ul class="op-sponsors"><li><a
    /// href="https://www.facebook.com/acme" rel="facebook"></a></li></ul>`, each item linking to a
    /// sponsor's Facebook Page. The rule reports:
    ///
    /// - a `ul.op-sponsors` anywhere outside the article's header (in the body, the footer, or outside
    ///   `<article>`): at the `<ul>` start tag, and nothing else is judged for that list;
    /// - a `ul.op-sponsors` in the header in which no `<li>` child holds an `<a>` child with a non-blank
    ///   `href`: at the `<ul>` start tag;
    /// - a sponsor link whose `rel` lacks the token `facebook` (any letter case): at the `<a>` start tag.
    ///   The sponsor link of an item is the first `<a>` child of the `<li>` with a non-blank `href`;
    ///   other links in the item are not judged.
    ///
    /// The empty link is the documented form: it is not `empty-element`, and the list is not
    /// `list-malformed`'s (that rule leaves `ul.op-sponsors` to this one).
    ///
    /// ## Why it matters
    /// The official SDK reads sponsors only from `ul.op-sponsors` in the header, and writes each as a link
    /// with `rel="facebook"` to the sponsor's Page. A sponsor list elsewhere, or one whose items hold a
    /// bare name instead of the Page link, is not recognised: the article loses its sponsor attribution.
    ///
    /// ## Bad
    /// ```html header
    /// <header>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// <ul class="op-sponsors"><li>Acme Savings Bank</li></ul>
    /// </header>
    /// ```
    ///
    /// ## Good
    /// ```html header
    /// <header>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// <ul class="op-sponsors"><li><a href="https://www.facebook.com/acmesavingsbank" rel="facebook"></a></li></ul>
    /// </header>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/Sponsor.php` and `Parser/instant-articles-rules.json` (SponsorRule in the Header
    /// context). RULES.md B-29, B-42; Resolutions 5, 19.
    pub static SPONSOR_MALFORMED = {
        name: "sponsor-malformed",
        category: Header,
        severity: Warning,
        summary: "a sponsor list outside the header, without a link, or with a link lacking `rel=\"facebook\"`",
        check: Article(check),
    }
}

use crate::article::flags::IN_HEADER;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &list in a.elements(Tag::Ul) {
        if !a.has_class(list, "op-sponsors") {
            continue;
        }
        let Some(span) = a.span(list) else { continue };
        if !a.has_flag(list, IN_HEADER) {
            ctx.report(span, "sponsors (ul.op-sponsors) outside the <header>")
                .help("move the sponsor list into <header>");
            continue;
        }
        let links: Vec<NodeId> = a
            .element_children(list)
            .filter(|&li| a.tag(li) == Tag::Li)
            .filter_map(|li| {
                a.element_children(li).find(|&c| {
                    a.tag(c) == Tag::A && a.attr(c, "href").is_some_and(|h| !h.trim().is_empty())
                })
            })
            .collect();
        if links.is_empty() {
            ctx.report(span, "a sponsor list without a linked sponsor")
                .help(
                    "write <li><a href=\"https://facebook.com/sponsor\" rel=\"facebook\"></a></li>",
                );
            continue;
        }
        for l in links {
            if !a.attr(l, "rel").is_some_and(|r| {
                r.split_ascii_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("facebook"))
            }) {
                ctx.report(
                    a.span_or_ancestor(l),
                    "a sponsor link without rel=\"facebook\"",
                )
                .help("add rel=\"facebook\" to the sponsor's link");
            }
        }
    }
}
