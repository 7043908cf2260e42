//! The real binary in a pseudo-terminal, read back through a terminal emulator (vt100): what a
//! desk would see, and what it would be left with after the process goes.

#![cfg(unix)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};

struct Session {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    /// Everything the program wrote, raw.
    output: Arc<Mutex<Vec<u8>>>,
    _dir: tempfile::TempDir,
}

impl Session {
    fn start(dir: &Path, cols: u16, rows: u16, extra: &[&str]) -> Session {
        let home = tempfile::tempdir().unwrap();
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_newsdesk"));
        cmd.arg(dir);
        cmd.args(["--bidi", "shaped", "--settle", "0.2"]);
        cmd.arg("--config");
        cmd.arg(home.path().join("config.toml"));
        cmd.arg("--log-file");
        cmd.arg(home.path().join("newsdesk.log"));
        cmd.args(extra);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Session {
            child,
            master: pair.master,
            writer,
            output,
            _dir: home,
        }
    }

    fn screen(&self) -> String {
        let size = self.master.get_size().unwrap();
        let nz = |n: u16| std::num::NonZeroU16::new(n.max(1)).unwrap();
        let mut parser = vt100::Parser::new(nz(size.rows), nz(size.cols), 0);
        parser.process(&self.output.lock().unwrap());
        parser.screen().contents()
    }

    fn wait_for(&self, what: &str, timeout: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if self.screen().contains(what) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    fn bytes(&self) -> usize {
        self.output.lock().unwrap().len()
    }

    fn raw(&self) -> Vec<u8> {
        self.output.lock().unwrap().clone()
    }

    fn keys(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn signal(&self, sig: i32) {
        let pid = rustix::process::Pid::from_raw(self.child.process_id().unwrap() as i32).unwrap();
        let sig = rustix::process::Signal::from_named_raw(sig).unwrap();
        rustix::process::kill_process(pid, sig).unwrap();
    }

    fn wait_exit(&mut self, timeout: Duration) -> Option<portable_pty::ExitStatus> {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread drain what was written last.
                std::thread::sleep(Duration::from_millis(100));
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        None
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn drop_article(dir: &Path, name: &str, json: &str) {
    let tmp = dir.join(format!(".{name}.tmp"));
    std::fs::write(&tmp, json).unwrap();
    std::fs::rename(&tmp, dir.join(name)).unwrap();
}

const READY: Duration = Duration::from_secs(10);

#[test]
fn a_dropped_article_appears_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::start(dir.path(), 120, 30, &[]);
    assert!(
        s.wait_for("Headlines", READY),
        "no dashboard:\n{}",
        s.screen()
    );
    drop_article(
        dir.path(),
        "a.json",
        r#"{"titr":"Quake of magnitude 5.1 shakes Bam","describe":"TEHRAN, Nov. 20 (IRNA) - A quake hit."}"#,
    );
    assert!(
        s.wait_for("Quake of magnitude 5.1", READY),
        "headline never shown:\n{}",
        s.screen()
    );
}

fn assert_restored(raw: &[u8]) {
    let text = String::from_utf8_lossy(raw);
    let tail = &text[text.rfind("\x1b[?1049h").unwrap_or(0)..];
    assert!(tail.contains("\x1b[?1049l"), "alternate screen not left");
    assert!(tail.contains("\x1b[?25h"), "cursor not shown");
    assert!(tail.contains("\x1b[?1000l"), "mouse capture not off");
    assert!(tail.contains("\x1b[8h"), "BiDi mode not restored");
}

#[test]
fn signals_end_cleanly_with_the_terminal_restored() {
    for sig in [libc::SIGHUP, libc::SIGTERM, libc::SIGINT] {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Session::start(dir.path(), 100, 30, &[]);
        assert!(s.wait_for("Headlines", READY), "signal {sig}: no dashboard");
        s.signal(sig);
        let status = s.wait_exit(Duration::from_secs(1));
        assert!(status.is_some(), "signal {sig}: still running after 1 s");
        assert_restored(&s.raw());
    }
}

#[test]
fn q_quits_with_the_terminal_restored() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::start(dir.path(), 100, 30, &[]);
    assert!(s.wait_for("Headlines", READY));
    s.keys("q");
    let status = s.wait_exit(Duration::from_secs(2)).expect("q quits");
    assert!(status.success());
    assert_restored(&s.raw());
}

#[test]
fn hostile_headline_sends_no_control_sequence() {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::start(dir.path(), 120, 30, &[]);
    assert!(s.wait_for("Headlines", READY));
    let before = s.bytes();
    let json = serde_json::json!({
        "titr": "SAFE\u{1b}]2;pwned\u{7}HEAD\u{1b}[2JLINE\u{9b}31mEND \u{202e}reversed",
        "text": "body \u{1b}]52;c;ZXZpbA==\u{7} \u{1b}P+q\u{1b}\\ tail"
    });
    drop_article(dir.path(), "evil.json", &json.to_string());
    // A file name is untrusted too: a broken file whose name carries escapes, shown in the
    // error list.
    std::fs::write(dir.path().join("bad\u{1b}]2;owned\u{7}\u{1b}[5n.json"), "{").unwrap();
    assert!(s.wait_for("SAFEHEADLINEEND", READY), "{}", s.screen());
    assert!(s.wait_for("1 error", READY), "{}", s.screen());
    let mut s = s;
    s.keys("e");
    assert!(s.wait_for("EOF while parsing", READY), "{}", s.screen());
    let raw = s.raw();
    let after = String::from_utf8_lossy(&raw[before..]);
    for bad in [
        "\x1b]", "\x1b[2J", "\u{9b}", "\x1bP", "\u{202e}", "pwned", "ZXZpbA",
    ] {
        assert!(!after.contains(bad), "{bad:?} reached the terminal");
    }
}

#[test]
fn ctrl_z_suspends_and_fg_restores_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    drop_article(dir.path(), "a.json", r#"{"titr":"Still here after fg"}"#);
    let mut s = Session::start(dir.path(), 100, 30, &[]);
    assert!(s.wait_for("Still here after fg", READY));
    let before = s.bytes();
    s.keys("\x1a");
    // Under a job-control shell the process stops here until `fg`; this pty has none (the
    // process group is orphaned, so the kernel discards the stop), and it goes straight on.
    // Either way the terminal must be handed back, then taken again and redrawn whole.
    std::thread::sleep(Duration::from_millis(300));
    s.signal(libc::SIGCONT);
    let start = Instant::now();
    loop {
        let out = String::from_utf8_lossy(&s.raw()[before..]).to_string();
        let left = out.find("\x1b[?1049l");
        let back = left.and_then(|i| out[i..].find("\x1b[?1049h").map(|j| i + j));
        if back.is_some_and(|j| out[j..].contains("Still here after fg")) {
            break;
        }
        assert!(
            start.elapsed() < READY,
            "not handed back and redrawn: {out:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    s.keys("q");
    assert!(s.wait_exit(Duration::from_secs(2)).is_some());
}

#[test]
fn idle_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    drop_article(dir.path(), "a.json", r#"{"titr":"One quiet story"}"#);
    let s = Session::start(dir.path(), 100, 30, &[]);
    assert!(s.wait_for("One quiet story", READY));
    // Let the first frames and the scan's last status settle, and keep the window clear of
    // a minute boundary, where the clock tick legitimately redraws.
    std::thread::sleep(Duration::from_millis(500));
    let second = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        % 60;
    if second >= 53 {
        std::thread::sleep(Duration::from_secs(62 - second));
    }
    let before = s.bytes();
    std::thread::sleep(Duration::from_secs(5));
    let written = s.bytes() - before;
    let text = String::from_utf8_lossy(&s.raw()[before..]).to_string();
    assert_eq!(written, 0, "idle process wrote {text:?}");
}

#[test]
fn a_thousand_resizes_leave_a_correct_screen() {
    let dir = tempfile::tempdir().unwrap();
    drop_article(dir.path(), "a.json", r#"{"titr":"Resize survivor"}"#);
    let mut s = Session::start(dir.path(), 100, 30, &[]);
    assert!(s.wait_for("Resize survivor", READY));
    for i in 0..1000u16 {
        let (cols, rows) = (10 + (i * 37) % 200, 3 + (i * 13) % 60);
        s.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }
    s.master
        .resize(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    assert!(s.child.try_wait().unwrap().is_none(), "died while resizing");
    // Wait for the final size's frame, then check it shows the article.
    assert!(s.wait_for("Resize survivor", READY), "{}", s.screen());
    s.keys("q");
    assert!(s.wait_exit(Duration::from_secs(2)).is_some());
}

#[test]
fn a_directory_mixing_all_three_formats_shows_live() {
    let dir = tempfile::tempdir().unwrap();
    drop_article(
        dir.path(),
        "irna.json",
        r#"{"titr":"Bread prices held for spring"}"#,
    );
    let mut s = Session::start(dir.path(), 160, 40, &[]);
    assert!(s.wait_for("Bread prices held", READY), "{}", s.screen());
    drop_article(
        dir.path(),
        "wire.json",
        r#"{"uri":"urn:e2e:ninjs","type":"text","urgency":1,"headlines":[{"role":"main","value":"Dam gates opened upstream"}],"bodies":[{"contenttype":"text/html","value":"<p>Water &amp; power cut.</p>"}]}"#,
    );
    let message = r#"<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
  <newsItem guid="urn:e2e:g2:a" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
    <contentMeta><headline>Ferry service resumes</headline></contentMeta></newsItem>
  <newsItem guid="urn:e2e:g2:b" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
    <contentMeta><headline>Exam dates moved a week</headline></contentMeta></newsItem>
  <newsItem guid="urn:e2e:g2:p" version="1"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta></newsItem>
</itemSet></newsMessage>"#;
    drop_article(dir.path(), "feed.xml", message);
    for headline in [
        "Dam gates opened upstream",
        "Ferry service resumes",
        "Exam dates moved a week",
    ] {
        assert!(s.wait_for(headline, READY), "{headline}:\n{}", s.screen());
    }
    assert!(s.wait_for("1 error", READY), "{}", s.screen());
    // Version 2 of a story in a file of its own replaces version 1 in place; version 1
    // delivered again later changes nothing.
    let fixture = |name: &str| {
        std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/formats")
                .join(name),
        )
        .unwrap()
    };
    drop_article(dir.path(), "harbour-1.json", &fixture("ninjs1_text.json"));
    assert!(s.wait_for("Harbour cranes idle", READY), "{}", s.screen());
    assert!(s.wait_for("Headlines (5)", READY), "{}", s.screen());
    drop_article(dir.path(), "harbour-2.json", &fixture("ninjs1_update.json"));
    assert!(s.wait_for("Dockers end walk-out", READY), "{}", s.screen());
    drop_article(
        dir.path(),
        "harbour-1-again.json",
        &fixture("ninjs1_text.json"),
    );
    std::fs::write(
        dir.path().join("marker.json"),
        r#"{"titr":"After the late copy"}"#,
    )
    .unwrap();
    assert!(s.wait_for("After the late copy", READY), "{}", s.screen());
    let screen = s.screen();
    assert!(screen.contains("Headlines (6)"), "{screen}");
    assert!(!screen.contains("Harbour cranes idle"), "{screen}");
    // A kill for the first item, in a file of its own: still listed, marked.
    drop_article(
        dir.path(),
        "kill.xml",
        r#"<newsItem guid="urn:e2e:g2:a" version="2"><itemMeta><pubStatus qcode="stat:canceled"/></itemMeta></newsItem>"#,
    );
    assert!(s.wait_for("✖", READY), "{}", s.screen());
    assert!(s.screen().contains("Ferry service resumes"));
    s.keys("e");
    assert!(
        s.wait_for("not a text item: photo", READY),
        "{}",
        s.screen()
    );
    // The first q closes the list, the second quits.
    s.keys("qq");
    assert!(s.wait_exit(Duration::from_secs(2)).is_some());
}
