//! Nothing lost, nothing twice: several writers drop 5,000 articles into DIR in every way wire
//! receivers do (atomic renames, direct writes in chunks, JSON Lines appends, rewrites, deletes,
//! broken files), and afterwards the store holds exactly the valid files' latest articles and
//! each broken file has exactly one error entry. Once with inotify, once polling.

mod ingest_support;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::thread;
use std::time::Duration;

use ingest_support::*;
use newsdesk::ingest::WatchMode;

const ATOMIC: usize = 2400;
const CHUNKED_PER_THREAD: usize = 200;
const JSONL_FILES: usize = 10;
const JSONL_LINES: usize = 100;
const REWRITTEN: usize = 300;
const DELETED: usize = 500;
const BROKEN: usize = 100;

type Key = (String, Option<usize>, String);

fn writers(dir: &Path) {
    let pause = Duration::from_millis(2);
    thread::scope(|s| {
        s.spawn(|| {
            for i in 0..ATOMIC {
                write_atomic(dir, &format!("a{i}.json"), &article(&format!("A{i}")));
            }
        });
        for t in 0..2 {
            s.spawn(move || {
                for i in 0..CHUNKED_PER_THREAD {
                    let name = format!("c{t}-{i}.json");
                    let content = article(&format!("C{t}-{i}"));
                    write_chunked(&dir.join(name), &content, pause, i % 2 == 0);
                }
            });
        }
        s.spawn(|| {
            for n in 1..=JSONL_LINES {
                for f in 0..JSONL_FILES {
                    let path = dir.join(format!("feed{f}.jsonl"));
                    let line = format!("{}\n", article(&format!("L{f}-{n}")));
                    if n % 7 == 0 {
                        // A line that lands in two writes (cut inside a character, even) must
                        // wait for its newline.
                        let (head, rest) = line.as_bytes().split_at(line.len() / 2 + 1);
                        append(&path, head);
                        thread::sleep(pause);
                        append(&path, rest);
                    } else {
                        append(&path, &line);
                    }
                }
            }
        });
        s.spawn(|| {
            for i in 0..REWRITTEN {
                write_atomic(dir, &format!("r{i}.json"), &article(&format!("R{i} v1")));
            }
            thread::sleep(Duration::from_millis(50));
            for i in 0..REWRITTEN {
                let content = article(&format!("R{i} v2"));
                if i % 2 == 0 {
                    fs::write(dir.join(format!("r{i}.json")), content).unwrap();
                } else {
                    write_atomic(dir, &format!("r{i}.json"), &content);
                }
            }
        });
        s.spawn(|| {
            for i in 0..DELETED {
                let name = format!("d{i}.json");
                if i % 2 == 0 {
                    write_atomic(dir, &name, &article(&format!("D{i}")));
                } else {
                    fs::write(dir.join(&name), article(&format!("D{i}"))).unwrap();
                }
                if i % 3 == 0 {
                    thread::sleep(Duration::from_millis(1));
                }
                fs::remove_file(dir.join(&name)).unwrap();
            }
        });
        s.spawn(|| {
            for i in 0..BROKEN {
                write_atomic(dir, &format!("bad{i}.json"), "{\"titr\": \"cut off");
            }
        });
    });
}

fn expected() -> BTreeSet<Key> {
    let mut want = BTreeSet::new();
    for i in 0..ATOMIC {
        want.insert((format!("a{i}.json"), None, format!("A{i}")));
    }
    for t in 0..2 {
        for i in 0..CHUNKED_PER_THREAD {
            want.insert((format!("c{t}-{i}.json"), None, format!("C{t}-{i}")));
        }
    }
    for f in 0..JSONL_FILES {
        for n in 1..=JSONL_LINES {
            want.insert((format!("feed{f}.jsonl"), Some(n), format!("L{f}-{n}")));
        }
    }
    for i in 0..REWRITTEN {
        want.insert((format!("r{i}.json"), None, format!("R{i} v2")));
    }
    want
}

fn held(desk: &Desk) -> Vec<Key> {
    desk.store
        .iter_newest()
        .map(|r| {
            (
                r.path.file_name().unwrap().to_string_lossy().into_owned(),
                r.line.map(|at| at.number()),
                r.article.headline.clone(),
            )
        })
        .collect()
}

fn nothing_lost_nothing_twice(poll: Option<Duration>) {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.poll = poll;
    let mut desk = Desk::start(cfg);
    writers(dir.path());

    let want = expected();
    let complete = |d: &Desk| d.store.len() == want.len() && d.store.error_count() == BROKEN;
    let done = desk.pump_until(Duration::from_secs(60), complete);
    // Anything late (a retry, a stray event) would show up within a settle time.
    desk.pump_for(SETTLE + Duration::from_millis(300));

    let held = held(&desk);
    let held_set: BTreeSet<Key> = held.iter().cloned().collect();
    assert_eq!(held.len(), held_set.len(), "an article is held twice");
    let missing: Vec<_> = want.difference(&held_set).take(5).collect();
    let extra: Vec<_> = held_set.difference(&want).take(5).collect();
    assert!(
        done && missing.is_empty() && extra.is_empty(),
        "held {} of {}; missing {missing:?}; extra {extra:?}",
        held.len(),
        want.len()
    );

    let errors: Vec<String> = desk
        .store
        .errors()
        .map(|e| e.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let error_set: BTreeSet<&String> = errors.iter().collect();
    assert_eq!(errors.len(), BROKEN, "{errors:?}");
    assert_eq!(error_set.len(), BROKEN);
    assert!(errors.iter().all(|n| n.starts_with("bad")), "{errors:?}");

    let status = desk.status().expect("a status was sent").clone();
    assert_eq!(
        matches!(status.mode, WatchMode::Poll { .. }),
        poll.is_some(),
        "{status:?}"
    );
    assert!(
        desk.batches < held.len() / 4,
        "{} batches for {} articles: changes are not being batched",
        desk.batches,
        held.len()
    );
    desk.stop();
}

#[test]
fn nothing_lost_nothing_twice_inotify() {
    nothing_lost_nothing_twice(None);
}

#[test]
fn nothing_lost_nothing_twice_polling() {
    nothing_lost_nothing_twice(Some(Duration::from_millis(100)));
}
