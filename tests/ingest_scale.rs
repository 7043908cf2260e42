//! Issue 13.10: what ingest sends the store when many files are fixed or removed, or a long feed
//! is rewritten, costs in proportion to the change. Each case is sized so that the quadratic
//! cost this replaced runs for many minutes, while the linear one takes a second in a debug
//! build; the work runs on a thread and the test waits for it with a generous deadline.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

use newsdesk::article::{Article, ParseError, Position};
use newsdesk::store::{Change, FileError, Store, Upsert};

const DEADLINE: Duration = Duration::from_secs(90);

/// Runs `work` on a thread; `None` if it has not finished by the deadline.
fn finishes<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.recv_timeout(DEADLINE).ok()
}

fn error(path: PathBuf) -> Change {
    Change::Error(FileError {
        path,
        line: None,
        reason: ParseError::NoHeadlineOrLead,
        time: SystemTime::now(),
    })
}

fn bad(i: usize) -> PathBuf {
    PathBuf::from(format!("/wire/bad-{i:06}.json"))
}

/// 200,000 unreadable files removed, then as many fixed: each costs its own errors.
#[test]
fn removing_or_fixing_many_bad_files_is_linear() {
    let n = 200_000;
    let left = finishes(move || {
        let mut store = Store::new(10, false);
        store.apply((0..n).map(|i| error(bad(i))).collect(), SystemTime::now());
        assert_eq!(store.error_count(), n);
        let removed = (0..n / 2).map(|i| Change::Remove { path: bad(i) });
        store.apply(removed.collect(), SystemTime::now());
        let fixed = (n / 2..n).map(|i| Change::ClearErrors { path: bad(i) });
        store.apply(fixed.collect(), SystemTime::now());
        store.error_count()
    });
    assert_eq!(left, Some(0), "not done within {DEADLINE:?}");
}

/// A 150,000-line feed rewritten: the store keeps the lines the feed still has.
#[test]
fn retaining_the_lines_of_a_long_feed_is_linear() {
    let n = 150_000;
    let kept = finishes(move || {
        let mut store = Store::new(n, false);
        let path = PathBuf::from("/wire/feed.jsonl");
        let ups = (1..=n).map(|line| {
            let article = Article {
                headline: format!("line {line}"),
                ..Article::default()
            };
            let at = Some(Position::Line(line));
            let up = Upsert::new(path.clone(), at, article, SystemTime::now(), false);
            Change::Upsert(Box::new(up))
        });
        store.apply(ups.collect(), SystemTime::now());
        let lines = (1..n).map(|line| Some(Position::Line(line))).collect();
        store.apply(vec![Change::Retain { path, lines }], SystemTime::now());
        store.len()
    });
    assert_eq!(kept, Some(150_000 - 1), "not done within {DEADLINE:?}");
}
