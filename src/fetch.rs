//! Fetching over HTTP the way Facebook's crawler did (RULES.md A-09, A-10):
//! its User-Agent, its 30-second download limit, compressed bodies decoded
//! with a cap on the decoded size, a bounded number of redirects.
//!
//! A feed is downloaded completely into an anonymous temporary file before it
//! is read, so that the download time is measured on its own (as the crawler
//! saw it) and memory stays flat whatever the feed's size. What the crawler
//! would have refused (a status other than 200, an authentication wall, an
//! HTML page, too many redirects, a download over the limit) is an
//! [`Outcome`], reported as a finding; what stops the fetch itself (no such
//! host, connection refused, TLS failure) is a [`FetchError`] (exit code 2).

use std::fs::File;
use std::io::{self, Read, Seek, Write};
use std::time::{Duration, Instant};

/// The User-Agent of Facebook's crawler.
pub const CRAWLER_USER_AGENT: &str = "facebookexternalhit/1.1";

/// A browser's User-Agent, to tell "blocked for the crawler" from "down".
const BROWSER_USER_AGENT: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

/// How fetches behave.
#[derive(Clone, Debug)]
pub struct FetchOptions {
    /// Sent as `User-Agent` (default: the crawler's).
    pub user_agent: String,
    /// The whole download of a feed, redirects included (the crawler's 30 s).
    pub download_limit: Duration,
    /// One link check or media fetch.
    pub request_timeout: Duration,
    /// Connecting (DNS, TCP and TLS).
    pub connect_timeout: Duration,
    pub max_redirects: u32,
    /// The largest decoded body accepted (a guard against compression bombs).
    pub max_bytes: u64,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            user_agent: CRAWLER_USER_AGENT.to_string(),
            download_limit: Duration::from_secs(30),
            request_timeout: Duration::from_secs(10),
            connect_timeout: Duration::from_secs(10),
            max_redirects: 10,
            max_bytes: 512 * 1024 * 1024,
        }
    }
}

/// A feed the crawler would have received.
#[derive(Debug)]
pub struct Fetched {
    /// The decoded body, rewound.
    pub body: File,
    /// Decoded bytes.
    pub size: u64,
    /// Bytes on the wire (before decoding).
    pub wire_size: u64,
    /// From the request to the last byte.
    pub elapsed: Duration,
    pub final_url: String,
    pub content_type: Option<String>,
    pub content_encoding: Option<String>,
    /// A note for the user that is not a finding (a wrong content type).
    pub warning: Option<String>,
}

/// Why the crawler would not have received the feed.
#[derive(Debug)]
pub enum Outcome {
    Fetched(Fetched),
    /// `feed-crawler-blocked`: what happened, and how to fix it.
    Blocked {
        message: String,
        help: String,
    },
    /// `feed-fetch-too-slow`: the download did not finish within the limit.
    TooSlow {
        elapsed: Duration,
        limit: Duration,
        received: u64,
    },
}

/// What a link check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkStatus {
    /// HTTP 200 for the crawler.
    Ok,
    /// Why the crawler cannot fetch it.
    Failed(String),
    /// The server refused to answer so many checks (HTTP 429): not judged.
    RateLimited(Duration),
}

/// A fetch that could not be made at all (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{url}: {cause}")]
pub struct FetchError {
    pub url: String,
    pub cause: String,
}

/// An HTTP client with the crawler's behaviour.
pub struct Client {
    agent: ureq::Agent,
    pub options: FetchOptions,
}

/// What one request returned, before the body is read.
struct Head {
    status: u16,
    final_url: String,
    content_type: Option<String>,
    content_encoding: Option<String>,
    authenticate: bool,
    /// `Retry-After`, in seconds, when given as a number.
    retry_after: Option<u64>,
}

enum Failure {
    /// Too many redirects (a loop, usually).
    Redirects,
    /// The time limit ran out.
    Timeout,
    /// The network: no host, refused, reset, TLS.
    Network(String),
    /// The decoded body is larger than the cap.
    TooLarge,
}

impl Client {
    pub fn new(options: FetchOptions) -> Client {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(options.max_redirects)
            .max_redirects_will_error(true)
            .timeout_connect(Some(options.connect_timeout))
            // Compressed bodies are decoded here, with a cap on their size.
            .accept_encoding("gzip, deflate, br")
            .user_agent("")
            .build();
        Client {
            agent: config.into(),
            options,
        }
    }

    fn request(
        &self,
        url: &str,
        user_agent: &str,
        timeout: Duration,
    ) -> Result<(Head, ureq::Body), Failure> {
        let response = self
            .agent
            .get(url)
            .header("User-Agent", user_agent)
            .header(
                "Accept",
                "application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8",
            )
            .config()
            .timeout_global(Some(timeout))
            .build()
            .call()
            .map_err(failure)?;
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.trim().to_string())
        };
        let head = Head {
            status: response.status().as_u16(),
            final_url: ureq::ResponseExt::get_uri(&response).to_string(),
            content_type: header("content-type"),
            content_encoding: header("content-encoding"),
            authenticate: response.headers().contains_key("www-authenticate")
                || response.headers().contains_key("proxy-authenticate"),
            retry_after: header("retry-after").and_then(|v| v.parse().ok()),
        };
        Ok((head, response.into_body()))
    }

    /// Downloads a feed as the crawler would.
    pub fn fetch_feed(&self, url: &str) -> Result<Outcome, FetchError> {
        let limit = self.options.download_limit;
        let started = Instant::now();
        let error = |cause: String| FetchError {
            url: url.to_string(),
            cause,
        };
        let too_slow = |received| Outcome::TooSlow {
            elapsed: started.elapsed(),
            limit,
            received,
        };
        let (head, body) = match self.request(url, &self.options.user_agent, limit) {
            Ok(x) => x,
            Err(Failure::Timeout) => return Ok(too_slow(0)),
            Err(Failure::Redirects) => {
                return Ok(Outcome::Blocked {
                    message: format!(
                        "the feed URL redirects more than {} times (a redirect loop?)",
                        self.options.max_redirects
                    ),
                    help:
                        "serve the feed at its URL, or with a single redirect to its final address"
                            .into(),
                });
            }
            Err(Failure::Network(cause)) => return Err(error(cause)),
            Err(Failure::TooLarge) => return Err(error("the response is too large".into())),
        };
        if head.status != 200 {
            return Ok(self.blocked(url, &head));
        }
        let encoding = head.content_encoding.clone();
        if let Some(enc) = encoding.as_deref().filter(|e| !decodable(e)) {
            return Ok(Outcome::Blocked {
                message: format!(
                    "the feed is sent with the content encoding `{enc}`, which the crawler does not decode"
                ),
                help: "serve the feed uncompressed, or compressed with gzip, deflate or br".into(),
            });
        }
        let mut file = tempfile::tempfile().map_err(|e| error(format!("temporary file: {e}")))?;
        let mut sink = Counting {
            inner: &mut file,
            count: 0,
            limit: self.options.max_bytes,
        };
        let copied = copy_decoded(body, encoding.as_deref(), &mut sink);
        let (size, wire) = match copied {
            Ok(sizes) => sizes,
            Err(e) if sink.count > sink.limit => {
                let _ = e;
                return Err(error(format!(
                    "the decoded feed is larger than {} bytes; ialint stops there",
                    self.options.max_bytes
                )));
            }
            Err(e) if is_timeout(&e) || started.elapsed() >= limit => {
                return Ok(too_slow(sink.count));
            }
            Err(e) => return Err(error(format!("reading the response: {e}"))),
        };
        let elapsed = started.elapsed();
        file.rewind()
            .map_err(|e| error(format!("temporary file: {e}")))?;
        let mut head_bytes = Vec::with_capacity(1024);
        (&mut file)
            .take(4096)
            .read_to_end(&mut head_bytes)
            .map_err(|e| error(format!("temporary file: {e}")))?;
        file.rewind()
            .map_err(|e| error(format!("temporary file: {e}")))?;
        let html_type = head
            .content_type
            .as_deref()
            .is_some_and(|t| mime(t) == "text/html");
        if looks_like_html(&head_bytes) {
            return Ok(Outcome::Blocked {
                message: format!(
                    "the feed URL answers with an HTML page{}, not a feed: a login page, a bot challenge or an error page",
                    head.content_type
                        .as_deref()
                        .map(|t| format!(" (`{t}`)"))
                        .unwrap_or_default()
                ),
                help: "make the feed URL return the RSS feed itself to `facebookexternalhit/1.1`, with no challenge or sign-in".into(),
            });
        }
        let warning = match head.content_type.as_deref() {
            Some(t) if html_type || !feed_type(t) => Some(format!(
                "{url}: the feed is served as `{t}`; serve it as `application/rss+xml` or `application/xml`"
            )),
            _ => None,
        };
        Ok(Outcome::Fetched(Fetched {
            body: file,
            size,
            wire_size: wire,
            elapsed,
            final_url: head.final_url,
            content_type: head.content_type,
            content_encoding: encoding,
            warning,
        }))
    }

    /// A non-200 answer to the crawler, explained (and compared with what a
    /// browser gets, to tell a block from an outage).
    fn blocked(&self, url: &str, head: &Head) -> Outcome {
        let status = head.status;
        let auth = status == 401 || status == 407 || (status == 403 && head.authenticate);
        let browser = if self.options.user_agent == CRAWLER_USER_AGENT && !auth {
            self.request(url, BROWSER_USER_AGENT, self.options.request_timeout)
                .ok()
                .map(|(h, _)| h.status)
        } else {
            None
        };
        let ua = &self.options.user_agent;
        let message = if auth {
            format!("the URL needs authentication (HTTP {status}): the crawler cannot sign in")
        } else if browser == Some(200) {
            format!(
                "the URL answers HTTP {status} to `{ua}` but 200 to a browser: a firewall or bot rule blocks Facebook's crawler"
            )
        } else {
            format!("the URL answers HTTP {status} to `{ua}`, not 200")
        };
        let help = if auth {
            "make the URL public: Facebook's crawler sends no credentials"
        } else if browser != Some(200) && matches!(status, 404 | 410) {
            "check the URL: the server has nothing there for anyone"
        } else if browser != Some(200) && status >= 500 {
            "fix the server error: the crawler gets no feed while it lasts"
        } else {
            "allow the User-Agent `facebookexternalhit/1.1` in the firewall, CDN and bot rules (Facebook publishes no fixed IP list), and serve the URL with status 200"
        };
        Outcome::Blocked {
            message,
            help: help.into(),
        }
    }

    /// Whether a URL answers 200 to the crawler. A server that rate-limits
    /// the checks (HTTP 429) is asked once more after its `Retry-After` (at
    /// most 10 s); if it still refuses, the URL is not judged.
    pub fn check_url(&self, url: &str) -> LinkStatus {
        match self.check_url_once(url) {
            LinkStatus::RateLimited(wait) => {
                std::thread::sleep(wait);
                self.check_url_once(url)
            }
            other => other,
        }
    }

    fn check_url_once(&self, url: &str) -> LinkStatus {
        let failed = LinkStatus::Failed;
        match self.request(url, &self.options.user_agent, self.options.request_timeout) {
            Ok((head, body)) => {
                if head.status == 429 {
                    let wait = head.retry_after.unwrap_or(2).min(10);
                    return LinkStatus::RateLimited(Duration::from_secs(wait));
                }
                if head.status == 200 {
                    // Read a little, so that the connection ends cleanly.
                    let _ = body
                        .into_reader()
                        .take(64 * 1024)
                        .read_to_end(&mut Vec::new());
                    return LinkStatus::Ok;
                }
                match self.blocked(url, &head) {
                    Outcome::Blocked { message, .. } => failed(message),
                    _ => failed(format!("HTTP {}", head.status)),
                }
            }
            Err(Failure::Timeout) => failed(format!(
                "the URL did not answer within {} s",
                self.options.request_timeout.as_secs_f64()
            )),
            Err(Failure::Redirects) => failed(format!(
                "the URL redirects more than {} times",
                self.options.max_redirects
            )),
            Err(Failure::Network(cause)) => failed(format!("the URL cannot be reached: {cause}")),
            Err(Failure::TooLarge) => failed("the response is too large".into()),
        }
    }

    /// The hash of the bytes a media URL serves now.
    pub fn hash_url(&self, url: &str) -> Result<(u128, u64), String> {
        let (head, body) = self
            .request(url, &self.options.user_agent, self.options.request_timeout)
            .map_err(|f| match f {
                Failure::Timeout => "timed out".to_string(),
                Failure::Redirects => "too many redirects".to_string(),
                Failure::Network(c) => c,
                Failure::TooLarge => "too large".to_string(),
            })?;
        if head.status != 200 {
            return Err(format!("HTTP {}", head.status));
        }
        let mut sink = Hashing {
            hash: xxhash_rust::xxh3::Xxh3::new(),
            count: 0,
            limit: self.options.max_bytes,
        };
        copy_decoded(body, head.content_encoding.as_deref(), &mut sink)
            .map_err(|e| e.to_string())?;
        Ok((sink.hash.digest128(), sink.count))
    }
}

fn failure(e: ureq::Error) -> Failure {
    match e {
        ureq::Error::TooManyRedirects => Failure::Redirects,
        ureq::Error::Timeout(ureq::Timeout::Connect | ureq::Timeout::Resolve) => {
            Failure::Network("the connection timed out".into())
        }
        ureq::Error::Timeout(_) => Failure::Timeout,
        ureq::Error::BodyExceedsLimit(_) => Failure::TooLarge,
        ureq::Error::HostNotFound => Failure::Network("no such host".into()),
        ureq::Error::Io(io) if io.kind() == io::ErrorKind::TimedOut => Failure::Timeout,
        ureq::Error::Io(io) => Failure::Network(io.to_string()),
        other => Failure::Network(other.to_string()),
    }
}

fn is_timeout(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::TimedOut
        || e.get_ref()
            .and_then(|inner| inner.downcast_ref::<ureq::Error>())
            .is_some_and(|u| matches!(u, ureq::Error::Timeout(_)))
}

/// Content encodings ialint (and the crawler) decode.
fn decodable(encoding: &str) -> bool {
    matches!(
        encoding.trim().to_ascii_lowercase().as_str(),
        "" | "identity" | "gzip" | "x-gzip" | "deflate" | "br"
    )
}

/// The media type of a `Content-Type` value, lower case, without parameters.
fn mime(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Content types a feed may be served with.
fn feed_type(content_type: &str) -> bool {
    let m = mime(content_type);
    m.ends_with("/xml")
        || m.ends_with("+xml")
        || m == "text/plain"
        || m == "application/octet-stream"
}

/// An HTML page, not a feed (after a BOM, whitespace and comments).
fn looks_like_html(head: &[u8]) -> bool {
    let s = head.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(head);
    crate::input::is_article(s) || {
        let t: Vec<u8> = s
            .iter()
            .copied()
            .skip_while(|b| b.is_ascii_whitespace())
            .take(6)
            .map(|b| b.to_ascii_lowercase())
            .collect();
        t.starts_with(b"<head") || t.starts_with(b"<body")
    }
}

/// Copies a body into `sink`, decoding its `Content-Encoding`; returns the
/// decoded and the raw sizes.
fn copy_decoded(
    body: ureq::Body,
    encoding: Option<&str>,
    sink: &mut dyn Write,
) -> io::Result<(u64, u64)> {
    let mut raw = CountingReader {
        inner: body.into_reader(),
        count: 0,
    };
    let encoding = encoding.map(|e| e.trim().to_ascii_lowercase());
    let decoded = match encoding.as_deref() {
        None | Some("" | "identity") => io::copy(&mut raw, sink)?,
        Some("gzip" | "x-gzip") => {
            io::copy(&mut flate2::read::MultiGzDecoder::new(&mut raw), sink)?
        }
        Some("deflate") => {
            // "deflate" is zlib-wrapped by the standard, raw by some servers.
            let mut buffered = io::BufReader::new(&mut raw);
            let zlib = {
                let peek = io::BufRead::fill_buf(&mut buffered)?;
                peek.len() >= 2
                    && peek[0] & 0x0F == 8
                    && (u16::from(peek[0]) << 8 | u16::from(peek[1])) % 31 == 0
            };
            if zlib {
                io::copy(&mut flate2::read::ZlibDecoder::new(buffered), sink)?
            } else {
                io::copy(&mut flate2::read::DeflateDecoder::new(buffered), sink)?
            }
        }
        Some("br") => io::copy(
            &mut brotli_decompressor::Decompressor::new(&mut raw, 64 * 1024),
            sink,
        )?,
        Some(other) => {
            return Err(io::Error::other(format!(
                "the response uses the content encoding `{other}`, which Facebook's crawler does not accept"
            )));
        }
    };
    Ok((decoded, raw.count))
}

struct CountingReader<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

/// A writer that fails past `limit` bytes.
struct Counting<'a> {
    inner: &'a mut File,
    count: u64,
    limit: u64,
}

impl Write for Counting<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.count += buf.len() as u64;
        if self.count > self.limit {
            return Err(io::Error::other("the decoded body is too large"));
        }
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

struct Hashing {
    hash: xxhash_rust::xxh3::Xxh3,
    count: u64,
    limit: u64,
}

impl Write for Hashing {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.count += buf.len() as u64;
        if self.count > self.limit {
            return Err(io::Error::other("the decoded body is too large"));
        }
        self.hash.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types_and_html_pages() {
        assert!(feed_type("application/rss+xml; charset=utf-8"));
        assert!(feed_type("text/xml"));
        assert!(!feed_type("text/html; charset=UTF-8"));
        assert!(looks_like_html(b"\xEF\xBB\xBF  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<html><body>Access denied</body></html>"));
        assert!(!looks_like_html(b"<?xml version=\"1.0\"?><rss>"));
    }
}
