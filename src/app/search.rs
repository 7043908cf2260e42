//! Search as you type: the query, the articles that match it (kept current as copy arrives,
//! so drawing never searches), and moving between matches.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

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
}

/// Where the query was found in the fields drawn, so a redraw does not search again; filled
/// while drawing, like the layout cache, and emptied when the query changes.
#[derive(Debug, Default)]
pub(super) struct SpanCache {
    query: String,
    spans: HashMap<(u64, Field), Found>,
}

/// A field's text as it was searched, and the char ranges found in it.
type Found = (Box<str>, Arc<[Range<usize>]>);

/// Fields whose matches are kept: the open article's and a screenful of headlines.
const SPAN_CACHE: usize = 256;

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
        if let Some((cached, spans)) = cache.spans.get(&(id, field)) {
            if **cached == *text {
                return Arc::clone(spans);
            }
        }
        let spans: Arc<[Range<usize>]> = find_matches(text, &key).into();
        cache
            .spans
            .insert((id, field), (text.into(), Arc::clone(&spans)));
        spans
    }

    pub(super) fn refresh_search(&mut self) {
        let q = match_key(&self.search.query);
        self.search.hits = if q.is_empty() {
            HashSet::new()
        } else {
            self.store
                .iter_newest()
                .filter(|r| record_matches(r, &q))
                .map(|r| r.id)
                .collect()
        };
    }

    /// Keeps the hits current as articles arrive under a standing query.
    pub(super) fn search_new(&mut self, ids: &[u64]) {
        let q = match_key(&self.search.query);
        if q.is_empty() {
            return;
        }
        for &id in ids {
            if self.store.get(id).is_some_and(|r| record_matches(r, &q)) {
                self.search.hits.insert(id);
            }
        }
    }

    pub(super) fn jump_to_match(&mut self, forward: bool) {
        let from = self.selected_index().unwrap_or(0);
        self.jump_to_match_from(from, forward, false);
    }

    /// Selects the nearest matching headline from `from`, wrapping around the list.
    pub(super) fn jump_to_match_from(&mut self, from: usize, forward: bool, include_from: bool) {
        let n = self.store.len();
        if self.search.hits.is_empty() || n == 0 {
            return;
        }
        let start = if include_from { 0 } else { 1 };
        for step in start..=n {
            let i = if forward {
                (from + step) % n
            } else {
                (from + n * 2 - step) % n
            };
            let hit = self
                .store
                .nth(i)
                .is_some_and(|r| self.search.hits.contains(&r.id));
            if hit {
                self.follow = false;
                self.select_index(i);
                return;
            }
        }
    }
}

/// `query` is a match key: it matches the kicker, headline and lead through the record's
/// key, and the body in place.
fn record_matches(record: &Record, query: &str) -> bool {
    contains_match(&record.search_key, query) || contains_match(&record.article.body, query)
}
