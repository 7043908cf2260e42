//! The real binary in a pseudo-terminal, read back through a terminal emulator (vt100), and
//! what the harnesses around it share: the benchmarks in `examples/` include this file too.
//!
//! Every wait here polls the screen until a condition holds, with deadlines meant to hold on
//! a loaded 2-core machine (a debug build, the other test binaries and two busy loops beside
//! it): they bound how long a broken build takes to fail, never how fast a good one must be.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{
    native_pty_system, Child, CommandBuilder, ExitStatus, MasterPty, PtyPair, PtySize,
};

/// How long the dashboard may take to show something it should show.
pub const READY: Duration = Duration::from_secs(60);
/// How long the process may take to end once it should.
pub const EXIT: Duration = Duration::from_secs(30);

pub struct Options<'a> {
    pub cols: u16,
    pub rows: u16,
    pub args: &'a [&'a str],
    pub config: &'a str,
    pub env: &'a [(&'a str, &'a str)],
    /// The pty becomes the process's controlling terminal (as under a login or SSH). Without
    /// it, closing the pty sends no SIGHUP.
    pub controlling_tty: bool,
    /// `--bidi shaped`, so no calibration screen is offered; off as on a first run.
    pub text_mode: bool,
    /// Keep everything written (for [`Session::raw`] and re-reading at another size); off, only
    /// the current screen is kept, for long runs that write hundreds of megabytes.
    pub keep_output: bool,
}

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            cols: 100,
            rows: 30,
            args: &[],
            config: "",
            env: &[],
            controlling_tty: true,
            text_mode: true,
            keep_output: true,
        }
    }
}

pub struct Session {
    pub child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<Box<dyn Write + Send>>,
    /// Everything the program wrote, raw (with `keep_output`).
    output: Arc<Mutex<Vec<u8>>>,
    /// The screen as the output so far leaves it (without `keep_output`).
    live: Option<Arc<Mutex<vt100::Parser>>>,
    /// Set to make the reader let go of the pty after its next read.
    hang_up: Arc<AtomicBool>,
    size: (u16, u16),
    _home: tempfile::TempDir,
}

impl Session {
    pub fn start(dir: &Path, cols: u16, rows: u16, args: &[&str]) -> Session {
        Session::with(
            dir,
            Options {
                cols,
                rows,
                args,
                ..Options::default()
            },
        )
    }

    /// [`Session::start`] without a text mode (as on a first run), with `env` set.
    pub fn start_with(
        dir: &Path,
        cols: u16,
        rows: u16,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Session {
        Session::with(
            dir,
            Options {
                cols,
                rows,
                args,
                env,
                text_mode: false,
                ..Options::default()
            },
        )
    }

    pub fn with(dir: &Path, o: Options) -> Session {
        let home = tempfile::tempdir().unwrap();
        std::fs::write(home.path().join("config.toml"), o.config).unwrap();
        let pair = open(o.cols, o.rows);
        // Only integration tests are given the binary's path; the examples that include this
        // file start their own.
        let Some(bin) = option_env!("CARGO_BIN_EXE_newsdesk") else {
            panic!("the dashboard is started here only from an integration test");
        };
        let mut cmd = CommandBuilder::new(bin);
        cmd.arg(dir);
        if o.text_mode {
            cmd.args(["--bidi", "shaped"]);
        }
        cmd.args(["--settle", "0.2"]);
        cmd.arg("--config");
        cmd.arg(home.path().join("config.toml"));
        cmd.arg("--log-file");
        cmd.arg(home.path().join("newsdesk.log"));
        cmd.args(o.args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // An English interface unless the test says otherwise, whatever the runner's locale.
        cmd.env("LANG", "C.UTF-8");
        for var in ["LC_ALL", "LC_MESSAGES", "COLORFGBG"] {
            cmd.env_remove(var);
        }
        for (k, v) in o.env {
            cmd.env(k, v);
        }
        cmd.set_controlling_tty(o.controlling_tty);
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let output = Arc::new(Mutex::new(Vec::new()));
        let live = (!o.keep_output).then(|| {
            let nz = |n: u16| std::num::NonZeroU16::new(n.max(1)).unwrap();
            Arc::new(Mutex::new(vt100::Parser::new(nz(o.rows), nz(o.cols), 0)))
        });
        let hang_up = Arc::new(AtomicBool::new(false));
        let (sink, screen, stop) = (Arc::clone(&output), live.clone(), Arc::clone(&hang_up));
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                match &screen {
                    Some(parser) => parser.lock().unwrap().process(&buf[..n]),
                    None => sink.lock().unwrap().extend_from_slice(&buf[..n]),
                }
                if stop.load(Ordering::SeqCst) {
                    break;
                }
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Session {
            child,
            master: Some(pair.master),
            writer: Some(writer),
            output,
            live,
            hang_up,
            size: (o.cols, o.rows),
            _home: home,
        }
    }

    /// The screen as a terminal of the current size shows it after everything written.
    pub fn screen(&self) -> vt100::Screen {
        match &self.live {
            Some(parser) => parser.lock().unwrap().screen().clone(),
            None => parse(&self.raw(), self.size),
        }
    }

    pub fn text(&self) -> String {
        self.screen().contents()
    }

    /// Polls until `ok` holds for the screen; false if it did not within `timeout`.
    pub fn wait_until(&self, timeout: Duration, ok: impl Fn(&vt100::Screen) -> bool) -> bool {
        let start = Instant::now();
        loop {
            if ok(&self.screen()) {
                return true;
            }
            if start.elapsed() > timeout {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn wait_for(&self, what: &str, timeout: Duration) -> bool {
        self.wait_until(timeout, |s| s.contents().contains(what))
    }

    pub fn bytes(&self) -> usize {
        self.output.lock().unwrap().len()
    }

    pub fn raw(&self) -> Vec<u8> {
        self.output.lock().unwrap().clone()
    }

    pub fn keys(&mut self, s: &str) {
        let w = self.writer.as_mut().expect("the pty is open");
        w.write_all(s.as_bytes()).unwrap();
        w.flush().unwrap();
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master
            .as_ref()
            .expect("the pty is open")
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        self.size = (cols, rows);
    }

    pub fn signal(&self, sig: i32) {
        let pid = rustix::process::Pid::from_raw(self.child.process_id().unwrap() as i32).unwrap();
        let sig = rustix::process::Signal::from_named_raw(sig).unwrap();
        rustix::process::kill_process(pid, sig).unwrap();
    }

    /// Closes every descriptor of the pty's master side, as sshd does when the connection
    /// goes: `nudge` is typed first so the program writes once more and the reader, blocked in
    /// `read`, comes back to let go of its copy.
    pub fn close_pty(&mut self, nudge: &str) {
        self.hang_up.store(true, Ordering::SeqCst);
        self.keys(nudge);
        self.writer = None;
        self.master = None;
    }

    /// Each thread of the process with what it waits in, and the output's last bytes: for the
    /// message of a test whose process did not end.
    pub fn threads(&self) -> String {
        let pid = self.child.process_id().unwrap_or(0);
        let mut out = String::new();
        for task in std::fs::read_dir(format!("/proc/{pid}/task"))
            .into_iter()
            .flatten()
            .flatten()
        {
            let read = |f: &str| std::fs::read_to_string(task.path().join(f)).unwrap_or_default();
            out += &format!("\n  {} waits in {}", read("comm").trim(), read("wchan"));
        }
        let raw = self.raw();
        let tail = String::from_utf8_lossy(&raw[raw.len().saturating_sub(200)..]).to_string();
        format!("{out}\n  output ends {tail:?}")
    }

    /// The process's resident memory now, in MB.
    pub fn rss_mb(&self) -> f64 {
        rss_kb(self.child.process_id().unwrap()).map_or(f64::NAN, |kb| kb as f64 / 1024.0)
    }

    pub fn running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// Everything in the log so far (its daily files, whatever their date suffix).
    pub fn log(&self) -> String {
        let mut text = String::new();
        for entry in std::fs::read_dir(self._home.path()).unwrap().flatten() {
            if entry
                .file_name()
                .to_string_lossy()
                .starts_with("newsdesk.log")
            {
                text.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
            }
        }
        text
    }

    pub fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread drain what was written last.
                std::thread::sleep(Duration::from_millis(200));
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// A pseudo-terminal of `cols` x `rows`.
pub fn open(cols: u16, rows: u16) -> PtyPair {
    native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty")
}

/// A process's resident memory (VmRSS), in KB.
pub fn rss_kb(pid: u32) -> Option<u64> {
    status_kb(pid, "VmRSS")
}

/// A memory figure of `/proc/PID/status` (`VmRSS`, `VmHWM`, ...), in KB.
pub fn status_kb(pid: u32, field: &str) -> Option<u64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
}

/// The `i`th of the huge articles the memory runs use, as JSON: an 8 MB body full of figures
/// for even `i`, a 7 MB headline over a 1 MB body for odd.
pub fn huge_article(i: usize) -> String {
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
    json.to_string()
}

/// About `bytes` of Persian text with figures throughout, in paragraphs.
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

pub fn parse(bytes: &[u8], (cols, rows): (u16, u16)) -> vt100::Screen {
    let nz = |n: u16| std::num::NonZeroU16::new(n.max(1)).unwrap();
    let mut parser = vt100::Parser::new(nz(rows), nz(cols), 0);
    parser.process(bytes);
    parser.screen().clone()
}

/// Writes a file the way a wire receiver does: in full under a temporary name, then renamed.
pub fn drop_article(dir: &Path, name: &str, json: &str) {
    let tmp = dir.join(format!(".{name}.tmp"));
    std::fs::write(&tmp, json).unwrap();
    std::fs::rename(&tmp, dir.join(name)).unwrap();
}

/// The terminal as the process found it: alternate screen left, cursor shown, mouse reporting
/// off, BiDi mode back to implicit, all after the last time the screen was taken.
pub fn assert_restored(raw: &[u8]) {
    let text = String::from_utf8_lossy(raw);
    let tail = &text[text.rfind("\x1b[?1049h").unwrap_or(0)..];
    assert!(tail.contains("\x1b[?1049l"), "alternate screen not left");
    assert!(tail.contains("\x1b[?25h"), "cursor not shown");
    assert!(tail.contains("\x1b[?1000l"), "mouse capture not off");
    assert!(tail.contains("\x1b[8h"), "BiDi mode not restored");
    let after = &tail[tail.rfind("\x1b[?1049l").unwrap()..];
    assert!(
        !after.contains("\x1b[?2026h"),
        "a frame was drawn after the terminal was restored: {after:?}"
    );
}

/// Cells that differ between two screens of the same size, text and attributes, as
/// `(row, col, left, right)` descriptions.
pub fn differences(a: &vt100::Screen, b: &vt100::Screen) -> Vec<String> {
    let (rows, cols) = a.size();
    let mut out = Vec::new();
    for r in 0..rows.get() {
        for c in 0..cols.get() {
            let describe = |s: &vt100::Screen| {
                s.cell(r, c).map(|x| {
                    (
                        x.contents().to_string(),
                        x.fgcolor(),
                        x.bgcolor(),
                        x.bold(),
                        x.italic(),
                        x.underline(),
                        x.inverse(),
                    )
                })
            };
            let (x, y) = (describe(a), describe(b));
            if x != y {
                out.push(format!("({r},{c}) {x:?} != {y:?}"));
            }
        }
    }
    out
}
