//! Feeds built from structure: an envelope, items, fields and article
//! fragments, so that the fuzzer reaches the rules and not only the XML
//! errors.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum Wrap {
    Cdata,
    Escaped,
    Raw,
}

#[derive(Arbitrary, Debug)]
struct FuzzItem {
    title: Option<String>,
    link: Option<String>,
    guid: Option<String>,
    wrap: Wrap,
    head: Vec<String>,
    header: Vec<String>,
    body: Vec<String>,
}

#[derive(Arbitrary, Debug)]
struct FuzzFeed {
    channel_link: Option<String>,
    items: Vec<FuzzItem>,
    close: bool,
}

const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<figure>",
    "</figure>",
    "<img src=\"https://x.example/a.jpg\">",
    "<iframe>",
    "</iframe>",
    "<br>",
    "<figcaption>",
    "</figcaption>",
    "<cite>",
    "<time class=\"op-published\" datetime=\"2025-06-01T10:00Z\">",
    "</time>",
    "<h1>",
    "</h1>",
    "<aside>",
    "<blockquote>",
    "<ul><li>",
    "<a href=\"\">",
    "<video muted>",
    "<!--",
    "-->",
    "]]>",
    "&amp;",
];

fn expand(parts: &[String]) -> String {
    parts
        .iter()
        .map(|p| match p.len() % 3 {
            0 => PIECES[p.len() % PIECES.len()].to_string(),
            _ => p.clone(),
        })
        .collect()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fuzz_target!(|feed: FuzzFeed| {
    let mut xml = String::from(
        "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>",
    );
    if let Some(l) = &feed.channel_link {
        xml.push_str(&format!("<link>{}</link>", escape(l)));
    }
    for item in &feed.items {
        xml.push_str("<item>");
        for (tag, v) in [
            ("title", &item.title),
            ("link", &item.link),
            ("guid", &item.guid),
        ] {
            if let Some(v) = v {
                xml.push_str(&format!("<{tag}>{}</{tag}>", escape(v)));
            }
        }
        let doc = format!(
            "<!doctype html><html><head>{}</head><body><article><header>{}</header>{}</article></body></html>",
            expand(&item.head),
            expand(&item.header),
            expand(&item.body)
        );
        match item.wrap {
            Wrap::Cdata => xml.push_str(&format!(
                "<content:encoded><![CDATA[{doc}]]></content:encoded>"
            )),
            Wrap::Escaped => xml.push_str(&format!(
                "<content:encoded>{}</content:encoded>",
                escape(&doc)
            )),
            Wrap::Raw => xml.push_str(&format!("<content:encoded>{doc}</content:encoded>")),
        }
        xml.push_str("</item>");
    }
    if feed.close {
        xml.push_str("</channel></rss>");
    }
    let settings = ialint::settings::Settings::default();
    ialint::lint::check_invariants(xml.as_bytes(), &settings);
});
