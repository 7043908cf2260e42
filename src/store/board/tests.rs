//! The board's behaviour, and a property test against a board rebuilt from scratch.

use super::*;
use crate::extract::subject_key;
use crate::extract::test_figure as figure;
use std::time::UNIX_EPOCH;

fn at(hours: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_000_000 + hours * 3600)
}

fn fig(value: f64, kind: Kind, unit: Option<&'static str>, subject: &str) -> Figure {
    let mut f = figure(value, kind);
    f.unit = unit;
    f.subject = Some(subject.to_string());
    f
}

fn keys(board: &Board, sort: BoardSort) -> Vec<String> {
    board.rows(sort).map(|r| r.key().to_string()).collect()
}

#[test]
fn one_row_per_subject_and_kind_newest_first() {
    let mut b = Board::default();
    b.add(
        1,
        at(0),
        None,
        &[fig(40.0, Kind::Percent, None, "نرخ تورم")],
    );
    b.add(2, at(30), None, &[fig(38.0, Kind::Percent, None, "تورم")]);
    b.add(
        3,
        at(10),
        None,
        &[
            fig(12.0, Kind::Count, None, "زائران"),
            fig(5.0, Kind::Count, None, "the deal"),
            fig(1396.0, Kind::Year, None, "سرشماری"),
        ],
    );
    b.add(4, at(11), None, &[fig(7.0, Kind::Count, None, "")]);
    assert_eq!(
        b.len(),
        3,
        "one for inflation, pilgrims, deal; no year, no blank"
    );
    let rows: Vec<BoardRow> = b.rows(BoardSort::Recency).collect();
    assert_eq!(rows[0].key(), subject_key("تورم"));
    assert_eq!(rows[0].articles(), 2);
    assert_eq!(rows[0].latest().entry.value, 38.0);
    assert_eq!(rows[0].history(), [40.0, 38.0]);
    assert!(
        !rows[0].has_conflict(),
        "30 hours apart: news, not a conflict"
    );
    assert_eq!(keys(&b, BoardSort::Size)[0], subject_key("تورم"));
    b.remove(2);
    b.remove(1);
    assert_eq!(b.len(), 2);
    assert!(!keys(&b, BoardSort::Recency).contains(&subject_key("تورم")));
    b.remove(3);
    assert!(b.is_empty());
    assert!(b.recency.is_empty() && b.size.is_empty() && b.ids.is_empty());
}

#[test]
fn conflicts_within_six_hours_and_the_same_unit() {
    let toll = |v: f64| fig(v, Kind::Count, None, "کشته‌شدگان");
    let mut b = Board::default();
    b.add(1, at(0), None, &[toll(40.0)]);
    b.add(2, at(5), None, &[toll(52.0)]);
    b.add(3, at(20), None, &[toll(60.0)]);
    let row = b.rows(BoardSort::Recency).next().unwrap();
    assert!(row.has_conflict());
    let (newer, older) = row.conflict().unwrap();
    assert_eq!((newer.article, older.article), (2, 1));
    assert_eq!((newer.entry.value, older.entry.value), (52.0, 40.0));
    assert_eq!(keys(&b, BoardSort::Conflicts).len(), 1);
    b.remove(1);
    let row = b.rows(BoardSort::Recency).next().unwrap();
    assert!(!row.has_conflict(), "its partner went");
    assert!(b.conflicted.is_empty());
}

/// A subject local to its article's place («میانگین بارش استان») from two provinces is two
/// rows, not a conflict; from the same province it is one row and may conflict.
#[test]
fn local_subjects_from_two_places_do_not_conflict() {
    let rain = |v: f64| fig(v, Kind::Measure, Some("mm"), "میانگین بارش استان");
    let mut b = Board::default();
    b.add(1, at(0), Some("اصفهان"), &[rain(14.6)]);
    b.add(2, at(1), Some("سنندج"), &[rain(112.0)]);
    assert_eq!(b.len(), 2);
    assert!(b.rows(BoardSort::Recency).all(|r| !r.has_conflict()));
    b.add(3, at(2), Some("اصفهان"), &[rain(20.0)]);
    assert_eq!(b.len(), 2);
    let isfahan = b.rows(BoardSort::Recency).next().unwrap();
    assert!(isfahan.has_conflict(), "the same province's two averages");
}

#[test]
fn reports_that_agree_are_no_conflict() {
    let conflict = |a: Figure, b: Figure| {
        let mut board = Board::default();
        board.add(1, at(0), None, &[a]);
        board.add(2, at(1), None, &[b]);
        let row = board.rows(BoardSort::Recency).next().unwrap();
        row.has_conflict()
    };
    let count = |v: f64| fig(v, Kind::Count, None, "جمعیت");
    let hedged = |v: f64, q: Qualifier| Figure {
        qualifier: Some(q),
        ..count(v)
    };
    let range = |lo: f64, hi: f64| Figure {
        max: Some(hi),
        ..count(lo)
    };
    // Rounding: 1.29 million against 1,292,000.
    assert!(!conflict(count(1_292_000.0), count(1_290_000.0)));
    assert!(conflict(count(1_292_000.0), count(1_250_000.0)));
    assert!(!conflict(hedged(40.0, Qualifier::About), count(43.0)));
    assert!(conflict(hedged(40.0, Qualifier::About), count(45.0)));
    assert!(!conflict(hedged(40.0, Qualifier::Over), count(52.0)));
    assert!(conflict(hedged(40.0, Qualifier::Under), count(52.0)));
    assert!(!conflict(range(40.0, 45.0), count(43.0)));
    assert!(conflict(range(40.0, 45.0), count(47.0)));
    // Another unit is another measure.
    let usd = fig(10.0, Kind::Money, Some("USD"), "قیمت");
    let eur = fig(12.0, Kind::Money, Some("EUR"), "قیمت");
    assert!(!conflict(usd, eur));
}

#[test]
fn one_article_never_conflicts_with_itself() {
    let mut b = Board::default();
    b.add(
        1,
        at(0),
        None,
        &[
            fig(40.0, Kind::Count, None, "کشته‌شدگان"),
            fig(45.0, Kind::Count, None, "کشته‌شدگان"),
        ],
    );
    let row = b.rows(BoardSort::Recency).next().unwrap();
    assert_eq!(row.articles(), 1);
    assert!(!row.has_conflict());
    assert_eq!(row.history(), [40.0]);
    assert_eq!(row.latest().entry.value, 40.0, "the first mention speaks");
}

mod props {
    use super::*;
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};

    const SUBJECTS: [&str; 3] = ["تورم", "کشته‌شدگان", "exports"];
    const KINDS: [Kind; 2] = [Kind::Count, Kind::Percent];
    const UNITS: [Option<&str>; 2] = [None, Some("USD")];

    #[derive(Debug, Clone)]
    enum Op {
        Add(u64, u64, Vec<(usize, usize, u8, usize, usize)>),
        Remove(u64),
    }

    fn op() -> impl Strategy<Value = Op> {
        let figure = (0..3usize, 0..2usize, 0..6u8, 0..4usize, 0..2usize);
        prop_oneof![
            (0..6u64, 0..30u64, proptest::collection::vec(figure, 0..4))
                .prop_map(|(id, h, f)| Op::Add(id, h, f)),
            (0..6u64).prop_map(Op::Remove),
        ]
    }

    fn figures(spec: &[(usize, usize, u8, usize, usize)]) -> Vec<Figure> {
        spec.iter()
            .enumerate()
            .map(|(i, &(s, k, v, q, u))| Figure {
                qualifier: [None, Some(Qualifier::About), Some(Qualifier::Over), None][q],
                start: i * 10,
                ..fig(f64::from(v) * 10.0, KINDS[k], UNITS[u], SUBJECTS[s])
            })
            .collect()
    }

    type Seen = Vec<(String, Vec<(u64, u64)>, usize, bool)>;

    /// What the board shows, row by row: key, reports (article, value bits), articles,
    /// conflict; checked against a brute-force look at every pair.
    fn seen(b: &Board) -> Seen {
        let mut out: Seen = b
            .rows(BoardSort::Recency)
            .map(|r| {
                let reports: Vec<Report> = r.reports().collect();
                let brute = reports.iter().enumerate().any(|(i, a)| {
                    reports[i + 1..].iter().any(|b| {
                        a.article != b.article
                            && a.time
                                .max(b.time)
                                .duration_since(a.time.min(b.time))
                                .unwrap_or_default()
                                <= CONFLICT_WINDOW
                            && a.entry.contradicts(&b.entry)
                    })
                });
                assert_eq!(r.has_conflict(), brute, "conflict of {}", r.key());
                assert_eq!(r.conflict().is_some(), brute);
                let articles: BTreeSet<u64> = reports.iter().map(|r| r.article).collect();
                assert_eq!(r.articles(), articles.len());
                let mut shown: Vec<(u64, u64)> = reports
                    .iter()
                    .map(|r| (r.article, r.entry.value.to_bits()))
                    .collect();
                shown.sort_unstable();
                (
                    format!("{}/{:?}", r.key(), r.kind()),
                    shown,
                    r.articles(),
                    brute,
                )
            })
            .collect();
        out.sort();
        assert_eq!(b.rows(BoardSort::Size).count(), b.len());
        assert_eq!(b.rows(BoardSort::Conflicts).count(), b.len());
        let times: Vec<SystemTime> = b
            .rows(BoardSort::Recency)
            .map(|r| r.latest().time)
            .collect();
        assert!(times.windows(2).all(|w| w[0] >= w[1]));
        out
    }

    proptest! {
        /// Kept incrementally, the board always equals one built afresh from the articles
        /// held, and its conflict marks equal a look at every pair.
        #[test]
        fn incremental_equals_rebuilt(ops in proptest::collection::vec(op(), 1..40)) {
            let mut board = Board::default();
            let mut held: BTreeMap<u64, (u64, Vec<Figure>)> = BTreeMap::new();
            for op in ops {
                match op {
                    Op::Add(id, h, spec) => {
                        let f = figures(&spec);
                        board.add(id, at(h), None, &f);
                        held.insert(id, (h, f));
                    }
                    Op::Remove(id) => {
                        board.remove(id);
                        held.remove(&id);
                    }
                }
                let mut fresh = Board::default();
                for (id, (h, f)) in &held {
                    fresh.add(*id, at(*h), None, f);
                }
                prop_assert_eq!(seen(&board), seen(&fresh));
            }
        }
    }
}
