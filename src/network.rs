//! What ialint fetches over the network, built on [`crate::fetch`]: feeds
//! given by URL, the link checks of `--check-urls`, and the media hashes of
//! `--check-media`.

use std::collections::HashMap;
use std::io::{Read, Seek};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::baseline::Baseline;
use crate::feed::FeedReader;
use crate::fetch::{Client, FetchOptions, LinkStatus, Outcome};
use crate::input::{self, Source};
use crate::settings::Settings;

/// How many media fetches run at once.
pub const CONCURRENCY: usize = 8;

/// How many link checks run at once (all on the publisher's own host,
/// usually: few enough not to look like an attack).
pub const LINK_CONCURRENCY: usize = 4;

/// A client with the run's User-Agent and download limit.
pub fn client(s: &Settings) -> Client {
    let mut options = FetchOptions {
        download_limit: Duration::from_secs(s.download_timeout.max(1) as u64),
        ..FetchOptions::default()
    };
    if let Some(ua) = &s.user_agent {
        options.user_agent = ua.clone();
    }
    Client::new(options)
}

/// The effective canonical URLs of a feed's items, each once, in feed order.
pub fn canonicals(reader: Box<dyn Read + Send>, name: Arc<str>) -> Vec<String> {
    let Ok(Source::Feed(r, _)) = input::sniff(reader) else {
        return Vec::new();
    };
    let Ok(b) = Baseline::read(FeedReader::new(r, name)) else {
        return Vec::new();
    };
    let mut seen = std::collections::HashSet::new();
    b.canonicals()
        .filter(|c| seen.insert(c.to_string()))
        .map(str::to_string)
        .collect()
}

/// `--check-urls`: which canonical URLs do not answer 200 to the crawler, and
/// why. URLs the server would not let us check (rate limiting) are said on
/// standard error and not judged.
pub fn unreachable(urls: &[String], s: &Settings) -> HashMap<String, String> {
    let client = client(s);
    let results = crate::parallel::in_parallel(urls, LINK_CONCURRENCY, |u| client.check_url(u));
    let limited = results
        .iter()
        .filter(|r| matches!(r, LinkStatus::RateLimited(_)))
        .count();
    if limited > 0 {
        eprintln!(
            "ialint: {limited} canonical URLs were not checked: the server answered HTTP 429 (too many requests) twice"
        );
    }
    urls.iter()
        .zip(results)
        .filter_map(|(u, r)| match r {
            LinkStatus::Failed(why) => Some((u.clone(), why)),
            _ => None,
        })
        .collect()
}

/// Runs the `--check-urls` pre-pass over a file that can be read again.
pub fn unreachable_in(
    file: &mut std::fs::File,
    name: &Arc<str>,
    s: &Settings,
) -> HashMap<String, String> {
    let Ok(copy) = file.try_clone() else {
        return HashMap::new();
    };
    let urls = canonicals(Box::new(copy), name.clone());
    let _ = file.rewind();
    unreachable(&urls, s)
}

/// A feed fetched from a URL, ready to lint, or what the crawler met instead.
pub enum Fetched {
    Feed {
        file: std::fs::File,
        size: u64,
        elapsed: Duration,
        warning: Option<String>,
    },
    Refused {
        rule: &'static crate::rule::Rule,
        message: String,
        help: String,
    },
}

/// Fetches a feed URL as the crawler would.
pub fn fetch_feed(url: &str, s: &Settings) -> Result<Fetched, crate::fetch::FetchError> {
    Ok(match client(s).fetch_feed(url)? {
        Outcome::Fetched(f) => Fetched::Feed {
            file: f.body,
            size: f.size,
            elapsed: f.elapsed,
            warning: f.warning,
        },
        Outcome::Blocked { message, help } => Fetched::Refused {
            rule: &crate::rules::size_and_fetching::FEED_CRAWLER_BLOCKED,
            message,
            help,
        },
        Outcome::TooSlow {
            elapsed,
            limit,
            received,
        } => Fetched::Refused {
            rule: &crate::rules::size_and_fetching::FEED_FETCH_TOO_SLOW,
            message: format!(
                "the feed did not download within {} s ({received} bytes after {:.1} s): Facebook's crawler gives up after {} s",
                limit.as_secs(),
                elapsed.as_secs_f64(),
                limit.as_secs()
            ),
            help: "make the feed small (only recently created or changed articles) and its server fast".into(),
        },
    })
}

/// The hashes of media files fetched during the run (`--check-media`).
pub struct MediaCache {
    client: Client,
    hashes: Mutex<HashMap<String, Option<(u128, u64)>>>,
}

impl MediaCache {
    pub fn new(s: &Settings) -> Arc<MediaCache> {
        Arc::new(MediaCache {
            client: client(s),
            hashes: Mutex::new(HashMap::new()),
        })
    }

    /// The hash and size of what `url` serves now (fetched once per run).
    pub fn hash(&self, url: &str) -> Option<(u128, u64)> {
        if let Some(h) = self.lock().get(url) {
            return *h;
        }
        let h = self.client.hash_url(url).ok();
        self.lock().insert(url.to_string(), h);
        h
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Option<(u128, u64)>>> {
        self.hashes.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Hashes every URL (at most [`CONCURRENCY`] at once), for recording.
    pub fn hash_all(&self, urls: &[String]) -> Vec<(String, u128, u64)> {
        let results = crate::parallel::in_parallel(urls, CONCURRENCY, |u| self.hash(u));
        urls.iter()
            .zip(results)
            .filter_map(|(u, h)| h.map(|(hash, bytes)| (u.clone(), hash, bytes)))
            .collect()
    }
}
