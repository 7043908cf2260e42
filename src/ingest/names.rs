//! Which names in DIR are articles: never temporary or hidden files that writers use on the way
//! to the real name, and only the article extensions.

use std::path::Path;

const TEMP_SUFFIXES: &[&str] = &["~", ".tmp", ".part", ".swp", ".crdownload"];

/// True for names that only ever mean "not finished yet" or "not for readers".
pub fn is_temporary(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    name.starts_with('.') || TEMP_SUFFIXES.iter().any(|s| lower.ends_with(s))
}

/// Whether the file at `path` is one to read: not temporary, and carrying an article extension.
/// A name that is not valid UTF-8 is judged like any other (its article's file name is shown
/// lossily): a wire receiver on a Latin-1 system still delivers copy worth reading.
pub fn is_candidate(path: &Path) -> bool {
    let Some(name) = path.file_name() else {
        return false;
    };
    if is_temporary(&name.to_string_lossy()) {
        return false;
    }
    crate::article::FileKind::from_path(path).is_some()
}

/// Like [`is_candidate`] for a path found under `root`, also refusing files inside hidden or
/// temporary folders (a writer's staging area such as `DIR/.incoming/`).
pub fn is_candidate_under(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut folders = rel.components().rev().skip(1);
    is_candidate(path) && folders.all(|c| !is_temporary(&c.as_os_str().to_string_lossy()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_and_hidden_names_are_skipped() {
        for name in [
            ".x.json",
            "x.json~",
            "x.json.tmp",
            "x.JSON.PART",
            "x.json.swp",
            "x.json.crdownload",
            "x.xml.part",
            "x.txt",
            "json",
        ] {
            assert!(!is_candidate(Path::new(name)), "{name}");
        }
        for name in ["x.json", "a/b/x.JSONL", "x.ndjson", "x.xml", "X.XML"] {
            assert!(is_candidate(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn staging_folders_are_skipped() {
        let root = Path::new("/wire");
        assert!(is_candidate_under(root, Path::new("/wire/2026/x.json")));
        assert!(!is_candidate_under(
            root,
            Path::new("/wire/.incoming/x.json")
        ));
        assert!(!is_candidate_under(root, Path::new("/wire/a.tmp/x.json")));
        assert!(!is_candidate_under(root, Path::new("/elsewhere/x.json")));
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_are_candidates() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let latin1 = Path::new(OsStr::from_bytes(b"/wire/caf\xe9.json"));
        assert!(is_candidate(latin1));
        assert!(is_candidate_under(Path::new("/wire"), latin1));
        let folder = Path::new(OsStr::from_bytes(b"/wire/d\xe9p\xeache/a.json"));
        assert!(is_candidate_under(Path::new("/wire"), folder));
        let hidden = Path::new(OsStr::from_bytes(b"/wire/.caf\xe9.json"));
        assert!(!is_candidate(hidden));
        assert!(!is_candidate(Path::new(OsStr::from_bytes(
            b"/wire/caf\xe9.txt"
        ))));
    }
}
