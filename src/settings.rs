//! The resolved settings of one run: what the rules may read.

use std::sync::Arc;

use crate::baseline::Baseline;
use crate::datetime::Instant;

/// Settings that rules read (claimed domains, the current time, options).
#[derive(Clone, Debug)]
pub struct Settings {
    /// Claimed domains, normalised (IDNA, lower case, no leading `*.`).
    pub domains: Vec<String>,
    /// The current time for time-based rules.
    pub now: Instant,
    /// The previously ingested feed, if given.
    pub baseline: Option<Arc<Baseline>>,
    /// `timestamp-in-future.tolerance`, in seconds.
    pub future_tolerance: i64,
    /// `too-many-line-breaks.max`.
    pub max_line_breaks: usize,
    /// `limits.max-item-bytes`: larger articles are skipped with a finding.
    pub max_item_bytes: usize,
    /// How many items are linted at once.
    pub threads: usize,
    /// Names of the rules that are off.
    pub disabled: Vec<&'static str>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            domains: Vec::new(),
            now: Instant::now(),
            baseline: None,
            future_tolerance: 300,
            max_line_breaks: 5,
            max_item_bytes: 8 * 1024 * 1024,
            threads: 1,
            disabled: Vec::new(),
        }
    }
}

impl Settings {
    pub fn enabled(&self, name: &str) -> bool {
        !self.disabled.contains(&name)
    }
}
