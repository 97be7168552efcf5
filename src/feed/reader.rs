//! The streaming pass over the feed's XML.
//!
//! quick-xml tokenizes; this module adds what quick-xml leaves to its callers
//! (RULES.md Resolution 43): an element stack for mismatched and unclosed
//! tags, one root, entity and character checks, and namespace resolution of
//! its own, so that `content:encoded` is found by its URI and reading can start
//! again at the next `<item` after an error.
//!
//! Memory follows the largest item, not the feed: every byte read is kept in
//! [`Tee`] only until the item (or the stretch between items) it belongs to
//! has been handed on.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::content::{Content, ContentKind, ContentMap};
use super::{CONTENT_NS, ChannelInfo, Field, Item};
use crate::diagnostic::{Diagnostic, Finding};
use crate::lint::resolve;
use crate::rule::Rule;
use crate::rules::envelope::{
    FEED_CONTENT_NAMESPACE_MISSING, FEED_MISSING_CHANNEL, FEED_ROOT_NOT_RSS2, FEED_XML_MALFORMED,
};
use crate::source::{Base, LineCol, Span, Tracker, Window};

/// What the reader hands on, in file order.
#[derive(Debug)]
pub enum Piece {
    Item(Box<Item>),
    /// The end of the channel (`</channel>`, or the end of the file when it
    /// is missing): channel-level findings decided at the end point here.
    ChannelEnd(Box<ChannelEnd>),
    /// A finding that belongs to no item, already resolved.
    Finding(Box<Finding>),
}

/// Where the channel ends, with the bytes of that line for the snippet.
#[derive(Debug)]
pub struct ChannelEnd {
    pub span: Span,
    pub bytes: Vec<u8>,
    pub base: Base,
    pub channel: ChannelInfo,
    /// Items read so far.
    pub items: u32,
    /// The `encoding` of the XML declaration, if any (for `feed-encoding-mismatch`).
    pub encoding: Option<crate::input::EncodingInfo>,
    /// Where the feed came from, for `feed-fetch-too-slow`.
    pub origin: Option<std::sync::Arc<crate::input::Origin>>,
    /// Time spent reading the feed's XML so far (measured for fetched feeds).
    pub read_time: std::time::Duration,
}

/// A `BufRead` that keeps every byte it serves until told to let it go, and
/// can serve kept bytes again (to restart the XML reader after an error).
struct Tee {
    inner: BufReader<Box<dyn Read + Send>>,
    /// Bytes from absolute offset `start` on.
    kept: Vec<u8>,
    start: u64,
    /// Line and column of `start`.
    tracker: Tracker,
    /// Index in `kept` of the next byte to serve.
    cursor: usize,
    eof: bool,
}

impl Tee {
    fn position(&self) -> u64 {
        self.start + self.cursor as u64
    }

    /// Forgets the bytes before the absolute offset `to`.
    fn release(&mut self, to: u64) {
        let cut = (to.saturating_sub(self.start) as usize).min(self.cursor);
        if cut == 0 {
            return;
        }
        self.tracker.advance(&self.kept[..cut]);
        self.kept.drain(..cut);
        self.start += cut as u64;
        self.cursor -= cut;
    }

    fn window(&self) -> Window<'_> {
        Window::new(&self.kept, self.tracker.base)
    }

    fn slice(&self, span: Span) -> &[u8] {
        let a = (span.start.saturating_sub(self.start) as usize).min(self.kept.len());
        let b = (span.end.saturating_sub(self.start) as usize).clamp(a, self.kept.len());
        &self.kept[a..b]
    }
}

impl Read for Tee {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Tee {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.cursor == self.kept.len() && !self.eof {
            let chunk = self.inner.fill_buf()?;
            if chunk.is_empty() {
                self.eof = true;
            } else {
                let n = chunk.len();
                self.kept.extend_from_slice(chunk);
                self.inner.consume(n);
            }
        }
        Ok(&self.kept[self.cursor..])
    }

    fn consume(&mut self, amt: usize) {
        self.cursor = (self.cursor + amt).min(self.kept.len());
    }
}

/// An element open in the XML.
struct Open {
    name: String,
    start: u64,
    /// Namespace bindings in force before this element.
    ns_len: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FieldKind {
    Title,
    Link,
    Guid,
    PubDate,
    Author,
    Description,
    LastBuildDate,
}

struct FieldCapture {
    kind: FieldKind,
    in_item: bool,
    depth: usize,
    tag: Span,
    text: String,
    first: Option<u64>,
    last_end: u64,
}

impl FieldCapture {
    fn push(&mut self, text: &str, start: u64, end: u64, escape: bool) {
        if let Some(pos) = text.find(|c: char| !c.is_ascii_whitespace()) {
            if self.first.is_none() {
                self.first = Some(if escape { start } else { start + pos as u64 });
            }
            self.last_end = if escape {
                end
            } else {
                let t = text.trim_end_matches(|c: char| c.is_ascii_whitespace());
                start + t.len() as u64
            };
        }
        self.text.push_str(text);
    }

    fn finish(self) -> Field {
        let text_span = match self.first {
            Some(f) => Span::new(f, self.last_end),
            None => self.tag,
        };
        Field {
            tag: self.tag,
            text: self.text,
            text_span,
        }
    }
}

struct ContentCapture {
    /// Bytes of decoded article so far (they stop being kept past the limit).
    size: usize,
    depth: usize,
    tag: Span,
    inner_start: u64,
    html: String,
    map: ContentMap,
    saw_cdata: bool,
    saw_escaped: bool,
    first_escaped: Option<Span>,
    element_child: Option<Span>,
    /// End of the last CDATA section, while only whitespace followed it.
    after_cdata: Option<u64>,
    ended_early: Option<Span>,
}

impl ContentCapture {
    /// Appends verbatim text; past `limit` the article is only measured.
    fn push(&mut self, text: &str, src: u64, limit: usize) {
        self.size += text.len();
        if self.size > limit {
            self.html = String::new();
            self.map = ContentMap::default();
            return;
        }
        self.map.push_verbatim(self.html.len(), src);
        self.html.push_str(text);
    }

    /// Appends one decoded escape.
    fn push_escape(&mut self, decoded: &str, src: u64, len: usize, limit: usize) {
        self.size += decoded.len();
        if self.size > limit {
            self.html = String::new();
            self.map = ContentMap::default();
            return;
        }
        self.map.push_escape(self.html.len(), src, len);
        self.html.push_str(decoded);
    }
}

struct ItemState {
    index: u32,
    depth: usize,
    base: Base,
    tag: Span,
    title: Option<Field>,
    link: Option<Field>,
    guid: Option<Field>,
    pub_date: Option<Field>,
    description: Option<Field>,
    authors: Vec<Field>,
    content: Option<Content>,
    diagnostics: Vec<Diagnostic>,
    broken: bool,
    outside_channel: bool,
}

/// Streams one feed and yields its items and envelope findings.
pub struct FeedReader {
    file: Arc<str>,
    reader: Option<Reader<Tee>>,
    /// Absolute offset of the current quick-xml reader's position 0.
    reader_base: u64,
    buf: Vec<u8>,
    stack: Vec<Open>,
    ns: Vec<(String, String)>,
    queue: VecDeque<Piece>,
    root_seen: bool,
    root_is_rss: bool,
    rss_at: Option<(Span, LineCol)>,
    rss_children: u32,
    channels: u32,
    in_channel_depth: Option<usize>,
    item: Option<ItemState>,
    field: Option<FieldCapture>,
    content: Option<ContentCapture>,
    items: u32,
    channel: ChannelInfo,
    namespace_reported: bool,
    missing_channel_reported: bool,
    /// Reading skipped to the end of the file after an error.
    skipped_to_eof: bool,
    channel_ended: bool,
    encoding: Option<crate::input::EncodingInfo>,
    origin: Option<std::sync::Arc<crate::input::Origin>>,
    /// Time spent in [`FeedReader::next_piece`] (measured for fetched feeds).
    read_time: std::time::Duration,
    /// Articles larger than this are measured, not kept.
    limit: usize,
    /// A feed-level malformed finding was made since the last item.
    outside_error: bool,
    done: bool,
}

fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

fn prefix(name: &str) -> Option<&str> {
    name.split_once(':').map(|(p, _)| p)
}

fn is_xml_char_bytes(bytes: &[u8]) -> Option<usize> {
    // Returns the index of the first byte of a character not allowed in XML 1.0.
    // Fast path (vectorised): no control character and no U+FFFE/U+FFFF lead byte.
    let control = bytes.iter().fold(false, |acc, &b| {
        acc | (b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r')
    });
    if !control && memchr::memchr(0xEF, bytes).is_none() {
        return None;
    }
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r' {
            return Some(i);
        }
        if b == 0xEF
            && bytes.get(i + 1) == Some(&0xBF)
            && matches!(bytes.get(i + 2), Some(0xBE | 0xBF))
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

impl FeedReader {
    /// Starts reading a feed from UTF-8 bytes (decode other encodings first;
    /// see [`crate::input`]).
    pub fn new(input: Box<dyn Read + Send>, file: Arc<str>) -> Self {
        let tee = Tee {
            inner: BufReader::with_capacity(64 * 1024, input),
            kept: Vec::new(),
            start: 0,
            tracker: Tracker::default(),
            cursor: 0,
            eof: false,
        };
        FeedReader {
            file,
            reader: Some(Self::xml_reader(tee)),
            reader_base: 0,
            buf: Vec::new(),
            stack: Vec::new(),
            ns: Vec::new(),
            queue: VecDeque::new(),
            root_seen: false,
            root_is_rss: false,
            rss_at: None,
            rss_children: 0,
            channels: 0,
            in_channel_depth: None,
            item: None,
            field: None,
            content: None,
            items: 0,
            channel: ChannelInfo::default(),
            namespace_reported: false,
            missing_channel_reported: false,
            skipped_to_eof: false,
            channel_ended: false,
            encoding: None,
            origin: None,
            read_time: std::time::Duration::ZERO,
            limit: usize::MAX,
            outside_error: false,
            done: false,
        }
    }

    fn xml_reader(tee: Tee) -> Reader<Tee> {
        let mut r = Reader::from_reader(tee);
        let c = r.config_mut();
        c.check_end_names = false;
        c.allow_unmatched_ends = true;
        c.check_comments = true;
        c.expand_empty_elements = false;
        c.trim_text(false);
        r
    }

    /// Articles larger than `limit` bytes are measured but not kept.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
    }

    /// Tells the reader how the input was decoded.
    pub fn with_encoding(mut self, info: crate::input::EncodingInfo) -> Self {
        self.encoding = Some(info);
        self
    }

    /// Tells the reader where the feed came from (its size, a download time).
    pub fn with_origin(mut self, origin: crate::input::Origin) -> Self {
        self.origin = Some(std::sync::Arc::new(origin));
        self
    }

    /// `feed-encoding-mismatch`, at the declaration's `encoding` (or the
    /// declaration) when the feed is not UTF-8.
    fn check_encoding(&mut self, before: u64, after: u64) {
        let Some(info) = self.encoding.as_mut() else {
            return;
        };
        let Some(msg) = info.problem() else { return };
        let decl = Span::new(before, after);
        let span = {
            let tee = self.reader.as_ref().expect("reader").get_ref();
            let bytes = tee.slice(decl);
            memchr::memmem::find(bytes, b"encoding").map_or(decl, |i| {
                let end = bytes[i..]
                    .iter()
                    .skip_while(|&&b| b != b'"' && b != b'\'')
                    .skip(1)
                    .position(|&b| b == b'"' || b == b'\'');
                let len = end.map_or(8, |e| {
                    let q = bytes[i..]
                        .iter()
                        .position(|&b| b == b'"' || b == b'\'')
                        .unwrap_or(0);
                    q + e + 2
                });
                Span::new(before + i as u64, before + (i + len) as u64)
            })
        };
        info.span = span;
        self.report(&crate::rules::envelope::FEED_ENCODING_MISMATCH, span, msg);
    }

    /// Queues the channel's end at `span` (once).
    fn channel_end(&mut self, span: Span) {
        if self.channel_ended || self.channels == 0 {
            return;
        }
        self.channel_ended = true;
        let tee = self.tee();
        let window = tee.window();
        let rel = window.relative(span.start);
        let (a, b) = window.line_range(rel);
        let bytes = tee.kept[a..b.max(a)].to_vec();
        let at = window.locate(tee.start + a as u64);
        let base = Base {
            offset: tee.start + a as u64,
            line: at.line,
            column: at.column,
        };
        let end = ChannelEnd {
            span,
            bytes,
            base,
            channel: self.channel.clone(),
            items: self.items,
            encoding: self.encoding.clone(),
            origin: self.origin.clone(),
            read_time: self.read_time,
        };
        self.queue.push_back(Piece::ChannelEnd(Box::new(end)));
    }

    /// How many `<item>` elements have been read so far.
    pub fn items_read(&self) -> u32 {
        self.items
    }

    pub fn channel(&self) -> &ChannelInfo {
        &self.channel
    }

    fn tee(&self) -> &Tee {
        self.reader.as_ref().expect("reader present").get_ref()
    }

    fn tee_mut(&mut self) -> &mut Tee {
        self.reader.as_mut().expect("reader present").get_mut()
    }

    /// The next item or envelope finding; `None` at the end of the input.
    pub fn next_piece(&mut self) -> io::Result<Option<Piece>> {
        loop {
            if let Some(p) = self.queue.pop_front() {
                return Ok(Some(p));
            }
            if self.done {
                return Ok(None);
            }
            if self.origin.as_ref().is_some_and(|o| o.download.is_some()) {
                let started = std::time::Instant::now();
                let r = self.step();
                self.read_time += started.elapsed();
                r?;
            } else {
                self.step()?;
            }
        }
    }

    fn locate(&self, offset: u64) -> LineCol {
        self.tee().window().locate(offset)
    }

    /// Reports a finding outside any item (resolved now, while its bytes are kept).
    fn report_outside(&mut self, rule: &'static Rule, span: Span, message: String) -> usize {
        let d = Diagnostic::new(rule, span, message);
        let f = resolve(&d, &self.tee().window(), &self.file, None, None);
        self.queue.push_back(Piece::Finding(Box::new(f)));
        self.queue.len() - 1
    }

    fn report(&mut self, rule: &'static Rule, span: Span, message: String) {
        if let Some(item) = self.item.as_mut() {
            item.diagnostics.push(Diagnostic::new(rule, span, message));
        } else {
            self.report_outside(rule, span, message);
        }
    }

    /// Reports malformed XML: at most one finding per item and one outside
    /// items; the item (if any) is then broken and reading skips to the next
    /// `<item`.
    fn malformed(&mut self, at: u64, message: String) -> io::Result<()> {
        let span = Span::new(at, at + 1);
        let early = self.content.as_ref().and_then(|c| c.ended_early);
        if let Some(item) = self.item.as_mut() {
            if let Some(early) = early.filter(|_| !item.broken) {
                let mut d = Diagnostic::new(
                    &crate::rules::item::ITEM_CONTENT_NOT_CDATA,
                    early,
                    "a `]]>` inside the article ends the CDATA section early",
                );
                d.help("split every `]]>` inside the article as `]]]]><![CDATA[>`");
                item.diagnostics.push(d);
            }
            if !item.broken {
                item.diagnostics
                    .push(Diagnostic::new(&FEED_XML_MALFORMED, span, message));
                item.broken = true;
            }
            self.field = None;
            self.content = None;
            self.finish_item(at);
        } else if !self.outside_error {
            self.outside_error = true;
            self.report_outside(&FEED_XML_MALFORMED, span, message);
        }
        self.resync()
    }

    /// Skips to the next `<item` outside CDATA sections and comments, and
    /// restarts the XML reader there.
    fn resync(&mut self) -> io::Result<()> {
        let reader = self.reader.take().expect("reader present");
        let mut tee = reader.into_inner();
        // Keep the element stack down to the channel (or the root).
        let keep = self
            .in_channel_depth
            .unwrap_or(usize::from(!self.stack.is_empty()));
        if let Some(first_dropped) = self.stack.get(keep) {
            self.ns.truncate(first_dropped.ns_len);
        }
        self.stack.truncate(keep);
        #[derive(PartialEq)]
        enum In {
            Markup,
            Cdata,
            Comment,
        }
        let mut state = In::Markup;
        let mut from = tee.cursor;
        loop {
            // Make sure at least 9 bytes of lookahead are kept when possible.
            while tee.kept.len() - from < 16 && !tee.eof {
                tee.cursor = tee.kept.len();
                tee.fill_buf()?;
            }
            let hay = &tee.kept[from..];
            let found = match state {
                In::Markup => memchr::memchr(b'<', hay).map(|i| (i, 1)),
                In::Cdata => memchr::memmem::find(hay, b"]]>").map(|i| (i, 3)),
                In::Comment => memchr::memmem::find(hay, b"-->").map(|i| (i, 3)),
            };
            let Some((i, len)) = found else {
                if tee.eof {
                    tee.cursor = tee.kept.len();
                    self.skipped_to_eof = true;
                    break;
                }
                // Keep a small overlap for markers cut at the buffer's end.
                from = tee.kept.len().saturating_sub(8).max(from);
                tee.cursor = tee.kept.len();
                tee.fill_buf()?;
                if self.item.is_none() && tee.kept.len() > (1 << 20) {
                    let to = tee.start + from as u64;
                    tee.release(to);
                    from -= (to - tee.start).min(from as u64) as usize;
                    from = from.min(tee.kept.len());
                }
                continue;
            };
            let at = from + i;
            if state != In::Markup {
                state = In::Markup;
                from = at + len;
                continue;
            }
            // Need a little lookahead after '<'.
            while tee.kept.len() - at < 10 && !tee.eof {
                tee.cursor = tee.kept.len();
                tee.fill_buf()?;
            }
            let rest = &tee.kept[at..];
            if rest.starts_with(b"<![CDATA[") {
                state = In::Cdata;
                from = at + 9;
            } else if rest.starts_with(b"<!--") {
                state = In::Comment;
                from = at + 4;
            } else if rest.starts_with(b"<item")
                && rest
                    .get(5)
                    .is_none_or(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
            {
                tee.cursor = at;
                break;
            } else {
                from = at + 1;
            }
        }
        self.reader_base = tee.position();
        self.reader = Some(Self::xml_reader(tee));
        Ok(())
    }

    fn resolve_prefix(&self, p: &str) -> Option<&str> {
        self.ns
            .iter()
            .rev()
            .find(|(k, _)| k == p)
            .map(|(_, v)| v.as_str())
    }

    /// Checks a start tag's attributes and records its namespace bindings.
    fn start_tag_checks(&mut self, e: &BytesStart<'_>, at: u64) -> Result<(), String> {
        for attr in e.attributes() {
            let attr = attr.map_err(|err| format!("bad attribute: {err}"))?;
            let key = attr.key.0;
            let value: &str = &attr.value;
            if value.contains('<') {
                return Err(format!("`<` in the value of attribute `{key}`"));
            }
            check_refs(value)
                .map_err(|r| format!("undefined entity `&{r};` in attribute `{key}`"))?;
            if key == "xmlns:content" && value != CONTENT_NS && !self.namespace_reported {
                self.namespace_reported = true;
                let tag = Span::new(at, at + e.len() as u64 + 2);
                let span = self.attr_span(tag, "xmlns:content").unwrap_or(tag);
                let msg = format!(
                    "the prefix `content:` is bound to `{value}`, not to the content module"
                );
                self.report(&FEED_CONTENT_NAMESPACE_MISSING, span, msg);
            }
            if key == "xmlns" {
                self.ns.push((String::new(), value.to_string()));
            } else if let Some(p) = key.strip_prefix("xmlns:") {
                self.ns.push((p.to_string(), value.to_string()));
            }
        }
        Ok(())
    }

    fn step(&mut self) -> io::Result<()> {
        let before_rel = self.reader.as_ref().expect("reader").buffer_position();
        let before = self.reader_base + before_rel;
        // Between items, let go of what has been read.
        if self.item.is_none() && self.tee().kept.len() > 64 * 1024 {
            self.tee_mut().release(before);
        }
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        let reader = self.reader.as_mut().expect("reader");
        let result = reader.read_event_into(&mut buf);
        let after = self.reader_base + reader.buffer_position();
        let event = match result {
            Ok(ev) => ev,
            Err(err) => {
                self.buf = buf;
                let at = self.error_offset(before, &err);
                return self.malformed(at, xml_error_message(&err));
            }
        };
        let outcome = self.on_event(event, before, after);
        self.buf = buf;
        outcome
    }

    fn on_event(&mut self, event: Event<'_>, before: u64, after: u64) -> io::Result<()> {
        match event {
            Event::Decl(_) => {
                self.check_encoding(before, after);
                if before != 0 {
                    return self.malformed(
                        before,
                        "the XML declaration is not at the start of the file".into(),
                    );
                }
            }
            Event::Start(e) => self.on_start(&e, before, after, false)?,
            Event::Empty(e) => self.on_start(&e, before, after, true)?,
            Event::End(e) => self.on_end(e.name().0, before, after)?,
            Event::Text(t) => self.on_text(&t, before, after)?,
            Event::CData(c) => self.on_cdata(&c, before, after)?,
            Event::GeneralRef(r) => self.on_ref(&r, before, after)?,
            Event::Comment(_) | Event::PI(_) | Event::DocType(_) => {}
            Event::Eof => self.on_eof(after),
        }
        Ok(())
    }

    fn error_offset(&self, before: u64, err: &quick_xml::Error) -> u64 {
        if let quick_xml::Error::Encoding(_) = err {
            // quick-xml does not set the position: find the first bad byte.
            let tee = self.tee();
            let from = (before.saturating_sub(tee.start) as usize).min(tee.kept.len());
            if let Err(e) = std::str::from_utf8(&tee.kept[from..]) {
                return before + e.valid_up_to() as u64;
            }
            return before;
        }
        let pos = self.reader.as_ref().expect("reader").error_position();
        self.reader_base + pos
    }

    fn on_start(
        &mut self,
        e: &BytesStart<'_>,
        before: u64,
        after: u64,
        empty: bool,
    ) -> io::Result<()> {
        let name = e.name().0.to_string();
        let depth = self.stack.len();
        let ns_len = self.ns.len();
        if depth == 0 && self.root_seen {
            return self.malformed(before, format!("a second root element `<{name}>`"));
        }
        if let Err(msg) = self.start_tag_checks(e, before) {
            self.ns.truncate(ns_len);
            return self.malformed(before, msg);
        }
        let tag = Span::new(before, after);
        // Namespace of a prefixed name.
        if let Some(p) = prefix(&name)
            && p != "xml"
            && p != "xmlns"
            && self.resolve_prefix(p).is_none()
            && p != "content"
        {
            self.ns.truncate(ns_len);
            return self.malformed(
                before,
                format!("the prefix `{p}:` of `<{name}>` is not declared"),
            );
        }

        if depth == 0 {
            self.on_root(e, &name, tag);
        } else if depth == 1 && self.root_is_rss {
            self.rss_children += 1;
        }

        // Inside an article written as XML elements: all of it is content.
        if let Some(c) = self.content.as_mut() {
            if c.element_child.is_none() {
                c.element_child = Some(tag);
            }
            if !empty {
                self.stack.push(Open {
                    name,
                    start: before,
                    ns_len,
                });
            } else {
                self.ns.truncate(ns_len);
            }
            return Ok(());
        }
        if let Some(f) = self.field.as_ref()
            && depth > f.depth
        {
            // Markup inside a simple field: keep going, its text still counts.
            if !empty {
                self.stack.push(Open {
                    name,
                    start: before,
                    ns_len,
                });
            } else {
                self.ns.truncate(ns_len);
            }
            return Ok(());
        }

        let parent = self.stack.last().map(|o| local(&o.name).to_string());
        let lname = local(&name);
        let pfx = prefix(&name);
        if self.item.is_none()
            && lname == "channel"
            && pfx.is_none()
            && depth == 1
            && self.root_is_rss
        {
            self.channels += 1;
            if self.channels > 1 {
                self.report_missing_channel_at_rss("the feed has more than one <channel>");
            }
            if !empty {
                self.in_channel_depth = Some(depth + 1);
            }
        } else if self.item.is_none()
            && lname == "item"
            && pfx.is_none()
            && self.root_is_rss
            && depth >= 1
        {
            let in_channel =
                parent.as_deref() == Some("channel") && self.in_channel_depth == Some(depth);
            // An item anywhere else is still read (and feed-missing-channel says where it is).
            {
                self.start_item(tag, depth, !in_channel);
                if empty {
                    self.finish_item(after);
                    return Ok(());
                }
            }
        } else if let Some(item) = self.item.as_ref()
            && depth == item.depth + 1
        {
            let is_content = lname == "encoded"
                && match pfx {
                    Some(p) => self.resolve_prefix(p) == Some(CONTENT_NS) || p == "content",
                    None => self.resolve_prefix("") == Some(CONTENT_NS),
                };
            if is_content {
                if let Some(p) = pfx
                    && self.resolve_prefix(p) != Some(CONTENT_NS)
                    && !self.namespace_reported
                {
                    self.namespace_reported = true;
                    let msg = match self.resolve_prefix(p) {
                        Some(uri) => format!(
                            "the prefix `{p}:` is bound to `{uri}`, not to the content module"
                        ),
                        None => {
                            format!("the prefix `{p}:` is used but `xmlns:{p}` is not declared")
                        }
                    };
                    self.report(&FEED_CONTENT_NAMESPACE_MISSING, tag, msg);
                }
                let mut cap = ContentCapture {
                    size: 0,
                    depth: depth + 1,
                    tag,
                    inner_start: after,
                    html: String::new(),
                    map: ContentMap::default(),
                    saw_cdata: false,
                    saw_escaped: false,
                    first_escaped: None,
                    element_child: None,
                    after_cdata: None,
                    ended_early: None,
                };
                if empty {
                    cap.inner_start = after;
                    self.content = Some(cap);
                    self.finish_content(after);
                    self.ns.truncate(ns_len);
                    return Ok(());
                }
                self.content = Some(cap);
            } else if pfx.is_none()
                && let Some(kind) = match lname {
                    "title" => Some(FieldKind::Title),
                    "link" => Some(FieldKind::Link),
                    "guid" => Some(FieldKind::Guid),
                    "pubDate" => Some(FieldKind::PubDate),
                    "author" => Some(FieldKind::Author),
                    "description" => Some(FieldKind::Description),
                    _ => None,
                }
            {
                self.field = Some(FieldCapture {
                    kind,
                    in_item: true,
                    depth: depth + 1,
                    tag,
                    text: String::new(),
                    first: None,
                    last_end: after,
                });
                if empty {
                    self.finish_field();
                }
            }
        } else if self.item.is_none() && self.in_channel_depth == Some(depth) && pfx.is_none() {
            let kind = match lname {
                "title" => Some(FieldKind::Title),
                "link" => Some(FieldKind::Link),
                "description" => Some(FieldKind::Description),
                "lastBuildDate" => Some(FieldKind::LastBuildDate),
                _ => None,
            };
            if let Some(kind) = kind {
                self.field = Some(FieldCapture {
                    kind,
                    in_item: false,
                    depth: depth + 1,
                    tag,
                    text: String::new(),
                    first: None,
                    last_end: after,
                });
                if empty {
                    self.finish_field();
                }
            }
        }
        if empty {
            self.ns.truncate(ns_len);
        } else {
            self.stack.push(Open {
                name,
                start: before,
                ns_len,
            });
        }
        Ok(())
    }

    fn on_root(&mut self, e: &BytesStart<'_>, name: &str, tag: Span) {
        self.root_seen = true;
        if name != "rss" {
            let what = match local(name) {
                "feed" => "an Atom feed",
                "RDF" => "an RSS 1.0 (RDF) feed",
                _ => "not an RSS feed",
            };
            self.report_outside(
                &FEED_ROOT_NOT_RSS2,
                tag,
                format!("the root element is <{name}>: {what}, not RSS 2.0"),
            );
            return;
        }
        self.root_is_rss = true;
        self.rss_at = Some((tag, self.locate(tag.start)));
        let version = e.attributes().flatten().find(|a| a.key.0 == "version");
        match version {
            Some(v) if v.value.trim() == "2.0" => {}
            Some(v) => {
                let value = v.value.to_string();
                let span = self.attr_span(tag, "version").unwrap_or(tag);
                self.report_outside(
                    &FEED_ROOT_NOT_RSS2,
                    span,
                    format!("the feed declares RSS version `{value}`, not 2.0"),
                );
            }
            None => {
                self.report_outside(
                    &FEED_ROOT_NOT_RSS2,
                    tag,
                    "the <rss> element has no `version` attribute".into(),
                );
            }
        }
    }

    fn attr_span(&self, tag: Span, name: &str) -> Option<Span> {
        let bytes = self.tee().slice(tag);
        let text = std::str::from_utf8(bytes).ok()?;
        crate::article::attr_span_in_tag(text, name)
            .map(|(a, b)| Span::new(tag.start + a as u64, tag.start + b as u64))
    }

    /// Structural findings about the envelope point at `<rss>` (RULES.md
    /// Resolution 40), once per feed.
    fn report_missing_channel_at_rss(&mut self, message: &str) {
        if self.missing_channel_reported {
            return;
        }
        self.missing_channel_reported = true;
        self.report_at_rss(&FEED_MISSING_CHANNEL, message.to_string());
    }

    /// Reports at the `<rss>` start tag, even when its bytes are gone.
    fn report_at_rss(&mut self, rule: &'static Rule, message: String) {
        let Some((span, at)) = self.rss_at else {
            return;
        };
        let d = Diagnostic::new(rule, span, message);
        let window = self.tee().window();
        let f = if window.contains(span.start) {
            resolve(&d, &window, &self.file, None, None)
        } else {
            let mut f = resolve(
                &d,
                &Window::new(&[], crate::source::Base::default()),
                &self.file,
                None,
                None,
            );
            let end = LineCol {
                line: at.line,
                column: at.column + (span.end - span.start),
            };
            f.start = at;
            f.end = end;
            f.snippet = None;
            f
        };
        self.queue.push_back(Piece::Finding(Box::new(f)));
    }

    fn start_item(&mut self, tag: Span, depth: usize, outside_channel: bool) {
        self.tee_mut().release(tag.start);
        self.outside_error = false;
        self.items += 1;
        let base = self.tee().tracker.base;
        let state = ItemState {
            index: self.items,
            depth,
            base,
            tag,
            title: None,
            link: None,
            guid: None,
            pub_date: None,
            description: None,
            authors: Vec::new(),
            content: None,
            diagnostics: Vec::new(),
            broken: false,
            outside_channel,
        };
        self.item = Some(state);
        if outside_channel {
            let msg = if self.channels == 0 {
                "the <rss> element has no <channel>: its items are not inside one"
            } else {
                "an <item> of the feed is not a child of the <channel>"
            };
            self.report_missing_channel_at_rss(msg);
        }
    }

    fn finish_item(&mut self, end: u64) {
        let Some(state) = self.item.take() else {
            return;
        };
        let tee = self.tee_mut();
        let end = end.max(state.tag.start);
        let len = (end - tee.start).min(tee.cursor as u64) as usize;
        // Hand the item's bytes on without copying them (it starts the buffer).
        let rest = tee.kept.split_off(len);
        let bytes = std::mem::replace(&mut tee.kept, rest);
        let line_starts = tee.tracker.advance_lines(&bytes);
        tee.start += len as u64;
        tee.cursor -= len;
        let item = Item {
            index: state.index,
            bytes,
            line_starts,
            base: state.base,
            tag: state.tag,
            title: state.title,
            link: state.link,
            guid: state.guid,
            pub_date: state.pub_date,
            description: state.description,
            authors: state.authors,
            content: state.content,
            diagnostics: state.diagnostics,
            broken: state.broken,
            outside_channel: state.outside_channel,
        };
        self.queue.push_back(Piece::Item(Box::new(item)));
    }

    fn finish_field(&mut self) {
        let Some(cap) = self.field.take() else { return };
        let kind = cap.kind;
        let in_item = cap.in_item;
        let field = cap.finish();
        if in_item {
            let Some(item) = self.item.as_mut() else {
                return;
            };
            let slot = match kind {
                FieldKind::Title => &mut item.title,
                FieldKind::Link => &mut item.link,
                FieldKind::Guid => &mut item.guid,
                FieldKind::PubDate => &mut item.pub_date,
                FieldKind::Description => &mut item.description,
                FieldKind::Author => {
                    item.authors.push(field);
                    return;
                }
                FieldKind::LastBuildDate => return,
            };
            if slot.is_none() {
                *slot = Some(field);
            }
        } else {
            let at = self.locate(field.tag.start);
            let slot = match kind {
                FieldKind::Title => &mut self.channel.title,
                FieldKind::Link => {
                    if self.channel.link.is_none() {
                        self.channel.link_at = Some(at);
                    }
                    &mut self.channel.link
                }
                FieldKind::Description => &mut self.channel.description,
                FieldKind::LastBuildDate => &mut self.channel.last_build_date,
                _ => return,
            };
            if slot.is_none() {
                *slot = Some(field);
            }
        }
    }

    fn finish_content(&mut self, end_tag: u64) {
        let Some(cap) = self.content.take() else {
            return;
        };
        let (kind, html, map) = if cap.element_child.is_some() {
            let raw = self.tee().slice(Span::new(cap.inner_start, end_tag));
            (
                ContentKind::Elements,
                String::from_utf8_lossy(raw).into_owned(),
                ContentMap::verbatim(cap.inner_start),
            )
        } else {
            let kind = match (cap.saw_cdata, cap.saw_escaped) {
                (true, false) => ContentKind::Cdata,
                (false, true) => ContentKind::Escaped,
                (true, true) => ContentKind::Mixed,
                (false, false) => ContentKind::Empty,
            };
            (kind, cap.html, cap.map)
        };
        let content = Content {
            tag: cap.tag,
            kind,
            size: cap.size.max(html.len()),
            html,
            map,
            first_escaped: cap.first_escaped,
            element_child: cap.element_child,
            cdata_ended_early: cap.ended_early,
        };
        if let Some(item) = self.item.as_mut()
            && item.content.is_none()
        {
            item.content = Some(content);
        }
    }

    fn on_end(&mut self, name: &str, before: u64, after: u64) -> io::Result<()> {
        let Some(top) = self.stack.last() else {
            return self.malformed(before, format!("the end tag `</{name}>` closes no element"));
        };
        if top.name != name {
            let msg = format!("the end tag `</{name}>` does not match `<{}>`", top.name);
            return self.malformed(before, msg);
        }
        let open = self.stack.pop().expect("checked");
        self.ns.truncate(open.ns_len);
        let depth = self.stack.len();
        if let Some(c) = self.content.as_ref()
            && depth + 1 == c.depth
        {
            self.finish_content(before);
        }
        if let Some(f) = self.field.as_ref()
            && depth + 1 == f.depth
        {
            self.finish_field();
        }
        if let Some(item) = self.item.as_ref()
            && depth == item.depth
        {
            self.finish_item(after);
        }
        if self.in_channel_depth == Some(depth + 1) && depth == 1 {
            self.in_channel_depth = None;
            self.channel_end(Span::new(before, after));
        }
        if depth == 0 && self.root_is_rss && self.channels == 0 {
            self.report_missing_channel_at_rss("the <rss> element has no <channel>");
        }
        let _ = open.start;
        Ok(())
    }

    fn on_text(
        &mut self,
        t: &quick_xml::events::BytesText<'_>,
        before: u64,
        after: u64,
    ) -> io::Result<()> {
        let text: &str = t;
        if let Some(i) = is_xml_char_bytes(text.as_bytes()) {
            return self.malformed(
                before + i as u64,
                "a character that XML 1.0 does not allow".into(),
            );
        }
        let blank = text.bytes().all(|b| b.is_ascii_whitespace());
        if self.stack.is_empty() {
            if !blank {
                let pos = text.find(|c: char| !c.is_ascii_whitespace()).unwrap_or(0);
                let what = if self.root_seen { "after" } else { "before" };
                return self
                    .malformed(before + pos as u64, format!("text {what} the root element"));
            }
            return Ok(());
        }
        if let Some(c) = self.content.as_mut() {
            if self.stack.len() == c.depth {
                if !blank {
                    if let Some(end) = c.after_cdata
                        && c.ended_early.is_none()
                    {
                        c.ended_early = Some(Span::new(end - 3, end));
                    }
                    if !c.saw_cdata && c.first_escaped.is_none() {
                        let pos =
                            text.find(|ch: char| !ch.is_ascii_whitespace()).unwrap_or(0) as u64;
                        c.first_escaped = Some(Span::new(before + pos, before + pos + 1));
                    }
                    c.saw_escaped = true;
                }
                // The raw text (references come as their own events).
                c.push(text, before, self.limit);
            }
            return Ok(());
        }
        if let Some(f) = self.field.as_mut() {
            f.push(text, before, after, false);
        }
        Ok(())
    }

    fn on_cdata(
        &mut self,
        c: &quick_xml::events::BytesCData<'_>,
        before: u64,
        after: u64,
    ) -> io::Result<()> {
        let inner = Span::new(before + 9, after.saturating_sub(3));
        let text: &str = c;
        if let Some(i) = is_xml_char_bytes(text.as_bytes()) {
            return self.malformed(
                inner.start + i as u64,
                "a character that XML 1.0 does not allow".into(),
            );
        }
        if let Some(c) = self.content.as_mut() {
            if self.stack.len() == c.depth {
                c.saw_cdata = true;
                c.push(text, inner.start, self.limit);
                c.after_cdata = Some(after);
                if c.ended_early.is_none() && c.saw_escaped {
                    // Escaped text followed by CDATA is merely mixed.
                }
            }
            return Ok(());
        }
        if self.stack.is_empty() {
            return self.malformed(before, "a CDATA section outside the root element".into());
        }
        if let Some(f) = self.field.as_mut() {
            f.push(text, inner.start, inner.end, false);
        }
        Ok(())
    }

    fn on_ref(
        &mut self,
        r: &quick_xml::events::BytesRef<'_>,
        before: u64,
        after: u64,
    ) -> io::Result<()> {
        let name: &str = r;
        let decoded: Option<String> = if r.is_char_ref() {
            match r.resolve_char_ref() {
                Ok(Some(ch)) if is_xml_char(ch) => Some(ch.to_string()),
                _ => None,
            }
        } else {
            quick_xml::escape::resolve_predefined_entity(name).map(str::to_string)
        };
        let Some(decoded) = decoded else {
            return self.malformed(before, format!("undefined entity `&{name};`"));
        };
        if self.stack.is_empty() {
            return self.malformed(before, "a reference outside the root element".into());
        }
        if let Some(c) = self.content.as_mut() {
            if self.stack.len() == c.depth {
                if let Some(end) = c.after_cdata
                    && c.ended_early.is_none()
                {
                    c.ended_early = Some(Span::new(end - 3, end));
                }
                if !c.saw_cdata && c.first_escaped.is_none() {
                    c.first_escaped = Some(Span::new(before, after));
                }
                c.saw_escaped = true;
                c.push_escape(&decoded, before, (after - before) as usize, self.limit);
            }
            return Ok(());
        }
        if let Some(f) = self.field.as_mut() {
            f.push(&decoded, before, after, true);
        }
        Ok(())
    }

    fn on_eof(&mut self, end: u64) {
        self.done = true;
        let eof_channel_end = self.root_is_rss && !self.channel_ended;
        if self.root_is_rss && self.channels == 0 {
            self.report_missing_channel_at_rss("the <rss> element has no <channel>");
        }
        if let Some(open) = self.stack.last() {
            let name = open.name.clone();
            if self.item.is_some() {
                let item_start = self.item.as_ref().map_or(end, |i| i.tag.start);
                if let Some(item) = self.item.as_mut()
                    && !item.broken
                {
                    item.diagnostics.push(Diagnostic::new(
                        &FEED_XML_MALFORMED,
                        Span::new(item_start, item_start + 1),
                        format!("the file ends inside this <item> (`<{name}>` is still open)"),
                    ));
                    item.broken = true;
                }
                self.field = None;
                self.content = None;
                self.finish_item(end);
            } else if !self.outside_error && !self.skipped_to_eof {
                // Reported at the start tag of the outermost open element
                // (Resolution 43); for <rss> that is known even when streamed past.
                let root = self
                    .stack
                    .first()
                    .map(|o| o.name.clone())
                    .unwrap_or_default();
                let msg = if root == name {
                    format!("the file ends while `<{name}>` is still open")
                } else {
                    format!(
                        "the file ends while `<{root}>` (and `<{name}>` inside it) is still open"
                    )
                };
                if self.root_is_rss {
                    self.report_at_rss(&FEED_XML_MALFORMED, msg);
                } else {
                    let start = self.stack.first().map_or(end, |o| o.start);
                    self.report_outside(&FEED_XML_MALFORMED, Span::new(start, start + 1), msg);
                }
            }
        } else if !self.root_seen {
            self.report_outside(
                &FEED_XML_MALFORMED,
                Span::at(end),
                "the input holds no XML element".into(),
            );
        }
        if eof_channel_end {
            // The end of the file stands for the missing `</channel>` (Resolution 54).
            self.channel_end(Span::at(end));
        }
    }
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Checks the references in an attribute value; returns the first undefined name.
fn check_refs(value: &str) -> Result<(), String> {
    let mut rest = value;
    while let Some(i) = rest.find('&') {
        let after = &rest[i + 1..];
        let Some(end) = after.find(';') else {
            return Err(after.chars().take(12).collect());
        };
        let name = &after[..end];
        let ok = if let Some(num) = name.strip_prefix('#') {
            let n = if let Some(hex) = num.strip_prefix('x') {
                u32::from_str_radix(hex, 16).ok()
            } else {
                num.parse::<u32>().ok()
            };
            n.and_then(char::from_u32).is_some_and(is_xml_char)
        } else {
            matches!(name, "lt" | "gt" | "amp" | "apos" | "quot")
        };
        if !ok {
            return Err(name.to_string());
        }
        rest = &after[end + 1..];
    }
    Ok(())
}

fn xml_error_message(err: &quick_xml::Error) -> String {
    use quick_xml::errors::{IllFormedError, SyntaxError};
    match err {
        quick_xml::Error::Syntax(SyntaxError::UnclosedCData) => {
            "a CDATA section is never closed".into()
        }
        quick_xml::Error::Syntax(SyntaxError::UnclosedComment) => {
            "a comment is never closed".into()
        }
        quick_xml::Error::Syntax(SyntaxError::UnclosedTag) => "a tag is never closed".into(),
        quick_xml::Error::Syntax(s) => format!("XML syntax error: {s}"),
        quick_xml::Error::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => {
            format!("the end tag `</{found}>` does not match `<{expected}>`")
        }
        quick_xml::Error::IllFormed(e) => format!("ill-formed XML: {e}"),
        quick_xml::Error::Encoding(_) => "invalid UTF-8 byte".into(),
        quick_xml::Error::Escape(e) => format!("bad reference: {e}"),
        other => format!("XML error: {other}"),
    }
}
