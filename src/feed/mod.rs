//! The feed: what the streaming XML pass extracts from the RSS envelope.
//!
//! [`reader::FeedReader`] streams the input with quick-xml and yields
//! [`Piece`]s in file order: each `<item>` with its own bytes and the spans of
//! its fields, and the findings that belong to no item.

mod content;
pub mod reader;

pub use content::{Content, ContentKind, ContentMap};
pub use reader::{ChannelEnd, FeedReader, Piece};

use crate::diagnostic::Diagnostic;
use crate::source::{Base, Span};

/// The namespace URI of the RSS content module (`content:encoded`).
pub const CONTENT_NS: &str = "http://purl.org/rss/1.0/modules/content/";

/// A simple RSS child element of `<item>` or `<channel>`.
#[derive(Clone, Debug)]
pub struct Field {
    /// The element's start tag (or the empty element).
    pub tag: Span,
    /// The decoded text, untrimmed.
    pub text: String,
    /// From the first to the last non-whitespace character of the text; at
    /// the element when the text is blank.
    pub text_span: Span,
}

impl Field {
    pub fn trimmed(&self) -> &str {
        self.text.trim_matches(|c: char| c.is_ascii_whitespace())
    }

    pub fn is_blank(&self) -> bool {
        self.trimmed().is_empty()
    }
}

/// One `<item>` of the feed, with its source bytes.
#[derive(Debug)]
pub struct Item {
    /// 1-based position among the feed's items.
    pub index: u32,
    /// The item's source, from `<item` to the end of `</item>` (or to where
    /// reading stopped).
    pub bytes: Vec<u8>,
    /// Where each line of `bytes` starts (see [`crate::source::line_starts`]).
    pub line_starts: Vec<u32>,
    pub base: Base,
    /// The `<item>` start tag.
    pub tag: Span,
    pub title: Option<Field>,
    pub link: Option<Field>,
    pub guid: Option<Field>,
    pub pub_date: Option<Field>,
    pub description: Option<Field>,
    pub authors: Vec<Field>,
    pub content: Option<Content>,
    /// Findings the reader made inside this item.
    pub diagnostics: Vec<Diagnostic>,
    /// The item was not read completely (malformed XML inside it): it gets
    /// only the reader's findings (RULES.md Resolution 43).
    pub broken: bool,
    /// The item lies outside `<channel>` (feed-missing-channel was reported).
    pub outside_channel: bool,
}

impl Item {
    /// The item's bytes, with their line index.
    pub fn window(&self) -> crate::source::Window<'_> {
        crate::source::Window::with_lines(&self.bytes, self.base, &self.line_starts)
    }
}

/// What the reader learnt about the channel, for rules that need it.
#[derive(Clone, Debug, Default)]
pub struct ChannelInfo {
    /// The channel's RSS `<link>` (no namespace), once seen.
    pub link: Option<Field>,
    /// Where the channel `<link>` is, as a line and column, for notes.
    pub link_at: Option<crate::source::LineCol>,
    pub title: Option<Field>,
    pub description: Option<Field>,
    pub last_build_date: Option<Field>,
}
