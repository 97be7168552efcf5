//! `html-parse-error`

#[allow(unused_imports)]
use crate::rule::prelude::*;

declare_rule! {
    /// ## What it checks
    /// The article HTML is parsed the way a browser parses it, and these parse errors are reported:
    ///
    /// - an end tag with no matching open element (a stray `</div>`), or one that closes misnested
    ///   elements (`<b><i>…</b></i>`);
    /// - an `<iframe>`, `<textarea>`, `<title>` or comment still open at the end of the article;
    /// - self-closing syntax on an element that is not void (`<p/>`, `<iframe … />`);
    /// - a duplicate attribute;
    /// - a bad comment opener or closer, such as the typographic `<!— … —>` or `--!>`;
    /// - an unexpected character in or before a tag or attribute name, such as a bare `<` followed by a
    ///   space in text (`1 < 2`: write `&lt;`);
    /// - any other error the parser reports about the document's structure, with the parser's own
    ///   message: for example text directly inside a `<table>`, `</h3>` closing an `<h2>`, a `</br>`,
    ///   or a tag written after `</html>`.
    ///
    /// There is at most one finding per source position, at the `<` (or `<!`) of the token that caused
    /// it (for an element or comment left open, at its start), quoting the parser's message.
    ///
    /// Not reported:
    /// - a missing or legacy doctype; XHTML-style void elements such as `<br/>`;
    /// - character-reference slips (`&nbsp` without `;`, a bare `&` in a URL), NUL and control characters;
    /// - errors inside an embed figure (`op-interactive`, `op-social`, `op-ad`, `op-tracker`), after its
    ///   start tag and before the next element outside it: the iframe's content is the embed's own, and
    ///   the nested iframe of the Google Maps workaround is the documented form. An iframe still open at
    ///   the end of the article is reported even there;
    /// - the consequences of a `<figure>`, `<blockquote>` or `<aside>` written inside a `<p>` (the stray
    ///   `</p>`, the empty paragraph): they are reported once, as `figure-inside-paragraph` or
    ///   `blockquote-inside-paragraph`;
    /// - elements the parser adds without a start tag in the source (implied `html`, `head`, `body`,
    ///   `tbody`, `p`).
    ///
    /// Errors in the feed's XML are `feed-xml-malformed`.
    ///
    /// ## Why it matters
    /// Facebook rejected articles with markup errors as "General Errors", for example "Unexpected end tag :
    /// p". Even where a browser recovers, the recovery can move or drop content, so what readers see is not
    /// what was written. Severity (inferred): taken from Facebook reporting these as "General Errors".
    ///
    /// ## Bad
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// </div>
    /// <p>The second paragraph of the body text.</p>
    /// ```
    ///
    /// ## Good
    /// ```html
    /// <p>The first paragraph of the body text.</p>
    /// <p>The second paragraph of the body text.</p>
    /// ```
    ///
    /// ## Source
    /// Facebook's "General Errors: Unexpected end tag : p" (Automattic/fb-instant-articles issue #131);
    /// copies of the official sample feed with typographic `<!— … -->` comments. RULES.md B-03;
    /// Resolutions 1, 2, 32, 41.
    pub static HTML_PARSE_ERROR = {
        name: "html-parse-error",
        category: Document,
        severity: Error,
        summary: "article HTML with stray or misnested tags, bad comments or other parse errors",
        check: Article(check),
    }
}

use crate::article::ParseError;

/// Whether a parser message is one that Resolution 41 reports.
fn counts(e: &ParseError) -> bool {
    let m: &str = &e.message;
    let lower = m.to_ascii_lowercase();
    if lower.contains("doctype")
        || lower.contains("character reference")
        || lower.contains("charref")
    {
        return false;
    }
    // NUL and control characters.
    if let Some(rest) = m.strip_prefix("Saw ")
        && rest.chars().next().is_some_and(|c| c.is_control())
    {
        return false;
    }
    if m.starts_with("Bad character") {
        return false;
    }
    // A stray character in text is not a markup error.
    if m.contains("in state Data") {
        return false;
    }
    true
}

fn describe(e: &ParseError) -> String {
    let m: &str = &e.message;
    match m {
        "No <p> tag to close" => {
            "a stray </p> end tag (Facebook reported this as \"Unexpected end tag: p\")".into()
        }
        "No matching tag to close" | "Found special tag while closing generic tag" => {
            "an end tag that closes no open element".into()
        }
        "Unexpected open element" | "Unexpected open element while closing" => {
            "an end tag that closes misnested elements".into()
        }
        "Formatting element not current node"
        | "Formatting element not in scope"
        | "Formatting element not open" => {
            "misnested formatting tags (such as <b><i></b></i>)".into()
        }
        "Unacknowledged self-closing tag" => {
            "self-closing syntax (`/>`) on an element that is not void".into()
        }
        "Duplicate attribute" => "a duplicate attribute".into(),
        _ if m.contains("BogusComment")
            || m.contains("MarkupDeclarationOpen")
            || m.contains("Comment") =>
        {
            format!("a malformed comment ({m})")
        }
        _ if e.at_eof => {
            format!("an element or comment still open at the end of the article ({m})")
        }
        _ => format!("malformed markup ({m})"),
    }
}

fn check(a: &Article<'_>, ctx: &mut Context<'_>) {
    let mut last = u32::MAX;
    // A missing doctype is not reported (Resolution 41): the parser's error for
    // it comes at the first tag.
    let first_tag = a.html.find('<').unwrap_or(0) as u32;
    let has_doctype = a
        .html
        .trim_start()
        .get(..9)
        .is_some_and(|s| s.eq_ignore_ascii_case("<!doctype"));
    for e in a.errors.iter().filter(|e| counts(e)) {
        if !has_doctype && e.at == first_tag && e.message == "Unexpected token" {
            continue;
        }
        // What happens inside an embed belongs to the embed (Resolution 2).
        if !e.at_eof && a.in_embed(e.at) {
            continue;
        }
        let at = if e.at_eof {
            eof_position(a, e)
        } else {
            e.at as usize
        };
        if at as u32 == last {
            continue;
        }
        last = at as u32;
        let end = crate::article::tag_end(a.html, at.min(a.html.len().saturating_sub(1)));
        let end = end.min(at + 200).max(at);
        ctx.report(
            a.source_span(at, end),
            format!("the HTML parser reports {}", describe(e)),
        )
        .help("fix the markup so that every element is closed where it was opened");
    }
}

/// Errors at the end of input point at what is still open: an `<iframe>`,
/// `<textarea>`, `<title>` or comment (Resolution 41).
fn eof_position(a: &Article<'_>, e: &ParseError) -> usize {
    if e.message.contains("Comment")
        && let Some(i) = a.html.rfind("<!--").or_else(|| a.html.rfind("<!"))
    {
        return i;
    }
    for tag in [Tag::Iframe, Tag::Textarea, Tag::Title] {
        if let Some(&el) = a.elements(tag).iter().rev().find(|&&el| {
            a.node(el)
                .element()
                .is_some_and(|x| x.end_src == crate::article::NO_POS)
        }) && let Some(x) = a
            .node(el)
            .element()
            .filter(|x| x.src != crate::article::NO_POS)
        {
            return x.src as usize;
        }
    }
    e.at as usize
}
