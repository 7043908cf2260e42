//! Where a held article was read from, kept small: the directory is shared by every file in it
//! (a desk's DIR holds tens of thousands), and the file name is shared between the record and
//! the store's by-path index.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct FilePath {
    dir: Arc<Path>,
    name: Arc<OsStr>,
}

impl FilePath {
    pub fn to_path_buf(&self) -> PathBuf {
        self.dir.join(&*self.name)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file's name, as `Path::file_name` gives it.
    pub fn file_name(&self) -> Option<&OsStr> {
        Some(&self.name)
    }

    /// Shown as the path it stands for (lossy for names that are not UTF-8).
    pub fn display(&self) -> impl fmt::Display + '_ {
        Shown(self)
    }
}

struct Shown<'a>(&'a FilePath);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.to_path_buf().display())
    }
}

impl fmt::Debug for FilePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_path_buf())
    }
}

impl PartialEq<Path> for FilePath {
    fn eq(&self, other: &Path) -> bool {
        other.file_name().unwrap_or_default() == &*self.name
            && other.parent().unwrap_or(Path::new("")) == &*self.dir
    }
}

impl PartialEq<&Path> for FilePath {
    fn eq(&self, other: &&Path) -> bool {
        self == *other
    }
}

/// The directories seen so far, one allocation each. They are few (DIR, or its dated
/// subfolders with `recursive`) and never let go: a day's folder costs its name once.
#[derive(Debug, Default)]
pub struct Dirs {
    seen: HashSet<Arc<Path>>,
}

impl Dirs {
    pub fn file_path(&mut self, path: &Path) -> FilePath {
        let parent = path.parent().unwrap_or(Path::new(""));
        let dir = match self.seen.get(parent) {
            Some(dir) => Arc::clone(dir),
            None => {
                let dir: Arc<Path> = parent.into();
                self.seen.insert(Arc::clone(&dir));
                dir
            }
        };
        // A path with no file name (`/`, `..`) is kept whole as the name.
        let name: Arc<OsStr> = match path.file_name() {
            Some(name) if path.parent().is_some() => name.into(),
            _ => path.as_os_str().into(),
        };
        FilePath { dir, name }
    }

    /// The key `path` has in the store's index, without adding its directory.
    pub fn lookup(&self, path: &Path) -> Option<FilePath> {
        let parent = path.parent().unwrap_or(Path::new(""));
        let dir = Arc::clone(self.seen.get(parent)?);
        let name: Arc<OsStr> = match path.file_name() {
            Some(name) if path.parent().is_some() => name.into(),
            _ => path.as_os_str().into(),
        };
        Some(FilePath { dir, name })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_directory_allocation_and_paths_round_trip() {
        let mut dirs = Dirs::default();
        let a = dirs.file_path(Path::new("/desk/in/a.json"));
        let b = dirs.file_path(Path::new("/desk/in/b.json"));
        assert!(Arc::ptr_eq(&a.dir, &b.dir));
        assert_eq!(a.to_path_buf(), PathBuf::from("/desk/in/a.json"));
        assert_eq!(a, Path::new("/desk/in/a.json"));
        assert!(a != Path::new("/desk/a.json"));
        assert_eq!(dirs.lookup(Path::new("/desk/in/a.json")), Some(a));
        assert_eq!(dirs.lookup(Path::new("/elsewhere/a.json")), None);
        let bare = dirs.file_path(Path::new("a.json"));
        assert_eq!(bare.to_path_buf(), PathBuf::from("a.json"));
        assert_eq!(bare.display().to_string(), "a.json");
    }
}
