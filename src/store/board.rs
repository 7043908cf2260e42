//! The desk's metrics board: the quantities of every article held, one row per subject (as
//! [`board_key`] normalizes it) and kind, with every article's value in time order. Kept as
//! articles come and go (the work per arrival or departure is proportional to that article's
//! figures and the rows they touch, never a walk over the store), with the orders the board
//! is read in (recency, size, conflicts first) kept sorted as it changes.
//!
//! A conflict is two articles, filed within [`CONFLICT_WINDOW`] of each other, that give the
//! same subject, kind and unit values that cannot both be true (see [`Entry::range`]): a
//! casualty count of 40 against 52, a price of 41,000 against 45,000. Counted per pair as
//! entries come and go, so a row knows it holds one without looking.

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap, VecDeque};
use std::time::{Duration, SystemTime};

use crate::extract::{board_key, figure_rows, is_quantity, subject_of, Figure, Kind, Qualifier};

/// How far apart two reports may be filed and still contradict each other: further apart, a
/// different value is news (the count rose), not a conflict.
pub const CONFLICT_WINDOW: Duration = Duration::from_secs(6 * 60 * 60);

/// Relative difference two exact values may have and still agree (rounding: `1.29 million`
/// against `1,292,000`).
const ROUNDING: f64 = 0.005;

/// How far an `about` may stray (`حدود ۴۰` agrees with 43, not with 45).
const ABOUT: f64 = 0.1;

/// The orders the board is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BoardSort {
    /// The newest report first.
    #[default]
    Recency,
    /// The subjects most articles gave first.
    Size,
    /// Rows with a conflict first (newest first), then the rest by recency.
    Conflicts,
}

impl BoardSort {
    pub const ALL: [BoardSort; 3] = [BoardSort::Recency, BoardSort::Size, BoardSort::Conflicts];

    pub fn next(self) -> BoardSort {
        Self::ALL[(self as usize + 1) % Self::ALL.len()]
    }
}

/// Where one entry stands in its row: by article time, then article, then (within one
/// article) the earlier mention last, so a row's last entry is the newest article's first
/// mention.
pub type EntryKey = (SystemTime, u64, Reverse<u32>);

/// One article's value for a row's subject.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    pub value: f64,
    pub max: Option<f64>,
    pub unit: Option<&'static str>,
    pub qualifier: Option<Qualifier>,
    /// The figure in its article's figures (the first mention) and the one that names it.
    pub figure: u32,
    pub named: u32,
}

impl Entry {
    /// The values the report allows: an exact value give or take rounding, a range, an
    /// `about` give or take a tenth, `over`/`under` everything beyond.
    fn range(&self) -> (f64, f64) {
        let (lo, hi) = match self.max {
            Some(max) => (self.value.min(max), self.value.max(max)),
            None => (self.value, self.value),
        };
        let slack = |v: f64, by: f64| v.abs() * by;
        match self.qualifier {
            None => (lo - slack(lo, ROUNDING), hi + slack(hi, ROUNDING)),
            Some(Qualifier::About) => (lo - slack(lo, ABOUT), hi + slack(hi, ABOUT)),
            Some(Qualifier::Over) => (lo, f64::INFINITY),
            Some(Qualifier::Under) => (f64::NEG_INFINITY, hi),
        }
    }

    /// Whether the two reports cannot both be true (same unit, values that do not overlap).
    pub fn contradicts(&self, other: &Entry) -> bool {
        if self.unit != other.unit {
            return false;
        }
        let (a, b) = (self.range(), other.range());
        a.1 < b.0 || b.1 < a.0
    }
}

#[derive(Debug)]
struct Row {
    key: Box<str>,
    kind: Kind,
    /// Sorted by key. A deque, not a tree: most rows hold one or two entries (a tree node
    /// costs a kilobyte), and arrivals land at the new end while evictions leave the old one.
    entries: VecDeque<(EntryKey, Entry)>,
    /// Articles with an entry here (one article's entries share its time, so sit together).
    articles: usize,
    /// Pairs of entries from different articles within the window that contradict.
    conflicts: usize,
}

impl Row {
    fn latest_time(&self) -> SystemTime {
        self.entries
            .back()
            .map_or(SystemTime::UNIX_EPOCH, |(k, _)| k.0)
    }

    /// Entries of other articles within the window of `key` that contradict `entry`.
    fn contradictions(&self, key: &EntryKey, entry: &Entry) -> usize {
        self.window(key.0)
            .filter(|(k, e)| k.1 != key.1 && e.contradicts(entry))
            .count()
    }

    fn window(&self, at: SystemTime) -> impl DoubleEndedIterator<Item = &(EntryKey, Entry)> {
        let lo = at
            .checked_sub(CONFLICT_WINDOW)
            .unwrap_or(SystemTime::UNIX_EPOCH);
        let hi = at + CONFLICT_WINDOW;
        let from = self.entries.partition_point(|(k, _)| k.0 < lo);
        let to = self.entries.partition_point(|(k, _)| k.0 <= hi);
        self.entries.range(from..to.max(from))
    }

    /// Whether another entry of article `key.1` sits beside position `at`.
    fn article_beside(&self, at: usize, key: &EntryKey) -> bool {
        let same = |i: usize| {
            self.entries
                .get(i)
                .is_some_and(|(k, _)| (k.0, k.1) == (key.0, key.1))
        };
        (at > 0 && same(at - 1)) || same(at)
    }

    fn insert(&mut self, key: EntryKey, entry: Entry) {
        self.conflicts += self.contradictions(&key, &entry);
        let at = self.entries.partition_point(|(k, _)| *k < key);
        if !self.article_beside(at, &key) {
            self.articles += 1;
        }
        self.entries.insert(at, (key, entry));
    }

    fn remove(&mut self, key: &EntryKey) {
        let Ok(at) = self.entries.binary_search_by(|(k, _)| k.cmp(key)) else {
            return;
        };
        if let Some((_, entry)) = self.entries.remove(at) {
            let gone = self.contradictions(key, &entry);
            self.conflicts = self.conflicts.saturating_sub(gone);
            if !self.article_beside(at, key) {
                self.articles = self.articles.saturating_sub(1);
            }
        }
    }
}

/// The board: rows by subject and kind, the articles' entries in them, and the orders.
#[derive(Debug, Default)]
pub struct Board {
    next_row: u32,
    ids: HashMap<(Box<str>, Kind), u32>,
    rows: HashMap<u32, Row>,
    recency: BTreeSet<(Reverse<SystemTime>, u32)>,
    size: BTreeSet<(Reverse<usize>, Reverse<SystemTime>, u32)>,
    conflicted: BTreeSet<(Reverse<SystemTime>, u32)>,
    /// Per article: its time and its entries (row, figure), to take them off again.
    by_article: HashMap<u64, (SystemTime, Vec<(u32, u32)>)>,
}

impl Board {
    /// Adds article `id`'s quantities (those with a subject), dated `time` and filed from
    /// `place` (its dateline's). An article already on the board is taken off first.
    pub fn add(&mut self, id: u64, time: SystemTime, place: Option<&str>, figures: &[Figure]) {
        self.remove(id);
        let mut placed = Vec::new();
        for r in figure_rows(figures) {
            let f = &figures[r.figure];
            if !is_quantity(f.kind) || !f.value.is_finite() {
                continue;
            }
            let Some(subject) = subject_of(&figures[r.named]) else {
                continue;
            };
            let key = board_key(subject, place);
            if key.is_empty() {
                continue;
            }
            let entry = Entry {
                value: f.value,
                max: f.max,
                unit: f.unit,
                qualifier: f.qualifier,
                figure: r.figure as u32,
                named: r.named as u32,
            };
            let key: Box<str> = key.into();
            let row_id = match self.ids.get(&(key.clone(), f.kind)) {
                Some(&row_id) => row_id,
                None => {
                    let row_id = self.next_row;
                    self.next_row += 1;
                    self.ids.insert((key.clone(), f.kind), row_id);
                    self.rows.insert(
                        row_id,
                        Row {
                            key,
                            kind: f.kind,
                            entries: VecDeque::with_capacity(1),
                            articles: 0,
                            conflicts: 0,
                        },
                    );
                    row_id
                }
            };
            self.unorder(row_id);
            if let Some(row) = self.rows.get_mut(&row_id) {
                row.insert((time, id, Reverse(r.figure as u32)), entry);
            }
            self.order(row_id);
            placed.push((row_id, r.figure as u32));
        }
        if !placed.is_empty() {
            placed.shrink_to_fit();
            self.by_article.insert(id, (time, placed));
        }
    }

    /// Takes article `id`'s entries off the board; rows left empty go.
    pub fn remove(&mut self, id: u64) {
        let Some((time, placed)) = self.by_article.remove(&id) else {
            return;
        };
        for (row_id, figure) in placed {
            let entry_key = (time, id, Reverse(figure));
            self.unorder(row_id);
            let Some(row) = self.rows.get_mut(&row_id) else {
                continue;
            };
            row.remove(&entry_key);
            if row.entries.is_empty() {
                let key = (std::mem::take(&mut row.key), row.kind);
                self.rows.remove(&row_id);
                self.ids.remove(&key);
            } else {
                self.order(row_id);
            }
        }
    }

    fn order(&mut self, row_id: u32) {
        let Some(row) = self.rows.get(&row_id) else {
            return;
        };
        let t = Reverse(row.latest_time());
        self.recency.insert((t, row_id));
        self.size.insert((Reverse(row.articles), t, row_id));
        if row.conflicts > 0 {
            self.conflicted.insert((t, row_id));
        }
    }

    fn unorder(&mut self, row_id: u32) {
        let Some(row) = self.rows.get(&row_id) else {
            return;
        };
        let t = Reverse(row.latest_time());
        self.recency.remove(&(t, row_id));
        self.size.remove(&(Reverse(row.articles), t, row_id));
        self.conflicted.remove(&(t, row_id));
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The rows in `sort` order, read lazily: a screenful costs a screenful.
    pub fn rows(&self, sort: BoardSort) -> Box<dyn Iterator<Item = BoardRow<'_>> + '_> {
        let view = move |id: &u32| {
            let row = self.rows.get(id)?;
            let latest = row.entries.back().map(report)?;
            Some(BoardRow { row, latest })
        };
        match sort {
            BoardSort::Recency => Box::new(self.recency.iter().filter_map(move |(_, id)| view(id))),
            BoardSort::Size => Box::new(self.size.iter().filter_map(move |(_, _, id)| view(id))),
            BoardSort::Conflicts => Box::new(
                self.conflicted
                    .iter()
                    .map(|(_, id)| id)
                    .chain(
                        self.recency
                            .iter()
                            .map(|(_, id)| id)
                            .filter(|id| self.rows.get(id).is_some_and(|r| r.conflicts == 0)),
                    )
                    .filter_map(view),
            ),
        }
    }
}

/// One entry of a row, with where it came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Report {
    pub article: u64,
    pub time: SystemTime,
    pub entry: Entry,
}

fn report((key, entry): &(EntryKey, Entry)) -> Report {
    Report {
        article: key.1,
        time: key.0,
        entry: *entry,
    }
}

/// A row as the board shows it.
#[derive(Debug, Clone, Copy)]
pub struct BoardRow<'a> {
    row: &'a Row,
    latest: Report,
}

impl<'a> BoardRow<'a> {
    /// The subject's normal form ([`board_key`]), for filtering.
    pub fn key(&self) -> &'a str {
        &self.row.key
    }

    pub fn kind(&self) -> Kind {
        self.row.kind
    }

    /// The newest article's report.
    pub fn latest(&self) -> Report {
        self.latest
    }

    /// How many articles gave a value.
    pub fn articles(&self) -> usize {
        self.row.articles
    }

    /// Every report, oldest first.
    pub fn reports(&self) -> impl DoubleEndedIterator<Item = Report> + 'a {
        self.row.entries.iter().map(report)
    }

    /// The values over time in the newest report's unit, one per article (its first
    /// mention), oldest first: what the sparkline draws.
    pub fn history(&self) -> Vec<f64> {
        let unit = self.latest().entry.unit;
        let mut out: Vec<f64> = Vec::new();
        let mut last_article = None;
        // Within an article the first mention comes last in the row's order.
        for (key, e) in self.row.entries.iter().rev() {
            if e.unit == unit && last_article != Some(key.1) {
                out.push(e.value);
                last_article = Some(key.1);
            }
        }
        out.reverse();
        out
    }

    pub fn has_conflict(&self) -> bool {
        self.row.conflicts > 0
    }

    /// The newest pair of reports that contradict each other, newer first.
    pub fn conflict(&self) -> Option<(Report, Report)> {
        if self.row.conflicts == 0 {
            return None;
        }
        self.row.entries.iter().rev().find_map(|pair @ (key, e)| {
            self.row
                .window(key.0)
                .rev()
                .find(|(k, other)| k.1 != key.1 && other.contradicts(e))
                .map(|other| (report(pair), report(other)))
        })
    }
}

#[cfg(test)]
mod tests;
