//! Listing DIR: every candidate file with what identifies its current version; and the newest
//! of them, found without sorting the rest.

use std::cmp::Ordering;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::names::{is_candidate, is_temporary};

/// What tells one version of a file from the next without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sig {
    pub len: u64,
    pub mtime: SystemTime,
    pub ino: u64,
}

impl Sig {
    pub fn of(meta: &fs::Metadata) -> Sig {
        #[cfg(unix)]
        let ino = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let ino = 0;
        Sig {
            len: meta.len(),
            mtime: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
            ino,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Seen {
    pub path: PathBuf,
    pub sig: Sig,
}

/// Below this many files a listing is stat-ed on one thread: it takes a few milliseconds, and
/// on a busy machine waiting for a second core to be free costs more than it saves.
const PARALLEL_STAT: usize = 16_384;

/// The candidate files under `dir` (and its subfolders with `recursive`, never following
/// symlinked folders, so a link loop cannot trap the scan), in no particular order. Entries
/// that vanish while being listed are skipped; only failing to list `dir` itself is an error.
///
/// Names come first, then each candidate is stat-ed, on all cores for a large directory:
/// at 100,000 files the stats are most of a cold start.
pub fn list(dir: &Path, recursive: bool) -> io::Result<Vec<Seen>> {
    list_with(dir, recursive, PARALLEL_STAT)
}

fn list_with(dir: &Path, recursive: bool, parallel_from: usize) -> io::Result<Vec<Seen>> {
    let mut candidates = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    let mut first = true;
    while let Some(folder) = folders.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if first => return Err(e),
            Err(_) => continue,
        };
        first = false;
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            if file_type.is_dir() {
                let hidden = is_temporary(&entry.file_name().to_string_lossy());
                if recursive && !hidden {
                    folders.push(path);
                }
                continue;
            }
            if is_candidate(&path) {
                candidates.push((entry, file_type.is_symlink(), path));
            }
        }
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || candidates.len() < parallel_from {
        return Ok(stat_all(candidates));
    }
    let per_thread = candidates.len().div_ceil(threads);
    let mut parts = Vec::with_capacity(threads);
    while candidates.len() > per_thread {
        parts.push(candidates.split_off(candidates.len() - per_thread));
    }
    parts.push(candidates);
    Ok(std::thread::scope(|s| {
        let running: Vec<_> = parts
            .into_iter()
            .map(|part| s.spawn(move || stat_all(part)))
            .collect();
        running
            .into_iter()
            .flat_map(|t| t.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    }))
}

/// A symlink is listed by its target's version; a dangling one is still listed (from its own
/// metadata) so that reading it reports the problem. Other entries are stat-ed relative to the
/// open folder, which is cheaper than by full path.
fn stat_all(candidates: Vec<(fs::DirEntry, bool, PathBuf)>) -> Vec<Seen> {
    candidates
        .into_iter()
        .filter_map(|(entry, symlink, path)| {
            let meta = if symlink {
                fs::metadata(&path).or_else(|_| fs::symlink_metadata(&path))
            } else {
                entry.metadata()
            };
            let sig = Sig::of(&meta.ok()?);
            Some(Seen { path, sig })
        })
        .collect()
}

/// Newest modification first, then by name.
fn newer(a: &Seen, b: &Seen) -> Ordering {
    b.sig
        .mtime
        .cmp(&a.sig.mtime)
        .then_with(|| a.path.cmp(&b.path))
}

/// Puts the newest `k` files first, newest first, in time linear in the listing plus
/// `k log k`; the rest stay after them in no particular order.
pub fn newest_first(seen: &mut [Seen], k: usize) {
    let k = k.min(seen.len());
    if k == 0 {
        return;
    }
    if k < seen.len() {
        seen.select_nth_unstable_by(k - 1, newer);
    }
    seen[..k].sort_unstable_by(newer);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn touch(path: &Path, age_secs: u64) {
        fs::write(path, b"{}").unwrap();
        let t = SystemTime::now() - Duration::from_secs(age_secs);
        fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(t)
            .unwrap();
    }

    #[test]
    fn newest_first_candidates_only() {
        let dir = tempfile::tempdir().unwrap();
        touch(&dir.path().join("old.json"), 300);
        touch(&dir.path().join("new.json"), 10);
        touch(&dir.path().join("mid.jsonl"), 100);
        touch(&dir.path().join(".hidden.json"), 1);
        touch(&dir.path().join("notes.txt"), 1);
        fs::create_dir_all(dir.path().join("2026/11/24")).unwrap();
        touch(&dir.path().join("2026/11/24/deep.json"), 1);
        let names = |recursive| -> Vec<String> {
            let mut seen = list(dir.path(), recursive).unwrap();
            newest_first(&mut seen, usize::MAX);
            seen.iter()
                .map(|s| s.path.file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(names(false), ["new.json", "mid.jsonl", "old.json"]);
        assert_eq!(
            names(true),
            ["deep.json", "new.json", "mid.jsonl", "old.json"]
        );
    }

    /// The newest few are found and ordered without ordering the rest, however large the
    /// listing (and however it is split for stat-ing).
    #[test]
    fn the_newest_come_first_without_sorting_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let n = 700;
        for i in 0..n {
            let path = dir.path().join(format!("f{i:05}.json"));
            fs::write(&path, b"{}").unwrap();
            let age = ((i * 7919) % n) as u64;
            let f = fs::File::options().write(true).open(&path).unwrap();
            f.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000 - age))
                .unwrap();
        }
        let mut seen = list_with(dir.path(), false, 100).unwrap();
        assert_eq!(seen.len(), n);
        let mut all = seen.clone();
        all.sort_by(newer);
        newest_first(&mut seen, 10);
        let top: Vec<&Path> = seen[..10].iter().map(|s| s.path.as_path()).collect();
        let want: Vec<&Path> = all[..10].iter().map(|s| s.path.as_path()).collect();
        assert_eq!(top, want);
        assert!(seen[10..].iter().all(|s| s.sig.mtime <= seen[9].sig.mtime));
    }

    #[test]
    fn missing_dir_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(list(&dir.path().join("gone"), true).is_err());
    }
}
