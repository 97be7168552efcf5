//! Complete, valid feeds raise nothing.

use crate::util::{fixture_settings, lint, root};

#[test]
fn a_complete_valid_feed_has_no_finding() {
    let found = lint(
        &root().join("fixtures/valid/complete.xml"),
        &fixture_settings(None),
    );
    assert!(
        found.is_empty(),
        "{:#?}",
        found
            .iter()
            .map(|f| (f.rule.name, f.start.line, &f.message))
            .collect::<Vec<_>>()
    );
}

#[test]
fn the_same_findings_on_one_thread_and_on_four() {
    let feed = root().join("fixtures/generated.xml");
    let mut one = fixture_settings(None);
    one.threads = 1;
    let mut four = fixture_settings(None);
    four.threads = 4;
    let key =
        |f: &ialint::diagnostic::Finding| (f.rule.name, f.start, f.end, f.item, f.message.clone());
    let a: Vec<_> = lint(&feed, &one).iter().map(key).collect();
    let b: Vec<_> = lint(&feed, &four).iter().map(key).collect();
    assert!(!a.is_empty());
    assert_eq!(a, b);
}
