//! The store, batch by batch.

use super::*;
use crate::article::{Dateline, ParseError, Position};
use proptest::prelude::*;
use std::path::PathBuf;
use std::time::UNIX_EPOCH;

pub(crate) fn at(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs)
}

fn article(headline: &str, published: Option<&str>, place: Option<&str>) -> Article {
    Article {
        headline: headline.to_string(),
        published: published.map(str::to_string),
        dateline: place.map(|p| Dateline {
            place: p.to_string(),
            agency: None,
        }),
        ..Article::default()
    }
}

pub(crate) fn up(path: &str, line: Option<Position>, a: Article, mtime: u64, live: bool) -> Change {
    Change::Upsert(Box::new(Upsert::new(
        PathBuf::from(path),
        line,
        a,
        at(mtime),
        live,
    )))
}

pub(crate) fn line(n: usize) -> Option<Position> {
    Some(Position::Line(n))
}

pub(crate) fn headlines(s: &Store) -> Vec<String> {
    s.iter_newest()
        .map(|r| r.article.headline.clone())
        .collect()
}

#[test]
fn newest_first_by_published_then_mtime() {
    let mut s = Store::new(10, false);
    let applied = s.apply(
        vec![
            up("a.json", None, article("A", None, None), 100, false),
            up(
                "b.json",
                None,
                article("B", Some("1970-01-01T00:05:00Z"), None),
                50,
                false,
            ),
            up(
                "c.json",
                None,
                article("C", Some("not a date"), None),
                200,
                true,
            ),
        ],
        at(1000),
    );
    assert_eq!(headlines(&s), ["B", "C", "A"]);
    assert_eq!(applied.added, 3);
    assert_eq!(applied.arrived_ids.len(), 1);
    assert_eq!(s.nth(1).unwrap().article.headline, "C");
    assert_eq!(s.position(applied.added_ids[0]), Some(2));
    assert_eq!(s.get(applied.arrived_ids[0]).unwrap().arrived, at(1000));
    assert_eq!(s.get(applied.added_ids[0]).unwrap().arrived, at(100));
}

#[test]
fn rewrite_keeps_id_and_bound_keeps_newest() {
    let mut s = Store::new(2, false);
    let first = s.apply(
        vec![up("a.json", None, article("A1", None, None), 10, true)],
        at(20),
    );
    let id = first.added_ids[0];
    let second = s.apply(
        vec![
            up("a.json", None, article("A2", None, None), 30, true),
            up("b.json", None, article("B", None, None), 20, true),
            up("c.json", None, article("C", None, None), 5, false),
        ],
        at(40),
    );
    assert_eq!(second.replaced, 1);
    assert_eq!(second.added, 2);
    assert_eq!(second.evicted, 1);
    assert_eq!(second.added_ids.len(), 1, "the evicted one is not reported");
    assert_eq!(s.get(id).unwrap().article.headline, "A2");
    assert_eq!(headlines(&s), ["A2", "B"]);
}

#[test]
fn remove_retain_and_keep_deleted() {
    let lines = |s: &Store, p: &str| {
        s.by_path(Path::new(p))
            .map(|r| (r.line, r.deleted))
            .collect::<Vec<_>>()
    };
    for keep in [false, true] {
        let mut s = Store::new(10, keep);
        s.apply(
            vec![
                up("f.jsonl", line(1), article("1", None, None), 1, true),
                up("f.jsonl", line(2), article("2", None, None), 1, true),
                up("f.jsonl", line(3), article("3", None, None), 1, true),
                up("g.json", None, article("G", None, None), 1, true),
            ],
            at(5),
        );
        let applied = s.apply(
            vec![Change::Retain {
                path: "f.jsonl".into(),
                lines: vec![line(1), line(3)],
            }],
            at(6),
        );
        assert_eq!(applied.removed, 1);
        assert_eq!(lines(&s, "f.jsonl"), [(line(1), false), (line(3), false)]);
        let applied = s.apply(
            vec![Change::Remove {
                path: "g.json".into(),
            }],
            at(7),
        );
        assert_eq!(applied.removed, 1);
        if keep {
            assert_eq!(lines(&s, "g.json"), [(None, true)]);
        } else {
            assert!(lines(&s, "g.json").is_empty());
        }
    }
}

#[test]
fn errors_are_one_per_place_and_cleared() {
    let mut s = Store::new(10, false);
    let err = |p: &str, line, reason: &str| {
        Change::Error(FileError {
            path: p.into(),
            line,
            reason: ParseError::Io {
                kind: std::io::ErrorKind::Other,
                reason: reason.into(),
            },
            time: at(1),
        })
    };
    s.apply(
        vec![
            err("a.json", None, "bad"),
            err("a.json", None, "worse"),
            err("b.jsonl", line(2), "bad line"),
        ],
        at(2),
    );
    let reasons: Vec<String> = s.errors().map(|e| e.reason.to_string()).collect();
    assert_eq!(reasons, ["cannot read: worse", "cannot read: bad line"]);
    s.apply(
        vec![
            Change::ClearErrors {
                path: "a.json".into(),
            },
            Change::Remove {
                path: "b.jsonl".into(),
            },
        ],
        at(3),
    );
    assert_eq!(s.error_count(), 0);
}

#[test]
fn desk_figures() {
    let mut s = Store::new(10, false);
    s.apply(
        vec![
            up("a.json", None, article("A", None, Some("قم")), 1, true),
            up("b.json", None, article("B", None, Some("تهران")), 1, true),
            up("c.json", None, article("C", None, Some("قم")), 1, true),
        ],
        at(600),
    );
    s.apply(
        vec![up("b.json", None, article("B2", None, Some("قم")), 1, true)],
        at(600),
    );
    assert_eq!(s.top_datelines(5), vec![("قم".to_string(), 3)]);
    assert_eq!(s.arrivals_since(at(600), Duration::from_secs(60)), 3);
    assert_eq!(s.arrivals_per_minute(at(600), 2), vec![0, 3]);
}

#[test]
fn future_dates_do_not_outrank_or_evict_arrivals() {
    let mut s = Store::new(3, false);
    let future: Vec<Change> = (0..3)
        .map(|i| {
            let a = article(&format!("F{i}"), Some("2100-01-01T00:00:00Z"), None);
            up(&format!("f{i}.json"), None, a, 1_000, true)
        })
        .collect();
    s.apply(future, at(1_000));
    let t = s.nth(0).unwrap().time;
    assert_eq!(
        t,
        at(1_000) + MAX_CLOCK_SKEW,
        "2100 is clamped to arrival + skew"
    );
    // Inside the skew window every future one still sorts above a real arrival; the arrival
    // stays anyway (an older held one goes), and would be alerted.
    let flash = article("FLASH real", None, None);
    let applied = s.apply(vec![up("real.json", None, flash, 1_060, true)], at(1_060));
    assert_eq!(applied.arrived_ids.len(), 1);
    assert_eq!(applied.evicted, 1);
    assert_eq!(applied.left_ids.len(), 1);
    assert!(headlines(&s).contains(&"FLASH real".to_string()));
    // Past the window, real arrivals are newer than the clamped future ones.
    let later = article("later", None, None);
    s.apply(vec![up("later.json", None, later, 2_000, true)], at(2_000));
    assert_eq!(headlines(&s)[0], "later");
    // A file found at startup with a future mtime has not arrived in the future either.
    let scanned = article("scanned", None, None);
    s.apply(
        vec![up("s.json", None, scanned, 9_999_999, false)],
        at(2_001),
    );
    let rec = s
        .iter_newest()
        .find(|r| r.article.headline == "scanned")
        .unwrap();
    assert_eq!(rec.arrived, at(2_001));
    assert_eq!(rec.time, at(2_001) + MAX_CLOCK_SKEW);
}

#[test]
fn eviction_takes_the_oldest_and_reports_who_left() {
    let mut s = Store::new(3, false);
    let batch = (0..5u64)
        .map(|i| {
            up(
                &format!("{i}.json"),
                None,
                article(&i.to_string(), None, None),
                i,
                false,
            )
        })
        .collect();
    let applied = s.apply(batch, at(100));
    assert_eq!(headlines(&s), ["4", "3", "2"]);
    assert_eq!(applied.evicted, 2);
    assert_eq!(applied.added_ids.len(), 3);
    let mut left = applied.left_ids.clone();
    left.sort_unstable();
    assert_eq!(left, [1, 2], "ids 1 and 2 (files 0 and 1) went");
    let gone = s.apply(
        vec![Change::Remove {
            path: "3.json".into(),
        }],
        at(101),
    );
    assert_eq!(gone.left_ids, [4]);
    assert_eq!(s.position(5), Some(0));
    assert_eq!(s.position(3), Some(1));
}

#[test]
fn bodies_are_shed_from_the_tail_and_huge_ones_never_held() {
    let mut s = Store::new(BODIES_KEPT + 50, false);
    let with_body = |i: u64| {
        let mut a = article(&i.to_string(), None, None);
        a.body = format!("body {i}");
        up(&format!("{i}.json"), None, a, 10 + i, false)
    };
    s.apply(
        (0..BODIES_KEPT as u64 + 20).map(with_body).collect(),
        at(1 << 20),
    );
    let held: Vec<bool> = s.iter_newest().map(|r| r.body_in_memory).collect();
    assert!(held[..BODIES_KEPT].iter().all(|&b| b));
    assert!(held[BODIES_KEPT..].iter().all(|&b| !b));
    assert!(s.nth(BODIES_KEPT).unwrap().article.body.is_empty());
    // An old article arriving late does not push a newer body out.
    s.apply(vec![with_body(0).clone()], at(1 << 20));
    let old = article("old", None, None);
    let mut old = old;
    old.body = "old body".into();
    s.apply(vec![up("old.json", None, old, 1, false)], at(1 << 20));
    assert!(s.nth(0).unwrap().body_in_memory);
    let oldest = s.iter_newest().last().unwrap();
    assert_eq!(oldest.article.headline, "old");
    assert!(!oldest.body_in_memory);
    let mut huge = article("huge", None, None);
    huge.body = "x ".repeat(MAX_BODY_HELD);
    s.apply(
        vec![up("huge.json", None, huge, 1 << 21, false)],
        at(1 << 22),
    );
    let rec = s.nth(0).unwrap();
    assert_eq!(rec.article.headline, "huge");
    assert!(!rec.body_in_memory && rec.article.body.is_empty());
}

#[derive(Debug, Clone)]
enum Op {
    Add(u8, u64, bool),
    Remove(u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (any::<u8>(), 0u64..50, any::<bool>()).prop_map(|(f, t, live)| Op::Add(f, t, live)),
        1 => any::<u8>().prop_map(Op::Remove),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Against a naive model (every file's id and time, sorted in full after each batch): the
    /// list order, positions, the bound with its eviction rule, and the ids reported as gone.
    #[test]
    fn agrees_with_a_naive_model(
        batches in prop::collection::vec(prop::collection::vec(op(), 1..20), 1..40)
    ) {
        let max = 12;
        let mut s = Store::new(max, false);
        // file -> (id, time)
        let mut model: HashMap<u8, (u64, u64)> = HashMap::new();
        let mut next_id = 1;
        let mut now = 1_000;
        for batch in batches {
            now += 1;
            let changes = batch
                .iter()
                .map(|op| match *op {
                    Op::Add(f, t, live) => up(&format!("{f}.json"), None, article("x", None, None), t, live),
                    Op::Remove(f) => Change::Remove { path: format!("{f}.json").into() },
                })
                .collect();
            let applied = s.apply(changes, at(now));
            let before: HashSet<u64> = model.values().map(|e| e.0).collect();
            let mut fresh = HashSet::new();
            for op in &batch {
                match *op {
                    Op::Add(f, t, live) => match model.get_mut(&f) {
                        Some(entry) => {
                            // A live update is spared like a live arrival.
                            entry.1 = t;
                            if live {
                                fresh.insert(entry.0);
                            }
                        }
                        None => {
                            model.insert(f, (next_id, t));
                            if live {
                                fresh.insert(next_id);
                            }
                            next_id += 1;
                        }
                    },
                    Op::Remove(f) => {
                        model.remove(&f);
                    }
                }
            }
            while model.len() > max {
                let mut all: Vec<(u64, u64, u8)> = model.iter().map(|(f, e)| (e.1, e.0, *f)).collect();
                all.sort_unstable();
                let victim = all.iter().find(|e| !fresh.contains(&e.1)).unwrap_or(&all[0]).2;
                model.remove(&victim);
            }
            let mut want: Vec<(u64, u64)> = model.values().map(|e| (e.1, e.0)).collect();
            want.sort_unstable_by(|a, b| b.cmp(a));
            let got: Vec<(u64, u64)> = s
                .iter_newest()
                .map(|r| (r.time.duration_since(UNIX_EPOCH).unwrap().as_secs(), r.id))
                .collect();
            prop_assert_eq!(&got, &want);
            for (i, r) in s.iter_newest().enumerate() {
                prop_assert_eq!(s.position(r.id), Some(i));
                prop_assert_eq!(s.nth(i).map(|r| r.id), Some(r.id));
            }
            let after: HashSet<u64> = model.values().map(|e| e.0).collect();
            let mut left = applied.left_ids.clone();
            left.retain(|id| before.contains(id));
            let mut want_left: Vec<u64> = before.difference(&after).copied().collect();
            left.sort_unstable();
            want_left.sort_unstable();
            prop_assert_eq!(left, want_left);
            for id in &applied.left_ids {
                prop_assert!(s.get(*id).is_none());
            }
        }
    }
}

/// The board holds the newest `BOARD_KEPT` articles: the oldest leaves as a newer one comes,
/// an older arrival stays off, and one that leaves the store leaves the board.
#[test]
fn the_board_holds_the_newest_articles_only() {
    use crate::extract::{test_figure, Kind};
    let with_figure = |i: usize, mtime: u64| {
        let mut u = Upsert::new(
            PathBuf::from(format!("{i}.json")),
            None,
            article(&format!("A{i}"), None, None),
            at(mtime),
            true,
        );
        let mut f = test_figure(i as f64, Kind::Count);
        f.subject = Some(format!("subject {i}"));
        u.figures = vec![f].into_boxed_slice();
        Change::Upsert(Box::new(u))
    };
    let mut s = Store::new(BOARD_KEPT + 100, false);
    let first: Vec<Change> = (0..BOARD_KEPT + 10)
        .map(|i| with_figure(i, 1_000 + i as u64))
        .collect();
    s.apply(first, at(100_000));
    assert_eq!(s.board().len(), BOARD_KEPT);
    let keys: Vec<String> = s
        .board()
        .rows(BoardSort::Recency)
        .map(|r| r.key().to_string())
        .collect();
    let newest = format!("subject {}", BOARD_KEPT + 9);
    assert_eq!(keys.first(), Some(&newest));
    assert_eq!(keys.last().map(String::as_str), Some("subject 10"));
    // Older than everything on the board: held, not on the board.
    s.apply(vec![with_figure(99_999, 1)], at(100_000));
    assert_eq!(s.len(), BOARD_KEPT + 11);
    assert_eq!(s.board().len(), BOARD_KEPT);
    // A newer one takes the oldest's place; one removed from the store leaves the board.
    s.apply(vec![with_figure(88_888, 90_000)], at(100_000));
    assert_eq!(s.board().len(), BOARD_KEPT);
    s.apply(
        vec![Change::Remove {
            path: PathBuf::from("88888.json"),
        }],
        at(100_000),
    );
    assert_eq!(s.board().len(), BOARD_KEPT - 1);
}
