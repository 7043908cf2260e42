//! The native watcher and what its events mean for readiness.
//!
//! Only two events say a file is whole: close-after-write and a rename into DIR. Our own reads
//! must cause no event at all: on Linux the inotify watches are made with only the events
//! newsdesk needs (notify's inotify backend always adds IN_OPEN, which would echo every read
//! back), so that backend is our own, on rustix; elsewhere notify's native watcher is used and
//! opens and read-only closes are dropped on arrival.
//!
//! A DIR reached through a symbolic link is watched through the link as well (and any link
//! among its parent folders): retargeting it (`ln -sfn new DIR`) is DIR replaced.

#[cfg(target_os = "linux")]
mod inotify;
#[cfg(not(target_os = "linux"))]
mod portable;

use std::fmt;
use std::path::PathBuf;

#[cfg(target_os = "linux")]
pub use inotify::{start, Watcher};
#[cfg(not(target_os = "linux"))]
pub use portable::{start, Watcher};

/// What one watcher event means for us.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signal {
    /// The file is whole: read it now.
    Whole(PathBuf),
    /// The file is being written: wait for it to be whole, or quiet.
    Activity(PathBuf),
    /// The name may be gone (deleted or renamed away); `folder` when it was, or may have been,
    /// a folder.
    MaybeGone { path: PathBuf, folder: bool },
    /// A folder appeared (recursive mode): what is already in it was written unseen.
    Folder(PathBuf),
    /// Events were lost: list DIR again.
    Rescan,
    /// DIR itself was removed, renamed away, or retargeted (a symbolic link on its path).
    Root,
}

/// What the watcher sends the coordinator.
#[derive(Debug)]
pub enum Raw {
    Signals(Vec<Signal>),
    Failed(WatchError),
}

/// The native watcher could not start, or stopped working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchError {
    /// Out of inotify watches or instances: polling has to take over.
    pub limit: bool,
    message: String,
}

impl WatchError {
    pub fn new(limit: bool, message: impl Into<String>) -> WatchError {
        WatchError {
            limit,
            message: message.into(),
        }
    }
}

impl fmt::Display for WatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
