//! Every rule's documentation: its examples are executed. The Bad example
//! fires the rule; the Good example does not.

use std::io::Cursor;
use std::sync::Arc;

use ialint::baseline::{Baseline, History};
use ialint::feed::FeedReader;

use crate::util::{fixture_settings, root};

struct Example {
    kind: String,
    text: String,
}

/// The fenced examples of one `## Section` of the docs.
fn examples(docs: &str, section: &str) -> Vec<Example> {
    let Some(start) = docs.find(&format!("## {section}\n")) else {
        return Vec::new();
    };
    let rest = &docs[start + section.len() + 4..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    let body = &rest[..end];
    let mut out = Vec::new();
    let mut lines = body.lines();
    while let Some(line) = lines.next() {
        if let Some(kind) = line.strip_prefix("```") {
            let mut text = String::new();
            for l in lines.by_ref() {
                if l.starts_with("```") {
                    break;
                }
                text.push_str(l);
                text.push('\n');
            }
            out.push(Example {
                kind: kind.trim().to_string(),
                text,
            });
        }
    }
    out
}

fn template() -> String {
    std::fs::read_to_string(root().join("fixtures/template.xml")).unwrap()
}

fn replace_between(s: &str, from: &str, to: &str, with: &str, keep_ends: bool) -> String {
    let a = s.find(from).expect("start marker");
    let b = a + s[a..].find(to).expect("end marker") + to.len();
    if keep_ends {
        format!("{}{}{}", &s[..a + from.len()], with, &s[b - to.len()..])
    } else {
        format!("{}{}{}", &s[..a], with.trim_end(), &s[b..])
    }
}

/// The feed an example stands for.
fn build(ex: &Example) -> Option<String> {
    let t = template();
    let kind = ex.kind.split_whitespace().collect::<Vec<_>>();
    Some(match kind.as_slice() {
        ["html"] => replace_between(&t, "</header>\n", "<footer>", &ex.text, true),
        ["html", "header", ..] => replace_between(&t, "<header>", "</header>", &ex.text, false),
        ["html", "footer", ..] => replace_between(&t, "<footer>", "</footer>", &ex.text, false),
        ["html", "document", ..] => {
            replace_between(&t, "<![CDATA[", "]]>", ex.text.trim_end(), true)
        }
        ["xml", ..] => {
            let text = ex.text.trim_start();
            if text.starts_with("<item") {
                replace_between(&t, "<item>", "</item>", &ex.text, false)
            } else {
                ex.text.clone()
            }
        }
        _ => return None,
    })
}

fn fires(rule: &str, feed: &str, baseline: Option<&str>, kind: &str) -> Vec<String> {
    let mut settings = fixture_settings(None);
    if kind.contains("no-domain") {
        settings.domains.clear();
    }
    if let Some(b) = baseline {
        let reader = FeedReader::new(
            Box::new(Cursor::new(b.as_bytes().to_vec())),
            Arc::from("baseline.xml"),
        );
        settings.history = Some(Arc::new(History {
            baseline: Some(Baseline::read(reader).unwrap()),
            store: None,
        }));
    }
    let review = kind.contains("review");
    let _ = review;
    let (found, _) =
        ialint::lint::lint_bytes("example.xml", feed.as_bytes().to_vec(), &settings).unwrap();
    let _ = rule;
    found.iter().map(|f| f.rule.name.to_string()).collect()
}

#[test]
fn bad_examples_fire_and_good_examples_do_not() {
    let mut problems = Vec::new();
    let mut executed = 0;
    for rule in ialint::rules::ALL {
        let docs = rule.documentation();
        let bad = examples(&docs, "Bad");
        let good = examples(&docs, "Good");
        let baseline = bad
            .iter()
            .find(|e| e.kind.starts_with("xml baseline"))
            .and_then(|e| {
                build(&Example {
                    kind: "xml".into(),
                    text: e.text.clone(),
                })
            });
        for (ex, should) in bad
            .iter()
            .filter(|e| !e.kind.starts_with("xml baseline"))
            .map(|e| (e, true))
            .chain(good.iter().map(|e| (e, false)))
        {
            let Some(feed) = build(ex) else { continue };
            executed += 1;
            let found = fires(rule.name, &feed, baseline.as_deref(), &ex.kind);
            let fired = found.iter().any(|n| n == rule.name);
            if fired != should {
                problems.push(format!(
                    "{}: the {} example {} (found: {:?})",
                    rule.name,
                    if should { "Bad" } else { "Good" },
                    if should { "does not fire" } else { "fires" },
                    found
                ));
            }
        }
    }
    assert!(executed > 60, "only {executed} examples ran");
    assert!(
        problems.is_empty(),
        "{} examples disagree:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
