//! The html5ever tree sink that records where each element was written.
//!
//! The sink sees the parser's input queue: at each call, how far the parser
//! has read in the article tells which `<` it last read past (the current
//! "chunk", from that `<` to the next). The parser creates the element of a
//! written start tag right after reading the tag's `>`, so while the chunk
//! starts with that tag. An element created while the chunk does not start
//! with its own tag was implied by the parser (`<tbody>`, `<body>`, a
//! reconstructed `<b>`): it gets no position, and rules never report it
//! (RULES.md Resolution 32).

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::BufferQueue;
use html5ever::{Attribute, QualName, local_name, ns};

use super::dom::{self, Element, NO_POS, Node, NodeData, NodeId, Tag};
use super::markup::{starts_with_end_tag, starts_with_tag, tag_end};

/// A parse error at the chunk (a `<` in the decoded HTML) that caused it.
#[derive(Clone, Debug)]
pub struct ParseError {
    pub at: u32,
    pub message: Cow<'static, str>,
    /// Reported while the parser finished (at the end of the input).
    pub at_eof: bool,
}

pub struct Sink<'h> {
    html: &'h str,
    /// The parser's input: the rest of the article still to read, and now
    /// and then a few characters it read ahead and put back.
    input: &'h BufferQueue,
    /// The address of the parser's copy of `html` (0 for a copy too short to
    /// live outside the queue).
    base: usize,
    /// How far the parser had read at the last call (never backwards).
    read: Cell<u32>,
    /// The offset of every `<` in `html`, and how many of them were entered.
    lts: Vec<u32>,
    next_lt: Cell<usize>,
    /// A written `<plaintext>` was read: the rest is text, and its `<` start
    /// no chunks.
    plaintext: Cell<bool>,
    pub(crate) nodes: RefCell<Vec<Node>>,
    /// The offset of the chunk being processed: the last `<` read.
    chunk: Cell<u32>,
    pub(crate) finishing: Cell<bool>,
    /// The last element given a position, and how far the parser had read
    /// then: one tag makes at most one written element.
    claimed: Cell<(u32, NodeId)>,
    errors: RefCell<Vec<ParseError>>,
    /// Every written element with the offset of its start tag, in the order
    /// the elements were created, which is the order of their offsets.
    written: RefCell<Vec<(u32, NodeId)>>,
    /// The last written `<p>` whose `</p>` has not been seen.
    open_p: Cell<Option<NodeId>>,
    /// A written `<p>` the parser closed while it is still open as written:
    /// (p, its parent).
    written_p: Cell<Option<(NodeId, NodeId)>>,
    end_written_p: Cell<bool>,
    /// Paragraphs opened inside the moved-out block, whose `</p>` are their own.
    inner_p: Cell<u32>,
}

impl<'h> Sink<'h> {
    /// A sink for parsing `html` from `input`, into which the parser's copy
    /// of `html`, starting at address `base`, is pushed whole; `lts` are the
    /// offsets of its `<`.
    pub fn new(html: &'h str, input: &'h BufferQueue, base: usize, lts: Vec<u32>) -> Self {
        let mut nodes = Vec::with_capacity(html.len() / 24 + 8);
        nodes.push(Node::new(NodeData::Document));
        Sink {
            html,
            input,
            base,
            read: Cell::new(0),
            lts,
            next_lt: Cell::new(0),
            plaintext: Cell::new(false),
            nodes: RefCell::new(nodes),
            chunk: Cell::new(0),
            finishing: Cell::new(false),
            claimed: Cell::new((0, NodeId::NONE)),
            errors: RefCell::new(Vec::new()),
            written: RefCell::new(Vec::with_capacity(html.len() / 64 + 8)),
            open_p: Cell::new(None),
            written_p: Cell::new(None),
            end_written_p: Cell::new(false),
            inner_p: Cell::new(0),
        }
    }

    /// How far the parser has read in `html`.
    fn read_to(&self) -> u32 {
        let len = self.html.len();
        let ours = |t: &StrTendril| {
            let at = (t.as_ptr() as usize).wrapping_sub(self.base);
            (self.base != 0 && at <= len).then_some(at)
        };
        let Some(front) = self.input.peek_front_chunk_mut() else {
            return len as u32;
        };
        if let Some(at) = ours(&front) {
            // The rest of the parser's copy.
            return at as u32;
        }
        // The front is a few bytes the parser keeps inline: the last bytes of
        // its copy, or characters it read ahead and put back (a character
        // reference), in front of the rest. Either way they are the source
        // bytes just before what follows them.
        let k = front.len();
        drop(front);
        let Some(first) = self.input.pop_front() else {
            return len as u32;
        };
        let after = match self.input.peek_front_chunk_mut() {
            None => Some(len),
            Some(next) => ours(&next).or_else(|| {
                // The last bytes, inline, behind the bytes put back.
                (next.len() <= 8).then(|| len - next.len())
            }),
        };
        self.input.push_front(first);
        after
            .and_then(|a| a.checked_sub(k))
            .map_or(self.read.get(), |a| a as u32)
    }

    /// Catches up with the parser (called by every sink call): enters, in
    /// order, each chunk whose `<` it has read since the last call, as if
    /// the article were fed to it one chunk at a time. Some chunks pass
    /// without a sink call (the parser pops the elements that a `</p>`
    /// closes without telling the sink), so every `<` counts, not just the
    /// last one.
    pub(crate) fn sync(&self) {
        let now = self.read_to();
        if !self.plaintext.get() {
            let mut k = self.next_lt.get();
            while let Some(&at) = self.lts.get(k)
                && at < now
            {
                self.enter(at);
                k += 1;
            }
            self.next_lt.set(k);
        }
        self.read.set(self.read.get().max(now));
    }

    /// Enters the chunk that starts at offset `c`.
    fn enter(&self, c: u32) {
        self.chunk.set(c);
        if self.end_written_p.replace(false) {
            self.written_p.set(None);
            self.inner_p.set(0);
        }
        let t = self.chunk_text();
        if starts_with_end_tag(t, "p") {
            if self.inner_p.get() > 0 {
                // The end of a paragraph inside the moved-out block.
                self.inner_p.set(self.inner_p.get() - 1);
            } else {
                // The paragraph as written ends here.
                self.open_p.set(None);
                self.end_written_p.set(true);
            }
        }
    }

    fn chunk_text(&self) -> &str {
        self.html.get(self.chunk.get() as usize..).unwrap_or("")
    }

    fn push(&self, node: Node) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(node);
        NodeId((nodes.len() - 1) as u32)
    }

    /// Where the start tag of a new element was written, if it was: the
    /// parser has just read a tag's `>`, and that tag is this element's.
    /// (An element the parser rebuilds while reading text or another tag
    /// is not written, even when a `<name` lies in the chunk, in a comment
    /// say.)
    fn position_of(&self, name: &str) -> u32 {
        let read = self.read.get() as usize;
        if read == 0 || self.html.as_bytes().get(read - 1) != Some(&b'>') {
            return NO_POS;
        }
        let c = self.chunk.get();
        if starts_with_tag(self.chunk_text(), name) {
            return c;
        }
        // A `<` inside an attribute value splits a tag across chunks: look back
        // for the tag that spans the chunk start.
        let html = self.html.as_bytes();
        let from = (c as usize).min(html.len());
        let lower = from.saturating_sub(16 * 1024);
        let mut i = from;
        while i > lower {
            i -= 1;
            if html[i] == b'<'
                && starts_with_tag(&self.html[i..], name)
                && tag_end(self.html, i) > from
            {
                return i as u32;
            }
        }
        NO_POS
    }

    fn flag_written_p(&self, parent: NodeId, child: NodeId) {
        let mut written = false;
        let (child_tag, child_src) = {
            let nodes = self.nodes.borrow();
            nodes[child.index()]
                .element()
                .map_or((None, NO_POS), |e| (Some(e.tag), e.src))
        };
        let block = matches!(child_tag, Some(Tag::Figure | Tag::Blockquote | Tag::Aside));
        if !block
            && child_src != NO_POS
            && child_tag.is_some_and(closes_p)
            && let Some(p) = self.open_p.get()
            && p != child
            && self.nodes.borrow()[p.index()].parent == parent
            && self.written_p.get().is_none()
        {
            // A block that closes the paragraph as written, too.
            self.open_p.set(None);
        }
        if let Some((_, p_parent)) = self.written_p.get()
            && p_parent == parent
        {
            match child_tag {
                Some(t) if child_src != NO_POS && closes_p(t) && !block => {
                    self.written_p.set(None);
                    self.inner_p.set(0);
                    self.open_p.set(None);
                }
                _ => written = true,
            }
        } else if block
            && child_src == self.chunk.get()
            && let Some(p) = self.open_p.get()
            && self.nodes.borrow()[p.index()].parent == parent
        {
            // The parser closed the <p> for this block; as written it is still open.
            written = true;
            self.written_p.set(Some((p, parent)));
            self.nodes.borrow_mut()[p.index()].holds_block = true;
        }
        if written {
            self.nodes.borrow_mut()[child.index()].in_written_p = true;
        }
    }

    fn append_text(&self, parent: NodeId, text: StrTendril, before: NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        let neighbour = if before.is_none() {
            nodes[parent.index()].last_child
        } else {
            nodes[before.index()].prev
        };
        let new_facts = dom::text_facts::of(&text);
        if !neighbour.is_none()
            && let NodeData::Text { text: t, facts, .. } = &mut nodes[neighbour.index()].data
        {
            t.push_tendril(&text);
            *facts |= new_facts;
            return;
        }
        nodes.push(Node::new(NodeData::Text {
            text,
            at: self.chunk.get(),
            facts: new_facts,
        }));
        let id = NodeId((nodes.len() - 1) as u32);
        if before.is_none() {
            dom::append(&mut nodes, parent, id);
        } else {
            dom::insert_before(&mut nodes, before, id);
        }
        drop(nodes);
        // A text node takes part only inside a paragraph the parser closed.
        if self.written_p.get().is_some() {
            let actual_parent = self.nodes.borrow()[id.index()].parent;
            self.flag_written_p(actual_parent, id);
        }
    }

    /// The arena, the parse errors, and the written elements by the offset
    /// of their start tag (sorted).
    pub fn into_parts(self) -> (Vec<Node>, Vec<ParseError>, Vec<(u32, NodeId)>) {
        let mut written = self.written.into_inner();
        // Creation follows reading; should a tree builder path ever create
        // out of order, the order is restored here.
        if !written.is_sorted() {
            written.sort_unstable();
        }
        (self.nodes.into_inner(), self.errors.into_inner(), written)
    }
}

/// Start tags that close an open `<p>` in HTML parsing.
fn closes_p(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Address
            | Tag::Article
            | Tag::Aside
            | Tag::Blockquote
            | Tag::Details
            | Tag::Div
            | Tag::Dl
            | Tag::Figcaption
            | Tag::Figure
            | Tag::Footer
            | Tag::Form
            | Tag::H1
            | Tag::H2
            | Tag::H3
            | Tag::H4
            | Tag::H5
            | Tag::H6
            | Tag::Header
            | Tag::Hr
            | Tag::Main
            | Tag::Nav
            | Tag::Ol
            | Tag::P
            | Tag::Pre
            | Tag::Section
            | Tag::Summary
            | Tag::Table
            | Tag::Ul
    )
}

impl<'h> TreeSink for Sink<'h> {
    type Handle = NodeId;
    type Output = Self;
    type ElemName<'a>
        = Ref<'a, QualName>
    where
        Self: 'a;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, msg: Cow<'static, str>) {
        self.sync();
        if self.written_p.get().is_some()
            && msg == "No <p> tag to close"
            && self.chunk_text().starts_with("</")
        {
            // The stray </p> of a paragraph that a figure, blockquote or aside
            // broke: reported once, as that block's rule (Resolution 1).
            self.end_written_p.set(true);
            return;
        }
        self.errors.borrow_mut().push(ParseError {
            at: self.chunk.get(),
            message: msg,
            at_eof: self.finishing.get(),
        });
    }

    fn get_document(&self) -> NodeId {
        NodeId::DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| {
            match &nodes[target.index()].data {
                NodeData::Element(e) => &e.name,
                _ => panic!("elem_name of a node that is not an element"),
            }
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        self.sync();
        let tag = if name.ns == ns!(html) {
            Tag::from_name(&name.local)
        } else {
            Tag::Foreign
        };
        let src = self.position_of(&name.local);
        if src != NO_POS && tag == Tag::Other && name.local == local_name!("plaintext") {
            self.plaintext.set(true);
        }
        let template = if flags.template {
            self.push(Node::new(NodeData::Document))
        } else {
            NodeId::NONE
        };
        let id = self.push(Node::new(NodeData::Element(Element {
            name,
            tag,
            attrs,
            src,
            end_src: NO_POS,
            template,
        })));
        if src != NO_POS {
            self.written.borrow_mut().push((src, id));
        }
        if tag == Tag::P && src != NO_POS {
            if self.written_p.get().is_some() {
                self.inner_p.set(self.inner_p.get() + 1);
            } else {
                self.open_p.set(Some(id));
            }
        }
        if src != NO_POS {
            // Elements the parser rebuilds for a tag (formatting elements
            // reopened before it) are created before the tag's own, from the
            // same reading: only the last is written. (A rebuilt one may have
            // matched a `<name` inside the tag's attribute values.)
            let read = self.read.get();
            let (at, prev) = self.claimed.replace((read, id));
            if at == read
                && !prev.is_none()
                && let NodeData::Element(e) = &mut self.nodes.borrow_mut()[prev.index()].data
            {
                e.src = NO_POS;
                // The claimant is one of the last written elements.
                let mut written = self.written.borrow_mut();
                if let Some(k) = written.iter().rposition(|&(_, w)| w == prev) {
                    written.remove(k);
                }
            }
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(Node::new(NodeData::Comment))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(Node::new(NodeData::Comment))
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.sync();
        match child {
            NodeOrText::AppendNode(node) => {
                dom::append(&mut self.nodes.borrow_mut(), *parent, node);
                self.flag_written_p(*parent, node);
            }
            NodeOrText::AppendText(text) => self.append_text(*parent, text, NodeId::NONE),
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = !self.nodes.borrow()[element.index()].parent.is_none();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public_id: StrTendril,
        _system_id: StrTendril,
    ) {
        let id = self.push(Node::new(NodeData::Doctype));
        dom::append(&mut self.nodes.borrow_mut(), NodeId::DOCUMENT, id);
    }

    fn pop(&self, node: &NodeId) {
        self.sync();
        let chunk = self.chunk.get();
        let explicit = {
            let nodes = self.nodes.borrow();
            match nodes[node.index()].element() {
                Some(e) => {
                    let t = self.chunk_text();
                    starts_with_end_tag(t, &e.name.local)
                }
                None => false,
            }
        };
        if explicit && let NodeData::Element(e) = &mut self.nodes.borrow_mut()[node.index()].data {
            e.end_src = chunk;
        }
        if let Some((p, parent)) = self.written_p.get()
            && (*node == parent || *node == p && explicit)
        {
            self.written_p.set(None);
            self.inner_p.set(0);
        }
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.nodes.borrow()[target.index()]
            .element()
            .map_or(NodeId::NONE, |e| e.template)
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.sync();
        match new_node {
            NodeOrText::AppendNode(node) => {
                dom::insert_before(&mut self.nodes.borrow_mut(), *sibling, node);
            }
            NodeOrText::AppendText(text) => {
                let parent = self.nodes.borrow()[sibling.index()].parent;
                self.append_text(parent, text, *sibling);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        if let NodeData::Element(e) = &mut self.nodes.borrow_mut()[target.index()].data {
            for a in attrs {
                if !e.attrs.iter().any(|x| x.name == a.name) {
                    e.attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        dom::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes[node.index()].first_child;
        while !child.is_none() {
            let next = nodes[child.index()].next;
            dom::append(&mut nodes, *new_parent, child);
            child = next;
        }
    }
}
