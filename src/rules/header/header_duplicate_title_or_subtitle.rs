//! `header-duplicate-title-or-subtitle`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article header has one title (`<h1>`) and at most one subtitle (`<h2>`). The rule reports each
    /// `<h1>` after the first and each `<h2>` after the first among the direct children of `<header>`, at
    /// its start tag.
    ///
    /// Only direct children of `<header>` count: headings in the caption of a cover figure belong to the
    /// caption (a second one there is `figcaption-disallowed-children`), and `<h1>`/`<h2>` in the body are
    /// ordinary body headings. A second `<h1>` that is empty is reported here, not as `empty-element`; a
    /// header whose only `<h1>` is empty is `header-title-missing`.
    ///
    /// ## Why it matters
    /// The header holds exactly one title and one subtitle: the official SDK keeps a single value for
    /// each, and a later heading replaces an earlier one. One of the two titles (or subtitles) is therefore
    /// lost, and not necessarily the one you meant to keep. The usual cause is a template that writes the
    /// teaser or standfirst as a second `<h1>`; make it the `<h2>` subtitle, or move it into the body.
    /// Rule and severity (inferred): from the SDK's header model, not from a Facebook message.
    ///
    /// ## Bad
    /// ```html header
    /// <header>
    /// <h1>A clean article</h1>
    /// <h1>The central bank raised its main rate for the third time this year</h1>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Good
    /// ```html header
    /// <header>
    /// <h1>A clean article</h1>
    /// <h2>The central bank raised its main rate for the third time this year</h2>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Source
    /// SDK `Elements/Header.php` (one title and one subtitle; a later one overwrites the earlier).
    /// RULES.md B-17, B-16, B-70; Resolutions 36, 58.
    pub static HEADER_DUPLICATE_TITLE_OR_SUBTITLE = {
        name: "header-duplicate-title-or-subtitle",
        category: Header,
        severity: Warning,
        summary: "a header with more than one title `<h1>` or more than one subtitle `<h2>`",
        check: Article(check),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let Some(header) = a.header else { return };
    for tag in [Tag::H1, Tag::H2] {
        let all: Vec<NodeId> = a
            .element_children(header)
            .filter(|&c| a.tag(c) == tag)
            .collect();
        for &extra in all.iter().skip(1) {
            let what = if tag == Tag::H1 {
                "title (<h1>)"
            } else {
                "subtitle (<h2>)"
            };
            ctx.report(
                a.span_or_ancestor(extra),
                format!("a second {what} in the <header>: only one is kept"),
            )
            .help("keep one <h1> title and at most one <h2> subtitle");
        }
    }
}
