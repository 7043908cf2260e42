//! Search as you type: the query, the articles that match it (kept current as copy arrives,
//! so drawing never searches), and moving between matches.

use std::collections::HashSet;

use super::App;
use crate::fold::{contains_key, search_key};
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

impl App {
    pub fn matches_search(&self, record: &Record) -> bool {
        self.search.hits.contains(&record.id)
    }

    pub(super) fn refresh_search(&mut self) {
        let q = search_key(&self.search.query);
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
        let q = search_key(&self.search.query);
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

/// `query` is a search key: it matches the kicker, headline and lead through the record's
/// key, and the body in place.
fn record_matches(record: &Record, query: &str) -> bool {
    record.search_key.contains(query) || contains_key(&record.article.body, query)
}
