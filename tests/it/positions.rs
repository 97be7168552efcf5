//! Every finding points at the exact line and column of the feed file,
//! inside CDATA and inside entity-escaped text alike (RULES.md Resolution 38).

use ialint::diagnostic::Finding;

use crate::util::fixture_settings;

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel><title>T</title><link>https://example.com/</link><description>D</description>\n";
const TAIL: &str = "</channel>\n</rss>\n";

fn item(slug: &str, content: &str) -> String {
    format!(
        "<item>\n<title>{slug}</title>\n<link>https://example.com/{slug}</link>\n<guid>{slug}</guid>\n<content:encoded>{content}</content:encoded>\n</item>\n"
    )
}

fn article(body: &str, slug: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<link rel=\"canonical\" href=\"https://example.com/{slug}\">\n<meta property=\"op:markup_version\" content=\"v1.0\">\n</head>\n<body>\n<article>\n<header>\n<h1>Title</h1>\n<time class=\"op-published\" datetime=\"2025-06-01T17:30:00Z\">x</time>\n</header>\n{body}\n</article>\n</body>\n</html>"
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn lint(bytes: Vec<u8>) -> Vec<Finding> {
    ialint::lint::lint_bytes("feed.xml", bytes, &fixture_settings(None))
        .unwrap()
        .0
}

fn at(found: &[Finding], rule: &str) -> Vec<(u64, u64, u64, u64)> {
    found
        .iter()
        .filter(|f| f.rule.name == rule)
        .map(|f| (f.start.line, f.start.column, f.end.line, f.end.column))
        .collect()
}

/// Where `needle` is in `text` (1-based line and column).
fn find(text: &str, needle: &str, nth: usize) -> (u64, u64) {
    let idx = text
        .match_indices(needle)
        .nth(nth)
        .expect("needle present")
        .0;
    let before = &text[..idx];
    let line = before.matches('\n').count() as u64 + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() as u64 + 1;
    (line, col)
}

#[test]
fn inside_cdata() {
    let body = "<p>Café — text <figure><img src=\"https://example.com/a.jpg\"></figure> tail</p>";
    let feed = format!(
        "{HEAD}{}{TAIL}",
        item("a", &format!("<![CDATA[{}]]>", article(body, "a")))
    );
    let found = lint(feed.clone().into_bytes());
    let (line, col) = find(&feed, "<figure>", 0);
    assert_eq!(
        at(&found, "figure-inside-paragraph"),
        vec![(line, col, line, col + 8)]
    );
}

#[test]
fn inside_several_cdata_sections() {
    // The `]]]]><![CDATA[>` idiom splits the article into two sections.
    let doc = article(
        "<p>a ]]]]><![CDATA[> b</p>\n<p>x <blockquote>q</blockquote></p>",
        "b",
    );
    let feed = format!("{HEAD}{}{TAIL}", item("b", &format!("<![CDATA[{doc}]]>")));
    let found = lint(feed.clone().into_bytes());
    let (line, col) = find(&feed, "<blockquote>", 0);
    assert_eq!(
        at(&found, "blockquote-inside-paragraph"),
        vec![(line, col, line, col + 12)]
    );
    assert!(at(&found, "item-content-not-cdata").is_empty(), "{found:?}");
}

#[test]
fn inside_entity_escaped_text() {
    let body = "<p>Text <figure><img src=\"https://example.com/a.jpg\"></figure> tail</p>";
    let feed = format!("{HEAD}{}{TAIL}", item("c", &escape(&article(body, "c"))));
    let found = lint(feed.clone().into_bytes());
    // From the `&` of `&lt;figure` to the `;` of its `&gt;`.
    let (line, col) = find(&feed, "&lt;figure&gt;", 0);
    assert_eq!(
        at(&found, "figure-inside-paragraph"),
        vec![(line, col, line, col + 14)]
    );
    assert_eq!(at(&found, "item-content-not-cdata").len(), 1);
}

#[test]
fn crlf_line_ends_and_a_bom() {
    let body = "<p>One<br><br>Two</p>";
    let feed = format!(
        "{HEAD}{}{TAIL}",
        item("d", &format!("<![CDATA[{}]]>", article(body, "d")))
    );
    let crlf = feed.replace('\n', "\r\n");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(crlf.as_bytes());
    let found = lint(bytes);
    let (line, col) = find(&feed, "<br>", 1);
    assert_eq!(
        at(&found, "consecutive-line-breaks"),
        vec![(line, col, line, col + 4)]
    );
}

#[test]
fn attribute_spans() {
    let feed = format!(
        "{HEAD}{}{TAIL}",
        item(
            "e",
            &format!(
                "<![CDATA[{}]]>",
                article("<p>x</p>", "e").replace(
                    "datetime=\"2025-06-01T17:30:00Z\"",
                    "dateTime=\"2025-06-01T17:30:00\""
                )
            )
        )
    );
    let found = lint(feed.clone().into_bytes());
    let (line, col) = find(&feed, "dateTime=", 0);
    let len = "dateTime=\"2025-06-01T17:30:00\"".chars().count() as u64;
    assert_eq!(
        at(&found, "time-datetime-no-timezone"),
        vec![(line, col, line, col + len)]
    );
}

#[test]
fn declared_latin1_is_decoded() {
    let body = "<p>Caf\u{e9} <figure><img src=\"https://example.com/a.jpg\"></figure></p>";
    let feed = format!(
        "{HEAD}{}{TAIL}",
        item("f", &format!("<![CDATA[{}]]>", article(body, "f")))
    )
    .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&feed);
    let found = lint(bytes.into_owned());
    let (line, col) = find(&feed, "<figure>", 0);
    assert_eq!(
        at(&found, "figure-inside-paragraph"),
        vec![(line, col, line, col + 8)]
    );
    assert!(at(&found, "feed-xml-malformed").is_empty(), "{found:?}");
}

#[test]
fn utf16_with_a_bom_is_decoded() {
    let body = "<p>x <figure><img src=\"https://example.com/a.jpg\"></figure></p>";
    let feed = format!(
        "{HEAD}{}{TAIL}",
        item("g", &format!("<![CDATA[{}]]>", article(body, "g")))
    );
    let mut bytes = vec![0xFF, 0xFE];
    for u in feed.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let found = lint(bytes);
    let (line, col) = find(&feed, "<figure>", 0);
    assert_eq!(
        at(&found, "figure-inside-paragraph"),
        vec![(line, col, line, col + 8)]
    );
}

#[test]
fn items_before_malformed_xml_are_still_linted() {
    let good = item(
        "h",
        &format!(
            "<![CDATA[{}]]>",
            article(
                "<p>a <figure><img src=\"https://example.com/a.jpg\"></figure></p>",
                "h"
            )
        ),
    );
    let broken = "<item>\n<title>x</titel>\n</item>\n";
    let after = item(
        "i",
        &format!(
            "<![CDATA[{}]]>",
            article(
                "<p>b <figure><img src=\"https://example.com/b.jpg\"></figure></p>",
                "i"
            )
        ),
    );
    let feed = format!("{HEAD}{good}{broken}{after}{TAIL}");
    let found = lint(feed.clone().into_bytes());
    assert_eq!(at(&found, "figure-inside-paragraph").len(), 2, "{found:?}");
    let (line, col) = find(&feed, "</titel>", 0);
    let malformed: Vec<_> = found
        .iter()
        .filter(|f| f.rule.name == "feed-xml-malformed")
        .collect();
    assert_eq!(malformed.len(), 1);
    assert_eq!(
        (malformed[0].start.line, malformed[0].start.column),
        (line, col)
    );
    assert_eq!(malformed[0].item, Some(2));
}
