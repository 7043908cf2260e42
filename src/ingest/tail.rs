//! Tailing a JSON Lines file: each read picks up where the last one stopped, so appending to a
//! long file costs what was appended, whatever the file's size or the unfinished line's length.
//!
//! - The size cap applies to each line, never to the feed: a line over it is an error of its
//!   own, its bytes skipped unkept.
//! - An unfinished last line waits for its newline, its bytes kept so far. Once the file is
//!   quiet it is offered as it stands (a writer that ends without a newline); should more of it
//!   come, it is read again, and what the early read said is withdrawn if it no longer holds.
//! - Each line that gave an article is remembered by a hash: a file rewritten in place or
//!   replaced is read from the start, but its unchanged lines are neither parsed again nor
//!   taken for new arrivals; lines past its new end go once the file is whole.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use crate::article::{open_regular, parse_jsonl_line, Entry, LineEntries, ParseError, Position};

use super::scan::Sig;

/// How many bytes before the resume point are compared to tell an append from a rewrite.
const CHECK_LEN: usize = 64;
/// Most bytes taken in by one read: a long feed is read in steps, each handed on as it comes,
/// so no read holds more than this (and the line in progress) in memory.
pub const READ_STEP: usize = 4 << 20;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TailState {
    /// Where the line in progress starts: every byte before it belongs to a finished line.
    offset: u64,
    /// Where the next read starts: past the bytes of the line in progress seen so far.
    pos: u64,
    /// The line in progress's number.
    next_line: usize,
    /// Its bytes so far, unless it is over the cap.
    pending: Vec<u8>,
    /// It is over the cap: its length so far (its bytes are not kept).
    oversize: Option<u64>,
    /// It was offered as complete while the file was quiet, at this length.
    offered: Option<u64>,
    /// The last bytes before `pos` as they were read: a file rewritten in place no longer has
    /// them there, and is read again from the start.
    check: Vec<u8>,
    ino: u64,
    /// By line number from 1: the hash of a line that gave an article (never 0), 0 otherwise.
    lines: Vec<u64>,
    /// Read from the start again, and not yet whole since: lines past `next_line` may be left
    /// from the version before.
    rewritten: bool,
}

#[derive(Debug)]
pub struct TailRead {
    /// Lines whose earlier article or error no longer holds, to be withdrawn before `entries`.
    pub withdrawn: Vec<usize>,
    /// Lines read (new or changed), in order.
    pub entries: Vec<Entry>,
    /// After a rewrite, once the file is whole: the lines that hold articles now, in order; any
    /// others the file had go.
    pub retain: Option<Vec<Option<Position>>>,
    pub state: TailState,
    /// Read from the start: the file was rewritten, replaced or truncated (or is new to us).
    pub reset: bool,
    /// A line waits for its newline and has not been offered yet: look again once quiet.
    pub partial: bool,
    /// The read stopped after [`READ_STEP`] bytes: read on at once.
    pub more: bool,
    /// Bytes read from the file: what was appended, and the few before it that tell an append
    /// from a rewrite.
    pub bytes_read: u64,
}

/// What a read may assume about the file.
#[derive(Debug, Clone, Copy)]
pub struct Moment {
    /// Quiet for the settle time: an unfinished last line is offered as it stands.
    pub quiet: bool,
    /// Written and closed (or renamed in, or found by a scan): a rewrite read to the end of the
    /// file is the whole new version.
    pub whole: bool,
}

/// Reads what is new in the file whose current version is `sig`, each line capped at
/// `max_line` bytes.
pub fn read(
    path: &Path,
    max_line: u64,
    prev: Option<TailState>,
    sig: Sig,
    moment: Moment,
) -> Result<TailRead, ParseError> {
    let (mut file, meta) = open_regular(path)?;
    let io = |e: std::io::Error| ParseError::io(&e);
    let len = meta.len();
    let mut bytes_read = 0u64;
    let mut resumed = None;
    if let Some(prev) = prev {
        let appended = prev.ino == sig.ino && prev.pos <= len && {
            let mut before = vec![0; prev.check.len()];
            file.seek(SeekFrom::Start(prev.pos - before.len() as u64))
                .map_err(io)?;
            let same = file.read_exact(&mut before).is_ok() && before == prev.check;
            bytes_read += before.len() as u64;
            same
        };
        resumed = Some((prev, appended));
    }
    let reset = !matches!(resumed, Some((_, true)));
    let mut state = match resumed {
        Some((prev, true)) => prev,
        Some((prev, false)) => TailState {
            ino: sig.ino,
            next_line: 1,
            rewritten: true,
            lines: prev.lines,
            ..TailState::default()
        },
        None => TailState {
            ino: sig.ino,
            next_line: 1,
            ..TailState::default()
        },
    };
    file.seek(SeekFrom::Start(state.pos)).map_err(io)?;
    let mut buf = Vec::with_capacity(READ_STEP.min((len - state.pos.min(len)) as usize + 1));
    file.take(READ_STEP as u64)
        .read_to_end(&mut buf)
        .map_err(io)?;
    bytes_read += buf.len() as u64;
    let more = buf.len() == READ_STEP;
    let mut out = Lines {
        max_line,
        withdrawn: Vec::new(),
        entries: LineEntries::default(),
    };
    state.take(&buf, &mut out);
    if moment.quiet && !more {
        state.offer(&mut out);
    }
    let mut retain = None;
    if state.rewritten && !more && (moment.whole || moment.quiet) {
        retain = Some(state.whole());
    }
    let partial = state.waiting();
    Ok(TailRead {
        withdrawn: out.withdrawn,
        entries: out.entries.finish(),
        retain,
        state,
        reset,
        partial,
        more,
        bytes_read,
    })
}

/// What one read found, line by line.
struct Lines {
    max_line: u64,
    withdrawn: Vec<usize>,
    entries: LineEntries,
}

impl TailState {
    /// Read from the start again and not yet seen whole: a read once the file is quiet ends it.
    pub fn is_rewriting(&self) -> bool {
        self.rewritten
    }

    /// Takes in bytes read from `pos` on: finished lines are judged, the rest kept for later.
    fn take(&mut self, buf: &[u8], out: &mut Lines) {
        let mut start = 0;
        while let Some(nl) = buf[start..].iter().position(|&b| b == b'\n') {
            let piece = &buf[start..start + nl];
            let size = self.oversize.unwrap_or(self.pending.len() as u64) + piece.len() as u64;
            if size > out.max_line {
                self.pending = Vec::new();
                self.finish(Err(size), out);
            } else if self.pending.is_empty() {
                self.finish(Ok(piece), out);
            } else {
                let mut line = std::mem::take(&mut self.pending);
                line.extend_from_slice(piece);
                self.finish(Ok(&line), out);
            }
            start += nl + 1;
            self.offset = self.pos + start as u64;
        }
        let rest = &buf[start..];
        match &mut self.oversize {
            Some(size) => *size += rest.len() as u64,
            None if (self.pending.len() + rest.len()) as u64 > out.max_line => {
                self.oversize = Some((self.pending.len() + rest.len()) as u64);
                self.pending = Vec::new();
            }
            None => self.pending.extend_from_slice(rest),
        }
        self.pos += buf.len() as u64;
        let keep = buf.len().min(CHECK_LEN);
        if keep < CHECK_LEN {
            let old = self.check.len().saturating_sub(CHECK_LEN - keep);
            self.check.drain(..old);
        } else {
            self.check.clear();
        }
        self.check.extend_from_slice(&buf[buf.len() - keep..]);
    }

    /// The line in progress, ended by a newline: `Ok(bytes)`, or `Err(size)` over the cap.
    fn finish(&mut self, line: Result<&[u8], u64>, out: &mut Lines) {
        let number = self.next_line;
        self.judge(number, line, out);
        self.next_line += 1;
        self.oversize = None;
        self.offered = None;
    }

    /// How long the line in progress is so far.
    fn pending_len(&self) -> u64 {
        self.oversize.unwrap_or(self.pending.len() as u64)
    }

    /// A line waits for its newline, and has not been offered as it stands now.
    fn waiting(&self) -> bool {
        let len = self.pending_len();
        len > 0 && self.offered != Some(len)
    }

    /// The file is quiet: a last line without its newline is read as it stands, unless it was
    /// already, at this length.
    fn offer(&mut self, out: &mut Lines) {
        if !self.waiting() {
            return;
        }
        let len = self.pending_len();
        let number = self.next_line;
        let pending = std::mem::take(&mut self.pending);
        match self.oversize {
            Some(size) => self.judge(number, Err(size), out),
            None => self.judge(number, Ok(&pending), out),
        }
        self.pending = pending;
        self.offered = Some(len);
    }

    /// Line `number` reads `line` now: unchanged lines that gave an article say nothing; others
    /// are parsed, and what the line said before is withdrawn when the answer changes kind.
    fn judge(&mut self, number: usize, line: Result<&[u8], u64>, out: &mut Lines) {
        let index = number - 1;
        if self.lines.len() <= index {
            self.lines.resize(index + 1, 0);
        }
        let before = self.lines[index];
        // An early read of this line that failed left an error to take back.
        let early_error = self.offered.is_some() && before == 0;
        let (hash, entry) = match line {
            Ok(bytes) => {
                let hash = line_hash(bytes);
                if hash == before {
                    return;
                }
                match parse_jsonl_line(bytes, number) {
                    None => (0, None),
                    Some(entry) if entry.result.is_ok() => (hash, Some(entry)),
                    Some(entry) => (0, Some(entry)),
                }
            }
            Err(size) => (
                0,
                Some(Entry {
                    position: Some(Position::Line(number)),
                    format: None,
                    result: Err(ParseError::LineTooLarge {
                        size,
                        cap: out.max_line,
                    }),
                }),
            ),
        };
        self.lines[index] = hash;
        let now_ok = hash != 0;
        if (before != 0 && !now_ok) || (early_error && entry.is_some()) {
            out.withdrawn.push(number);
        }
        if let Some(entry) = entry {
            out.entries.push(entry);
        }
    }

    /// A rewrite has been read to the end of the whole file: what is left past its end goes.
    /// Returns the lines that hold articles.
    fn whole(&mut self) -> Vec<Option<Position>> {
        let keep = self.next_line - 1 + usize::from(self.offered.is_some());
        self.lines.truncate(keep);
        self.rewritten = false;
        self.lines
            .iter()
            .enumerate()
            .filter(|(_, &h)| h != 0)
            .map(|(i, _)| Some(Position::Line(i + 1)))
            .collect()
    }
}

/// Never 0, which marks a line without an article.
fn line_hash(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    h.write(bytes);
    h.finish() | 1
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

    const BUSY: Moment = Moment {
        quiet: false,
        whole: false,
    };
    const QUIET: Moment = Moment {
        quiet: true,
        whole: true,
    };

    fn lines(read: &TailRead) -> Vec<(Option<usize>, bool)> {
        read.entries
            .iter()
            .map(|e| (e.position.map(Position::number), e.result.is_ok()))
            .collect()
    }

    fn tail(path: &Path, prev: Option<TailState>, moment: Moment) -> TailRead {
        read(path, 1 << 20, prev, sig(path), moment).unwrap()
    }

    fn append(path: &Path, bytes: &[u8]) {
        let mut f = fs::OpenOptions::new().append(true).open(path).unwrap();
        f.write_all(bytes).unwrap();
    }

    const A: &str = "{\"titr\":\"one\"}\n";
    const B: &str = "{\"titr\":\"two\"}\n";

    #[test]
    fn appends_partial_lines_and_rewrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        fs::write(&path, format!("{A}\n{B}{{\"titr\":")).unwrap();
        let first = tail(&path, None, BUSY);
        assert!(first.reset && first.partial);
        assert_eq!(lines(&first), [(Some(1), true), (Some(3), true)]);

        append(&path, b"\"three\"}\nnot json\n");
        let second = tail(&path, Some(first.state), BUSY);
        assert!(!second.reset && !second.partial);
        assert_eq!(lines(&second), [(Some(4), true), (Some(5), false)]);

        fs::write(&path, format!("{B}{A}{A}{A}{A}{A}")).unwrap();
        let third = tail(&path, Some(second.state), QUIET);
        assert!(
            third.reset,
            "different bytes before the resume point: read again"
        );
        // Every line differs from the one it replaces.
        assert_eq!(third.entries.len(), 6);
        assert_eq!(third.withdrawn, Vec::<usize>::new());
        let kept: Vec<_> = (1..=6).map(|n| Some(Position::Line(n))).collect();
        assert_eq!(third.retain, Some(kept));
    }

    #[test]
    fn last_line_without_newline_counts_once_quiet() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        fs::write(&path, format!("{A}{{\"titr\":\"x\"}}")).unwrap();
        let quiet = tail(&path, None, QUIET);
        assert_eq!(lines(&quiet), [(Some(1), true), (Some(2), true)]);
        assert!(!quiet.partial);
        // Its newline changes nothing; the next line is line 3.
        append(&path, format!("\n{B}").as_bytes());
        let next = tail(&path, Some(quiet.state), BUSY);
        assert_eq!(lines(&next), [(Some(3), true)]);
        assert!(next.withdrawn.is_empty());
    }

    /// Issue 13.2: a record written in two chunks with the file quiet in between: the early
    /// read's error is withdrawn and the completed line read.
    #[test]
    fn an_unfinished_line_offered_early_is_read_again_when_complete() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        fs::write(&path, format!("{A}{{\"titr\":\"tw")).unwrap();
        let early = tail(&path, None, QUIET);
        assert_eq!(lines(&early), [(Some(1), true), (Some(2), false)]);
        // Offered once: quiet again with nothing new reads nothing.
        let again = tail(&path, Some(early.state), QUIET);
        assert!(again.entries.is_empty() && !again.partial);
        // More of it, still unfinished: looked at again once quiet.
        append(&path, b"o");
        let more = tail(&path, Some(again.state), BUSY);
        assert!(more.entries.is_empty() && more.partial);
        let still = tail(&path, Some(more.state), QUIET);
        assert_eq!(still.withdrawn, [2], "the early error is replaced");
        assert_eq!(lines(&still), [(Some(2), false)]);
        append(&path, b"\"}\n");
        let done = tail(&path, Some(still.state), BUSY);
        assert_eq!(done.withdrawn, [2]);
        assert_eq!(lines(&done), [(Some(2), true)]);
        // What was appended, and what was there before it to tell an append from a rewrite.
        assert_eq!(done.bytes_read, (3 + A.len() + 12) as u64);
    }

    /// An early read that gave an article, then more of the line that spoils it.
    #[test]
    fn an_early_article_is_withdrawn_when_its_line_goes_bad() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        fs::write(&path, "{\"titr\":\"x\"}").unwrap();
        let early = tail(&path, None, QUIET);
        assert_eq!(lines(&early), [(Some(1), true)]);
        append(&path, b" trailing junk\n");
        let done = tail(&path, Some(early.state), BUSY);
        assert_eq!(done.withdrawn, [1]);
        assert_eq!(lines(&done), [(Some(1), false)]);
    }

    /// Issue 13.1: the cap is per line; a feed grows past it and keeps every article.
    #[test]
    fn the_cap_applies_to_each_line_not_the_feed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        let long = format!("{{\"titr\":\"{}\"}}\n", "x".repeat(300));
        fs::write(&path, format!("{A}{long}{B}")).unwrap();
        for _ in 0..20 {
            append(&path, A.as_bytes());
        }
        let r = read(&path, 100, None, sig(&path), BUSY).unwrap();
        let all = lines(&r);
        let err = r.entries[1].result.as_ref().unwrap_err().to_string();
        assert_eq!(
            err,
            "line is 311 bytes, over the 100-byte limit (--max-file-size)"
        );
        assert_eq!(all.len(), 23);
        assert_eq!(all.iter().filter(|(_, ok)| *ok).count(), 22);
        assert!(r.state.pending.is_empty() && r.state.oversize.is_none());
    }

    /// Issue 13.10: an unfinished long line is not read again on every append; its bytes are
    /// kept (up to the cap), and a line over the cap is counted, not kept.
    #[test]
    fn an_unfinished_line_is_read_once_however_many_appends() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        fs::write(&path, "{\"titr\":\"").unwrap();
        let mut state = tail(&path, None, BUSY).state;
        let chunk = vec![b'y'; 1000];
        let mut read_total = 0;
        for _ in 0..500 {
            append(&path, &chunk);
            let r = read(&path, 200_000, Some(state), sig(&path), BUSY).unwrap();
            assert!(r.entries.is_empty() && r.partial);
            read_total += r.bytes_read;
            state = r.state;
        }
        // Each append read once, plus the few bytes that tell an append from a rewrite.
        assert!(
            read_total <= 500 * (1000 + CHECK_LEN as u64),
            "{read_total}"
        );
        assert!(state.pending.is_empty(), "over the cap: not kept");
        append(&path, b"\"}\n{\"titr\":\"after\"}\n");
        let r = read(&path, 200_000, Some(state), sig(&path), BUSY).unwrap();
        assert_eq!(lines(&r), [(Some(1), false), (Some(2), true)]);
    }

    /// Issue 13.10: a rewritten file's unchanged lines are not read as new; lines past its new
    /// end go once it is whole.
    #[test]
    fn a_rewrite_reports_only_changed_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        let line = |i: usize| format!("{{\"titr\":\"n{i}\"}}\n");
        let v1: String = (0..100).map(line).collect();
        fs::write(&path, &v1).unwrap();
        let first = tail(&path, None, QUIET);
        assert_eq!(first.entries.len(), 100);
        // Rewritten in place, seen half written, then whole with one line changed and the last
        // ten gone.
        let mut v2: Vec<String> = (0..90).map(line).collect();
        v2[80] = "{\"titr\":\"changed\"}\n".into();
        let v2 = v2.concat();
        fs::write(&path, &v2[..v2.len() / 2]).unwrap();
        let half = tail(&path, Some(first.state), BUSY);
        assert!(half.reset && half.entries.is_empty() && half.retain.is_none());
        fs::write(&path, &v2).unwrap();
        let whole = tail(&path, Some(half.state), QUIET);
        assert_eq!(lines(&whole), [(Some(81), true)]);
        let kept: Vec<_> = (1..=90).map(|n| Some(Position::Line(n))).collect();
        assert_eq!(whole.retain, Some(kept));
    }

    #[test]
    fn truncation_reads_from_the_start() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        fs::write(&path, format!("{A}{B}{A}")).unwrap();
        let first = tail(&path, None, BUSY);
        fs::write(&path, B).unwrap();
        let second = tail(&path, Some(first.state), QUIET);
        assert!(second.reset);
        assert_eq!(lines(&second), [(Some(1), true)]);
        assert_eq!(second.retain, Some(vec![Some(Position::Line(1))]));
    }

    /// A feed longer than one read step is read in steps, none over the step.
    #[test]
    fn long_feeds_are_read_in_steps() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        let line = format!("{{\"titr\":\"{}\"}}\n", "z".repeat(1000));
        let count = READ_STEP / line.len() * 2 + 10;
        fs::write(&path, line.repeat(count)).unwrap();
        let mut state = None;
        let mut got = 0;
        let mut steps = 0;
        loop {
            let r = read(&path, 1 << 20, state.take(), sig(&path), QUIET).unwrap();
            assert!(r.bytes_read <= (READ_STEP + CHECK_LEN) as u64);
            got += r.entries.len();
            steps += 1;
            state = Some(r.state);
            if !r.more {
                break;
            }
        }
        assert_eq!(got, count);
        assert_eq!(steps, 3);
    }
}
