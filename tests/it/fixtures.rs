//! Every fixture under fixtures/rules is linted with every rule; the findings
//! must be exactly the `expect:` markers (rule and line), for the rules that
//! exist.

use std::collections::BTreeMap;
use std::path::Path;

use crate::util::{fixture_settings, lint, root};

/// `(line, rule)` -> count, from the markers in a fixture.
fn expectations(text: &str) -> BTreeMap<(u64, String), usize> {
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("expect:") {
            rest = &rest[at + 7..];
            let end = rest.find("--").unwrap_or(rest.len());
            let list = &rest[..end];
            for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                *out.entry((i as u64 + 1, name.to_string())).or_insert(0) += 1;
            }
        }
    }
    out
}

fn check_fixture(path: &Path) -> Result<(), String> {
    let text =
        String::from_utf8_lossy(&std::fs::read(path).map_err(|e| e.to_string())?).into_owned();
    let name = path.file_name().unwrap().to_str().unwrap();
    let rule = name.split('.').next().unwrap();
    let baseline = path.with_file_name(format!("{rule}.baseline.xml"));
    let mut settings = fixture_settings(baseline.exists().then_some(baseline.as_path()));
    if text.contains("ialint-test: no-domain") {
        settings.domains.clear();
    }
    if text.contains("ialint-test: review") {
        settings.review = true;
    }
    if let Some(at) = text.find("ialint-test: max-feed-bytes=") {
        let digits: String = text[at + 28..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        settings.max_feed_bytes = digits.parse().unwrap();
    }
    let expected: BTreeMap<(u64, String), usize> = expectations(&text)
        .into_iter()
        .filter(|((_, r), _)| ialint::rules::by_name(r).is_some())
        .collect();
    let mut found: BTreeMap<(u64, String), usize> = BTreeMap::new();
    for f in lint(path, &settings) {
        *found
            .entry((f.start.line, f.rule.name.to_string()))
            .or_insert(0) += 1;
    }
    if expected == found {
        return Ok(());
    }
    let mut msg = format!("{name}:\n");
    for (k, v) in &expected {
        if found.get(k) != Some(v) {
            msg.push_str(&format!(
                "  missing: line {} {} (x{v}, found {})\n",
                k.0,
                k.1,
                found.get(k).unwrap_or(&0)
            ));
        }
    }
    for (k, v) in &found {
        if !expected.contains_key(k) {
            msg.push_str(&format!("  unexpected: line {} {} (x{v})\n", k.0, k.1));
        }
    }
    Err(msg)
}

#[test]
fn rule_fixtures_match_their_markers() {
    let dir = root().join("fixtures/rules");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    let mut checked = 0;
    for p in paths {
        let n = p.file_name().unwrap().to_str().unwrap().to_string();
        if n.ends_with(".baseline.xml") || !(n.ends_with(".xml") || n.ends_with(".html")) {
            continue;
        }
        checked += 1;
        if let Err(e) = check_fixture(&p) {
            failures.push(e);
        }
    }
    assert!(checked > 20, "too few fixtures: {checked}");
    assert!(
        failures.is_empty(),
        "{} fixtures differ:\n{}",
        failures.len(),
        failures.join("")
    );
}

#[test]
fn every_rule_has_a_fixture_that_fires_it() {
    let dir = root().join("fixtures/rules");
    let mut all = String::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        all.push_str(&std::fs::read_to_string(e.unwrap().path()).unwrap_or_default());
    }
    let markers = expectations(&all);
    // Rules that need the network fire in tests/it/net.rs, against a local
    // HTTP server (and never without one: every fixture here is quiet for them).
    let network = ["feed-crawler-blocked", "media-url-reused-on-update"];
    let missing: Vec<&str> = ialint::rules::ALL
        .iter()
        .filter(|r| !matches!(r.check, ialint::rule::Check::Tool))
        .filter(|r| !network.contains(&r.name))
        .map(|r| r.name)
        .filter(|n| !markers.keys().any(|(_, r)| r == n))
        .collect();
    assert!(
        missing.is_empty(),
        "rules with no firing fixture: {missing:?}"
    );
}

#[test]
fn the_clean_template_is_clean() {
    let found = lint(
        &root().join("fixtures/template.xml"),
        &fixture_settings(None),
    );
    assert!(found.is_empty(), "{found:?}");
}
