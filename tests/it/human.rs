//! Snapshots of the human output: the snippet, the label, the help.

use crate::util::{fixture_settings, lint, root};

fn render(fixture: &str) -> String {
    // A relative path, so that the snapshots do not depend on the checkout.
    let path = std::path::Path::new("fixtures/rules").join(fixture);
    assert!(root().join(&path).exists());
    let found = lint(&path, &fixture_settings(None));
    found
        .iter()
        .map(|f| ialint::render::human(f, false))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn figure_inside_paragraph() {
    insta::assert_snapshot!(render("figure-inside-paragraph.xml"));
}

#[test]
fn item_link_canonical_mismatch() {
    insta::assert_snapshot!(render("item-link-canonical-mismatch.xml"));
}

#[test]
fn feed_xml_malformed() {
    insta::assert_snapshot!(render("feed-xml-malformed.xml"));
}

#[test]
fn op_modified_before_published() {
    insta::assert_snapshot!(render("op-modified-before-published.xml"));
}

#[test]
fn no_escape_sequences_without_colour() {
    let out = render("html-parse-error.xml");
    assert!(!out.is_empty());
    assert!(!out.contains('\u{1b}'), "colour codes in plain output");
}
