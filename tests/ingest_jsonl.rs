//! JSON Lines feeds as they really grow: past the size cap, a record cut in two by a slow
//! writer, a feed rewritten in place. Nothing lost, nothing counted twice.

mod ingest_support;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::Duration;

use ingest_support::*;
use newsdesk::article::Position;

fn line(headline: &str) -> String {
    format!("{}\n", article(headline))
}

fn added(desk: &Desk) -> usize {
    desk.applied.iter().map(|a| a.added).sum()
}

/// Issue 13.1: the cap applies per line for JSON Lines: a feed growing far past it keeps every
/// article, and only a line over the cap is an error, of its own.
#[test]
fn a_feed_past_the_size_cap_keeps_every_article() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let mut cfg = config(dir.path());
    cfg.max_file_size = 2_000;
    let mut desk = Desk::start(cfg);
    for i in 0..60 {
        append(&path, line(&format!("F{i}")));
        if i == 30 {
            append(&path, format!("{{\"titr\":\"{}\"}}\n", "x".repeat(3_000)));
        }
    }
    assert!(fs::metadata(&path).unwrap().len() > 5 * 2_000);
    assert!(
        desk.pump_until(WAIT, |d| d.store.len() == 60 && d.store.error_count() == 1),
        "{} articles, errors {:?}",
        desk.store.len(),
        desk.store.errors().collect::<Vec<_>>()
    );
    let err = desk.store.errors().next().unwrap();
    assert_eq!(err.line, Some(Position::Line(32)));
    assert!(err
        .reason
        .to_string()
        .starts_with("line is 3011 bytes, over the 2000-byte limit"));
    desk.stop();
}

/// Issue 13.2: a record written in two chunks with more than the settle time between them.
/// While the file is quiet the unfinished line is read as it stands (and fails); once the
/// rest comes, that error is withdrawn and the record read, as one line.
#[test]
fn a_record_in_two_chunks_with_a_quiet_file_between_is_read_once_complete() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let mut desk = Desk::start(config(dir.path()));
    for i in 1..=4 {
        append(&path, line(&format!("R{i}")));
    }
    let fifth = line("R5");
    let (head, rest) = fifth.split_at(fifth.len() / 2);
    append(&path, head);
    assert!(
        desk.pump_until(WAIT, |d| d.store.len() == 4 && d.store.error_count() == 1),
        "{:?}",
        desk.store.errors().collect::<Vec<_>>()
    );
    assert_eq!(
        desk.store.errors().next().unwrap().line,
        Some(Position::Line(5))
    );
    append(&path, rest);
    append(&path, line("R6"));
    assert!(
        desk.pump_until(WAIT, |d| d.store.len() == 6 && d.store.error_count() == 0),
        "{:?} {:?}",
        desk.headlines(),
        desk.store.errors().collect::<Vec<_>>()
    );
    let lines: Vec<(Option<usize>, String)> = desk
        .store
        .by_path(&path)
        .map(|r| (r.line.map(Position::number), r.article.headline.clone()))
        .collect();
    let want: Vec<(Option<usize>, String)> = (1..=6).map(|i| (Some(i), format!("R{i}"))).collect();
    assert_eq!(lines, want);
    desk.stop();
}

fn ids_by_line(desk: &Desk, path: &Path) -> BTreeMap<usize, (u64, String)> {
    desk.store
        .by_path(path)
        .map(|r| (r.line.unwrap().number(), (r.id, r.article.headline.clone())))
        .collect()
}

/// Issue 13.10: a feed rewritten in place (truncated, then written again, seen half way) keeps
/// its unchanged lines as they were: same ids, not new arrivals. Only the changed line is
/// replaced and only the appended one arrives.
#[test]
fn a_rewritten_feed_keeps_its_unchanged_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let mut cfg = config(dir.path());
    // Long enough that the half-written file is never quiet.
    cfg.settle = Duration::from_secs(5);
    let mut desk = Desk::start(cfg);
    let n = 2_000;
    let v1: Vec<String> = (0..n).map(|i| line(&format!("W{i}"))).collect();
    write_atomic(dir.path(), "feed.jsonl", &v1.concat());
    assert!(desk.pump_until(WAIT, |d| d.store.len() == n));
    let before = ids_by_line(&desk, &path);
    assert_eq!(added(&desk), n);
    // Read in one go, applied a batch at a time.
    assert!(
        desk.applied.iter().all(|a| a.added <= 500),
        "{:?}",
        desk.applied.iter().map(|a| a.added).collect::<Vec<_>>()
    );

    let mut v2 = v1.clone();
    v2[1_500] = line("W1500 corrected");
    v2.push(line("W-new"));
    let v2 = v2.concat();
    let half = v2.len() / 2;
    let mut f = fs::File::create(&path).unwrap();
    std::io::Write::write_all(&mut f, &v2.as_bytes()[..half]).unwrap();
    // Let ingest see the truncated, half-written feed.
    desk.pump_for(Duration::from_secs(1));
    std::io::Write::write_all(&mut f, &v2.as_bytes()[half..]).unwrap();
    drop(f);
    assert!(
        desk.pump_until(WAIT, |d| d.has_headline("W-new")
            && d.has_headline("W1500 corrected")
            && d.store.len() == n + 1),
        "{}",
        desk.store.len()
    );
    desk.pump_for(SETTLE);
    let after = ids_by_line(&desk, &path);
    for (line, (id, headline)) in &before {
        let (id_now, headline_now) = &after[line];
        assert_eq!(id, id_now, "line {line}");
        if *line != 1_501 {
            assert_eq!(headline, headline_now);
        }
    }
    assert_eq!(after[&(n + 1)].1, "W-new");
    assert_eq!(added(&desk), n + 1, "only the appended line is an arrival");
    desk.stop();
}

/// A feed replaced by a shorter one loses the lines past its new end once it is whole.
#[test]
fn a_feed_replaced_by_a_shorter_one_keeps_only_its_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    let mut desk = Desk::start(config(dir.path()));
    let v1: String = (0..10).map(|i| line(&format!("S{i}"))).collect();
    write_atomic(dir.path(), "feed.jsonl", &v1);
    assert!(desk.pump_until(WAIT, |d| d.store.len() == 10));
    let v2: String = (0..4).map(|i| line(&format!("S{i}"))).collect();
    fs::write(&path, v2).unwrap();
    assert!(
        desk.pump_until(WAIT, |d| d.store.len() == 4),
        "{:?}",
        desk.headlines()
    );
    assert_eq!(desk.headlines(), ["S0", "S1", "S2", "S3"]);
    assert_eq!(added(&desk), 10);
    desk.stop();
}

/// `extract` (and a body read back for the dashboard) cap JSON Lines per line too.
#[test]
fn extract_applies_the_cap_to_each_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    for i in 0..40 {
        append(&path, line(&format!("E{i}")));
    }
    append(&path, format!("{{\"titr\":\"{}\"}}\n", "x".repeat(3_000)));
    append(&path, line("E-last"));
    let (_, records) = extract(&[
        "--max-file-size".as_ref(),
        "2000".as_ref(),
        path.as_os_str(),
    ]);
    assert_eq!(records.len(), 42);
    let bad: Vec<&serde_json::Value> = records.iter().filter(|r| r["ok"] == false).collect();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0]["line"], 41);
    assert!(bad[0]["error"]
        .as_str()
        .unwrap()
        .starts_with("line is 3011 bytes"));
    assert_eq!(records[41]["article"]["headline"], "E-last");
}
