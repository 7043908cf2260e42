//! The articles the desk is shown: bounded to the newest `max_articles` by article time, each
//! with an id that survives its file being rewritten (so the list keeps its selection), plus
//! the files that could not be read and desk-level figures.
//!
//! A batch costs in proportion to the batch, not to what is held: the list order is an index
//! kept as records come and go (`order`), eviction and body shedding take from its tail, and
//! the ids that left are handed back so the app forgets them by id.

mod board;
mod change;
mod identity;
mod order;
mod path;
mod query;
mod stats;
#[cfg(test)]
pub(crate) mod tests;
mod time;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::article::{Article, ParseError, Position};
use crate::extract::{Figure, Kind};

pub use board::{Board, BoardRow, BoardSort, Entry, Report, CONFLICT_WINDOW};
pub use change::{
    Change, Upsert, FIGURE_SCAN_BYTES, MAX_BODY_HELD, MAX_FIGURES, MAX_LEAD_CHARS, MAX_TITLE_CHARS,
};
pub use path::FilePath;
pub use query::Newest;
pub use time::parse_published;

use order::{id_of, key, Key, Order};

/// One held article.
#[derive(Debug, Clone)]
pub struct Record {
    pub id: u64,
    pub path: FilePath,
    /// The line of a `.jsonl` file or the item of a multi-item file; `None` for a file of one
    /// article.
    pub line: Option<Position>,
    pub article: Arc<Article>,
    /// `published` when it is RFC 3339 or epoch seconds, else the file's modification time;
    /// never later than [`MAX_CLOCK_SKEW`] after the article reached the desk.
    pub time: SystemTime,
    /// When the desk got it: the moment it was read for live arrivals, the file's modification
    /// time (or now, if that is later) for files found already in DIR.
    pub arrived: SystemTime,
    /// Search form of kicker, headline and lead; the body is searched in place.
    pub search_key: Box<str>,
    /// The figures extracted from the article, in field and text order.
    pub figures: Box<[Figure]>,
    /// There were more figures than these (see [`MAX_FIGURES`]).
    pub figures_capped: bool,
    /// False once the body was let go to bound memory (see `BODIES_KEPT`, `MAX_BODY_HELD`):
    /// `article.body` is then empty and the file holds it.
    pub body_in_memory: bool,
    /// The file was deleted and `--keep-deleted` keeps it on show.
    pub deleted: bool,
}

/// A file, or one line of it, that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub path: PathBuf,
    pub line: Option<Position>,
    /// Why, by kind: the interface words it in the desk's language.
    pub reason: ParseError,
    pub time: SystemTime,
}

/// What one batch did, so the app can update counters, raise alerts and forget what left.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    pub added: usize,
    pub replaced: usize,
    pub removed: usize,
    /// Dropped (oldest first) to stay within `max_articles`.
    pub evicted: usize,
    /// Error entries set by this batch.
    pub errors: usize,
    /// Ids of the added articles still held after eviction.
    pub added_ids: Vec<u64>,
    /// The subset of `added_ids` that arrived while watching (not found at startup): the ones
    /// worth an alert.
    pub arrived_ids: Vec<u64>,
    /// Ids whose article was replaced in place (a rewritten file, a newer version of the same
    /// story from anywhere): their marks are out of date.
    pub replaced_ids: Vec<u64>,
    /// The subset of `replaced_ids` replaced by what arrived while watching: an update, a
    /// correction or a kill worth an alert.
    pub updated_ids: Vec<u64>,
    /// Deliveries of a story older than the version shown, so not shown.
    pub superseded: usize,
    /// Ids no longer held (removed or evicted), for whatever is kept about them elsewhere.
    pub left_ids: Vec<u64>,
}

/// Articles, newest first, whose bodies stay in memory (searchable, and shown without a read).
pub const BODIES_KEPT: usize = 2_000;

/// Articles, newest first, whose figures are on the metrics board, as many as keep their
/// bodies: about a day of a busy desk's copy. A board entry costs about 700 bytes (a row per
/// subject, its entries and its places in the orders), some 2.4 KB an article: over all
/// 20,000 held that was a third of the store's memory (the soak at 500 articles a second rose
/// from 145 MB to 165 MB), and a desk reads the board for what is current (its conflicts look
/// six hours either side).
pub const BOARD_KEPT: usize = BODIES_KEPT;

/// How far past its arrival an article's own time may place it: a sender's clock a little
/// ahead is common, an article dated 2100 is not news from the future and must not outrank
/// (and evict) everything that arrives after it.
pub const MAX_CLOCK_SKEW: Duration = Duration::from_secs(10 * 60);

/// The lines of one file that are held, by line (`None` for a `.json` file), with their ids.
type Lines = Vec<(Option<Position>, u64)>;

#[derive(Debug)]
pub struct Store {
    max_articles: usize,
    keep_deleted: bool,
    next_id: u64,
    records: HashMap<u64, Record>,
    /// Where each held article was read from.
    by_path: HashMap<FilePath, Lines>,
    /// Stories by their wire identity (ninjs `uri`, NewsML-G2 `guid`): one record each.
    by_uri: HashMap<String, u64>,
    dirs: path::Dirs,
    /// Newest first: by article time, then the later id.
    order: Order,
    /// The records holding their body, oldest last, so the tail is shed first.
    bodies: BTreeSet<Key>,
    /// Ids dropped during the batch being applied.
    left: Vec<u64>,
    errors: BTreeMap<(PathBuf, Option<Position>), FileError>,
    arrivals: stats::Arrivals,
    datelines: stats::Datelines,
    /// Figures held, by kind: kept as records come and go, so the desk pane never walks the
    /// whole store.
    figure_kinds: HashMap<Kind, usize>,
    /// The desk's metrics board, kept as records come and go, over the newest
    /// [`BOARD_KEPT`] records: these, oldest last.
    board: board::Board,
    on_board: BTreeSet<Key>,
}

impl Store {
    pub fn new(max_articles: usize, keep_deleted: bool) -> Store {
        Store {
            max_articles: max_articles.max(1),
            keep_deleted,
            next_id: 1,
            records: HashMap::new(),
            by_path: HashMap::new(),
            by_uri: HashMap::new(),
            dirs: path::Dirs::default(),
            order: Order::default(),
            bodies: BTreeSet::new(),
            left: Vec::new(),
            errors: BTreeMap::new(),
            arrivals: stats::Arrivals::default(),
            datelines: stats::Datelines::default(),
            figure_kinds: HashMap::new(),
            board: board::Board::default(),
            on_board: BTreeSet::new(),
        }
    }

    pub fn apply(&mut self, changes: Vec<Change>, now: SystemTime) -> Applied {
        let mut applied = Applied::default();
        for change in changes {
            match change {
                Change::Upsert(up) => self.upsert(*up, now, &mut applied),
                Change::Retain { path, lines } => {
                    let drop: Vec<u64> = self
                        .lines_of(&path)
                        .iter()
                        .filter(|(line, _)| lines.binary_search(line).is_err())
                        .map(|&(_, id)| id)
                        .collect();
                    applied.removed += drop.len();
                    for id in drop {
                        self.drop_record(id);
                    }
                }
                Change::Remove { path } => {
                    self.clear_errors(&path);
                    let ids: Vec<u64> = self.lines_of(&path).iter().map(|&(_, id)| id).collect();
                    for id in ids {
                        if !self.keep_deleted {
                            self.drop_record(id);
                            applied.removed += 1;
                        } else if let Some(rec) = self.records.get_mut(&id) {
                            applied.removed += usize::from(!rec.deleted);
                            rec.deleted = true;
                        }
                    }
                }
                Change::Error(err) => {
                    applied.errors += 1;
                    self.errors.insert((err.path.clone(), err.line), err);
                }
                Change::ClearErrors { path } => self.clear_errors(&path),
                Change::Withdraw { path, line } => {
                    let line = Some(Position::Line(line));
                    self.errors.remove(&(path.clone(), line));
                    let lines = self.lines_of(&path);
                    let id = lines
                        .binary_search_by(|(at, _)| at.cmp(&line))
                        .ok()
                        .map(|i| lines[i].1);
                    if let Some(id) = id {
                        self.drop_record(id);
                        applied.removed += 1;
                    }
                }
            }
        }
        self.evict(&mut applied);
        for ids in [
            &mut applied.added_ids,
            &mut applied.arrived_ids,
            &mut applied.replaced_ids,
            &mut applied.updated_ids,
        ] {
            ids.retain(|id| self.records.contains_key(id));
        }
        applied.left_ids = std::mem::take(&mut self.left);
        self.shed_bodies();
        applied
    }

    /// Drops the oldest records past `max_articles`, but never an article that arrived (or was
    /// updated) in this batch while an older one can go instead: an arrival is always shown
    /// and alerted.
    fn evict(&mut self, applied: &mut Applied) {
        if self.order.len() <= self.max_articles {
            return;
        }
        let fresh: HashSet<u64> = applied
            .arrived_ids
            .iter()
            .chain(&applied.updated_ids)
            .copied()
            .collect();
        while self.order.len() > self.max_articles {
            let victim = self
                .order
                .last_where(|k| !fresh.contains(&id_of(k)))
                .or_else(|| self.order.last())
                .map(id_of);
            let Some(id) = victim else { break };
            self.drop_record(id);
            applied.evicted += 1;
        }
    }

    fn clear_errors(&mut self, path: &Path) {
        let start = (path.to_path_buf(), None);
        let ours: Vec<_> = self
            .errors
            .range(start..)
            .take_while(|((p, _), _)| p == path)
            .map(|(k, _)| k.clone())
            .collect();
        for k in ours {
            self.errors.remove(&k);
        }
    }

    /// Bodies are most of an article's memory and only the open one is read: past the newest
    /// [`BODIES_KEPT`], records keep kicker, headline, lead and figures, and the dashboard reads
    /// the body from its file again when one is opened. Only the tail is touched.
    fn shed_bodies(&mut self) {
        while self.bodies.len() > BODIES_KEPT {
            let Some(k) = self.bodies.pop_last() else {
                break;
            };
            let Some(record) = self.records.get_mut(&id_of(&k)) else {
                continue;
            };
            record.article = Arc::new(Article {
                body: String::new(),
                ..Article::clone(&record.article)
            });
            record.body_in_memory = false;
        }
    }

    /// Puts record `id` on the board if it is among the newest [`BOARD_KEPT`], taking the
    /// oldest off when the board is full. Only the tail is touched.
    fn board_add(&mut self, id: u64, time: SystemTime, place: Option<&str>, figures: &[Figure]) {
        let k = key(time, id);
        let full = self.on_board.len() >= BOARD_KEPT;
        if full && self.on_board.last().is_some_and(|oldest| k > *oldest) {
            return;
        }
        self.board.add(id, time, place, figures);
        self.on_board.insert(k);
        while self.on_board.len() > BOARD_KEPT {
            if let Some(oldest) = self.on_board.pop_last() {
                self.board.remove(id_of(&oldest));
            }
        }
    }

    fn lines_of(&self, path: &Path) -> &[(Option<Position>, u64)] {
        self.dirs
            .lookup(path)
            .and_then(|p| self.by_path.get(&p))
            .map_or(&[], Vec::as_slice)
    }

    fn upsert(&mut self, up: Upsert, now: SystemTime, applied: &mut Applied) {
        // Whatever the article or its file says, it reached the desk no later than now.
        let reached = if up.live { now } else { up.mtime.min(now) };
        let stated = up
            .article
            .published
            .as_deref()
            .and_then(parse_published)
            .unwrap_or(up.mtime);
        let time = stated.min(reached + MAX_CLOCK_SKEW);
        // The file's lines are kept in order (see `place`): found by halving, so a feed of
        // 100,000 lines held costs each of its upserts a few steps, not a walk of them all.
        let lines = self.lines_of(&up.path);
        let at_place = lines
            .binary_search_by(|(line, _)| line.cmp(&up.line))
            .ok()
            .map(|i| lines[i].1);
        let elsewhere = up
            .article
            .uri
            .as_ref()
            .and_then(|uri| self.by_uri.get(uri))
            .copied()
            .filter(|id| Some(*id) != at_place);
        if let Some(id) = elsewhere {
            // Another delivery of a story already shown from another file or item.
            if let Some(old) = at_place {
                // What this place held before is no longer in it.
                self.drop_record(old);
                applied.removed += 1;
            }
            let newer = self
                .records
                .get(&id)
                .is_some_and(|held| identity::supersedes(&up.article, &held.article));
            if !newer {
                applied.superseded += 1;
                return;
            }
            self.unplace(id);
            self.place(&up.path, up.line, id);
            self.replace(id, up, time, applied);
            return;
        }
        if let Some(id) = at_place {
            self.replace(id, up, time, applied);
            return;
        }
        let id = self.next_id;
        self.next_id += 1;
        self.arrivals.record(reached, now);
        applied.added += 1;
        applied.added_ids.push(id);
        if up.live {
            applied.arrived_ids.push(id);
        }
        self.place(&up.path, up.line, id);
        self.index(id, up, time, reached);
    }

    /// The record `id` shows `up` from now on, keeping its id and arrival time. A kill or hold
    /// notice keeps the withdrawn story's words where it has none of its own.
    fn replace(&mut self, id: u64, up: Upsert, time: SystemTime, applied: &mut Applied) {
        let Some(old) = self.unindex(id) else {
            return;
        };
        let kill = up.article.pubstatus.is_some_and(|p| p.is_kill());
        let up = if kill && old.article.uri.is_some() && old.article.uri == up.article.uri {
            let notice = identity::notice_over(&up.article, &old.article);
            Upsert::new(up.path, up.line, notice, up.mtime, up.live)
        } else {
            up
        };
        applied.replaced += 1;
        applied.replaced_ids.push(id);
        if up.live {
            applied.updated_ids.push(id);
        }
        self.index(id, up, time, old.arrived);
    }

    fn place(&mut self, path: &Path, line: Option<Position>, id: u64) {
        let path = self.dirs.file_path(path);
        let lines = self.by_path.entry(path).or_default();
        let at = lines.partition_point(|(held, _)| *held < line);
        lines.insert(at, (line, id));
    }

    /// Forgets where record `id` was read from (it now comes from elsewhere).
    fn unplace(&mut self, id: u64) {
        let Some(rec) = self.records.get(&id) else {
            return;
        };
        if let Some(lines) = self.by_path.get_mut(&rec.path) {
            lines.retain(|&(line, held)| !(line == rec.line && held == id));
            if lines.is_empty() {
                self.by_path.remove(&rec.path);
            }
        }
    }

    /// Holds record `id` made of `up` in every index but `by_path` (its caller's job).
    fn index(&mut self, id: u64, up: Upsert, time: SystemTime, arrived: SystemTime) {
        if let Some(d) = &up.article.dateline {
            self.datelines.add(&d.place);
        }
        if let Some(uri) = &up.article.uri {
            self.by_uri.insert(uri.clone(), id);
        }
        self.count_figures(&up.figures, true);
        let place = up.article.dateline.as_ref().map(|d| &*d.place);
        self.board_add(id, time, place, &up.figures);
        self.order.insert(key(time, id));
        let body_in_memory = !up.body_on_disk;
        if body_in_memory && !up.article.body.is_empty() {
            self.bodies.insert(key(time, id));
        }
        let path = self.dirs.file_path(&up.path);
        self.records.insert(
            id,
            Record {
                id,
                path,
                line: up.line,
                article: up.article,
                time,
                arrived,
                search_key: up.search_key,
                figures: up.figures,
                figures_capped: up.figures_capped,
                body_in_memory,
                deleted: false,
            },
        );
    }

    /// Takes record `id` out of the records and every index but `by_path`.
    fn unindex(&mut self, id: u64) -> Option<Record> {
        let rec = self.records.remove(&id)?;
        let k = key(rec.time, id);
        self.order.remove(&k);
        self.bodies.remove(&k);
        if let Some(d) = &rec.article.dateline {
            self.datelines.remove(&d.place);
        }
        self.count_figures(&rec.figures, false);
        self.on_board.remove(&k);
        self.board.remove(id);
        if let Some(uri) = &rec.article.uri {
            if self.by_uri.get(uri) == Some(&id) {
                self.by_uri.remove(uri);
            }
        }
        Some(rec)
    }

    fn drop_record(&mut self, id: u64) {
        let Some(rec) = self.unindex(id) else {
            return;
        };
        self.left.push(id);
        if let Some(lines) = self.by_path.get_mut(&rec.path) {
            lines.retain(|&(line, held)| !(line == rec.line && held == id));
            if lines.is_empty() {
                self.by_path.remove(&rec.path);
            }
        }
    }

    fn count_figures(&mut self, figures: &[Figure], add: bool) {
        for f in figures {
            let n = self.figure_kinds.entry(f.kind).or_default();
            *n = if add { *n + 1 } else { n.saturating_sub(1) };
        }
    }
}
