//! The startup scan: the newest files read first (a screenful before anything else), the rest
//! of the newest `max_articles` after them a window at a time, and the older remainder noted
//! as settled once the first screen is out.

use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{dir_id, kind_of, scan, Engine, Seen, SCANNED};
use crate::ingest::ready::{FileState, Quiet};
use crate::ingest::ScanProgress;

/// How many of the newest files the startup scan reads before anything else, sending them to
/// the app the moment they are all read (or as they come, when that takes a while): a
/// screenful and then some.
const FIRST_SCREEN: usize = 100;
/// The unread rest of a large directory is noted once the first screen is out, or after this.
const FIRST_SCREEN_WAIT: Duration = Duration::from_millis(250);
/// Unread files noted per turn of the loop, so events and finished reads are never held long.
const UNREAD_STEP: usize = 4096;

/// Files the startup scan found, fed to the readers a window at a time so live arrivals are
/// not stuck behind a large directory.
pub(super) struct ScanQueue {
    /// The newest `max_articles`, newest first.
    pub(super) backlog: VecDeque<Seen>,
    pub(super) in_flight: usize,
    pub(super) window: usize,
    /// Older than the newest `max_articles`: never read unless they change. Noted (as
    /// settled) a slice at a time once the first screen is out, so that noting a large
    /// directory never holds the first screen up.
    pub(super) unread: Vec<Seen>,
    /// When the startup scan began reading.
    pub(super) started: Instant,
    /// The first screen's files not yet read: nothing else is fed to the readers until they
    /// are, and then they go to the app at once.
    pub(super) first: HashSet<PathBuf>,
    /// Of those, how many are still in the backlog.
    pub(super) first_unfed: usize,
}

impl<E: Send + 'static> Engine<E> {
    /// Watch first, then list, so that nothing written in between is missed. Only the newest
    /// files are put in order, the very newest first so the first screen is read at once; the
    /// older rest is noted afterwards.
    pub(super) fn start(&mut self) {
        self.watch.root_id = dir_id(&self.cfg.dir);
        self.begin_watching();
        let Ok(mut seen) = scan::list(&self.cfg.dir, self.cfg.recursive) else {
            self.dir_missing();
            return;
        };
        let cap = self.cfg.max_articles.max(1).min(seen.len());
        self.outbox.status.scan = ScanProgress {
            listed: true,
            scanned: 0,
            total: cap,
        };
        self.outbox.status_dirty = true;
        let first = FIRST_SCREEN.min(cap);
        scan::newest_first(&mut seen, first);
        let mut rest = seen.split_off(first);
        self.scan.first = seen.iter().map(|s| s.path.clone()).collect();
        self.scan.first_unfed = first;
        self.scan.backlog.extend(seen);
        self.scan.started = Instant::now();
        self.feed_scan();
        scan::newest_first(&mut rest, cap - first);
        self.scan.unread = rest.split_off(cap - first);
        self.scan.backlog.extend(rest);
    }

    /// Notes up to `budget` of the files the startup scan left unread, unless something
    /// happened to them since.
    pub(super) fn note_unread(&mut self, budget: usize) {
        let from = self.scan.unread.len().saturating_sub(budget);
        for Seen { path, sig } in self.scan.unread.split_off(from) {
            if self.tracked.files.contains_key(&path) || self.tracked.settled.contains(&path) {
                continue;
            }
            let quiet = Quiet::unread(sig);
            if !self.tracked.settled.insert(&path, quiet) {
                self.tracked
                    .files
                    .insert(path.clone(), FileState::revive(kind_of(&path), quiet));
            }
        }
    }

    /// Whether the unread rest may be noted now: once the first screen has gone out (or has
    /// had its chance to).
    fn may_note_unread(&self, now: Instant) -> bool {
        self.outbox.flushed_any || now >= self.scan.started + FIRST_SCREEN_WAIT
    }

    pub(super) fn feed_scan(&mut self) {
        while self.scan.in_flight < self.scan.window {
            if self.scan.first_unfed == 0 && !self.scan.first.is_empty() {
                // The first screen is being read: it goes out before anything else is read.
                break;
            }
            let Some(Seen { path, sig }) = self.scan.backlog.pop_front() else {
                break;
            };
            self.scan.first_unfed = self.scan.first_unfed.saturating_sub(1);
            if !self.tracked.files.contains_key(&path) && !self.tracked.settled.contains(&path) {
                let mut st = FileState::new(kind_of(&path));
                st.poll_sig = Some(sig);
                self.tracked.files.insert(path.clone(), st);
            }
            match self.tracked.files.get_mut(&path) {
                Some(st) if !st.in_flight && st.read_sig.is_none() => {
                    st.scan_job = true;
                    self.scan.in_flight += 1;
                    self.request_read(path, SCANNED);
                }
                _ => {
                    self.first_screen_read(&path);
                    self.scan_step();
                }
            }
        }
    }

    /// One of the first screen's files is read (or needs no reading): once all are, they go
    /// to the app at once.
    pub(super) fn first_screen_read(&mut self, path: &Path) {
        if self.scan.first.remove(path) && self.scan.first.is_empty() {
            self.outbox.flush_now = true;
        }
    }

    pub(super) fn scan_step(&mut self) {
        self.outbox.status.scan.scanned += 1;
        self.outbox.status_dirty = true;
    }

    /// A turn of the loop: a slice of the unread rest, once it may be noted.
    pub(super) fn note_unread_step(&mut self, now: Instant) {
        if !self.scan.unread.is_empty() && self.may_note_unread(now) {
            self.note_unread(UNREAD_STEP);
        }
    }

    /// When the loop should wake for the unread rest.
    pub(super) fn unread_due(&self, now: Instant) -> Option<Instant> {
        (!self.scan.unread.is_empty()).then(|| {
            if self.may_note_unread(now) {
                now
            } else {
                self.scan.started + FIRST_SCREEN_WAIT
            }
        })
    }
}
