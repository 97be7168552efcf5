//! `kicker-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The kicker, the short label above the title ("Breaking", "Analysis"), is written
    /// `<h3 class="op-kicker">` in the article's `<header>`. The rule reports, at the element's start tag:
    ///
    /// - a `<details>` element anywhere in the header: the obsolete 2015 form
    ///   `<details><summary>Kicker</summary>…</details>`;
    /// - an `<h3>` anywhere in the header without the class `op-kicker` (one in the cover's caption is
    ///   also `figcaption-disallowed-children`);
    /// - an `h3.op-kicker` in `<body>` outside the header (in the article body, the footer, or outside
    ///   `<article>`).
    ///
    /// Elements that the parser creates without a start tag in the source are not judged. These `h3`
    /// elements are reported here only, not also as `heading-level-unsupported`.
    ///
    /// ## Why it matters
    /// Facebook reads the kicker only from `h3.op-kicker` in the header (the SDK's header-kicker rule
    /// matches exactly that). A kicker in another form is not shown as a kicker: an `<h3>` without the
    /// class, or one in the body, is a heading level that Instant Articles does not support, and the
    /// `<details>` form of Facebook's 2015 sample article was later dropped from the format.
    ///
    /// ## Bad
    /// ```html header
    /// <header>
    /// <details><summary>Analysis</summary>What the rate rise means for you.</details>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Good
    /// ```html header
    /// <header>
    /// <h3 class="op-kicker">Analysis</h3>
    /// <h1>A clean article</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Source
    /// SDK `Parser/instant-articles-rules.json` (HeaderKickerRule: `h3.op-kicker` in the Header context);
    /// the 2015 official sample with a `<details>` kicker (Automattic/fb-instant-articles `template.php` at
    /// commit e6bd248). RULES.md B-22, B-31; Resolution 6.
    pub static KICKER_MALFORMED = {
        name: "kicker-malformed",
        category: Header,
        severity: Warning,
        summary: "a kicker that is not written as `<h3 class=\"op-kicker\">` in the header",
        check: Article(check),
    }
}

use crate::article::flags::{IN_BODY, IN_HEADER};

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &h in a.elements(Tag::H3) {
        let in_header = a.has_flag(h, IN_HEADER);
        let Some(span) = a.span(h) else { continue };
        if a.has_class(h, "op-kicker") && !in_header && a.has_flag(h, IN_BODY) {
            ctx.report(span, "an op-kicker outside the <header>")
                .help("move <h3 class=\"op-kicker\"> into <header>");
        } else if !a.has_class(h, "op-kicker") && in_header {
            ctx.report(span, "an <h3> in the <header> without class op-kicker")
                .help("write the kicker as <h3 class=\"op-kicker\">");
        }
    }
    for &d in a.elements(Tag::Details) {
        if a.has_flag(d, IN_HEADER)
            && let Some(span) = a.span(d)
        {
            ctx.report(span, "a kicker in the obsolete <details><summary> form")
                .help("write it as <h3 class=\"op-kicker\">Kicker</h3>");
        }
    }
}
