//! A feed written by the shared generator: every injected defect of a kind
//! that ialint checks is found on its item.

use crate::util::{fixture_settings, lint, root};

#[test]
fn every_injected_defect_is_found() {
    let feed = root().join("fixtures/generated.xml");
    let found = lint(&feed, &fixture_settings(None));
    let sidecar =
        std::fs::read_to_string(root().join("fixtures/generated.xml.defects.jsonl")).unwrap();
    let mut checked = 0;
    for line in sidecar.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let rule = v["rule"].as_str().unwrap();
        if ialint::rules::by_name(rule).is_none() {
            continue;
        }
        let item = v["item"].as_u64().unwrap() as u32 + 1;
        checked += 1;
        assert!(
            found
                .iter()
                .any(|f| f.rule.name == rule && f.item == Some(item)),
            "defect {} ({rule}) on item {item} was not found",
            v["defect"]
        );
    }
    assert!(checked >= 15, "only {checked} defects checked");
}
