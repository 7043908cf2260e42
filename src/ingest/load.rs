//! Reading a whole directory at once, without watching it: for `snapshot`, and for tests that
//! want a loaded dashboard without threads.

use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::is_candidate;
use crate::article::read_file;
use crate::store::{Change, FileError, Upsert};

/// The article files directly in `dir` (the names ingest would read), in name order so output
/// built from them is stable.
pub fn article_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    // The entry's own type (from the directory listing on most filesystems) spares a stat per
    // file, a twentieth of `extract`'s time on the corpus; only a link is followed to see
    // whether it names a folder.
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let path = e.path();
            let folder = match e.file_type() {
                Ok(kind) if kind.is_symlink() => path.is_dir(),
                Ok(kind) => kind.is_dir(),
                Err(_) => path.is_dir(),
            };
            (is_candidate(&path) && !folder).then_some(path)
        })
        .collect();
    // One folder's names: their bytes order them as the paths would, without comparing
    // component by component.
    paths.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    Ok(paths)
}

/// Every article file directly in `dir` as store changes: one upsert per article, one error per
/// unreadable file or line.
pub fn directory(dir: &Path, max_file_size: u64) -> io::Result<Vec<Change>> {
    let paths = article_files(dir)?;
    let now = SystemTime::now();
    let mut changes = Vec::new();
    for path in paths {
        let mtime = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .unwrap_or(now);
        for entry in read_file(&path, max_file_size) {
            changes.push(match entry.result {
                Ok(article) => Change::Upsert(Box::new(Upsert::new(
                    path.clone(),
                    entry.position,
                    article,
                    mtime,
                    false,
                ))),
                Err(e) => Change::Error(FileError {
                    path: path.clone(),
                    line: entry.position,
                    reason: e,
                    time: now,
                }),
            });
        }
    }
    Ok(changes)
}
