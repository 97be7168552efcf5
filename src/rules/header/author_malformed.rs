//! `author-malformed`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// Each author is an `<address>` in the article's `<header>`. Its name is the text, usually the text
    /// of an `<a>` inside it; a short description may follow. A link with `rel="facebook"` points at the
    /// author's Facebook profile. The rule reports:
    ///
    /// - an `<address>` in `<body>` outside the article's header (in the body text, the footer, or
    ///   outside `<article>`): at its start tag. Such an address gets no other finding from this rule;
    /// - an address in the header with no name: at its start tag. The name is the text of the first
    ///   `<a>` inside the address when there is one, else the address's own text; it is missing when
    ///   that text is only whitespace and no-break spaces. So `<address><a href="…"></a>Jane Doe</address>`
    ///   is reported: put the name inside the link;
    /// - an `<a>` in a header address with `rel="facebook"` whose `href` is missing or not a Facebook
    ///   URL: at the `rel` attribute;
    /// - an `<a>` in a header address whose `href` is a Facebook URL but whose `rel` lacks `facebook`:
    ///   at the `<a>` start tag.
    ///
    /// A Facebook URL is an absolute http(s) URL on `facebook.com` or `fb.com`, or a subdomain of either
    /// (`www.facebook.com`, `m.facebook.com`). `rel` is read as a list of tokens, ignoring letter case. An
    /// `<a>` without `href` and without `rel="facebook"` in an address is fine here (a name without a
    /// link) and is not reported by `anchor-without-href` either. Addresses that the parser creates
    /// without a start tag in the source are not judged.
    ///
    /// Not reported here: the `<author>` element of the RSS item (`item-author-malformed`).
    ///
    /// ## Why it matters
    /// Facebook's author reference makes the name required ("the text content of the `<a />` tag within
    /// the `<address>` element"), and the SDK rejects an author without one ("Author must have name."). An
    /// address outside the header is not read as a byline. `rel="facebook"` tells Instant Articles that the
    /// link is a Facebook profile (the SDK adds it for facebook.com URLs): on a staff page of your site it
    /// makes a broken profile link, and without it a profile link is handled as an ordinary web link.
    ///
    /// ## Bad
    /// ```html header
    /// <header>
    /// <h1>A clean article</h1>
    /// <address><a rel="facebook" href="https://example.com/staff/jane-doe/">Jane Doe</a> Economics correspondent</address>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Good
    /// ```html header
    /// <header>
    /// <h1>A clean article</h1>
    /// <address><a rel="facebook" href="https://www.facebook.com/janedoe.reporter">Jane Doe</a> Economics correspondent</address>
    /// <time class="op-published" datetime="2025-06-01T17:30:00Z">June 1, 2025</time>
    /// </header>
    /// ```
    ///
    /// ## Source
    /// Docs developers.facebook.com/docs/instant-articles/reference/author ("Name [required] … text
    /// content of the <a /> tag within the <address> element"); SDK `Elements/Author.php` (name required,
    /// `rel="facebook"` added for facebook.com URLs; validator "Author must have name."). RULES.md B-23,
    /// B-35; Resolution 19.
    pub static AUTHOR_MALFORMED = {
        name: "author-malformed",
        category: Header,
        severity: Warning,
        summary: "an author `<address>` outside the header, without a name, or with a wrong Facebook link",
        check: Article(check),
    }
}

use crate::article::flags::{IN_BODY, IN_HEADER};
use crate::urls;

fn is_facebook(href: &str) -> bool {
    urls::absolute_http(href)
        .and_then(|u| urls::domain_host(&u))
        .is_some_and(|h| urls::covers("facebook.com", &h) || urls::covers("fb.com", &h))
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    for &addr in a.elements(Tag::Address) {
        let Some(span) = a.span(addr) else { continue };
        if !a.has_flag(addr, IN_BODY) {
            continue;
        }
        if !a.has_flag(addr, IN_HEADER) {
            ctx.report(span, "an author (<address>) outside the <header>")
                .help("move the <address> into <header>");
            continue;
        }
        let links: Vec<NodeId> = a
            .descendants(addr)
            .filter(|&d| a.tag(d) == Tag::A)
            .collect();
        let name = match links.first() {
            Some(&l) => a.text(l),
            None => a.text(addr),
        };
        if name.trim().is_empty() {
            ctx.report(span, "an author without a name")
                .help("write the name: <address><a href=\"...\">Jane Doe</a></address>");
        }
        for l in links {
            let rel_facebook = a.attr(l, "rel").is_some_and(|r| {
                r.split_ascii_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("facebook"))
            });
            let fb = a.attr(l, "href").is_some_and(is_facebook);
            if rel_facebook && !fb {
                ctx.report(
                    a.attr_or_element_span(l, "rel"),
                    "an author link with rel=\"facebook\" that is not a facebook.com URL",
                )
                .help("link the author's Facebook profile, or remove rel=\"facebook\"");
            } else if fb && !rel_facebook {
                ctx.report(
                    a.span_or_ancestor(l),
                    "a facebook.com author link without rel=\"facebook\"",
                )
                .help("add rel=\"facebook\" so that the profile is linked");
            }
        }
    }
}
