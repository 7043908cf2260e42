//! What ingest tells the store: articles in, articles out, errors on and off.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use super::FileError;
use crate::article::{Article, Position};
use crate::extract::{figures, Figure};
use crate::fold::search_key;

/// One change to the desk's view of DIR. A batch is applied in order.
#[derive(Debug, Clone)]
pub enum Change {
    /// The article at (path, line) is new or replaces the one there.
    Upsert(Box<Upsert>),
    /// The file now holds articles only at these lines (a rewritten `.jsonl`, or a `.json` that
    /// became unreadable: empty list); the others go, without a deleted mark.
    Retain {
        path: PathBuf,
        lines: Vec<Option<Position>>,
    },
    /// The file is gone: its articles are dropped (or marked deleted) and its errors cleared.
    Remove { path: PathBuf },
    /// (path, line) could not be read; replaces any earlier error for the same place.
    Error(FileError),
    /// The file's errors no longer hold (it was fixed).
    ClearErrors { path: PathBuf },
}

/// An article ready for the store, with the costly derived parts already computed on an ingest
/// worker so that applying a batch on the app's thread stays cheap.
#[derive(Debug, Clone)]
pub struct Upsert {
    pub path: PathBuf,
    pub line: Option<Position>,
    pub article: Arc<Article>,
    pub search_key: String,
    pub figures: Vec<Figure>,
    /// The file's modification time when it was read.
    pub mtime: SystemTime,
    /// Seen arriving while watching (as opposed to found by the startup scan or a rescan): only
    /// these count as arrivals worth an alert.
    pub live: bool,
}

impl Upsert {
    pub fn new(
        path: PathBuf,
        line: Option<Position>,
        article: Article,
        mtime: SystemTime,
        live: bool,
    ) -> Upsert {
        // The body is searched in place (fold::contains_match): a normalized copy of every
        // body would double the store's memory.
        let key = [&article.kicker, &article.headline, &article.lead]
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        Upsert {
            path,
            line,
            search_key: search_key(&key),
            figures: figures(&article),
            article: Arc::new(article),
            mtime,
            live,
        }
    }
}
