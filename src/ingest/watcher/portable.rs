//! The native watcher where newsdesk has no backend of its own: notify's (FSEvents, kqueue,
//! ReadDirectoryChangesW), its events mapped to [`Signal`]s on arrival.

use std::path::{Path, PathBuf};

use crossbeam_channel::Sender;
use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind, RemoveKind, RenameMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher as _};

use super::{Raw, Signal, WatchError};

pub type Watcher = RecommendedWatcher;

pub fn start(dir: &Path, recursive: bool, tx: Sender<Raw>) -> Result<Watcher, WatchError> {
    let root = dir.to_path_buf();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<Event>| {
        let raw = match res {
            Ok(event) => Raw::Signals(classify(&event, &root)),
            Err(err) => Raw::Failed(watch_error(&err)),
        };
        // The coordinator is gone only when ingest is stopping.
        let _ = tx.send(raw);
    })
    .map_err(|e| watch_error(&e))?;
    let mode = if recursive {
        RecursiveMode::Recursive
    } else {
        RecursiveMode::NonRecursive
    };
    watcher.watch(dir, mode).map_err(|e| watch_error(&e))?;
    Ok(watcher)
}

/// Out of watches or instances means the native watcher cannot keep up at all.
fn watch_error(err: &notify::Error) -> WatchError {
    let limit = match &err.kind {
        notify::ErrorKind::MaxFilesWatch => true,
        notify::ErrorKind::Io(io) => {
            matches!(io.raw_os_error(), Some(libc::EMFILE | libc::ENOSPC))
        }
        _ => false,
    };
    WatchError::new(limit, err.to_string())
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
            // notify does not say whether a name renamed away was a folder.
            EventKind::Modify(ModifyKind::Name(RenameMode::From)) => Signal::MaybeGone {
                path: path.clone(),
                folder: !crate::ingest::is_candidate(path),
            },
            // `To` already said all there is to say about the new name.
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)) => continue,
            EventKind::Create(CreateKind::Folder) => Signal::Folder(path.clone()),
            EventKind::Create(_) | EventKind::Modify(_) => Signal::Activity(path.clone()),
            EventKind::Remove(kind) => Signal::MaybeGone {
                path: path.clone(),
                folder: kind == RemoveKind::Folder
                    || (kind != RemoveKind::File && !crate::ingest::is_candidate(path)),
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
        let limit = |e: notify::Error| watch_error(&e).limit;
        assert!(limit(notify::Error::new(notify::ErrorKind::MaxFilesWatch)));
        let emfile = std::io::Error::from_raw_os_error(libc::EMFILE);
        assert!(limit(notify::Error::io(emfile)));
        assert!(!limit(notify::Error::path_not_found()));
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
