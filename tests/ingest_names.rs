//! File names that are not valid UTF-8 (a Latin-1 wire receiver, a copy from an old share) are
//! read like any other, by `extract`, `snapshot` and the live dashboard, their names shown
//! lossily: never skipped without a word.

#![cfg(unix)]

mod ingest_support;
mod pty_support;

use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use ingest_support::*;
use pty_support::Session;

/// `café.json` and `bad-é.json` in Latin-1.
fn latin1_files(dir: &Path) -> (PathBuf, PathBuf) {
    let good = dir.join(OsStr::from_bytes(b"caf\xe9.json"));
    let bad = dir.join(OsStr::from_bytes(b"bad-\xe9.json"));
    fs::write(
        &good,
        r#"{"titr":"Latin-1 named copy","describe":"TEHRAN (IRNA) - lead."}"#,
    )
    .unwrap();
    fs::write(&bad, "{ not json").unwrap();
    (good, bad)
}

#[test]
fn extract_reads_names_that_are_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    latin1_files(dir.path());
    let (status, records) = extract(&[dir.path().as_os_str()]);
    assert_eq!(records.len(), 2, "{records:?}");
    let good = records.iter().find(|r| r["ok"] == true).unwrap();
    assert!(good["path"].as_str().unwrap().ends_with("caf\u{fffd}.json"));
    assert_eq!(good["article"]["headline"], "Latin-1 named copy");
    let bad = records.iter().find(|r| r["ok"] == false).unwrap();
    assert!(bad["path"].as_str().unwrap().ends_with("bad-\u{fffd}.json"));
    assert_eq!(status, Some(1));
}

#[test]
fn snapshot_reads_names_that_are_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    latin1_files(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .arg("snapshot")
        .arg(dir.path())
        .args(["--width", "120", "--height", "30", "--config"])
        .arg(home.path().join("config.toml"))
        .output()
        .unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{screen}");
    assert!(screen.contains("Latin-1 named copy"), "{screen}");
    assert!(screen.contains("1 error"), "{screen}");
}

#[test]
fn the_live_desk_reads_names_that_are_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::start(config(dir.path()));
    let (good, bad) = latin1_files(dir.path());
    assert!(
        desk.pump_until(WAIT, |d| d.has_headline("Latin-1 named copy")
            && d.store.errors().any(|e| e.path == bad))
    );
    assert_eq!(desk.store.by_path(&good).count(), 1);
    desk.stop();
}

#[test]
fn the_dashboard_shows_articles_from_names_that_are_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let mut screen = Session::start(dir.path(), 120, 30, &[]);
    assert!(screen.wait_for("Headlines", WAIT), "{}", screen.text());
    latin1_files(dir.path());
    assert!(
        screen.wait_for("Latin-1 named copy", WAIT),
        "{}",
        screen.text()
    );
    // The broken one is listed with its name shown lossily (the emulator drops the U+FFFD
    // itself, so the bytes sent are checked too).
    screen.keys("e");
    assert!(screen.wait_for("bad-.json", WAIT), "{}", screen.text());
    let raw = String::from_utf8_lossy(&screen.raw()).into_owned();
    assert!(raw.contains("bad-\u{fffd}.json"));
}
