//! Ingest benchmarks, end to end through the real watcher, workers and store. Run with
//! `cargo run --release --example ingest_bench -- <latency|throughput|coldstart|screen>`.
//!
//! - latency: 1,000 files renamed into DIR one at a time (20 ms apart, far above any wire's
//!   rate); time from each rename to its article being in the store.
//! - throughput: the shared corpus's articles renamed into a watched DIR all at once, and read
//!   by a startup scan; files per second.
//! - coldstart [N...]: a DIR of N corpus-sized files (default 4,889 and 100,000) with shuffled
//!   modification times; time to the newest 100 in the store, time to all read, peak RSS,
//!   measured in a fresh child process.
//! - screen [N...]: the same directories, opened by the real release binary in a 160x48
//!   pseudo-terminal; time from spawning it to the newest file's headline on the screen.
//!   (`cargo build --release` first.)
//! - jsonl-replace: a 100,000-line JSON Lines feed replaced by a version with one line changed
//!   and one added, renamed over it; time the app's thread spends applying what ingest sends
//!   (the longest batch is what a key press can wait behind), arrivals counted, and time until
//!   the added line is in the store.
//! - errors: 20,000 unreadable files read, then all deleted; time the app's thread spends
//!   applying the removals (all, and the longest batch) until no error is left.
//!
//! The generated directories are kept in the temp dir (`newsdesk-coldstart-N`) for reruns.
//!
//! These are one-shot measurements of a whole running pipeline (threads, inotify, the disk),
//! which criterion's repeated-closure model does not fit; hence an example.

#[path = "../tests/pty_support/mod.rs"]
mod pty_support;

use std::collections::HashSet;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use crossbeam_channel::Receiver;
use newsdesk::ingest::{self, Config, IngestEvent};
use newsdesk::store::{Change, Store};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/articles");

fn same(e: IngestEvent) -> IngestEvent {
    e
}

fn start(cfg: Config) -> (Store, Receiver<IngestEvent>, ingest::IngestHandle) {
    let store = cfg.new_store();
    let (tx, rx) = crossbeam_channel::unbounded();
    let handle = ingest::spawn(cfg, tx, same).expect("ingest starts");
    (store, rx, handle)
}

/// Applies one event; returns the paths that got an article.
fn apply(store: &mut Store, event: IngestEvent) -> Vec<PathBuf> {
    match event {
        IngestEvent::Batch(changes) => {
            let paths = changes
                .iter()
                .filter_map(|c| match c {
                    Change::Upsert(u) => Some(u.path.clone()),
                    _ => None,
                })
                .collect();
            store.apply(changes, SystemTime::now());
            paths
        }
        IngestEvent::Status(_) => Vec::new(),
    }
}

/// Our own small article, for when the corpus is not there.
fn synthetic(i: usize) -> String {
    let body = "متن آزمایشی برای سنجش سرعت خواندن با 12 درصد رشد و 3 میلیارد ریال. ".repeat(60);
    format!(
        "{{\"onTitr\":\"سنجش\",\"titr\":\"خبر شماره {i}\",\"describe\":\"تهران - ایرنا - خبر آزمایشی {i}.\",\"text\":\"{body}\"}}"
    )
}

/// Article contents to write: the corpus files when present, else synthetic ones.
fn contents() -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = fs::read_dir(CORPUS)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    if paths.is_empty() {
        eprintln!("corpus not found at {CORPUS}: using synthetic articles");
        return (0..1000).map(|i| synthetic(i).into_bytes()).collect();
    }
    paths.iter().filter_map(|p| fs::read(p).ok()).collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn latency() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("wire");
    let staging = root.path().join("staging");
    fs::create_dir(&dir).unwrap();
    fs::create_dir(&staging).unwrap();
    let corpus = contents();
    let n = 1000;
    for i in 0..n {
        fs::write(
            staging.join(format!("l{i}.json")),
            &corpus[i % corpus.len()],
        )
        .unwrap();
    }
    let (mut store, rx, handle) = start(Config::new(&dir));
    std::thread::sleep(Duration::from_millis(200));
    while let Ok(e) = rx.try_recv() {
        apply(&mut store, e);
    }
    let mut lat = Vec::with_capacity(n);
    for i in 0..n {
        let name = format!("l{i}.json");
        let target = dir.join(&name);
        let t0 = Instant::now();
        fs::rename(staging.join(&name), &target).unwrap();
        'wait: loop {
            let event = rx
                .recv_timeout(Duration::from_secs(5))
                .expect("article arrives");
            if apply(&mut store, event).contains(&target) {
                lat.push(t0.elapsed());
                break 'wait;
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(handle);
    lat.sort();
    println!(
        "latency rename->store over {n} files: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        ms(percentile(&lat, 0.5)),
        ms(percentile(&lat, 0.9)),
        ms(percentile(&lat, 0.99)),
        ms(lat[lat.len() - 1])
    );
}

/// Waits until `n` files have each given an article or an error.
fn wait_all(store: &mut Store, rx: &Receiver<IngestEvent>, n: usize) {
    while store.len() + store.error_count() < n {
        let event = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("ingest keeps going");
        apply(store, event);
    }
}

fn throughput() {
    let corpus = contents();
    let n = corpus.len();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("wire");
    let staging = root.path().join("staging");
    fs::create_dir(&dir).unwrap();
    fs::create_dir(&staging).unwrap();
    let bytes: usize = corpus.iter().map(Vec::len).sum();
    for (i, c) in corpus.iter().enumerate() {
        fs::write(staging.join(format!("t{i}.json")), c).unwrap();
    }

    let (mut store, rx, handle) = start(Config::new(&dir));
    std::thread::sleep(Duration::from_millis(200));
    let t0 = Instant::now();
    for i in 0..n {
        let name = format!("t{i}.json");
        fs::rename(staging.join(&name), dir.join(&name)).unwrap();
    }
    let renamed = t0.elapsed();
    wait_all(&mut store, &rx, n);
    let live = t0.elapsed();
    let (ok, errors) = (store.len(), store.error_count());
    drop(handle);
    println!(
        "throughput live (renamed in at once): {n} files, {:.1} MB, renames took {:.0} ms, all in store after {:.0} ms: {:.0} files/s ({ok} articles, {errors} errors)",
        bytes as f64 / 1e6,
        ms(renamed),
        ms(live),
        n as f64 / live.as_secs_f64()
    );

    let t0 = Instant::now();
    let (mut store, rx, handle) = start(Config::new(&dir));
    wait_all(&mut store, &rx, n);
    let scan = t0.elapsed();
    drop(handle);
    println!(
        "throughput startup scan: {n} files in {:.0} ms: {:.0} files/s",
        ms(scan),
        n as f64 / scan.as_secs_f64()
    );
}

fn peak_rss_kb() -> u64 {
    fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// In a fresh process: start ingest on `dir` and time the first 100 newest and the rest.
fn coldstart_run(dir: &Path, max_articles: usize) {
    let names: Vec<PathBuf> = {
        let mut seen: Vec<(SystemTime, PathBuf)> = fs::read_dir(dir)
            .unwrap()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .map(|e| (e.metadata().unwrap().modified().unwrap(), e.path()))
            .collect();
        seen.sort_by(|a, b| b.cmp(a));
        seen.into_iter().map(|(_, p)| p).collect()
    };
    let total = names.len().min(max_articles);
    let mut newest: HashSet<PathBuf> = names[..100].iter().cloned().collect();
    let rss_before = peak_rss_kb();

    let t0 = Instant::now();
    let mut cfg = Config::new(dir);
    cfg.max_articles = max_articles;
    let (mut store, rx, handle) = start(cfg);
    let mut first_100 = None;
    let mut scan_done = None;
    while store.len() + store.error_count() < total || scan_done.is_none() {
        let event = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("ingest keeps going");
        if let IngestEvent::Status(s) = &event {
            if s.scan.is_done() && scan_done.is_none() {
                scan_done = Some(t0.elapsed());
            }
        }
        for p in apply(&mut store, event) {
            newest.remove(&p);
        }
        if newest.is_empty() && first_100.is_none() {
            first_100 = Some(t0.elapsed());
        }
    }
    let all = t0.elapsed();
    drop(handle);
    println!(
        "coldstart {} files, max_articles {max_articles}: newest 100 in store after {:.0} ms, all {total} after {:.0} ms (scan done reported at {:.0} ms), peak RSS {:.1} MB (listing before ingest: {:.1} MB)",
        names.len(),
        ms(first_100.unwrap_or(all)),
        ms(all),
        ms(scan_done.unwrap_or(all)),
        peak_rss_kb() as f64 / 1024.0,
        rss_before as f64 / 1024.0,
    );
}

/// Headline of the newest file in a generated directory, so the screen can be searched for it.
const NEWEST: &str = "NEWEST-ARRIVAL-MARK";

/// A directory of `n` corpus articles with shuffled modification times over the past `n`
/// seconds; the newest carries the [`NEWEST`] headline. Kept for reruns.
fn generated(n: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsdesk-coldstart-{n}"));
    let done = dir.join(".complete");
    if done.exists() {
        return dir;
    }
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let corpus = contents();
    let base = SystemTime::now() - Duration::from_secs(n as u64 + 60);
    let t0 = Instant::now();
    // Coprime with any n not divisible by it: every age from 0 to n-1 once.
    let step = if n % 7919 == 0 { 7907 } else { 7919 };
    for i in 0..n {
        let path = dir.join(format!("c{i:06}.json"));
        let age = (i * step) % n;
        if age == n - 1 {
            let newest = format!(
                "{{\"titr\":\"{NEWEST}\",\"describe\":\"TEHRAN (IRNA) - the newest file.\"}}"
            );
            fs::write(&path, newest).unwrap();
        } else {
            fs::write(&path, &corpus[i % corpus.len()]).unwrap();
        }
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(base + Duration::from_secs(age as u64))
            .unwrap();
    }
    fs::write(&done, b"").unwrap();
    eprintln!(
        "generated {n} files in {} in {:.1} s",
        dir.display(),
        t0.elapsed().as_secs_f64()
    );
    dir
}

fn counts(args: &[String]) -> Vec<usize> {
    let given: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    if given.is_empty() {
        vec![4_889, 100_000]
    } else {
        given
    }
}

fn coldstart(args: &[String]) {
    let exe = std::env::current_exe().unwrap();
    for n in counts(args) {
        let dir = generated(n);
        let mut caps = vec![newsdesk::config::DEFAULT_MAX_ARTICLES];
        if n > caps[0] {
            caps.push(n);
        }
        for cap in caps {
            let status = Command::new(&exe)
                .args(["coldstart-run", dir.to_str().unwrap(), &cap.to_string()])
                .status()
                .unwrap();
            assert!(status.success());
        }
    }
}

/// The real binary in a pseudo-terminal: spawn to the newest headline on screen, median of 5.
fn screen(args: &[String]) {
    use portable_pty::CommandBuilder;
    let bin = std::env::var_os("NEWSDESK_BIN").map_or_else(
        || {
            let exe = std::env::current_exe().unwrap();
            exe.parent().unwrap().parent().unwrap().join("newsdesk")
        },
        PathBuf::from,
    );
    let (cols, rows) = (160u16, 48u16);
    for n in counts(args) {
        let dir = generated(n);
        let mut times = Vec::new();
        for _ in 0..5 {
            let home = tempfile::tempdir().unwrap();
            let pair = pty_support::open(cols, rows);
            let mut cmd = CommandBuilder::new(&bin);
            cmd.arg(&dir);
            cmd.args(["--bidi", "shaped", "--config"]);
            cmd.arg(home.path().join("config.toml"));
            cmd.arg("--log-file");
            cmd.arg(home.path().join("newsdesk.log"));
            cmd.env("TERM", "xterm-256color");
            let seen: Arc<Mutex<Option<Instant>>> = Arc::default();
            let t0 = Instant::now();
            let mut child = pair.slave.spawn_command(cmd).unwrap();
            drop(pair.slave);
            let mut reader = pair.master.try_clone_reader().unwrap();
            let mut answers = pair.master.take_writer().unwrap();
            let found = Arc::clone(&seen);
            let feeder = std::thread::spawn(move || {
                let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap();
                let mut parser = vt100::Parser::new(nz(rows), nz(cols), 0);
                let mut buf = [0u8; 65536];
                while let Ok(k) = reader.read(&mut buf) {
                    if k == 0 {
                        break;
                    }
                    // A real terminal answers the start-up queries (the background colour, the
                    // device attributes that fence it) at once; unanswered, the binary would
                    // wait out its 100 ms timeout and the figure would measure that.
                    answer_queries(&buf[..k], &mut answers);
                    parser.process(&buf[..k]);
                    if parser.screen().contents().contains(NEWEST) {
                        *found.lock().unwrap() = Some(Instant::now());
                        break;
                    }
                }
            });
            let deadline = Instant::now() + Duration::from_secs(60);
            while seen.lock().unwrap().is_none() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(5));
            }
            let at = seen.lock().unwrap().expect("the newest headline shows");
            times.push(at - t0);
            let _ = child.kill();
            let _ = child.wait();
            drop(pair.master);
            let _ = feeder.join();
        }
        times.sort();
        println!(
            "screen {n} files: spawn to newest headline on a 160x48 screen, median of 5 {:.0} ms (min {:.0}, max {:.0})",
            ms(times[2]),
            ms(times[0]),
            ms(times[4])
        );
    }
}

/// Replies as xterm would to OSC 11 (background colour) and DA1 (primary device attributes).
fn answer_queries(out: &[u8], terminal: &mut impl Write) {
    let has = |pat: &[u8]| out.windows(pat.len()).any(|w| w == pat);
    if has(b"\x1b]11;?") {
        let _ = terminal.write_all(b"\x1b]11;rgb:ffff/ffff/ffff\x1b\\");
    }
    if has(b"\x1b[c") {
        let _ = terminal.write_all(b"\x1b[?64;1;22c");
    }
    let _ = terminal.flush();
}

fn feed_line(i: usize, note: &str) -> String {
    format!("{{\"titr\":\"Feed line {i:06}{note}\",\"describe\":\"TEHRAN (IRNA) - item {i}.\"}}\n")
}

/// Applies events until none has come for `quiet`; returns the longest single apply, the total
/// time applying, and the articles added.
fn pump_quiet(
    store: &mut Store,
    rx: &Receiver<IngestEvent>,
    quiet: Duration,
    until: impl Fn(&Store) -> bool,
) -> (Duration, Duration, usize, Option<Instant>) {
    let (mut longest, mut total, mut added, mut reached) =
        (Duration::ZERO, Duration::ZERO, 0, None);
    while let Ok(event) = rx.recv_timeout(quiet) {
        if let IngestEvent::Batch(changes) = event {
            let t = Instant::now();
            added += store.apply(changes, SystemTime::now()).added;
            let took = t.elapsed();
            longest = longest.max(took);
            total += took;
        }
        if reached.is_none() && until(store) {
            reached = Some(Instant::now());
        }
    }
    (longest, total, added, reached)
}

fn jsonl_replace() {
    let n = 100_000;
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("wire");
    fs::create_dir(&dir).unwrap();
    let feed = dir.join("feed.jsonl");
    let staged = root.path().join("feed.jsonl");
    let v1: String = (1..=n).map(|i| feed_line(i, "")).collect();
    fs::write(&staged, &v1).unwrap();
    fs::rename(&staged, &feed).unwrap();
    let (mut store, rx, handle) = start(Config::new(&dir));
    let (first_longest, first_total, first_added, _) =
        pump_quiet(&mut store, &rx, Duration::from_secs(3), |_| false);
    let mut v2: Vec<String> = (1..=n).map(|i| feed_line(i, "")).collect();
    v2[n / 2] = feed_line(n / 2 + 1, " (corrected)");
    v2.push(feed_line(n + 1, ""));
    fs::write(&staged, v2.concat()).unwrap();
    let t0 = Instant::now();
    fs::rename(&staged, &feed).unwrap();
    let (longest, total, added, reached) =
        pump_quiet(&mut store, &rx, Duration::from_secs(3), |s| {
            s.by_path(&feed)
                .any(|r| r.line == Some(newsdesk::article::Position::Line(n + 1)))
        });
    drop(handle);
    println!(
        "jsonl-replace {n} lines ({:.1} MB): first read applied in {:.0} ms, longest batch {:.1} ms ({first_added} added); replaced: added line in store after {:.0} ms, applying took {:.1} ms in all, longest batch {:.1} ms, {added} counted as arrivals",
        v1.len() as f64 / 1e6,
        ms(first_total),
        ms(first_longest),
        reached.map_or(f64::NAN, |r| ms(r - t0)),
        ms(total),
        ms(longest),
    );
}

fn errors() {
    let n = 20_000;
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("wire");
    fs::create_dir(&dir).unwrap();
    for i in 0..n {
        fs::write(dir.join(format!("bad{i:05}.json")), "{ not json").unwrap();
    }
    let (mut store, rx, handle) = start(Config::new(&dir));
    let (_, read_total, _, _) = pump_quiet(&mut store, &rx, Duration::from_secs(3), |_| false);
    let listed = store.error_count();
    let t0 = Instant::now();
    for i in 0..n {
        fs::remove_file(dir.join(format!("bad{i:05}.json"))).unwrap();
    }
    let (longest, total, _, cleared) = pump_quiet(&mut store, &rx, Duration::from_secs(3), |s| {
        s.error_count() == 0
    });
    drop(handle);
    println!(
        "errors: {listed} unreadable files listed (applying {:.0} ms); all deleted: no error left after {:.0} ms, applying took {:.0} ms in all, longest batch {:.1} ms",
        ms(read_total),
        cleared.map_or(f64::NAN, |c| ms(c - t0)),
        ms(total),
        ms(longest),
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("latency") => latency(),
        Some("throughput") => throughput(),
        Some("coldstart") => coldstart(&args[2..]),
        Some("coldstart-run") => coldstart_run(Path::new(&args[2]), args[3].parse().unwrap()),
        Some("screen") => screen(&args[2..]),
        Some("jsonl-replace") => jsonl_replace(),
        Some("errors") => errors(),
        _ => {
            eprintln!(
                "usage: ingest_bench <latency|throughput|coldstart [N...]|screen [N...]|jsonl-replace|errors>"
            );
            std::process::exit(2);
        }
    }
}
