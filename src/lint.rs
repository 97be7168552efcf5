//! The engine: items in, findings out, in file order.
//!
//! The reader yields items a few at a time; [`lint_items`] parses each article
//! once and runs the item and article rules on it, one item after the other;
//! then, in file order, the cross-item rules run on
//! the item's [`Digest`] (earlier items and the baseline are in
//! [`CrossItem`]); then the item's findings are resolved to lines and columns
//! from its own bytes, sorted, and handed on. Cross-item findings always land on
//! the later item, so output streams in file order.

use std::collections::HashMap;
use std::io;
use std::sync::Arc;

use crate::article::{Article, NodeId, Tag};
use crate::datetime::{self, DateTime};
use crate::diagnostic::{Diagnostic, Finding, FoundLabel, Snippet, sort_findings};
use crate::feed::{ChannelEnd, ChannelInfo, ContentMap, FeedReader, Item, Piece};
use crate::rule::{Check, Context, Rule};
use crate::rules;
use crate::settings::Settings;
use crate::source::{Base, LineCol, Span, Window};
use crate::urls;

/// What a run hands to the reporters, in file order.
#[derive(Debug)]
pub enum Output {
    Finding(Box<Finding>),
    /// An item is done: its findings (if any) came just before.
    ItemDone {
        file: Arc<str>,
        index: u32,
        canonical: Option<Arc<str>>,
        title: Option<String>,
        findings: usize,
        /// What `--record` stores for the item, when it has no error finding.
        record: Option<Box<crate::state::Record>>,
    },
}

/// What the cross-item rules know of one item.
#[derive(Clone, Debug, Default)]
pub struct Digest {
    pub index: u32,
    pub item_tag: Span,
    /// The effective canonical URL (Resolution 23).
    pub canonical: Option<Arc<str>>,
    /// Where the canonical was written (the `href`, else the item `<link>` text).
    pub canonical_span: Span,
    pub canonical_at: LineCol,
    /// The normalised canonical N (Resolution 27).
    pub normalized: Option<String>,
    /// The canonical's host (IDNA, lower case), unless an IP.
    pub host: Option<String>,
    pub guid: Option<String>,
    pub guid_span: Span,
    pub guid_at: LineCol,
    /// The `<guid>` element when it is present but empty.
    pub guid_empty: Option<Span>,
    pub item_at: LineCol,
    pub title: Option<String>,
    pub published: Option<DateTime>,
    /// The op-modified value and its `datetime` attribute.
    pub modified: Option<DateTime>,
    pub modified_span: Option<Span>,
    pub modified_text: Option<String>,
    pub published_text: Option<String>,
    pub header_span: Option<Span>,
    /// The `lang` of `<html>` and where it is written.
    pub lang: Option<String>,
    pub lang_span: Span,
    /// The content hash of Resolution 30 (only with a baseline).
    pub hash: Option<u128>,
    /// The item was read completely and its article parsed.
    pub linted: bool,
    /// The article's inline suppressions.
    pub directives: Vec<crate::suppress::Directive>,
    /// The article's media URLs (absolute `src` of images, videos, audio),
    /// with where each is written; only with a state store.
    pub media: Vec<(String, Span)>,
}

/// What the cross-item rules remember while the feed streams by.
#[derive(Default)]
pub struct CrossItem {
    /// By 64-bit hashes (`key`), so that memory stays small on huge feeds:
    /// guid -> (item, where, hash of its normalised canonical).
    /// guid -> (item, where, 32 bits of the hash of its normalised canonical; 0 for none).
    pub guids: HashMap<u64, (u32, At, u32)>,
    /// Normalised canonical -> (item, where, 32 bits of the hash of the canonical as written).
    pub canonicals: HashMap<u64, (u32, At, u32)>,
    /// Title and op-published -> (item, where).
    pub titles: HashMap<u64, (u32, At)>,
    /// The registrable domain of the first item that takes part in
    /// feed-multiple-domains, and whether it was reported.
    pub first_domain: Option<(String, u32, LineCol)>,
    pub multiple_domains_reported: bool,
    /// The domain assumed from the channel `<link>` (Resolution 25).
    pub assumed_domain: Option<(String, LineCol)>,
    /// The latest op-modified (else op-published) of every item, in ms.
    /// The latest op-modified (else op-published) of every item, in minutes
    /// since the epoch (4 bytes an item).
    pub item_times: Vec<i32>,
    /// Items whose guid, canonical and title are remembered so far.
    pub tracked: usize,
    /// `limits.max-tracked-items` was reached: later items are compared with
    /// the remembered ones but not remembered themselves.
    pub frozen: bool,
    /// The first item's language: primary subtag, tag, item.
    pub first_lang: Option<(String, String, u32)>,
    pub mixed_languages_reported: bool,
}

impl CrossItem {
    /// Whether an earlier item of this feed has the same (normalised)
    /// canonical URL: that is `duplicate-article-variant-canonicals`' finding,
    /// and the update rules leave the item alone (one defect, one finding).
    pub fn duplicate_canonical(&self, d: &Digest) -> bool {
        d.normalized
            .as_deref()
            .and_then(|n| self.canonicals.get(&key(n)))
            .is_some_and(|&(index, _, _)| index != d.index)
    }
}

/// A line and column in 8 bytes, for the cross-item state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct At {
    pub line: u32,
    pub column: u32,
}

impl From<LineCol> for At {
    fn from(l: LineCol) -> Self {
        At {
            line: l.line.min(u64::from(u32::MAX)) as u32,
            column: l.column.min(u64::from(u32::MAX)) as u32,
        }
    }
}

/// The low 32 bits of `key`, never 0 (0 stands for "none").
pub fn key32(s: &str) -> u32 {
    (key(s) as u32).max(1)
}

/// The 64-bit hash the cross-item state is keyed by.
pub fn key(s: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(s.as_bytes())
}

/// The outcome of one input.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub items: u64,
    /// Findings outside items so far (for their fingerprints).
    pub feed_findings: u64,
    /// Findings per rule, for `--statistics`.
    pub by_rule: std::collections::BTreeMap<&'static str, u64>,
    /// Findings of `internal-error`: the exit code is then 2.
    pub internal_errors: u64,
    pub errors: u64,
    pub warnings: u64,
    pub infos: u64,
}

impl Summary {
    pub fn count(&mut self, f: &Finding) {
        *self.by_rule.entry(f.rule.name).or_insert(0) += 1;
        if f.rule.name == "internal-error" {
            self.internal_errors += 1;
        }
        match f.severity {
            crate::diagnostic::Severity::Error => self.errors += 1,
            crate::diagnostic::Severity::Warning => self.warnings += 1,
            crate::diagnostic::Severity::Info => self.infos += 1,
        }
    }

    pub fn add(&mut self, other: &Summary) {
        self.items += other.items;
        for (r, n) in &other.by_rule {
            *self.by_rule.entry(r).or_insert(0) += n;
        }
        self.internal_errors += other.internal_errors;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }
}

/// Runs one rule; a rule that fails is reported as `internal-error` at
/// `fallback` and the run goes on (RULES.md Resolution 55).
fn run_rule(
    rule: &'static Rule,
    settings: &Settings,
    out: &mut Vec<Diagnostic>,
    fallback: Span,
    f: impl FnOnce(&mut Context<'_>),
) {
    if !settings.enabled(rule.name) {
        return;
    }
    let before = out.len();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut ctx = Context::new(rule, settings, out);
        f(&mut ctx);
    }));
    if let Err(panic) = result {
        out.truncate(before);
        let why = panic_message(panic.as_ref());
        let mut d = Diagnostic::new(
            &rules::tool::INTERNAL_ERROR,
            fallback,
            format!("the rule `{}` failed on this item: {why}", rule.name),
        );
        d.help("this is a bug in ialint: please report it with the item that caused it");
        out.push(d);
    }
}

/// What a caught panic says.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

/// Lints items as [`lint_items`] does; an item whose lint fails outside a
/// rule (a bug) gets an internal-error finding, and the others are still
/// linted.
fn lint_items_guarded(items: &[&Item], settings: &Settings) -> Vec<ItemLint> {
    let guarded = |items: &[&Item]| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| lint_items(items, settings)))
    };
    if let Ok(done) = guarded(items) {
        return done;
    }
    items
        .iter()
        .map(|&item| {
            guarded(&[item])
                .map(|mut one| one.pop().expect("one result for one item"))
                .unwrap_or_else(|panic| {
                    let mut d = Diagnostic::new(
                        &rules::tool::INTERNAL_ERROR,
                        item.tag,
                        format!(
                            "ialint failed while reading this item, outside the rules: {}",
                            panic_message(panic.as_ref())
                        ),
                    );
                    d.help(
                        "this is a bug in ialint: please report it with the item that caused it",
                    );
                    let digest = Digest {
                        index: item.index,
                        item_tag: item.tag,
                        ..Digest::default()
                    };
                    (vec![d], digest)
                })
        })
        .collect()
}

/// Runs the article rules (and, for items, the item rules) on one article.
pub fn lint_article(
    article: Option<&Article<'_>>,
    item: Option<&Item>,
    settings: &Settings,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    run_rules(article, item, &mut out, settings);
    out
}

/// Runs the article and item rules on one article (and its item), in the
/// catalogue's order.
fn run_rules(
    article: Option<&Article<'_>>,
    item: Option<&Item>,
    out: &mut Vec<Diagnostic>,
    settings: &Settings,
) {
    for &rule in rules::ALL {
        match rule.check {
            Check::Item(check) => {
                if let Some(item) = item {
                    run_rule(rule, settings, out, item.tag, |ctx| {
                        check(item, article, ctx)
                    });
                }
            }
            Check::Article(check) => {
                if let Some(a) = article {
                    run_rule(
                        rule,
                        settings,
                        out,
                        item.map_or_else(|| a.first_char(), |i| i.tag),
                        |ctx| check(a, ctx),
                    );
                }
            }
            _ => {}
        }
    }
}

/// What linting one item gives: its findings, and what the cross-item stage
/// needs.
pub type ItemLint = (Vec<Diagnostic>, Digest);

/// Lints a few items, each to the end before the next: its fields, its
/// article, and what the cross-item stage needs. The results are in the
/// items' order.
pub fn lint_items<'i>(items: &[&'i Item], settings: &Settings) -> Vec<ItemLint> {
    struct Linting<'i> {
        item: &'i Item,
        digest: Digest,
        window: Window<'i>,
        out: Vec<Diagnostic>,
        content: Option<&'i crate::feed::Content>,
        article: Option<Article<'i>>,
    }
    let start = |item: &'i Item| -> Linting<'i> {
        let mut digest = Digest {
            index: item.index,
            item_tag: item.tag,
            ..Digest::default()
        };
        let window = item.window();
        digest.item_at = window.locate(item.tag.start);
        // Fault-injection hook of the tests (debug builds only).
        if cfg!(debug_assertions)
            && let Ok(guid) = std::env::var("IALINT_TEST_PANIC_GUID")
            && item.guid.as_ref().is_some_and(|g| g.trimmed() == guid)
        {
            panic!("test panic on item {guid}");
        }
        let mut out = item.diagnostics.clone();
        if item.broken {
            return Linting {
                item,
                digest,
                window,
                out,
                content: None,
                article: None,
            };
        }
        let content = item.content.as_ref().filter(|c| !c.is_blank());
        let mut limit = content.and_then(|c| over_size(c.size, settings));
        // The nesting is counted while the article is parsed.
        let article = match (content, &limit) {
            (Some(c), None) => {
                let a = Article::parse_within(&c.html, &c.map, Some(item), settings.max_nesting);
                if a.is_none() {
                    limit = Some(over_nesting(settings));
                }
                a
            }
            _ => None,
        };
        if let (Some(c), Some((message, help))) = (content, limit) {
            let mut d = Diagnostic::new(&rules::tool::INPUT_LIMIT_EXCEEDED, c.tag, message);
            d.help(help);
            out.push(d);
        }
        Linting {
            item,
            digest,
            window,
            out,
            content,
            article,
        }
    };
    let finish = |l: Linting<'i>| -> ItemLint {
        let Linting {
            item,
            mut digest,
            window,
            mut out,
            content,
            article,
        } = l;
        if item.broken {
            return (out, digest);
        }
        if let Some(a) = &article {
            element_paths(&mut out, a, Some(item));
            if a.may_suppress {
                digest.directives = crate::suppress::directives(
                    a.html,
                    content.map_or(&ContentMap::default(), |c| &c.map),
                    &window,
                );
            }
        } else {
            for d in out.iter_mut() {
                d.path = Some(field_path(item, d.span));
            }
        }
        fill_digest(
            &mut digest,
            item,
            article.as_ref(),
            &window,
            settings.history.is_some(),
            settings.collect_media,
        );
        digest.linted = true;
        (out, digest)
    };
    // Each item is linted to the end before the next: its tree and texts
    // are still in the cache when the rules read them.
    items
        .iter()
        .map(|&item| {
            let mut l = start(item);
            if !item.broken {
                run_rules(l.article.as_ref(), Some(item), &mut l.out, settings);
            }
            finish(l)
        })
        .collect()
}

fn fill_digest(
    d: &mut Digest,
    item: &Item,
    article: Option<&Article<'_>>,
    window: &Window<'_>,
    hash: bool,
    media: bool,
) {
    if let Some((url, span)) = effective_canonical(item, article) {
        d.canonical = Some(Arc::from(url.as_str()));
        d.canonical_span = span;
        d.canonical_at = window.locate(span.start);
        d.normalized = Some(urls::normalize(&url));
        d.host = urls::domain_host(&url);
    }
    if let Some(g) = item.guid.as_ref().filter(|g| !g.is_blank()) {
        d.guid = Some(g.trimmed().to_string());
        d.guid_span = g.text_span;
        d.guid_at = window.locate(g.text_span.start);
    }
    if let Some(g) = item.guid.as_ref().filter(|g| g.is_blank()) {
        d.guid_empty = Some(g.tag);
    }
    d.title = item
        .title
        .as_ref()
        .map(|t| t.trimmed().to_string())
        .filter(|t| !t.is_empty());
    if let Some(a) = article {
        d.header_span = a.header.and_then(|h| a.span(h));
        if let Some(root) = a.root
            && let Some(lang) = a
                .attr(root, "lang")
                .map(str::trim)
                .filter(|l| !l.is_empty())
        {
            d.lang = Some(lang.to_string());
            d.lang_span = a.attr_or_element_span(root, "lang");
        }
        if let Some(t) = a.main_time("op-published") {
            d.published = time_value(a, t);
            d.published_text = a.attr(t, "datetime").map(|v| v.trim().to_string());
        }
        if let Some(t) = a.main_time("op-modified") {
            d.modified = time_value(a, t);
            d.modified_span = Some(a.attr_or_element_span(t, "datetime"));
            d.modified_text = a.attr(t, "datetime").map(|v| v.trim().to_string());
        }
        if hash {
            d.hash = Some(content_hash(a));
        }
        if media {
            d.media = media_urls(a);
        }
    }
}

/// The absolute `src` URLs of an article's images, videos and audio, in
/// document order, each once.
pub fn media_urls(a: &Article<'_>) -> Vec<(String, Span)> {
    let mut found: Vec<(u64, String, Span)> = Vec::new();
    for tag in [Tag::Img, Tag::Video, Tag::Audio, Tag::Source] {
        for &id in a.elements(tag) {
            if let Some(src) = a.attr(id, "src")
                && let Some(url) = urls::absolute_http(src)
            {
                let span = a.attr_or_element_span(id, "src");
                found.push((span.start, url.as_str().to_string(), span));
            }
        }
    }
    found.sort_by_key(|f| f.0);
    let mut seen = std::collections::HashSet::new();
    found
        .into_iter()
        .filter(|(_, u, _)| seen.insert(u.clone()))
        .map(|(_, u, s)| (u, s))
        .collect()
}

/// Why an article is not checked: larger than `limits.max-item-bytes`, or
/// nested deeper than `limits.max-nesting` (the HTML parser's scope checks
/// are quadratic in depth). Never a silent truncation: a finding says so.
fn over_limit(html: &str, size: usize, settings: &Settings) -> Option<(String, &'static str)> {
    over_size(size, settings).or_else(|| {
        let depth = crate::article::nesting_depth(html, settings.max_nesting);
        (depth > settings.max_nesting).then(|| over_nesting(settings))
    })
}

/// The finding's message and help for an article over `limits.max-item-bytes`.
fn over_size(size: usize, settings: &Settings) -> Option<(String, &'static str)> {
    (size > settings.max_item_bytes).then(|| {
        (
            format!(
                "the article is {size} bytes, more than the limit of {} bytes: it was not checked",
                settings.max_item_bytes
            ),
            "raise `limits.max-item-bytes` to check it, or make the article smaller",
        )
    })
}

/// The finding's message and help for an article over `limits.max-nesting`.
fn over_nesting(settings: &Settings) -> (String, &'static str) {
    (
        format!(
            "the article nests elements more than {} levels deep: it was not checked",
            settings.max_nesting
        ),
        "close the elements you open, or raise `limits.max-nesting`",
    )
}

/// The digest of an item without linting it (for the baseline).
pub fn digest_item(item: &Item) -> Digest {
    let mut digest = Digest {
        index: item.index,
        item_tag: item.tag,
        ..Digest::default()
    };
    if item.broken {
        return digest;
    }
    let window = item.window();
    let article = item
        .content
        .as_ref()
        .filter(|c| !c.is_blank())
        .map(|c| Article::parse(&c.html, &c.map, Some(item)));
    fill_digest(&mut digest, item, article.as_ref(), &window, true, false);
    digest.linted = true;
    digest
}

/// The parsed `datetime` of a time element, if valid.
pub fn time_value(a: &Article<'_>, t: NodeId) -> Option<DateTime> {
    datetime::parse(a.attr(t, "datetime")?).ok()
}

/// The effective canonical of Resolution 23, with where it was written.
pub fn effective_canonical(item: &Item, article: Option<&Article<'_>>) -> Option<(url::Url, Span)> {
    if let Some(a) = article
        && let Some(link) = a.canonical_link()
        && let Some(href) = a.attr(link, "href")
        && let Some(url) = a.absolute_http(href)
    {
        return Some((url, a.attr_or_element_span(link, "href")));
    }
    let link = item.link.as_ref()?;
    let url = match article {
        Some(a) => a.absolute_http(&link.text)?,
        None => urls::absolute_http(&link.text)?,
    };
    Some((url, link.text_span))
}

/// The canonical of a single article (no item).
pub fn article_canonical(a: &Article<'_>) -> Option<String> {
    let link = a.canonical_link()?;
    let url = urls::absolute_http(a.attr(link, "href")?)?;
    Some(url.as_str().to_string())
}

/// A stable 128-bit hash of the article (Resolution 30): op-modified times
/// removed, ASCII whitespace runs folded to one space.
pub fn content_hash(a: &Article<'_>) -> u128 {
    let mut cut: Vec<(usize, usize)> = a
        .times("op-modified")
        .filter_map(|t| a.outer_range(t))
        .collect();
    cut.sort_unstable();
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    let html = a.html.as_bytes();
    let mut pos = 0;
    let mut buf = Vec::with_capacity(4096);
    let mut in_ws = false;
    let mut feed = |bytes: &[u8], buf: &mut Vec<u8>, h: &mut xxhash_rust::xxh3::Xxh3| {
        for &b in bytes {
            if b.is_ascii_whitespace() {
                if !in_ws {
                    buf.push(b' ');
                }
                in_ws = true;
            } else {
                buf.push(b);
                in_ws = false;
            }
            if buf.len() >= 4096 {
                h.update(buf);
                buf.clear();
            }
        }
    };
    for (s, e) in cut {
        if s >= pos {
            feed(&html[pos..s], &mut buf, &mut h);
            pos = e.max(s);
        }
    }
    feed(&html[pos.min(html.len())..], &mut buf, &mut h);
    h.update(&buf);
    h.digest128()
}

/// Runs the cross-item rules on one item's digest.
pub fn cross_item(digest: &Digest, state: &mut CrossItem, settings: &Settings) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !state.frozen && state.tracked >= settings.max_tracked_items {
        state.frozen = true;
        let mut d = Diagnostic::new(
            &rules::tool::INPUT_LIMIT_EXCEEDED,
            digest.item_tag,
            format!(
                "the feed has more than {} items: duplicate guids, canonical URLs and titles are checked against the first {} only",
                settings.max_tracked_items, settings.max_tracked_items
            ),
        );
        d.help("raise `limits.max-tracked-items` to compare every item (memory grows with it)");
        out.push(d);
    }
    if !state.frozen {
        state.tracked += 1;
    }
    for &rule in rules::ALL {
        let check = match rule.check {
            Check::Cross(check) | Check::CrossEnd(check, _) => check,
            _ => continue,
        };
        run_rule(rule, settings, &mut out, digest.item_tag, |ctx| {
            check(digest, state, ctx)
        });
    }
    // Remembered here, not by a rule, so that the update rules know the
    // feed's duplicates even when duplicate-article-variant-canonicals is off.
    if !state.frozen
        && let (Some(n), Some(canonical)) = (&digest.normalized, &digest.canonical)
    {
        state.canonicals.entry(key(n)).or_insert((
            digest.index,
            digest.canonical_at.into(),
            key32(canonical),
        ));
    }
    out
}

/// Runs the rules decided at the channel's end, and resolves their findings.
fn channel_end(
    end: &ChannelEnd,
    state: &mut CrossItem,
    settings: &Settings,
    file: &Arc<str>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for &rule in rules::ALL {
        let check = match rule.check {
            Check::End(check) | Check::CrossEnd(_, check) => check,
            _ => continue,
        };
        run_rule(rule, settings, &mut out, end.span, |ctx| {
            check(end, state, ctx)
        });
    }
    let window = Window::new(&end.bytes, end.base);
    let mut findings: Vec<Finding> = out
        .iter()
        .map(|d| resolve(d, &window, file, None, None))
        .collect();
    sort_findings(&mut findings);
    findings
}

/// Resolves one diagnostic against the bytes it points into.
pub fn resolve(
    d: &Diagnostic,
    window: &Window<'_>,
    file: &Arc<str>,
    item: Option<u32>,
    canonical: Option<Arc<str>>,
) -> Finding {
    let start = window.locate(d.span.start);
    let end = window.locate(d.span.end);
    let snippet = snippet(d, window);
    let mut labels = Vec::new();
    let mut notes = d.notes.clone();
    for (i, l) in d.labels.iter().enumerate() {
        if window.contains(l.span.start) {
            let at = window.locate(l.span.start);
            labels.push(FoundLabel {
                start: at,
                end: window.locate(l.span.end),
                text: l.text.clone(),
            });
            let shown = snippet
                .as_ref()
                .is_some_and(|s| s.labels.get(i).is_some_and(|r| r.0 != usize::MAX));
            if !shown {
                notes.push(format!(
                    "{} at line {}, column {}",
                    l.text, at.line, at.column
                ));
            }
        } else {
            notes.push(l.text.clone());
        }
    }
    Finding {
        rule: d.rule,
        severity: d.severity,
        message: d.message.clone(),
        help: d.help.clone(),
        file: file.clone(),
        start,
        end,
        item,
        canonical,
        labels,
        notes,
        snippet,
        path: None,
        fingerprint: String::new(),
    }
}

/// A few source lines around the finding, cut to a window around the span
/// on very long lines.
fn snippet(d: &Diagnostic, window: &Window<'_>) -> Option<Snippet> {
    if !window.contains(d.span.start) {
        return None;
    }
    let rel = window.relative(d.span.start);
    let rel_end = window.relative(d.span.end).max(rel);
    let (mut a, line_end) = window.line_range(rel);
    let (_, mut b) = window.line_range(rel_end.saturating_sub(usize::from(rel_end > rel)));
    b = b.max(line_end.min(b.max(line_end)));
    const MAX: usize = 240;
    if rel - a > MAX / 2 {
        a = floor_char(window.bytes, rel - MAX / 2);
    }
    if b - a > MAX * 4 {
        b = floor_char(window.bytes, (rel_end + MAX / 2).min(b).max(rel));
    }
    let text = match std::str::from_utf8(&window.bytes[a..b]) {
        Ok(t) => t.to_string(),
        Err(_) => String::from_utf8_lossy(&window.bytes[a..b]).into_owned(),
    };
    if text.len() != b - a {
        return None;
    }
    let first = window.locate(window.base.offset + a as u64);
    let clip = |s: u64, e: u64| -> Option<(usize, usize)> {
        if !window.contains(s) {
            return None;
        }
        let rs = window.relative(s);
        let re = window.relative(e).max(rs);
        if rs < a || rs > b {
            return None;
        }
        Some((rs - a, re.min(b) - a))
    };
    let primary = clip(d.span.start, d.span.end)?;
    let labels = d
        .labels
        .iter()
        .map(|l| clip(l.span.start, l.span.end).unwrap_or((usize::MAX, usize::MAX)))
        .collect();
    Some(Snippet {
        text,
        first,
        primary,
        labels,
    })
}

fn floor_char(bytes: &[u8], mut i: usize) -> usize {
    while i > 0 && i < bytes.len() && (bytes[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

/// Lints one feed from a reader; findings are handed to `emit` in file order.
///
/// With more than one thread, worker threads take turns reading a small
/// batch of items (a few items, about 64 KB) and lint it (the article is
/// parsed inside the worker); the calling thread puts the results back in
/// feed order, runs the cross-item rules and emits. At most a few batches
/// per thread are in flight, so memory follows the largest items, not the
/// feed.
pub fn lint_feed(
    mut reader: FeedReader,
    file: &Arc<str>,
    settings: &Settings,
    emit: &mut dyn FnMut(Output) -> io::Result<()>,
) -> io::Result<Summary> {
    reader.set_limit(settings.max_item_bytes);
    if settings.threads <= 1 {
        lint_feed_serial(reader, file, settings, emit)
    } else {
        lint_feed_parallel(reader, file, settings, emit)
    }
}

/// What the serial stage needs of one linted item.
struct Linted {
    item: Box<Item>,
    diags: Vec<Diagnostic>,
    digest: Digest,
    assumed: Option<(String, LineCol)>,
}

fn assumed_for(reader: &FeedReader, settings: &Settings) -> Option<(String, LineCol)> {
    if settings.domains.is_empty() {
        assumed_domain(reader.channel())
    } else {
        None
    }
}

/// One item's findings, and what the reporters learn when it is done.
struct ItemFindings {
    findings: Vec<Finding>,
    done: Output,
    record: Option<Box<crate::state::Record>>,
}

/// The serial stage: cross-item rules, suppressions, positions, order.
fn finish_item(
    l: Linted,
    state: &mut CrossItem,
    settings: &Settings,
    file: &Arc<str>,
) -> ItemFindings {
    let Linted {
        item,
        mut diags,
        digest,
        assumed,
    } = l;
    if state.assumed_domain.is_none() {
        state.assumed_domain = assumed;
    }
    if digest.linted {
        diags.extend(cross_item(&digest, state, settings));
    } else if let Check::CrossEnd(count, _) = rules::size_and_fetching::FEED_TOO_MANY_ITEMS.check {
        // A broken item still counts towards the feed's size.
        run_rule(
            &rules::size_and_fetching::FEED_TOO_MANY_ITEMS,
            settings,
            &mut diags,
            digest.item_tag,
            |ctx| count(&digest, state, ctx),
        );
    }
    let window = item.window();
    suppress(&mut diags, &digest, &window, settings);
    let key = digest
        .guid
        .clone()
        .or_else(|| digest.canonical.as_deref().map(str::to_string))
        .unwrap_or_else(|| format!("item {}", item.index));
    let mut findings: Vec<Finding> = diags
        .iter()
        .map(|d| {
            let (idx, canonical) = if d.rule.name == "feed-too-many-items" {
                (None, None)
            } else {
                (Some(item.index), digest.canonical.clone())
            };
            let mut f = resolve(d, &window, file, idx, canonical);
            f.path = Some(d.path.clone().unwrap_or_else(|| cross_path(d, &digest)));
            f
        })
        .collect();
    sort_findings(&mut findings);
    assign_fingerprints(&mut findings, &key);
    let record = settings
        .record
        .then(|| record_of(&digest, file))
        .flatten()
        .map(Box::new);
    let done = Output::ItemDone {
        file: file.clone(),
        index: item.index,
        canonical: digest.canonical.clone(),
        title: digest.title.clone(),
        findings: 0,
        record: None,
    };
    ItemFindings {
        findings,
        done,
        record,
    }
}

/// What `--record` stores of an item (Resolution 30's definitions).
fn record_of(d: &Digest, file: &Arc<str>) -> Option<crate::state::Record> {
    if !d.linted {
        return None;
    }
    Some(crate::state::Record {
        canonical: d.canonical.as_deref()?.to_string(),
        normalized: d.normalized.clone()?,
        guid: d.guid.clone(),
        title: d.title.clone(),
        op_published: d.published_text.clone(),
        op_modified: d.modified_text.clone(),
        hash: d.hash?,
        media: d.media.iter().map(|(u, _)| u.clone()).collect(),
        feed: file.to_string(),
    })
}

/// Where a cross-item finding points, as a path (no article is in memory).
fn cross_path(d: &Diagnostic, digest: &Digest) -> String {
    let s = d.span;
    if s == digest.canonical_span {
        "canonical".into()
    } else if s == digest.guid_span || Some(s) == digest.guid_empty {
        "item > guid".into()
    } else if Some(s) == digest.modified_span {
        "time.op-modified".into()
    } else if Some(s) == digest.header_span {
        "header".into()
    } else if s == digest.lang_span {
        "html[lang]".into()
    } else {
        "item".into()
    }
}

/// Applies `[[ignore-items]]` and inline suppressions; reports unused inline ones.
fn suppress(
    diags: &mut Vec<Diagnostic>,
    digest: &Digest,
    window: &Window<'_>,
    settings: &Settings,
) {
    let matching: Vec<&crate::settings::IgnoreItem> = settings
        .ignore_items
        .iter()
        .filter(|i| i.matches(digest.canonical.as_deref(), digest.guid.as_deref()))
        .collect();
    let mut directives = digest.directives.clone();
    if matching.is_empty() && directives.is_empty() {
        return;
    }
    diags.retain(|d| {
        for i in &matching {
            if i.rules.is_empty() || i.rules.contains(&d.rule.name) {
                i.used.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                return false;
            }
        }
        let line = window.locate(d.span.start).line;
        for dir in directives.iter_mut() {
            if dir.covers(d.rule.name, line) {
                dir.used += 1;
                return false;
            }
        }
        true
    });
    if !settings.report_unused_suppressions {
        return;
    }
    for dir in directives {
        let msg = if !dir.unknown.is_empty() {
            format!(
                "the suppression names `{}`, which is neither a rule nor a category",
                dir.unknown.join("`, `")
            )
        } else if dir.used == 0 {
            "this suppression matched no finding".to_string()
        } else {
            continue;
        };
        let mut d = Diagnostic::new(&rules::tool::UNUSED_SUPPRESSION, dir.span, msg);
        d.help("remove the comment, or correct the rule names in it");
        diags.push(d);
    }
}

/// Emits one item's findings, then that the item is done.
fn emit_item(
    item: ItemFindings,
    summary: &mut Summary,
    settings: &Settings,
    emit: &mut dyn FnMut(Output) -> io::Result<()>,
) -> io::Result<()> {
    let before = summary.errors + summary.warnings + summary.infos;
    let errors_before = summary.errors;
    emit_all(item.findings, summary, settings, emit)?;
    let after = summary.errors + summary.warnings + summary.infos;
    let mut done = item.done;
    if let Output::ItemDone {
        findings, record, ..
    } = &mut done
    {
        *findings = (after - before) as usize;
        // Only what Facebook would ingest: items without an error finding.
        if summary.errors == errors_before {
            *record = item.record;
        }
    }
    emit(done)
}

/// The unused `[[ignore-items]]` entries of the configuration, as findings in
/// the configuration file, after the whole run.
pub fn unused_ignore_items(settings: &Settings, config: &Arc<str>) -> Vec<Finding> {
    if !settings.report_unused_suppressions {
        return Vec::new();
    }
    settings
        .ignore_items
        .iter()
        .filter(|i| i.used.load(std::sync::atomic::Ordering::Relaxed) == 0)
        .map(|i| {
            let d = Diagnostic::new(
                &rules::tool::UNUSED_SUPPRESSION,
                Span::at(0),
                format!(
                    "the [[ignore-items]] entry for `{}` matched no finding",
                    i.pattern
                ),
            );
            let mut f = resolve(&d, &Window::new(&[], Base::default()), config, None, None);
            f.start = LineCol {
                line: i.line,
                column: 1,
            };
            f.end = f.start;
            f.snippet = None;
            f.help = Some("remove the entry, or correct its pattern and rules".into());
            f.fingerprint = fingerprint(f.rule.name, "config", &i.pattern, 1);
            f
        })
        .collect()
}

/// Reports an input that could not be linted because the crawler would not
/// have received it (a blocked or too slow fetch): one finding at line 1.
pub fn lint_refused(
    rule: &'static Rule,
    file: &Arc<str>,
    message: String,
    help: String,
    settings: &Settings,
    emit: &mut dyn FnMut(Output) -> io::Result<()>,
) -> io::Result<Summary> {
    let mut d = Diagnostic::new(rule, Span::at(0), message);
    d.help(help);
    let mut f = resolve(&d, &Window::new(&[], Base::default()), file, None, None);
    f.start = LineCol { line: 1, column: 1 };
    f.end = f.start;
    f.snippet = None;
    f.path = Some("feed".into());
    let mut summary = Summary::default();
    emit_all(vec![f], &mut summary, settings, emit)?;
    Ok(summary)
}

/// Hands findings on: rules that are off are dropped, severity overrides
/// applied, and findings outside items get their fingerprints.
fn emit_all(
    findings: Vec<Finding>,
    summary: &mut Summary,
    settings: &Settings,
    emit: &mut dyn FnMut(Output) -> io::Result<()>,
) -> io::Result<()> {
    for mut f in findings {
        if !settings.enabled(f.rule.name) {
            continue;
        }
        f.severity = settings.severity_of(f.rule.name, f.severity);
        if f.fingerprint.is_empty() {
            summary.feed_findings += 1;
            f.fingerprint = fingerprint(
                f.rule.name,
                "feed",
                f.path.as_deref().unwrap_or("rss"),
                summary.feed_findings,
            );
        }
        summary.count(&f);
        emit(Output::Finding(Box::new(f)))?;
    }
    Ok(())
}

/// Gives sorted findings of one item their fingerprints; equal (rule, path)
/// pairs are told apart by their order.
fn assign_fingerprints(findings: &mut [Finding], key: &str) {
    let ordinals: Vec<u64> = {
        let mut seen: HashMap<(&'static str, &str), u64> = HashMap::new();
        findings
            .iter()
            .map(|f| {
                let n = seen
                    .entry((f.rule.name, f.path.as_deref().unwrap_or_default()))
                    .or_insert(0);
                *n += 1;
                *n
            })
            .collect()
    };
    for (f, n) in findings.iter_mut().zip(ordinals) {
        f.fingerprint = fingerprint(f.rule.name, key, f.path.as_deref().unwrap_or_default(), n);
    }
}

/// A stable fingerprint: rule, item key (guid or canonical URL), the
/// element's path, and an ordinal among equal triples; never a line number.
/// (The hash of `rule␟key␟path␟ordinal`, as 16 lower-case hex digits.)
pub fn fingerprint(rule: &str, key: &str, path: &str, ordinal: u64) -> String {
    let mut text = String::with_capacity(rule.len() + key.len() + path.len() + 26);
    for part in [rule, key, path] {
        text.push_str(part);
        text.push('\u{1f}');
    }
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = ordinal;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    text.extend(digits[i..].iter().map(|&d| char::from(d)));
    let hash = xxhash_rust::xxh3::xxh3_64(text.as_bytes());
    (0..16)
        .rev()
        .map(|k| char::from(b"0123456789abcdef"[((hash >> (k * 4)) & 0xf) as usize]))
        .collect()
}

fn lint_feed_serial(
    reader: FeedReader,
    file: &Arc<str>,
    settings: &Settings,
    emit: &mut dyn FnMut(Output) -> io::Result<()>,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut state = CrossItem::default();
    let mut shared = Shared {
        reader,
        seq: 0,
        ended: false,
    };
    while let Some((_, pieces, items)) = shared.next_batch(settings) {
        for done in lint_batch(pieces, items, settings) {
            if deliver(done, &mut state, &mut summary, settings, file, emit)? {
                return Ok(summary);
            }
        }
    }
    Ok(summary)
}

enum Done {
    Finding(Box<Finding>),
    ChannelEnd(Box<ChannelEnd>),
    Item(Box<Linted>),
    End(u32),
    Failed(io::Error),
}

/// Items travel between threads a few at a time, so that threads wake up
/// once per batch, not once per item: at most this many items...
const BATCH_ITEMS: usize = 4;
/// ...and about this many bytes of them.
const BATCH_BYTES: usize = 64 * 1024;

/// An item read, with the domain assumed when it was read.
type ReadItem = (Box<Item>, Option<(String, LineCol)>);

/// The reader the workers share: the next batch's number, and whether the
/// input has ended.
struct Shared {
    reader: FeedReader,
    seq: u64,
    ended: bool,
}

impl Shared {
    /// The next batch: its number and its pieces in file order (`None` where
    /// an item goes, the items apart), read until a few items are read or
    /// the input ends (the batch then ends with the end).
    fn next_batch(
        &mut self,
        settings: &Settings,
    ) -> Option<(u64, Vec<Option<Done>>, Vec<ReadItem>)> {
        if self.ended {
            return None;
        }
        let mut pieces = Vec::new();
        let mut items = Vec::new();
        let mut bytes = 0;
        while items.len() < BATCH_ITEMS && bytes < BATCH_BYTES {
            match self.reader.next_piece() {
                Ok(Some(Piece::Finding(f))) => pieces.push(Some(Done::Finding(f))),
                Ok(Some(Piece::ChannelEnd(e))) => pieces.push(Some(Done::ChannelEnd(e))),
                Ok(Some(Piece::Item(item))) => {
                    bytes += item.bytes.len();
                    let assumed = assumed_for(&self.reader, settings);
                    items.push((item, assumed));
                    pieces.push(None);
                }
                Ok(None) => {
                    pieces.push(Some(Done::End(self.reader.items_read())));
                    self.ended = true;
                    break;
                }
                Err(e) => {
                    pieces.push(Some(Done::Failed(e)));
                    self.ended = true;
                    break;
                }
            }
        }
        let seq = self.seq;
        self.seq += 1;
        Some((seq, pieces, items))
    }
}

/// Lints a batch's items together ([`lint_items`]) and puts the results in
/// their places among the batch's pieces.
fn lint_batch(pieces: Vec<Option<Done>>, items: Vec<ReadItem>, settings: &Settings) -> Vec<Done> {
    let refs: Vec<&Item> = items.iter().map(|(item, _)| &**item).collect();
    let mut linted = lint_items_guarded(&refs, settings).into_iter();
    let mut items = items.into_iter();
    pieces
        .into_iter()
        .filter_map(|p| match p {
            Some(d) => Some(d),
            None => {
                let ((item, assumed), (diags, digest)) = (items.next()?, linted.next()?);
                Some(Done::Item(Box::new(Linted {
                    item,
                    diags,
                    digest,
                    assumed,
                })))
            }
        })
        .collect()
}

/// Runs the cross-item rules on one result, in feed order, and emits its
/// findings; `true` at the end of the input.
fn deliver(
    done: Done,
    state: &mut CrossItem,
    summary: &mut Summary,
    settings: &Settings,
    file: &Arc<str>,
    emit: &mut dyn FnMut(Output) -> io::Result<()>,
) -> io::Result<bool> {
    match done {
        Done::Finding(f) => {
            if settings.enabled(f.rule.name) {
                emit_all(vec![*f], summary, settings, emit)?;
            }
        }
        Done::Item(l) => emit_item(
            finish_item(*l, state, settings, file),
            summary,
            settings,
            emit,
        )?,
        Done::ChannelEnd(end) => emit_all(
            channel_end(&end, state, settings, file),
            summary,
            settings,
            emit,
        )?,
        Done::End(items) => {
            summary.items = u64::from(items);
            return Ok(true);
        }
        Done::Failed(e) => return Err(e),
    }
    Ok(false)
}

fn lint_feed_parallel(
    reader: FeedReader,
    file: &Arc<str>,
    settings: &Settings,
    emit: &mut dyn FnMut(Output) -> io::Result<()>,
) -> io::Result<Summary> {
    use std::collections::BTreeMap;
    use std::sync::Mutex;
    use std::sync::mpsc::{channel, sync_channel};

    let threads = settings.threads;
    // Batches read but not yet emitted are bounded, so that memory follows
    // the largest items, not the feed, however slow one item is.
    let in_flight = threads * 4;
    let (token_tx, token_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        token_tx.send(()).expect("room for every token");
    }
    let token_rx = Mutex::new(token_rx);
    let shared = Mutex::new(Shared {
        reader,
        seq: 0,
        ended: false,
    });
    let (done_tx, done_rx) = channel::<(u64, Vec<Done>)>();
    let mut summary = Summary::default();
    std::thread::scope(|scope| -> io::Result<()> {
        // Each worker reads a batch (one worker at a time), lints its items
        // and hands the results back.
        for _ in 0..threads {
            let done = done_tx.clone();
            let (token_rx, shared) = (&token_rx, &shared);
            scope.spawn(move || {
                loop {
                    let token = token_rx
                        .lock()
                        .map_err(|_| ())
                        .and_then(|rx| rx.recv().map_err(|_| ()));
                    if token.is_err() {
                        return;
                    }
                    let batch = match shared.lock() {
                        Ok(mut shared) => shared.next_batch(settings),
                        Err(_) => None,
                    };
                    let Some((seq, pieces, items)) = batch else {
                        return;
                    };
                    let linted = lint_batch(pieces, items, settings);
                    if done.send((seq, linted)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        // Put results back in feed order.
        let mut state = CrossItem::default();
        let mut pending: BTreeMap<u64, Vec<Done>> = BTreeMap::new();
        let mut next = 0u64;
        let result = (|| -> io::Result<()> {
            while let Ok((seq, done)) = done_rx.recv() {
                pending.insert(seq, done);
                while let Some(batch) = pending.remove(&next) {
                    for done in batch {
                        if deliver(done, &mut state, &mut summary, settings, file, emit)? {
                            return Ok(());
                        }
                    }
                    next += 1;
                    let _ = token_tx.send(());
                }
            }
            Ok(())
        })();
        // Stop the workers whatever happened: no more batches, no more
        // tokens, no one to hand results to.
        if let Ok(mut shared) = shared.lock() {
            shared.ended = true;
        }
        drop(token_tx);
        drop(done_rx);
        result
    })?;
    Ok(summary)
}

/// The domain assumed from the channel's `<link>` (Resolution 25).
pub fn assumed_domain(channel: &ChannelInfo) -> Option<(String, LineCol)> {
    let link = channel.link.as_ref()?;
    let url = urls::absolute_http(&link.text)?;
    let host = urls::domain_host(&url)?;
    let reg = urls::registrable(&host)?;
    Some((reg, channel.link_at.unwrap_or_default()))
}

/// Lints a single article document (no feed around it).
pub fn lint_single_article(
    html: &str,
    file: &Arc<str>,
    settings: &Settings,
    emit: &mut dyn FnMut(Output) -> io::Result<()>,
) -> io::Result<Summary> {
    let map = ContentMap::verbatim(0);
    let mut summary = Summary::default();
    let window = Window::new(html.as_bytes(), Base::default());
    let mut canonical = None;
    let mut diags = Vec::new();
    let mut digest = Digest::default();
    if let Some((message, help)) = over_limit(html, html.len(), settings) {
        let mut d = Diagnostic::new(&rules::tool::INPUT_LIMIT_EXCEEDED, Span::new(0, 1), message);
        d.help(help);
        diags.push(d);
    } else {
        let article = Article::parse(html, &map, None);
        diags = lint_article(Some(&article), None, settings);
        element_paths(&mut diags, &article, None);
        canonical = article_canonical(&article).map(Arc::<str>::from);
        digest.canonical = canonical.clone();
        digest.directives = crate::suppress::directives(html, &map, &window);
    }
    suppress(&mut diags, &digest, &window, settings);
    let key = canonical.as_deref().unwrap_or("article").to_string();
    let mut findings: Vec<Finding> = diags
        .iter()
        .map(|d| {
            let mut f = resolve(d, &window, file, None, canonical.clone());
            f.path = d.path.clone();
            f
        })
        .collect();
    sort_findings(&mut findings);
    assign_fingerprints(&mut findings, &key);
    emit_all(findings, &mut summary, settings, emit)?;
    Ok(summary)
}

/// Gives every article finding the path of the element it points into.
fn element_paths(diags: &mut [Diagnostic], a: &Article<'_>, item: Option<&Item>) {
    if diags.is_empty() {
        return;
    }
    // Feed offsets are computed only where the search looks.
    let starts = a.element_starts();
    let at = |s: u32| a.source_start(s);
    for d in diags.iter_mut().filter(|d| d.path.is_none()) {
        let i = starts.partition_point(|&(s, _)| at(s) <= d.span.start);
        d.path = match i.checked_sub(1).map(|k| starts[k].1) {
            Some(el) if starts.first().is_some_and(|&(s, _)| at(s) <= d.span.start) => {
                Some(a.css_path(el))
            }
            _ => item.map(|it| field_path(it, d.span)),
        };
    }
}

/// The RSS field a span points into.
fn field_path(item: &Item, span: Span) -> String {
    let fields = [
        ("item > title", &item.title),
        ("item > link", &item.link),
        ("item > guid", &item.guid),
        ("item > pubDate", &item.pub_date),
        ("item > description", &item.description),
    ];
    for (name, f) in fields {
        if let Some(f) = f
            && (f.tag.start <= span.start && span.start <= f.text_span.end.max(f.tag.end))
        {
            return name.to_string();
        }
    }
    if item
        .authors
        .iter()
        .any(|f| f.tag.start <= span.start && span.start <= f.text_span.end.max(f.tag.end))
    {
        return "item > author".into();
    }
    if item
        .content
        .as_ref()
        .is_some_and(|c| c.tag.start <= span.start)
    {
        return "item > content:encoded".into();
    }
    "item".into()
}

/// Whether an element is one of the text blocks of Resolution 35.
pub fn is_text_block(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::P | Tag::Li | Tag::Blockquote | Tag::Aside | Tag::Figcaption | Tag::H1 | Tag::H2
    )
}

/// Lints one input (a path, or `-`) and collects its findings: for tests and
/// embedding.
pub fn lint_path(
    path: &str,
    settings: &Settings,
) -> Result<(Vec<Finding>, Summary), crate::input::InputError> {
    let (name, source) = crate::input::open(path)?;
    lint_source(&name, source, settings)
        .map_err(|e| crate::input::InputError::Io(path.to_string(), e))
}

/// Lints bytes held in memory (a feed or an article) and collects the findings.
pub fn lint_bytes(
    name: &str,
    bytes: Vec<u8>,
    settings: &Settings,
) -> io::Result<(Vec<Finding>, Summary)> {
    let source = crate::input::sniff(Box::new(io::Cursor::new(bytes)))?;
    lint_source(&Arc::from(name), source, settings)
}

fn lint_source(
    name: &Arc<str>,
    source: crate::input::Source,
    settings: &Settings,
) -> io::Result<(Vec<Finding>, Summary)> {
    let mut found = Vec::new();
    let mut emit = |o: Output| {
        if let Output::Finding(f) = o {
            found.push(*f);
        }
        Ok(())
    };
    let summary = match source {
        crate::input::Source::Feed(r, enc) => lint_feed(
            FeedReader::new(r, name.clone()).with_encoding(enc),
            name,
            settings,
            &mut emit,
        ),
        crate::input::Source::Article(html) => {
            lint_single_article(&html, name, settings, &mut emit)
        }
    }?;
    Ok((found, summary))
}

/// Lints `data` twice and checks what must hold for every input: no panic,
/// the same findings both times, and every position inside the input (lines
/// and columns that exist). Panics when an invariant breaks: for the fuzzers
/// and the property tests.
pub fn check_invariants(data: &[u8], settings: &Settings) -> (Vec<Finding>, Summary) {
    let (a, summary) = lint_bytes("fuzz.xml", data.to_vec(), settings)
        .expect("in-memory input cannot fail to read");
    let (b, _) = lint_bytes("fuzz.xml", data.to_vec(), settings)
        .expect("in-memory input cannot fail to read");
    let key = |f: &Finding| (f.rule.name, f.start, f.end, f.item, f.message.clone());
    assert_eq!(
        a.iter().map(key).collect::<Vec<_>>(),
        b.iter().map(key).collect::<Vec<_>>(),
        "output is not deterministic"
    );
    if let Ok(text) = std::str::from_utf8(data) {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // Line ends as the tracker counts them: LF, CRLF, lone CR.
        let starts = crate::source::line_starts(text.as_bytes());
        let line_count = starts.len() as u64 + 1;
        let line_chars = |line: u64| -> u64 {
            let b = text.as_bytes();
            let s = if line <= 1 {
                0
            } else {
                starts[(line - 2) as usize] as usize
            };
            let mut e = starts
                .get((line - 1) as usize)
                .map_or(b.len(), |&x| x as usize);
            while e > s && matches!(b[e - 1], b'\n' | b'\r') {
                e -= 1;
            }
            crate::source::count_chars(&b[s..e])
        };
        for f in &a {
            assert!(f.start.line >= 1 && f.start.column >= 1, "{f:?}");
            assert!(
                f.start <= f.end || f.end.line == 0,
                "span ends before it starts: {f:?}"
            );
            if f.file.as_ref() == "fuzz.xml" {
                assert!(
                    f.start.line <= line_count && f.end.line <= line_count,
                    "line out of bounds ({line_count}): {f:?}"
                );
                // Columns stay within their line (one past its end at most).
                assert!(
                    f.start.column <= line_chars(f.start.line) + 1,
                    "column out of bounds: {f:?}"
                );
                assert!(
                    f.end.column <= line_chars(f.end.line) + 1,
                    "end column out of bounds: {f:?}"
                );
            }
        }
    }
    (a, summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule::Category;

    fn panics(_: &Article<'_>, _: &mut Context<'_>) {
        panic!("boom");
    }

    static PANICS: Rule = Rule {
        name: "test-panics",
        category: Category::Tool,
        severity: crate::diagnostic::Severity::Warning,
        severities: &[crate::diagnostic::Severity::Warning],
        summary: "a rule that fails",
        docs: "",
        check: Check::Article(panics),
    };

    #[test]
    fn fingerprints_hash_the_four_parts() {
        for (rule, key, path, n) in [
            (
                "empty-element",
                "https://example.com/a",
                "html > body > p",
                1,
            ),
            ("x", "", "", 0),
            ("rule", "clé", "p:nth-of-type(12)", 1_234_567_890_123),
            ("r", "k", "p", u64::MAX),
        ] {
            let text = format!("{rule}\u{1f}{key}\u{1f}{path}\u{1f}{n}");
            let want = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()));
            assert_eq!(fingerprint(rule, key, path, n), want);
        }
    }

    #[test]
    fn a_failing_rule_is_an_internal_error_and_the_run_goes_on() {
        let settings = Settings::default();
        let mut out = Vec::new();
        run_rule(&PANICS, &settings, &mut out, Span::new(5, 6), |ctx| {
            ctx.report(Span::new(0, 1), "kept?");
            panic!("boom")
        });
        run_rule(&PANICS, &settings, &mut out, Span::new(5, 6), |ctx| {
            ctx.report(Span::new(0, 1), "kept");
        });
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].rule.name, "internal-error");
        assert!(out[0].message.contains("boom"));
        assert_eq!(out[0].span, Span::new(5, 6));
        assert_eq!(out[1].message, "kept");
        let _ = PANICS.check;
    }
}
