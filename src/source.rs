//! Positions in the input: absolute byte spans, and the lines and columns a
//! person reads (RULES.md Resolution 38).
//!
//! The feed is streamed, so no stage holds the whole file. Each item keeps its
//! own bytes together with a [`Base`]: the absolute offset, line and column of
//! its first byte. A [`Window`] turns absolute offsets inside those bytes into
//! [`LineCol`]s with a line index built once per window.

use std::cell::OnceCell;

/// A byte range in the input file (absolute offsets; `end` is exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: u64,
    pub end: u64,
}

impl Span {
    pub fn new(start: u64, end: u64) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    pub fn at(offset: u64) -> Self {
        Span {
            start: offset,
            end: offset,
        }
    }
}

/// A 1-based line and column. Columns count Unicode scalar values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct LineCol {
    pub line: u64,
    pub column: u64,
}

/// Where a run of bytes starts in the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Base {
    pub offset: u64,
    pub line: u64,
    pub column: u64,
}

impl Default for Base {
    fn default() -> Self {
        Base {
            offset: 0,
            line: 1,
            column: 1,
        }
    }
}

/// Counts the Unicode scalar values in UTF-8 bytes (any byte that is not a
/// continuation byte starts one; invalid bytes count one each).
pub fn count_chars(bytes: &[u8]) -> u64 {
    // In blocks small enough for byte counters, which the compiler vectorises.
    bytes
        .chunks(255)
        .map(|c| u64::from(c.iter().fold(0u8, |n, &b| n + u8::from((b & 0xC0) != 0x80))))
        .sum()
}

/// Keeps the line and column of a moving position while bytes pass by.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tracker {
    pub base: Base,
    after_cr: bool,
}

impl Tracker {
    /// Moves the position over `bytes`, which directly follow it.
    pub fn advance(&mut self, bytes: &[u8]) {
        self.advance_noting(bytes, |_| {});
    }

    /// Moves the position over `bytes` as [`Tracker::advance`] does, and
    /// returns their [`line_starts`], found on the way.
    pub fn advance_lines(&mut self, bytes: &[u8]) -> Vec<u32> {
        let mut starts = Vec::new();
        self.advance_noting(bytes, |s| starts.push(s as u32));
        starts
    }

    /// Moves over `bytes`, telling `start` where each line of `bytes` starts
    /// (as [`line_starts`] reads them: a CR at the very start of `bytes` is
    /// not joined to a CR before them).
    #[inline(always)]
    fn advance_noting(&mut self, bytes: &[u8], mut start: impl FnMut(usize)) {
        let mut line_start = None;
        let mut lines = 0u64;
        let mut i = 0;
        let mut after_cr = self.after_cr;
        while let Some(p) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
            let at = i + p;
            if bytes[at] == b'\n' && at == 0 && after_cr {
                // The LF of a CRLF split across two calls: the CR ended the line.
                line_start = Some(1);
                start(1);
            } else {
                lines += 1;
                line_start = Some(at + 1);
                if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                    line_start = Some(at + 2);
                    start(at + 2);
                    i = at + 2;
                    after_cr = false;
                    continue;
                }
                start(at + 1);
            }
            i = at + 1;
        }
        self.after_cr = bytes.last().map_or(after_cr, |&b| b == b'\r');
        match line_start {
            Some(s) => {
                self.base.line += lines;
                self.base.column = 1 + count_chars(&bytes[s..]);
            }
            None => self.base.column += count_chars(bytes),
        }
        self.base.offset += bytes.len() as u64;
    }
}

/// Byte offsets (relative to the slice) at which a new line starts.
pub fn line_starts(bytes: &[u8]) -> Vec<u32> {
    let mut starts = Vec::new();
    let mut i = 0;
    while let Some(p) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
        let at = i + p;
        if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
            starts.push((at + 2) as u32);
            i = at + 2;
        } else {
            starts.push((at + 1) as u32);
            i = at + 1;
        }
    }
    starts
}

/// Bytes of the input that start at a known [`Base`], with a lazily built
/// line index for turning absolute offsets into lines and columns.
pub struct Window<'a> {
    pub bytes: &'a [u8],
    pub base: Base,
    starts: OnceCell<std::borrow::Cow<'a, [u32]>>,
}

impl<'a> Window<'a> {
    pub fn new(bytes: &'a [u8], base: Base) -> Self {
        Window {
            bytes,
            base,
            starts: OnceCell::new(),
        }
    }

    /// A window whose line index is known: the [`line_starts`] of `bytes`.
    pub fn with_lines(bytes: &'a [u8], base: Base, starts: &'a [u32]) -> Self {
        let w = Window::new(bytes, base);
        let _ = w.starts.set(std::borrow::Cow::Borrowed(starts));
        w
    }

    /// Whether an absolute offset lies inside (or at the end of) the window.
    pub fn contains(&self, offset: u64) -> bool {
        offset >= self.base.offset && offset <= self.base.offset + self.bytes.len() as u64
    }

    /// The relative position of an absolute offset, clamped to the window and
    /// moved back to a character boundary.
    pub fn relative(&self, offset: u64) -> usize {
        let mut rel = offset
            .saturating_sub(self.base.offset)
            .min(self.bytes.len() as u64) as usize;
        while rel > 0 && rel < self.bytes.len() && (self.bytes[rel] & 0xC0) == 0x80 {
            rel -= 1;
        }
        rel
    }

    pub fn locate(&self, offset: u64) -> LineCol {
        let rel = self.relative(offset);
        let starts = self.starts.get_or_init(|| line_starts(self.bytes).into());
        let idx = starts.partition_point(|&s| s as usize <= rel);
        if idx == 0 {
            LineCol {
                line: self.base.line,
                column: self.base.column + count_chars(&self.bytes[..rel]),
            }
        } else {
            let s = starts[idx - 1] as usize;
            LineCol {
                line: self.base.line + idx as u64,
                column: 1 + count_chars(&self.bytes[s..rel]),
            }
        }
    }

    /// The relative byte range of the line that holds `rel`, without its line end.
    pub fn line_range(&self, rel: usize) -> (usize, usize) {
        let starts = self.starts.get_or_init(|| line_starts(self.bytes).into());
        let idx = starts.partition_point(|&s| s as usize <= rel);
        let start = if idx == 0 {
            0
        } else {
            starts[idx - 1] as usize
        };
        let mut end = starts.get(idx).map_or(self.bytes.len(), |&s| s as usize);
        while end > start && matches!(self.bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        (start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tracker_finds_the_line_starts_it_passes() {
        let pieces: [&[u8]; 6] = [b"\n", b"\r", b"\r\n", b"a", b"\xc3\xa9t\xc3\xa9", b"\n\r"];
        let mut seed = 3u32;
        for n in 0..3000 {
            let mut bytes = Vec::new();
            for _ in 0..n % 50 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                bytes.extend_from_slice(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            // The same position either way, after a CR or not.
            for before in [&b"x"[..], b"x\r"] {
                let mut plain = Tracker::default();
                plain.advance(before);
                let mut noting = plain;
                plain.advance(&bytes);
                let starts = noting.advance_lines(&bytes);
                assert_eq!(starts, line_starts(&bytes), "{bytes:?}");
                assert_eq!(noting.base, plain.base, "{bytes:?}");
            }
        }
    }

    #[test]
    fn tracker_counts_all_line_ends() {
        let mut t = Tracker::default();
        t.advance(b"ab\r\ncd\ref\ng\xc3\xa9");
        assert_eq!((t.base.line, t.base.column), (4, 3));
        let mut split = Tracker::default();
        split.advance(b"ab\r");
        split.advance(b"\ncd");
        assert_eq!((split.base.line, split.base.column), (2, 3));
    }

    #[test]
    fn window_locates_offsets() {
        let bytes = "x\r\ny\u{e9}z\rw".as_bytes();
        let w = Window::new(
            bytes,
            Base {
                offset: 100,
                line: 7,
                column: 5,
            },
        );
        assert_eq!(w.locate(100), LineCol { line: 7, column: 5 });
        assert_eq!(w.locate(101), LineCol { line: 7, column: 6 });
        assert_eq!(w.locate(103), LineCol { line: 8, column: 1 });
        assert_eq!(w.locate(106), LineCol { line: 8, column: 3 });
        assert_eq!(w.locate(108), LineCol { line: 9, column: 1 });
    }
}
