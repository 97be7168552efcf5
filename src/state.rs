//! The state store (`--state PATH`): what Facebook would have ingested, per
//! canonical URL, across runs and after articles have left the feed.
//!
//! It is an SQLite database (through rusqlite, with SQLite compiled in), so
//! that several ialint processes can record into one file at once (each
//! recording is one `BEGIN IMMEDIATE` transaction, other writers wait), and a
//! process killed in the middle of a recording leaves the file as it was
//! before (the transaction is rolled back from the journal on the next open).
//! The schema carries a version (`PRAGMA user_version`); older stores are
//! migrated on open, newer ones are refused.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use crate::baseline::Entry;
use crate::datetime::{self, DateTime};

/// The schema version this ialint writes.
pub const SCHEMA_VERSION: i64 = 1;

/// Migrations: `MIGRATIONS[n]` takes a store from version `n` to `n + 1`.
const MIGRATIONS: &[&str] = &[
    // 0 -> 1: articles, their media URLs, and the hashes of fetched media.
    "CREATE TABLE articles (
        canonical    TEXT PRIMARY KEY NOT NULL,
        normalized   TEXT NOT NULL,
        guid         TEXT,
        title        TEXT,
        op_published TEXT,
        op_modified  TEXT,
        content_hash BLOB NOT NULL,
        first_seen   TEXT NOT NULL,
        last_seen    TEXT NOT NULL,
        feed         TEXT
    );
    CREATE INDEX articles_guid ON articles(guid);
    CREATE INDEX articles_normalized ON articles(normalized);
    CREATE TABLE article_media (
        canonical TEXT NOT NULL REFERENCES articles(canonical) ON DELETE CASCADE,
        url       TEXT NOT NULL,
        PRIMARY KEY (canonical, url)
    );
    CREATE TABLE media_hashes (
        url     TEXT PRIMARY KEY NOT NULL,
        hash    BLOB NOT NULL,
        bytes   INTEGER NOT NULL,
        fetched TEXT NOT NULL
    );",
];

/// Why the store cannot be used (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error(
        "{path}: the state store has schema version {found}, newer than this ialint knows ({known}): upgrade ialint, or use another --state file"
    )]
    Newer {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("{path}: not an ialint state store ({why})")]
    Foreign {
        path: String,
        why: String,
        /// The SQLite error behind it, when there is one.
        cause: Option<rusqlite::Error>,
    },
    #[error("{path}: {source}")]
    Sqlite {
        path: String,
        source: rusqlite::Error,
    },
}

impl StateError {
    /// Another connection holds the lock (worth waiting for).
    fn is_busy(&self) -> bool {
        let sqlite = match self {
            StateError::Sqlite { source, .. } => source,
            StateError::Foreign { cause: Some(e), .. } => e,
            _ => return false,
        };
        matches!(
            sqlite.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        )
    }
}

fn foreign(path: &str, e: rusqlite::Error) -> StateError {
    StateError::Foreign {
        path: path.to_string(),
        why: e.to_string(),
        cause: Some(e),
    }
}

/// One stored article, as `ialint state show` prints it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Article {
    pub canonical: String,
    pub guid: Option<String>,
    pub title: Option<String>,
    pub op_published: Option<String>,
    pub op_modified: Option<String>,
    pub content_hash: String,
    pub media: Vec<String>,
    pub first_seen: String,
    pub last_seen: String,
    pub feed: Option<String>,
}

/// What a run records for one ingestible item.
#[derive(Clone, Debug)]
pub struct Record {
    pub canonical: String,
    pub normalized: String,
    pub guid: Option<String>,
    pub title: Option<String>,
    pub op_published: Option<String>,
    pub op_modified: Option<String>,
    pub hash: u128,
    pub media: Vec<String>,
    pub feed: String,
}

/// How a recording went.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Recorded {
    /// New canonical URLs.
    pub added: usize,
    /// Stored articles replaced by a newer version.
    pub updated: usize,
    /// Stored articles seen again unchanged (or with an update Facebook
    /// would have ignored): only their `last_seen` moved.
    pub seen: usize,
}

/// An open state store.
pub struct Store {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Store({})", self.path.display())
    }
}

fn blob(hash: u128) -> [u8; 16] {
    hash.to_be_bytes()
}

fn unblob(b: &[u8]) -> Option<u128> {
    Some(u128::from_be_bytes(b.try_into().ok()?))
}

impl Store {
    /// Opens a store, creating it (when `create`) and migrating it. Another
    /// process holding the store's lock is waited for (up to a minute).
    pub fn open(path: &Path, create: bool) -> Result<Store, StateError> {
        let started = std::time::Instant::now();
        loop {
            match Store::try_open(path, create) {
                Err(e) if e.is_busy() && started.elapsed() < Duration::from_secs(60) => {
                    std::thread::sleep(Duration::from_millis(25));
                }
                other => return other,
            }
        }
    }

    /// Opens a store to read it only (`ialint state show`): nothing is
    /// created, migrated or written.
    pub fn open_read_only(path: &Path) -> Result<Store, StateError> {
        let name = path.display().to_string();
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StateError::Sqlite {
            path: name.clone(),
            source,
        })?;
        let _ = conn.busy_timeout(Duration::from_secs(60));
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| foreign(&name, e))?;
        if version > SCHEMA_VERSION {
            return Err(StateError::Newer {
                path: name,
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        if version != SCHEMA_VERSION {
            return Err(StateError::Foreign {
                path: name,
                why: format!("its schema version is {version}; a run with --record migrates it"),
                cause: None,
            });
        }
        Ok(Store {
            path: path.to_path_buf(),
            conn: Mutex::new(conn),
        })
    }

    fn try_open(path: &Path, create: bool) -> Result<Store, StateError> {
        let name = path.display().to_string();
        let err = |source| StateError::Sqlite {
            path: name.clone(),
            source,
        };
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(path, flags).map_err(err)?;
        conn.busy_timeout(Duration::from_secs(60)).map_err(err)?;
        // WAL: readers never wait for a writer; a killed writer leaves no trace.
        let foreign = |e| foreign(&name, e);
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(foreign)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(err)?;
        let store = Store {
            path: path.to_path_buf(),
            conn: Mutex::new(conn),
        };
        store.migrate()?;
        Ok(store)
    }

    fn err(&self, source: rusqlite::Error) -> StateError {
        StateError::Sqlite {
            path: self.path.display().to_string(),
            source,
        }
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The schema version of the file.
    pub fn version(&self) -> Result<i64, StateError> {
        self.conn()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    fn migrate(&self) -> Result<(), StateError> {
        let mut conn = self.conn();
        let path = self.path.display().to_string();
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| foreign(&path, e))?;
        let version: i64 = tx
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| foreign(&path, e))?;
        if version < 0 {
            return Err(StateError::Foreign {
                path,
                why: format!("its schema version is {version}"),
                cause: None,
            });
        }
        if version > SCHEMA_VERSION {
            return Err(StateError::Newer {
                path,
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        if version == 0 {
            let tables: i64 = tx
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                    [],
                    |r| r.get(0),
                )
                .map_err(|e| foreign(&path, e))?;
            if tables > 0 {
                return Err(StateError::Foreign {
                    path,
                    why: "it holds tables but no schema version".into(),
                    cause: None,
                });
            }
        }
        for (from, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql).map_err(|e| StateError::Sqlite {
                path: path.clone(),
                source: e,
            })?;
            tx.pragma_update(None, "user_version", from as i64 + 1)
                .map_err(|e| StateError::Sqlite {
                    path: path.clone(),
                    source: e,
                })?;
        }
        tx.commit()
            .map_err(|e| StateError::Sqlite { path, source: e })
    }

    fn entries(&self, column: &str, value: &str) -> Vec<Entry> {
        let conn = self.conn();
        let sql = format!(
            "SELECT canonical, normalized, guid, op_published, op_modified, content_hash
             FROM articles WHERE {column} = ?1 ORDER BY canonical"
        );
        let mut stmt = match conn.prepare_cached(&sql) {
            Ok(s) => s,
            Err(e) => {
                self.query_failed(&e);
                return Vec::new();
            }
        };
        let rows = stmt.query_map([value], |r| {
            let published: Option<String> = r.get(3)?;
            let modified: Option<String> = r.get(4)?;
            let hash: Vec<u8> = r.get(5)?;
            Ok(entry(
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                published,
                modified,
                unblob(&hash),
            ))
        });
        match rows.and_then(|rows| rows.collect::<Result<Vec<_>, _>>()) {
            Ok(v) => v,
            Err(e) => {
                self.query_failed(&e);
                Vec::new()
            }
        }
    }

    /// A lookup failed: the update rules cannot judge, which must not go
    /// unnoticed (said once per run, on standard error).
    fn query_failed(&self, e: &rusqlite::Error) {
        static SAID: std::sync::Once = std::sync::Once::new();
        SAID.call_once(|| {
            eprintln!(
                "ialint: {}: reading the state store failed ({e}); the update rules may miss findings",
                self.path.display()
            );
        });
    }

    /// Stored articles with this canonical URL (zero or one).
    pub fn by_canonical(&self, canonical: &str) -> Vec<Entry> {
        self.entries("canonical", canonical)
    }

    /// Stored articles with this guid.
    pub fn by_guid(&self, guid: &str) -> Vec<Entry> {
        self.entries("guid", guid)
    }

    /// Stored articles whose canonical normalises to `normalized`.
    pub fn by_normalized(&self, normalized: &str) -> Vec<Entry> {
        self.entries("normalized", normalized)
    }

    /// The media URLs stored for an article, with the hash of their bytes when
    /// ialint fetched them.
    pub fn media(&self, canonical: &str) -> Vec<(String, Option<u128>)> {
        let conn = self.conn();
        let rows = conn
            .prepare_cached(
                "SELECT m.url, h.hash FROM article_media m LEFT JOIN media_hashes h ON h.url = m.url
                 WHERE m.canonical = ?1 ORDER BY m.url",
            )
            .and_then(|mut stmt| {
                stmt.query_map([canonical], |r| {
                    let hash: Option<Vec<u8>> = r.get(1)?;
                    Ok((r.get(0)?, hash.as_deref().and_then(unblob)))
                })?
                .collect::<Result<Vec<_>, _>>()
            });
        rows.unwrap_or_else(|e| {
            self.query_failed(&e);
            Vec::new()
        })
    }

    /// Records this run's ingestible items and fetched media hashes, in one
    /// transaction. A stored article takes an item's version only when
    /// Facebook would have taken it as an update (Resolution 30: a later
    /// op-modified, within 24 hours of the stored time); otherwise only its
    /// `last_seen` moves.
    pub fn record(
        &self,
        records: &[Record],
        media_hashes: &[(String, u128, u64)],
        now: &str,
    ) -> Result<Recorded, StateError> {
        let mut conn = self.conn();
        let e = |source| self.err(source);
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(e)?;
        let mut out = Recorded::default();
        // Fault-injection hook of the tests (debug builds only).
        let pause = if cfg!(debug_assertions) {
            std::env::var("IALINT_TEST_RECORD_PAUSE_MS")
                .ok()
                .and_then(|v| v.parse::<u64>().ok())
        } else {
            None
        };
        for r in records {
            let stored: Option<(Option<String>, Option<String>, Vec<u8>)> = tx
                .query_row(
                    "SELECT op_published, op_modified, content_hash FROM articles WHERE canonical = ?1",
                    [&r.canonical],
                    |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
                )
                .optional()
                .map_err(e)?;
            let (replace, retime) = match &stored {
                None => (true, false),
                Some((published, modified, hash)) => {
                    let accepted = accepted_update(
                        stored_time(published.as_deref(), modified.as_deref()),
                        r.op_modified.as_deref(),
                    );
                    let changed = unblob(hash) != Some(r.hash);
                    // Same content under a later op-modified: Facebook takes
                    // the new time (and title), the content stays.
                    (changed && accepted, !changed && accepted)
                }
            };
            if retime {
                tx.execute(
                    "UPDATE articles SET op_published = ?2, op_modified = ?3, title = ?4, guid = ?5,
                        last_seen = max(last_seen, ?6), feed = ?7 WHERE canonical = ?1",
                    params![
                        r.canonical,
                        r.op_published,
                        r.op_modified,
                        r.title,
                        r.guid,
                        now,
                        r.feed
                    ],
                )
                .map_err(e)?;
                out.updated += 1;
                continue;
            }
            if stored.is_some() && !replace {
                tx.execute(
                    "UPDATE articles SET last_seen = max(last_seen, ?2), feed = ?3 WHERE canonical = ?1",
                    params![r.canonical, now, r.feed],
                )
                .map_err(e)?;
                out.seen += 1;
                continue;
            }
            tx.execute(
                "INSERT INTO articles (canonical, normalized, guid, title, op_published, op_modified,
                                       content_hash, first_seen, last_seen, feed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)
                 ON CONFLICT(canonical) DO UPDATE SET
                    normalized = excluded.normalized, guid = excluded.guid, title = excluded.title,
                    op_published = excluded.op_published, op_modified = excluded.op_modified,
                    content_hash = excluded.content_hash, feed = excluded.feed,
                    first_seen = min(first_seen, excluded.first_seen),
                    last_seen = max(last_seen, excluded.last_seen)",
                params![
                    r.canonical,
                    r.normalized,
                    r.guid,
                    r.title,
                    r.op_published,
                    r.op_modified,
                    blob(r.hash).to_vec(),
                    now,
                    r.feed
                ],
            )
            .map_err(e)?;
            tx.execute(
                "DELETE FROM article_media WHERE canonical = ?1",
                [&r.canonical],
            )
            .map_err(e)?;
            for url in &r.media {
                tx.execute(
                    "INSERT OR IGNORE INTO article_media (canonical, url) VALUES (?1, ?2)",
                    params![r.canonical, url],
                )
                .map_err(e)?;
            }
            if stored.is_some() {
                out.updated += 1;
            } else {
                out.added += 1;
            }
            if let Some(ms) = pause {
                // For the fault-injection tests: a window in which to kill us.
                if out.added + out.updated == 1 {
                    eprintln!("ialint: recording (pausing {ms} ms per article)");
                }
                std::thread::sleep(Duration::from_millis(ms));
            }
        }
        for (url, hash, bytes) in media_hashes {
            tx.execute(
                // The first hash stays: Facebook keeps the file it copied
                // when it first ingested the URL.
                "INSERT INTO media_hashes (url, hash, bytes, fetched) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(url) DO NOTHING",
                params![url, blob(*hash).to_vec(), *bytes as i64, now],
            )
            .map_err(e)?;
        }
        tx.commit().map_err(e)?;
        Ok(out)
    }

    /// Stored articles, by canonical URL (all of them, or one).
    pub fn show(&self, canonical: Option<&str>) -> Result<Vec<Article>, StateError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare(
                "SELECT canonical, guid, title, op_published, op_modified, content_hash,
                        first_seen, last_seen, feed
                 FROM articles WHERE ?1 IS NULL OR canonical = ?1 ORDER BY canonical",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([canonical], |r| {
                let hash: Vec<u8> = r.get(5)?;
                Ok(Article {
                    canonical: r.get(0)?,
                    guid: r.get(1)?,
                    title: r.get(2)?,
                    op_published: r.get(3)?,
                    op_modified: r.get(4)?,
                    content_hash: hash.iter().map(|b| format!("{b:02x}")).collect(),
                    media: Vec::new(),
                    first_seen: r.get(6)?,
                    last_seen: r.get(7)?,
                    feed: r.get(8)?,
                })
            })
            .map_err(|e| self.err(e))?;
        let mut out: Vec<Article> = rows.collect::<Result<_, _>>().map_err(|e| self.err(e))?;
        drop(stmt);
        drop(conn);
        for a in &mut out {
            a.media = self
                .media(&a.canonical)
                .into_iter()
                .map(|(u, _)| u)
                .collect();
        }
        Ok(out)
    }

    /// Forgets a canonical URL (and the hashes of media no other article
    /// uses); returns whether it was stored.
    pub fn forget(&self, canonical: &str) -> Result<bool, StateError> {
        let mut conn = self.conn();
        let e = |source| self.err(source);
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(e)?;
        let n = tx
            .execute("DELETE FROM articles WHERE canonical = ?1", [canonical])
            .map_err(e)?;
        tx.execute(
            "DELETE FROM media_hashes WHERE url NOT IN (SELECT url FROM article_media)",
            [],
        )
        .map_err(e)?;
        tx.commit().map_err(e)?;
        Ok(n > 0)
    }

    /// SQLite's own consistency check (`ok` when sound).
    pub fn integrity(&self) -> Result<String, StateError> {
        self.conn()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }
}

/// Whether Facebook would take an item with op-modified `new` as an update of
/// a version stored with time `stored` (Resolution 30's S: the valid
/// op-modified, else the valid op-published): exactly when neither
/// `update-op-modified-not-later` nor `update-outside-24h-window` would fire.
fn accepted_update(stored: Option<DateTime>, new: Option<&str>) -> bool {
    let Some(s) = stored else {
        return true;
    };
    let Some(t) = new.and_then(|t| datetime::parse(t).ok()) else {
        return false;
    };
    let not_later = s.compare(t).is_some_and(|o| o.is_ge());
    let outside = s.min_seconds_until(t) > 86_400_000;
    !not_later && !outside
}

/// Resolution 30's S of stored values.
fn stored_time(published: Option<&str>, modified: Option<&str>) -> Option<DateTime> {
    let parse = |v: Option<&str>| datetime::parse(v?).ok();
    parse(modified).or(parse(published))
}

/// An [`Entry`] from stored values.
fn entry(
    canonical: String,
    normalized: String,
    guid: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    hash: Option<u128>,
) -> Entry {
    let parse = |v: &Option<String>| -> Option<DateTime> { datetime::parse(v.as_deref()?).ok() };
    let (m, p) = (parse(&modified), parse(&published));
    let stored_text = match (m, p) {
        (Some(_), _) => format!("op-modified {}", modified.unwrap_or_default()),
        (None, Some(_)) => format!("op-published {}", published.unwrap_or_default()),
        _ => String::new(),
    };
    Entry {
        canonical,
        normalized,
        guid,
        stored: m.or(p),
        stored_text,
        hash,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Option<DateTime> {
        datetime::parse(s).ok()
    }

    #[test]
    fn updates_are_accepted_exactly_when_no_update_rule_fires() {
        let s = t("2025-06-01T10:00:00Z");
        assert!(accepted_update(s, Some("2025-06-01T10:00:01Z")));
        assert!(
            accepted_update(s, Some("2025-06-02T10:00:00Z")),
            "24 h is inside"
        );
        assert!(
            !accepted_update(s, Some("2025-06-02T10:00:01Z")),
            "over 24 h"
        );
        assert!(
            !accepted_update(s, Some("2025-06-01T10:00:00Z")),
            "not later"
        );
        assert!(!accepted_update(s, None), "no op-modified");
        assert!(
            !accepted_update(s, Some("yesterday")),
            "invalid op-modified"
        );
        assert!(
            accepted_update(None, Some("2025-06-01T10:00:00Z")),
            "no stored time"
        );
        // S is the valid op-modified, else the valid op-published.
        assert_eq!(
            stored_time(Some("2025-06-01T09:00:00Z"), Some("not a time")),
            t("2025-06-01T09:00:00Z")
        );
    }

    #[test]
    fn stores_are_created_migrated_and_versioned() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        assert!(
            Store::open(&path, false).is_err(),
            "not created without --record"
        );
        let store = Store::open(&path, true).unwrap();
        assert_eq!(store.version().unwrap(), SCHEMA_VERSION);
        assert_eq!(store.integrity().unwrap(), "ok");
        drop(store);
        // Opening again migrates nothing and keeps the version.
        assert_eq!(
            Store::open(&path, false).unwrap().version().unwrap(),
            SCHEMA_VERSION
        );
        assert!(Store::open_read_only(&path).is_ok());
    }
}
