//! What the app reads from the store: records by position, id and file, the files that failed,
//! arrival rates and desk-level figures. Nothing here changes the store.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::order::{self, id_of, key};
use super::{board, FileError, Record, Store};
use crate::extract::Kind;

impl Store {
    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.len() == 0
    }

    pub fn get(&self, id: u64) -> Option<&Record> {
        self.records.get(&id)
    }

    /// The record at `index` in newest-first order.
    pub fn nth(&self, index: usize) -> Option<&Record> {
        self.order
            .nth(index)
            .and_then(|k| self.records.get(&id_of(k)))
    }

    /// Where the record with `id` stands in newest-first order.
    pub fn position(&self, id: u64) -> Option<usize> {
        let rec = self.records.get(&id)?;
        self.order.position(&key(rec.time, id))
    }

    /// Every record, newest first; `skip(n)` jumps straight to row `n`.
    pub fn iter_newest(&self) -> Newest<'_> {
        Newest {
            keys: self.order.iter_from(0),
            records: &self.records,
        }
    }

    /// The articles read from `path`, by line.
    pub fn by_path<'a>(&'a self, path: &Path) -> impl Iterator<Item = &'a Record> + 'a {
        self.lines_of(path)
            .iter()
            .filter_map(|(_, id)| self.records.get(id))
    }

    pub fn errors(&self) -> impl Iterator<Item = &FileError> + '_ {
        self.errors.values()
    }

    pub fn error_count(&self) -> usize {
        self.errors.len()
    }

    /// Arrivals in each of the last `minutes` minutes, oldest first.
    pub fn arrivals_per_minute(&self, now: SystemTime, minutes: usize) -> Vec<u64> {
        self.arrivals.per_minute(now, minutes)
    }

    pub fn arrivals_since(&self, now: SystemTime, window: Duration) -> u64 {
        self.arrivals.since(now, window)
    }

    /// Figures held, by kind, most frequent first.
    pub fn figure_kinds(&self) -> Vec<(Kind, usize)> {
        let mut kinds: Vec<(Kind, usize)> = self
            .figure_kinds
            .iter()
            .filter(|(_, &n)| n > 0)
            .map(|(&k, &n)| (k, n))
            .collect();
        kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.as_str().cmp(b.0.as_str())));
        kinds
    }

    /// The `n` dateline places with the most held articles, most first.
    pub fn top_datelines(&self, n: usize) -> Vec<(String, usize)> {
        self.datelines.top(n)
    }

    /// The desk's metrics board: the figures of the newest [`BOARD_KEPT`] held articles, by
    /// subject.
    pub fn board(&self) -> &board::Board {
        &self.board
    }
}

/// Records newest first (see [`Store::iter_newest`]).
#[derive(Debug, Clone)]
pub struct Newest<'a> {
    keys: order::Iter<'a>,
    records: &'a HashMap<u64, Record>,
}

impl<'a> Iterator for Newest<'a> {
    type Item = &'a Record;

    fn next(&mut self) -> Option<&'a Record> {
        self.keys.find_map(|k| self.records.get(&id_of(k)))
    }

    fn nth(&mut self, n: usize) -> Option<&'a Record> {
        let k = self.keys.nth(n)?;
        self.records.get(&id_of(k)).or_else(|| self.next())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.keys.size_hint()
    }
}
