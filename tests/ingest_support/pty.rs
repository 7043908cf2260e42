//! The real binary watching a directory in a pseudo-terminal, its output fed to a terminal
//! emulator (vt100) as it comes, for ingest behaviour as the desk sees it.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};

pub struct Screen {
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    writer: Mutex<Box<dyn Write + Send>>,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    _home: tempfile::TempDir,
}

impl Screen {
    /// `newsdesk DIR` at `cols`x`rows`, with a settings file and log of its own and a short
    /// settle time, plus `extra` flags.
    pub fn start(dir: &Path, cols: u16, rows: u16, extra: &[&str]) -> Screen {
        Screen::start_env(dir, cols, rows, extra, &[])
    }

    /// As [`Screen::start`], with environment variables set for the process.
    pub fn start_env(
        dir: &Path,
        cols: u16,
        rows: u16,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Screen {
        let home = tempfile::tempdir().unwrap();
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
        cmd.args(["--bidi", "shaped", "--settle", "0.3", "--config"]);
        cmd.arg(home.path().join("config.toml"));
        cmd.arg("--log-file");
        cmd.arg(home.path().join("newsdesk.log"));
        cmd.args(extra);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let nz = |n: u16| std::num::NonZeroU16::new(n.max(1)).unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (sink, raw_sink) = (Arc::clone(&parser), Arc::clone(&raw));
        let mut reader = pair.master.try_clone_reader().unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
                raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = Mutex::new(pair.master.take_writer().unwrap());
        Screen {
            child,
            _master: pair.master,
            writer,
            parser,
            raw,
            _home: home,
        }
    }

    pub fn text(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Everything written to the terminal so far, for what the emulator does not keep (it drops
    /// U+FFFD, for one).
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Waits until the screen shows `what`, or `timeout` passes (false).
    pub fn wait_for(&self, what: &str, timeout: Duration) -> bool {
        self.wait_until(timeout, |s| s.contains(what))
    }

    /// Waits until `done` holds for the screen's text, or `timeout` passes (false).
    pub fn wait_until(&self, timeout: Duration, done: impl Fn(&str) -> bool) -> bool {
        let end = Instant::now() + timeout;
        loop {
            if done(&self.text()) {
                return true;
            }
            if Instant::now() >= end {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
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

    /// The process has not ended.
    pub fn running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    pub fn keys(&self, keys: &str) {
        let mut w = self.writer.lock().unwrap();
        w.write_all(keys.as_bytes()).unwrap();
        w.flush().unwrap();
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
