//! The article's document tree: a flat arena of nodes, each element with the
//! position of its start tag in the decoded HTML.

use html5ever::tendril::StrTendril;
use html5ever::{Attribute, QualName};

/// An index into the arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

impl NodeId {
    pub const NONE: NodeId = NodeId(u32::MAX);
    pub const DOCUMENT: NodeId = NodeId(0);

    pub fn is_none(self) -> bool {
        self == NodeId::NONE
    }

    pub fn get(self) -> Option<NodeId> {
        if self.is_none() { None } else { Some(self) }
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// No position: the element was created by the parser, not written.
pub const NO_POS: u32 = u32::MAX;

macro_rules! tags {
    ($($variant:ident = $name:literal),* $(,)?) => {
        /// The HTML elements the rules know by name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Tag {
            $($variant,)*
            /// Any other HTML element.
            Other,
            /// An SVG or MathML element.
            Foreign,
        }

        impl Tag {
            pub const COUNT: usize = Tag::Foreign as usize + 1;

            pub fn from_name(name: &str) -> Tag {
                match name {
                    $($name => Tag::$variant,)*
                    _ => Tag::Other,
                }
            }
        }
    };
}

tags! {
    Html = "html", Head = "head", Body = "body", Title = "title", Meta = "meta", Link = "link",
    Style = "style", Script = "script", Noscript = "noscript", Template = "template",
    Article = "article", Header = "header", Footer = "footer", Section = "section", Div = "div",
    Span = "span", P = "p", Br = "br", A = "a", B = "b", Strong = "strong", I = "i", Em = "em",
    Small = "small", Cite = "cite", Time = "time", Address = "address", H1 = "h1", H2 = "h2",
    H3 = "h3", H4 = "h4", H5 = "h5", H6 = "h6", Figure = "figure", Figcaption = "figcaption",
    Img = "img", Video = "video", Audio = "audio", Source = "source", Iframe = "iframe",
    Object = "object", Embed = "embed", Blockquote = "blockquote", Aside = "aside", Ul = "ul",
    Ol = "ol", Li = "li", Table = "table", Details = "details", Summary = "summary",
    Textarea = "textarea", Sub = "sub", Sup = "sup", U = "u", S = "s", Mark = "mark",
    Pre = "pre", Code = "code", Hr = "hr", Dl = "dl", Form = "form", Input = "input",
    Button = "button", Canvas = "canvas", Picture = "picture", Main = "main", Nav = "nav",
}

#[derive(Debug)]
pub struct Element {
    pub name: QualName,
    pub tag: Tag,
    pub attrs: Vec<Attribute>,
    /// Offset of the start tag's `<` in the decoded HTML, or [`NO_POS`].
    pub src: u32,
    /// Offset of the explicit end tag's `<`, or [`NO_POS`].
    pub end_src: u32,
    /// The contents fragment of a `<template>`.
    pub template: NodeId,
}

#[derive(Debug)]
pub enum NodeData {
    Document,
    Doctype,
    Comment,
    Text {
        text: StrTendril,
        /// Offset of the parser chunk the text began in.
        at: u32,
        /// What one pass over the text tells ([`text_facts`]).
        facts: u8,
    },
    Element(Element),
}

#[derive(Debug)]
pub struct Node {
    pub parent: NodeId,
    pub first_child: NodeId,
    pub last_child: NodeId,
    pub prev: NodeId,
    pub next: NodeId,
    pub data: NodeData,
    /// Written inside a `<p>` that the parser had to close (RULES.md
    /// Resolution 32): the node belongs to that paragraph as written.
    pub in_written_p: bool,
    /// A `<p>` whose figure, blockquote or aside the parser moved out.
    pub holds_block: bool,
}

/// Facts about a text, found in one pass while the parser hands it over
/// (the bytes are in cache then), so that the rules need not read the
/// texts that cannot concern them. Each fact of two joined texts is the OR
/// of theirs.
pub mod text_facts {
    /// A `<` occurs.
    pub const LT: u8 = 1 << 0;
    /// A byte outside ASCII occurs.
    pub const NON_ASCII: u8 = 1 << 1;
    /// A character other than ASCII whitespace and U+00A0 occurs
    /// (RULES.md Resolution 5's content, and the rules' non-blank text).
    pub const CONTENT: u8 = 1 << 2;

    /// The facts of `text`.
    pub fn of(text: &str) -> u8 {
        const BLOCK: usize = 16;
        /// Per lane: the OR of the bytes, whether one was `<`, whether one
        /// was not ASCII whitespace; in a form the compiler vectorises,
        /// reduced once at the end.
        struct Lanes {
            high: [u8; BLOCK],
            lt: [u8; BLOCK],
            solid: [u8; BLOCK],
        }
        impl Lanes {
            #[inline(always)]
            fn add(&mut self, c: &[u8; BLOCK]) {
                for (i, &x) in c.iter().enumerate() {
                    self.high[i] |= x;
                    self.lt[i] |= u8::from(x == b'<');
                    // Tab, line feed, form feed, carriage return, space.
                    let ws = (x == b' ') | ((x.wrapping_sub(9) < 5) & (x != 0x0B));
                    self.solid[i] |= u8::from(!ws);
                }
            }
        }
        /// Per byte: [`LT`], `0x80` for a byte outside ASCII, [`CONTENT`] for
        /// one that is not ASCII whitespace.
        const BYTE: [u8; 256] = {
            let mut t = [0u8; 256];
            let mut x = 0;
            while x < 256 {
                let b = x as u8;
                let ws = matches!(b, b' ' | b'\t' | b'\n' | 0x0C | b'\r');
                t[x] = if b == b'<' { LT } else { 0 }
                    | if b >= 0x80 { 0x80 } else { 0 }
                    | if ws { 0 } else { CONTENT };
                x += 1;
            }
            t
        };
        let b = text.as_bytes();
        if let [x] = b {
            // A lone character: the line break between two tags, say.
            let f = BYTE[usize::from(*x)];
            return f & (LT | CONTENT);
        }
        let blocks = b.chunks_exact(BLOCK);
        // Short texts and the tail byte by byte, through the table.
        let tail = blocks
            .remainder()
            .iter()
            .fold(0u8, |a, &x| a | BYTE[usize::from(x)]);
        let (mut high, mut lt, mut solid) = (tail & 0x80, tail & LT, tail & CONTENT);
        if b.len() >= BLOCK {
            let mut lanes = Lanes {
                high: [0; BLOCK],
                lt: [0; BLOCK],
                solid: [0; BLOCK],
            };
            for c in blocks {
                lanes.add(c.try_into().unwrap_or(&[b' '; BLOCK]));
            }
            let any = |l: &[u8; BLOCK]| l.iter().fold(0, |a, &x| a | x);
            high |= any(&lanes.high);
            lt |= any(&lanes.lt);
            solid |= any(&lanes.solid);
        }
        let non_ascii = high >= 0x80;
        // Outside ASCII, a byte that is not whitespace may belong to U+00A0.
        let content = solid != 0 && (!non_ascii || has_content_char(text));
        (if lt != 0 { LT } else { 0 })
            | (if non_ascii { NON_ASCII } else { 0 })
            | (if content { CONTENT } else { 0 })
    }

    /// Whether a character other than ASCII whitespace and U+00A0 occurs.
    pub fn has_content_char(text: &str) -> bool {
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' | b'\n' | b'\x0C' | b'\r' => i += 1,
                0xC2 if b.get(i + 1) == Some(&0xA0) => i += 2,
                _ => return true,
            }
        }
        false
    }
}

impl Node {
    pub fn new(data: NodeData) -> Self {
        Node {
            parent: NodeId::NONE,
            first_child: NodeId::NONE,
            last_child: NodeId::NONE,
            prev: NodeId::NONE,
            next: NodeId::NONE,
            data,
            in_written_p: false,
            holds_block: false,
        }
    }

    pub fn element(&self) -> Option<&Element> {
        match &self.data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    pub fn text(&self) -> Option<&str> {
        match &self.data {
            NodeData::Text { text, .. } => Some(text),
            _ => None,
        }
    }

    /// The [`text_facts`] of a text node (0 for other nodes).
    pub fn text_facts(&self) -> u8 {
        match &self.data {
            NodeData::Text { facts, .. } => *facts,
            _ => 0,
        }
    }

    /// A text node with a character other than ASCII whitespace and U+00A0.
    pub fn is_solid_text(&self) -> bool {
        self.text_facts() & text_facts::CONTENT != 0
    }
}

/// Links and unlinks nodes in the arena.
pub fn detach(nodes: &mut [Node], id: NodeId) {
    let (parent, prev, next) = {
        let n = &nodes[id.index()];
        (n.parent, n.prev, n.next)
    };
    if parent.is_none() {
        return;
    }
    if prev.is_none() {
        nodes[parent.index()].first_child = next;
    } else {
        nodes[prev.index()].next = next;
    }
    if next.is_none() {
        nodes[parent.index()].last_child = prev;
    } else {
        nodes[next.index()].prev = prev;
    }
    let n = &mut nodes[id.index()];
    n.parent = NodeId::NONE;
    n.prev = NodeId::NONE;
    n.next = NodeId::NONE;
}

pub fn append(nodes: &mut [Node], parent: NodeId, child: NodeId) {
    detach(nodes, child);
    let last = nodes[parent.index()].last_child;
    {
        let c = &mut nodes[child.index()];
        c.parent = parent;
        c.prev = last;
    }
    if last.is_none() {
        nodes[parent.index()].first_child = child;
    } else {
        nodes[last.index()].next = child;
    }
    nodes[parent.index()].last_child = child;
}

pub fn insert_before(nodes: &mut [Node], sibling: NodeId, child: NodeId) {
    detach(nodes, child);
    let (parent, prev) = {
        let s = &nodes[sibling.index()];
        (s.parent, s.prev)
    };
    {
        let c = &mut nodes[child.index()];
        c.parent = parent;
        c.prev = prev;
        c.next = sibling;
    }
    nodes[sibling.index()].prev = child;
    if prev.is_none() {
        if !parent.is_none() {
            nodes[parent.index()].first_child = child;
        }
    } else {
        nodes[prev.index()].next = child;
    }
}

#[cfg(test)]
mod tests {
    use super::text_facts::{self, CONTENT, LT, NON_ASCII};

    /// The facts as their definitions read, character by character.
    fn plain(text: &str) -> u8 {
        let mut f = 0;
        if text.contains('<') {
            f |= LT;
        }
        if !text.is_ascii() {
            f |= NON_ASCII;
        }
        if text
            .chars()
            .any(|c| !matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r' | '\u{a0}'))
        {
            f |= CONTENT;
        }
        f
    }

    #[test]
    fn text_facts_match_their_definitions() {
        let pieces = [
            " ", "\t", "\n", "\r", "\x0C", "\x0B", "\u{a0}", "a", "<", ">", "é", "ש", "\u{2003}",
            "\0", "\x7f", "&lt;",
        ];
        let mut seed = 7u32;
        for n in 0..4000 {
            let mut text = String::new();
            // Lengths around the 16-byte blocks and their tails.
            for _ in 0..n % 70 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let k = (seed >> 16) as usize;
                // Mostly blank, so that one solid character decides.
                text.push_str(if k.is_multiple_of(4) {
                    pieces[k % pieces.len()]
                } else {
                    " "
                });
            }
            assert_eq!(text_facts::of(&text), plain(&text), "{text:?}");
        }
        assert_eq!(text_facts::of(""), 0);
        assert_eq!(text_facts::of(&" ".repeat(40)), 0);
        assert_eq!(text_facts::of(&"\u{a0}".repeat(40)), NON_ASCII);
        assert_eq!(
            text_facts::of(&format!("{}<", " ".repeat(47))),
            LT | CONTENT
        );
    }
}
