//! The rule registry: names are RULES.md's, unique, and documented.

use crate::util::root;
use ialint::rule::{Category, Check};

#[test]
fn names_are_unique_and_from_rules_md() {
    let known = std::fs::read_to_string(root().join("fixtures/rule-names.txt")).unwrap();
    let known: Vec<&str> = known.lines().collect();
    let mut seen = std::collections::HashSet::new();
    for r in ialint::rules::ALL {
        assert!(seen.insert(r.name), "duplicate rule {}", r.name);
        if r.category != Category::Tool {
            assert!(
                known.contains(&r.name),
                "{} is not a rule of RULES.md",
                r.name
            );
        } else {
            assert!(
                matches!(r.check, Check::Tool),
                "{} is in the tool category",
                r.name
            );
        }
        assert!(
            r.severities.contains(&r.severity),
            "{}: default severity not among its severities",
            r.name
        );
        assert!(
            r.severities.iter().all(|s| *s <= r.severity),
            "{}: default is not the highest",
            r.name
        );
    }
}

#[test]
fn docs_have_the_required_sections() {
    for r in ialint::rules::ALL {
        let doc = r.documentation();
        for heading in [
            "## What it checks",
            "## Why it matters",
            "## Bad",
            "## Good",
        ] {
            assert!(doc.contains(heading), "{} lacks {heading}", r.name);
        }
        assert!(
            !r.summary.is_empty() && !r.summary.ends_with('.'),
            "{}: summary style",
            r.name
        );
    }
}

#[test]
fn readme_table_lists_every_rule() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for r in ialint::rules::ALL {
        let row = format!("| `{}` | {} | {} |", r.name, r.category, r.severity);
        assert!(
            readme.contains(&row),
            "README rule table lacks or misstates: {row}"
        );
    }
}

#[test]
fn rule_pages_are_up_to_date() {
    let dir = root().join("docs/rules");
    let mut stale = Vec::new();
    for r in ialint::rules::ALL {
        let path = dir.join(format!("{}.md", r.name));
        if std::fs::read_to_string(&path).ok().as_deref() != Some(r.page().as_str()) {
            stale.push(r.name);
        }
    }
    let pages = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert!(
        stale.is_empty() && pages == ialint::rules::ALL.len(),
        "docs/rules is stale for {stale:?} ({pages} pages): run `cargo run -- rules --pages docs/rules`"
    );
}
