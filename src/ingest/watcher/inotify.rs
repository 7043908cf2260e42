//! The Linux watcher: inotify through rustix, each watch asking for the events newsdesk needs
//! and nothing else, on a thread of its own that sleeps in `poll` until the kernel has events
//! or the watcher is dropped.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::mem::MaybeUninit;
use std::os::fd::OwnedFd;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use crossbeam_channel::Sender;
use rustix::event::{eventfd, poll, EventfdFlags, PollFd, PollFlags};
use rustix::fs::inotify::{self, CreateFlags, ReadFlags, WatchFlags};
use rustix::io::Errno;

use super::{Raw, Signal, WatchError};
use crate::ingest::names::is_temporary;

/// What a folder of DIR is watched for: writes finished, names arriving, leaving and
/// appearing, metadata (a file made readable, a touch), writes still going on (a `.jsonl`
/// appender that keeps its file open, a large file written slowly), and the folder itself
/// going. Never opens, reads or read-only closes, so newsdesk's own reads stay silent.
const FOLDER: WatchFlags = WatchFlags::CLOSE_WRITE
    .union(WatchFlags::MOVED_TO)
    .union(WatchFlags::MOVED_FROM)
    .union(WatchFlags::CREATE)
    .union(WatchFlags::DELETE)
    .union(WatchFlags::ATTRIB)
    .union(WatchFlags::MODIFY)
    .union(WatchFlags::DELETE_SELF)
    .union(WatchFlags::MOVE_SELF)
    .union(WatchFlags::ONLYDIR)
    .union(WatchFlags::EXCL_UNLINK);

/// A symbolic link on DIR's path, watched itself (not its target): replaced or removed, it is
/// DIR retargeted.
const LINK: WatchFlags = WatchFlags::DONT_FOLLOW
    .union(WatchFlags::DELETE_SELF)
    .union(WatchFlags::MOVE_SELF)
    .union(WatchFlags::ATTRIB);

/// Room for a few hundred events per read; an event with the longest name fits many times.
const BUFFER: usize = 64 * 1024;

/// Watching DIR; dropping it stops and joins the thread.
pub struct Watcher {
    wake: OwnedFd,
    thread: Option<JoinHandle<()>>,
}

impl Drop for Watcher {
    fn drop(&mut self) {
        // An eventfd write cannot block while the counter is far from full.
        let _ = rustix::io::write(&self.wake, &1u64.to_ne_bytes());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts watching `dir` (its subfolders too with `recursive`); what happens is sent to `tx`.
pub fn start(dir: &Path, recursive: bool, tx: Sender<Raw>) -> Result<Watcher, WatchError> {
    let fd = inotify::init(CreateFlags::CLOEXEC | CreateFlags::NONBLOCK)
        .map_err(|e| error(e, "cannot start inotify"))?;
    let mut watches = Watches {
        fd,
        recursive,
        root: dir.to_path_buf(),
        root_wd: -1,
        folders: HashMap::new(),
        links: Vec::new(),
    };
    watches.root_wd = watches.add_folder(dir)?;
    if recursive {
        watches.add_subfolders(dir)?;
    }
    watches.watch_links();
    let wake = eventfd(0, EventfdFlags::CLOEXEC | EventfdFlags::NONBLOCK)
        .map_err(|e| error(e, "cannot start the watcher"))?;
    let woken = wake
        .try_clone()
        .map_err(|e| WatchError::new(false, e.to_string()))?;
    let thread = std::thread::Builder::new()
        .name("ingest-watch".into())
        .spawn(move || watches.run(&woken, &tx))
        .map_err(|e| WatchError::new(false, e.to_string()))?;
    Ok(Watcher {
        wake,
        thread: Some(thread),
    })
}

fn error(errno: Errno, what: &str) -> WatchError {
    // ENOSPC: out of watches (fs.inotify.max_user_watches); EMFILE: out of instances.
    let limit = matches!(errno, Errno::NOSPC | Errno::MFILE);
    WatchError::new(limit, format!("{what}: {}", std::io::Error::from(errno)))
}

struct Watches {
    fd: OwnedFd,
    recursive: bool,
    root: PathBuf,
    root_wd: i32,
    /// Watched folders by watch descriptor.
    folders: HashMap<i32, PathBuf>,
    /// Watches on the symbolic links along DIR's path.
    links: Vec<i32>,
}

/// One event as read, copied out of the read buffer.
struct Event {
    wd: i32,
    mask: ReadFlags,
    name: Option<Vec<u8>>,
}

impl Watches {
    fn run(mut self, woken: &OwnedFd, tx: &Sender<Raw>) {
        let mut buf = vec![MaybeUninit::<u8>::uninit(); BUFFER];
        loop {
            let mut fds = [
                PollFd::new(&self.fd, PollFlags::IN),
                PollFd::new(woken, PollFlags::IN),
            ];
            match poll(&mut fds, None) {
                Ok(_) | Err(Errno::INTR) => {}
                Err(e) => {
                    let _ = tx.send(Raw::Failed(error(e, "inotify")));
                    return;
                }
            }
            if !fds[1].revents().is_empty() {
                return;
            }
            let events = match self.read(&mut buf) {
                Ok(events) => events,
                Err(e) => {
                    let _ = tx.send(Raw::Failed(e));
                    return;
                }
            };
            let mut signals = Vec::new();
            let mut failed = None;
            for event in events {
                if let Err(e) = self.translate(&event, &mut signals) {
                    failed = Some(e);
                }
            }
            // Nobody listening any more means ingest is stopping.
            if !signals.is_empty() && tx.send(Raw::Signals(signals)).is_err() {
                return;
            }
            if let Some(e) = failed {
                if tx.send(Raw::Failed(e)).is_err() {
                    return;
                }
            }
        }
    }

    /// Everything the kernel has queued right now.
    fn read(&self, buf: &mut [MaybeUninit<u8>]) -> Result<Vec<Event>, WatchError> {
        let mut reader = inotify::Reader::new(&self.fd, buf);
        let mut events = Vec::new();
        loop {
            match reader.next() {
                Ok(event) => events.push(Event {
                    wd: event.wd(),
                    mask: event.events(),
                    name: event.file_name().map(|n| n.to_bytes().to_vec()),
                }),
                Err(Errno::AGAIN) => return Ok(events),
                Err(Errno::INTR) => {}
                Err(e) => return Err(error(e, "reading inotify events")),
            }
        }
    }

    fn translate(&mut self, event: &Event, out: &mut Vec<Signal>) -> Result<(), WatchError> {
        let mask = event.mask;
        if mask.contains(ReadFlags::QUEUE_OVERFLOW) {
            out.push(Signal::Rescan);
            return Ok(());
        }
        if self.links.contains(&event.wd) {
            // The link was replaced or removed: whatever it points at now is DIR. Its new
            // incarnation is watched in turn.
            out.push(Signal::Root);
            self.watch_links();
            return Ok(());
        }
        if mask.contains(ReadFlags::IGNORED) {
            self.folders.remove(&event.wd);
            if event.wd == self.root_wd {
                out.push(Signal::Root);
            }
            return Ok(());
        }
        let Some(folder) = self.folders.get(&event.wd) else {
            return Ok(());
        };
        let Some(name) = &event.name else {
            let gone = ReadFlags::DELETE_SELF | ReadFlags::MOVE_SELF | ReadFlags::UNMOUNT;
            if event.wd == self.root_wd && mask.intersects(gone) {
                out.push(Signal::Root);
            }
            return Ok(());
        };
        let name = OsStr::from_bytes(name);
        let path = folder.join(name);
        if mask.contains(ReadFlags::ISDIR) {
            if mask.intersects(ReadFlags::CREATE | ReadFlags::MOVED_TO) {
                if self.recursive && !is_temporary(&name.to_string_lossy()) {
                    self.add_folder(&path)?;
                    self.add_subfolders(&path)?;
                    out.push(Signal::Folder(path));
                }
            } else if mask.intersects(ReadFlags::DELETE | ReadFlags::MOVED_FROM) {
                self.forget_under(&path);
                out.push(Signal::MaybeGone { path, folder: true });
            }
            return Ok(());
        }
        let signal = if mask.intersects(ReadFlags::CLOSE_WRITE | ReadFlags::MOVED_TO) {
            Signal::Whole(path)
        } else if mask.intersects(ReadFlags::DELETE | ReadFlags::MOVED_FROM) {
            Signal::MaybeGone {
                path,
                folder: false,
            }
        } else if mask.intersects(ReadFlags::CREATE | ReadFlags::MODIFY | ReadFlags::ATTRIB) {
            Signal::Activity(path)
        } else {
            return Ok(());
        };
        out.push(signal);
        Ok(())
    }

    /// Watches one folder. One that vanished first, or cannot be read, is left out (listing it
    /// fails too); running out of watches is an error.
    fn add_folder(&mut self, folder: &Path) -> Result<i32, WatchError> {
        let wd = inotify::add_watch(&self.fd, folder, FOLDER)
            .map_err(|e| error(e, &format!("watching {}", folder.display())))?;
        self.folders.insert(wd, folder.to_path_buf());
        Ok(wd)
    }

    /// Watches the folders below `folder`, never through symbolic links (a link loop cannot
    /// trap the walk) nor into hidden or temporary folders (writers' staging areas).
    fn add_subfolders(&mut self, folder: &Path) -> Result<(), WatchError> {
        let mut pending = vec![folder.to_path_buf()];
        while let Some(next) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(&next) else {
                continue;
            };
            for entry in entries.flatten() {
                let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
                if !is_dir || is_temporary(&entry.file_name().to_string_lossy()) {
                    continue;
                }
                let path = entry.path();
                match self.add_folder(&path) {
                    Ok(_) => pending.push(path),
                    Err(e) if e.limit => return Err(e),
                    Err(_) => {}
                }
            }
        }
        Ok(())
    }

    /// A folder deleted or moved away: its watches (and those below it) go, so a folder moved
    /// elsewhere never reports under its old name.
    fn forget_under(&mut self, gone: &Path) {
        let wds: Vec<i32> = self
            .folders
            .iter()
            .filter(|(_, p)| p.starts_with(gone))
            .map(|(&wd, _)| wd)
            .collect();
        for wd in wds {
            self.folders.remove(&wd);
            // Already gone with a deleted folder; nothing to do about a failure.
            let _ = inotify::remove_watch(&self.fd, wd);
        }
    }

    /// Watches each symbolic link on DIR's path (DIR itself, or a folder above it) as a link.
    /// A link that cannot be watched right now (replaced non-atomically, caught in between) is
    /// left out: DIR is then missing, and found again by the coordinator's checks.
    fn watch_links(&mut self) {
        for wd in self.links.drain(..) {
            let _ = inotify::remove_watch(&self.fd, wd);
        }
        for path in self.root.ancestors() {
            let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            if is_link {
                if let Ok(wd) = inotify::add_watch(&self.fd, path, LINK) {
                    self.links.push(wd);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::time::Duration;

    fn signals(
        rx: &crossbeam_channel::Receiver<Raw>,
        until: impl Fn(&Signal) -> bool,
    ) -> Vec<Signal> {
        let mut all = Vec::new();
        loop {
            match rx.recv_timeout(Duration::from_secs(30)).expect("an event") {
                Raw::Signals(s) => {
                    let done = s.iter().any(&until);
                    all.extend(s);
                    if done {
                        return all;
                    }
                }
                Raw::Failed(e) => panic!("{e}"),
            }
        }
    }

    /// Issue 16.3: reading files in DIR, as the readers do, queues no event at all: events are
    /// in order, so once the marker written after the reads arrives, nothing else came.
    #[test]
    fn our_own_reads_cause_no_events() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..50 {
            fs::write(dir.path().join(format!("a{i}.json")), "{}").unwrap();
        }
        let (tx, rx) = crossbeam_channel::unbounded();
        let _watcher = start(dir.path(), false, tx).unwrap();
        for i in 0..50 {
            let _ = fs::read(dir.path().join(format!("a{i}.json"))).unwrap();
        }
        let _ = fs::read_dir(dir.path()).unwrap().count();
        let marker = dir.path().join("marker.json");
        fs::write(&marker, "{}").unwrap();
        let got = signals(&rx, |s| *s == Signal::Whole(marker.clone()));
        assert!(
            got.iter().all(|s| match s {
                Signal::Whole(p) | Signal::Activity(p) => *p == marker,
                _ => false,
            }),
            "{got:?}"
        );
    }

    #[test]
    fn events_mean_what_they_say() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let (tx, rx) = crossbeam_channel::unbounded();
        let _watcher = start(d, true, tx).unwrap();
        let tmp = d.join(".a.json.tmp");
        fs::write(&tmp, "{}").unwrap();
        fs::rename(&tmp, d.join("a.json")).unwrap();
        fs::remove_file(d.join("a.json")).unwrap();
        fs::create_dir(d.join("2026")).unwrap();
        let got = signals(&rx, |s| matches!(s, Signal::Folder(_)));
        let a = d.join("a.json");
        assert!(got.contains(&Signal::Whole(tmp)));
        assert!(got.contains(&Signal::Whole(a.clone())));
        assert!(got.contains(&Signal::MaybeGone {
            path: a,
            folder: false
        }));
        // The new folder is watched: a file closed in it is whole.
        let deep = d.join("2026/b.json");
        fs::write(&deep, "{}").unwrap();
        signals(&rx, |s| *s == Signal::Whole(deep.clone()));
        fs::remove_dir_all(d.join("2026")).unwrap();
        signals(&rx, |s| {
            *s == Signal::MaybeGone {
                path: d.join("2026"),
                folder: true,
            }
        });
    }

    /// Issue 13.3: DIR given as a symbolic link; retargeting it is reported, and so is the
    /// next retargeting.
    #[test]
    fn a_retargeted_link_is_dir_replaced() {
        let parent = tempfile::tempdir().unwrap();
        let p = parent.path();
        for name in ["a", "b"] {
            fs::create_dir(p.join(name)).unwrap();
        }
        let link = p.join("current");
        std::os::unix::fs::symlink("a", &link).unwrap();
        let (tx, rx) = crossbeam_channel::unbounded();
        let _watcher = start(&link, false, tx).unwrap();
        for target in ["b", "a"] {
            let tmp = p.join("current.new");
            std::os::unix::fs::symlink(target, &tmp).unwrap();
            fs::rename(&tmp, &link).unwrap();
            signals(&rx, |s| *s == Signal::Root);
        }
    }
}
