//! Listing DIR: every candidate file with what identifies its current version, newest first.

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

/// The candidate files under `dir` (and its subfolders with `recursive`, never following
/// symlinked folders, so a link loop cannot trap the scan), newest modification first.
/// Entries that vanish while being listed are skipped; only failing to list `dir` itself is an
/// error.
pub fn list(dir: &Path, recursive: bool) -> io::Result<Vec<Seen>> {
    let mut out = Vec::new();
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
                let hidden = entry.file_name().to_str().is_none_or(is_temporary);
                if recursive && !hidden {
                    folders.push(path);
                }
                continue;
            }
            if !is_candidate(&path) {
                continue;
            }
            // A symlink is listed by its target's version; a dangling one is still listed (from
            // its own metadata) so that reading it reports the problem. Other entries are
            // stat-ed relative to the open folder, which is cheaper than by full path.
            let meta = if file_type.is_symlink() {
                fs::metadata(&path).or_else(|_| fs::symlink_metadata(&path))
            } else {
                entry.metadata()
            };
            if let Ok(meta) = meta {
                out.push(Seen {
                    path,
                    sig: Sig::of(&meta),
                });
            }
        }
    }
    out.sort_by(|a, b| {
        b.sig
            .mtime
            .cmp(&a.sig.mtime)
            .then_with(|| a.path.cmp(&b.path))
    });
    Ok(out)
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
            list(dir.path(), recursive)
                .unwrap()
                .iter()
                .map(|s| s.path.file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(names(false), ["new.json", "mid.jsonl", "old.json"]);
        assert_eq!(
            names(true),
            ["deep.json", "new.json", "mid.jsonl", "old.json"]
        );
    }

    #[test]
    fn missing_dir_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(list(&dir.path().join("gone"), true).is_err());
    }
}
