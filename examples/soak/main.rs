//! Long-run and terminal-traffic benchmarks of the real binary in a pseudo-terminal.
//!
//! ```text
//! cargo build --release && cargo run --release --example soak -- soak [ARTICLES] [PER_SECOND]
//! cargo run --release --example soak -- bytes [COLS ROWS]  # bytes per arrival (160x48)
//! cargo run --release --example soak -- compare      # against `watch -n 1` over ls | jq
//! cargo run --release --example soak -- huge         # RSS with twenty 8 MB files, read
//! cargo run --release --example soak -- pause [N]    # RSS with N arrivals while paused
//! cargo run --release --example soak -- keys [HELD] [PER_SECOND] [PRESSES]
//!     # DIR filled with HELD articles (`--max-articles HELD`), then PER_SECOND arrivals while
//!     # `?` and `Esc` are typed: time from each key written to the pty to the screen showing
//!     # the help pop-up open or closed; RSS held, CPU % of the stream
//! ```
//! Articles come from ../shared/corpus/articles when it is there (cycled), else are generated.
//! Figures go to stdout as a table; BENCHMARKS.md quotes them.

mod memory;
#[path = "../../tests/pty_support/mod.rs"]
mod pty_support;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty};

struct Running {
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    bytes: Arc<AtomicUsize>,
    output: Arc<Mutex<Vec<u8>>>,
    /// The screen as the output so far draws it, and what the caller waits to see on it.
    screen: Arc<Mutex<Screen>>,
    writer: Mutex<Box<dyn std::io::Write + Send>>,
}

/// A terminal kept current as output arrives, so waiting for a change costs no re-parsing.
struct Screen {
    parser: vt100::Parser,
    /// Text to wait for, and whether it must be present (true) or gone (false).
    want: Option<(String, bool)>,
    met: Option<Instant>,
}

impl Screen {
    fn check(&mut self) {
        if let Some((text, present)) = &self.want {
            if self.parser.screen().contents().contains(text.as_str()) == *present {
                self.met = Some(Instant::now());
                self.want = None;
            }
        }
    }
}

impl Running {
    fn start(cmd: CommandBuilder, cols: u16, rows: u16, keep_output: bool) -> Running {
        let pair = pty_support::open(cols, rows);
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = Mutex::new(pair.master.take_writer().expect("writer"));
        let bytes = Arc::new(AtomicUsize::new(0));
        let output = Arc::new(Mutex::new(Vec::new()));
        let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        let screen = Arc::new(Mutex::new(Screen {
            parser: vt100::Parser::new(nz(rows), nz(cols), 0),
            want: None,
            met: None,
        }));
        let (b, o, sc) = (Arc::clone(&bytes), Arc::clone(&output), Arc::clone(&screen));
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                b.fetch_add(n, Ordering::Relaxed);
                if keep_output {
                    o.lock().unwrap().extend_from_slice(&buf[..n]);
                }
                let mut screen = sc.lock().unwrap();
                screen.parser.process(&buf[..n]);
                screen.check();
            }
        });
        Running {
            child,
            _master: pair.master,
            bytes,
            output,
            screen,
            writer,
        }
    }

    /// Writes `keys` to the terminal and waits until `text` is on the screen (`present`) or
    /// gone; the time from the write to the screen showing it, or `None` after `limit`.
    fn key_until(
        &self,
        keys: &[u8],
        text: &str,
        present: bool,
        limit: Duration,
    ) -> Option<Duration> {
        {
            let mut screen = self.screen.lock().unwrap();
            screen.met = None;
            screen.want = Some((text.to_string(), present));
        }
        let t0 = Instant::now();
        self.send(keys);
        // The screen may already show it (a frame drawn between the two locks): check now too.
        self.screen.lock().unwrap().check();
        loop {
            if let Some(at) = self.screen.lock().unwrap().met {
                return Some(at.saturating_duration_since(t0));
            }
            if t0.elapsed() >= limit {
                return None;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
    }

    /// Waits until `text` is on the screen; false after `limit`.
    fn wait_screen(&self, text: &str, limit: Duration) -> bool {
        self.key_until(b"", text, true, limit).is_some()
    }

    fn send(&self, keys: &[u8]) {
        let mut w = self.writer.lock().unwrap();
        let _ = w.write_all(keys).and_then(|()| w.flush());
    }

    fn pid(&self) -> u32 {
        self.child.process_id().unwrap_or(0)
    }

    fn bytes(&self) -> usize {
        self.bytes.load(Ordering::Relaxed)
    }

    fn screen_contains(&self, cols: u16, rows: u16, what: &str) -> bool {
        let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        let mut parser = vt100::Parser::new(nz(rows), nz(cols), 0);
        parser.process(&self.output.lock().unwrap());
        parser.screen().contents().contains(what)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn newsdesk(dir: &Path, home: &Path) -> CommandBuilder {
    newsdesk_with(dir, home, &[])
}

fn newsdesk_with(dir: &Path, home: &Path, extra: &[&str]) -> CommandBuilder {
    let bin = std::env::var_os("NEWSDESK_BIN").map_or_else(
        || {
            let exe = std::env::current_exe().unwrap();
            exe.parent().unwrap().parent().unwrap().join("newsdesk")
        },
        PathBuf::from,
    );
    let mut cmd = CommandBuilder::new(bin);
    cmd.arg(dir);
    cmd.args(["--bidi", "shaped"]);
    cmd.arg("--config");
    cmd.arg(home.join("config.toml"));
    cmd.arg("--log-file");
    cmd.arg(home.join("newsdesk.log"));
    cmd.args(extra);
    cmd.env("TERM", "xterm-256color");
    cmd.env("COLORTERM", "truecolor");
    cmd
}

fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/articles");
    let mut out: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    if out.is_empty() {
        eprintln!("no corpus at {}: generating articles", dir.display());
        out = (0..500)
            .map(|i| {
                let body = format!("متن خبر شماره {i} با {} هزار نفر و ۲۵ درصد رشد. ", i * 3).repeat(40);
                serde_json::json!({"titr": format!("خبر آزمایشی {i}"), "describe": "تهران - ایرنا - لید", "text": body}).to_string()
            })
            .collect();
    }
    out
}

fn drop_file(dir: &Path, n: usize, json: &str) {
    let tmp = dir.join(format!(".{n:07}.tmp"));
    let path = dir.join(format!("{n:07}.json"));
    if std::fs::write(&tmp, json).is_ok() {
        let _ = std::fs::rename(&tmp, &path);
    }
}

struct Sample {
    rss_kb: u64,
    cpu_ticks: u64,
    fds: usize,
}

fn sample(pid: u32) -> Option<Sample> {
    let rss_kb = pty_support::rss_kb(pid)?;
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let cpu_ticks = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd")).ok()?.count();
    Some(Sample {
        rss_kb,
        cpu_ticks,
        fds,
    })
}

fn soak(total: usize, rate: usize) {
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let articles = corpus();
    let run = Running::start(newsdesk(dir.path(), home.path()), 160, 48, false);
    std::thread::sleep(Duration::from_secs(1));
    let pid = run.pid();
    let ticks_per_sec = 100.0;
    println!(
        "soak: {total} articles at {rate}/s into {}",
        dir.path().display()
    );
    println!(
        "{:>8} {:>9} {:>10} {:>7} {:>5} {:>12}",
        "t (s)", "written", "RSS (MB)", "CPU %", "fds", "tty bytes"
    );
    let start = Instant::now();
    let mut last = (Instant::now(), sample(pid).map_or(0, |s| s.cpu_ticks));
    let mut written = 0;
    let mut next_report = Duration::from_secs(10);
    let mut peak_rss = 0;
    let mut after_200k_first = None;
    while written < total {
        let due = (start.elapsed().as_secs_f64() * rate as f64) as usize;
        while written < due.min(total) {
            drop_file(dir.path(), written, &articles[written % articles.len()]);
            written += 1;
        }
        if start.elapsed() >= next_report || written >= total {
            if let Some(s) = sample(pid) {
                let cpu =
                    (s.cpu_ticks - last.1) as f64 / ticks_per_sec / last.0.elapsed().as_secs_f64()
                        * 100.0;
                last = (Instant::now(), s.cpu_ticks);
                peak_rss = peak_rss.max(s.rss_kb);
                println!(
                    "{:>8.0} {:>9} {:>10.1} {:>7.1} {:>5} {:>12}",
                    start.elapsed().as_secs_f64(),
                    written,
                    s.rss_kb as f64 / 1024.0,
                    cpu,
                    s.fds,
                    run.bytes()
                );
                if written >= 20_000 && after_200k_first.is_none() {
                    after_200k_first = Some(s.rss_kb);
                }
            } else {
                println!("newsdesk is gone");
                return;
            }
            next_report += Duration::from_secs(10);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_secs(10));
    if let Some(s) = sample(pid) {
        println!(
            "end: RSS {:.1} MB (peak {:.1} MB, at 20,000 articles {:.1} MB), {} fds",
            s.rss_kb as f64 / 1024.0,
            peak_rss.max(s.rss_kb) as f64 / 1024.0,
            after_200k_first.unwrap_or(0) as f64 / 1024.0,
            s.fds
        );
    }
}

fn bytes_per_article(cols: u16, rows: u16) {
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let articles = corpus();
    for (i, a) in articles.iter().take(200).enumerate() {
        drop_file(dir.path(), i, a);
    }
    let run = Running::start(newsdesk(dir.path(), home.path()), cols, rows, false);
    std::thread::sleep(Duration::from_secs(3));
    let measure = |run: &Running, from: usize| {
        let mut per_article = Vec::new();
        for i in 0..20 {
            let before = run.bytes();
            drop_file(
                dir.path(),
                from + i,
                &articles[(300 + (from + i) * 7) % articles.len()],
            );
            std::thread::sleep(Duration::from_millis(1500));
            per_article.push(run.bytes() - before);
        }
        per_article.sort_unstable();
        let mean = per_article.iter().sum::<usize>() as f64 / per_article.len() as f64;
        format!(
            "median {}, mean {:.0}, min {}, max {}",
            per_article[per_article.len() / 2],
            mean,
            per_article[0],
            per_article[per_article.len() - 1]
        )
    };
    println!("bytes to the terminal per new article at {cols}x{rows}, 20 arrivals 1.5 s apart:");
    println!("  following the newest: {}", measure(&run, 1000));
    // Two rows down, off the newest, stops following: the list holds still, the arrivals are
    // counted above it.
    run.send(b"jj");
    std::thread::sleep(Duration::from_secs(1));
    println!("  not following:        {}", measure(&run, 2000));
    // What showing another article costs without any arrival (its text in the article and
    // figures panes, the selection bar moved): what following costs beyond it is the shift.
    let mut per_key = Vec::new();
    for i in 0..20 {
        let before = run.bytes();
        run.send(if i % 2 == 0 { b"j" } else { b"k" });
        std::thread::sleep(Duration::from_millis(700));
        per_key.push(run.bytes() - before);
    }
    per_key.sort_unstable();
    println!(
        "  another article shown (j/k, no arrival): median {}, min {}, max {}",
        per_key[per_key.len() / 2],
        per_key[0],
        per_key[per_key.len() - 1]
    );
    let before = run.bytes();
    std::thread::sleep(Duration::from_secs(60));
    println!(
        "idle: {} bytes in 60 s (one minute tick redraws the clock and ages)",
        run.bytes() - before
    );
}

fn compare() {
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let articles = corpus();
    for (i, a) in articles.iter().take(50).enumerate() {
        drop_file(dir.path(), i, a);
    }
    let (cols, rows) = (160u16, 48u16);
    let desk = Running::start(newsdesk(dir.path(), home.path()), cols, rows, true);
    let mut watch = CommandBuilder::new("watch");
    watch.args([
        "-n",
        "1",
        &format!(
            "ls -t {} | head | sed 's|^|{}/|' | xargs -r -n1 jq -r .titr",
            dir.path().display(),
            dir.path().display()
        ),
    ]);
    watch.env("TERM", "xterm-256color");
    let plain = Running::start(watch, cols, rows, true);
    std::thread::sleep(Duration::from_secs(4));
    let mut lat = (Vec::new(), Vec::new());
    for i in 0..10 {
        let marker = format!("MARKER{i:03}Z");
        let json = serde_json::json!({"titr": format!("{marker} headline")}).to_string();
        let t0 = Instant::now();
        drop_file(dir.path(), 5000 + i, &json);
        let (mut a, mut b) = (None, None);
        while t0.elapsed() < Duration::from_secs(5) && (a.is_none() || b.is_none()) {
            if a.is_none() && desk.screen_contains(cols, rows, &marker) {
                a = Some(t0.elapsed());
            }
            if b.is_none() && plain.screen_contains(cols, rows, &marker) {
                b = Some(t0.elapsed());
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        lat.0.push(a.unwrap_or(Duration::from_secs(5)));
        lat.1.push(b.unwrap_or(Duration::from_secs(5)));
        std::thread::sleep(Duration::from_millis(1300));
    }
    let med = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (d0, p0) = (desk.bytes(), plain.bytes());
    std::thread::sleep(Duration::from_secs(60));
    println!("arrival-to-screen latency, median of 10 (screen sampled every ~2 ms):");
    println!(
        "  newsdesk {:?}   watch -n 1 + ls + jq {:?}",
        med(&mut lat.0),
        med(&mut lat.1)
    );
    println!("bytes written to the terminal in 60 idle seconds:");
    println!(
        "  newsdesk {}   watch -n 1 + ls + jq {}",
        desk.bytes() - d0,
        plain.bytes() - p0
    );
}

/// Waits until `pid` has used under 5% of a core for two seconds running (its startup read of
/// DIR is over), at most `limit`.
fn wait_idle(pid: u32, limit: Duration) {
    let start = Instant::now();
    let mut quiet = 0;
    let mut last = sample(pid).map_or(0, |s| s.cpu_ticks);
    while start.elapsed() < limit && quiet < 2 {
        std::thread::sleep(Duration::from_secs(1));
        let now = sample(pid).map_or(0, |s| s.cpu_ticks);
        quiet = if now - last < 5 { quiet + 1 } else { 0 };
        last = now;
    }
}

fn keys(held: usize, rate: usize, presses: usize) {
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let articles = corpus();
    let t = Instant::now();
    for i in 0..held {
        drop_file(dir.path(), i, &articles[i % articles.len()]);
    }
    println!(
        "keys: {held} files written in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let (cols, rows) = (160u16, 48u16);
    let cap = held.to_string();
    let run = Running::start(
        newsdesk_with(dir.path(), home.path(), &["--max-articles", &cap]),
        cols,
        rows,
        false,
    );
    std::thread::sleep(Duration::from_secs(2));
    let pid = run.pid();
    wait_idle(pid, Duration::from_secs(300));
    let idle = sample(pid).expect("newsdesk running");
    println!(
        "{held} held, idle: RSS {:.1} MB",
        idle.rss_kb as f64 / 1024.0
    );
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (stop, dir) = (Arc::clone(&stop), dir.path().to_path_buf());
        std::thread::spawn(move || {
            let start = Instant::now();
            let mut written = 0;
            while !stop.load(Ordering::Relaxed) {
                let due = (start.elapsed().as_secs_f64() * rate as f64) as usize;
                while written < due {
                    let n = held + written;
                    drop_file(&dir, n, &articles[n % articles.len()]);
                    written += 1;
                }
                std::thread::sleep(Duration::from_millis(2));
            }
            (written, start.elapsed())
        })
    };
    // The stream settles into its steady cost before keys are timed.
    std::thread::sleep(Duration::from_secs(5));
    let before = (Instant::now(), sample(pid).map_or(0, |s| s.cpu_ticks));
    let limit = Duration::from_secs(30);
    let mut lat: Vec<Duration> = Vec::new();
    let mut missed = 0;
    const HELP: &str = "next / previous headline";
    for _ in 0..presses {
        for (key, present) in [(&b"?"[..], true), (&b"\x1b"[..], false)] {
            match run.key_until(key, HELP, present, limit) {
                Some(d) => lat.push(d),
                None => missed += 1,
            }
            std::thread::sleep(Duration::from_millis(300));
        }
    }
    let after = sample(pid).expect("newsdesk running");
    let cpu =
        (after.cpu_ticks - before.1) as f64 / 100.0 / before.0.elapsed().as_secs_f64() * 100.0;
    stop.store(true, Ordering::Relaxed);
    let (written, took) = writer.join().unwrap();
    lat.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let pct = |p: f64| {
        lat.get(((lat.len() as f64 - 1.0) * p).round() as usize)
            .copied()
            .map_or(f64::NAN, ms)
    };
    println!(
        "{held} held, {rate}/s ({written} written in {:.0} s): key to screen p50 {:.1} ms, p90 {:.1} ms, max {:.1} ms ({} keys, {missed} not shown within {} s); CPU {cpu:.0}%; RSS {:.1} MB",
        took.as_secs_f64(),
        pct(0.5),
        pct(0.9),
        lat.last().copied().map_or(f64::NAN, ms),
        lat.len(),
        limit.as_secs(),
        after.rss_kb as f64 / 1024.0
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("soak") => {
            let total = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(200_000);
            let rate = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(500);
            soak(total, rate);
        }
        Some("bytes") => {
            let cols = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(160);
            let rows = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(48);
            bytes_per_article(cols, rows);
        }
        Some("compare") => compare(),
        Some("keys") => {
            let held = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(20_000);
            let rate = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(300);
            let presses = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(20);
            keys(held, rate, presses);
        }
        Some("huge") => memory::huge(),
        Some("pause") => memory::pause(args.get(1).and_then(|s| s.parse().ok()).unwrap_or(30_000)),
        _ => eprintln!(
            "usage: soak [soak [ARTICLES] [PER_SECOND] | bytes [COLS ROWS] | compare | huge | pause [N] | keys [HELD] [PER_SECOND] [PRESSES]]"
        ),
    }
}
