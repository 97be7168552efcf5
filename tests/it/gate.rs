//! The CI gate: output formats, configuration, suppressions, gate flags and
//! known findings.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::root;

const NOW: &str = "--now=2025-06-01T18:00:00Z";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn ialint_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_ialint"))
        .args(args)
        .current_dir(dir)
        .env_remove("CI")
        .env_remove("NO_COLOR")
        .env_remove("FORCE_COLOR")
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into(),
        stderr: String::from_utf8_lossy(&out.stderr).into(),
    }
}

fn ialint(args: &[&str]) -> Run {
    ialint_in(&root(), args)
}

/// A scratch folder of its own for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const FEED: &str = "fixtures/example.xml";

fn check(format: &str) -> String {
    let r = ialint(&[
        "check",
        NOW,
        "--domain",
        "example.com",
        "--isolated",
        "--format",
        format,
        FEED,
    ]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    r.stdout
}

#[test]
fn concise_github_gitlab_junit_snapshots() {
    insta::assert_snapshot!("concise", check("concise"));
    insta::assert_snapshot!("github", check("github"));
    insta::assert_snapshot!("gitlab", check("gitlab"));
    insta::assert_snapshot!("junit", check("junit"));
}

#[test]
fn gitlab_fingerprints_are_unique_and_stable() {
    let a: serde_json::Value = serde_json::from_str(&check("gitlab")).unwrap();
    let b: serde_json::Value = serde_json::from_str(&check("gitlab")).unwrap();
    assert_eq!(a, b);
    let fps: Vec<&str> = a
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["fingerprint"].as_str().unwrap())
        .collect();
    let mut unique = fps.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), fps.len());
}

#[test]
fn junit_has_one_case_per_item() {
    let xml = check("junit");
    assert_eq!(xml.matches("<testcase name=\"item ").count(), 8, "{xml}");
    assert_eq!(
        xml.matches("<testcase name=\"feed\"").count(),
        1,
        "the feed-level finding: {xml}"
    );
    assert!(xml.contains("<failure type=\"op-modified-before-published\""));
    assert!(xml.trim_end().ends_with("</testsuites>"));
}

#[test]
fn sarif_is_valid_against_the_schema() {
    let mut schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/data/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    // This revision of the schema carries an unbalanced regex for the
    // `language` properties (fixed in the final standard); ialint never writes them.
    fn drop_bad_patterns(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                if map
                    .get("pattern")
                    .and_then(|p| p.as_str())
                    .is_some_and(|p| p.ends_with("]?$") && p.contains("{2}|"))
                {
                    map.remove("pattern");
                }
                map.values_mut().for_each(drop_bad_patterns);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(drop_bad_patterns),
            _ => {}
        }
    }
    drop_bad_patterns(&mut schema);
    let validator = jsonschema::validator_for(&schema).unwrap();
    let sarif: serde_json::Value = serde_json::from_str(&check("sarif")).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let run = &sarif["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(
        run["tool"]["driver"]["rules"].as_array().unwrap().len(),
        ialint::rules::ALL.len()
    );
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    let first = &results[0];
    let index = first["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(run["tool"]["driver"]["rules"][index]["id"], first["ruleId"]);
}

#[test]
fn several_formats_in_one_run() {
    let dir = scratch("several-formats");
    let json = dir.join("out.json");
    let sarif = dir.join("out.sarif");
    let feed = root().join(FEED);
    let r = ialint_in(
        &dir,
        &[
            "check",
            NOW,
            "--domain",
            "example.com",
            "--format",
            "json",
            "-o",
            json.to_str().unwrap(),
            "--format",
            "sarif",
            "-o",
            sarif.to_str().unwrap(),
            "--format",
            "concise",
            feed.to_str().unwrap(),
        ],
    );
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("error[op-modified-before-published]"));
    let j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap();
    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sarif).unwrap()).unwrap();
    assert_eq!(
        j["diagnostics"].as_array().unwrap().len(),
        s["runs"][0]["results"].as_array().unwrap().len()
    );
    let two_to_stdout = ialint(&["check", "--format", "json", "--format", "concise", FEED]);
    assert_eq!(two_to_stdout.code, 2);
}

#[test]
fn config_is_found_upward_and_flags_override_it() {
    let dir = scratch("config-discovery");
    let sub = dir.join("a/b");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(dir.join("ialint.toml"), "domains = [\"example.com\"]\nfail-on = \"warning\"\nignore = [\"item-author-malformed\"]\n").unwrap();
    let feed = root().join("fixtures/rules/figure-inside-paragraph.xml");
    let feed = feed.to_str().unwrap();
    // Discovered from a subfolder: the warnings now fail the run.
    let r = ialint_in(&sub, &["check", NOW, "--format", "concise", feed]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    // --fail-on on the command line wins over the file.
    let r = ialint_in(
        &sub,
        &[
            "check",
            NOW,
            "--format",
            "concise",
            "--fail-on",
            "error",
            feed,
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // --isolated ignores the file.
    let r = ialint_in(
        &sub,
        &[
            "check",
            NOW,
            "--isolated",
            "--domain",
            "example.com",
            "--format",
            "concise",
            feed,
        ],
    );
    assert_eq!(r.code, 0);
    // --show-config prints what was resolved.
    let r = ialint_in(&sub, &["check", "--show-config"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("fail-on = \"warning\"")
            && r.stdout.contains("\"item-author-malformed\""),
        "{}",
        r.stdout
    );
    // --config names a file explicitly.
    let other = dir.join("other.toml");
    std::fs::write(&other, "fail-on = \"never\"\n").unwrap();
    let r = ialint_in(
        &sub,
        &[
            "check",
            NOW,
            "--config",
            other.to_str().unwrap(),
            "--domain",
            "example.com",
            "fixtures/none.xml",
        ],
    );
    assert_eq!(r.code, 2, "a missing input is still exit 2");
}

#[test]
fn config_errors_point_at_the_line_and_exit_2() {
    let dir = scratch("config-errors");
    std::fs::write(
        dir.join("ialint.toml"),
        "domains = [\"example.com\"]\n\n[severity]\n\"no-such-rule\" = \"error\"\n",
    )
    .unwrap();
    let r = ialint_in(
        &dir,
        &[
            "check",
            NOW,
            "--color",
            "never",
            root().join(FEED).to_str().unwrap(),
        ],
    );
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr.contains("unknown rule `no-such-rule`") && r.stderr.contains("ialint.toml"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(":4:"),
        "the line of the bad key: {}",
        r.stderr
    );
}

#[test]
fn severity_overrides_and_select() {
    let dir = scratch("severity");
    std::fs::write(
        dir.join("ialint.toml"),
        "domains = [\"example.com\"]\n[severity]\n\"image-without-figure\" = \"error\"\n\"op-modified-before-published\" = \"off\"\n",
    )
    .unwrap();
    let feed = root().join(FEED);
    let r = ialint_in(
        &dir,
        &["check", NOW, "--format", "concise", feed.to_str().unwrap()],
    );
    assert!(
        r.stdout.contains("error[image-without-figure]"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("op-modified-before-published"));
    let r = ialint_in(
        &dir,
        &[
            "check",
            NOW,
            "--format",
            "concise",
            "--select",
            "figures",
            feed.to_str().unwrap(),
        ],
    );
    let figures: Vec<&str> = ialint::rules::ALL
        .iter()
        .filter(|r| r.category == ialint::rule::Category::Figures)
        .map(|r| r.name)
        .collect();
    let rules: Vec<&str> = r
        .stdout
        .lines()
        .filter_map(|l| l.split('[').nth(1)?.split(']').next())
        .collect();
    assert!(
        !rules.is_empty() && rules.iter().all(|r| figures.contains(r)),
        "{}",
        r.stdout
    );
}

fn suppression_feed(dir: &Path, comment: &str) -> PathBuf {
    let t = std::fs::read_to_string(root().join("fixtures/template.xml")).unwrap();
    let body = format!(
        "{comment}\n<p>Text <figure><img src=\"https://cdn.example.com/a.jpg\"></figure></p>\n<p>More text.</p>\n"
    );
    let t = t.replace("<p>The first paragraph of the body text.</p>\n", &body);
    let path = dir.join("feed.xml");
    std::fs::write(&path, t).unwrap();
    path
}

#[test]
fn inline_and_configured_suppressions() {
    let dir = scratch("suppressions");
    let run = |dir: &Path, feed: &Path, extra: &[&str]| {
        let mut args = vec![
            "check",
            NOW,
            "--domain",
            "example.com",
            "--format",
            "concise",
        ];
        args.extend_from_slice(extra);
        args.push(feed.to_str().unwrap());
        ialint_in(dir, &args)
    };
    let fires = |r: &Run| r.stdout.contains("figure-inside-paragraph");
    let feed = suppression_feed(&dir, "");
    assert!(fires(&run(&dir, &feed, &[])));
    let feed = suppression_feed(
        &dir,
        "<!-- ialint-disable figure-inside-paragraph -- legacy template -->",
    );
    assert!(!fires(&run(&dir, &feed, &[])));
    let feed = suppression_feed(
        &dir,
        "<!-- ialint-disable-next-line figures -- a category works too -->",
    );
    assert!(!fires(&run(&dir, &feed, &[])));
    // An unused one, or an unknown name, is reported when asked.
    let feed = suppression_feed(
        &dir,
        "<!-- ialint-disable-next-line empty-element, no-such-rule -- wrong line -->",
    );
    let r = run(&dir, &feed, &["--report-unused-suppressions"]);
    assert!(
        fires(&r)
            && r.stdout.contains("warning[unused-suppression]")
            && r.stdout.contains("no-such-rule"),
        "{}",
        r.stdout
    );
    // [[ignore-items]] by canonical glob and by guid, and an unused entry.
    let feed = suppression_feed(&dir, "");
    std::fs::write(
        dir.join("ialint.toml"),
        "[[ignore-items]]\ncanonical = \"https://example.com/news/*\"\nrules = [\"figure-inside-paragraph\"]\nreason = \"legacy\"\n\n[[ignore-items]]\nguid = \"no-such-guid\"\nreason = \"gone\"\n",
    )
    .unwrap();
    let r = run(&dir, &feed, &["--report-unused-suppressions"]);
    assert!(!fires(&r), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("ialint.toml:6:1: warning[unused-suppression]"),
        "{}",
        r.stdout
    );
    std::fs::write(
        dir.join("ialint.toml"),
        "[[ignore-items]]\nguid = \"https://example.com/news/clean-1/\"\nreason = \"all rules\"\n",
    )
    .unwrap();
    assert!(!fires(&run(&dir, &feed, &[])));
    std::fs::write(dir.join("ialint.toml"), "[[ignore-items]]\nguid = \"x\"\n").unwrap();
    assert_eq!(run(&dir, &feed, &[]).code, 2, "a reason is required");
}

#[test]
fn gate_flags() {
    let feed = "fixtures/rules/figure-inside-paragraph.xml";
    let base = [
        "check",
        NOW,
        "--isolated",
        "--domain",
        "example.com",
        "--format",
        "concise",
    ];
    let with = |extra: &[&str]| {
        let mut a = base.to_vec();
        a.extend_from_slice(extra);
        a.push(feed);
        ialint(&a)
    };
    assert_eq!(with(&[]).code, 0);
    assert_eq!(with(&["--max-warnings", "2"]).code, 1);
    assert_eq!(with(&["--max-warnings", "100"]).code, 0);
    assert_eq!(with(&["--fail-on", "info"]).code, 1);
    assert_eq!(with(&["--fail-on", "info", "--exit-zero"]).code, 0);
    let quiet = with(&["--quiet"]);
    assert!(!quiet.stdout.contains("warning["), "{}", quiet.stdout);
    let stats = with(&["--statistics"]);
    assert!(
        stats
            .stdout
            .lines()
            .any(|l| l.trim_start().starts_with("5  figure-inside-paragraph")),
        "{}",
        stats.stdout
    );
    let r = ialint(&["check", NOW, "--isolated", "--color", "always", feed]);
    assert!(r.stdout.contains('\u{1b}'), "colours when asked");
    let r = ialint(&["check", NOW, "--isolated", feed]);
    assert!(!r.stdout.contains('\u{1b}'), "no colours off a terminal");
}

#[test]
fn known_findings() {
    let dir = scratch("known");
    let known = dir.join("known.json");
    let known = known.to_str().unwrap();
    let feed = root().join(FEED);
    let feed = feed.to_str().unwrap();
    let run = |flag: &str, path: &str| {
        ialint_in(
            &dir,
            &[
                "check",
                NOW,
                "--isolated",
                "--domain",
                "example.com",
                "--format",
                "concise",
                flag,
                known,
                path,
            ],
        )
    };
    let r = run("--write-known", feed);
    assert_eq!(r.code, 1);
    let text = std::fs::read_to_string(known).unwrap();
    assert!(
        !text.contains("\"line\""),
        "fingerprints hold no line numbers"
    );
    let r = run("--known", feed);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout.contains("0 errors, 0 warnings, 0 infos"),
        "{}",
        r.stdout
    );
    // A shifted feed keeps its fingerprints; a fixed defect is listed as gone.
    let shifted = std::fs::read_to_string(feed)
        .unwrap()
        .replacen("<channel>", "<channel>\n\n\n", 1)
        .replacen(
            "datetime=\"2025-05-30T18:31:03Z\"",
            "datetime=\"2025-06-01T17:50:00Z\"",
            1,
        );
    let shifted_path = dir.join("shifted.xml");
    std::fs::write(&shifted_path, shifted).unwrap();
    let r = run("--known", shifted_path.to_str().unwrap());
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stderr.contains("1 known findings no longer occur"),
        "{}",
        r.stderr
    );
}
