//! Tailing a JSON Lines file: each read picks up where the last one stopped, so appending one
//! line to a long file costs one line, and a partial last line waits for its newline.

use std::path::Path;

use crate::article::{parse_lines, read_regular, Entry, ParseError};

use super::scan::Sig;

/// How many bytes before the resume point are compared to tell an append from a rewrite.
const CHECK_LEN: u64 = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TailState {
    /// Bytes consumed so far (whole lines).
    pub offset: u64,
    /// The number the next line will get.
    pub next_line: usize,
    /// The last bytes before `offset` as they were read: a file rewritten in place no longer has
    /// them there, and is read again from the start.
    check: Vec<u8>,
    ino: u64,
}

#[derive(Debug)]
pub struct TailRead {
    pub entries: Vec<Entry>,
    pub state: TailState,
    /// Read from the start: the entries are the whole file, not an addition.
    pub reset: bool,
    /// Bytes after the last newline wait for more.
    pub partial: bool,
}

/// Reads what is new in the file whose current version is `sig`. `at_eof` takes a last line
/// without a newline as complete (the file has been quiet long enough to be whole).
pub fn read(
    path: &Path,
    max_size: u64,
    prev: Option<&TailState>,
    sig: Sig,
    at_eof: bool,
) -> Result<TailRead, ParseError> {
    if let Some(prev) = prev.filter(|p| p.ino == sig.ino && p.offset <= sig.len) {
        let start = prev.offset - prev.check.len() as u64;
        let bytes = read_regular(path, max_size, start)?;
        if bytes.starts_with(&prev.check) {
            return Ok(parse_from(
                &bytes,
                prev.check.len(),
                prev.offset,
                prev.next_line,
                at_eof,
                sig.ino,
                false,
            ));
        }
    }
    let bytes = read_regular(path, max_size, 0)?;
    Ok(parse_from(&bytes, 0, 0, 1, at_eof, sig.ino, true))
}

fn parse_from(
    bytes: &[u8],
    skip: usize,
    offset: u64,
    first_line: usize,
    at_eof: bool,
    ino: u64,
    reset: bool,
) -> TailRead {
    let new = &bytes[skip..];
    let (entries, consumed) = parse_lines(new, first_line, at_eof);
    let used = &new[..consumed];
    let mut lines = used.iter().filter(|&&b| b == b'\n').count();
    if used.last().is_some_and(|&b| b != b'\n') {
        lines += 1;
    }
    let end = skip + consumed;
    let check_start = end.saturating_sub(CHECK_LEN as usize);
    TailRead {
        entries,
        state: TailState {
            offset: offset + consumed as u64,
            next_line: first_line + lines,
            check: bytes[check_start..end].to_vec(),
            ino,
        },
        reset,
        partial: consumed < new.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Position;
    use std::fs;
    use std::io::Write;

    fn sig(path: &Path) -> Sig {
        Sig::of(&fs::metadata(path).unwrap())
    }

    fn lines(read: &TailRead) -> Vec<(Option<usize>, bool)> {
        read.entries
            .iter()
            .map(|e| (e.position.map(Position::number), e.result.is_ok()))
            .collect()
    }

    const A: &str = "{\"titr\":\"one\"}\n";
    const B: &str = "{\"titr\":\"two\"}\n";

    #[test]
    fn appends_partial_lines_and_rewrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        fs::write(&path, format!("{A}\n{B}{{\"titr\":")).unwrap();
        let first = read(&path, 1 << 20, None, sig(&path), false).unwrap();
        assert!(first.reset && first.partial);
        assert_eq!(lines(&first), [(Some(1), true), (Some(3), true)]);

        let mut f = fs::OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(b"\"three\"}\nnot json\n").unwrap();
        let second = read(&path, 1 << 20, Some(&first.state), sig(&path), false).unwrap();
        assert!(!second.reset && !second.partial);
        assert_eq!(lines(&second), [(Some(4), true), (Some(5), false)]);

        fs::write(&path, format!("{B}{A}{A}{A}{A}{A}")).unwrap();
        let third = read(&path, 1 << 20, Some(&second.state), sig(&path), false).unwrap();
        assert!(third.reset, "same length, different bytes: read again");
        assert_eq!(third.entries.len(), 6);
    }

    #[test]
    fn last_line_without_newline_counts_once_quiet() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        fs::write(&path, format!("{A}{{\"titr\":\"x\"}}")).unwrap();
        let quiet = read(&path, 1 << 20, None, sig(&path), true).unwrap();
        assert_eq!(lines(&quiet), [(Some(1), true), (Some(2), true)]);
        assert_eq!(quiet.state.next_line, 3);
        assert!(!quiet.partial);
    }

    #[test]
    fn truncation_reads_from_the_start() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        fs::write(&path, format!("{A}{B}{A}")).unwrap();
        let first = read(&path, 1 << 20, None, sig(&path), false).unwrap();
        fs::write(&path, B).unwrap();
        let second = read(&path, 1 << 20, Some(&first.state), sig(&path), false).unwrap();
        assert!(second.reset);
        assert_eq!(lines(&second), [(Some(1), true)]);
    }
}
