//! Memory of the real binary in a pseudo-terminal under workloads that once had none: huge
//! articles (issue 13, item 11) and arrivals while paused (item 12). Bounded runs with generous
//! limits, read from /proc/PID/status; not benchmarks (BENCHMARKS.md has the figures).

#![cfg(target_os = "linux")]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};

/// Conditions are waited for this long at most: the machine may be busy, and a debug build
/// parses megabytes slowly.
const PATIENCE: Duration = Duration::from_secs(120);

struct Session {
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    /// The screen, kept current by the reader thread (the output itself is not kept).
    screen: Arc<Mutex<vt100::Parser>>,
    _home: tempfile::TempDir,
}

impl Session {
    fn start(dir: &Path, extra: &[&str]) -> Session {
        let home = tempfile::tempdir().unwrap();
        let (cols, rows) = (160, 48);
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_newsdesk"));
        cmd.arg(dir);
        cmd.args(["--bidi", "shaped", "--settle", "0.5"]);
        cmd.arg("--config");
        cmd.arg(home.path().join("config.toml"));
        cmd.arg("--log-file");
        cmd.arg(home.path().join("newsdesk.log"));
        cmd.args(extra);
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Session {
            child,
            _master: pair.master,
            writer,
            screen,
            _home: home,
        }
    }

    fn screen(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, what: &str) -> bool {
        self.wait_until(|screen| screen.contains(what))
    }

    fn wait_until(&self, done: impl Fn(&str) -> bool) -> bool {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if done(&self.screen()) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }

    fn keys(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Resident memory now, in MB.
    fn rss_mb(&self) -> f64 {
        let pid = self.child.process_id().unwrap();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        let kb: f64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap();
        kb / 1024.0
    }

    /// Lets the dashboard finish what the last keys started (reads, layout), then its RSS.
    fn settled_rss_mb(&mut self, marker: &str) -> f64 {
        // `?` opens the help pop-up only once every event before it was handled. (Esc goes
        // alone: followed at once by another key it would read as Alt and that key.)
        const HELP: &str = "next / previous headline";
        self.keys("?");
        assert!(self.wait_for(HELP), "{}", self.screen());
        self.keys("\x1b");
        let closed = self.wait_until(|screen| !screen.contains(HELP) && screen.contains(marker));
        assert!(closed, "{}", self.screen());
        self.rss_mb()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn write_atomically(dir: &Path, name: &str, data: &[u8]) {
    let tmp = dir.join(format!(".{name}.tmp"));
    std::fs::write(&tmp, data).unwrap();
    std::fs::rename(&tmp, dir.join(name)).unwrap();
}

/// About `bytes` of text: Persian words with figures throughout, in paragraphs.
fn huge_text(bytes: usize, seed: usize) -> String {
    let line = format!("در سال ۱۴۰۲ حدود {seed} هزار و ۳۵۰ نفر و ۱۲ درصد رشد و 601 تن کالا. ");
    let mut out = String::with_capacity(bytes + line.len());
    let mut n = 0;
    while out.len() < bytes {
        out.push_str(&line);
        n += 1;
        if n % 40 == 0 {
            out.push('\n');
        }
    }
    out
}

/// Twenty files of 8 MB (huge bodies full of figures, and huge headlines) while following the
/// newest, then reading them: memory stays bounded by what is on screen, not by the files.
#[test]
fn huge_articles_cost_what_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::start(dir.path(), &["--max-file-size", "9MiB"]);
    assert!(s.wait_for("waiting for articles"), "{}", s.screen());
    let baseline = s.rss_mb();
    for i in 0..20 {
        let json = if i % 2 == 0 {
            serde_json::json!({
                "titr": format!("HUGE{i} گزارش بلند"),
                "describe": "تهران - ایرنا - گزارشی بسیار بلند.",
                "text": format!("BODY{i} {}", huge_text(8_000_000, i)),
            })
        } else {
            serde_json::json!({
                "titr": format!("HUGE{i} {}", huge_text(7_000_000, i).replace('\n', " ")),
                "describe": "تهران - ایرنا - تیتری بسیار بلند.",
                "text": format!("BODY{i} {}", huge_text(1_000_000, i)),
            })
        };
        write_atomically(
            dir.path(),
            &format!("{i:02}.json"),
            json.to_string().as_bytes(),
        );
    }
    assert!(s.wait_for("20 articles"), "{}", s.screen());
    let mut peak = s.settled_rss_mb("20 articles");
    // Read each, newest first, as a person would: its body comes from disk and is laid out by
    // the screen, to its end and back.
    for i in (0..20).rev() {
        assert!(s.wait_for(&format!("BODY{i} ")), "{}", s.screen());
        peak = peak.max(s.rss_mb());
        s.keys("\t");
        s.keys("G");
        s.keys("g");
        s.keys("\x1b[Z");
        s.keys("j");
    }
    peak = peak.max(s.settled_rss_mb("20 articles"));
    let screen = s.screen();
    assert!(screen.contains("figures only"), "{screen}");
    eprintln!("huge articles: RSS {baseline:.1} MB empty, peak seen {peak:.1} MB");
    assert!(peak < 300.0, "RSS {peak:.1} MB with 20 huge articles");
}

/// Arrivals while paused go into the store (the count shown), with memory as when not paused,
/// and nothing is left queued after resume.
#[test]
fn pause_holds_the_view_not_the_arrivals() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::start(dir.path(), &["--max-articles", "10000"]);
    assert!(s.wait_for("waiting for articles"), "{}", s.screen());
    write_atomically(
        dir.path(),
        "first.json",
        br#"{"titr":"FIRSTHEADLINE","describe":"lead"}"#,
    );
    assert!(s.wait_for("FIRSTHEADLINE"), "{}", s.screen());
    s.keys("p");
    assert!(s.wait_for("PAUSED"), "{}", s.screen());
    let body = "متن خبر با ۱۲ درصد رشد. ".repeat(100);
    for i in 0..6_000 {
        let json = serde_json::json!({"titr": format!("arrival {i}"), "text": body});
        write_atomically(
            dir.path(),
            &format!("{i:05}.json"),
            json.to_string().as_bytes(),
        );
    }
    assert!(s.wait_for("(6,000 new)"), "{}", s.screen());
    let screen = s.screen();
    assert!(
        screen.contains("6,001 articles"),
        "held while paused: {screen}"
    );
    assert!(
        screen.contains("FIRSTHEADLINE"),
        "the view stays put: {screen}"
    );
    let paused = s.settled_rss_mb("(6,000 new)");
    s.keys("p");
    assert!(s.wait_for("arrival 5999"), "{}", s.screen());
    let resumed = s.settled_rss_mb("arrival 5999");
    eprintln!("pause: RSS {paused:.1} MB paused after 6,000 arrivals, {resumed:.1} MB resumed");
    // 606,000 figures held, each now with its subject and the subject's span (issue 10):
    // 159 MB in a debug build (139 MB with the subjects left empty).
    assert!(
        paused < 180.0 && resumed < 180.0,
        "{paused:.1} / {resumed:.1} MB"
    );
}
