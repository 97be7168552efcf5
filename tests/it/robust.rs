//! No input can crash, hang or exhaust ialint, and nothing is lost.

use ialint::article::{Article, NO_POS, NodeData, NodeId, Tag};
use ialint::lint::{check_invariants, lint_bytes};
use ialint::settings::Settings;
use proptest::prelude::*;

use crate::util::{fixture_settings, root};

fn settings() -> Settings {
    fixture_settings(None)
}

fn rules_of(found: &[ialint::diagnostic::Finding]) -> Vec<&'static str> {
    found.iter().map(|f| f.rule.name).collect()
}

fn item(i: usize, body: &str) -> String {
    format!(
        "<item><title>T{i}</title><link>https://example.com/a{i}</link><guid>g{i}</guid><content:encoded><![CDATA[<!doctype html><html lang=\"en\"><head><link rel=\"canonical\" href=\"https://example.com/a{i}\"></head><body><article><header><h1>T</h1><time class=\"op-published\" datetime=\"2025-06-01T17:30:00Z\">x</time></header>{body}</article></body></html>]]></content:encoded></item>\n"
    )
}

fn feed(items: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>T</title><link>https://example.com/</link><description>D</description>\n{items}</channel></rss>\n"
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_break_the_invariants(data in proptest::collection::vec(any::<u8>(), 0..2048)) {
        check_invariants(&data, &settings());
    }

    #[test]
    fn arbitrary_text_in_an_article_never_breaks_them(body in "\\PC{0,400}") {
        check_invariants(feed(&item(1, &body)).as_bytes(), &settings());
    }

    /// Markup pieces that drive the HTML tokenizer through its states (tags
    /// with `<` in attribute values, character references cut short or read
    /// ahead, carriage returns, NULs, comments, raw text, foreign content),
    /// where the sink's positions are easiest to lose.
    #[test]
    fn arbitrary_markup_in_an_article_never_breaks_them(
        pieces in proptest::collection::vec(0usize..PIECES.len(), 0..60)
    ) {
        let body: String = pieces.iter().map(|&i| PIECES[i]).collect();
        check_invariants(feed(&item(1, &body)).as_bytes(), &settings());
    }

    #[test]
    fn every_item_read_is_counted(n in 0usize..30, broken in proptest::collection::vec(any::<bool>(), 30)) {
        let mut items = String::new();
        for (i, &is_broken) in broken.iter().enumerate().take(n) {
            if is_broken {
                items.push_str(&format!("<item><title>x{i}</titel></item>\n"));
            } else {
                items.push_str(&item(i, "<p>Text.</p>"));
            }
        }
        let (found, summary) = check_invariants(feed(&items).as_bytes(), &settings());
        prop_assert_eq!(summary.items, n as u64);
        // Every broken item has its finding, and no other item lost its own.
        let malformed = found.iter().filter(|f| f.rule.name == "feed-xml-malformed").count();
        prop_assert_eq!(malformed, broken[..n].iter().filter(|b| **b).count());
    }
}

const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<p class=\"a<b\">",
    "<a title='<i>'>",
    "</a>",
    "<b>",
    "</b>",
    "<figure>",
    "</figure>",
    "<img src=\"https://cdn.example.com/x.jpg\">",
    "text ",
    "&amp;",
    "&notit;",
    "&not",
    "&#x5D0;",
    "&#",
    "&",
    "\r\n",
    "\r",
    "\u{0}",
    "<!-- c < d -->",
    "<!--",
    "-->",
    "<![CDATA[x<y]]>",
    "<svg><![CDATA[a<b]]></svg>",
    "<script>if (a<b) {}</script>",
    "<textarea><p></textarea>",
    "<table><tr><td>x",
    "</table>",
    "<plaintext>",
    "< ",
    "</",
    "<x y=\"",
    "\"",
    ">",
    "مرحبا",
    "“quoted”",
    "<br/>",
    "</br>",
    "<h1>",
    "<ul><li>",
    "&amp",
    "&lt",
    "<template><p>t</template>",
    "<span>",
    "</div>",
];

fn run(data: &[u8]) -> Vec<ialint::diagnostic::Finding> {
    lint_bytes("hostile.xml", data.to_vec(), &settings())
        .unwrap()
        .0
}

#[test]
fn entity_bombs_and_external_entities_are_never_expanded() {
    let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY ext SYSTEM \"file:///etc/passwd\">]>\n<rss version=\"2.0\"><channel><title>&c;</title><description>&ext;</description></channel></rss>\n";
    let found = run(bomb.as_bytes());
    assert!(
        rules_of(&found).contains(&"feed-xml-malformed"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|f| !f.message.contains("aaaaaaaaaa") && !f.message.contains("root:"))
    );
}

#[test]
fn deep_nesting_in_xml_and_in_html() {
    let depth = 100_000;
    let xml = format!(
        "<rss version=\"2.0\"><channel>{}{}</channel></rss>",
        "<x>".repeat(depth),
        "</x>".repeat(depth)
    );
    let found = run(xml.as_bytes());
    assert!(
        !rules_of(&found).contains(&"feed-xml-malformed"),
        "well-formed, only deep"
    );
    let html = format!("<p>deep</p>{}", "<span>".repeat(depth));
    let found = run(feed(&item(1, &html)).as_bytes());
    assert!(found.iter().all(|f| f.item == Some(1) || f.item.is_none()));
    let html = format!("{}x{}", "<div>".repeat(depth), "</div>".repeat(depth));
    let found = run(feed(&item(1, &html)).as_bytes());
    let limit = found
        .iter()
        .find(|f| f.rule.name == "input-limit-exceeded")
        .expect("a depth limit finding");
    assert!(limit.message.contains("levels deep"), "{}", limit.message);
    // Below the limit the article is checked as usual.
    let html = format!("{}x{}", "<div>".repeat(1000), "</div>".repeat(1000));
    let found = run(feed(&item(1, &html)).as_bytes());
    assert_eq!(
        found
            .iter()
            .filter(|f| f.rule.name == "unsupported-element")
            .count(),
        1,
        "nested wrappers count once"
    );
}

#[test]
fn a_huge_article_is_skipped_with_a_finding() {
    let big = format!("<p>{}</p>", "x".repeat(9 * 1024 * 1024));
    let found = run(feed(&format!(
        "{}{}",
        item(1, &big),
        item(
            2,
            "<p>ok <figure><img src=\"https://x.example/a.jpg\"></figure></p>"
        )
    ))
    .as_bytes());
    let rules = rules_of(&found);
    assert!(rules.contains(&"input-limit-exceeded"), "{rules:?}");
    assert!(
        rules.contains(&"figure-inside-paragraph"),
        "the next item is still linted: {rules:?}"
    );
    let attr = format!("<img src=\"{}\">", "y".repeat(9 * 1024 * 1024));
    let found = run(feed(&item(1, &attr)).as_bytes());
    assert!(rules_of(&found).contains(&"input-limit-exceeded"));
}

#[test]
fn control_characters_invalid_utf8_truncation_and_empty_input() {
    let mut nul = feed(&item(1, "<p>a</p>")).into_bytes();
    let at = nul.windows(5).position(|w| w == b"<p>a<").unwrap() + 3;
    nul[at] = 0;
    assert!(rules_of(&run(&nul)).contains(&"feed-xml-malformed"));
    let mut bad = feed(&item(1, "<p>a</p>")).into_bytes();
    bad[at] = 0xFF;
    let found = run(&bad);
    let f = found
        .iter()
        .find(|f| f.rule.name == "feed-xml-malformed")
        .expect("invalid UTF-8 is a finding");
    assert_eq!(f.item, Some(1));
    let whole = feed(&format!("{}{}", item(1, "<p>a</p>"), item(2, "<p>b</p>")));
    let truncated = &whole.as_bytes()[..whole.len() * 3 / 4];
    let found = run(truncated);
    assert!(rules_of(&found).contains(&"feed-xml-malformed"));
    let found = run(b"");
    assert_eq!(rules_of(&found), ["feed-xml-malformed"]);
    let found = run(b"   \n  ");
    assert_eq!(rules_of(&found), ["feed-xml-malformed"]);
}

#[test]
fn a_feed_of_many_empty_items() {
    let items = "<item/>\n".repeat(100_000);
    let mut s = settings();
    s.disabled.extend([
        "item-missing-title",
        "item-missing-link",
        "item-missing-content",
        "item-guid-missing-or-duplicate",
    ]);
    let (found, summary) = lint_bytes("empty-items.xml", feed(&items).into_bytes(), &s).unwrap();
    assert_eq!(summary.items, 100_000);
    assert_eq!(
        rules_of(&found),
        ["feed-too-many-items", "input-limit-exceeded"]
    );
}

#[test]
fn cdata_end_inside_an_article() {
    let found = run(feed(&item(1, "<p>a ]]> b</p>")).as_bytes());
    assert!(
        rules_of(&found).contains(&"item-content-not-cdata"),
        "{found:?}"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_ialint"))
        .args([
            "check",
            "--isolated",
            "--format",
            "concise",
            "fixtures/generated.xml",
        ])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 10];
    out.read_exact(&mut first).unwrap();
    drop(out);
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(err.is_empty(), "{err}");
    assert!(matches!(status.code(), Some(0 | 1)), "{status:?}");
}

#[test]
fn fuzz_regressions_are_replayed() {
    let dir = root().join("tests/fuzz-regressions");
    let mut replayed = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let data = std::fs::read(&path).unwrap();
        let (found, _) = check_invariants(&data, &settings());
        // None of these inputs may end in a second, spurious malformed-XML finding.
        assert!(
            found
                .iter()
                .filter(|f| f.rule.name == "feed-xml-malformed")
                .count()
                <= 1,
            "{}: {found:?}",
            path.display()
        );
        replayed += 1;
    }
    assert!(replayed >= 4, "only {replayed} inputs replayed");
}

#[test]
fn duplicate_checks_remember_a_bounded_number_of_items() {
    let mut s = settings();
    s.max_tracked_items = 2;
    // Items 1-2 are remembered; 3 repeats item 1's guid; 4 repeats item 3's.
    let mut items = String::new();
    for (i, guid) in [(1, "g1"), (2, "g2"), (3, "g1"), (4, "g3"), (5, "g3")] {
        items.push_str(&item(i, "<p>Text.</p>").replace(
            &format!("<guid>g{i}</guid>"),
            &format!("<guid>{guid}</guid>"),
        ));
    }
    let (found, summary) = lint_bytes("tracked.xml", feed(&items).into_bytes(), &s).unwrap();
    assert_eq!(summary.items, 5);
    let limit: Vec<_> = found
        .iter()
        .filter(|f| f.rule.name == "input-limit-exceeded")
        .collect();
    assert_eq!(limit.len(), 1, "said once: {found:?}");
    assert!(limit[0].message.contains("first 2"));
    let dups: Vec<u32> = found
        .iter()
        .filter(|f| f.rule.name == "item-guid-missing-or-duplicate")
        .filter_map(|f| f.item)
        .collect();
    assert_eq!(
        dups,
        [3],
        "item 3 matches a remembered item; 5 repeats an item that was not remembered"
    );
}

/// An item on which ialint itself fails outside the rules (a bug; injected
/// here) gets an internal-error finding and exit status 2, on one thread and
/// on several, and every other item keeps its findings: nothing hangs.
#[test]
fn an_item_that_makes_ialint_fail_is_reported_and_the_rest_linted() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("feed.xml");
    let items: String = (0..40).map(|i| item(i, "<p>Text.</p><p></p>")).collect();
    std::fs::write(&path, feed(&items)).expect("written");
    let run = |threads: &str, panic: bool| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ialint"));
        cmd.args([
            "check",
            "--isolated",
            "--domain",
            "example.com",
            "--format",
            "json",
        ])
        .args(["--threads", threads])
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
        if panic {
            cmd.env("IALINT_TEST_PANIC_GUID", "g7");
        }
        let mut child = cmd.spawn().expect("ialint runs");
        let start = Instant::now();
        while child.try_wait().expect("waitable").is_none() {
            if start.elapsed() > Duration::from_secs(60) {
                let _ = child.kill();
                panic!("ialint hung on {threads} threads");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().expect("output");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let found: Vec<(String, u64)> = json["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| {
                (
                    d["rule"].as_str().unwrap_or("").to_string(),
                    d["line"].as_u64().unwrap_or(0),
                )
            })
            .collect();
        (out.status.code(), found)
    };
    let (_, clean) = run("1", false);
    let line_of_g7 = 3 + 7;
    for threads in ["1", "2", "4"] {
        let (code, found) = run(threads, true);
        assert_eq!(code, Some(2), "{threads} threads");
        let internal: Vec<_> = found
            .iter()
            .filter(|(r, _)| r == "internal-error")
            .collect();
        assert_eq!(
            internal,
            [&("internal-error".to_string(), line_of_g7)],
            "{threads} threads"
        );
        let others: Vec<_> = found
            .iter()
            .filter(|(r, l)| r != "internal-error" && *l != line_of_g7)
            .collect();
        let expected: Vec<_> = clean.iter().filter(|(_, l)| *l != line_of_g7).collect();
        assert_eq!(others, expected, "{threads} threads");
    }
}

/// The tree as nested names and texts, ialint's.
fn ours(a: &Article<'_>, id: NodeId, out: &mut String) {
    for c in a.children(id) {
        match &a.node(c).data {
            NodeData::Element(e) => {
                // (Template contents, a document of their own, are left
                // out, as scraper's children leave them.)
                out.push_str(&format!("<{}>", &*e.name.local));
                ours(a, c, out);
                out.push_str("</>");
            }
            NodeData::Text { text, .. } => out.push_str(&format!("[{text}]")),
            NodeData::Comment => out.push_str("<!>"),
            _ => {}
        }
    }
}

/// The same of html5ever's reference tree (scraper's).
fn reference(el: scraper::ElementRef<'_>, out: &mut String) {
    for c in el.children() {
        match c.value() {
            scraper::Node::Element(e) => {
                out.push_str(&format!("<{}>", e.name()));
                if let Some(child) = scraper::ElementRef::wrap(c) {
                    reference(child, out);
                }
                out.push_str("</>");
            }
            scraper::Node::Text(t) => out.push_str(&format!("[{}]", &t[..])),
            scraper::Node::Comment(_) => out.push_str("<!>"),
            _ => {}
        }
    }
}

/// Elements the parser rebuilds while reading text or a comment have no
/// position, even when a `<b` lies in the chunk; text after
/// `<plaintext>` starts where it is written.
#[test]
fn rebuilt_elements_and_plaintext() {
    let map = ialint::feed::ContentMap::default();
    for body in [
        "<p><b>x</p><!-- <b> -->y",
        "<p><b>x</p><!-- <b> -->&amp;z",
        "<p><b>x</p><plaintext>y <b>",
        // The <b> rebuilt for the <x> tag must not take the position of a
        // `<b` inside that tag.
        "<p><b>x</p><x y=\"v\"<b c='<i>'>w",
    ] {
        let html = format!("<html><body><article>{body}</article></body></html>");
        let a = Article::parse(&html, &map, None);
        let srcs: Vec<u32> = a
            .elements(Tag::B)
            .iter()
            .filter_map(|&b| a.node(b).element().map(|e| e.src))
            .collect();
        let first = html.find("<b>").expect("a <b>") as u32;
        assert_eq!(srcs.first(), Some(&first), "{body}");
        assert!(srcs[1..].iter().all(|&s| s == NO_POS), "{body}: {srcs:?}");
        // The written elements, by their positions, are each at its tag.
        let starts = a.element_starts();
        assert!(starts.is_sorted(), "{body}: {starts:?}");
        for &(s, id) in starts {
            let tag = format!("<{}", a.name(id));
            assert!(html[s as usize..].starts_with(&tag), "{body}: {tag} at {s}");
        }
    }
    let html = "<html><body><article><p>x</p><plaintext>y <font> z</plaintext>";
    let a = Article::parse(html, &map, None);
    let y = a
        .text_nodes()
        .iter()
        .copied()
        .find(|&t| a.node(t).text().is_some_and(|t| t.starts_with('y')))
        .expect("the plaintext's text");
    assert_eq!(a.text_start(y), html.find("y <font>"));
}

/// ialint's tree is html5ever's, whatever the markup, and every element
/// it says was written starts at a `<` with its name in the source.
#[test]
fn the_tree_is_html5evers_and_positions_point_at_the_tags() {
    let map = ialint::feed::ContentMap::default();
    let mut seed = 17u32;
    for n in 0..1500 {
        let mut html = String::from("<html><body><article>");
        for _ in 0..n % 40 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            html.push_str(PIECES[(seed >> 16) as usize % PIECES.len()]);
        }
        // A last paragraph at a known offset: if the parser made an
        // element of it (not raw text, a comment or an attribute), it
        // has that position.
        let last = html.len() as u32;
        html.push_str("<p id=last>z</p>");
        let a = Article::parse(&html, &map, None);
        if let Some(&p) = a
            .elements(Tag::P)
            .iter()
            .find(|&&p| a.attr(p, "id") == Some("last"))
        {
            assert_eq!(a.node(p).element().map(|e| e.src), Some(last), "{html:?}");
        }
        let (mut got, mut want) = (String::new(), String::new());
        let root = a.root.expect("an <html> element");
        ours(&a, root, &mut got);
        reference(
            scraper::Html::parse_document(&html).root_element(),
            &mut want,
        );
        assert_eq!(got, want, "{html:?}");
        for id in a.descendants(NodeId::DOCUMENT) {
            if let Some(e) = a.node(id).element()
                && e.src != NO_POS
            {
                let at = &html.as_bytes()[e.src as usize..];
                let name = e.name.local.as_bytes();
                assert!(
                    at.len() > name.len() && at[1..=name.len()].eq_ignore_ascii_case(name),
                    "<{}> at {} of {html:?}",
                    &*e.name.local,
                    e.src
                );
            }
        }
    }
}
