//! Files read to a conclusion with nothing pending: a directory left running for days holds
//! hundreds of thousands of them, so each keeps only its path below DIR and a [`Quiet`].

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::ready::Quiet;
use super::scan::Seen;

#[derive(Debug)]
pub struct Settled {
    dir: PathBuf,
    files: HashMap<Box<Path>, Quiet>,
}

impl Settled {
    pub fn new(dir: &Path) -> Settled {
        Settled {
            dir: dir.to_path_buf(),
            files: HashMap::new(),
        }
    }

    fn key<'a>(&self, path: &'a Path) -> Option<&'a Path> {
        path.strip_prefix(&self.dir)
            .ok()
            .filter(|k| !k.as_os_str().is_empty())
    }

    /// Returns `false`, keeping nothing, for a path that is not below DIR.
    pub fn insert(&mut self, path: &Path, quiet: Quiet) -> bool {
        let Some(key) = self.key(path) else {
            return false;
        };
        self.files.insert(key.into(), quiet);
        true
    }

    pub fn get(&self, path: &Path) -> Option<Quiet> {
        self.key(path).and_then(|k| self.files.get(k).copied())
    }

    pub fn contains(&self, path: &Path) -> bool {
        self.get(path).is_some()
    }

    pub fn remove(&mut self, path: &Path) -> Option<Quiet> {
        let key = self.key(path)?;
        self.files.remove(key)
    }

    /// The settled files inside `folder`.
    pub fn under(&self, folder: &Path) -> Vec<PathBuf> {
        let Some(folder) = self.key(folder) else {
            return Vec::new();
        };
        self.files
            .keys()
            .filter(|k| k.starts_with(folder))
            .map(|k| self.dir.join(k))
            .collect()
    }

    /// The settled files a listing of DIR no longer shows.
    pub fn absent(&self, seen: &[Seen]) -> Vec<PathBuf> {
        let present: HashSet<&Path> = seen.iter().filter_map(|s| self.key(&s.path)).collect();
        self.files
            .keys()
            .filter(|&k| !present.contains(&&**k))
            .map(|k| self.dir.join(k))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::scan::Sig;
    use std::time::SystemTime;

    fn sig(len: u64) -> Sig {
        Sig {
            len,
            mtime: SystemTime::UNIX_EPOCH,
            ino: 7,
        }
    }

    #[test]
    fn keeps_files_below_dir_by_their_full_path() {
        let mut s = Settled::new(Path::new("/d"));
        let a = Path::new("/d/a.json");
        let nested = Path::new("/d/2026/11/b.json");
        assert!(s.insert(a, Quiet::unread(sig(1))));
        assert!(s.insert(nested, Quiet::unread(sig(2))));
        assert!(!s.insert(Path::new("/elsewhere/c.json"), Quiet::unread(sig(3))));
        assert!(!s.insert(Path::new("/d"), Quiet::unread(sig(3))));
        assert_eq!(s.get(a), Some(Quiet::unread(sig(1))));
        assert!(!s.contains(Path::new("/elsewhere/c.json")));
        assert_eq!(s.under(Path::new("/d/2026")), vec![nested.to_path_buf()]);
        let listing = [Seen {
            path: a.to_path_buf(),
            sig: sig(1),
        }];
        assert_eq!(s.absent(&listing), vec![nested.to_path_buf()]);
        assert_eq!(s.remove(nested), Some(Quiet::unread(sig(2))));
        assert!(s.absent(&listing).is_empty());
        assert_eq!(s.remove(nested), None);
    }
}
