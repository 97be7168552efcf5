//! Feeds by URL, link checks and media checks, against a real HTTP server on
//! 127.0.0.1 started inside the test (nothing else is reached).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::util::root;

/// A request as the server saw it.
#[derive(Clone, Debug)]
pub struct Request {
    pub path: String,
    pub user_agent: String,
    pub accept_encoding: String,
}

/// What the server answers.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Send the body in this many pieces, with this pause before each.
    pub trickle: Option<(usize, Duration)>,
}

impl Response {
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status: 200,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            trickle: None,
        }
    }

    pub fn status(status: u16) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), "text/plain".into())],
            body: format!("status {status}").into_bytes(),
            trickle: None,
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.into(), value.into()));
        self
    }
}

type Handler = dyn Fn(&Request) -> Response + Send + Sync;

/// An HTTP/1.1 server on 127.0.0.1; one thread per connection.
pub struct Server {
    pub base: String,
    pub requests: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    pub fn start(handler: impl Fn(&Request) -> Response + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let seen = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let (handler, seen) = (handler.clone(), seen.clone());
                std::thread::spawn(move || serve(stream, &*handler, &seen));
            }
        });
        Server { base, requests }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn seen(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }
}

fn serve(stream: TcpStream, handler: &Handler, seen: &Mutex<Vec<Request>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let (mut user_agent, mut accept_encoding) = (String::new(), String::new());
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            match k.trim().to_ascii_lowercase().as_str() {
                "user-agent" => user_agent = v.trim().to_string(),
                "accept-encoding" => accept_encoding = v.trim().to_string(),
                _ => {}
            }
        }
    }
    let request = Request {
        path,
        user_agent,
        accept_encoding,
    };
    seen.lock().unwrap().push(request.clone());
    let r = handler(&request);
    let mut out = stream;
    let mut head = format!("HTTP/1.1 {} X\r\n", r.status);
    for (k, v) in &r.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        r.body.len()
    ));
    if out.write_all(head.as_bytes()).is_err() {
        return;
    }
    match r.trickle {
        None => {
            let _ = out.write_all(&r.body);
        }
        Some((pieces, pause)) => {
            let size = r.body.len().div_ceil(pieces.max(1)).max(1);
            for chunk in r.body.chunks(size) {
                std::thread::sleep(pause);
                if out.write_all(chunk).and_then(|_| out.flush()).is_err() {
                    return;
                }
            }
        }
    }
    let _ = out.flush();
}

pub fn ialint(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ialint"))
        .args(args)
        .current_dir(root())
        .env_remove("CI")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

const NOW: &str = "--now=2025-06-01T18:00:00Z";

fn read(path: &str) -> Vec<u8> {
    std::fs::read(root().join(path)).unwrap()
}

/// The rule names and lines of a JSON report.
pub fn found(json: &str) -> Vec<(String, u64)> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn check_json(extra: &[&str], input: &str) -> (i32, Vec<(String, u64)>, String, String) {
    let mut args = vec!["check"];
    if !extra.contains(&"--config") {
        args.push("--isolated");
    }
    args.extend([NOW, "--domain", "example.com", "--format", "json"]);
    args.extend_from_slice(extra);
    args.push(input);
    let (code, out, err) = ialint(&args);
    let f = if out.trim().is_empty() {
        Vec::new()
    } else {
        found(&out)
    };
    (code, f, out, err)
}

/// A configuration file with options for feed-fetch-too-slow.
fn config(dir: &Path, body: &str) -> String {
    let p = dir.join("ialint.toml");
    std::fs::write(&p, body).unwrap();
    p.display().to_string()
}

#[test]
fn a_feed_url_is_linted_like_the_file_with_the_crawler_user_agent() {
    let feed = read("fixtures/rules/header-missing.xml");
    let server = Server::start(move |_| Response::ok("application/rss+xml", feed.clone()));
    let url = server.url("/feed.xml");
    let (code_url, from_url, out, _) = check_json(&[], &url);
    let (code_file, from_file, _, _) = check_json(&[], "fixtures/rules/header-missing.xml");
    assert_eq!(code_url, 1);
    assert_eq!(code_url, code_file);
    assert!(!from_url.is_empty());
    assert_eq!(from_url, from_file);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["diagnostics"][0]["file"], url.as_str());
    let seen = server.seen();
    assert_eq!(seen[0].user_agent, "facebookexternalhit/1.1");
    assert!(seen[0].accept_encoding.contains("gzip"));
    // --user-agent overrides it.
    check_json(&["--user-agent", "ialint-test/1"], &url);
    assert_eq!(server.seen().last().unwrap().user_agent, "ialint-test/1");
}

#[test]
fn compressed_feeds_are_decoded() {
    let feed = read("fixtures/rules/header-missing.xml");
    let gz = {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(&feed).unwrap();
        e.finish().unwrap()
    };
    let deflate = {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(&feed).unwrap();
        e.finish().unwrap()
    };
    let br = {
        let mut out = Vec::new();
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
        w.write_all(&feed).unwrap();
        drop(w);
        out
    };
    let server = Server::start(move |r| {
        let (body, enc) = match r.path.as_str() {
            "/gzip" => (gz.clone(), "gzip"),
            "/deflate" => (deflate.clone(), "deflate"),
            _ => (br.clone(), "br"),
        };
        Response::ok("application/xml", body).header("Content-Encoding", enc)
    });
    let (_, plain, _, _) = check_json(&[], "fixtures/rules/header-missing.xml");
    for path in ["/gzip", "/deflate", "/br"] {
        let (code, f, _, err) = check_json(&[], &server.url(path));
        assert_eq!(code, 1, "{path}: {err}");
        assert_eq!(f, plain, "{path}");
    }
}

#[test]
fn redirects_are_followed_and_loops_are_findings() {
    let feed = read("fixtures/template.xml");
    let server = Server::start(move |r| match r.path.as_str() {
        "/old" => Response::status(301).header("Location", "/feed"),
        "/loop" => Response::status(302).header("Location", "/loop"),
        _ => Response::ok("application/rss+xml; charset=utf-8", feed.clone()),
    });
    let (code, f, _, err) = check_json(&[], &server.url("/old"));
    assert_eq!((code, f.len()), (0, 0), "{err}");
    let (code, f, out, _) = check_json(&[], &server.url("/loop"));
    assert_eq!(code, 1);
    assert_eq!(f, vec![("feed-crawler-blocked".to_string(), 1)]);
    assert!(out.contains("redirects more than 10 times"), "{out}");
}

#[test]
fn blocked_crawlers_auth_walls_and_html_pages_are_findings() {
    let feed = read("fixtures/template.xml");
    let server = Server::start(move |r| match r.path.as_str() {
        "/waf" if r.user_agent.contains("facebookexternalhit") => Response::status(403),
        "/waf" => Response::ok("application/rss+xml", feed.clone()),
        "/down" => Response::status(503),
        "/login" => Response::status(401).header("WWW-Authenticate", "Basic realm=\"cms\""),
        "/zstd" => {
            Response::ok("application/rss+xml", feed.clone()).header("Content-Encoding", "zstd")
        }
        "/challenge" => Response::ok(
            "text/html; charset=utf-8",
            "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body></body></html>",
        ),
        _ => Response::ok("text/html", feed.clone()),
    });
    let cases = [
        (
            "/waf",
            "403 to `facebookexternalhit/1.1` but 200 to a browser",
        ),
        ("/down", "answers HTTP 503"),
        ("/login", "needs authentication (HTTP 401)"),
        ("/challenge", "an HTML page (`text/html; charset=utf-8`)"),
        ("/zstd", "content encoding `zstd`"),
    ];
    for (path, says) in cases {
        let (code, f, out, _) = check_json(&[], &server.url(path));
        assert_eq!(code, 1, "{path}");
        assert_eq!(f, vec![("feed-crawler-blocked".to_string(), 1)], "{path}");
        assert!(out.contains(says), "{path}: {out}");
    }
    // A feed served as text/html is still checked, with a warning.
    let (code, f, _, err) = check_json(&[], &server.url("/feed-as-html"));
    assert_eq!((code, f.len()), (0, 0));
    assert!(err.contains("served as `text/html`"), "{err}");
}

#[test]
fn slow_downloads_and_slow_loads_are_feed_fetch_too_slow() {
    let dir = tempfile::tempdir().unwrap();
    let feed = read("fixtures/template.xml");
    let server = Server::start(move |r| {
        let mut resp = Response::ok("application/rss+xml", feed.clone());
        resp.trickle = Some(match r.path.as_str() {
            "/very-slow" => (80, Duration::from_millis(100)),
            _ => (6, Duration::from_millis(250)),
        });
        resp
    });
    // The download limit, shortened: the fetch is abandoned like the crawler's.
    let cfg = config(
        dir.path(),
        "[rules.feed-fetch-too-slow]\ndownload-timeout = \"1s\"\n",
    );
    let started = std::time::Instant::now();
    let (code, f, out, _) = check_json(&["--config", &cfg], &server.url("/very-slow"));
    // The body takes 8 s to send; the fetch stops after about 1 s.
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "the fetch was not abandoned"
    );
    assert_eq!(code, 1);
    assert_eq!(f, vec![("feed-fetch-too-slow".to_string(), 1)]);
    assert!(out.contains("did not download within 1 s"), "{out}");
    // Downloaded, but download plus parse is over the load limit.
    let cfg = config(
        dir.path(),
        "[rules.feed-fetch-too-slow]\ndownload-timeout = \"20s\"\nload-timeout = \"1s\"\n",
    );
    let (code, f, out, _) = check_json(&["--config", &cfg], &server.url("/slow"));
    assert_eq!(code, 1);
    assert_eq!(f.len(), 1, "{out}");
    assert_eq!(f[0].0, "feed-fetch-too-slow");
    assert!(f[0].1 > 1, "at </channel>, not line 1");
    assert!(out.contains("to download and"), "{out}");
}

#[test]
fn network_failures_are_exit_2_naming_the_url() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("http://127.0.0.1:{port}/feed.xml");
    let (code, out, err) = ialint(&["check", "--isolated", &url]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains(&url), "{err}");
    // A baseline URL that cannot be fetched is exit 2 as well.
    let (code, _, err) = ialint(&[
        "check",
        "--isolated",
        "--baseline",
        &url,
        "fixtures/template.xml",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--baseline") && err.contains(&url), "{err}");
}

#[test]
fn a_baseline_can_be_a_url() {
    let base = read("fixtures/rules/update-op-modified-not-later.baseline.xml");
    let server = Server::start(move |_| Response::ok("application/xml", base.clone()));
    let file = "fixtures/rules/update-op-modified-not-later.xml";
    let (_, by_url, _, err) = check_json(&["--baseline", &server.url("/previous.xml")], file);
    let (_, by_file, _, _) = check_json(
        &[
            "--baseline",
            "fixtures/rules/update-op-modified-not-later.baseline.xml",
        ],
        file,
    );
    assert!(
        by_url
            .iter()
            .any(|(r, _)| r == "update-op-modified-not-later"),
        "{err}"
    );
    assert_eq!(by_url, by_file);
}

/// template.xml with its canonical URLs moved to the test server.
fn local_feed(base: &str) -> String {
    let t = String::from_utf8(read("fixtures/valid/complete.xml")).unwrap();
    t.replace("https://example.com/", &format!("{base}/"))
}

#[test]
fn check_urls_reports_canonical_urls_the_crawler_cannot_fetch() {
    let server = Server::start(|r| {
        if r.path.contains("court-art-city") {
            Response::status(404)
        } else {
            Response::ok("text/html", "<html><body>article</body></html>")
        }
    });
    let feed = local_feed(&server.base);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.xml");
    std::fs::write(&path, &feed).unwrap();
    let path = path.display().to_string();
    let blocked = |f: &[(String, u64)]| {
        f.iter()
            .filter(|(r, _)| r == "feed-crawler-blocked")
            .count()
    };
    let (_, without, _, _) = check_json(&[], &path);
    assert_eq!(blocked(&without), 0);
    let checked_before = server.seen().len();
    assert_eq!(checked_before, 0, "nothing is fetched without --check-urls");
    let (_, with, out, _) = check_json(&["--check-urls"], &path);
    let expected = 1;
    assert_eq!(blocked(&with), expected, "{out}");
    assert!(out.contains("HTTP 404"), "{out}");
    assert!(
        server
            .seen()
            .iter()
            .all(|r| r.user_agent == "facebookexternalhit/1.1"
                || r.user_agent.starts_with("Mozilla"))
    );
    // The same through a fetched feed.
    let feed_body = feed.clone();
    let feed_server =
        Server::start(move |_| Response::ok("application/rss+xml", feed_body.clone()));
    let (_, fetched, _, _) = check_json(&["--check-urls"], &feed_server.url("/feed"));
    assert_eq!(blocked(&fetched), expected);
}

#[test]
fn static_size_threshold_is_a_warning_at_the_channel_end() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(
        dir.path(),
        "[rules.feed-fetch-too-slow]\nmax-bytes = 1000\n",
    );
    let (code, f, out, _) = check_json(&["--config", &cfg], "fixtures/template.xml");
    assert_eq!(code, 0, "a warning does not fail the run");
    assert_eq!(f.len(), 1, "{out}");
    assert_eq!(f[0].0, "feed-fetch-too-slow");
    assert!(out.contains("\"severity\":\"warning\""), "{out}");
    let lines = std::fs::read_to_string(root().join("fixtures/template.xml"))
        .unwrap()
        .lines()
        .position(|l| l.contains("</channel>"))
        .unwrap() as u64
        + 1;
    assert_eq!(f[0].1, lines);
    // Under the threshold: nothing.
    let (_, f, _, _) = check_json(&[], "fixtures/template.xml");
    assert!(f.is_empty());
}

#[test]
fn media_replaced_in_place_is_found_with_check_media() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let version = Arc::new(AtomicUsize::new(1));
    let v = version.clone();
    let server = Server::start(move |r| match r.path.as_str() {
        "/cdn/img/clean-1.jpg" => Response::ok(
            "image/jpeg",
            format!("jpeg bytes, version {}", v.load(Ordering::SeqCst)),
        ),
        _ => Response::ok("image/jpeg", "jpeg bytes that never change"),
    });
    let template = String::from_utf8(read("fixtures/template.xml")).unwrap();
    let feed = template
        .replace("https://cdn.example.com/", &format!("{}/cdn/", server.base))
        .replace(
            "<p>The second paragraph",
            &format!(
                "<figure><img src=\"{}/cdn/img/steady.jpg\"></figure>\n<p>The second paragraph",
                server.base
            ),
        );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.xml");
    std::fs::write(&path, &feed).unwrap();
    let path = path.display().to_string();
    let db = dir.path().join("state.db").display().to_string();
    let reused = |f: &[(String, u64)]| -> Vec<u64> {
        f.iter()
            .filter(|(r, _)| r == "media-url-reused-on-update")
            .map(|(_, l)| *l)
            .collect()
    };
    let (_, _, _, err) = check_json(&["--state", &db, "--record", "--check-media"], &path);
    assert!(err.contains("recorded 1 articles"), "{err}");
    let fetched = server.seen().len();
    assert_eq!(fetched, 2, "each media file is fetched once");
    // Same bytes: nothing.
    let (_, f, _, _) = check_json(&["--state", &db, "--check-media"], &path);
    assert!(reused(&f).is_empty());
    // The file is replaced in place.
    version.store(2, Ordering::SeqCst);
    let (code, f, out, _) = check_json(&["--state", &db, "--check-media"], &path);
    assert_eq!(code, 0, "an info finding");
    let line = feed
        .lines()
        .position(|l| l.contains("clean-1.jpg"))
        .unwrap() as u64
        + 1;
    assert_eq!(reused(&f), vec![line], "{out}");
    assert!(out.contains("clean-1.jpg"));
    // Recording again keeps the hash Facebook's copy was made from: the
    // replaced file is still reported on the next run.
    check_json(&["--state", &db, "--record", "--check-media"], &path);
    let (_, f, _, _) = check_json(&["--state", &db, "--check-media"], &path);
    assert_eq!(reused(&f), vec![line]);
    // Without --check-media nothing is fetched and nothing is judged.
    let before = server.seen().len();
    let (_, f, _, _) = check_json(&["--state", &db], &path);
    assert!(reused(&f).is_empty());
    assert_eq!(server.seen().len(), before);
}
