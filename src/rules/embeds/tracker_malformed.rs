//! `tracker-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// An analytics tracker is a `figure.op-tracker` in the article body holding exactly one `<iframe>`.
    /// The rule reports:
    ///
    /// - a `figure.op-tracker` inside the article's `<footer>`, at the `<figure>` start tag;
    /// - a `figure.op-tracker` inside the article's `<header>` when it is the header's only counted
    ///   figure (see `header-multiple-figures`), at the `<figure>` start tag;
    /// - elsewhere, a tracker figure with more than one `<iframe>` child: one finding, at the second
    ///   `<iframe>`.
    ///
    /// A tracker in the header or the footer gets only the placement finding; its iframes are not
    /// counted until it is moved.
    ///
    /// One defect, one finding:
    /// - a tracker in a header that also holds a cover (or another counted figure) is
    ///   `header-multiple-figures` alone;
    /// - a tracker in the footer is reported here, not also as a disallowed footer child by
    ///   `footer-malformed`.
    ///
    /// A tracker without any iframe, or with an empty one, is `interactive-missing-iframe`. A tracking
    /// pixel written as an image instead of a tracker is `tracking-pixel-as-image`.
    ///
    /// ## Why it matters
    /// Analytics embeds are supported only in the body of the article. In the footer the tracker is not
    /// run, so page views from Instant Articles go uncounted. In the header it is outside the body too, and
    /// next to a cover it makes a second header figure, which Facebook rejects ("Only one <figure> element
    /// is allowed in the article <header>"; that case is `header-multiple-figures`). Each tracker figure
    /// may hold a single iframe; put each analytics service in a figure of its own.
    ///
    /// ## Bad
    /// ```html footer
    /// <footer><small>© 2025 Example News</small><figure class="op-tracker"><iframe src="https://stats.example.com/ia/clean-1.html"></iframe></figure></footer>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <figure class="op-tracker"><iframe src="https://stats.example.com/ia/clean-1.html"></iframe></figure>
    /// ```
    ///
    /// ## Source
    /// INFOnline's Instant Articles integration guide
    /// (docs.infonline.de/infonline-measurement/en/integration/web/zensus_fbia/), restating the rules of
    /// the Analytics element: the tracker "must be included in the <body> … not supported in the <head> or
    /// <footer>. Each <figure> should contain only one <iframe>"; Facebook's "Only one <figure> element is
    /// allowed in the article <header>" (ahmedkaludi/accelerated-mobile-pages issue #1127, caused by an
    /// analytics figure in the header). RULES.md B-61, B-24; Resolutions 17, 61.
    pub static TRACKER_MALFORMED = {
        name: "tracker-malformed",
        category: Embeds,
        severity: Warning,
        summary: "an analytics tracker in the header or footer, or with more than one iframe",
        check: Article(check),
    }
}

use crate::article::flags::{IN_FOOTER, IN_HEADER};

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &fig in a.elements(Tag::Figure) {
        if !a.has_class(fig, "op-tracker") {
            continue;
        }
        let Some(span) = a.span(fig) else { continue };
        let f = a.flags(fig);
        if f & IN_HEADER != 0 {
            // With another counted figure it is header-multiple-figures' (Resolution 61).
            if crate::article::header_figures(a).len() > 1 {
                continue;
            }
            ctx.report(
                span,
                "an analytics tracker in the <header>: trackers belong in the body",
            )
            .help("move the op-tracker figure into the article body");
            continue;
        }
        if f & IN_FOOTER != 0 {
            ctx.report(
                span,
                "an analytics tracker in the <footer>: trackers belong in the body",
            )
            .help("move the op-tracker figure into the article body");
            continue;
        }
        let iframes: Vec<NodeId> = a
            .element_children(fig)
            .filter(|&c| a.tag(c) == Tag::Iframe)
            .collect();
        if let Some(&second) = iframes.get(1) {
            ctx.report(
                a.span_or_ancestor(second),
                "a second <iframe> in one op-tracker figure",
            )
            .help("use one op-tracker figure per iframe");
        }
    }
}
