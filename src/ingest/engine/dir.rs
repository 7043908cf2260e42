//! DIR as a whole: rescans after lost events, poll ticks, subfolders, and DIR itself going
//! missing or being replaced.

use std::collections::HashSet;
use std::path::Path;
use std::time::{Instant, SystemTime};

use super::{dir_id, scan, Engine, Seen, ROOT_CHECK, WRITTEN};
use crate::ingest::{DirState, WatchNote};

impl<E: Send + 'static> Engine<E> {
    /// Reads what the listing shows to differ from what was last read, and removes what is no
    /// longer listed: after lost events, a watcher error, or DIR coming back.
    pub(super) fn rescan(&mut self) {
        let Some(seen) = self.list_or_missing() else {
            return;
        };
        for s in seen {
            if self.settled_as(&s) {
                continue;
            }
            let st = self.state_or_new(&s.path);
            st.poll_sig = Some(s.sig);
            if st.read_sig != Some(s.sig) && st.deadline.is_none() {
                self.request_read(s.path, WRITTEN);
            }
        }
    }

    /// Poll mode: a file is read once its size and modification time held still for one
    /// interval and differ from what was last read.
    pub(super) fn poll_tick(&mut self) {
        if self.root_changed() {
            self.check_root();
            return;
        }
        let Some(seen) = self.list_or_missing() else {
            return;
        };
        let now = Instant::now();
        for s in seen {
            if self.settled_as(&s) {
                continue;
            }
            let st = self.state_or_new(&s.path);
            if st.poll_sig != Some(s.sig) {
                st.poll_sig = Some(s.sig);
                self.settle(&s.path, now);
            } else if st.read_sig != Some(s.sig) && !st.in_flight && st.deadline.is_none() {
                self.request_read(s.path, WRITTEN);
            }
        }
    }

    /// Lists DIR, drops what is no longer there, and returns the listing; `None` (and DIR marked
    /// missing) when DIR cannot be listed.
    pub(super) fn list_or_missing(&mut self) -> Option<Vec<Seen>> {
        // What the startup scan left unread must be known before a listing is compared.
        self.note_unread(usize::MAX);
        let Ok(seen) = scan::list(&self.cfg.dir, self.cfg.recursive) else {
            self.dir_missing();
            return None;
        };
        let present: HashSet<&Path> = seen.iter().map(|s| s.path.as_path()).collect();
        let mut vanished = self.tracked.settled.absent(&seen);
        vanished.extend(
            self.tracked
                .files
                .keys()
                .filter(|p| !present.contains(p.as_path()))
                .cloned(),
        );
        for path in vanished {
            self.gone(&path);
        }
        Some(seen)
    }

    /// A listed file settled with the same signature: nothing to read.
    pub(super) fn settled_as(&self, seen: &Seen) -> bool {
        self.tracked
            .settled
            .get(&seen.path)
            .is_some_and(|q| q.sig == seen.sig)
    }

    pub(super) fn scan_folder(&mut self, folder: &Path) {
        let Ok(seen) = scan::list(folder, true) else {
            return;
        };
        for s in seen {
            if self.settled_as(&s) {
                continue;
            }
            if self.state_or_new(&s.path).read_sig != Some(s.sig) {
                self.request_read(s.path, WRITTEN);
            }
        }
    }

    pub(super) fn root_changed(&self) -> bool {
        dir_id(&self.cfg.dir) != self.watch.root_id
    }

    /// After an event on DIR itself, or while DIR is missing: decide whether it is gone, back,
    /// or replaced by another folder of the same name.
    pub(super) fn check_root(&mut self) {
        let id = dir_id(&self.cfg.dir);
        let missing = matches!(self.outbox.status.dir, DirState::Missing { .. });
        match id {
            None => self.dir_missing(),
            Some(id) if missing || Some(id) != self.watch.root_id => {
                let replaced = !missing;
                self.watch.root_id = Some(id);
                self.watch.watcher = None;
                self.tracked.timers.clear();
                for st in self.tracked.files.values_mut() {
                    st.deadline = None;
                }
                self.outbox.status.dir = DirState::Present;
                self.outbox.status.scan.listed = true;
                self.outbox.status_dirty = true;
                self.outbox.status.note = Some(if replaced {
                    WatchNote::Replaced
                } else {
                    WatchNote::Back
                });
                self.watch.next_root_check = None;
                self.begin_watching();
                self.rescan();
            }
            Some(_) => {}
        }
    }

    pub(super) fn dir_missing(&mut self) {
        if !matches!(self.outbox.status.dir, DirState::Missing { .. }) {
            tracing::warn!(dir = %self.cfg.dir.display(), "DIR is missing");
            self.outbox.status.dir = DirState::Missing {
                since: SystemTime::now(),
            };
            self.outbox.status.note = Some(WatchNote::Missing);
            self.outbox.status_dirty = true;
            self.watch.watcher = None;
            self.watch.next_poll = None;
        }
        let gap = if self.is_polling() {
            self.poll_interval()
        } else {
            ROOT_CHECK
        };
        self.watch.next_root_check = Some(Instant::now() + gap);
    }
}
