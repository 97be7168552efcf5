//! The state store (`--state`, `--record`, `ialint state`): what was ingested
//! is remembered across runs, concurrent recordings lose nothing, a killed
//! recording leaves the store as it was, newer schemas are refused.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::net::{found, ialint};
use crate::util::root;

const NOW: &str = "--now=2025-06-01T18:00:00Z";

/// The arguments every `check` run here starts with.
const CHECK: [&str; 7] = [
    "check",
    "--isolated",
    NOW,
    "--domain",
    "example.com",
    "--format",
    "json",
];

/// One `check --format json` run: exit code, the report, standard error.
fn run(extra: &[&str], input: &str) -> (i32, serde_json::Value, String) {
    let mut args = CHECK.to_vec();
    args.extend_from_slice(extra);
    args.push(input);
    let (code, out, err) = ialint(&args);
    assert!(code != 2, "{args:?}: {err}");
    (code, serde_json::from_str(&out).unwrap(), err)
}

fn check(extra: &[&str], input: &str) -> (i32, Vec<(String, u64)>, String) {
    let (code, v, err) = run(extra, input);
    (code, found(&v.to_string()), err)
}

fn record(db: &str, input: &str) -> String {
    let (_, _, err) = check(&["--state", db, "--record"], input);
    err
}

fn show(db: &str) -> serde_json::Value {
    let (code, out, err) = ialint(&["state", "show", "--state", db, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn canonicals(db: &str) -> Vec<String> {
    show(db)["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["canonical"].as_str().unwrap().to_string())
        .collect()
}

fn db(dir: &Path) -> String {
    dir.join("ia-state.db").display().to_string()
}

const UPDATE_FIXTURES: [&str; 3] = [
    "update-op-modified-not-later",
    "update-outside-24h-window",
    "update-canonical-changed",
];

#[test]
fn a_recorded_store_judges_updates_as_the_baseline_feed_does() {
    for rule in UPDATE_FIXTURES {
        let dir = tempfile::tempdir().unwrap();
        let db = db(dir.path());
        let baseline = format!("fixtures/rules/{rule}.baseline.xml");
        let feed = format!("fixtures/rules/{rule}.xml");
        // The fixture baselines carry defects of their own: record every item.
        let (_, _, err) = check(
            &["--state", &db, "--record", "--select", "item-missing-title"],
            &baseline,
        );
        assert!(err.contains("recorded"), "{err}");
        let (_, by_baseline, _) = check(&["--baseline", &baseline], &feed);
        let (_, by_state, _) = check(&["--state", &db], &feed);
        let (_, by_both, _) = check(&["--state", &db, "--baseline", &baseline], &feed);
        assert!(
            by_baseline.iter().any(|(r, _)| r == rule),
            "{rule}: the fixture fires with its baseline"
        );
        assert_eq!(by_state, by_baseline, "{rule}");
        assert_eq!(by_both, by_baseline, "{rule}: one defect, one finding");
    }
}

#[test]
fn articles_are_remembered_after_they_leave_the_feed() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(dir.path());
    let rule = "update-op-modified-not-later";
    record(&db, &format!("fixtures/rules/{rule}.baseline.xml"));
    let first = canonicals(&db);
    // A later feed without that article, recorded too.
    record(&db, "fixtures/valid/complete.xml");
    let all = canonicals(&db);
    assert!(first.iter().all(|c| all.contains(c)));
    assert!(all.len() > first.len());
    let (code, found, _) = check(&["--state", &db], &format!("fixtures/rules/{rule}.xml"));
    assert_eq!(code, 1);
    assert!(found.iter().any(|(r, _)| r == rule), "{found:?}");
    // Without the store nothing is known.
    let (_, found, _) = check(&[], &format!("fixtures/rules/{rule}.xml"));
    assert!(!found.iter().any(|(r, _)| r == rule));
}

#[test]
fn only_ingestible_items_are_recorded_and_ignored_updates_keep_the_stored_version() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(dir.path());
    // An item with an error finding is not something Facebook ingested.
    let (_, v, _) = run(&[], "fixtures/rules/header-missing.xml");
    let rejected: Vec<String> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .filter_map(|d| d["canonical"].as_str().map(str::to_string))
        .collect();
    assert!(!rejected.is_empty());
    let err = record(&db, "fixtures/rules/header-missing.xml");
    assert!(err.contains("recorded"), "{err}");
    let stored = canonicals(&db);
    assert!(!stored.is_empty(), "the clean items are recorded");
    assert!(stored.iter().all(|c| !rejected.contains(c)), "{stored:?}");
    ialint(&["state", "forget", "--state", &db, &stored[0]]);
    for c in &stored[1..] {
        ialint(&["state", "forget", "--state", &db, c]);
    }
    // An update that Facebook would ignore is not recorded over the stored one.
    let rule = "update-op-modified-not-later";
    record(&db, &format!("fixtures/rules/{rule}.baseline.xml"));
    let before = show(&db);
    let err = record(&db, &format!("fixtures/rules/{rule}.xml"));
    assert!(err.contains("recorded"), "{err}");
    let after = show(&db);
    let hash = |v: &serde_json::Value, c: &str| {
        v["articles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["canonical"] == c)
            .map(|a| a["content_hash"].clone())
    };
    let (_, v, _) = run(&["--state", &db], &format!("fixtures/rules/{rule}.xml"));
    let ignored: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == rule)
        .filter_map(|d| d["canonical"].as_str())
        .collect();
    assert!(!ignored.is_empty());
    for c in ignored {
        assert!(hash(&before, c).is_some());
        assert_eq!(hash(&before, c), hash(&after, c), "{c}");
    }
    // Still reported on the next run: the stored version did not move.
    let (_, found, _) = check(&["--state", &db], &format!("fixtures/rules/{rule}.xml"));
    assert!(found.iter().any(|(r, _)| r == rule));
}

#[test]
fn nothing_is_recorded_from_a_feed_facebook_would_refuse() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(dir.path());
    // Clean items, but the root is not RSS 2.0: the whole fetch fails.
    let template = std::fs::read_to_string(root().join("fixtures/template.xml")).unwrap();
    let feed = dir.path().join("rss091.xml");
    std::fs::write(
        &feed,
        template.replace("<rss version=\"2.0\"", "<rss version=\"0.91\""),
    )
    .unwrap();
    let feed = feed.display().to_string();
    let (code, found, err) = check(&["--state", &db, "--record"], &feed);
    assert_eq!(code, 1);
    assert!(
        found.iter().any(|(r, _)| r == "feed-root-not-rss2"),
        "{found:?}"
    );
    assert!(err.contains("recorded 0 articles"), "{err}");
    // The same items in a sound feed are recorded.
    let err = record(&db, "fixtures/template.xml");
    assert!(err.contains("recorded 1 articles"), "{err}");
}

#[test]
fn a_missing_store_is_not_created_without_record() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(dir.path());
    let (code, found, err) = check(&["--state", &db], "fixtures/template.xml");
    assert_eq!((code, found.len()), (0, 0));
    assert!(err.contains("no such store yet"), "{err}");
    assert!(!Path::new(&db).exists());
    let (code, _, err) = ialint(&["check", "--isolated", "--record", "fixtures/template.xml"]);
    assert_eq!(code, 2);
    assert!(err.contains("--record needs a state store"), "{err}");
}

#[test]
fn show_and_forget_speak_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(dir.path());
    record(&db, "fixtures/valid/complete.xml");
    let all = canonicals(&db);
    assert!(all.len() >= 5);
    let one = &all[2];
    let (code, out, _) = ialint(&[
        "state",
        "show",
        "--state",
        &db,
        "--canonical",
        one,
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let a = &v["articles"][0];
    assert_eq!(v["articles"].as_array().unwrap().len(), 1);
    assert_eq!(a["canonical"], one.as_str());
    for key in [
        "guid",
        "title",
        "op_published",
        "op_modified",
        "content_hash",
        "media",
        "first_seen",
        "last_seen",
    ] {
        assert!(!a[key].is_null(), "{key} missing: {a}");
    }
    assert_eq!(a["first_seen"], "2025-06-01T18:00:00Z");
    let (code, out, _) = ialint(&["state", "forget", "--state", &db, one, "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["forgotten"], true);
    assert!(!canonicals(&db).contains(one));
    assert_eq!(canonicals(&db).len(), all.len() - 1);
    // Forgetting it again: JSON says false; text is an error.
    let (code, out, _) = ialint(&["state", "forget", "--state", &db, one, "--format", "json"]);
    assert_eq!(code, 0);
    assert!(out.contains("\"forgotten\":false"), "{out}");
    let (code, _, err) = ialint(&["state", "forget", "--state", &db, one]);
    assert_eq!(code, 2);
    assert!(err.contains("not in the state store"));
}

#[test]
fn a_store_from_a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(dir.path());
    record(&db, "fixtures/template.xml");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let (code, out, err) = ialint(&[
        "check",
        "--isolated",
        "--state",
        &db,
        "fixtures/template.xml",
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("schema version 99") && err.contains("upgrade ialint"),
        "{err}"
    );
    let (code, _, err) = ialint(&["state", "show", "--state", &db]);
    assert_eq!(code, 2);
    assert!(err.contains("newer"), "{err}");
    // A file that is not a store at all.
    let other = dir.path().join("notes.db");
    std::fs::write(&other, "not a database, just text\n".repeat(100)).unwrap();
    let (code, _, err) = ialint(&[
        "check",
        "--isolated",
        "--state",
        other.to_str().unwrap(),
        "fixtures/template.xml",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("not an ialint state store"), "{err}");
}

/// The generated feed with every URL moved under `/prefix/`: other canonicals.
fn moved_feed(dir: &Path, prefix: &str) -> String {
    let text = std::fs::read_to_string(root().join("fixtures/generated.xml")).unwrap();
    let moved = text.replace(
        "https://example.com/",
        &format!("https://example.com/{prefix}/"),
    );
    let path = dir.join(format!("{prefix}.xml"));
    std::fs::write(&path, moved).unwrap();
    path.display().to_string()
}

fn spawn_record(db: &str, input: &str, pause_ms: u64) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_ialint"))
        .args(CHECK)
        .args(["--state", db, "--record", input])
        .env("IALINT_TEST_RECORD_PAUSE_MS", pause_ms.to_string())
        .env_remove("CI")
        .current_dir(root())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn integrity(db: &str) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn two_processes_recording_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(dir.path());
    let (a, b) = (moved_feed(dir.path(), "a"), moved_feed(dir.path(), "b"));
    // Each recording alone, for the expected result.
    let (da, db_) = (
        dir.path().join("a.db").display().to_string(),
        dir.path().join("b.db").display().to_string(),
    );
    record(&da, &a);
    record(&db_, &b);
    let mut expected: Vec<String> = canonicals(&da);
    expected.extend(canonicals(&db_));
    expected.sort();
    assert!(expected.len() > 60);
    // The second starts while the first holds its recording transaction:
    // it has to wait for it, and both land.
    let mut p1 = spawn_record(&db, &a, 30);
    let mut lines = BufReader::new(p1.stderr.take().unwrap()).lines();
    assert!(
        lines.by_ref().any(|l| l.unwrap().contains("recording")),
        "the first recording never started"
    );
    let p2 = spawn_record(&db, &b, 0);
    let rest: Vec<String> = lines.map(|l| l.unwrap()).collect();
    assert_ne!(p1.wait().unwrap().code(), Some(2), "{rest:?}");
    assert!(rest.iter().any(|l| l.contains("recorded")), "{rest:?}");
    let out = p2.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("recorded"), "{err}");
    let mut got = canonicals(&db);
    got.sort();
    assert_eq!(got, expected);
    assert_eq!(integrity(&db), "ok");
}

#[test]
fn a_recording_killed_midway_leaves_the_store_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(dir.path());
    record(&db, "fixtures/valid/complete.xml");
    let before = show(&db);
    let feed = moved_feed(dir.path(), "killed");
    // 200 ms per article: the recording lasts seconds; kill it inside.
    let mut child = spawn_record(&db, &feed, 200);
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    let mut started = false;
    for line in lines.by_ref() {
        if line.unwrap().contains("recording") {
            started = true;
            break;
        }
    }
    assert!(started, "the recording never started");
    std::thread::sleep(std::time::Duration::from_millis(700));
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(integrity(&db), "ok");
    assert_eq!(
        show(&db),
        before,
        "the store changed although the recording was killed"
    );
    // And the store is usable: the same recording now completes.
    let err = record(&db, &feed);
    assert!(err.contains("recorded"), "{err}");
    assert!(canonicals(&db).len() > before["articles"].as_array().unwrap().len());
}
