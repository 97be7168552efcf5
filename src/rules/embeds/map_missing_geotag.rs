//! `map-missing-geotag`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// A map is a `figure.op-map` that contains a `<script class="op-geotag" type="application/json">`
    /// holding the map's GeoJSON. The rule reports a `figure.op-map`, at its `<figure>` start tag, when
    /// none of its direct children is a `script.op-geotag` that has:
    ///
    /// - a `type` of `application/json` (compared in any letter case, spaces trimmed); and
    /// - content other than whitespace.
    ///
    /// So a map without a geotag, a geotag with a missing or wrong `type`, an empty geotag, and a geotag
    /// nested deeper in the figure all give this one finding. A geotag script with a missing or wrong
    /// `type` is also reported by `script-outside-embed`, which accepts only JSON geotags.
    ///
    /// Content that is not valid JSON, or not GeoJSON of the expected shape, is `geotag-invalid-json`.
    /// Maps are not judged by `image-missing-src`.
    ///
    /// ## Why it matters
    /// Instant Articles draws a map from its geotag. A map without a valid geotag is invalid ("Map must
    /// have a valid GeoTag element.", "GeoTag must have a script.") and is dropped from the article, and
    /// a geotag without `type="application/json"` is not read as data.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-map"><script class="op-geotag">{"type":"Feature","geometry":{"type":"Point","coordinates":[2.2945,48.8584]},"properties":{"title":"Eiffel Tower","radius":750}}</script><figcaption>Where the festival takes place.</figcaption></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-map"><script type="application/json" class="op-geotag">{"type":"Feature","geometry":{"type":"Point","coordinates":[2.2945,48.8584]},"properties":{"title":"Eiffel Tower","radius":750}}</script><figcaption>Where the festival takes place.</figcaption></figure>
    /// ```
    ///
    /// ## Source
    /// FAQ L700 (the map element is the recommended way to add a map); SDK `Elements/Map.php` (`isValid()`)
    /// and `Elements/GeoTag.php`; validators "Map must have a valid GeoTag element." and "GeoTag must have
    /// a script.". RULES.md B-63; Resolutions 19, 40.
    pub static MAP_MISSING_GEOTAG = {
        name: "map-missing-geotag",
        category: Embeds,
        severity: Warning,
        summary: "a map (`figure.op-map`) without a JSON geotag script",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        if !a.has_class(fig, "op-map") {
            continue;
        }
        let ok = a.element_children(fig).any(|c| {
            a.tag(c) == Tag::Script
                && a.has_class(c, "op-geotag")
                && a.attr(c, "type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
                && !a.text(c).trim().is_empty()
        });
        if !ok && let Some(span) = a.span(fig) {
            ctx.report(span, "an op-map figure without a geotag")
                .help("add <script type=\"application/json\" class=\"op-geotag\">{\"type\":\"Feature\",...}</script>");
        }
    }
}
