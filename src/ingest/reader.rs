//! The worker pool: reading and parsing files, and everything derived from an article that the
//! store keeps, happen here, off both the watcher's thread and the app's.

use std::any::Any;
use std::fs;
use std::io::ErrorKind;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use crossbeam_channel::{Receiver, Sender};

use crate::article::{
    check_metadata, parse_document, read_regular, FileKind, ParseError, Position,
};

use super::scan::Sig;
use super::tail::{self, Moment, TailState};
use crate::store::Upsert;

#[derive(Debug)]
pub struct Job {
    pub path: PathBuf,
    pub kind: FileKind,
    /// Where the last read of a `.jsonl` file stopped (moved here for the read, and back).
    pub tail: Option<TailState>,
    pub live: bool,
    /// The file was closed after writing, renamed in, or found by a scan: what is there is a
    /// version, not a write in progress.
    pub whole: bool,
}

#[derive(Debug)]
pub struct Done {
    pub path: PathBuf,
    /// The job's own flags, for a read that goes on in steps.
    pub live: bool,
    pub whole: bool,
    pub outcome: Outcome,
}

#[derive(Debug)]
pub enum Outcome {
    /// No file by that name any more.
    Gone,
    /// The file is not one to read at all (not regular, over the cap, unreadable): final.
    Refused {
        err: ParseError,
        sig: Option<Sig>,
    },
    Read(Box<ReadResult>),
    /// Reading panicked (a bug, not the file's fault): the file is listed as unreadable with
    /// the panic's message, and the worker goes on with the next job.
    Panicked {
        message: String,
        sig: Option<Sig>,
    },
}

pub type Parsed = Result<Box<Upsert>, ParseError>;

#[derive(Debug)]
pub struct ReadResult {
    pub sig: Sig,
    /// `.jsonl`: lines whose earlier article or error no longer holds, before `entries`.
    pub withdrawn: Vec<usize>,
    pub entries: Vec<(Option<Position>, Parsed)>,
    /// `.jsonl` rewritten and now read whole: the lines holding articles; the rest go.
    pub retain: Option<Vec<Option<Position>>>,
    pub tail: Option<TailState>,
    /// Read from the start (always so for a whole document).
    pub reset: bool,
    /// A `.jsonl` file ends in a line still waiting for its newline.
    pub partial: bool,
    /// A `.jsonl` read stopped after one step: there is more to read at once.
    pub more: bool,
    /// How much longer until the file's modification time is a settle time old; zero when it is.
    pub quiet_in: Duration,
}

pub struct Pool {
    jobs: Option<Sender<Job>>,
    threads: Vec<JoinHandle<()>>,
}

/// What a worker does with a job; it notes the version it found as soon as it knows it, so a
/// panic after that still leaves the file's version on record.
pub(super) type Reader = dyn Fn(Job, &mut Option<Sig>) -> Outcome + Send + Sync;

impl Pool {
    pub fn start(workers: usize, max_size: u64, settle: Duration, done: Sender<Done>) -> Pool {
        #[cfg(debug_assertions)]
        let inject = std::env::var("NEWSDESK_TEST_PANIC").is_ok_and(|t| t == "reader");
        Pool::start_with(
            workers,
            done,
            Arc::new(move |job, sig: &mut Option<Sig>| {
                #[cfg(debug_assertions)]
                injected_panic(inject, &job.path);
                read(job, max_size, settle, sig)
            }),
        )
    }

    pub(super) fn start_with(workers: usize, done: Sender<Done>, reader: Arc<Reader>) -> Pool {
        let (jobs, rx) = crossbeam_channel::unbounded::<Job>();
        let threads = (0..workers.max(1))
            .map(|i| {
                let rx: Receiver<Job> = rx.clone();
                let done = done.clone();
                let reader = Arc::clone(&reader);
                std::thread::Builder::new()
                    // The panic hook (terminal) knows readers by this name: their panics are
                    // caught here, so it logs them and lets the process go on.
                    .name(format!("ingest-read-{i}"))
                    .spawn(move || {
                        for job in rx {
                            let (path, live, whole) = (job.path.clone(), job.live, job.whole);
                            let outcome = run_caught(&*reader, job);
                            let done_job = Done {
                                path,
                                live,
                                whole,
                                outcome,
                            };
                            if done.send(done_job).is_err() {
                                break;
                            }
                        }
                    })
                    .expect("spawning an ingest worker thread")
            })
            .collect();
        Pool {
            jobs: Some(jobs),
            threads,
        }
    }

    pub fn submit(&self, job: Job) {
        if let Some(jobs) = &self.jobs {
            // The workers only go away with the pool itself.
            let _ = jobs.send(job);
        }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        self.jobs = None;
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// The default pool size: the cores, leaving the app its own, and never more than four (reading
/// is mostly waiting on the disk and the watcher coalesces the rest).
pub fn default_workers() -> usize {
    std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4)
}

/// Runs one job, turning a panic into [`Outcome::Panicked`] so that its file is not left in
/// flight and the pool keeps its worker. Nothing the job touched outlives it but the version
/// noted, hence `AssertUnwindSafe`.
fn run_caught(reader: &Reader, job: Job) -> Outcome {
    let path = job.path.clone();
    let mut sig = None;
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| reader(job, &mut sig)));
    outcome.unwrap_or_else(|payload| {
        let message = panic_message(&*payload);
        tracing::error!(path = %path.display(), %message, "ingest reader panicked; file listed as unreadable");
        Outcome::Panicked { message, sig }
    })
}

/// Debug builds only: with `NEWSDESK_TEST_PANIC=reader` set, reading a file whose name starts
/// with `inject-panic` panics, so the end-to-end tests can see what a reader's panic leaves
/// behind (the runtime injects panics on its own threads the same way).
#[cfg(debug_assertions)]
fn injected_panic(inject: bool, path: &Path) {
    let named = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with("inject-panic"));
    if inject && named {
        panic!("injected panic on an ingest reader (NEWSDESK_TEST_PANIC)");
    }
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_string()
    }
}

fn read(job: Job, max_size: u64, settle: Duration, seen: &mut Option<Sig>) -> Outcome {
    let meta = match fs::metadata(&job.path) {
        Ok(meta) => meta,
        Err(e) => return missing_or_refused(&job.path, ParseError::io(&e), &e),
    };
    let sig = Sig::of(&meta);
    *seen = Some(sig);
    // JSON Lines: the cap applies to each line (the tail checks it), never to a feed's total.
    let cap = match job.kind {
        FileKind::Json => max_size,
        FileKind::Lines => u64::MAX,
    };
    if let Err(err) = check_metadata(&meta, cap) {
        return Outcome::Refused {
            err,
            sig: Some(sig),
        };
    }
    // A modification time in the future (a skewed clock on a file server) says nothing about
    // quiet; the watcher's own event times still do.
    let quiet_in = SystemTime::now()
        .duration_since(sig.mtime)
        .map_or(Duration::ZERO, |age| settle.saturating_sub(age));
    let upsert = |line, result: Result<_, ParseError>| -> (Option<Position>, Parsed) {
        (
            line,
            result.map(|a| Box::new(Upsert::new(job.path.clone(), line, a, sig.mtime, job.live))),
        )
    };
    match job.kind {
        FileKind::Json => match read_regular(&job.path, max_size, 0) {
            Ok(bytes) => Outcome::Read(Box::new(ReadResult {
                sig,
                withdrawn: Vec::new(),
                entries: {
                    let parsed = parse_document(&bytes);
                    // A file may be megabytes: its bytes go before the articles are cut to
                    // size and their figures found (issue 13, peak memory with huge files).
                    drop(bytes);
                    parsed
                        .into_iter()
                        .map(|e| upsert(e.position, e.result))
                        .collect()
                },
                retain: None,
                tail: None,
                reset: true,
                partial: false,
                more: false,
                quiet_in,
            })),
            Err(e) => vanished_or(&job.path, e, Some(sig)),
        },
        FileKind::Lines => {
            let moment = Moment {
                quiet: quiet_in.is_zero(),
                whole: job.whole,
            };
            match tail::read(&job.path, max_size, job.tail, sig, moment) {
                Ok(read) => {
                    tracing::trace!(
                        path = %job.path.display(),
                        bytes = read.bytes_read,
                        lines = read.entries.len(),
                        "tailed"
                    );
                    Outcome::Read(Box::new(ReadResult {
                        sig,
                        withdrawn: read.withdrawn,
                        entries: read
                            .entries
                            .into_iter()
                            .map(|e| upsert(e.position, e.result))
                            .collect(),
                        retain: read.retain,
                        tail: Some(read.state),
                        reset: read.reset,
                        partial: read.partial,
                        more: read.more,
                        quiet_in,
                    }))
                }
                Err(e) => vanished_or(&job.path, e, Some(sig)),
            }
        }
    }
}

/// A failed read of a file that is no longer there is its removal, not an error.
fn vanished_or(path: &Path, err: ParseError, sig: Option<Sig>) -> Outcome {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == ErrorKind::NotFound => Outcome::Gone,
        Ok(meta) => Outcome::Refused {
            err,
            sig: sig.or(Some(Sig::of(&meta))),
        },
        Err(_) => Outcome::Refused { err, sig },
    }
}

fn missing_or_refused(path: &Path, err: ParseError, io: &std::io::Error) -> Outcome {
    if io.kind() == ErrorKind::NotFound {
        // A dangling symlink is there, and worth an error entry.
        vanished_or(path, err, None)
    } else {
        Outcome::Refused { err, sig: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(name: &str) -> Job {
        Job {
            path: PathBuf::from(name),
            kind: FileKind::Json,
            tail: None,
            live: true,
            whole: true,
        }
    }

    /// A job that panics comes back as an outcome naming the panic, with the version it had
    /// found, and the worker takes the next job.
    #[test]
    fn a_panicking_job_is_caught_and_the_worker_goes_on() {
        let (done_tx, done) = crossbeam_channel::unbounded();
        let reader: Arc<Reader> = Arc::new(|job: Job, sig: &mut Option<Sig>| {
            if job.path == Path::new("boom.json") {
                *sig = Some(Sig {
                    len: 3,
                    mtime: SystemTime::UNIX_EPOCH,
                    ino: 9,
                });
                panic!("index out of bounds in {}", job.path.display());
            }
            Outcome::Gone
        });
        let pool = Pool::start_with(1, done_tx, reader);
        pool.submit(job("boom.json"));
        pool.submit(job("next.json"));
        let first = done.recv().unwrap();
        match first.outcome {
            Outcome::Panicked { message, sig } => {
                assert_eq!(message, "index out of bounds in boom.json");
                assert_eq!(sig.map(|s| s.ino), Some(9));
            }
            other => panic!("{other:?}"),
        }
        let second = done.recv().unwrap();
        assert_eq!(second.path, Path::new("next.json"));
        assert!(matches!(second.outcome, Outcome::Gone));
    }
}
