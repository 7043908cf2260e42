//! The coordinator: turns watcher events, poll ticks and finished reads into readiness decisions
//! and batches of changes, on its own thread. It sleeps until an event or the nearest deadline;
//! with nothing pending it has no deadline at all.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crossbeam_channel::{after, never, select, Receiver, Sender};

use crate::article::FileKind;

use super::fsinfo::network_fs;
use super::names::is_candidate_under;
use super::reader::{default_workers, Done, Job, Outcome, Pool};
use super::ready::{FileState, Timers};
use super::scan::{self, Seen};
use super::settled::Settled;
use super::watcher::{self, Raw, Signal};
use super::{
    Config, DirState, IngestEvent, PollReason, ScanProgress, WatchMode, WatchStatus,
    DEFAULT_POLL_INTERVAL,
};
use crate::store::Change;

mod dir;
mod outbox;
mod startup;
#[cfg(test)]
mod tests;

use outbox::Outbox;
use startup::ScanQueue;

/// A batch goes out at this size even while a burst is still coming in.
const BATCH_MAX: usize = 500;
/// ... or once its oldest change has waited this long.
const BATCH_MAX_WAIT: Duration = Duration::from_millis(50);
/// When ingest is idle a batch goes out at once, but no sooner than this after the last one, so
/// a steady trickle cannot make the app redraw for every file.
const BATCH_MIN_GAP: Duration = Duration::from_millis(10);
/// Scan progress is reported at most this often.
const STATUS_GAP: Duration = Duration::from_millis(100);
/// How often a missing DIR is looked for in native mode.
const ROOT_CHECK: Duration = Duration::from_millis(500);

pub fn run<E: Send + 'static>(
    config: Config,
    sender: Sender<E>,
    wrap: fn(IngestEvent) -> E,
    stop: Receiver<()>,
) {
    let mut engine = Engine::new(config, sender, wrap, stop);
    engine.start();
    engine.main_loop();
}

struct Engine<E> {
    cfg: Config,
    /// Disconnected when the handle is dropped.
    stop: Receiver<()>,
    closed: bool,
    outbox: Outbox<E>,
    readers: Readers,
    scan: ScanQueue,
    watch: Watching,
    tracked: Tracked,
}

/// The reader pool and what is asked of it.
struct Readers {
    /// Dropped before `done` so the workers finish first.
    pool: Pool,
    done: Receiver<Done>,
    in_flight: usize,
}

/// The native watcher or the poll schedule, and DIR itself (gone, replaced).
struct Watching {
    raw_tx: Sender<Raw>,
    raw: Receiver<Raw>,
    watcher: Option<watcher::Watcher>,
    root_id: Option<(u64, u64)>,
    next_poll: Option<Instant>,
    next_root_check: Option<Instant>,
}

/// What is known of each file in DIR.
struct Tracked {
    /// Files with something going on: a read in flight or due, a tail to resume, a recent event.
    files: HashMap<PathBuf, FileState>,
    /// Every other file seen, compactly; brought back into `files` when it may have changed.
    settled: Settled,
    /// Files otherwise settled whose last event still counts towards the wait for quiet until
    /// the given time, oldest first; looked at again whenever the loop wakes after that.
    quieting: VecDeque<(Instant, PathBuf)>,
    timers: Timers,
}

fn dir_id(dir: &Path) -> Option<(u64, u64)> {
    let meta = std::fs::metadata(dir).ok().filter(|m| m.is_dir())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Some((0, 0))
    }
}

impl<E: Send + 'static> Engine<E> {
    fn new(
        cfg: Config,
        sender: Sender<E>,
        wrap: fn(IngestEvent) -> E,
        stop: Receiver<()>,
    ) -> Engine<E> {
        let (done_tx, done) = crossbeam_channel::unbounded();
        let workers = cfg.workers.unwrap_or_else(default_workers);
        let pool = Pool::start(workers, cfg.max_file_size, cfg.settle, done_tx);
        let (raw_tx, raw) = crossbeam_channel::unbounded();
        let now = Instant::now();
        Engine {
            readers: Readers {
                pool,
                done,
                in_flight: 0,
            },
            watch: Watching {
                raw_tx,
                raw,
                watcher: None,
                root_id: None,
                next_poll: None,
                next_root_check: None,
            },
            tracked: Tracked {
                files: HashMap::new(),
                settled: Settled::new(&cfg.dir),
                quieting: VecDeque::new(),
                timers: Timers::default(),
            },
            scan: ScanQueue {
                backlog: VecDeque::new(),
                in_flight: 0,
                window: workers * 8,
                unread: Vec::new(),
                started: now,
                first: HashSet::new(),
                first_unfed: 0,
            },
            outbox: Outbox {
                sender,
                wrap,
                batch: Vec::new(),
                batch_since: None,
                last_flush: now,
                flushed_any: false,
                flush_now: false,
                status: WatchStatus {
                    mode: WatchMode::Native,
                    dir: DirState::Present,
                    scan: ScanProgress::default(),
                    note: None,
                },
                status_dirty: true,
                last_status: now,
            },
            closed: false,
            cfg,
            stop,
        }
    }

    fn poll_interval(&self) -> Duration {
        self.cfg.poll.unwrap_or(DEFAULT_POLL_INTERVAL)
    }

    fn is_polling(&self) -> bool {
        matches!(self.outbox.status.mode, WatchMode::Poll { .. })
    }

    /// Native watcher unless polling is asked for or DIR is on a network filesystem; polling
    /// when the native watcher cannot start.
    fn begin_watching(&mut self) {
        let reason = if self.cfg.poll.is_some() {
            Some(PollReason::Requested)
        } else if let Some(fs) = network_fs(&self.cfg.dir) {
            Some(PollReason::NetworkFs(fs))
        } else {
            match watcher::start(&self.cfg.dir, self.cfg.recursive, self.watch.raw_tx.clone()) {
                Ok(w) => {
                    self.watch.watcher = Some(w);
                    None
                }
                Err(e) => Some(PollReason::WatcherFailed(e.to_string())),
            }
        };
        match reason {
            None => self.outbox.status.mode = WatchMode::Native,
            Some(reason) => self.switch_to_poll(reason),
        }
        self.outbox.status_dirty = true;
    }

    fn switch_to_poll(&mut self, reason: PollReason) {
        if matches!(reason, PollReason::WatcherFailed(_)) {
            tracing::warn!(%reason, "native watcher unavailable, polling DIR");
        }
        self.watch.watcher = None;
        self.outbox.status.mode = WatchMode::Poll {
            interval: self.poll_interval(),
            reason,
        };
        self.watch.next_poll = Some(Instant::now() + self.poll_interval());
        self.outbox.status_dirty = true;
    }

    fn main_loop(&mut self) {
        while !self.closed {
            let now = Instant::now();
            let timeout = match self.next_deadline(now) {
                Some(at) => after(at.saturating_duration_since(now)),
                None => never(),
            };
            select! {
                recv(self.stop) -> _ => return,
                recv(self.watch.raw) -> ev => {
                    if let Ok(ev) = ev {
                        self.on_raw(ev);
                    }
                }
                recv(self.readers.done) -> done => {
                    if let Ok(done) = done {
                        self.on_done(done);
                    }
                }
                recv(timeout) -> _ => {}
            }
            // Take whatever else is already waiting before deciding about flushing; but a
            // complete first screen goes out first, before older files' reads can join it.
            for _ in 0..256 {
                if self.outbox.flush_now {
                    break;
                }
                if let Ok(done) = self.readers.done.try_recv() {
                    self.on_done(done);
                } else if let Ok(ev) = self.watch.raw.try_recv() {
                    self.on_raw(ev);
                } else {
                    break;
                }
            }
            let now = Instant::now();
            self.fire_timers(now);
            self.settle_quieted(now);
            self.flush(now);
            self.note_unread_step(now);
        }
    }

    fn next_deadline(&self, now: Instant) -> Option<Instant> {
        let mut next = [
            self.tracked.timers.next(),
            self.watch.next_poll,
            self.watch.next_root_check,
            self.outbox.batch_since.map(|t| t + BATCH_MAX_WAIT),
        ]
        .into_iter()
        .flatten()
        .min();
        let mut consider = |at: Instant| next = Some(next.map_or(at, |n| n.min(at)));
        if !self.outbox.batch.is_empty() && self.is_idle() {
            consider((self.outbox.last_flush + BATCH_MIN_GAP).max(now));
        }
        if self.outbox.status_dirty {
            consider((self.outbox.last_status + STATUS_GAP).max(now));
        }
        if self.outbox.flush_now {
            consider(now);
        }
        if let Some(at) = self.unread_due(now) {
            consider(at);
        }
        next
    }

    fn is_idle(&self) -> bool {
        self.readers.in_flight == 0 && self.watch.raw.is_empty() && self.readers.done.is_empty()
    }

    fn on_raw(&mut self, raw: Raw) {
        let signals = match raw {
            Raw::Signals(signals) => signals,
            Raw::Failed(err) => {
                if err.limit {
                    self.switch_to_poll(PollReason::WatcherFailed(err.to_string()));
                } else {
                    tracing::warn!(%err, "watcher error, listing DIR again");
                }
                self.rescan();
                return;
            }
        };
        if self.watch.watcher.is_none() {
            // Left over from a watcher since dropped (DIR replaced, or polling now).
            return;
        }
        let now = Instant::now();
        for signal in signals {
            match signal {
                Signal::Whole(path) => {
                    if self.cfg.recursive && path.is_dir() {
                        self.scan_folder(&path);
                    } else if let Some(st) = self.state(&path) {
                        st.last_event = Some(now);
                        self.request_read(path, WRITTEN);
                    } else if self.wanted(&path) {
                        let mut st = FileState::new(kind_of(&path));
                        st.last_event = Some(now);
                        self.tracked.files.insert(path.clone(), st);
                        self.request_read(path, WRITTEN);
                    }
                }
                Signal::Activity(path) => self.on_activity(path, now),
                Signal::MaybeGone { path, folder } => self.on_maybe_gone(&path, folder),
                Signal::Folder(path) => self.scan_folder(&path),
                Signal::Rescan => self.rescan(),
                Signal::Root => self.check_root(),
            }
        }
    }

    fn wanted(&self, path: &Path) -> bool {
        is_candidate_under(&self.cfg.dir, path)
    }

    fn on_activity(&mut self, path: PathBuf, now: Instant) {
        if !self.wanted(&path) {
            return;
        }
        let settle = self.cfg.settle;
        let st = self.state_or_new(&path);
        st.last_event = Some(now);
        if st.kind == FileKind::Lines {
            // Complete lines can be taken as soon as they are there.
            self.request_read(path, WRITING);
        } else {
            st.deadline = Some(now + settle);
            self.tracked.timers.schedule(path, now + settle);
        }
    }

    fn on_maybe_gone(&mut self, path: &Path, folder: bool) {
        if std::fs::symlink_metadata(path).is_ok() {
            return;
        }
        if self.tracked.files.contains_key(path) || self.tracked.settled.contains(path) {
            self.gone(path);
        } else if self.cfg.recursive && folder {
            let mut under = self.tracked.settled.under(path);
            under.extend(
                self.tracked
                    .files
                    .keys()
                    .filter(|p| p.starts_with(path))
                    .cloned(),
            );
            for p in under {
                self.gone(&p);
            }
        }
    }

    fn gone(&mut self, path: &Path) {
        let Some(st) = self.tracked.files.get_mut(path) else {
            if self.tracked.settled.remove(path).is_some() {
                self.push(vec![Change::Remove {
                    path: path.to_path_buf(),
                }]);
            }
            return;
        };
        if st.in_flight {
            // The read in flight will find it gone, or find what replaced it.
            st.again = true;
            return;
        }
        self.tracked.files.remove(path);
        self.push(vec![Change::Remove {
            path: path.to_path_buf(),
        }]);
    }

    fn request_read(&mut self, path: PathBuf, why: Why) {
        let Some(st) = self.tracked.files.get_mut(&path) else {
            return;
        };
        st.deadline = None;
        if st.in_flight {
            st.again = true;
            st.again_whole |= why.whole;
            return;
        }
        st.in_flight = true;
        self.readers.in_flight += 1;
        let job = Job {
            kind: st.kind,
            tail: st.take_tail(),
            path,
            live: why.live,
            whole: why.whole,
        };
        self.readers.pool.submit(job);
    }

    fn on_done(&mut self, done: Done) {
        self.readers.in_flight = self.readers.in_flight.saturating_sub(1);
        self.first_screen_read(&done.path);
        let now = Instant::now();
        let settle = self.cfg.settle;
        let Some(st) = self.tracked.files.get_mut(&done.path) else {
            return;
        };
        st.in_flight = false;
        // A long `.jsonl` is read in steps: the next goes out at once, as part of the same job.
        let more = matches!(&done.outcome, Outcome::Read(read) if read.more);
        let mut changes = Vec::new();
        let keep = st.conclude(&done.path, done.outcome, now, settle, &mut changes);
        if let Some(at) = st.deadline {
            self.tracked.timers.schedule(done.path.clone(), at);
        }
        let again = std::mem::take(&mut st.again);
        let again_whole = std::mem::take(&mut st.again_whole);
        let was_scan = !(more && keep) && std::mem::take(&mut st.scan_job);
        if !keep {
            self.tracked.files.remove(&done.path);
        }
        self.push(changes);
        if was_scan {
            self.scan.in_flight -= 1;
            self.scan_step();
        }
        if was_scan || self.outbox.flush_now {
            self.feed_scan();
        }
        if more && keep {
            let why = Why {
                live: done.live || again,
                whole: done.whole || again_whole,
            };
            self.request_read(done.path.clone(), why);
        } else if again {
            self.tracked
                .files
                .entry(done.path.clone())
                .or_insert_with(|| FileState::new(kind_of(&done.path)));
            let why = Why {
                live: true,
                whole: again_whole,
            };
            self.request_read(done.path.clone(), why);
        }
        self.settle(&done.path, now);
    }

    /// Brings a settled file back into `files`.
    fn revive(&mut self, path: &Path) {
        if self.tracked.files.contains_key(path) {
            return;
        }
        if let Some(quiet) = self.tracked.settled.remove(path) {
            self.tracked
                .files
                .insert(path.to_path_buf(), FileState::revive(kind_of(path), quiet));
        }
    }

    /// The live state of a known file.
    fn state(&mut self, path: &Path) -> Option<&mut FileState> {
        self.revive(path);
        self.tracked.files.get_mut(path)
    }

    fn state_or_new(&mut self, path: &Path) -> &mut FileState {
        self.revive(path);
        self.tracked
            .files
            .entry(path.to_path_buf())
            .or_insert_with(|| FileState::new(kind_of(path)))
    }

    /// Moves a file with nothing going on to `settled`. An event recent enough to still count
    /// when the file is next read (`conclude` waits for quiet from it) keeps it here a while
    /// longer; in poll mode so does a tick that saw another version than the one read, since
    /// two ticks agreeing is what starts the next read.
    fn settle(&mut self, path: &Path, now: Instant) {
        let Some(st) = self.tracked.files.get(path) else {
            return;
        };
        let Some(quiet) = st.quiet() else {
            return;
        };
        if self.is_polling() && st.poll_sig.is_some_and(|p| p != quiet.sig) {
            return;
        }
        if let Some(at) = st.last_event.map(|t| t + self.cfg.settle) {
            if at > now {
                self.tracked.quieting.push_back((at, path.to_path_buf()));
                return;
            }
        }
        if self.tracked.settled.insert(path, quiet) {
            self.tracked.files.remove(path);
        }
    }

    fn settle_quieted(&mut self, now: Instant) {
        while self
            .tracked
            .quieting
            .front()
            .is_some_and(|(at, _)| *at <= now)
        {
            if let Some((_, path)) = self.tracked.quieting.pop_front() {
                self.settle(&path, now);
            }
        }
    }

    fn fire_timers(&mut self, now: Instant) {
        for (at, path) in self.tracked.timers.due(now) {
            let current = self.tracked.files.get(&path).and_then(|st| st.deadline);
            if current == Some(at) {
                self.request_read(path, WRITTEN);
            }
        }
        if self.watch.next_poll.is_some_and(|t| now >= t) {
            self.watch.next_poll = self.is_polling().then(|| now + self.poll_interval());
            self.poll_tick();
        }
        if self.watch.next_root_check.is_some_and(|t| now >= t) {
            self.watch.next_root_check = None;
            self.check_root();
        }
    }
}

/// Why a file is read: whether its articles are arrivals (alerts, the arrival rate) or were
/// found in DIR, and whether what is there is a finished version or a write in progress.
#[derive(Debug, Clone, Copy)]
struct Why {
    live: bool,
    whole: bool,
}

/// Found by the startup scan.
const SCANNED: Why = Why {
    live: false,
    whole: true,
};
/// Closed after writing, renamed in, quiet for the settle time, held still between polls, or
/// found changed by a rescan.
const WRITTEN: Why = Why {
    live: true,
    whole: true,
};
/// Written to, still open: complete `.jsonl` lines are taken at once.
const WRITING: Why = Why {
    live: true,
    whole: false,
};

fn kind_of(path: &Path) -> FileKind {
    FileKind::from_path(path).unwrap_or(FileKind::Json)
}
