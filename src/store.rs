//! The articles the desk is shown: bounded to the newest `max_articles` by article time, each
//! with an id that survives its file being rewritten (so the list keeps its selection), plus
//! the files that could not be read and desk-level figures.

mod board;
mod change;
mod identity;
mod stats;
mod time;

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::article::{Article, ParseError, Position};
use crate::extract::{Figure, Kind};

pub use board::{Board, BoardRow, BoardSort, Entry, Report, CONFLICT_WINDOW};
pub use change::{Change, Upsert};
pub use time::parse_published;

/// One held article.
#[derive(Debug, Clone)]
pub struct Record {
    pub id: u64,
    pub path: PathBuf,
    /// The line of a `.jsonl` file or the item of a multi-item file; `None` for a file of one
    /// article.
    pub line: Option<Position>,
    pub article: Arc<Article>,
    /// `published` when it is RFC 3339 or epoch seconds, else the file's modification time.
    pub time: SystemTime,
    /// When the desk got it: the moment it was read for live arrivals, the file's modification
    /// time for files found already in DIR.
    pub arrived: SystemTime,
    /// Search form of kicker, headline and lead; the body is searched in place.
    pub search_key: String,
    /// The figures extracted from the article, in field and text order.
    pub figures: Vec<Figure>,
    /// False once the body was let go to bound memory (see `BODIES_KEPT`): `article.body` is
    /// then empty and the file holds it.
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

/// What one batch did, so the app can update counters and raise alerts.
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
}

/// Articles, newest first, whose bodies stay in memory (searchable, and shown without a read).
pub const BODIES_KEPT: usize = 2_000;

type Key = (Reverse<SystemTime>, Reverse<u64>);

#[derive(Debug)]
pub struct Store {
    max_articles: usize,
    keep_deleted: bool,
    next_id: u64,
    records: HashMap<u64, Record>,
    by_path: HashMap<PathBuf, BTreeMap<Option<Position>, u64>>,
    /// Stories by their wire identity (ninjs `uri`, NewsML-G2 `guid`): one record each.
    by_uri: HashMap<String, u64>,
    /// Newest first: by article time, then the later id.
    order: BTreeSet<Key>,
    /// `order` as a vector, rebuilt after each batch, for position access from a list view.
    positions: Vec<u64>,
    errors: BTreeMap<(PathBuf, Option<Position>), FileError>,
    arrivals: stats::Arrivals,
    datelines: stats::Datelines,
    /// Figures held, by kind: kept as records come and go, so the desk pane never walks the
    /// whole store.
    figure_kinds: HashMap<Kind, usize>,
    /// The desk's metrics board, kept as records come and go.
    board: board::Board,
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
            order: BTreeSet::new(),
            positions: Vec::new(),
            errors: BTreeMap::new(),
            arrivals: stats::Arrivals::default(),
            datelines: stats::Datelines::default(),
            figure_kinds: HashMap::new(),
            board: board::Board::default(),
        }
    }

    pub fn apply(&mut self, changes: Vec<Change>, now: SystemTime) -> Applied {
        let mut applied = Applied::default();
        for change in changes {
            match change {
                Change::Upsert(up) => self.upsert(*up, now, &mut applied),
                Change::Retain { path, lines } => {
                    let drop: Vec<u64> = self
                        .by_path
                        .get(&path)
                        .into_iter()
                        .flatten()
                        .filter(|(line, _)| !lines.contains(line))
                        .map(|(_, &id)| id)
                        .collect();
                    applied.removed += drop.len();
                    for id in drop {
                        self.drop_record(id);
                    }
                }
                Change::Remove { path } => {
                    self.errors.retain(|(p, _), _| *p != path);
                    let ids: Vec<u64> = self
                        .by_path
                        .get(&path)
                        .into_iter()
                        .flat_map(|lines| lines.values().copied())
                        .collect();
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
                Change::ClearErrors { path } => {
                    self.errors.retain(|(p, _), _| *p != path);
                }
            }
        }
        while self.order.len() > self.max_articles {
            let Some(&(_, Reverse(id))) = self.order.last() else {
                break;
            };
            self.drop_record(id);
            applied.evicted += 1;
        }
        applied.added_ids.retain(|id| self.records.contains_key(id));
        for ids in [
            &mut applied.arrived_ids,
            &mut applied.replaced_ids,
            &mut applied.updated_ids,
        ] {
            ids.retain(|id| self.records.contains_key(id));
        }
        self.positions = self.order.iter().map(|&(_, Reverse(id))| id).collect();
        self.shed_bodies();
        applied
    }

    /// Bodies are most of an article's memory and only the open one is read: past the newest
    /// [`BODIES_KEPT`], records keep kicker, headline, lead and figures, and the dashboard reads
    /// the body from its file again when one is opened.
    fn shed_bodies(&mut self) {
        for id in self.positions.iter().skip(BODIES_KEPT) {
            let Some(record) = self.records.get_mut(id) else {
                continue;
            };
            if record.body_in_memory && !record.article.body.is_empty() {
                let mut article = Article::clone(&record.article);
                article.body = String::new();
                record.article = Arc::new(article);
                record.body_in_memory = false;
            }
        }
    }

    fn upsert(&mut self, up: Upsert, now: SystemTime, applied: &mut Applied) {
        let time = up
            .article
            .published
            .as_deref()
            .and_then(parse_published)
            .unwrap_or(up.mtime);
        let at_place = self
            .by_path
            .get(&up.path)
            .and_then(|lines| lines.get(&up.line))
            .copied();
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
        let arrived = if up.live { now } else { up.mtime };
        self.arrivals.record(arrived, now);
        applied.added += 1;
        applied.added_ids.push(id);
        if up.live {
            applied.arrived_ids.push(id);
        }
        self.place(&up.path, up.line, id);
        self.insert(id, up, time, arrived);
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
        self.insert(id, up, time, old.arrived);
    }

    fn place(&mut self, path: &Path, line: Option<Position>, id: u64) {
        self.by_path
            .entry(path.to_path_buf())
            .or_default()
            .insert(line, id);
    }

    /// Forgets where record `id` was read from (it now comes from elsewhere).
    fn unplace(&mut self, id: u64) {
        let Some(rec) = self.records.get(&id) else {
            return;
        };
        if let Some(lines) = self.by_path.get_mut(&rec.path) {
            if lines.get(&rec.line) == Some(&id) {
                lines.remove(&rec.line);
            }
            if lines.is_empty() {
                self.by_path.remove(&rec.path);
            }
        }
    }

    fn insert(&mut self, id: u64, up: Upsert, time: SystemTime, arrived: SystemTime) {
        if let Some(d) = &up.article.dateline {
            self.datelines.add(&d.place);
        }
        if let Some(uri) = &up.article.uri {
            self.by_uri.insert(uri.clone(), id);
        }
        self.count_figures(&up.figures, true);
        self.board.add(id, time, &up.figures);
        self.order.insert((Reverse(time), Reverse(id)));
        self.records.insert(
            id,
            Record {
                id,
                path: up.path,
                line: up.line,
                article: up.article,
                time,
                arrived,
                search_key: up.search_key,
                figures: up.figures,
                body_in_memory: true,
                deleted: false,
            },
        );
    }

    /// Takes record `id` out of the records and every index but its place in `by_path`.
    fn unindex(&mut self, id: u64) -> Option<Record> {
        let rec = self.records.remove(&id)?;
        self.order.remove(&(Reverse(rec.time), Reverse(id)));
        if let Some(d) = &rec.article.dateline {
            self.datelines.remove(&d.place);
        }
        self.count_figures(&rec.figures, false);
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
        if let Some(lines) = self.by_path.get_mut(&rec.path) {
            lines.remove(&rec.line);
            if lines.is_empty() {
                self.by_path.remove(&rec.path);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    pub fn get(&self, id: u64) -> Option<&Record> {
        self.records.get(&id)
    }

    /// The record at `index` in newest-first order.
    pub fn nth(&self, index: usize) -> Option<&Record> {
        self.positions
            .get(index)
            .and_then(|id| self.records.get(id))
    }

    /// Where the record with `id` stands in newest-first order.
    pub fn position(&self, id: u64) -> Option<usize> {
        let key = |rec: &Record| (Reverse(rec.time), Reverse(rec.id));
        let target = key(self.records.get(&id)?);
        self.positions
            .binary_search_by(|other| {
                self.records
                    .get(other)
                    .map_or(std::cmp::Ordering::Less, |r| key(r).cmp(&target))
            })
            .ok()
    }

    pub fn iter_newest(&self) -> impl Iterator<Item = &Record> + '_ {
        self.positions.iter().filter_map(|id| self.records.get(id))
    }

    /// The articles read from `path`, by line.
    pub fn by_path<'a>(&'a self, path: &Path) -> impl Iterator<Item = &'a Record> + 'a {
        self.by_path
            .get(path)
            .into_iter()
            .flat_map(|lines| lines.values())
            .filter_map(|id| self.records.get(id))
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

    /// The `n` dateline places with the most held articles, most first.
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

    fn count_figures(&mut self, figures: &[Figure], add: bool) {
        for f in figures {
            let n = self.figure_kinds.entry(f.kind).or_default();
            *n = if add { *n + 1 } else { n.saturating_sub(1) };
        }
    }

    pub fn top_datelines(&self, n: usize) -> Vec<(String, usize)> {
        self.datelines.top(n)
    }

    /// The desk's metrics board: the held articles' figures by subject.
    pub fn board(&self) -> &board::Board {
        &self.board
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::article::Dateline;
    use std::time::UNIX_EPOCH;

    pub(crate) fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    fn article(headline: &str, published: Option<&str>, place: Option<&str>) -> Article {
        Article {
            headline: headline.to_string(),
            published: published.map(str::to_string),
            dateline: place.map(|p| Dateline {
                place: p.to_string(),
                agency: None,
            }),
            ..Article::default()
        }
    }

    pub(crate) fn up(
        path: &str,
        line: Option<Position>,
        a: Article,
        mtime: u64,
        live: bool,
    ) -> Change {
        Change::Upsert(Box::new(Upsert::new(
            PathBuf::from(path),
            line,
            a,
            at(mtime),
            live,
        )))
    }

    pub(crate) fn line(n: usize) -> Option<Position> {
        Some(Position::Line(n))
    }

    pub(crate) fn headlines(s: &Store) -> Vec<String> {
        s.iter_newest()
            .map(|r| r.article.headline.clone())
            .collect()
    }

    #[test]
    fn newest_first_by_published_then_mtime() {
        let mut s = Store::new(10, false);
        let applied = s.apply(
            vec![
                up("a.json", None, article("A", None, None), 100, false),
                up(
                    "b.json",
                    None,
                    article("B", Some("1970-01-01T00:05:00Z"), None),
                    50,
                    false,
                ),
                up(
                    "c.json",
                    None,
                    article("C", Some("not a date"), None),
                    200,
                    true,
                ),
            ],
            at(1000),
        );
        assert_eq!(headlines(&s), ["B", "C", "A"]);
        assert_eq!(applied.added, 3);
        assert_eq!(applied.arrived_ids.len(), 1);
        assert_eq!(s.nth(1).unwrap().article.headline, "C");
        assert_eq!(s.position(applied.added_ids[0]), Some(2));
        assert_eq!(s.get(applied.arrived_ids[0]).unwrap().arrived, at(1000));
        assert_eq!(s.get(applied.added_ids[0]).unwrap().arrived, at(100));
    }

    #[test]
    fn rewrite_keeps_id_and_bound_keeps_newest() {
        let mut s = Store::new(2, false);
        let first = s.apply(
            vec![up("a.json", None, article("A1", None, None), 10, true)],
            at(20),
        );
        let id = first.added_ids[0];
        let second = s.apply(
            vec![
                up("a.json", None, article("A2", None, None), 30, true),
                up("b.json", None, article("B", None, None), 20, true),
                up("c.json", None, article("C", None, None), 5, true),
            ],
            at(40),
        );
        assert_eq!(second.replaced, 1);
        assert_eq!(second.added, 2);
        assert_eq!(second.evicted, 1);
        assert_eq!(second.added_ids.len(), 1, "the evicted one is not reported");
        assert_eq!(s.get(id).unwrap().article.headline, "A2");
        assert_eq!(headlines(&s), ["A2", "B"]);
    }

    #[test]
    fn remove_retain_and_keep_deleted() {
        let lines = |s: &Store, p: &str| {
            s.by_path(Path::new(p))
                .map(|r| (r.line, r.deleted))
                .collect::<Vec<_>>()
        };
        for keep in [false, true] {
            let mut s = Store::new(10, keep);
            s.apply(
                vec![
                    up("f.jsonl", line(1), article("1", None, None), 1, true),
                    up("f.jsonl", line(2), article("2", None, None), 1, true),
                    up("f.jsonl", line(3), article("3", None, None), 1, true),
                    up("g.json", None, article("G", None, None), 1, true),
                ],
                at(5),
            );
            let applied = s.apply(
                vec![Change::Retain {
                    path: "f.jsonl".into(),
                    lines: vec![line(1), line(3)],
                }],
                at(6),
            );
            assert_eq!(applied.removed, 1);
            assert_eq!(lines(&s, "f.jsonl"), [(line(1), false), (line(3), false)]);
            let applied = s.apply(
                vec![Change::Remove {
                    path: "g.json".into(),
                }],
                at(7),
            );
            assert_eq!(applied.removed, 1);
            if keep {
                assert_eq!(lines(&s, "g.json"), [(None, true)]);
            } else {
                assert!(lines(&s, "g.json").is_empty());
            }
        }
    }

    #[test]
    fn errors_are_one_per_place_and_cleared() {
        let mut s = Store::new(10, false);
        let err = |p: &str, line, reason: &str| {
            Change::Error(FileError {
                path: p.into(),
                line,
                reason: ParseError::Io {
                    kind: std::io::ErrorKind::Other,
                    reason: reason.into(),
                },
                time: at(1),
            })
        };
        s.apply(
            vec![
                err("a.json", None, "bad"),
                err("a.json", None, "worse"),
                err("b.jsonl", line(2), "bad line"),
            ],
            at(2),
        );
        let reasons: Vec<String> = s.errors().map(|e| e.reason.to_string()).collect();
        assert_eq!(reasons, ["cannot read: worse", "cannot read: bad line"]);
        s.apply(
            vec![
                Change::ClearErrors {
                    path: "a.json".into(),
                },
                Change::Remove {
                    path: "b.jsonl".into(),
                },
            ],
            at(3),
        );
        assert_eq!(s.error_count(), 0);
    }

    #[test]
    fn desk_figures() {
        let mut s = Store::new(10, false);
        s.apply(
            vec![
                up("a.json", None, article("A", None, Some("قم")), 1, true),
                up("b.json", None, article("B", None, Some("تهران")), 1, true),
                up("c.json", None, article("C", None, Some("قم")), 1, true),
            ],
            at(600),
        );
        s.apply(
            vec![up("b.json", None, article("B2", None, Some("قم")), 1, true)],
            at(600),
        );
        assert_eq!(s.top_datelines(5), vec![("قم".to_string(), 3)]);
        assert_eq!(s.arrivals_since(at(600), Duration::from_secs(60)), 3);
        assert_eq!(s.arrivals_per_minute(at(600), 2), vec![0, 3]);
    }
}
