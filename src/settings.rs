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
        }
    }
}

impl Settings {
    pub fn enabled(&self, name: &str) -> bool {
        !self.disabled.contains(&name)
    }
}
