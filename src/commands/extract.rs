//! `newsdesk extract`: every article in the given files and directories as JSON Lines, for
//! scripts and for checking what the dashboard would make of a feed.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

use serde::Serialize;

use crate::article::{read_file, Article, Format, ParseError, Position};
use crate::cli::ExtractArgs;
use crate::extract::{figures, Figure};
use crate::ingest::load::article_files;
use crate::terminal::escape_controls_from;

#[derive(Serialize)]
struct Record<'a> {
    path: &'a str,
    /// The line of a JSON Lines file.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    /// The item of a multi-item file (a NewsML-G2 message, a JSON array).
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<Format>,
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    article: Option<&'a Article>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metrics: Option<Vec<Figure>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Exit status as the CLI promises: 0 when every article parsed, 1 when any did not. Items that
/// are recognised as not text (photos, video, events, ...) are reported but are no failure.
///
/// Files are read, parsed and measured on every core, and printed in the order given: each
/// worker renders [`CHUNK`] files at a time into buffers, and this thread writes the buffers
/// in turn and renders chunks itself between writes (a writer of its own, asleep most of the
/// time, was woken once a file: on one core, a switch there and back per file). Workers run at
/// most [`AHEAD`] files ahead of the writer, so a slow file (or a slow reader of the output)
/// holds memory to a few files' worth.
pub fn run(args: &ExtractArgs, out: &mut impl Write) -> io::Result<i32> {
    let files = expand(&args.paths);
    let helpers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().div_ceil(CHUNK))
        .saturating_sub(1);
    let next = AtomicUsize::new(0);
    let gate = Gate::default();
    let (tx, rx) = mpsc::channel::<(usize, Vec<Rendered>)>();
    let chunk = |start: usize| {
        let end = (start + CHUNK).min(files.len());
        files[start..end].iter().map(|f| render(f, args)).collect()
    };
    std::thread::scope(|scope| {
        for _ in 0..helpers {
            let tx = tx.clone();
            let (next, gate, files, chunk) = (&next, &gate, &files, &chunk);
            scope.spawn(move || loop {
                let start = next.fetch_add(CHUNK, Ordering::Relaxed);
                if start >= files.len() || !gate.wait_for(start) {
                    return;
                }
                if tx.send((start, chunk(start))).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        let mut work = |at: usize| {
            if next.load(Ordering::Relaxed) >= (at + AHEAD).min(files.len()) {
                return None;
            }
            let start = next.fetch_add(CHUNK, Ordering::Relaxed);
            (start < files.len()).then(|| (start, chunk(start)))
        };
        let result = write_in_order(files.len(), &rx, &mut work, &gate, out);
        // On a write error the workers must not wait for a writer that is gone.
        gate.stop();
        let failed = result?;
        out.flush()?;
        Ok(i32::from(failed))
    })
}

/// Files a worker takes at once: fewer trips to the shared counter, the channel and the
/// writer's queue than one at a time (an article takes 0.1 ms on average, so a trip a file was
/// a cost of its own), and few enough that the cores finish together.
const CHUNK: usize = 8;

/// Files a worker may run ahead of the writer.
const AHEAD: usize = 64;

/// How far the writer has got, for workers waiting to run ahead. Workers seldom wait, so the
/// count is an atomic and the lock is taken only by a worker about to wait and by the writer
/// when one is: a lock per file cost more than a twentieth of a run on two cores. The count
/// and the waiters are both `SeqCst`, so either the writer sees a waiter or the waiter sees
/// the new count before it sleeps.
#[derive(Default)]
struct Gate {
    written: AtomicUsize,
    waiters: AtomicUsize,
    lock: Mutex<()>,
    moved: Condvar,
    stop: AtomicBool,
}

impl Gate {
    /// Waits until file `i` is within [`AHEAD`] of the writer; false when the run is over.
    fn wait_for(&self, i: usize) -> bool {
        let ready =
            || i < self.written.load(Ordering::SeqCst) + AHEAD || self.stop.load(Ordering::SeqCst);
        if !ready() {
            let mut guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
            self.waiters.fetch_add(1, Ordering::SeqCst);
            while !ready() {
                guard = self.moved.wait(guard).unwrap_or_else(|e| e.into_inner());
            }
            self.waiters.fetch_sub(1, Ordering::SeqCst);
        }
        !self.stop.load(Ordering::SeqCst)
    }

    /// The writer has written `at` files.
    fn advance(&self, at: usize) {
        self.written.store(at, Ordering::SeqCst);
        self.wake();
    }

    fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        self.wake();
    }

    fn wake(&self) {
        if self.waiters.load(Ordering::SeqCst) > 0 {
            let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
            self.moved.notify_all();
        }
    }
}

/// Writes each of the `count` files' records in file order, as chunks of them come in from the
/// workers or from `work` (which renders the next chunk, if one is within reach of `at` files
/// written); whether any record failed. Chunks start at multiples of [`CHUNK`].
fn write_in_order(
    count: usize,
    rx: &mpsc::Receiver<(usize, Vec<Rendered>)>,
    work: &mut impl FnMut(usize) -> Option<(usize, Vec<Rendered>)>,
    gate: &Gate,
    out: &mut impl Write,
) -> io::Result<bool> {
    let mut waiting = BTreeMap::new();
    let (mut at, mut failed) = (0, false);
    while at < count {
        waiting.extend(rx.try_iter());
        while let Some(chunk) = waiting.remove(&at) {
            for rendered in chunk {
                let (bytes, bad) = rendered?;
                out.write_all(&bytes)?;
                failed |= bad;
                at += 1;
            }
            gate.advance(at);
        }
        if at >= count {
            break;
        }
        if let Some((start, chunk)) = work(at) {
            waiting.insert(start, chunk);
            continue;
        }
        // Every chunk claimed and not yet here is a worker's, and it will send it (the one
        // at `at` among them: a worker waits at the gate only for files past `at + AHEAD`).
        match rx.recv() {
            Ok((start, chunk)) => {
                waiting.insert(start, chunk);
            }
            Err(_) => break,
        }
    }
    Ok(failed)
}

/// One file's records as JSON Lines, and whether any of them failed.
type Rendered = io::Result<(Vec<u8>, bool)>;

fn render(path: &Path, args: &ExtractArgs) -> Rendered {
    let shown = path.to_string_lossy();
    // Most files' records come to less than this: grown from nothing, the buffer was
    // reallocated and copied several times a file.
    let mut out = Vec::with_capacity(32 * 1024);
    let mut failed = false;
    for entry in read_file(path, args.max_file_size) {
        let (line, item) = match entry.position {
            Some(Position::Line(n)) => (Some(n), None),
            Some(Position::Item(n)) => (None, Some(n)),
            None => (None, None),
        };
        let record = match &entry.result {
            Ok(article) => Record {
                path: &shown,
                line,
                item,
                format: entry.format,
                ok: true,
                article: Some(article),
                metrics: Some(figures(article)),
                error: None,
            },
            Err(e) => {
                failed |= !matches!(e, ParseError::NotText { .. });
                Record {
                    path: &shown,
                    line,
                    item,
                    format: entry.format,
                    ok: false,
                    article: None,
                    metrics: None,
                    error: Some(e.to_string()),
                }
            }
        };
        write_record(&mut out, &record, args.pretty)?;
    }
    Ok((out, failed))
}

/// One record as a line (or, `pretty`, a block) of JSON, with control and bidi characters
/// from file names and text escaped: serde_json leaves U+009B and U+202E raw.
fn write_record(out: &mut Vec<u8>, record: &Record, pretty: bool) -> io::Result<()> {
    let start = out.len();
    if pretty {
        serde_json::to_writer_pretty(&mut *out, record)
    } else {
        serde_json::to_writer(&mut *out, record)
    }?;
    escape_controls_from(out, start);
    out.push(b'\n');
    Ok(())
}

/// Directories are read one level deep, article files only, in name order so output is stable;
/// anything else named on the command line is read as given (and reported if unreadable).
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if !path.is_dir() {
            out.push(path.clone());
            continue;
        }
        match article_files(path) {
            Ok(files) => out.extend(files),
            // Reported by read_file, which names the reason.
            Err(_) => out.push(path.clone()),
        }
    }
    out
}
