//! The command line: exit codes and the JSON shape of CONTRACT.md.

use std::process::Command;

use crate::util::root;

fn ialint(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ialint"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

const NOW: &str = "--now=2025-06-01T18:00:00Z";

#[test]
fn exit_codes() {
    assert_eq!(
        ialint(&[
            "check",
            NOW,
            "--domain",
            "example.com",
            "fixtures/template.xml"
        ])
        .0,
        0
    );
    assert_eq!(
        ialint(&[
            "check",
            NOW,
            "--domain",
            "example.com",
            "fixtures/rules/figure-inside-paragraph.xml"
        ])
        .0,
        0
    );
    assert_eq!(
        ialint(&[
            "check",
            NOW,
            "--domain",
            "example.com",
            "fixtures/rules/header-missing.xml"
        ])
        .0,
        1
    );
    let (code, stdout, stderr) = ialint(&["check", "fixtures/does-not-exist.xml"]);
    assert_eq!(code, 2);
    assert!(
        stdout.is_empty() && stderr.contains("no such file"),
        "{stderr}"
    );
    assert_eq!(ialint(&["check", "fixtures"]).0, 2);
    assert_eq!(
        ialint(&[
            "check",
            "--domain",
            "https://example.com/",
            "fixtures/template.xml"
        ])
        .0,
        2
    );
    assert_eq!(ialint(&["rule", "no-such-rule"]).0, 2);
    assert_eq!(
        ialint(&["check", "--now", "yesterday", "fixtures/template.xml"]).0,
        2
    );
}

#[test]
fn json_shape() {
    let (code, stdout, _) = ialint(&[
        "check",
        NOW,
        "--domain",
        "example.com",
        "--format",
        "json",
        "fixtures/rules/header-missing.xml",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["version"], 1);
    let d = v["diagnostics"].as_array().unwrap();
    assert!(!d.is_empty());
    for key in [
        "rule",
        "severity",
        "message",
        "help",
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "item",
        "canonical",
        "url",
    ] {
        assert!(d[0].get(key).is_some(), "missing {key}");
    }
    assert_eq!(d[0]["file"], "fixtures/rules/header-missing.xml");
    let s = &v["summary"];
    assert_eq!(s["files"], 1);
    assert!(s["items"].as_u64().unwrap() > 0);
    assert_eq!(
        s["errors"].as_u64().unwrap() as usize,
        d.iter().filter(|x| x["severity"] == "error").count()
    );
    let mut keys: Vec<(u64, u64)> = d
        .iter()
        .map(|x| (x["line"].as_u64().unwrap(), x["column"].as_u64().unwrap()))
        .collect();
    let sorted = {
        let mut k = keys.clone();
        k.sort();
        k
    };
    assert_eq!(keys, sorted, "diagnostics are sorted");
    keys.clear();
}

#[test]
fn human_output_has_snippet_and_summary() {
    let (_, stdout, _) = ialint(&[
        "check",
        NOW,
        "--domain",
        "example.com",
        "--color",
        "never",
        "fixtures/rules/figure-inside-paragraph.xml",
    ]);
    assert!(stdout.contains("figure-inside-paragraph"), "{stdout}");
    assert!(stdout.contains("<figure>"), "{stdout}");
    assert!(
        stdout.trim_end().ends_with("infos") || stdout.trim_end().ends_with("info"),
        "{stdout}"
    );
    assert!(!stdout.contains('\u{1b}'), "no colour when not asked");
}

#[test]
fn rules_and_rule_docs() {
    let (code, stdout, _) = ialint(&["rules", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), ialint::rules::ALL.len());
    let (code, stdout, _) = ialint(&["rule", "figure-inside-paragraph"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("## Why it matters"));
}
