//! Search as you type: the query, the articles that match it (kept current as copy arrives,
//! so drawing never searches), and moving between matches.
//!
//! A keystroke never walks a large store at once: the articles are looked through a slice at a
//! time ([`SCAN_BYTES`] of text each), the first slice at the key and the rest as
//! [`Event::Work`](super::Event::Work) between other events, newest first, so the rows in view
//! are marked first and keys typed meanwhile are answered within a frame. A query that only
//! grows (each earlier key inside the new one) narrows the hits it has instead of looking
//! through everything again.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;
use std::ops::Range;
use std::sync::Arc;

use foldhash::fast::FixedState;

use super::App;
use crate::article::Field;
use crate::fold::{contains_match, find_matches, match_key};
use crate::store::Record;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    pub query: String,
    /// Keys go to the query while the user is typing it.
    pub editing: bool,
    /// Articles that match, kept up to date as the query changes and copy arrives, so drawing
    /// never searches.
    pub hits: HashSet<u64>,
    /// The match key the hits are for.
    pub(super) key: String,
    /// The look through the store the query still owes, if it is not done.
    pub(super) scan: Option<Scan>,
}

impl Search {
    /// The articles are still being looked through for the query.
    pub fn scanning(&self) -> bool {
        self.scan.is_some()
    }
}

/// What is left of looking through the articles for the key, a slice at a time.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Scan {
    todo: Todo,
    /// Once the hits are narrowed, the rows a shorter query had not reached yet.
    rows_after: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
enum Todo {
    /// Every article, newest first, from this row on.
    Rows(usize),
    /// The hits of a shorter query, from this one on: those that no longer match go.
    Hits(Vec<u64>, usize),
}

/// Text looked through per slice of a scan (kicker, headline and lead keys, and bodies): about
/// a millisecond's work.
const SCAN_BYTES: usize = 256 * 1024;

/// Where the query was found in the fields drawn, so a redraw does not search again; filled
/// while drawing, like the layout cache, and emptied when the query changes.
#[derive(Debug, Default)]
pub(super) struct SpanCache {
    query: String,
    spans: HashMap<(u64, Field), Found>,
}

/// A hash of a field's text as it was searched (a body is not copied to tell it was rewritten),
/// and the char ranges found in it.
type Found = (u64, Arc<[Range<usize>]>);

/// Fields whose matches are kept: the open article's and a screenful of headlines.
const SPAN_CACHE: usize = 256;

fn text_hash(text: &str) -> u64 {
    FixedState::default().hash_one(text)
}

impl App {
    pub fn matches_search(&self, record: &Record) -> bool {
        self.search.hits.contains(&record.id)
    }

    /// Char ranges of `text` (field `field` of article `id`) where the search query is found;
    /// empty without a query.
    pub fn search_spans(&self, id: u64, field: Field, text: &str) -> Arc<[Range<usize>]> {
        let key = match_key(&self.search.query);
        if key.is_empty() {
            return Arc::from([]);
        }
        let mut cache = self.match_spans.borrow_mut();
        if cache.query != key || cache.spans.len() >= SPAN_CACHE {
            cache.spans.clear();
            cache.query.clone_from(&key);
        }
        let hash = text_hash(text);
        if let Some((cached, spans)) = cache.spans.get(&(id, field)) {
            if *cached == hash {
                return Arc::clone(spans);
            }
        }
        let spans: Arc<[Range<usize>]> = find_matches(text, &key).into();
        cache.spans.insert((id, field), (hash, Arc::clone(&spans)));
        spans
    }

    /// The query changed: its hits are looked for again, narrowed from the last ones when the
    /// query only grew; the first slice now, the rest by [`App::search_step`].
    pub(super) fn refresh_search(&mut self) {
        let key = match_key(&self.search.query);
        if key == self.search.key {
            return;
        }
        let old = std::mem::replace(&mut self.search.key, key);
        if self.search.key.is_empty() {
            self.search.hits.clear();
            self.search.scan = None;
            return;
        }
        let scan = if !old.is_empty() && self.search.key.contains(old.as_str()) {
            // What the shorter key did not match, the longer one does not either. Rows its
            // scan had not reached yet are looked through after its hits.
            let rows_after = match &self.search.scan {
                Some(Scan {
                    todo: Todo::Rows(row),
                    ..
                }) => Some(*row),
                Some(scan) => scan.rows_after,
                None => None,
            };
            let hits = self.search.hits.iter().copied().collect();
            Scan {
                todo: Todo::Hits(hits, 0),
                rows_after,
            }
        } else {
            self.search.hits.clear();
            Scan {
                todo: Todo::Rows(0),
                rows_after: None,
            }
        };
        self.search.scan = Some(scan);
        self.search_step();
    }

    /// One slice of the scan the query owes; returns whether it changed the hits.
    pub(super) fn search_step(&mut self) -> bool {
        let Some(Scan { todo, rows_after }) = self.search.scan.take() else {
            return false;
        };
        let key = &self.search.key;
        let hits = &mut self.search.hits;
        let before = hits.len();
        let mut budget = SCAN_BYTES;
        let scan = match todo {
            Todo::Rows(from) => {
                let mut row = from;
                for record in self.store.iter_newest().skip(from) {
                    row += 1;
                    if record_matches(record, key) {
                        hits.insert(record.id);
                    }
                    budget = budget.saturating_sub(record_bytes(record));
                    if budget == 0 {
                        break;
                    }
                }
                (row < self.store.len()).then_some(Scan {
                    todo: Todo::Rows(row),
                    rows_after: None,
                })
            }
            Todo::Hits(ids, from) => {
                let mut at = from;
                for &id in &ids[from..] {
                    at += 1;
                    let record = self.store.get(id);
                    if !record.is_some_and(|r| record_matches(r, key)) {
                        hits.remove(&id);
                    }
                    budget = budget.saturating_sub(record.map_or(1, record_bytes));
                    if budget == 0 {
                        break;
                    }
                }
                if at < ids.len() {
                    Some(Scan {
                        todo: Todo::Hits(ids, at),
                        rows_after,
                    })
                } else {
                    rows_after.map(|row| Scan {
                        todo: Todo::Rows(row),
                        rows_after: None,
                    })
                }
            }
        };
        let changed = hits.len() != before;
        self.search.scan = scan;
        changed
    }

    /// Keeps the hits current as articles arrive under a standing query.
    pub(super) fn search_new(&mut self, ids: &[u64]) {
        let q = &self.search.key;
        if q.is_empty() {
            return;
        }
        for &id in ids {
            if self.store.get(id).is_some_and(|r| record_matches(r, q)) {
                self.search.hits.insert(id);
            }
        }
    }

    pub(super) fn jump_to_match(&mut self, forward: bool) {
        let from = self.selected_index().unwrap_or(0);
        self.jump_to_match_from(from, forward, false);
    }

    /// Selects the nearest matching headline from row `from`, wrapping around the list: one
    /// walk of the list at most (each row asked of the hits), never a lookup per row.
    pub(super) fn jump_to_match_from(&mut self, from: usize, forward: bool, include_from: bool) {
        let n = self.store.len();
        if self.search.hits.is_empty() || n == 0 {
            return;
        }
        let hits = &self.search.hits;
        let is_hit = |(_, r): &(usize, &Record)| hits.contains(&r.id);
        let rows = || self.store.iter_newest().enumerate();
        let found = if forward {
            let start = if include_from { from } else { from + 1 };
            rows()
                .skip(start)
                .find(is_hit)
                .or_else(|| rows().take(start.min(n)).find(is_hit))
        } else {
            let end = if include_from { from + 1 } else { from };
            rows()
                .take(end)
                .filter(is_hit)
                .last()
                .or_else(|| rows().skip(end).filter(is_hit).last())
        };
        if let Some((i, _)) = found {
            self.follow = false;
            self.select_index(i);
        }
    }
}

/// Bytes a scan looks through for `record`.
fn record_bytes(record: &Record) -> usize {
    record.search_key.len() + record.article.body.len() + 1
}

/// `query` is a match key: it matches the kicker, headline and lead through the record's
/// key, and the body in place.
fn record_matches(record: &Record, query: &str) -> bool {
    contains_match(&record.search_key, query) || contains_match(&record.article.body, query)
}
