//! `auto-ad-placement-invalid`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// `<meta property="fb:use_automatic_ad_placement" content="…">` in the article's `<head>` switches
    /// automatic ad placement on or off. The value is read ignoring letter case, as tokens separated by
    /// whitespace, in any order. Accepted:
    ///
    /// - `true` or `false`;
    /// - `enable=true` or `enable=false`, optionally with one of `ad_density=default`, `ad_density=medium`,
    ///   `ad_density=low`.
    ///
    /// Any other value is reported at the `content` attribute (or at the `<meta>` start tag when it has
    /// none): an empty or missing value, `yes`, `on`, `enable=1`, an unknown density such as
    /// `ad_density=high`, any other token, `true` or `false` combined with other tokens, or an
    /// `ad_density` without `enable`. A repeated token is accepted, and its last occurrence counts. As for
    /// the other head metas, the `<meta>` must be a direct child of `<head>`, the property name is
    /// compared ignoring letter case, `name=` is accepted when there is no `property` attribute, and only
    /// the first such `<meta>` counts. A document without the meta is fine: placement is then off.
    ///
    /// Not reported here: placement enabled with no ad in the header
    /// (`auto-ad-placement-without-header-ad`, which judges an invalid value too when it contains the
    /// token `enable=true`).
    ///
    /// ## Why it matters
    /// The ad-placement documentation defines these values: `enable=true` turns automatic placement on,
    /// and the density sets the gap between ads (about 250 words for `default`, 350 for `medium`, 500 for
    /// `low`). Placement "defaults to false if you do not specify", so a value Facebook does not recognise
    /// leaves the article without automatic ads, and the revenue they would bring.
    ///
    /// ## Bad
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// <meta property="fb:use_automatic_ad_placement" content="enable=true ad_density=high">
    /// </head>
    /// <body>
    /// <article>
    /// <header>
    /// <figure class="op-ad"><iframe src="https://www.facebook.com/adnw_request?placement=123456789_987654321&amp;adtype=banner300x250" width="300" height="250"></iframe></figure>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Good
    /// ```html document
    /// <!doctype html>
    /// <html lang="en" prefix="op: http://media.facebook.com/op#">
    /// <head>
    /// <meta charset="utf-8">
    /// <link rel="canonical" href="https://example.com/news/clean-1/">
    /// <meta property="op:markup_version" content="v1.0">
    /// <meta property="fb:use_automatic_ad_placement" content="enable=true ad_density=medium">
    /// </head>
    /// <body>
    /// <article>
    /// <header>
    /// <figure class="op-ad"><iframe src="https://www.facebook.com/adnw_request?placement=123456789_987654321&amp;adtype=banner300x250" width="300" height="250"></iframe></figure>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// <p>The first paragraph of the body text.</p>
    /// </article>
    /// </body>
    /// </html>
    /// ```
    ///
    /// ## Source
    /// Docs developers.facebook.com/docs/instant-articles/monetization/ad-placement (the values, the
    /// densities of 250, 350 and 500 words, "defaults to false if you do not specify"); SDK
    /// `Transformer/Rules/InstantArticleRule.php`. RULES.md B-08; Resolutions 19, 48.
    pub static AUTO_AD_PLACEMENT_INVALID = {
        name: "auto-ad-placement-invalid",
        category: Document,
        severity: Warning,
        summary: "an `fb:use_automatic_ad_placement` meta with a value Facebook does not recognise",
        check: Article(check),
    }
}

/// Whether the content is a valid automatic placement setting (B-08).
pub(crate) fn parse(v: &str) -> Option<bool> {
    let lower = v.trim().to_ascii_lowercase();
    let v = lower.as_str();
    match v {
        "true" => return Some(true),
        "false" => return Some(false),
        _ => {}
    }
    let mut enable = None;
    let mut density_ok = true;
    for token in v.split_whitespace() {
        match token.split_once('=') {
            Some(("enable", "true")) => enable = Some(true),
            Some(("enable", "false")) => enable = Some(false),
            Some(("ad_density", d)) => density_ok = matches!(d, "default" | "medium" | "low"),
            _ => return None,
        }
    }
    if density_ok { enable } else { None }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(m) = a.meta("fb:use_automatic_ad_placement") else {
        return;
    };
    let v = a.attr(m, "content").unwrap_or("");
    if parse(v).is_none() {
        ctx.report(
            a.attr_or_element_span(m, "content"),
            format!("`{}` is not an automatic ad placement setting", v.trim()),
        )
        .help("write content=\"enable=true ad_density=default\" (or medium, low), or enable=false");
    }
}
