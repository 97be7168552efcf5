//! What Facebook already holds for each canonical URL, for the update rules
//! (RULES.md Resolution 30): the previously ingested feed (`--baseline`), the
//! state store (`--state`), or both ([`History`]).

use std::collections::HashMap;
use std::io;

use crate::datetime::DateTime;
use crate::feed::{FeedReader, Piece};
use crate::lint::{Digest, digest_item};

/// One ingested article.
#[derive(Clone, Debug)]
pub struct Entry {
    pub canonical: String,
    pub normalized: String,
    pub guid: Option<String>,
    /// Its op-modified, or else its op-published (Resolution 30's S).
    pub stored: Option<DateTime>,
    pub stored_text: String,
    pub hash: Option<u128>,
}

/// The ingested articles, by canonical URL and by guid.
#[derive(Debug, Default)]
pub struct Baseline {
    entries: Vec<Entry>,
    by_canonical: HashMap<String, Vec<usize>>,
    by_guid: HashMap<String, Vec<usize>>,
    by_normalized: HashMap<String, Vec<usize>>,
}

impl Baseline {
    /// Reads a baseline feed (it is read, not linted).
    pub fn read(mut reader: FeedReader) -> io::Result<Baseline> {
        let mut b = Baseline::default();
        while let Some(piece) = reader.next_piece()? {
            let Piece::Item(item) = piece else { continue };
            let d = digest_item(&item);
            let (Some(canonical), Some(normalized)) = (d.canonical.clone(), d.normalized.clone())
            else {
                continue;
            };
            let stored = d.modified.or(d.published);
            let stored_text = match (d.modified, d.published) {
                (Some(_), _) => format!(
                    "op-modified {}",
                    d.modified_text.clone().unwrap_or_default()
                ),
                (None, Some(_)) => format!(
                    "op-published {}",
                    d.published_text.clone().unwrap_or_default()
                ),
                _ => String::new(),
            };
            b.add(Entry {
                canonical: canonical.to_string(),
                normalized,
                guid: d.guid.clone(),
                stored,
                stored_text,
                hash: d.hash,
            });
        }
        Ok(b)
    }

    fn add(&mut self, e: Entry) {
        let i = self.entries.len();
        self.by_canonical
            .entry(e.canonical.clone())
            .or_default()
            .push(i);
        self.by_normalized
            .entry(e.normalized.clone())
            .or_default()
            .push(i);
        if let Some(g) = &e.guid {
            self.by_guid.entry(g.clone()).or_default().push(i);
        }
        self.entries.push(e);
    }

    /// The canonical URLs of the baseline's items, in feed order.
    pub fn canonicals(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.canonical.as_str())
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The previously ingested articles: a baseline feed, a state store, or both
/// (their entries are taken together; a baseline entry comes first).
#[derive(Debug, Default)]
pub struct History {
    pub baseline: Option<Baseline>,
    pub store: Option<crate::state::Store>,
}

impl History {
    fn by_canonical(&self, canonical: &str) -> Vec<Entry> {
        let mut out: Vec<Entry> = self
            .baseline
            .iter()
            .flat_map(|b| b.by_canonical.get(canonical).into_iter().flatten())
            .map(|&i| self.baseline.as_ref().expect("present").entries[i].clone())
            .collect();
        if let Some(s) = &self.store {
            out.extend(s.by_canonical(canonical));
        }
        out
    }

    fn by_guid(&self, guid: &str) -> Vec<Entry> {
        let mut out: Vec<Entry> = self
            .baseline
            .iter()
            .flat_map(|b| b.by_guid.get(guid).into_iter().flatten())
            .map(|&i| self.baseline.as_ref().expect("present").entries[i].clone())
            .collect();
        if let Some(s) = &self.store {
            out.extend(s.by_guid(guid));
        }
        out
    }

    fn by_normalized(&self, normalized: &str) -> Vec<Entry> {
        let mut out: Vec<Entry> = self
            .baseline
            .iter()
            .flat_map(|b| b.by_normalized.get(normalized).into_iter().flatten())
            .map(|&i| self.baseline.as_ref().expect("present").entries[i].clone())
            .collect();
        if let Some(s) = &self.store {
            out.extend(s.by_normalized(normalized));
        }
        out
    }

    /// The ingested version an update is judged against: same canonical
    /// string, greatest stored time; only when the content changed.
    pub fn update_match(&self, d: &Digest) -> Option<Entry> {
        let canonical = d.canonical.as_deref()?;
        if self.canonical_changed(d).is_some() {
            return None;
        }
        let e = self
            .by_canonical(canonical)
            .into_iter()
            .max_by_key(|e| e.stored.map(|s| s.latest()))?;
        (e.hash != d.hash).then_some(e)
    }

    /// Whether the canonical URL was ingested (whatever its content).
    pub fn ingested(&self, d: &Digest) -> bool {
        d.canonical
            .as_deref()
            .is_some_and(|c| !self.by_canonical(c).is_empty())
    }

    /// The canonical a guid was ingested under, when it is another URL (not
    /// a variant of this one; Resolution 10).
    pub fn canonical_changed(&self, d: &Digest) -> Option<String> {
        let guid = d.guid.as_deref()?;
        let canonical = d.canonical.as_deref()?;
        if !self.by_canonical(canonical).is_empty() {
            return None;
        }
        let e = self.by_guid(guid).into_iter().next()?;
        (Some(&e.normalized) != d.normalized.as_ref()).then_some(e.canonical)
    }

    /// An ingested canonical that is a variant of this one (same N, other string).
    pub fn variant_of(&self, d: &Digest) -> Option<String> {
        let canonical = d.canonical.as_deref()?;
        let n = d.normalized.as_ref()?;
        self.by_normalized(n)
            .into_iter()
            .map(|e| e.canonical)
            .find(|c| c != canonical)
    }
}
