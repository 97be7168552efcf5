//! `heading-level-unsupported`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Instant Articles has two heading levels: `<h1>` and `<h2>`. The rule reports each `<h3>`, `<h4>`,
    /// `<h5>` and `<h6>` in the article (header and footer included), at its start tag, except where
    /// another rule covers it:
    ///
    /// - an `<h3>` anywhere in the header, and an `h3.op-kicker` anywhere: `kicker-malformed` (the `h3` is
    ///   the kicker's element). A heading of any level with the class `op-kicker` is not reported here;
    /// - a heading anywhere in a `<figcaption>`: `figcaption-disallowed-children`;
    /// - headings in `<body>` outside the `<article>`: `article-multiple-article-elements`.
    ///
    /// So an `<h4>` in the header is reported here. Markup inside an `<iframe>` is the iframe's own
    /// content and is not judged, and neither are headings that the parser creates without a start tag.
    /// The headings reported here are not also reported as `unsupported-element`.
    ///
    /// ## Why it matters
    /// The official SDK accepts only `h1` and `h2` as article headings, and its maintainers confirmed that
    /// only these two levels are supported, pointing at Facebook's design documentation. Facebook has no
    /// rule for a deeper heading ("No rules defined for `<h3>` …"): it is lost or shown as plain text,
    /// and the article's structure with it. Use `<h2>` for sections (and `<h1>` for major parts); the
    /// WordPress plugin maps `h3`–`h6` to `h2` for the same reason.
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <h3>What happens next</h3>
    /// <p>The second paragraph of the body text.</p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <h2>What happens next</h2>
    /// <p>The second paragraph of the body text.</p>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/InstantArticle.php` (children: H1 and H2 only); SDK issue #234 and PR #354 (only h1
    /// and h2 are supported, citing the docs' design/customize-design page);
    /// Automattic/facebook-instant-articles-wp `rules-configuration.json` (maps h3–h6 to H2). RULES.md
    /// B-31, B-22, B-70; Resolutions 6, 34, 36.
    pub static HEADING_LEVEL_UNSUPPORTED = {
        name: "heading-level-unsupported",
        category: BodyText,
        severity: Warning,
        summary: "an `<h3>`, `<h4>`, `<h5>` or `<h6>` heading in the article",
        check: Article(check),
    }
}

use crate::article::flags::{IN_ARTICLE, IN_FIGCAPTION, IN_HEADER};

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for tag in [Tag::H3, Tag::H4, Tag::H5, Tag::H6] {
        for &h in a.elements(tag) {
            // Header headings are the kicker's; caption headings are
            // figcaption-disallowed-children's (Resolutions 6 and 36).
            let f = a.flags(h);
            // A misplaced kicker is kicker-malformed's.
            // Every h3 of the header, and op-kickers anywhere, are kicker-malformed's.
            let kicker = tag == Tag::H3 && (a.has_class(h, "op-kicker") || f & IN_HEADER != 0);
            if f & IN_ARTICLE == 0 || f & IN_FIGCAPTION != 0 || kicker {
                continue;
            }
            let Some(span) = a.span(h) else { continue };
            ctx.report(
                span,
                format!(
                    "an <{}> in the article body: only <h1> and <h2> are supported",
                    a.name(h)
                ),
            )
            .help("use <h2> for section headings");
        }
    }
}
