//! The demo feed: `newsdesk` without a directory watches a temporary one that this module fills
//! with built-in sample articles, a screenful at once and then one every second or two, so a
//! newcomer sees live arrivals without any wire copy of their own.

mod clock;
mod samples;
mod write;

use std::io;
use std::path::{Path, PathBuf};
use std::thread::{self, JoinHandle};
use std::time::{Duration, SystemTime};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use tempfile::TempDir;

use samples::{feed_order, Sample};
use write::{file_name, stamped, write_atomically};

pub use samples::{samples, MALFORMED_SAMPLE};

/// The pace the dashboard's demo runs at: fast enough to look live, slow enough to read.
pub const DEFAULT_INTERVAL: Duration = Duration::from_millis(1500);

/// Articles written before `start` returns, so the first frame already has a list.
const OPENING_BURST: usize = 6;

/// Intervals are raised to this: a zero interval would have the feeder spin.
const MIN_INTERVAL: Duration = Duration::from_millis(10);

/// Failed writes in a row after which the feeder stops: the directory is gone or the disk full,
/// and a warning every interval for days would help nobody.
const MAX_FAILURES_IN_A_ROW: u32 = 5;

/// A running demo feed. Dropping it stops the feeder thread and removes the directory.
#[derive(Debug)]
pub struct Demo {
    path: PathBuf,
    dir: Option<TempDir>,
    /// Never sent on: dropping it wakes the feeder at once, however long its interval.
    stop: Option<Sender<()>>,
    feeder: Option<JoinHandle<()>>,
}

impl Demo {
    /// Creates a fresh temporary directory, writes the first articles into it and starts a
    /// thread that adds one more every `interval` (at least 10 ms), cycling through the samples
    /// under new file names for as long as the `Demo` lives.
    pub fn start(interval: Duration) -> io::Result<Demo> {
        let dir = tempfile::Builder::new()
            .prefix("newsdesk-demo-")
            .tempdir()?;
        let path = dir.path().to_path_buf();
        let mut feed = (1..).zip(feed_order());
        for (seq, sample) in feed.by_ref().take(OPENING_BURST) {
            put(&path, seq, sample)?;
        }
        let (stop, stopped) = crossbeam_channel::bounded(0);
        let feeder = thread::Builder::new().name("demo-feed".into()).spawn({
            let path = path.clone();
            let interval = interval.max(MIN_INTERVAL);
            move || run(&path, feed, interval, &stopped)
        })?;
        Ok(Demo {
            path,
            dir: Some(dir),
            stop: Some(stop),
            feeder: Some(feeder),
        })
    }

    /// The directory the articles land in, for the watcher and the status bar.
    pub fn dir(&self) -> &Path {
        &self.path
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(feeder) = self.feeder.take() {
            if feeder.join().is_err() {
                tracing::warn!("demo feed thread panicked");
            }
        }
        if let Some(dir) = self.dir.take() {
            if let Err(e) = dir.close() {
                tracing::warn!(dir = %self.path.display(), "cannot remove the demo directory: {e}");
            }
        }
    }
}

fn put(dir: &Path, seq: u64, sample: Sample) -> io::Result<()> {
    let name = file_name(seq, sample.name);
    let json = stamped(sample.json, SystemTime::now());
    write_atomically(dir, &name, json.as_bytes())
}

/// The feeder thread: one article per interval until the `Demo` is dropped.
fn run(
    dir: &Path,
    feed: impl Iterator<Item = (u64, Sample)>,
    interval: Duration,
    stopped: &Receiver<()>,
) {
    let mut failures = 0;
    for (seq, sample) in feed {
        if stopped.recv_timeout(interval) != Err(RecvTimeoutError::Timeout) {
            return;
        }
        match put(dir, seq, sample) {
            Ok(()) => failures = 0,
            Err(e) => {
                failures += 1;
                tracing::warn!(dir = %dir.display(), file = sample.name, "demo feed cannot write: {e}");
                if failures >= MAX_FAILURES_IN_A_ROW {
                    tracing::warn!("demo feed stopped after {failures} failed writes in a row");
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn json_files(dir: &Path) -> usize {
        std::fs::read_dir(dir).map_or(0, |entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
                .count()
        })
    }

    #[test]
    fn the_opening_burst_is_there_when_start_returns() {
        let demo = Demo::start(Duration::from_secs(3600)).unwrap();
        assert_eq!(json_files(demo.dir()), OPENING_BURST);
    }

    #[test]
    fn a_zero_interval_is_raised_not_spun() {
        let started = Instant::now();
        let demo = Demo::start(Duration::ZERO).unwrap();
        std::thread::sleep(Duration::from_millis(100));
        let written = json_files(demo.dir());
        let elapsed = started.elapsed();
        let most = OPENING_BURST as u128 + elapsed.as_millis() / MIN_INTERVAL.as_millis() + 1;
        assert!(written as u128 <= most, "{written} files in {elapsed:?}");
    }

    #[test]
    fn the_feeder_stops_on_its_own_when_its_directory_is_gone() {
        let demo = Demo::start(MIN_INTERVAL).unwrap();
        std::fs::remove_dir_all(demo.dir()).unwrap();
        let feeder = demo.feeder.as_ref().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while !feeder.is_finished() && Instant::now() < deadline {
            std::thread::sleep(MIN_INTERVAL);
        }
        assert!(feeder.is_finished(), "the feeder kept running");
    }
}
