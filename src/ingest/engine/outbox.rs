//! What the coordinator sends the app: changes gathered into batches (the first screen the
//! moment it is read, then up to 500, never held long) and the watch status, each no more
//! often than the app can use.

use std::time::Instant;

use crossbeam_channel::{select, Sender};

use super::{Engine, BATCH_MAX, BATCH_MAX_WAIT, BATCH_MIN_GAP, STATUS_GAP};
use crate::ingest::{IngestEvent, WatchStatus};
use crate::store::Change;

/// What goes to the app: batches of changes and the watch status, each sent no more often
/// than the app can use them.
pub(super) struct Outbox<E> {
    pub(super) sender: Sender<E>,
    pub(super) wrap: fn(IngestEvent) -> E,
    pub(super) batch: Vec<Change>,
    pub(super) batch_since: Option<Instant>,
    pub(super) last_flush: Instant,
    pub(super) flushed_any: bool,
    /// The first screen is read: send it now.
    pub(super) flush_now: bool,
    pub(super) status: WatchStatus,
    pub(super) status_dirty: bool,
    pub(super) last_status: Instant,
}

impl<E: Send + 'static> Engine<E> {
    /// Sends to the app; a full bounded channel holds ingest up, but never past a stop.
    pub(super) fn emit(&mut self, event: IngestEvent) {
        select! {
            send(self.outbox.sender, (self.outbox.wrap)(event)) -> sent => {
                // An error means nobody is listening any more: the app is gone.
                self.closed |= sent.is_err();
            }
            recv(self.stop) -> _ => self.closed = true,
        }
    }

    pub(super) fn flush(&mut self, now: Instant) {
        let idle = self.is_idle();
        if !self.outbox.batch.is_empty() {
            let due = self.outbox.flush_now
                || self.outbox.batch.len() >= BATCH_MAX
                || self
                    .outbox
                    .batch_since
                    .is_some_and(|t| now >= t + BATCH_MAX_WAIT)
                || (idle && now >= self.outbox.last_flush + BATCH_MIN_GAP);
            if due {
                let batch = std::mem::take(&mut self.outbox.batch);
                self.outbox.batch_since = None;
                self.outbox.last_flush = now;
                self.outbox.flushed_any = true;
                // One read can bring thousands of changes (a long feed's step): the app applies
                // them a batch at a time, answering keys in between.
                let mut changes = batch.into_iter();
                while !self.closed {
                    let chunk: Vec<Change> = changes.by_ref().take(BATCH_MAX).collect();
                    if chunk.is_empty() {
                        break;
                    }
                    self.emit(IngestEvent::Batch(chunk));
                }
            }
        }
        self.outbox.flush_now = false;
        if self.outbox.status_dirty && (now >= self.outbox.last_status + STATUS_GAP || idle) {
            self.outbox.status_dirty = false;
            self.outbox.last_status = now;
            let status = self.outbox.status.clone();
            self.emit(IngestEvent::Status(status));
        }
    }

    pub(super) fn push(&mut self, changes: Vec<Change>) {
        if changes.is_empty() {
            return;
        }
        if self.outbox.batch.is_empty() {
            self.outbox.batch_since = Some(Instant::now());
        }
        self.outbox.batch.extend(changes);
    }
}
