//! Idle means idle: with nothing happening in DIR, ingest sends nothing, re-reads nothing (our
//! own reads' open/close events must not set off more reads) and burns no CPU. A test binary of
//! its own, so that no other test's ingest threads share the process being measured.

mod ingest_support;

use std::fs;
use std::time::Duration;

use ingest_support::*;

/// CPU time, in clock ticks, of this process's threads whose names start with `ingest`.
fn ingest_cpu_ticks() -> u64 {
    let mut ticks = 0;
    for task in fs::read_dir("/proc/self/task").unwrap().flatten() {
        let comm = fs::read_to_string(task.path().join("comm")).unwrap_or_default();
        if !comm.starts_with("ingest") {
            continue;
        }
        let stat = fs::read_to_string(task.path().join("stat")).unwrap_or_default();
        // Fields after the parenthesised name: utime and stime are the 12th and 13th.
        let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        let fields: Vec<&str> = after.split_whitespace().collect();
        ticks += fields
            .get(11)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0);
        ticks += fields
            .get(12)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0);
    }
    ticks
}

#[test]
fn idle_means_idle_and_our_own_reads_do_not_echo() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::start(config(dir.path()));
    write_atomic(dir.path(), "a.json", &article("a"));
    fs::write(dir.path().join("b.json"), article("b")).unwrap();
    append(&dir.path().join("c.jsonl"), format!("{}\n", article("c")));
    assert!(desk.pump_until(WAIT, |d| d.store.len() == 3));
    desk.pump_for(SETTLE * 2);
    let (batches, statuses) = (desk.batches, desk.statuses.len());
    let before = ingest_cpu_ticks();
    desk.pump_for(Duration::from_secs(1));
    let spent = ingest_cpu_ticks() - before;
    assert_eq!(
        desk.batches, batches,
        "reading our own files set off more reads"
    );
    assert_eq!(
        desk.statuses.len(),
        statuses,
        "status sent while nothing changed"
    );
    // A busy loop would spend the whole second (about 100 ticks); idle threads spend none.
    assert!(
        spent <= 5,
        "ingest threads used {spent} ticks of CPU while idle"
    );
    desk.stop();
}
