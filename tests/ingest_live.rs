//! Live behaviour: the startup scan, tailing, rewrites in place, deletions, bursts, subfolders,
//! the name filter, and staying idle when nothing happens.

mod ingest_support;

use std::fs;
use std::time::Duration;

use ingest_support::*;

#[test]
fn startup_reads_only_the_newest_max_articles() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..30u64 {
        let path = dir.path().join(format!("s{i:02}.json"));
        fs::write(&path, article(&format!("s{i:02}"))).unwrap();
        set_age(&path, 100 + i * 10);
    }
    let mut cfg = config(dir.path());
    cfg.max_articles = 10;
    let mut desk = Desk::start(cfg);
    assert!(
        desk.pump_until(WAIT, |d| d.status().is_some_and(|s| s.scan.is_done())
            && d.store.len() == 10)
    );
    let want: Vec<String> = (0..10).map(|i| format!("s{i:02}")).collect();
    assert_eq!(desk.headlines(), want);
    let scan = desk.status().unwrap().scan;
    assert_eq!((scan.scanned, scan.total), (10, 10));
    // Found at startup: not alerts, and they arrived when their files did.
    assert!(desk.applied.iter().all(|a| a.arrived_ids.is_empty()));
    let newest = desk.store.nth(0).unwrap();
    assert_eq!(newest.article.headline, "s00");
    assert_eq!(newest.arrived, newest.time);
    desk.stop();
}

#[test]
fn jsonl_is_tailed_and_a_partial_line_waits_for_its_newline() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let mut desk = Desk::start(config(dir.path()));
    let second = format!("{}\n", article("two"));
    let (head, rest) = second.as_bytes().split_at(20);
    append(&path, format!("{}\n", article("one")));
    append(&path, head);
    assert!(desk.pump_until(WAIT, |d| d.has_headline("one")));
    desk.pump_for(SETTLE / 3);
    assert_eq!(desk.store.len(), 1);
    assert_eq!(desk.store.error_count(), 0);
    append(&path, rest);
    append(&path, format!("\n{}\n", article("four")));
    assert!(desk.pump_until(WAIT, |d| d.store.len() == 3));
    let lines: Vec<Option<usize>> = desk
        .store
        .by_path(&path)
        .map(|r| r.line.map(|at| at.number()))
        .collect();
    assert_eq!(lines, [Some(1), Some(2), Some(4)]);
    desk.stop();
}

#[test]
fn jsonl_without_final_newline_counts_once_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::start(config(dir.path()));
    fs::write(dir.path().join("feed.ndjson"), article("last")).unwrap();
    assert!(desk.pump_until(WAIT, |d| d.has_headline("last")));
    desk.stop();
}

#[test]
fn rewritten_jsonl_keeps_only_its_new_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::start(config(dir.path()));
    let three = ["x", "y", "z"]
        .map(|h| format!("{}\n", article(h)))
        .concat();
    write_atomic(dir.path(), "feed.jsonl", &three);
    assert!(desk.pump_until(WAIT, |d| d.store.len() == 3));
    write_atomic(dir.path(), "feed.jsonl", &format!("{}\n", article("only")));
    assert!(desk.pump_until(WAIT, |d| d.headlines() == ["only"]));
    desk.stop();
}

#[test]
fn rewrite_in_place_keeps_the_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.json");
    let mut desk = Desk::start(config(dir.path()));
    fs::write(&path, article("draft")).unwrap();
    assert!(desk.pump_until(WAIT, |d| d.has_headline("draft")));
    let id = desk.store.nth(0).unwrap().id;
    fs::write(&path, article("final")).unwrap();
    assert!(desk.pump_until(WAIT, |d| d.has_headline("final")));
    assert_eq!(desk.store.len(), 1);
    assert_eq!(desk.store.get(id).unwrap().article.headline, "final");
    let replaced: usize = desk.applied.iter().map(|a| a.replaced).sum();
    assert!(replaced >= 1);
    desk.stop();
}

#[test]
fn deleted_files_go_or_stay_marked() {
    for keep in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let mut cfg = config(dir.path());
        cfg.keep_deleted = keep;
        let mut desk = Desk::start(cfg);
        write_atomic(dir.path(), "a.json", &article("a"));
        assert!(desk.pump_until(WAIT, |d| d.has_headline("a")));
        fs::remove_file(dir.path().join("a.json")).unwrap();
        let gone = desk.pump_until(WAIT, |d| {
            if keep {
                d.store.nth(0).is_some_and(|r| r.deleted)
            } else {
                d.store.is_empty()
            }
        });
        assert!(gone, "keep_deleted={keep}");
        desk.stop();
    }
}

#[test]
fn a_burst_of_10000_files_arrives_whole_in_batches() {
    const N: usize = 10_000;
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::start(config(dir.path()));
    let staging = tempfile::tempdir_in(dir.path().parent().unwrap()).unwrap();
    for i in 0..N {
        fs::write(
            staging.path().join(format!("b{i}.json")),
            article(&format!("b{i}")),
        )
        .unwrap();
    }
    // Renamed in from a sibling folder: the rename is the only event each file gets.
    for i in 0..N {
        let name = format!("b{i}.json");
        fs::rename(staging.path().join(&name), dir.path().join(&name)).unwrap();
    }
    assert!(
        desk.pump_until(Duration::from_secs(60), |d| d.store.len() == N),
        "{} of {N}",
        desk.store.len()
    );
    desk.pump_for(SETTLE);
    let added: usize = desk.applied.iter().map(|a| a.added).sum();
    let arrived: usize = desk.applied.iter().map(|a| a.arrived_ids.len()).sum();
    assert_eq!(added, N, "each file added exactly once");
    assert_eq!(arrived, N, "each counts as a live arrival");
    assert!(
        desk.batches <= N / 20,
        "{} batches for {N} files",
        desk.batches
    );
    desk.stop();
}

#[test]
fn subfolders_are_scanned_and_watched_when_recursive() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("2026/11/23");
    fs::create_dir_all(&old).unwrap();
    fs::write(old.join("a.json"), article("yesterday")).unwrap();
    let mut cfg = config(dir.path());
    cfg.recursive = true;
    let mut desk = Desk::start(cfg);
    assert!(desk.pump_until(WAIT, |d| d.has_headline("yesterday")));
    let today = dir.path().join("2026/11/24");
    fs::create_dir_all(&today).unwrap();
    fs::write(today.join("b.json"), article("today")).unwrap();
    write_atomic(&today, "c.json", &article("today too"));
    assert!(desk.pump_until(WAIT, |d| d.store.len() == 3));
    fs::remove_dir_all(dir.path().join("2026/11/23")).unwrap();
    assert!(desk.pump_until(WAIT, |d| d.headlines() == ["today", "today too"]));
    desk.stop();
}

#[test]
fn polling_reads_a_file_once_it_holds_still() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.poll = Some(Duration::from_millis(100));
    let mut desk = Desk::start(cfg);
    let path = dir.path().join("slow.json");
    write_chunked(&path, &article("slow"), Duration::from_millis(30), true);
    assert!(desk.pump_until(WAIT, |d| d.has_headline("slow")));
    assert_eq!(desk.store.error_count(), 0);
    let errors: usize = desk.applied.iter().map(|a| a.errors).sum();
    assert_eq!(errors, 0);
    desk.stop();
}

#[test]
fn staging_folders_inside_dir_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let staging = dir.path().join(".incoming");
    fs::create_dir(&staging).unwrap();
    let mut cfg = config(dir.path());
    cfg.recursive = true;
    let mut desk = Desk::start(cfg);
    fs::write(staging.join("a.json"), article("staged")).unwrap();
    fs::rename(staging.join("a.json"), dir.path().join("a.json")).unwrap();
    assert!(desk.pump_until(WAIT, |d| d.has_headline("staged")));
    desk.pump_for(SETTLE);
    assert_eq!(desk.store.len(), 1, "the staging copy was read too");
    desk.stop();
}

#[test]
fn stopping_never_waits_on_an_app_that_stopped_reading() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..300 {
        fs::write(
            dir.path().join(format!("f{i}.json")),
            article(&format!("f{i}")),
        )
        .unwrap();
    }
    let (tx, rx) = crossbeam_channel::bounded(1);
    let handle = newsdesk::ingest::spawn(config(dir.path()), tx, |e| e).unwrap();
    // Ingest fills the channel and waits for the app, which never reads.
    std::thread::sleep(Duration::from_millis(300));
    assert!(rx.is_full());
    handle.stop();
}

/// Issue 16.4: a large directory's newest screenful is read, and sent to the app, before any
/// older file is read; the rest follows.
#[test]
fn the_newest_screenful_comes_before_anything_older() {
    let dir = tempfile::tempdir().unwrap();
    let n = 400;
    for i in 0..n {
        let path = dir.path().join(format!("f{i:03}.json"));
        fs::write(&path, article(&format!("f{i:03}"))).unwrap();
        // Shuffled ages: listing order says nothing about age.
        set_age(&path, 100 + ((i * 7919) % n) as u64);
    }
    let mut desk = Desk::start(config(dir.path()));
    assert!(desk.pump_until(WAIT, |d| d.store.len() == n));
    let order: Vec<u64> = desk
        .applied
        .iter()
        .flat_map(|a| a.added_ids.iter().copied())
        .collect();
    let age_of = |id: u64| {
        let name = &desk.store.get(id).unwrap().article.headline;
        let i: usize = name[1..].parse().unwrap();
        (i * 7919) % n
    };
    let mut first: Vec<usize> = order[..100].iter().map(|&id| age_of(id)).collect();
    first.sort_unstable();
    assert_eq!(first, (0..100).collect::<Vec<_>>(), "the newest 100 first");
    desk.stop();
}
