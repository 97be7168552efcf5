//! `geotag-invalid-json`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The content of every `script.op-geotag` in the document that has content (in a map, on an image or
    /// video figure, or anywhere else, whatever its `type`) must be strict JSON (as a standard JSON
    /// parser reads it: no trailing commas, no comments, double-quoted strings) with the GeoJSON shape
    /// that Instant Articles reads:
    ///
    /// - the top level has a `type` of `Feature` with a `geometry`, or of `FeatureCollection`; when the
    ///   collection has a `features` array, it must not be empty and each member must be a `Feature`
    ///   with a `geometry`;
    /// - each geometry is a GeoJSON geometry: `Point`, `MultiPoint`, `LineString`, `MultiLineString`,
    ///   `Polygon`, `MultiPolygon`, or a `GeometryCollection` whose `geometries` are judged the same way;
    /// - its `coordinates` are nested as the geometry type requires, with no empty array on the way, and
    ///   every position is an array of at least two numbers, longitude (first, as GeoJSON requires)
    ///   between −180 and 180 and latitude between −90 and 90.
    ///
    /// The values of `properties` (`title`, `radius`, `pivot`, `style`) are not judged, and neither is
    /// whether a polygon's ring is closed.
    ///
    /// A JSON syntax error is reported at the character where the JSON breaks (for example the `}` after
    /// a trailing comma). A shape error is reported at the `<script>` start tag. Each geotag gets at most
    /// one finding.
    ///
    /// A map without a geotag, a geotag without `type="application/json"`, and an empty geotag script
    /// are `map-missing-geotag`'s (for maps).
    ///
    /// ## Why it matters
    /// A geotag that cannot be parsed gives the map no location, so it is not drawn. Trailing commas are a
    /// common slip: the official SDK's own sample article, and copies of Facebook's sample, contain them.
    /// Swapped coordinates (latitude first) put the map in the wrong place or out of range.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-map"><script type="application/json" class="op-geotag">{"type":"Feature","geometry":{"type":"Point","coordinates":[23.1,59.2]},"properties":{"title":"Ferry terminal","style":"satellite",}}</script></figure>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-map"><script type="application/json" class="op-geotag">{"type":"Feature","geometry":{"type":"Point","coordinates":[23.1,59.2]},"properties":{"title":"Ferry terminal","style":"satellite"}}</script></figure>
    /// ```
    ///
    /// ## Source
    /// Docs reference/video (geotag properties `title`, `radius`, `pivot`, `style`); SDK
    /// `Elements/GeoTag.php` ("TODO Validate the json informed"); the SDK fixture
    /// `tests/Facebook/InstantArticles/Parser/instant-article-example.html` contains a geotag with trailing
    /// commas. RULES.md B-64; Resolutions 19, 51.
    pub static GEOTAG_INVALID_JSON = {
        name: "geotag-invalid-json",
        category: Embeds,
        severity: Warning,
        summary: "a geotag script whose content is not strict JSON or not GeoJSON of a supported shape",
        check: Article(check),
    }
}

use serde_json::Value;

/// Why a value is not GeoJSON of the shape Facebook read (Resolution 51).
fn geojson_problem(v: &Value) -> Option<String> {
    let kind = v.get("type").and_then(Value::as_str).unwrap_or("");
    match kind {
        "Feature" => geometry_problem(v.get("geometry")),
        "FeatureCollection" => {
            let features = v.get("features").and_then(Value::as_array)?;
            if features.is_empty() {
                return Some("the FeatureCollection has no features".into());
            }
            features.iter().find_map(|f| {
                if f.get("type").and_then(Value::as_str) != Some("Feature") {
                    Some("a member of `features` is not a Feature".into())
                } else {
                    geometry_problem(f.get("geometry"))
                }
            })
        }
        "" => Some("it has no `type`".into()),
        other => Some(format!(
            "its type is `{other}`, not Feature or FeatureCollection"
        )),
    }
}

fn position_ok(p: &Value) -> bool {
    let Some(c) = p.as_array() else { return false };
    if c.len() < 2 || !c.iter().all(Value::is_number) {
        return false;
    }
    let lon = c[0].as_f64().unwrap_or(f64::NAN);
    let lat = c[1].as_f64().unwrap_or(f64::NAN);
    (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat)
}

fn nested_ok(v: &Value, depth: u32) -> bool {
    if depth == 0 {
        return position_ok(v);
    }
    v.as_array()
        .is_some_and(|a| !a.is_empty() && a.iter().all(|x| nested_ok(x, depth - 1)))
}

fn geometry_problem(g: Option<&Value>) -> Option<String> {
    let Some(g) = g.filter(|g| !g.is_null()) else {
        return Some("a feature has no `geometry`".into());
    };
    let kind = g.get("type").and_then(Value::as_str).unwrap_or("");
    let coords = g.get("coordinates").unwrap_or(&Value::Null);
    let depth = match kind {
        "Point" => 0,
        "MultiPoint" | "LineString" => 1,
        "Polygon" | "MultiLineString" => 2,
        "MultiPolygon" => 3,
        "GeometryCollection" => {
            let geoms = g.get("geometries").and_then(Value::as_array)?;
            return geoms.iter().find_map(|x| geometry_problem(Some(x)));
        }
        _ => {
            return Some(format!(
                "the geometry type `{kind}` is not a GeoJSON geometry"
            ));
        }
    };
    if nested_ok(coords, depth) {
        None
    } else {
        Some(format!("the {kind} coordinates are not numbers in range"))
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &s in a.elements(Tag::Script) {
        if !a.has_class(s, "op-geotag") {
            continue;
        }
        let text = a.text(s);
        // An empty geotag is map-missing-geotag's.
        if text.trim().is_empty() {
            continue;
        }
        // The script's text is its source as written: a JSON error maps back
        // to the character where the JSON breaks.
        let (problem, at) = match serde_json::from_str::<Value>(&text) {
            Err(e) => {
                let offset: usize = text
                    .split_inclusive('\n')
                    .take(e.line().saturating_sub(1))
                    .map(str::len)
                    .sum::<usize>()
                    + e.column().saturating_sub(1);
                let start = a
                    .node(s)
                    .element()
                    .map(|el| crate::article::tag_end(a.html, el.src as usize));
                let at = start.filter(|_| a.is_written(s)).map(|st| {
                    let p = (st + offset).min(a.html.len());
                    let len = a.html[p..].chars().next().map_or(0, char::len_utf8);
                    a.source_span(p, p + len)
                });
                (Some(format!("it is not valid JSON ({e})")), at)
            }
            Ok(v) => (geojson_problem(&v), None),
        };
        if let Some(why) = problem {
            ctx.report(at.unwrap_or_else(|| a.span_or_ancestor(s)), format!("the geotag is not usable: {why}"))
                .help("write strict GeoJSON: a Feature with a Point, LineString or Polygon geometry, no trailing commas");
        }
    }
}
