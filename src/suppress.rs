//! Inline suppressions in an article's HTML:
//! `<!-- ialint-disable rule-a, rule-b -- reason -->` silences those rules for
//! the whole article, `<!-- ialint-disable-next-line rule-a -- reason -->` for
//! findings that start on the next line. A rule list may name categories.

use crate::config::selected;
use crate::feed::ContentMap;
use crate::source::{Span, Window};

/// One inline suppression comment.
#[derive(Clone, Debug)]
pub struct Directive {
    /// The comment in the feed.
    pub span: Span,
    /// The line after the comment, for `-next-line`; `None` for the whole article.
    pub next_line: Option<u64>,
    /// The rules it silences (names resolved from rule names and categories).
    pub rules: Vec<&'static str>,
    /// Names that are neither a rule nor a category.
    pub unknown: Vec<String>,
    /// How many findings it silenced.
    pub used: usize,
}

impl Directive {
    pub fn covers(&self, rule: &str, line: u64) -> bool {
        self.rules.contains(&rule) && self.next_line.is_none_or(|n| n == line)
    }
}

/// The directives of one article (`html`, mapped to the feed by `map`).
pub fn directives(html: &str, map: &ContentMap, window: &Window<'_>) -> Vec<Directive> {
    let mut out = Vec::new();
    let bytes = html.as_bytes();
    for at in memchr::memmem::find_iter(bytes, b"ialint-disable") {
        // It must be inside an HTML comment.
        let Some(open) = html[..at].rfind("<!--") else {
            continue;
        };
        if html[open..at].contains("-->") || !html[open + 4..at].trim().is_empty() {
            continue;
        }
        let Some(close) = html[at..].find("-->").map(|i| at + i) else {
            continue;
        };
        let body = &html[at + "ialint-disable".len()..close];
        let (next_line, body) = match body.strip_prefix("-next-line") {
            Some(rest) => (true, rest),
            None => (false, body),
        };
        if !body.starts_with(char::is_whitespace) && !body.is_empty() {
            continue;
        }
        let list = body.split(" --").next().unwrap_or("");
        let mut rules = Vec::new();
        let mut unknown = Vec::new();
        for name in list
            .split([',', ' ', '\t', '\n'])
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            match selected(name) {
                Some(names) => rules.extend(names),
                None => unknown.push(name.to_string()),
            }
        }
        let span = map.span(open, close + 3);
        let next = next_line.then(|| window.locate(span.end).line + 1);
        out.push(Directive {
            span,
            next_line: next,
            rules,
            unknown,
            used: 0,
        });
    }
    out
}
