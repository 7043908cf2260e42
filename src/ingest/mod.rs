//! Live ingest: the startup scan of DIR, then watching it, reading each article file once it is
//! whole, and handing the app batches of changes for its [`Store`](crate::store::Store).
//!
//! Threads: one coordinator (watcher events, readiness, timers, batching) and a small pool of
//! readers (I/O and parsing). The caller's thread only receives events.

mod engine;
mod fsinfo;
pub mod load;
mod names;
mod reader;
mod ready;
mod scan;
mod settled;
mod tail;
mod watcher;

use std::fmt;
use std::path::PathBuf;
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use crossbeam_channel::Sender;
use thiserror::Error;

use crate::article::DEFAULT_MAX_FILE_SIZE;
use crate::config::{DEFAULT_MAX_ARTICLES, DEFAULT_SETTLE};
use crate::store::{Change, Store};

pub use names::is_candidate;

pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_secs(1);

#[derive(Debug, Clone)]
pub struct Config {
    pub dir: PathBuf,
    /// Also watch subfolders (date-partitioned trees such as YYYY/MM/DD).
    pub recursive: bool,
    /// Only the newest this many are read at startup and held in the store.
    pub max_articles: usize,
    /// Files larger than this are refused from their metadata, never read.
    pub max_file_size: u64,
    /// Poll every this often instead of using the native watcher (`--poll`).
    pub poll: Option<Duration>,
    /// How long a file must be quiet before a read that fails is reported rather than retried.
    pub settle: Duration,
    /// Keep deleted files' articles on show, marked (`--keep-deleted`); used by the store.
    pub keep_deleted: bool,
    /// Reader threads; `None` sizes the pool to the cores.
    pub workers: Option<usize>,
}

impl Config {
    pub fn new(dir: impl Into<PathBuf>) -> Config {
        Config {
            dir: dir.into(),
            recursive: false,
            max_articles: DEFAULT_MAX_ARTICLES,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            poll: None,
            settle: DEFAULT_SETTLE,
            keep_deleted: false,
            workers: None,
        }
    }

    /// An empty store bounded and behaving as this configuration says.
    pub fn new_store(&self) -> Store {
        Store::new(self.max_articles, self.keep_deleted)
    }
}

#[derive(Debug, Clone)]
pub enum IngestEvent {
    /// Changes to apply to the store, in order; one batch is one redraw.
    Batch(Vec<Change>),
    Status(WatchStatus),
}

/// What the status bar says about watching. Each one sent is a full snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchStatus {
    pub mode: WatchMode,
    pub dir: DirState,
    pub scan: ScanProgress,
    /// Something the desk should know about, e.g. that DIR was replaced.
    pub note: Option<WatchNote>,
}

/// A change to DIR itself the desk should hear of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchNote {
    /// DIR was replaced by another directory (renamed over): the new one is watched.
    Replaced,
    /// DIR came back after it was missing.
    Back,
    /// DIR is gone: watching resumes when it is back.
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WatchMode {
    /// inotify (or the platform's native watcher).
    Native,
    Poll {
        interval: Duration,
        reason: PollReason,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PollReason {
    /// `--poll`.
    Requested,
    /// DIR is on a network filesystem, where the native watcher misses other hosts' writes.
    NetworkFs(&'static str),
    /// The native watcher could not start or gave up (e.g. out of inotify watches).
    WatcherFailed(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirState {
    Present,
    /// DIR is gone; watching resumes when it is back.
    Missing {
        since: SystemTime,
    },
}

/// The startup scan: `scanned` of `total` files read; `listed` once DIR has been listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ScanProgress {
    pub listed: bool,
    pub scanned: usize,
    pub total: usize,
}

impl ScanProgress {
    pub fn is_done(&self) -> bool {
        self.listed && self.scanned >= self.total
    }
}

impl fmt::Display for WatchMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WatchMode::Native => f.write_str("watching"),
            WatchMode::Poll { interval, reason } => {
                write!(f, "polling every {:.1}s ({reason})", interval.as_secs_f64())
            }
        }
    }
}

impl fmt::Display for PollReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PollReason::Requested => f.write_str("--poll"),
            PollReason::NetworkFs(fs) => write!(f, "DIR is on {fs}"),
            PollReason::WatcherFailed(why) => write!(f, "watcher unavailable: {why}"),
        }
    }
}

#[derive(Debug, Error)]
pub enum StartError {
    #[error("{0}: no such directory")]
    Missing(PathBuf),
    #[error("{0}: not a directory")]
    NotADirectory(PathBuf),
    #[error("{path}: {reason}")]
    Unreadable { path: PathBuf, reason: String },
    #[error("cannot start the ingest threads: {0}")]
    Thread(#[from] std::io::Error),
}

/// Running ingest. Dropping it (or [`IngestHandle::stop`]) stops and joins its threads.
pub struct IngestHandle {
    stop: Option<Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl IngestHandle {
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.stop = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for IngestHandle {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Starts ingesting `config.dir`; every event goes into `sender` through `wrap`, so ingest can
/// share the app's one event channel. Fails when DIR is not there or not a readable directory.
pub fn spawn<E: Send + 'static>(
    config: Config,
    sender: Sender<E>,
    wrap: fn(IngestEvent) -> E,
) -> Result<IngestHandle, StartError> {
    match std::fs::metadata(&config.dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(StartError::NotADirectory(config.dir)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StartError::Missing(config.dir))
        }
        Err(e) => {
            return Err(StartError::Unreadable {
                reason: e.to_string(),
                path: config.dir,
            })
        }
    }
    if let Err(e) = std::fs::read_dir(&config.dir) {
        return Err(StartError::Unreadable {
            reason: e.to_string(),
            path: config.dir,
        });
    }
    let (stop_tx, stop_rx) = crossbeam_channel::bounded::<()>(0);
    let thread = std::thread::Builder::new()
        .name("ingest".into())
        .spawn(move || engine::run(config, sender, wrap, stop_rx))?;
    Ok(IngestHandle {
        stop: Some(stop_tx),
        thread: Some(thread),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_bar_wording() {
        assert_eq!(WatchMode::Native.to_string(), "watching");
        let poll = WatchMode::Poll {
            interval: Duration::from_secs(1),
            reason: PollReason::NetworkFs("NFS"),
        };
        assert_eq!(poll.to_string(), "polling every 1.0s (DIR is on NFS)");
        let failed = PollReason::WatcherFailed("out of inotify watches".into());
        assert_eq!(
            failed.to_string(),
            "watcher unavailable: out of inotify watches"
        );
    }
}
