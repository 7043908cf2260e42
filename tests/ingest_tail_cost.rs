//! Issue 13.10: a long JSON Lines record written a little at a time is not read again from its
//! start on every append: what ingest reads from disk grows with what was appended. Measured
//! with the kernel's count of bytes this process read (`rchar`), so this file holds this one
//! test alone.

#![cfg(target_os = "linux")]

mod ingest_support;

use std::time::Duration;

use ingest_support::*;

fn bytes_read_by_this_process() -> u64 {
    std::fs::read_to_string("/proc/self/io")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("rchar:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn an_unfinished_record_is_read_once_however_many_appends() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let mut desk = Desk::start(config(dir.path()));
    append(&path, format!("{}\n", article("first")));
    assert!(desk.pump_until(WAIT, |d| d.has_headline("first")));

    let before = bytes_read_by_this_process();
    append(&path, "{\"titr\":\"long record\",\"padding\":\"");
    let chunk = "x".repeat(2_500);
    let chunks = 2_000;
    for _ in 0..chunks {
        append(&path, &chunk);
        std::thread::sleep(Duration::from_millis(1));
    }
    append(&path, "\"}\n");
    assert!(desk.pump_until(WAIT, |d| d.has_headline("long record")));
    let read = bytes_read_by_this_process() - before;
    let written = (chunks * chunk.len()) as u64;
    assert!(
        read < 3 * written,
        "{read} bytes read for {written} appended"
    );
    assert_eq!(desk.store.error_count(), 0);
    desk.stop();
}
