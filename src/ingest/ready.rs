//! Per-file readiness: when a file is read, and what a read means for the store.
//!
//! A file is read when it is whole (closed after writing, renamed in, stable across a poll
//! interval), when it has been quiet for the settle time after activity without such a signal,
//! or, for `.jsonl`, as soon as complete lines may be there. A read that fails while the file
//! is not yet quiet is retried once it is, and only then reported.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use crate::article::{FileKind, ParseError, Position};
use crate::store::FileError;

use super::reader::{Outcome, Parsed, ReadResult};
use super::scan::Sig;
use super::tail::TailState;
use crate::store::Change;

/// A settled file: the version last read (also the one the last poll saw), and what it left in
/// the store, which decides what reading a changed version must clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quiet {
    pub sig: Sig,
    has_articles: bool,
    has_errors: bool,
    file_error: bool,
}

impl Quiet {
    /// A file the startup scan skipped as older than the newest `max_articles`.
    pub fn unread(sig: Sig) -> Quiet {
        Quiet {
            sig,
            has_articles: false,
            has_errors: false,
            file_error: false,
        }
    }
}

#[derive(Debug)]
pub struct FileState {
    pub kind: FileKind,
    /// The version last read to a conclusion; a rescan reads what differs from it.
    pub read_sig: Option<Sig>,
    /// Poll mode: the version seen at the previous tick.
    pub poll_sig: Option<Sig>,
    pub tail: Option<TailState>,
    pub last_event: Option<Instant>,
    /// When to read again if nothing says the file is whole before then.
    pub deadline: Option<Instant>,
    pub in_flight: bool,
    /// A reason to read arrived while a read was in flight.
    pub again: bool,
    /// ... and said the file is whole.
    pub again_whole: bool,
    /// The read in flight belongs to the startup scan.
    pub scan_job: bool,
    has_articles: bool,
    has_errors: bool,
    /// The file as a whole has an error entry, so a `.jsonl` must be read from the start again.
    file_error: bool,
}

impl FileState {
    pub fn new(kind: FileKind) -> FileState {
        FileState {
            kind,
            read_sig: None,
            poll_sig: None,
            tail: None,
            last_event: None,
            deadline: None,
            in_flight: false,
            again: false,
            again_whole: false,
            scan_job: false,
            has_articles: false,
            has_errors: false,
            file_error: false,
        }
    }

    /// A settled file brought back because something about it may have changed.
    pub fn revive(kind: FileKind, quiet: Quiet) -> FileState {
        FileState {
            read_sig: Some(quiet.sig),
            poll_sig: Some(quiet.sig),
            has_articles: quiet.has_articles,
            has_errors: quiet.has_errors,
            file_error: quiet.file_error,
            ..FileState::new(kind)
        }
    }

    /// What is left to keep once a read has concluded with nothing pending and no tail to
    /// resume from; `None` while anything is still going on.
    pub fn quiet(&self) -> Option<Quiet> {
        let busy = self.in_flight || self.again || self.scan_job || self.deadline.is_some();
        if busy || self.tail.is_some() {
            return None;
        }
        Some(Quiet {
            sig: self.read_sig?,
            has_articles: self.has_articles,
            has_errors: self.has_errors,
            file_error: self.file_error,
        })
    }

    /// Where the next read starts, handed to it: the tail of a `.jsonl` read cleanly so far,
    /// else the start.
    pub fn take_tail(&mut self) -> Option<TailState> {
        let tail = self.tail.take();
        if self.file_error {
            None
        } else {
            tail
        }
    }

    /// Turns the outcome of a read into changes. Returns `false` when the file is gone and its
    /// state can be dropped.
    pub fn conclude(
        &mut self,
        path: &Path,
        outcome: Outcome,
        now: Instant,
        settle: Duration,
        out: &mut Vec<Change>,
    ) -> bool {
        match outcome {
            Outcome::Gone => {
                out.push(Change::Remove {
                    path: path.to_path_buf(),
                });
                false
            }
            Outcome::Refused { err, sig } => {
                self.set_file_error(path, err, out);
                self.read_sig = sig;
                self.tail = None;
                true
            }
            Outcome::Panicked { message, sig } => {
                self.set_file_error(path, ParseError::Internal { message }, out);
                self.read_sig = sig;
                self.tail = None;
                true
            }
            Outcome::Read(read) => {
                self.conclude_read(path, *read, now, settle, out);
                true
            }
        }
    }

    fn conclude_read(
        &mut self,
        path: &Path,
        read: ReadResult,
        now: Instant,
        settle: Duration,
        out: &mut Vec<Change>,
    ) {
        let events_quiet_in = self
            .last_event
            .map_or(Duration::ZERO, |t| settle.saturating_sub(now - t));
        let quiet_in = read.quiet_in.max(events_quiet_in);
        let retry_at = now + quiet_in;
        let whole_file_failed = matches!(read.entries.as_slice(), [(None, Err(_))]);
        match self.kind {
            FileKind::Json if whole_file_failed && !quiet_in.is_zero() => {
                // Probably still being written: look again once it has been quiet.
                self.read_sig = None;
                self.deadline = Some(retry_at);
            }
            FileKind::Json if whole_file_failed => {
                if let Some((_, Err(err))) = read.entries.into_iter().next() {
                    self.set_file_error(path, err, out);
                }
                self.read_sig = Some(read.sig);
            }
            // A document holds one article or several items: what it held before and is not
            // in it now goes, as for a JSON Lines file read from the start.
            FileKind::Json => {
                self.replace_all(path, &read.entries, out);
                self.take_entries(path, read.entries, out);
                self.read_sig = Some(read.sig);
            }
            FileKind::Lines => {
                if read.reset {
                    // Every line is read again from the start; unchanged ones keep their
                    // articles, and errors come back for the lines that still have them.
                    if self.has_errors {
                        out.push(Change::ClearErrors {
                            path: path.to_path_buf(),
                        });
                    }
                    self.has_errors = false;
                    self.file_error = false;
                }
                for line in read.withdrawn {
                    out.push(Change::Withdraw {
                        path: path.to_path_buf(),
                        line,
                    });
                }
                self.take_entries(path, read.entries, out);
                if let Some(lines) = read.retain {
                    let any = !lines.is_empty();
                    if self.has_articles {
                        out.push(Change::Retain {
                            path: path.to_path_buf(),
                            lines,
                        });
                    }
                    self.has_articles = any;
                }
                let rewriting = read.tail.as_ref().is_some_and(|t| t.is_rewriting());
                self.tail = read.tail;
                self.read_sig = Some(read.sig);
                if !read.more && (read.partial || rewriting) {
                    // The last line counts without its newline, and a rewrite's leftovers go,
                    // once the file is quiet.
                    self.deadline = Some(retry_at.max(now + Duration::from_millis(1)));
                }
            }
        }
    }

    /// Before a read of the whole file: its old errors go, and its articles at places the read
    /// has nothing for.
    fn replace_all(
        &mut self,
        path: &Path,
        entries: &[(Option<Position>, Parsed)],
        out: &mut Vec<Change>,
    ) {
        if self.has_errors {
            out.push(Change::ClearErrors {
                path: path.to_path_buf(),
            });
        }
        if self.has_articles {
            out.push(Change::Retain {
                path: path.to_path_buf(),
                lines: entries
                    .iter()
                    .filter(|(_, r)| r.is_ok())
                    .map(|(line, _)| *line)
                    .collect(),
            });
        }
        self.has_errors = false;
        self.file_error = false;
        self.has_articles = false;
    }

    fn take_entries(
        &mut self,
        path: &Path,
        entries: Vec<(Option<Position>, Parsed)>,
        out: &mut Vec<Change>,
    ) {
        for (line, result) in entries {
            match result {
                Ok(up) => {
                    self.has_articles = true;
                    out.push(Change::Upsert(up));
                }
                Err(err) => {
                    self.has_errors = true;
                    self.file_error |= line.is_none();
                    out.push(error(path, line, err));
                }
            }
        }
    }

    fn set_file_error(&mut self, path: &Path, reason: ParseError, out: &mut Vec<Change>) {
        if self.has_articles {
            out.push(Change::Retain {
                path: path.to_path_buf(),
                lines: Vec::new(),
            });
        }
        if self.has_errors {
            out.push(Change::ClearErrors {
                path: path.to_path_buf(),
            });
        }
        out.push(error(path, None, reason));
        self.has_articles = false;
        self.has_errors = true;
        self.file_error = true;
    }
}

fn error(path: &Path, line: Option<Position>, reason: ParseError) -> Change {
    Change::Error(FileError {
        path: path.to_path_buf(),
        line,
        reason,
        time: SystemTime::now(),
    })
}

/// Deadlines of files waiting to be quiet. Entries are not removed when a deadline moves or is
/// cancelled; a popped entry counts only if it still matches the file's deadline.
#[derive(Debug, Default)]
pub struct Timers {
    heap: BinaryHeap<Reverse<(Instant, PathBuf)>>,
}

impl Timers {
    pub fn schedule(&mut self, path: PathBuf, at: Instant) {
        self.heap.push(Reverse((at, path)));
    }

    pub fn next(&self) -> Option<Instant> {
        self.heap.peek().map(|Reverse((at, _))| *at)
    }

    /// Removes and returns the entries due by `now`.
    pub fn due(&mut self, now: Instant) -> Vec<(Instant, PathBuf)> {
        let mut out = Vec::new();
        while self.heap.peek().is_some_and(|Reverse((at, _))| *at <= now) {
            if let Some(Reverse(entry)) = self.heap.pop() {
                out.push(entry);
            }
        }
        out
    }

    pub fn clear(&mut self) {
        self.heap.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, ParseError};
    use crate::store::Upsert;

    fn sig() -> Sig {
        Sig {
            len: 10,
            mtime: SystemTime::UNIX_EPOCH,
            ino: 1,
        }
    }

    fn line(n: usize) -> Option<Position> {
        Some(Position::Line(n))
    }

    fn ok(
        path: &Path,
        line: Option<Position>,
    ) -> (Option<Position>, crate::ingest::reader::Parsed) {
        let a = Article {
            headline: "h".into(),
            ..Article::default()
        };
        (
            line,
            Ok(Box::new(Upsert::new(
                path.into(),
                line,
                a,
                SystemTime::UNIX_EPOCH,
                true,
            ))),
        )
    }

    type Entries = Vec<(Option<Position>, crate::ingest::reader::Parsed)>;

    fn read(entries: Entries, quiet_in: Duration) -> Outcome {
        read_lines(Vec::new(), entries, None, quiet_in)
    }

    fn read_lines(
        withdrawn: Vec<usize>,
        entries: Entries,
        retain: Option<Vec<Option<Position>>>,
        quiet_in: Duration,
    ) -> Outcome {
        Outcome::Read(Box::new(ReadResult {
            sig: sig(),
            withdrawn,
            entries,
            retain,
            tail: None,
            reset: true,
            partial: false,
            more: false,
            quiet_in,
        }))
    }

    fn kinds(changes: &[Change]) -> Vec<&'static str> {
        changes
            .iter()
            .map(|c| match c {
                Change::Upsert(_) => "upsert",
                Change::Retain { .. } => "retain",
                Change::Remove { .. } => "remove",
                Change::Error(_) => "error",
                Change::ClearErrors { .. } => "clear",
                Change::Withdraw { .. } => "withdraw",
            })
            .collect()
    }

    #[test]
    fn failure_before_quiet_is_retried_not_reported() {
        let path = Path::new("a.json");
        let settle = Duration::from_secs(2);
        let now = Instant::now();
        let mut st = FileState::new(FileKind::Json);
        st.last_event = Some(now);
        let mut out = Vec::new();
        let bad = vec![(None, Err(ParseError::Empty))];
        assert!(st.conclude(
            path,
            read(bad.clone(), Duration::ZERO),
            now,
            settle,
            &mut out
        ));
        assert!(out.is_empty());
        assert_eq!(st.deadline, Some(now + settle));

        let later = now + settle;
        assert!(st.conclude(path, read(bad, Duration::ZERO), later, settle, &mut out));
        assert_eq!(kinds(&out), ["error"]);

        out.clear();
        st.conclude(
            path,
            read(vec![ok(path, None)], Duration::ZERO),
            later,
            settle,
            &mut out,
        );
        assert_eq!(kinds(&out), ["clear", "upsert"]);

        out.clear();
        let refused = Outcome::Refused {
            err: ParseError::NotRegular { kind: "a FIFO" },
            sig: None,
        };
        st.conclude(path, refused, later, settle, &mut out);
        assert_eq!(kinds(&out), ["retain", "error"]);

        out.clear();
        assert!(!st.conclude(path, Outcome::Gone, later, settle, &mut out));
        assert_eq!(kinds(&out), ["remove"]);
    }

    /// A rewritten `.jsonl`: a line that went bad is withdrawn before its error, and once the
    /// rewrite is whole only the lines holding articles stay.
    #[test]
    fn jsonl_rewrite_withdraws_and_retains() {
        let path = Path::new("f.jsonl");
        let settle = Duration::from_secs(2);
        let now = Instant::now();
        let mut st = FileState::new(FileKind::Lines);
        let mut out = Vec::new();
        st.conclude(
            path,
            read(vec![ok(path, line(1)), ok(path, line(2))], Duration::ZERO),
            now,
            settle,
            &mut out,
        );
        assert_eq!(kinds(&out), ["upsert", "upsert"]);
        out.clear();
        st.conclude(
            path,
            read_lines(
                vec![2],
                vec![(line(2), Err(ParseError::Empty))],
                Some(vec![line(1)]),
                Duration::from_secs(1),
            ),
            now,
            settle,
            &mut out,
        );
        assert_eq!(kinds(&out), ["withdraw", "error", "retain"]);
        match &out[2] {
            Change::Retain { lines, .. } => assert_eq!(lines, &[line(1)]),
            other => panic!("{other:?}"),
        }
        out.clear();
        // Read again from the start with line 2 fixed: its error is cleared first.
        st.conclude(
            path,
            read_lines(Vec::new(), vec![ok(path, line(2))], None, Duration::ZERO),
            now,
            settle,
            &mut out,
        );
        assert_eq!(kinds(&out), ["clear", "upsert"]);
    }

    #[test]
    fn a_document_rewritten_with_fewer_items_keeps_only_those() {
        let path = Path::new("feed.xml");
        let settle = Duration::from_secs(2);
        let now = Instant::now();
        let mut st = FileState::new(FileKind::Json);
        let mut out = Vec::new();
        let photo = ParseError::NotText {
            kind: "photo".into(),
        };
        st.conclude(
            path,
            read(
                vec![ok(path, line(1)), (line(2), Err(photo)), ok(path, line(3))],
                Duration::from_secs(1),
            ),
            now,
            settle,
            &mut out,
        );
        // Item errors of a document that parsed are reported at once, not retried.
        assert_eq!(kinds(&out), ["upsert", "error", "upsert"]);
        out.clear();
        st.conclude(
            path,
            read(vec![ok(path, None)], Duration::ZERO),
            now,
            settle,
            &mut out,
        );
        assert_eq!(kinds(&out), ["clear", "retain", "upsert"]);
        match &out[1] {
            Change::Retain { lines, .. } => assert_eq!(lines, &[None]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn timers_pop_in_order() {
        let now = Instant::now();
        let mut t = Timers::default();
        t.schedule("b".into(), now + Duration::from_secs(2));
        t.schedule("a".into(), now + Duration::from_secs(1));
        assert_eq!(t.next(), Some(now + Duration::from_secs(1)));
        let due = t.due(now + Duration::from_secs(1));
        assert_eq!(
            due,
            vec![(now + Duration::from_secs(1), PathBuf::from("a"))]
        );
        assert_eq!(t.next(), Some(now + Duration::from_secs(2)));
    }
}
