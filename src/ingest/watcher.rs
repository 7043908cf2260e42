//! The native watcher (inotify on Linux) and what its events mean for readiness.
//!
//! Only two events say a file is whole: close-after-write and a rename into DIR. Opens and
//! read-only closes are ignored, and with them the echo of our own reads.

use std::path::{Path, PathBuf};

use crossbeam_channel::Sender;
use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind, RemoveKind, RenameMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// What one watcher event means for us.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signal {
    /// The file is whole: read it now.
    Whole(PathBuf),
    /// The file is being written: wait for it to be whole, or quiet.
    Activity(PathBuf),
    /// The name may be gone (deleted or renamed away); `folder` when it was a folder.
    MaybeGone { path: PathBuf, folder: bool },
    /// A folder appeared (recursive mode): what is already in it was written unseen.
    Folder(PathBuf),
    /// Events were lost: list DIR again.
    Rescan,
    /// DIR itself was removed or renamed away.
    Root,
}

pub type Raw = notify::Result<Event>;

pub fn start(dir: &Path, recursive: bool, tx: Sender<Raw>) -> notify::Result<RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |res: Raw| {
        // The coordinator is gone only when ingest is stopping.
        let _ = tx.send(res);
    })?;
    let mode = if recursive {
        RecursiveMode::Recursive
    } else {
        RecursiveMode::NonRecursive
    };
    watcher.watch(dir, mode)?;
    Ok(watcher)
}

/// Whether a watcher error means the native watcher cannot keep up at all (out of inotify
/// watches or instances), so polling has to take over.
pub fn is_limit(err: &notify::Error) -> bool {
    match &err.kind {
        notify::ErrorKind::MaxFilesWatch => true,
        notify::ErrorKind::Io(io) => {
            matches!(io.raw_os_error(), Some(libc::EMFILE | libc::ENOSPC))
        }
        _ => false,
    }
}

pub fn classify(event: &Event, root: &Path) -> Vec<Signal> {
    if event.need_rescan() {
        return vec![Signal::Rescan];
    }
    let mut out = Vec::new();
    for path in &event.paths {
        if path == root || !path.starts_with(root) {
            // Opens and closes of DIR itself are our own listings.
            if !matches!(event.kind, EventKind::Access(_)) {
                out.push(Signal::Root);
            }
            continue;
        }
        let signal = match event.kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => Signal::Whole(path.clone()),
            EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Any)) => {
                Signal::Whole(path.clone())
            }
            EventKind::Modify(ModifyKind::Name(RenameMode::From)) => Signal::MaybeGone {
                path: path.clone(),
                folder: false,
            },
            // `To` already said all there is to say about the new name.
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)) => continue,
            EventKind::Create(CreateKind::Folder) => Signal::Folder(path.clone()),
            EventKind::Create(_) | EventKind::Modify(_) => Signal::Activity(path.clone()),
            EventKind::Remove(kind) => Signal::MaybeGone {
                path: path.clone(),
                folder: kind == RemoveKind::Folder,
            },
            EventKind::Access(_) | EventKind::Any | EventKind::Other => continue,
        };
        out.push(signal);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{DataChange, Flag};

    fn ev(kind: EventKind, path: &str) -> Event {
        Event::new(kind).add_path(PathBuf::from(path))
    }

    #[test]
    fn only_close_write_and_rename_in_mean_whole() {
        let root = Path::new("/d");
        let p = PathBuf::from("/d/a.json");
        let cases = [
            (
                EventKind::Access(AccessKind::Close(AccessMode::Write)),
                vec![Signal::Whole(p.clone())],
            ),
            (
                EventKind::Modify(ModifyKind::Name(RenameMode::To)),
                vec![Signal::Whole(p.clone())],
            ),
            (
                EventKind::Create(CreateKind::File),
                vec![Signal::Activity(p.clone())],
            ),
            (
                EventKind::Modify(ModifyKind::Data(DataChange::Any)),
                vec![Signal::Activity(p.clone())],
            ),
            (
                EventKind::Access(AccessKind::Close(AccessMode::Read)),
                vec![],
            ),
            (EventKind::Access(AccessKind::Open(AccessMode::Any)), vec![]),
            (
                EventKind::Remove(RemoveKind::File),
                vec![Signal::MaybeGone {
                    path: p.clone(),
                    folder: false,
                }],
            ),
        ];
        for (kind, want) in cases {
            assert_eq!(classify(&ev(kind, "/d/a.json"), root), want, "{kind:?}");
        }
    }

    #[test]
    fn out_of_watches_means_polling() {
        assert!(is_limit(&notify::Error::new(
            notify::ErrorKind::MaxFilesWatch
        )));
        let emfile = std::io::Error::from_raw_os_error(libc::EMFILE);
        assert!(is_limit(&notify::Error::io(emfile)));
        assert!(!is_limit(&notify::Error::path_not_found()));
    }

    #[test]
    fn root_events_and_overflow() {
        let root = Path::new("/d");
        assert_eq!(
            classify(&ev(EventKind::Remove(RemoveKind::Folder), "/d"), root),
            vec![Signal::Root]
        );
        assert_eq!(
            classify(
                &ev(EventKind::Access(AccessKind::Open(AccessMode::Any)), "/d"),
                root
            ),
            vec![]
        );
        let overflow = Event::new(EventKind::Other).set_flag(Flag::Rescan);
        assert_eq!(classify(&overflow, root), vec![Signal::Rescan]);
    }
}
