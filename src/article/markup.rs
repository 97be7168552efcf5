//! Small scanners over HTML source: where a start tag ends, where one of its
//! attributes is, where text begins. They read the source as written, which the
//! tree does not keep.

/// Whether `s` starts with `<name` (ASCII case-insensitive) followed by the
/// end of the tag name.
pub fn starts_with_tag(s: &str, name: &str) -> bool {
    let b = s.as_bytes();
    let n = name.len();
    b.first() == Some(&b'<')
        && b.len() > n
        && b[1..=n].eq_ignore_ascii_case(name.as_bytes())
        && b.get(n + 1)
            .is_none_or(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
}

/// Whether `s` starts with the end tag `</name` (ASCII case-insensitive).
pub fn starts_with_end_tag(s: &str, name: &str) -> bool {
    let b = s.as_bytes();
    let n = name.len();
    b.len() > n + 1
        && b[0] == b'<'
        && b[1] == b'/'
        && b[2..2 + n].eq_ignore_ascii_case(name.as_bytes())
        && b.get(n + 2)
            .is_none_or(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
}

/// The offset just after the `>` that ends the tag starting at `start`
/// (quoted attribute values may hold `>`), or the end of the input.
pub fn tag_end(html: &str, start: usize) -> usize {
    let b = html.as_bytes();
    if b[start..].starts_with(b"<!--") {
        return memchr::memmem::find(&b[start + 4..], b"-->")
            .map_or(b.len(), |i| start + 4 + i + 3);
    }
    let mut i = start + 1;
    let mut after_eq = false;
    while i < b.len() {
        match b[i] {
            b'>' => return i + 1,
            b'=' => after_eq = true,
            b'"' | b'\'' if after_eq => {
                let q = b[i];
                match memchr::memchr(q, &b[i + 1..]) {
                    Some(j) => i += j + 1,
                    None => return b.len(),
                }
                after_eq = false;
            }
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => {}
            _ => after_eq = false,
        }
        i += 1;
    }
    b.len()
}

/// The range (relative to `tag`) of attribute `name` in the start tag `tag`,
/// from its name to the end of its value, closing quote included.
pub fn attr_span_in_tag(tag: &str, name: &str) -> Option<(usize, usize)> {
    let b = tag.as_bytes();
    let mut i = 1;
    // Skip the tag name.
    while i < b.len() && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') {
        i += 1;
    }
    loop {
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'>' {
            return None;
        }
        let name_start = i;
        i += 1;
        while i < b.len()
            && !matches!(
                b[i],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>' | b'='
            )
        {
            i += 1;
        }
        let attr_name = &b[name_start..i];
        let mut end = i;
        let mut j = i;
        while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
            j += 1;
        }
        if j < b.len() && b[j] == b'=' {
            j += 1;
            while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                j += 1;
            }
            if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                let q = b[j];
                end = memchr::memchr(q, &b[j + 1..]).map_or(b.len(), |k| j + 1 + k + 1);
            } else {
                end = j;
                while end < b.len()
                    && !matches!(b[end], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>')
                {
                    end += 1;
                }
            }
            i = end;
        }
        if attr_name.eq_ignore_ascii_case(name.as_bytes()) {
            return Some((name_start, end));
        }
    }
}

/// The deepest element nesting the source reaches, counted on tags (a quick
/// guard run before the HTML parser, whose scope checks are quadratic in
/// depth). Stops counting once `limit` is passed.
pub fn nesting_depth(html: &str, limit: usize) -> usize {
    let b = html.as_bytes();
    let mut depth = Depth::default();
    for at in memchr::memchr_iter(b'<', b) {
        if depth.tag(&b[at + 1..]) > limit {
            return depth.max;
        }
    }
    depth.max
}

/// The nesting count of [`nesting_depth`], tag by tag.
#[derive(Default)]
pub struct Depth {
    depth: usize,
    /// The deepest so far.
    pub max: usize,
}

impl Depth {
    /// Counts the tag after a `<` (`rest` starts just after it), and returns
    /// the deepest nesting so far.
    #[inline]
    pub fn tag(&mut self, rest: &[u8]) -> usize {
        match rest.first() {
            Some(b'/') => self.depth = self.depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_len = rest
                    .iter()
                    .position(|c| !c.is_ascii_alphanumeric())
                    .unwrap_or(rest.len());
                if !is_void(&rest[..name_len]) {
                    self.depth += 1;
                    self.max = self.max.max(self.depth);
                }
            }
            _ => {}
        }
        self.max
    }
}

/// Whether a tag name (ASCII, any case) is that of a void element.
fn is_void(name: &[u8]) -> bool {
    let is = |v: &[u8]| name.eq_ignore_ascii_case(v);
    match name.len() {
        2 => is(b"br") || is(b"hr"),
        3 => is(b"col") || is(b"img") || is(b"wbr"),
        4 => is(b"area") || is(b"base") || is(b"link") || is(b"meta"),
        5 => is(b"embed") || is(b"input") || is(b"track") || is(b"param"),
        6 => is(b"source"),
        _ => false,
    }
}

/// Whether a character counts as blank for text rules: ASCII whitespace or
/// U+00A0 (RULES.md Resolution 34).
pub fn is_blank_char(c: char) -> bool {
    c.is_ascii_whitespace() || c == '\u{a0}'
}

/// The offset of the first character at or after `from` that is not blank,
/// reading character references for U+00A0 as blank. Stops at a `<`.
pub fn first_text_char(html: &str, from: usize) -> Option<usize> {
    let b = html.as_bytes();
    let mut i = from;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => i += 1,
            b'<' => return None,
            b'&' => {
                let rest = &html[i..];
                let nbsp = ["&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&NonBreakingSpace;"];
                match nbsp.iter().find(|e| rest.starts_with(*e)) {
                    Some(e) => i += e.len(),
                    None => return Some(i),
                }
            }
            0xC2 if b.get(i + 1) == Some(&0xA0) => i += 2,
            _ => return Some(i),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_attributes() {
        assert!(starts_with_tag("<P class=x>", "p"));
        assert!(!starts_with_tag("<pre>", "p"));
        let html = r#"<img alt="a>b" src='x'>rest"#;
        assert_eq!(tag_end(html, 0), 23);
        assert_eq!(attr_span_in_tag(html, "src"), Some((15, 22)));
        assert_eq!(
            attr_span_in_tag(r#"<time dateTime="2016">"#, "datetime"),
            Some((6, 21))
        );
        assert_eq!(attr_span_in_tag("<video muted>", "muted"), Some((7, 12)));
        assert_eq!(first_text_char("> &nbsp; x", 1), Some(9));
    }
}
