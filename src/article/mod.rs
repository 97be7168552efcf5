//! The article document: parsed once with html5ever, walked once, and indexed
//! so that every rule finds the elements it wants without another pass.
//!
//! Every element keeps the offset of its start tag in the decoded HTML, and
//! [`ContentMap`] turns that into a span of the feed file, inside CDATA or
//! entity-escaped text alike.

pub mod breaks;
pub mod direction;
mod dom;
mod markup;
mod sink;

use std::cell::{OnceCell, RefCell};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tokenizer};
use html5ever::tree_builder::TreeBuilder;
use html5ever::{ParseOpts, TokenizerResult, local_name};

pub use dom::{NO_POS, Node, NodeData, NodeId, Tag, text_facts};
pub use markup::{
    attr_span_in_tag, first_text_char, is_blank_char, nesting_depth, starts_with_tag, tag_end,
};
pub use sink::ParseError;

use crate::feed::{ContentMap, Item};
use crate::source::Span;

/// Context flags of a node: what its ancestors are.
pub mod flags {
    pub const IN_HEAD: u32 = 1 << 0;
    pub const IN_BODY: u32 = 1 << 1;
    /// Inside the main `<article>`.
    pub const IN_ARTICLE: u32 = 1 << 2;
    /// Inside the main article's `<header>`.
    pub const IN_HEADER: u32 = 1 << 3;
    /// Inside the main article's `<footer>`.
    pub const IN_FOOTER: u32 = 1 << 4;
    /// Inside a `<p>` as written (RULES.md Resolution 32), not through a figure.
    pub const IN_P: u32 = 1 << 5;
    pub const IN_FIGURE: u32 = 1 << 6;
    pub const IN_FIGCAPTION: u32 = 1 << 7;
    pub const IN_A: u32 = 1 << 8;
    pub const IN_LI: u32 = 1 << 9;
    /// Inside an embed figure (op-interactive, op-social, op-ad, op-tracker).
    pub const IN_EMBED: u32 = 1 << 10;
    /// Inside `script`, `style`, `template`, `noscript` or `iframe`.
    pub const IN_RAW: u32 = 1 << 11;
    pub const IN_SPAN: u32 = 1 << 12;
    pub const IN_DIV: u32 = 1 << 13;
}

/// The classes of figures whose `<iframe>` holds an embed.
pub const EMBED_CLASSES: [&str; 4] = ["op-interactive", "op-social", "op-ad", "op-tracker"];

/// One parsed article with its index.
pub struct Article<'a> {
    /// The decoded article HTML.
    pub html: &'a str,
    map: &'a ContentMap,
    /// The item the article came from (`None` for a single article file).
    pub item: Option<&'a Item>,
    nodes: Vec<Node>,
    flags: Vec<u32>,
    /// Every element but foreign ones, grouped by tag, each group in
    /// document order: the group of tag `t` is `by_tag[tag_start[t]..tag_start[t + 1]]`.
    by_tag: Vec<NodeId>,
    tag_start: [u32; Tag::COUNT + 1],
    /// Every node under the document, in document order (pre-order).
    order: Vec<NodeId>,
    /// Every text node, in document order (from the indexing walk).
    texts: Vec<NodeId>,
    /// Every element with a `style` attribute, in document order.
    styled: Vec<NodeId>,
    /// The parser's errors, in order.
    pub errors: Vec<ParseError>,
    pub root: Option<NodeId>,
    pub head: Option<NodeId>,
    pub body: Option<NodeId>,
    /// The first `<article>` child of `<body>`.
    pub article: Option<NodeId>,
    /// The first `<header>` child of the article.
    pub header: Option<NodeId>,
    /// The content has no `<html`, `<body` or `<article` start tag (Resolution 42).
    pub fragment: bool,
    /// A comment may hold an `ialint-disable` directive (`suppress`).
    pub may_suppress: bool,
    direction: OnceCell<(u64, u64)>,
    text_direction: OnceCell<Option<direction::Direction>>,
    /// Per node: whether its subtree holds content (Resolution 5), found by
    /// the indexing walk: [`CONTENT`] or [`NO_CONTENT`], 0 for a node the walk
    /// did not reach (a template's contents).
    content: Vec<u8>,
    /// Written elements by the offset of their start tag in the decoded HTML
    /// (sorted).
    starts: Vec<(u32, NodeId)>,
    /// URLs parsed by [`Article::absolute_http`], by their trimmed text.
    urls: RefCell<Vec<(Box<str>, Option<url::Url>)>>,
}

impl<'a> Article<'a> {
    /// Parses `html`, whose offsets `map` turns into feed spans.
    pub fn parse(html: &'a str, map: &'a ContentMap, item: Option<&'a Item>) -> Article<'a> {
        Article::parse_within(html, map, item, usize::MAX).expect("no nesting limit")
    }

    /// Parses `html` unless its tags nest deeper than `max_nesting` (counted
    /// as [`nesting_depth`] does, on the way): then `None`, before the
    /// parser's scope checks, quadratic in depth, get slow.
    pub fn parse_within(
        html: &'a str,
        map: &'a ContentMap,
        item: Option<&'a Item>,
        max_nesting: usize,
    ) -> Option<Article<'a>> {
        // The parser's scope checks are quadratic in depth: a document too
        // deep is refused before it is parsed. It cannot be deeper than it
        // has tags.
        let lts: Vec<u32> = memchr::memchr_iter(b'<', html.as_bytes())
            .map(|i| i as u32)
            .collect();
        if lts.len() > max_nesting && markup::nesting_depth(html, max_nesting) > max_nesting {
            return None;
        }
        // A suppression comment opens with `<!--`, blanks, `ialint-disable`
        // (see `suppress`): looked for at the `<` only.
        let may_suppress = lts.iter().any(|&i| {
            let rest = &html[i as usize..];
            rest.starts_with("<!--") && rest[4..].trim_start().starts_with("ialint-disable")
        });
        let opts = ParseOpts::default();
        // The whole article in one piece: the sink tells positions from how
        // far the parser has read in it (see `sink`).
        let whole = StrTendril::from_slice(html);
        let base = if whole.len() > 8 {
            whole.as_ptr() as usize
        } else {
            0
        };
        let input = BufferQueue::default();
        let tokenizer = Tokenizer::new(
            TreeBuilder::new(sink::Sink::new(html, &input, base, lts), opts.tree_builder),
            opts.tokenizer,
        );
        // The parser gets a second handle on the copy, so that the copy lives
        // (and its address means it) until the parse is over.
        input.push_back(whole.clone());
        // Scripts are not run and encoding indicators are moot (the article is
        // decoded already): go on until the input is used up.
        while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
        tokenizer.sink.sink.finishing.set(true);
        tokenizer.end();
        drop(whole);
        let (nodes, errors, starts) = tokenizer.sink.sink.into_parts();
        let mut article = Article {
            html,
            map,
            item,
            flags: Vec::new(),
            by_tag: Vec::new(),
            tag_start: [0; Tag::COUNT + 1],
            order: Vec::new(),
            texts: Vec::new(),
            styled: Vec::new(),
            nodes,
            errors,
            root: None,
            head: None,
            body: None,
            article: None,
            header: None,
            fragment: false,
            may_suppress,
            direction: OnceCell::new(),
            text_direction: OnceCell::new(),
            content: Vec::new(),
            starts,
            urls: RefCell::new(Vec::new()),
        };
        article.index();
        Some(article)
    }

    fn index(&mut self) {
        let child = |parent: Option<NodeId>, tag: Tag| -> Option<NodeId> {
            let parent = parent?;
            self.element_children(parent).find(|&c| self.tag(c) == tag)
        };
        let root = child(Some(NodeId::DOCUMENT), Tag::Html);
        let head = child(root, Tag::Head);
        let body = child(root, Tag::Body);
        let article = child(body, Tag::Article);
        let header = child(article, Tag::Header);
        (self.root, self.head, self.body, self.article, self.header) =
            (root, head, body, article, header);
        let footer = self.article.and_then(|a| {
            self.element_children(a)
                .find(|&c| self.tag(c) == Tag::Footer)
        });

        // One iterative pre-order walk: context flags, the order, text nodes,
        // and how many elements of each tag there are.
        let mut fl = vec![0u32; self.nodes.len()];
        // What each element passes on to its children: its flags and its own
        // contribution, computed once when it is visited.
        let mut pass = vec![0u32; self.nodes.len()];
        let mut order = Vec::with_capacity(self.nodes.len());
        let mut texts = Vec::new();
        let mut styled = Vec::new();
        let mut count = [0u32; Tag::COUNT + 1];
        let mut written = [false; 3];
        let mut content = vec![0u8; self.nodes.len()];
        let mut id = self.nodes[0].first_child;
        while !id.is_none() {
            order.push(id);
            let node = &self.nodes[id.index()];
            let parent = node.parent;
            let mut f = if parent == NodeId::DOCUMENT || parent.is_none() {
                0
            } else {
                pass[parent.index()]
            };
            if node.in_written_p {
                f |= flags::IN_P;
            }
            fl[id.index()] = f;
            let mut own = false;
            match &node.data {
                NodeData::Text { facts, .. } => {
                    texts.push(id);
                    own = facts & dom::text_facts::CONTENT != 0;
                }
                NodeData::Element(e) => {
                    // The element's own contribution to its descendants.
                    let mut p = f | contribution(e, id, self, footer);
                    if e.tag == Tag::Figure {
                        p &= !(flags::IN_P | flags::IN_SPAN | flags::IN_LI);
                    }
                    pass[id.index()] = p;
                    if e.tag != Tag::Foreign {
                        count[e.tag as usize + 1] += 1;
                    }
                    own = element_content(e);
                    if e.attrs
                        .iter()
                        .any(|a| a.name.prefix.is_none() && a.name.local == local_name!("style"))
                    {
                        styled.push(id);
                    }
                    if e.src != NO_POS {
                        match e.tag {
                            Tag::Html => written[0] = true,
                            Tag::Body => written[1] = true,
                            Tag::Article => written[2] = true,
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
            content[id.index()] = if own { CONTENT } else { NO_CONTENT };
            // Next in pre-order.
            let n = &self.nodes[id.index()];
            if !n.first_child.is_none() {
                id = n.first_child;
                continue;
            }
            let mut cur = id;
            loop {
                let c = &self.nodes[cur.index()];
                // `cur`'s subtree is complete: its content is its parent's.
                if content[cur.index()] == CONTENT && !c.parent.is_none() {
                    content[c.parent.index()] = CONTENT;
                }
                if !c.next.is_none() {
                    id = c.next;
                    break;
                }
                cur = c.parent;
                if cur.is_none() || cur == NodeId::DOCUMENT {
                    id = NodeId::NONE;
                    break;
                }
            }
        }
        // The per-tag index: a counting sort of the elements, stable, so each
        // tag's elements stay in document order.
        for t in 0..Tag::COUNT {
            count[t + 1] += count[t];
        }
        self.tag_start = count;
        let mut next = count;
        let mut by_tag = vec![NodeId::NONE; count[Tag::COUNT] as usize];
        for &id in &order {
            if let Some(e) = self.nodes[id.index()].element()
                && e.tag != Tag::Foreign
            {
                let slot = &mut next[e.tag as usize];
                by_tag[*slot as usize] = id;
                *slot += 1;
            }
        }
        self.by_tag = by_tag;
        self.order = order;
        self.flags = fl;
        self.texts = texts;
        self.styled = styled;
        self.content = content;
        self.fragment = !written.iter().any(|&w| w);
    }

    // ----- the tree -----

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    pub fn tag(&self, id: NodeId) -> Tag {
        self.nodes[id.index()]
            .element()
            .map_or(Tag::Other, |e| e.tag)
    }

    pub fn name(&self, id: NodeId) -> &str {
        self.nodes[id.index()]
            .element()
            .map_or("", |e| &e.name.local)
    }

    pub fn flags(&self, id: NodeId) -> u32 {
        self.flags[id.index()]
    }

    pub fn has_flag(&self, id: NodeId, flag: u32) -> bool {
        self.flags[id.index()] & flag != 0
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id.index()]
            .parent
            .get()
            .filter(|&p| p != NodeId::DOCUMENT)
    }

    /// Every text node, in document order.
    pub fn text_nodes(&self) -> &[NodeId] {
        &self.texts
    }

    /// Every element with a `style` attribute, in document order.
    pub fn styled_elements(&self) -> &[NodeId] {
        &self.styled
    }

    /// The elements of one kind, in document order.
    pub fn elements(&self, tag: Tag) -> &[NodeId] {
        let t = tag as usize;
        &self.by_tag[self.tag_start[t] as usize..self.tag_start[t + 1] as usize]
    }

    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            nodes: &self.nodes,
            next: self.nodes[id.index()].first_child,
        }
    }

    pub fn element_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id)
            .filter(|&c| self.nodes[c.index()].element().is_some())
    }

    /// Descendants in document order (iterative).
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            nodes: &self.nodes,
            root: id,
            next: self.nodes[id.index()].first_child,
        }
    }

    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&p| self.parent(p))
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        let e = self.nodes[id.index()].element()?;
        // The names the rules ask for most, compared as atoms (equal atoms
        // are equal names); any other by its text.
        let atom = match name {
            "class" => local_name!("class"),
            "src" => local_name!("src"),
            "href" => local_name!("href"),
            "datetime" => local_name!("datetime"),
            "rel" => local_name!("rel"),
            "property" => local_name!("property"),
            "name" => local_name!("name"),
            "content" => local_name!("content"),
            "width" => local_name!("width"),
            "height" => local_name!("height"),
            "dir" => local_name!("dir"),
            "lang" => local_name!("lang"),
            _ => {
                return e
                    .attrs
                    .iter()
                    .find(|a| a.name.prefix.is_none() && &*a.name.local == name)
                    .map(|a| &*a.value);
            }
        };
        e.attrs
            .iter()
            .find(|a| a.name.prefix.is_none() && a.name.local == atom)
            .map(|a| &*a.value)
    }

    pub fn has_class(&self, id: NodeId, class: &str) -> bool {
        self.class(id)
            .is_some_and(|c| c.split_ascii_whitespace().any(|t| t == class))
    }

    /// The `class` attribute (the same as `attr(id, "class")`).
    fn class(&self, id: NodeId) -> Option<&str> {
        self.nodes[id.index()]
            .element()?
            .attrs
            .iter()
            .find(|a| a.name.prefix.is_none() && a.name.local == local_name!("class"))
            .map(|a| &*a.value)
    }

    /// Whether the element has one of the [`EMBED_CLASSES`].
    fn has_embed_class(&self, id: NodeId) -> bool {
        self.class(id).is_some_and(|c| {
            c.split_ascii_whitespace()
                .any(|t| EMBED_CLASSES.contains(&t))
        })
    }

    /// Whether the element was written in the source (not implied by the parser).
    pub fn is_written(&self, id: NodeId) -> bool {
        self.nodes[id.index()]
            .element()
            .is_some_and(|e| e.src != NO_POS)
    }

    pub fn is_embed_figure(&self, id: NodeId) -> bool {
        self.tag(id) == Tag::Figure && self.has_embed_class(id)
    }

    /// The text of an element's descendants (or of a text node).
    pub fn text(&self, id: NodeId) -> String {
        if let Some(t) = self.nodes[id.index()].text() {
            return t.to_string();
        }
        let mut s = String::new();
        for d in self.descendants(id) {
            if let Some(t) = self.nodes[d.index()].text() {
                s.push_str(t);
            }
        }
        s
    }

    /// Whether the text of an element's descendants (or a text node) has a
    /// character other than ASCII whitespace and U+00A0: whether
    /// [`Article::text`] is not blank, without building it.
    pub fn has_solid_text(&self, id: NodeId) -> bool {
        std::iter::once(id)
            .chain(self.descendants(id))
            .any(|d| self.nodes[d.index()].is_solid_text())
    }

    /// RULES.md Resolution 5 and B-38: an element is empty when its text,
    /// without whitespace, U+00A0 and `<br>`, is empty and it holds nothing
    /// with an `href`, a `src` or media.
    pub fn is_empty(&self, id: NodeId) -> bool {
        match self.content.get(id.index()) {
            Some(&CONTENT) => false,
            Some(&NO_CONTENT) => true,
            // Outside the document (a template's contents): search.
            _ => !std::iter::once(id)
                .chain(self.descendants(id))
                .any(|d| own_content(&self.nodes[d.index()])),
        }
    }

    /// The last written element whose start tag begins before `pos` (an
    /// offset in the decoded HTML).
    pub fn element_before(&self, pos: u32) -> Option<NodeId> {
        let starts = &self.starts;
        let i = starts.partition_point(|&(s, _)| s < pos);
        i.checked_sub(1).map(|k| starts[k].1)
    }

    // ----- positions -----

    /// The span of the element's start tag in the feed, if it was written.
    pub fn span(&self, id: NodeId) -> Option<Span> {
        let e = self.nodes[id.index()].element()?;
        if e.src == NO_POS {
            return None;
        }
        let start = e.src as usize;
        Some(self.map.span(start, tag_end(self.html, start)))
    }

    /// The element's span, or (for an implied element) that of its nearest
    /// written ancestor, or the article's first character.
    pub fn span_or_ancestor(&self, id: NodeId) -> Span {
        self.span(id)
            .or_else(|| self.ancestors(id).find_map(|a| self.span(a)))
            .unwrap_or_else(|| self.first_char())
    }

    /// The span of an attribute (name to closing quote), if written.
    pub fn attr_span(&self, id: NodeId, name: &str) -> Option<Span> {
        let e = self.nodes[id.index()].element()?;
        if e.src == NO_POS {
            return None;
        }
        let start = e.src as usize;
        let end = tag_end(self.html, start);
        let (a, b) = attr_span_in_tag(&self.html[start..end], name)?;
        Some(self.map.span(start + a, start + b))
    }

    /// The attribute's span, else the element's.
    pub fn attr_or_element_span(&self, id: NodeId, name: &str) -> Span {
        self.attr_span(id, name)
            .unwrap_or_else(|| self.span_or_ancestor(id))
    }

    /// The first non-blank character of a text node, as a span of one character.
    pub fn text_span(&self, id: NodeId) -> Option<Span> {
        let pos = self.text_start(id)?;
        let len = self.html[pos..].chars().next().map_or(1, char::len_utf8);
        let len = if self.html.as_bytes()[pos] == b'&' {
            self.html[pos..].find(';').map_or(1, |i| i + 1)
        } else {
            len
        };
        Some(self.map.span(pos, pos + len))
    }

    /// The offset in the decoded HTML of a text node's first non-blank character.
    pub fn text_start(&self, id: NodeId) -> Option<usize> {
        let NodeData::Text { at, .. } = &self.nodes[id.index()].data else {
            return None;
        };
        let at = *at as usize;
        let from = if self.html.as_bytes().get(at) == Some(&b'<') {
            tag_end(self.html, at)
        } else {
            at
        };
        first_text_char(self.html, from)
    }

    /// Every written element with the offset of its start tag in the decoded
    /// HTML, in the order of the offsets; [`Article::source_start`] maps an
    /// offset to the feed.
    pub fn element_starts(&self) -> &[(u32, NodeId)] {
        &self.starts
    }

    /// The feed offset of an offset in the decoded HTML.
    pub fn source_start(&self, pos: u32) -> u64 {
        self.map.start(pos as usize)
    }

    /// A CSS-like path from `<html>` to the element, e.g.
    /// `html > body > article > p:nth-of-type(3) > figure`.
    pub fn css_path(&self, id: NodeId) -> String {
        // (name, position among same-named siblings if there are several),
        // from the element up.
        let mut parts: Vec<(&str, usize)> = Vec::new();
        let mut cut = false;
        let mut cur = Some(id);
        // Deep documents: the nearest 32 levels identify the element well enough.
        while let Some(c) = cur {
            if parts.len() == 32 {
                cut = true;
                break;
            }
            let Some(e) = self.nodes[c.index()].element() else {
                break;
            };
            let parent = self.nodes[c.index()].parent;
            let (mut nth, mut count) = (0, 0);
            if !parent.is_none() {
                for s in self.children(parent) {
                    // Equal atoms are equal names, and cheaper to compare.
                    if self.nodes[s.index()]
                        .element()
                        .is_some_and(|x| x.name.local == e.name.local)
                    {
                        count += 1;
                        if s == c {
                            nth = count;
                        }
                    }
                }
            }
            parts.push((&e.name.local, if count > 1 { nth } else { 0 }));
            cur = self.parent(c);
        }
        let mut path = String::with_capacity(parts.len() * 12 + 4);
        if cut {
            path.push('…');
        }
        for (name, nth) in parts.into_iter().rev() {
            if !path.is_empty() {
                path.push_str(" > ");
            }
            path.push_str(name);
            if nth > 0 {
                use std::fmt::Write;
                let _ = write!(path, ":nth-of-type({nth})");
            }
        }
        path
    }

    /// The article's first non-whitespace character.
    pub fn first_char(&self) -> Span {
        let pos = self
            .html
            .find(|c: char| !c.is_ascii_whitespace())
            .unwrap_or(0);
        let len = self.html[pos..].chars().next().map_or(0, char::len_utf8);
        self.map.span(pos, pos + len)
    }

    /// Maps a range of the decoded HTML to the feed.
    pub fn source_span(&self, start: usize, end: usize) -> Span {
        self.map.span(start, end)
    }

    /// The source range of an element, from its start tag to the end of its
    /// explicit end tag (or of its start tag).
    pub fn outer_range(&self, id: NodeId) -> Option<(usize, usize)> {
        let e = self.nodes[id.index()].element()?;
        if e.src == NO_POS {
            return None;
        }
        let start_end = tag_end(self.html, e.src as usize);
        let end = if e.end_src != NO_POS {
            tag_end(self.html, e.end_src as usize)
        } else {
            // The parser does not report every end tag: find it in the source.
            let close = format!("</{}", e.name.local);
            let rest = &self.html[start_end..];
            let found = memchr::memchr_iter(b'<', rest.as_bytes()).find(|&i| {
                rest.len() >= i + close.len()
                    && rest.as_bytes()[i..i + close.len()].eq_ignore_ascii_case(close.as_bytes())
            });
            found.map_or(start_end, |i| tag_end(self.html, start_end + i))
        };
        Some((e.src as usize, end))
    }

    // ----- facts shared by several rules -----

    /// Letters of right-to-left and left-to-right scripts in the visible text
    /// (RULES.md Resolution 37), counted once per article.
    pub fn direction_counts(&self) -> (u64, u64) {
        *self.direction.get_or_init(|| {
            let (mut rtl, mut ltr) = (0u64, 0u64);
            for (text, _) in self.direction_texts() {
                count_direction(text, &mut rtl, &mut ltr);
            }
            (rtl, ltr)
        })
    }

    /// The texts whose letters give the direction: under `<body>`, outside
    /// raw text and embeds (none without a `<body>`).
    /// Each with its [`dom::text_facts`].
    fn direction_texts(&self) -> impl Iterator<Item = (&str, u8)> + '_ {
        let texts: &[NodeId] = if self.body.is_some() {
            &self.texts
        } else {
            &[]
        };
        texts.iter().filter_map(|&d| {
            let f = self.flags(d);
            if f & flags::IN_BODY == 0 || f & (flags::IN_RAW | flags::IN_EMBED) != 0 {
                return None;
            }
            match &self.nodes[d.index()].data {
                NodeData::Text { text, facts, .. } => Some((&**text, *facts)),
                _ => None,
            }
        })
    }

    /// The direction the letters give (Resolution 37): right-to-left when
    /// its letters outnumber the left-to-right ones, else left-to-right when
    /// there is one, else `None`; what [`Article::direction_counts`] decides.
    /// Only right-to-left letters are outside ASCII, so without any the ASCII
    /// texts are not all counted: one left-to-right letter decides.
    pub fn text_direction(&self) -> Option<direction::Direction> {
        *self.text_direction.get_or_init(|| {
            use direction::Direction;
            use direction::decide;
            if let Some(&(rtl, ltr)) = self.direction.get() {
                return decide(rtl, ltr);
            }
            // The non-ASCII texts first: only they can hold right-to-left
            // letters. The count stops as soon as the rest cannot change the
            // outcome: a right-to-left letter takes at least two bytes, a
            // left-to-right one at least one, and no text counts less than
            // nothing.
            let (mut rtl, mut ltr) = (0u64, 0u64);
            let non_ascii = |facts: u8| facts & dom::text_facts::NON_ASCII != 0;
            let (mut ascii_bytes, mut rest) = (0u64, 0u64);
            for (text, facts) in self.direction_texts() {
                if non_ascii(facts) {
                    rest += text.len() as u64;
                } else {
                    ascii_bytes += text.len() as u64;
                }
            }
            if rest > 0 {
                for (text, _) in self.direction_texts().filter(|&(_, f)| non_ascii(f)) {
                    rest -= text.len() as u64;
                    count_direction(text, &mut rtl, &mut ltr);
                    if ltr > rtl + rest / 2 {
                        return Some(Direction::Ltr);
                    }
                    if rtl > ltr + rest + ascii_bytes {
                        return Some(Direction::Rtl);
                    }
                }
            }
            // The ASCII texts add left-to-right letters only: enough to
            // match the right-to-left ones decides.
            for (text, _) in self.direction_texts().filter(|&(_, f)| !non_ascii(f)) {
                if ltr > 0 && ltr >= rtl {
                    break;
                }
                count_direction(text, &mut rtl, &mut ltr);
            }
            decide(rtl, ltr)
        })
    }

    /// [`crate::urls::absolute_http`] of `s`, parsed once per article: the
    /// canonical URL and the item's link are read by several rules.
    pub fn absolute_http(&self, s: &str) -> Option<url::Url> {
        let key = s.trim_matches(|c: char| c.is_ascii_whitespace());
        if let Some((_, url)) = self.urls.borrow().iter().find(|(k, _)| &**k == key) {
            return url.clone();
        }
        let url = crate::urls::absolute_http(key);
        self.urls.borrow_mut().push((key.into(), url.clone()));
        url
    }

    /// The first `<link rel=canonical href>` in `<head>` (Resolution 23).
    pub fn canonical_link(&self) -> Option<NodeId> {
        let head = self.head?;
        self.element_children(head).find(|&l| {
            self.tag(l) == Tag::Link
                && self.attr(l, "href").is_some()
                && self.attr(l, "rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("canonical"))
                })
        })
    }

    /// `time` elements with the given class (`op-published`/`op-modified`).
    pub fn times<'s>(&'s self, class: &'s str) -> impl Iterator<Item = NodeId> + 's {
        self.elements(Tag::Time)
            .iter()
            .copied()
            .filter(move |&t| self.has_class(t, class))
    }

    /// The time the rules compare (Resolution 28): the first one in the header,
    /// else the first anywhere.
    pub fn main_time(&self, class: &str) -> Option<NodeId> {
        self.times(class)
            .find(|&t| self.has_flag(t, flags::IN_HEADER))
            .or_else(|| self.times(class).next())
    }
}

/// The header's figures that count as cover media (Resolution 17): not
/// `op-ad`, not inside another figure, not inside an ad template.
pub fn header_figures(a: &Article<'_>) -> Vec<NodeId> {
    let Some(header) = a.header else {
        return Vec::new();
    };
    a.descendants(header)
        .filter(|&d| a.tag(d) == Tag::Figure && a.is_written(d) && !a.has_class(d, "op-ad"))
        .filter(|&d| {
            !a.ancestors(d)
                .take_while(|&p| p != header)
                .any(|p| a.tag(p) == Tag::Figure || a.has_class(p, "op-ad-template"))
        })
        .collect()
}

impl Article<'_> {
    /// The first `<meta property=...>` in `<head>` with this property.
    pub fn meta(&self, property: &str) -> Option<NodeId> {
        let head = self.head?;
        self.element_children(head).find(|&m| {
            self.tag(m) == Tag::Meta
                && self
                    .attr(m, "property")
                    .or_else(|| self.attr(m, "name"))
                    .is_some_and(|p| p.trim().eq_ignore_ascii_case(property))
        })
    }
}

/// Marks of [`Article::is_empty`].
const CONTENT: u8 = 2;
const NO_CONTENT: u8 = 1;

/// Whether a node is content by itself (Resolution 5): a text with a
/// character other than blanks, or an element that is.
fn own_content(n: &Node) -> bool {
    match &n.data {
        NodeData::Text { facts, .. } => facts & dom::text_facts::CONTENT != 0,
        NodeData::Element(e) => element_content(e),
        _ => false,
    }
}

/// Whether an element is content by itself (Resolution 5): media, or an
/// element with `href` or `src`.
fn element_content(e: &dom::Element) -> bool {
    matches!(
        e.tag,
        Tag::Img
            | Tag::Video
            | Tag::Audio
            | Tag::Iframe
            | Tag::Object
            | Tag::Embed
            | Tag::Picture
            | Tag::Foreign
    ) || e.attrs.iter().any(|a| {
        a.name.prefix.is_none()
            && (a.name.local == local_name!("href") || a.name.local == local_name!("src"))
    })
}

/// What an element adds to the context of its descendants.
fn contribution(e: &dom::Element, id: NodeId, a: &Article<'_>, footer: Option<NodeId>) -> u32 {
    match e.tag {
        Tag::Head => flags::IN_HEAD,
        Tag::Body => flags::IN_BODY,
        Tag::Article if Some(id) == a.article => flags::IN_ARTICLE,
        Tag::Header if Some(id) == a.header => flags::IN_HEADER,
        Tag::Footer if Some(id) == footer => flags::IN_FOOTER,
        Tag::P => flags::IN_P,
        Tag::Figure => {
            if a.has_embed_class(id) {
                flags::IN_FIGURE | flags::IN_EMBED
            } else {
                flags::IN_FIGURE
            }
        }
        Tag::Figcaption => flags::IN_FIGCAPTION,
        Tag::A => flags::IN_A,
        Tag::Li => flags::IN_LI,
        Tag::Span => flags::IN_SPAN,
        Tag::Div | Tag::Section => flags::IN_DIV,
        Tag::Script
        | Tag::Style
        | Tag::Template
        | Tag::Noscript
        | Tag::Iframe
        | Tag::Textarea
        | Tag::Title => flags::IN_RAW,
        _ => 0,
    }
}

/// Adds the strong letters of `text` by direction (Resolution 37): words with
/// `://` or `@`, or starting with `www.`, are skipped.
pub fn count_direction(text: &str, rtl: &mut u64, ltr: &mut u64) {
    let scan = scan_text(text.as_bytes());
    let (mut r, mut l) = (0, scan.ascii_letters);
    if scan.non_ascii {
        let (nr, nl) = non_ascii_letters(text);
        r += nr;
        l += nl;
    }
    if scan.address_marks {
        let (sr, sl) = skipped_letters(text);
        r -= sr;
        l -= sl;
    }
    *rtl += r;
    *ltr += l;
}

/// What one pass over a text tells.
struct Scan {
    ascii_letters: u64,
    non_ascii: bool,
    /// An `@`, a `:` or a `w.` occurs: the text may hold a skipped word.
    address_marks: bool,
}

/// One pass over the bytes, 32 at a time in blocks the compiler vectorises
/// (the last block padded with zeros, which count for nothing).
fn scan_text(b: &[u8]) -> Scan {
    const BLOCK: usize = 32;
    /// Letters, the OR of every byte, and marks, of `c` (each byte followed by
    /// the same position of `n`).
    #[inline(always)]
    fn block(c: &[u8], n: &[u8]) -> (u8, u8, u8) {
        let (c, n): (&[u8; BLOCK], &[u8; BLOCK]) = match (c.try_into(), n.try_into()) {
            (Ok(c), Ok(n)) => (c, n),
            _ => return (0, 0, 0),
        };
        let (mut l, mut h, mut m) = (0u8, 0u8, 0u8);
        for i in 0..BLOCK {
            let x = c[i];
            l += u8::from((x | 0x20).wrapping_sub(b'a') < 26);
            h |= x;
            m |= u8::from(x == b'@')
                | u8::from(x == b':')
                | (u8::from(x == b'w') & u8::from(n[i] == b'.'));
        }
        (l, h, m)
    }
    if let [c] = b {
        // A lone character, often the line break between two tags.
        return Scan {
            ascii_letters: u64::from((c | 0x20).wrapping_sub(b'a') < 26),
            non_ascii: false,
            address_marks: matches!(c, b'@' | b':'),
        };
    }
    let (mut letters, mut high, mut marks) = (0u64, 0u8, 0u8);
    let mut done = 0;
    if b.len() > BLOCK {
        let (cur, next) = (&b[..b.len() - 1], &b[1..]);
        for (c, n) in cur.chunks_exact(BLOCK).zip(next.chunks_exact(BLOCK)) {
            let (l, h, m) = block(c, n);
            letters += u64::from(l);
            high |= h;
            marks |= m;
            done += BLOCK;
        }
    }
    // At most one block is left (with the last byte).
    let mut pad = [0u8; BLOCK + 1];
    let rest = &b[done..];
    pad[..rest.len()].copy_from_slice(rest);
    let (l, h, m) = block(&pad[..BLOCK], &pad[1..]);
    letters += u64::from(l);
    high |= h;
    marks |= m;
    Scan {
        ascii_letters: letters,
        non_ascii: high >= 0x80,
        address_marks: marks != 0,
    }
}

/// All strong letters of a text.
fn count_letters(text: &str) -> (u64, u64) {
    let scan = scan_text(text.as_bytes());
    if !scan.non_ascii {
        return (0, scan.ascii_letters);
    }
    let (r, l) = non_ascii_letters(text);
    (r, l + scan.ascii_letters)
}

/// The strong letters outside ASCII: their lead bytes are found eight bytes
/// at a time, and the common two-byte ones looked up directly.
fn non_ascii_letters(text: &str) -> (u64, u64) {
    let bytes = text.as_bytes();
    let table = direction_table();
    let (mut rtl, mut ltr) = (0u64, 0u64);
    let words = bytes.chunks_exact(8);
    let tail = words.remainder();
    for (k, w) in words.enumerate() {
        let w = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        // The high bit of every byte that starts a character outside ASCII
        // (0b11xx_xxxx).
        let mut lead = w & (w << 1) & 0x8080_8080_8080_8080;
        while lead != 0 {
            let d = direction_at(text, table, k * 8 + (lead.trailing_zeros() / 8) as usize);
            rtl += u64::from(d == 1);
            ltr += u64::from(d == 2);
            lead &= lead - 1;
        }
    }
    let base = bytes.len() - tail.len();
    for (j, &b) in tail.iter().enumerate() {
        if b >= 0xC0 {
            let d = direction_at(text, table, base + j);
            rtl += u64::from(d == 1);
            ltr += u64::from(d == 2);
        }
    }
    (rtl, ltr)
}

/// The direction of the character that starts at `at` (see [`char_direction`]).
#[inline(always)]
fn direction_at(text: &str, table: &[u8], at: usize) -> u8 {
    let bytes = text.as_bytes();
    let b = bytes[at];
    if b < 0xE0 {
        // Two bytes: always below the table's end.
        let cp = (usize::from(b & 0x1F) << 6) | usize::from(bytes[at + 1] & 0x3F);
        table[cp]
    } else {
        char_direction(text[at..].chars().next().unwrap_or(' '))
    }
}

/// Words that name addresses, not language (Resolution 37).
fn skipped(word: &str) -> bool {
    word.starts_with("www.") || word.contains("://") || word.contains('@')
}

/// The strong letters of the skipped words: every word (split at ASCII
/// whitespace) that holds `@` or `://` or starts with `www.`, counted once.
fn skipped_letters(text: &str) -> (u64, u64) {
    let bytes = text.as_bytes();
    let word_at = |h: usize| -> (usize, usize) {
        let start = bytes[..h]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(0, |p| p + 1);
        let end = bytes[h..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(bytes.len(), |p| h + p);
        (start, end)
    };
    let mut words: Vec<(usize, usize)> = Vec::new();
    for h in memchr::memchr2_iter(b'@', b':', bytes) {
        if bytes[h] == b'@' || bytes[h..].starts_with(b"://") {
            words.push(word_at(h));
        }
    }
    for h in memchr::memmem::find_iter(bytes, b"www.") {
        if h == 0 || bytes[h - 1].is_ascii_whitespace() {
            words.push(word_at(h));
        }
    }
    if words.is_empty() {
        return (0, 0);
    }
    words.sort_unstable();
    words.dedup();
    let (mut r, mut l) = (0u64, 0u64);
    for (start, end) in words {
        let word = &text[start..end];
        debug_assert!(skipped(word));
        let (wr, wl) = count_letters(word);
        r += wr;
        l += wl;
    }
    (r, l)
}

/// The direction of every code point below U+0900 (see [`char_direction`]).
fn direction_table() -> &'static [u8] {
    use std::sync::OnceLock;
    static TABLE: OnceLock<Vec<u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0..DIRECTION_TABLE_END)
            .map(|u| char::from_u32(u).map_or(0, bidi_direction))
            .collect()
    })
}

const DIRECTION_TABLE_END: u32 = 0x0900;

fn bidi_direction(c: char) -> u8 {
    use unicode_bidi::BidiClass;
    match unicode_bidi::bidi_class(c) {
        BidiClass::R | BidiClass::AL => 1,
        BidiClass::L => 2,
        _ => 0,
    }
}

/// 1 for a right-to-left letter (bidi class R or AL), 2 for a left-to-right
/// one (L), 0 otherwise; the common blocks come from a table built once.
fn char_direction(c: char) -> u8 {
    let cp = c as u32;
    if cp < DIRECTION_TABLE_END {
        return direction_table()[cp as usize];
    }
    bidi_direction(c)
}

pub struct Children<'n> {
    nodes: &'n [Node],
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next.get()?;
        self.next = self.nodes[id.index()].next;
        Some(id)
    }
}

pub struct Descendants<'n> {
    nodes: &'n [Node],
    root: NodeId,
    next: NodeId,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next.get()?;
        let n = &self.nodes[id.index()];
        if !n.first_child.is_none() {
            self.next = n.first_child;
        } else {
            let mut cur = id;
            self.next = NodeId::NONE;
            while cur != self.root {
                let c = &self.nodes[cur.index()];
                if !c.next.is_none() {
                    self.next = c.next;
                    break;
                }
                cur = c.parent;
                if cur.is_none() {
                    break;
                }
            }
        }
        Some(id)
    }
}

impl Article<'_> {
    /// Whether a position of the decoded HTML lies in an embed figure: after
    /// its start tag and before the next written element outside it.
    pub fn in_embed(&self, pos: u32) -> bool {
        let Some(last) = self.element_before(pos) else {
            return false;
        };
        self.is_embed_figure(last) || self.has_flag(last, flags::IN_EMBED)
    }
}

#[cfg(test)]
mod direction_tests {
    use super::count_direction;

    #[test]
    fn counts_letters_by_direction() {
        let (mut r, mut l) = (0, 0);
        count_direction(
            "مرحبا بالعالم hello https://x.example/a www.example.com a@b.c 123",
            &mut r,
            &mut l,
        );
        assert_eq!((r, l), (12, 5));
    }

    /// The counting as Resolution 37 words it: word by word, character by
    /// character.
    fn reference(text: &str) -> (u64, u64) {
        let (mut r, mut l) = (0, 0);
        for word in text.split(|c: char| c.is_ascii_whitespace()) {
            if word.starts_with("www.") || word.contains("://") || word.contains('@') {
                continue;
            }
            for c in word.chars() {
                match super::char_direction(c) {
                    1 => r += 1,
                    2 => l += 1,
                    _ => {}
                }
            }
        }
        (r, l)
    }

    #[test]
    fn bulk_counting_agrees_with_the_word_by_word_reading() {
        let pieces = [
            "hello ",
            "مرحبا ",
            "שלום, ",
            "https://x.example/a ",
            "see:https://y.example ",
            "a@b.c ",
            "awww.example ",
            "www.example.com ",
            "\u{a0}é—“quoted” ",
            "ab:c ",
            "Ωμέγα 12 ",
            "\t\n",
            "𝔄𝔅 ",
            "x",
        ];
        let mut seed = 7u32;
        for len in 0..400 {
            let mut text = String::new();
            for _ in 0..len % 60 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            let (mut r, mut l) = (0, 0);
            count_direction(&text, &mut r, &mut l);
            assert_eq!((r, l), reference(&text), "{text:?}");
        }
    }
}

#[cfg(test)]
mod text_direction_tests {
    use super::Article;
    use crate::feed::ContentMap;

    #[test]
    fn the_early_decision_is_the_full_counts_decision() {
        let pieces = [
            "hello there",
            "مرحبا بالعالم",
            "שלום",
            "“quoted”",
            "a",
            "é",
            "https://x.example/abcdef",
            "١٢٣",
            " ",
            "Ωμέγα",
            "مرحبا — hi",
        ];
        let map = ContentMap::default();
        let mut seed = 11u32;
        for n in 0..300 {
            let mut body = String::new();
            for _ in 0..n % 23 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let piece = pieces[(seed >> 16) as usize % pieces.len()];
                body.push_str(&format!("<p>{piece}</p>"));
            }
            let html = format!("<html><body><article>{body}</article></body></html>");
            let early = Article::parse(&html, &map, None).text_direction();
            let full = Article::parse(&html, &map, None).direction_counts();
            assert_eq!(early, super::direction::decide(full.0, full.1), "{html}");
        }
    }
}

#[cfg(test)]
mod empty_tests {
    use super::Article;
    use crate::feed::ContentMap;

    #[test]
    fn the_marks_of_the_walk_agree_with_a_search_of_every_subtree() {
        let deep_empty = format!("<div>{}</div>", "<span> &nbsp;".repeat(400));
        let deep_full = format!("<div>{}x</div>", "<span>".repeat(400));
        let cases = [
            "<p></p><p> </p><p>\u{a0}<br></p><p>x</p>",
            "<p><a href=\"/x\"></a></p><p><img></p><p><span><b> </b></span></p>",
            "<ul><li></li><li><em>y</em></li></ul><figure><figcaption> </figcaption></figure>",
            "<p><svg></svg></p><h1><span></span><span>t</span></h1>",
            "<template><p>x</p></template><table><tr><td> </td><td>y</td></tr></table>",
            &deep_empty,
            &deep_full,
        ];
        let map = ContentMap::default();
        for body in cases {
            let html = format!("<html><body><article>{body}</article></body></html>");
            let a = Article::parse(&html, &map, None);
            for i in 0..a.nodes.len() {
                let id = super::NodeId(i as u32);
                let searched = !std::iter::once(id)
                    .chain(a.descendants(id))
                    .any(|d| super::own_content(&a.nodes[d.index()]));
                assert_eq!(a.is_empty(id), searched, "node {i} of {body}");
            }
        }
    }
}
