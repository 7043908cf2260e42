//! The worker pool: reading and parsing files, and everything derived from an article that the
//! store keeps, happen here, off both the watcher's thread and the app's.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use crossbeam_channel::{Receiver, Sender};

use crate::article::{
    check_metadata, parse_document, read_regular, FileKind, ParseError, Position,
};

use super::scan::Sig;
use super::tail::{self, TailState};
use crate::store::Upsert;

#[derive(Debug)]
pub struct Job {
    pub path: PathBuf,
    pub kind: FileKind,
    /// Where the last read of a `.jsonl` file stopped.
    pub tail: Option<TailState>,
    pub live: bool,
}

#[derive(Debug)]
pub struct Done {
    pub path: PathBuf,
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
}

pub type Parsed = Result<Box<Upsert>, ParseError>;

#[derive(Debug)]
pub struct ReadResult {
    pub sig: Sig,
    pub entries: Vec<(Option<Position>, Parsed)>,
    pub tail: Option<TailState>,
    /// The entries are the whole file (always so for a whole document).
    pub reset: bool,
    /// A `.jsonl` file ends in a line still waiting for its newline.
    pub partial: bool,
    /// How much longer until the file's modification time is a settle time old; zero when it is.
    pub quiet_in: Duration,
}

pub struct Pool {
    jobs: Option<Sender<Job>>,
    threads: Vec<JoinHandle<()>>,
}

impl Pool {
    pub fn start(workers: usize, max_size: u64, settle: Duration, done: Sender<Done>) -> Pool {
        let (jobs, rx) = crossbeam_channel::unbounded::<Job>();
        let threads = (0..workers.max(1))
            .map(|i| {
                let rx: Receiver<Job> = rx.clone();
                let done = done.clone();
                std::thread::Builder::new()
                    .name(format!("ingest-read-{i}"))
                    .spawn(move || {
                        for job in rx {
                            let path = job.path.clone();
                            let outcome = read(job, max_size, settle);
                            if done.send(Done { path, outcome }).is_err() {
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

fn read(job: Job, max_size: u64, settle: Duration) -> Outcome {
    let meta = match fs::metadata(&job.path) {
        Ok(meta) => meta,
        Err(e) => return missing_or_refused(&job.path, ParseError::io(&e), &e),
    };
    let sig = Sig::of(&meta);
    if let Err(err) = check_metadata(&meta, max_size) {
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
                tail: None,
                reset: true,
                partial: false,
                quiet_in,
            })),
            Err(e) => vanished_or(&job.path, e, Some(sig)),
        },
        FileKind::Lines => {
            match tail::read(
                &job.path,
                max_size,
                job.tail.as_ref(),
                sig,
                quiet_in.is_zero(),
            ) {
                Ok(read) => Outcome::Read(Box::new(ReadResult {
                    sig,
                    entries: read
                        .entries
                        .into_iter()
                        .map(|e| upsert(e.position, e.result))
                        .collect(),
                    tail: Some(read.state),
                    reset: read.reset,
                    partial: read.partial,
                    quiet_in,
                })),
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
