//! `google-maps-direct-iframe`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The rule reports a `figure.op-interactive` whose own `<iframe>` (the first `<iframe>` child of the
    /// figure) has an absolute http(s) `src` whose host has `google` as one of its dot-separated labels
    /// (`google.com`, `www.google.com`, `maps.google.com`, `google.de`, `google.co.uk`, …) and whose
    /// path starts with `/maps/embed`. The finding points at the `src` attribute.
    ///
    /// Not reported:
    /// - the documented workaround: an outer `<iframe>` without `src` whose inline content is the Google
    ///   Maps `<iframe>`. The nested iframe is not a parse error either (`html-parse-error` stays silent);
    /// - a map written as `figure.op-map` with a geotag, which is the recommended form.
    ///
    /// ## Why it matters
    /// Because of a known problem in how interactive embeds work, a Google Maps embed loaded directly by
    /// the embed's iframe may not show at all. The FAQ's workaround is to wrap the map's iframe in another
    /// iframe; the recommended way to add a map is the map element (`figure.op-map`).
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d2625.4!2d2.2945!3d48.8584" width="320" height="320"></iframe></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-interactive"><iframe width="320" height="320"><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d2625.4!2d2.2945!3d48.8584" width="320" height="320"></iframe></iframe></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L700 (use the map element; it is the recommended way to add a map), L702 (a Google Maps embed in
    /// an interactive embed may not show; wrap the iframe that loads `https://www.google.com/maps/embed?…`
    /// in another iframe). RULES.md B-58; Resolutions 2, 19.
    pub static GOOGLE_MAPS_DIRECT_IFRAME = {
        name: "google-maps-direct-iframe",
        category: Embeds,
        severity: Warning,
        summary: "a Google Maps embed loaded directly by the iframe of an interactive figure",
        check: Article(check),
    }
}

use crate::urls;

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        if !a.has_class(fig, "op-interactive") {
            continue;
        }
        let Some(iframe) = a.element_children(fig).find(|&c| a.tag(c) == Tag::Iframe) else {
            continue;
        };
        let Some(src) = a.attr(iframe, "src") else {
            continue;
        };
        let Some(url) = urls::absolute_http(src) else {
            continue;
        };
        let host = urls::domain_host(&url).unwrap_or_default();
        let google = host.split('.').any(|l| l == "google");
        if google && url.path().starts_with("/maps/embed") {
            ctx.report(a.attr_or_element_span(iframe, "src"), "a Google Maps embed as the figure's own iframe does not render")
                .help("nest it: <iframe width=\"320\" height=\"320\"><iframe src=\"...\"></iframe></iframe>, or use <figure class=\"op-map\">");
        }
    }
}
