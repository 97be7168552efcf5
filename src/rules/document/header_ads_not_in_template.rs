//! `header-ads-not-in-template`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// An article header holds either a single ad (one `figure.op-ad` directly in `<header>`) or several
    /// ads wrapped in a `<section class="op-ad-template">`, of which one carries `op-ad-default`. The rule
    /// reports:
    ///
    /// - a second (and any further) `figure.op-ad` that is a direct child of `<header>`: each at its own
    ///   start tag. Wrapping them in a template is the one fix, so an `op-ad-default` on one of them is
    ///   not reported separately;
    /// - the only `figure.op-ad` directly in `<header>` when it carries `op-ad-default`: at that figure;
    /// - a second (and any further) `figure.op-ad.op-ad-default` that is a direct child of one
    ///   `<section class="op-ad-template">`: at that figure. Every such template in the document is
    ///   judged, in the header or not.
    ///
    /// Ads in the body are placed where they are written: loose body ads, and an `op-ad-default` on
    /// them, are not reported. Nor are ads nested deeper in the header (inside another element than the
    /// template). A template without any `op-ad-default` is not reported.
    ///
    /// Not reported here: a header ad counted as a second header figure (ads are never counted by
    /// `header-multiple-figures`); a misspelt class such as `op-ads` (`figure-class-unsupported`);
    /// automatic placement switched on without a header ad (`auto-ad-placement-without-header-ad`).
    ///
    /// ## Why it matters
    /// Facebook's article reference says: "To specify multiple blocks of ad code, wrap them in a
    /// `<section>` with the class set to `op-ad-template`", and the figure marked `op-ad-default` is the
    /// one reused when no other applies. The official SDK keeps a single default. Several ads loose in the
    /// header are not read as alternatives: only one of them is used and the rest are ignored; with two
    /// defaults, which one is reused is undefined.
    ///
    /// ## Bad
    /// ```html header
    /// <header>
    /// <figure class="op-ad"><iframe src="https://www.facebook.com/adnw_request?placement=123456789_987654321&amp;adtype=banner300x250" width="300" height="250"></iframe></figure>
    /// <figure class="op-ad"><iframe src="https://ads.example.com/serve?slot=ia-banner&amp;size=320x50" width="320" height="50"></iframe></figure>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Good
    /// ```html header
    /// <header>
    /// <section class="op-ad-template">
    /// <figure class="op-ad op-ad-default"><iframe src="https://www.facebook.com/adnw_request?placement=123456789_987654321&amp;adtype=banner300x250" width="300" height="250"></iframe></figure>
    /// <figure class="op-ad"><iframe src="https://ads.example.com/serve?slot=ia-banner&amp;size=320x50" width="320" height="50"></iframe></figure>
    /// </section>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Source
    /// Docs developers.facebook.com/docs/instant-articles/reference/article ("To specify multiple blocks of
    /// ad code, wrap them in a <section> with the class set to op-ad-template … op-ad-default … will be
    /// reused"); SDK `Elements/Header.php` (a single default ad enforced). RULES.md B-10; Resolutions 17,
    /// 19.
    pub static HEADER_ADS_NOT_IN_TEMPLATE = {
        name: "header-ads-not-in-template",
        category: Document,
        severity: Warning,
        summary: "several header ads outside an ad template, or a template with more than one default ad",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(header) = a.header else { return };
    let direct: Vec<NodeId> = a
        .element_children(header)
        .filter(|&c| a.tag(c) == Tag::Figure && a.has_class(c, "op-ad"))
        .collect();
    for &extra in direct.iter().skip(1) {
        ctx.report(
            a.span_or_ancestor(extra),
            "several ads directly in the <header>: only one is used",
        )
        .help("wrap them in <section class=\"op-ad-template\"> and mark one op-ad-default");
    }
    // Several loose ads are reported as such; op-ad-default on a lone one.
    for &ad in direct.iter().take(usize::from(direct.len() == 1)) {
        if a.has_class(ad, "op-ad-default") {
            ctx.report(
                a.span_or_ancestor(ad),
                "`op-ad-default` on an ad outside a <section class=\"op-ad-template\">",
            )
            .help("use op-ad-default only inside an ad template");
        }
    }
    for &section in a.elements(Tag::Section) {
        if !a.has_class(section, "op-ad-template") {
            continue;
        }
        let defaults: Vec<NodeId> = a
            .element_children(section)
            .filter(|&c| {
                a.tag(c) == Tag::Figure
                    && a.has_class(c, "op-ad")
                    && a.has_class(c, "op-ad-default")
            })
            .collect();
        for &extra in defaults.iter().skip(1) {
            ctx.report(
                a.span_or_ancestor(extra),
                "a second `op-ad-default` in one ad template",
            )
            .help("mark only one ad of the template as op-ad-default");
        }
    }
}
