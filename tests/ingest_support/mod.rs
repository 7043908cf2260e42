//! Shared by the ingest tests: a desk that runs ingest into a store, and article writers.
#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use crossbeam_channel::Receiver;
use newsdesk::ingest::{self, Config, IngestEvent, IngestHandle, WatchStatus};
use newsdesk::store::{Applied, Store};

pub const SETTLE: Duration = Duration::from_millis(300);
/// How long a test waits for what it expects: generous, for a loaded 2-core machine.
pub const WAIT: Duration = Duration::from_secs(30);

pub struct Desk {
    pub store: Store,
    pub statuses: Vec<WatchStatus>,
    pub batches: usize,
    pub applied: Vec<Applied>,
    rx: Receiver<IngestEvent>,
    handle: Option<IngestHandle>,
}

fn same(e: IngestEvent) -> IngestEvent {
    e
}

impl Desk {
    pub fn start(config: Config) -> Desk {
        let store = config.new_store();
        let (tx, rx) = crossbeam_channel::unbounded();
        let handle = ingest::spawn(config, tx, same).expect("ingest starts");
        Desk {
            store,
            statuses: Vec::new(),
            batches: 0,
            applied: Vec::new(),
            rx,
            handle: Some(handle),
        }
    }

    fn take(&mut self, event: IngestEvent) {
        match event {
            IngestEvent::Batch(changes) => {
                self.batches += 1;
                let applied = self.store.apply(changes, SystemTime::now());
                self.applied.push(applied);
            }
            IngestEvent::Status(s) => self.statuses.push(s),
        }
    }

    /// Applies events until `done` holds (true) or `timeout` passes (false).
    pub fn pump_until(&mut self, timeout: Duration, done: impl Fn(&Desk) -> bool) -> bool {
        let end = Instant::now() + timeout;
        loop {
            if done(self) {
                return true;
            }
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            if let Ok(event) = self.rx.recv_timeout(left) {
                self.take(event);
            }
        }
    }

    /// Applies whatever arrives for `dur`.
    pub fn pump_for(&mut self, dur: Duration) {
        let end = Instant::now() + dur;
        while let Ok(event) = self
            .rx
            .recv_timeout(end.saturating_duration_since(Instant::now()))
        {
            self.take(event);
        }
    }

    pub fn status(&self) -> Option<&WatchStatus> {
        self.statuses.last()
    }

    pub fn headlines(&self) -> Vec<String> {
        let mut h: Vec<String> = self
            .store
            .iter_newest()
            .map(|r| r.article.headline.clone())
            .collect();
        h.sort();
        h
    }

    pub fn has_headline(&self, headline: &str) -> bool {
        self.store
            .iter_newest()
            .any(|r| r.article.headline == headline)
    }

    pub fn error_for(&self, name: &str) -> Option<String> {
        self.store
            .errors()
            .find(|e| e.path.file_name().is_some_and(|n| n == name))
            .map(|e| e.reason.to_string())
    }

    pub fn stop(mut self) {
        if let Some(h) = self.handle.take() {
            h.stop();
        }
    }
}

pub fn config(dir: &Path) -> Config {
    let mut c = Config::new(dir);
    c.settle = SETTLE;
    c.max_articles = 100_000;
    c
}

/// A small article of our own, told apart by its headline.
pub fn article(headline: &str) -> String {
    format!(
        "{{\"onTitr\":\"آزمون\",\"titr\":\"{headline}\",\"describe\":\"تهران - ایرنا - خبر آزمایشی {headline} با 12 درصد رشد.\",\"text\":\"متن آزمایشی برای {headline}.\"}}"
    )
}

/// Writes to a hidden temporary name, then renames into place, as wire receivers do.
pub fn write_atomic(dir: &Path, name: &str, content: &str) {
    let tmp = dir.join(format!(".{name}.tmp"));
    fs::write(&tmp, content).unwrap();
    fs::rename(&tmp, dir.join(name)).unwrap();
}

/// Writes in three chunks with pauses; `reopen` closes the file between chunks.
pub fn write_chunked(path: &Path, content: &str, pause: Duration, reopen: bool) {
    let bytes = content.as_bytes();
    let cuts = [0, bytes.len() / 3, 2 * bytes.len() / 3, bytes.len()];
    let mut file = Some(fs::File::create(path).unwrap());
    for i in 0..3 {
        if file.is_none() {
            file = Some(fs::OpenOptions::new().append(true).open(path).unwrap());
        }
        let f = file.as_mut().unwrap();
        f.write_all(&bytes[cuts[i]..cuts[i + 1]]).unwrap();
        f.flush().unwrap();
        if reopen {
            file = None;
        }
        if i < 2 {
            std::thread::sleep(pause);
        }
    }
}

pub fn append(path: &Path, content: impl AsRef<[u8]>) {
    let mut f = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .unwrap();
    f.write_all(content.as_ref()).unwrap();
}

pub fn set_age(path: &PathBuf, secs: u64) {
    let f = fs::File::options().write(true).open(path).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(secs))
        .unwrap();
}

/// `newsdesk extract ARGS...`: its exit status and its records.
pub fn extract(args: &[&std::ffi::OsStr]) -> (Option<i32>, Vec<serde_json::Value>) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .arg("extract")
        .args(args)
        .output()
        .unwrap();
    let records = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (out.status.code(), records)
}

/// Folders `a` and `b` below `parent`, each holding one article with the given headline, and
/// `parent/current` a symbolic link to `a`, as deploys lay them out. Returns the link.
#[cfg(unix)]
pub fn linked_folders(parent: &Path, headlines: [&str; 2]) -> PathBuf {
    for (folder, headline) in ["a", "b"].into_iter().zip(headlines) {
        fs::create_dir(parent.join(folder)).unwrap();
        write_atomic(
            &parent.join(folder),
            &format!("{folder}.json"),
            &article(headline),
        );
    }
    let link = parent.join("current");
    std::os::unix::fs::symlink("a", &link).unwrap();
    link
}
