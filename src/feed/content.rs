//! The article inside `content:encoded`, decoded, with a map from offsets in
//! the decoded HTML back to the feed file.

use crate::source::Span;

/// How the article was written in the feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContentKind {
    /// One or more CDATA sections (the documented form).
    Cdata,
    /// Entity-escaped text.
    Escaped,
    /// CDATA and escaped text mixed.
    Mixed,
    /// Raw markup parsed as XML elements.
    Elements,
    /// Nothing but whitespace.
    Empty,
}

/// One run of decoded HTML and where it came from.
#[derive(Clone, Copy, Debug)]
struct Segment {
    /// Offset in the decoded HTML.
    html: u32,
    /// Absolute offset of the run's first source byte.
    src: u64,
    /// 0 for a verbatim run (one HTML byte per source byte); otherwise the
    /// length of the escape (`&lt;`) that decoded to this run.
    escape_len: u32,
}

/// Maps offsets in the decoded HTML to absolute offsets in the feed.
#[derive(Clone, Debug, Default)]
pub struct ContentMap {
    segments: Vec<Segment>,
}

impl ContentMap {
    /// A map for HTML that is the source itself, starting at `src`.
    pub fn verbatim(src: u64) -> Self {
        ContentMap {
            segments: vec![Segment {
                html: 0,
                src,
                escape_len: 0,
            }],
        }
    }

    pub fn push_verbatim(&mut self, html: usize, src: u64) {
        if let Some(last) = self.segments.last()
            && last.escape_len == 0
            && last.src + (html as u64 - u64::from(last.html)) == src
        {
            return;
        }
        self.segments.push(Segment {
            html: html as u32,
            src,
            escape_len: 0,
        });
    }

    pub fn push_escape(&mut self, html: usize, src: u64, len: usize) {
        self.segments.push(Segment {
            html: html as u32,
            src,
            escape_len: len as u32,
        });
    }

    fn segment(&self, html: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.html as usize <= html);
        if i == 0 {
            self.segments.first()
        } else {
            Some(&self.segments[i - 1])
        }
    }

    /// The source offset where the character at `html` starts.
    pub fn start(&self, html: usize) -> u64 {
        match self.segment(html) {
            None => 0,
            Some(s) if s.escape_len > 0 => s.src,
            Some(s) => s.src + (html as u64).saturating_sub(u64::from(s.html)),
        }
    }

    /// The source offset just after the character that ends at `html`
    /// (exclusive end).
    pub fn end(&self, html: usize) -> u64 {
        if html == 0 {
            return self.start(0);
        }
        match self.segment(html - 1) {
            None => 0,
            Some(s) if s.escape_len > 0 => s.src + u64::from(s.escape_len),
            Some(s) => s.src + (html as u64).saturating_sub(u64::from(s.html)),
        }
    }

    /// The source span of the decoded range `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.start(start), self.end(end.max(start)))
    }
}

/// The decoded article of one item.
#[derive(Clone, Debug)]
pub struct Content {
    /// The `<content:encoded>` start tag.
    pub tag: Span,
    pub kind: ContentKind,
    /// The article HTML as the importer would read it (empty when it is
    /// larger than the item limit: see `size`).
    pub html: String,
    /// The size of the decoded article in bytes.
    pub size: usize,
    pub map: ContentMap,
    /// The first non-whitespace character of escaped text, if any.
    pub first_escaped: Option<Span>,
    /// Where an element child was written (raw markup parsed as XML).
    pub element_child: Option<Span>,
    /// The `]]>` that ended a CDATA section early (RULES.md Resolution 47).
    pub cdata_ended_early: Option<Span>,
}

impl Content {
    pub fn is_blank(&self) -> bool {
        self.size <= self.html.len()
            && self
                .html
                .trim_matches(|c: char| c.is_ascii_whitespace())
                .is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_map_to_their_outer_characters() {
        // source at 100: "&lt;p&gt;ab" decodes to "<p>ab"
        let mut m = ContentMap::default();
        m.push_escape(0, 100, 4);
        m.push_verbatim(1, 104);
        m.push_escape(2, 105, 4);
        m.push_verbatim(3, 109);
        assert_eq!(m.start(0), 100);
        assert_eq!(m.end(1), 104);
        assert_eq!(m.start(1), 104);
        assert_eq!(m.end(3), 109);
        assert_eq!(m.start(4), 110);
        assert_eq!(m.span(0, 3), Span::new(100, 109));
    }
}
