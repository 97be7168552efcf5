//! Opening an input: a file, standard input; sniffing its encoding and
//! whether it is a feed or a single article (RULES.md Resolution 44).

use std::fs::File;
use std::io::{self, Cursor, Read};
use std::sync::Arc;

/// How a feed's bytes were read, for `feed-encoding-mismatch`.
#[derive(Clone, Debug, Default)]
pub struct EncodingInfo {
    /// The `encoding` of the XML declaration.
    pub declared: Option<String>,
    /// The byte-order mark, if any: `UTF-8`, `UTF-16LE`, `UTF-16BE`.
    pub bom: Option<&'static str>,
    /// Where the `encoding` attribute is (set by the reader).
    pub span: crate::source::Span,
}

impl EncodingInfo {
    /// What is wrong with the encoding, if anything: Facebook expects UTF-8.
    pub fn problem(&self) -> Option<String> {
        let utf8 = |l: &str| l.eq_ignore_ascii_case("utf-8") || l.eq_ignore_ascii_case("utf8");
        match (self.bom, self.declared.as_deref()) {
            (Some(b), _) if b.starts_with("UTF-16") => Some(format!("the feed is {b}, not UTF-8")),
            (_, Some(d)) if !utf8(d.trim()) => Some(format!(
                "the feed declares encoding `{}`, not UTF-8",
                d.trim()
            )),
            _ => None,
        }
    }
}

/// Where a feed came from: its size, and for a fetched feed how long the
/// download took (`feed-fetch-too-slow`).
#[derive(Clone, Debug)]
pub struct Origin {
    /// The input's size in bytes, when known before reading it.
    pub size: Option<u64>,
    /// A fetched feed: the URL and the download time.
    pub download: Option<(String, std::time::Duration)>,
}

impl Origin {
    pub fn new(size: Option<u64>, download: Option<(String, std::time::Duration)>) -> Origin {
        Origin { size, download }
    }
}

/// What an input turned out to be.
pub enum Source {
    /// A feed, as a stream of UTF-8 bytes, and how it was decoded.
    Feed(Box<dyn Read + Send>, EncodingInfo),
    /// A single article document.
    Article(String),
}

/// Why an input could not be read (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{0}: no such file")]
    NotFound(String),
    #[error("{0}: is a directory, not a feed or article file")]
    Directory(String),
    #[error("{0}: cannot be read: {1}")]
    Io(String, io::Error),
    #[error(
        "{0}: URL inputs are not supported in this build (ialint was built without the `fetch` feature)"
    )]
    Url(String),
}

/// Whether an input is an `http(s)://` URL.
pub fn is_url(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The size of a file input, when it is a regular file.
pub fn size(arg: &str) -> Option<u64> {
    if arg == "-" {
        return None;
    }
    std::fs::metadata(arg)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len())
}

/// Opens an input given on the command line.
pub fn open(arg: &str) -> Result<(Arc<str>, Source), InputError> {
    if is_url(arg) {
        return Err(InputError::Url(arg.to_string()));
    }
    let name: Arc<str> = Arc::from(arg);
    let reader: Box<dyn Read + Send> = if arg == "-" {
        Box::new(io::stdin())
    } else {
        let meta = std::fs::metadata(arg).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => InputError::NotFound(arg.to_string()),
            _ => InputError::Io(arg.to_string(), e),
        })?;
        if meta.is_dir() {
            return Err(InputError::Directory(arg.to_string()));
        }
        Box::new(File::open(arg).map_err(|e| InputError::Io(arg.to_string(), e))?)
    };
    let source = sniff(reader).map_err(|e| InputError::Io(arg.to_string(), e))?;
    Ok((name, source))
}

/// Reads the start of a stream to decide how to read the rest.
pub fn sniff(mut reader: Box<dyn Read + Send>) -> io::Result<Source> {
    let mut head = Vec::with_capacity(4096);
    (&mut reader).take(4096).read_to_end(&mut head)?;
    // UTF-16 with a BOM: transcode the whole stream to UTF-8.
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        let (enc, name) = if head[0] == 0xFF {
            (encoding_rs::UTF_16LE, "UTF-16LE")
        } else {
            (encoding_rs::UTF_16BE, "UTF-16BE")
        };
        let stream = Cursor::new(head).chain(reader);
        let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
            .encoding(Some(enc))
            .build(stream);
        return Ok(match sniff(Box::new(decoded))? {
            Source::Feed(r, mut info) => {
                info.bom = Some(name);
                Source::Feed(r, info)
            }
            article => article,
        });
    }
    let mut skip = 0;
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        skip = 3;
    }
    let text_start = &head[skip..];
    if is_article(text_start) {
        let mut all = text_start.to_vec();
        reader.read_to_end(&mut all)?;
        return Ok(Source::Article(String::from_utf8_lossy(&all).into_owned()));
    }
    let rest: Box<dyn Read + Send> = Box::new(Cursor::new(head[skip..].to_vec()).chain(reader));
    let declared = declared_encoding(text_start);
    let info = EncodingInfo {
        declared: declared.clone(),
        bom: (skip == 3).then_some("UTF-8"),
        ..EncodingInfo::default()
    };
    if let Some(label) = declared
        && let Some(enc) = encoding_rs::Encoding::for_label(label.trim().as_bytes())
        && enc != encoding_rs::UTF_8
        && enc != encoding_rs::UTF_16LE
        && enc != encoding_rs::UTF_16BE
    {
        let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
            .encoding(Some(enc))
            .build(rest);
        return Ok(Source::Feed(Box::new(decoded), info));
    }
    Ok(Source::Feed(rest, info))
}

/// The `encoding` of an XML declaration at the start.
pub fn declared_encoding(head: &[u8]) -> Option<String> {
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = memchr::memmem::find(head, b"?>")?;
    let decl = std::str::from_utf8(&head[..end]).ok()?;
    let at = decl.find("encoding")?;
    let rest = decl[at + 8..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next()?;
    if quote != '"' && quote != '\'' {
        return None;
    }
    let value = &rest[1..];
    Some(value[..value.find(quote)?].to_string())
}

/// Whether the input is an article document: after whitespace and comments it
/// starts with `<!doctype html` or `<html`.
pub fn is_article(head: &[u8]) -> bool {
    let mut s = head;
    loop {
        while let Some((&b, rest)) = s.split_first() {
            if b.is_ascii_whitespace() {
                s = rest;
            } else {
                break;
            }
        }
        if s.starts_with(b"<!--") {
            match memchr::memmem::find(s, b"-->") {
                Some(i) => s = &s[i + 3..],
                None => return false,
            }
        } else {
            break;
        }
    }
    let lower = |n: usize| s.get(..n).map(|p| p.to_ascii_lowercase());
    lower(14).as_deref() == Some(b"<!doctype html".as_slice())
        || lower(5).as_deref() == Some(b"<html".as_slice())
            && s.get(5)
                .is_none_or(|b| b.is_ascii_whitespace() || *b == b'>')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_articles_and_encodings() {
        assert!(is_article(b"  <!-- x --> <!DOCTYPE html><html>"));
        assert!(is_article(b"<HTML lang=en>"));
        assert!(!is_article(b"<?xml version=\"1.0\"?><rss>"));
        assert_eq!(
            declared_encoding(b"<?xml version=\"1.0\" encoding='ISO-8859-1'?>").as_deref(),
            Some("ISO-8859-1")
        );
    }
}
