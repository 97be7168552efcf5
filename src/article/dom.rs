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
