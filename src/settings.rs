//! The resolved settings of one run: what the rules may read.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::diagnostic::Severity;

use crate::baseline::History;
use crate::datetime::Instant;

/// The lowest severity that makes the run fail (`fail-on`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    pub fn parse(s: &str) -> Option<FailOn> {
        Some(match s {
            "error" => FailOn::Error,
            "warning" => FailOn::Warning,
            "info" => FailOn::Info,
            "never" => FailOn::Never,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FailOn::Error => "error",
            FailOn::Warning => "warning",
            FailOn::Info => "info",
            FailOn::Never => "never",
        }
    }

    /// Whether a finding of this severity fails the run.
    pub fn fails(self, s: Severity) -> bool {
        match self {
            FailOn::Error => s >= Severity::Error,
            FailOn::Warning => s >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }
}

/// A `[[ignore-items]]` entry of the configuration.
#[derive(Debug)]
pub struct IgnoreItem {
    /// A canonical URL (with `*` and `?` wildcards) or a guid.
    pub pattern: String,
    pub by_guid: bool,
    /// The rules it silences; empty for all.
    pub rules: Vec<&'static str>,
    pub reason: String,
    /// The entry's line in the configuration file.
    pub line: u64,
    /// How many findings it silenced.
    pub used: AtomicUsize,
}

impl Clone for IgnoreItem {
    fn clone(&self) -> Self {
        IgnoreItem {
            pattern: self.pattern.clone(),
            by_guid: self.by_guid,
            rules: self.rules.clone(),
            reason: self.reason.clone(),
            line: self.line,
            used: AtomicUsize::new(self.used.load(Ordering::Relaxed)),
        }
    }
}

impl IgnoreItem {
    /// Whether the entry covers an item with this canonical URL and guid.
    pub fn matches(&self, canonical: Option<&str>, guid: Option<&str>) -> bool {
        let value = if self.by_guid { guid } else { canonical };
        value.is_some_and(|v| glob_match(&self.pattern, v))
    }
}

/// Matches `*` (any run) and `?` (one character) wildcards.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

/// Settings that rules read (claimed domains, the current time, options).
#[derive(Clone, Debug)]
pub struct Settings {
    /// Claimed domains, normalised (IDNA, lower case, no leading `*.`).
    pub domains: Vec<String>,
    /// The current time for time-based rules.
    pub now: Instant,
    /// The previously ingested articles (`--baseline`, `--state`), if given.
    pub history: Option<Arc<History>>,
    /// `timestamp-in-future.tolerance`, in seconds.
    pub future_tolerance: i64,
    /// `too-many-line-breaks.max`.
    pub max_line_breaks: usize,
    /// `limits.max-item-bytes`: larger articles are skipped with a finding.
    pub max_item_bytes: usize,
    /// `limits.max-nesting`: deeper articles are skipped with a finding.
    pub max_nesting: usize,
    /// `limits.max-tracked-items`: how many items duplicate checks remember.
    pub max_tracked_items: usize,
    /// `feed-too-many-items.max-items`.
    pub max_items: usize,
    /// `feed-too-few-items-for-review` runs (`--review`).
    pub review: bool,
    /// `feed-too-few-items-for-review.min-items`.
    pub min_review_items: usize,
    /// `article-style-unknown.styles`: the Page's styles; empty means not checked.
    pub article_styles: Vec<String>,
    /// `empty-element.allow-spacer-paragraphs`.
    pub allow_spacer_paragraphs: bool,
    /// `embed-height-over-960.max`.
    pub max_embed_height: u64,
    /// `ad-aspect-ratio-invalid.max-ratio`.
    pub max_ad_ratio: f64,
    /// `slideshow-item-caption.allow-item-captions`.
    pub allow_slideshow_item_captions: bool,
    /// `feed-too-many-items.max-age`: items older than this (seconds) before
    /// the feed's build time are counted in the info part.
    pub max_item_age: i64,
    /// `tracking-pixel-as-image.hosts`: hosts that serve only tracking pixels.
    pub pixel_hosts: Vec<String>,
    /// How many items are linted at once.
    pub threads: usize,
    /// The lowest severity that fails the run.
    pub fail_on: FailOn,
    /// Per-rule severity overrides.
    pub severity_overrides: Vec<(&'static str, Severity)>,
    /// `[[ignore-items]]` suppressions.
    pub ignore_items: Vec<IgnoreItem>,
    /// Report suppressions that matched nothing.
    pub report_unused_suppressions: bool,
    /// Names of the rules that are off.
    pub disabled: Vec<&'static str>,
    /// `--record`: hand on what the state store records of each item.
    pub record: bool,
    /// Gather each article's media URLs (with a state store).
    pub collect_media: bool,
    /// `feed-fetch-too-slow.max-bytes`: the static size threshold.
    pub max_feed_bytes: u64,
    /// `feed-fetch-too-slow.download-timeout`, in seconds (the crawler's 30 s).
    pub download_timeout: i64,
    /// `feed-fetch-too-slow.load-timeout`, in seconds: download plus parse (10 s).
    pub load_timeout: i64,
    /// `--check-urls`: canonical URL -> why the crawler cannot fetch it.
    pub unreachable: Option<Arc<std::collections::HashMap<String, String>>>,
    /// `--user-agent`: the User-Agent of fetches (default: the crawler's).
    pub user_agent: Option<String>,
    /// `--check-media`: fetches a media URL and hashes its bytes.
    pub media_hasher: Option<MediaHasher>,
}

/// Fetches a media URL and returns the hash and size of its bytes (`None`
/// when it cannot be fetched); results are cached for the run.
#[derive(Clone)]
pub struct MediaHasher(pub Arc<HashMedia>);

/// A media URL -> the hash and size of its bytes.
pub type HashMedia = dyn Fn(&str) -> Option<(u128, u64)> + Send + Sync;

impl std::fmt::Debug for MediaHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MediaHasher")
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            domains: Vec::new(),
            now: Instant::now(),
            history: None,
            future_tolerance: 300,
            max_line_breaks: 5,
            max_item_bytes: 8 * 1024 * 1024,
            max_nesting: 2048,
            max_tracked_items: 5_000,
            threads: 1,
            fail_on: FailOn::Error,
            severity_overrides: Vec::new(),
            ignore_items: Vec::new(),
            report_unused_suppressions: false,
            max_items: 100,
            review: false,
            min_review_items: 10,
            article_styles: Vec::new(),
            allow_spacer_paragraphs: true,
            max_embed_height: 960,
            max_ad_ratio: 1.5,
            allow_slideshow_item_captions: false,
            max_item_age: 3600,
            pixel_hosts: [
                "pixel.wp.com",
                "google-analytics.com",
                "scorecardresearch.com",
                "quantserve.com",
                "bat.bing.com",
                "chartbeat.net",
            ]
            .map(String::from)
            .to_vec(),
            disabled: Vec::new(),
            record: false,
            collect_media: false,
            max_feed_bytes: 5_000_000,
            download_timeout: 30,
            load_timeout: 10,
            unreachable: None,
            user_agent: None,
            media_hasher: None,
        }
    }
}

impl Settings {
    pub fn enabled(&self, name: &str) -> bool {
        !self.disabled.contains(&name)
    }

    /// The severity a finding is reported with, after overrides.
    pub fn severity_of(&self, rule: &str, case: Severity) -> Severity {
        self.severity_overrides
            .iter()
            .find(|(r, _)| *r == rule)
            .map_or(case, |(_, s)| *s)
    }
}
