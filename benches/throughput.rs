//! Throughput of ialint on feeds, in MB/s of feed bytes (1 MB = 10^6 bytes):
//!
//! - (a) extracting the articles with the streaming feed reader only;
//! - (b) parsing every article with html5ever only (`scraper::Html::parse_document`),
//!   on 1 thread and on all cores (the ceiling of (c)'s speed-up on this machine);
//! - (p) ialint's own parse of every article (positions and the rules' index)
//!   without the rules, which tells the parse's cost from the rules';
//! - (c) the full lint with every rule, on 1 thread and on all cores;
//! - rendering findings in the human format.
//!
//! Usage: `cargo bench --bench throughput -- FEED...` (feeds written by
//! `shared/bench/gen_feed.py --defects 0.1 --escaped 0.1 --rtl 0.1`). Every
//! figure of one feed is measured in the same run, in `IALINT_BENCH_RUNS`
//! rounds (default 3) that each run every stage once, best of the rounds, so
//! that the ratios compare like with like.

use std::fs::File;
use std::io::BufReader;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ialint::feed::{FeedReader, Piece};
use ialint::lint::{Output, lint_feed};
use ialint::settings::Settings;

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let start = Instant::now();
        let v = f();
        best = best.min(start.elapsed());
        out = Some(v);
    }
    (best, out.expect("at least one run"))
}

fn reader(path: &str) -> FeedReader {
    let file = File::open(path).expect("the feed can be opened");
    FeedReader::new(Box::new(BufReader::new(file)), Arc::from(path))
}

#[inline(never)]
fn extract(path: &str) -> (u64, usize) {
    let mut r = reader(path);
    let (mut items, mut bytes) = (0u64, 0usize);
    while let Some(p) = r.next_piece().expect("readable") {
        if let Piece::Item(item) = p {
            items += 1;
            bytes += item.content.as_ref().map_or(0, |c| c.html.len());
        }
    }
    (items, bytes)
}

#[inline(never)]
fn parse_only(path: &str) -> usize {
    let mut r = reader(path);
    let mut nodes = 0;
    while let Some(p) = r.next_piece().expect("readable") {
        if let Piece::Item(item) = p
            && let Some(c) = &item.content
        {
            let doc = scraper::Html::parse_document(&c.html);
            nodes += doc.tree.nodes().count();
        }
    }
    nodes
}

/// ialint's own parse of every article (html5ever with ialint's tree and
/// positions, and the index the rules share), without the rules.
#[inline(never)]
fn parse_ialint(path: &str) -> usize {
    let mut r = reader(path);
    let mut n = 0;
    while let Some(p) = r.next_piece().expect("readable") {
        if let Piece::Item(item) = p
            && let Some(c) = &item.content
        {
            let a = ialint::article::Article::parse(&c.html, &c.map, Some(&item));
            n += a.text_nodes().len();
        }
    }
    n
}

/// (b) on `threads` threads that take turns reading a few items each: what
/// the machine's cores give to work that shares nothing, the ceiling of the
/// full lint's speed-up.
#[inline(never)]
fn parse_only_parallel(path: &str, threads: usize) -> usize {
    let reader = std::sync::Mutex::new(reader(path));
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut nodes = 0;
                    loop {
                        let mut batch = Vec::new();
                        {
                            let mut r = reader.lock().expect("not poisoned");
                            while batch.len() < 4 {
                                match r.next_piece().expect("readable") {
                                    Some(Piece::Item(item)) => batch.push(item),
                                    Some(_) => {}
                                    None => break,
                                }
                            }
                        }
                        if batch.is_empty() {
                            return nodes;
                        }
                        for item in batch {
                            if let Some(c) = &item.content {
                                let doc = scraper::Html::parse_document(&c.html);
                                nodes += doc.tree.nodes().count();
                            }
                        }
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("no panic"))
            .sum()
    })
}

#[inline(never)]
fn lint(path: &str, threads: usize) -> Vec<ialint::diagnostic::Finding> {
    let mut settings = Settings {
        domains: vec!["example.com".into()],
        threads,
        ..Settings::default()
    };
    settings.now =
        ialint::datetime::Instant::parse_rfc3339("2025-06-01T18:00:00Z").expect("valid time");
    let mut found = Vec::new();
    let mut emit = |o: Output| {
        if let Output::Finding(f) = o {
            found.push(*f);
        }
        Ok(())
    };
    lint_feed(reader(path), &Arc::from(path), &settings, &mut emit).expect("lints");
    found
}

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let feeds: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if feeds.is_empty() {
        eprintln!("usage: cargo bench --bench throughput -- FEED...");
        return;
    }
    let runs: usize = std::env::var("IALINT_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // For profiling one stage alone: `IALINT_BENCH_ONLY=a|b|bn|p|c1|cn`.
    if let Ok(only) = std::env::var("IALINT_BENCH_ONLY") {
        for path in &feeds {
            for _ in 0..runs {
                match only.as_str() {
                    "a" => drop(extract(path)),
                    "b" => drop(parse_only(path)),
                    "bn" => drop(parse_only_parallel(path, cores)),
                    "p" => drop(parse_ialint(path)),
                    "c1" => drop(lint(path, 1)),
                    "cn" => drop(lint(path, cores)),
                    other => panic!("IALINT_BENCH_ONLY={other}: expected a, b, bn, p, c1 or cn"),
                }
            }
        }
        return;
    }
    for path in &feeds {
        let size = std::fs::metadata(path).expect("the feed exists").len() as f64 / 1e6;
        let mbps = |d: Duration| size / d.as_secs_f64();
        // Rounds of every stage in turn (in reverse order every other round).
        // Throughputs are the best of the rounds; ratios are taken within
        // each round, between stages run seconds apart, and the median of
        // the rounds is reported: the machine's speed drifts between minutes.
        const STAGES: usize = 6;
        let mut times: Vec<[Duration; STAGES]> = Vec::new();
        let (mut items, mut article_bytes) = (0, 0);
        let (mut found, mut found_n) = (Vec::new(), Vec::new());
        for round in 0..runs {
            let mut t = [Duration::MAX; STAGES];
            for k in 0..STAGES {
                let stage = if round % 2 == 0 { k } else { STAGES - 1 - k };
                t[stage] = match stage {
                    0 => {
                        let (d, counts) = best(1, || extract(path));
                        (items, article_bytes) = counts;
                        d
                    }
                    1 => best(1, || parse_only(path)).0,
                    2 => best(1, || parse_only_parallel(path, cores)).0,
                    3 => best(1, || parse_ialint(path)).0,
                    4 => {
                        let (d, f) = best(1, || lint(path, 1));
                        found = f;
                        d
                    }
                    _ => {
                        let (d, f) = best(1, || lint(path, cores));
                        found_n = f;
                        d
                    }
                };
            }
            times.push(t);
        }
        let bests: Vec<Duration> = (0..STAGES)
            .map(|k| times.iter().map(|t| t[k]).min().unwrap_or(Duration::MAX))
            .collect();
        let [ta, tb, tbn, tp, tc1, tcn] = [0, 1, 2, 3, 4, 5].map(|k| bests[k]);
        // The median, lowest and highest over the rounds of `of / to`.
        let ratio = |of: usize, to: usize| {
            let mut r: Vec<f64> = times
                .iter()
                .map(|t| t[of].as_secs_f64() / t[to].as_secs_f64())
                .collect();
            r.sort_by(f64::total_cmp);
            let median = if r.len() % 2 == 1 {
                r[r.len() / 2]
            } else {
                (r[r.len() / 2 - 1] + r[r.len() / 2]) / 2.0
            };
            format!("{median:.2} (rounds {:.2}-{:.2})", r[0], r[r.len() - 1])
        };
        assert_eq!(
            found.len(),
            found_n.len(),
            "the same findings on every thread count"
        );
        let (tr, rendered) = best(runs, || {
            found
                .iter()
                .map(|f| ialint::render::human(f, false).len())
                .sum::<usize>()
        });
        println!(
            "{path}: {size:.1} MB, {items} items, {:.1} MB of articles, {} findings",
            article_bytes as f64 / 1e6,
            found.len()
        );
        println!("  (a) extract only          {:>8.1} MB/s", mbps(ta));
        println!("  (b) html5ever parse only  {:>8.1} MB/s", mbps(tb));
        println!(
            "  (b) parse only, {cores} threads {:>8.1} MB/s   speed-up {} (this machine's ceiling)",
            mbps(tbn),
            ratio(1, 2)
        );
        println!(
            "  (p) ialint parse, no rules{:>8.1} MB/s   (p)/(b) = {}",
            mbps(tp),
            ratio(1, 3)
        );
        println!(
            "  (c) full lint, 1 thread   {:>8.1} MB/s   (c)/(b) = {}",
            mbps(tc1),
            ratio(1, 4)
        );
        println!(
            "  (c) full lint, {cores} threads  {:>8.1} MB/s   speed-up {}",
            mbps(tcn),
            ratio(4, 5)
        );
        println!(
            "  human rendering           {:>8.3} s for {} findings ({rendered} bytes)",
            tr.as_secs_f64(),
            found.len()
        );
    }
    println!("peak RSS of the bench process: {} KB", peak_rss_kb());
}
