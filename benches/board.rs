//! The metrics board at a full desk: 20,000 articles held (the shared corpus four times over,
//! arriving over a day), then what one arrival costs (its figures onto the board and, as the
//! cap evicts one, another's off it), and what a screenful of rows costs to read in each
//! order. Before the benches, the memory the board takes at that size is printed.
//!
//! Run with `cargo bench --bench board`; skips with a message when `../shared/corpus/` is
//! absent.

use std::path::Path;
use std::sync::LazyLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use divan::{black_box, Bencher};
use newsdesk::article::{read_file, DEFAULT_MAX_FILE_SIZE};
use newsdesk::extract::{figures, Figure};
use newsdesk::store::{Board, BoardSort};

/// Articles held, as `max_articles` defaults to.
const HELD: usize = 20_000;

/// The corpus's figures, article by article.
static CORPUS: LazyLock<Vec<Vec<Figure>>> = LazyLock::new(|| {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/articles"
    ));
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    paths
        .iter()
        .flat_map(|p| read_file(p, DEFAULT_MAX_FILE_SIZE))
        .filter_map(|e| e.result.ok())
        .map(|a| figures(&a))
        .collect()
});

/// Article `i`'s time: the desk's day, one arrival every 4.3 s.
fn time(i: usize) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_795_000_000 + i as u64 * 86_400 / HELD as u64)
}

fn full_board() -> Board {
    let mut board = Board::default();
    for i in 0..HELD {
        board.add(i as u64, time(i), None, &CORPUS[i % CORPUS.len()]);
    }
    board
}

/// Resident set size in bytes, from /proc (Linux).
fn rss() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

fn main() {
    if CORPUS.is_empty() {
        eprintln!("skipping board bench: no corpus at ../shared/corpus/articles");
        return;
    }
    let before = rss();
    let board = full_board();
    let after = rss();
    let reports: usize = board
        .rows(BoardSort::Recency)
        .map(|r| r.reports().count())
        .sum();
    eprintln!(
        "board of {HELD} articles: {} rows, {reports} reports, {:.1} MB resident",
        board.len(),
        after.zip(before).map_or(0.0, |(a, b)| (a - b) as f64 / 1e6)
    );
    drop(board);
    divan::main();
}

/// One arrival at a full desk: the new article's figures on, the oldest's off.
#[divan::bench(sample_count = 20, sample_size = 100)]
fn arrival(bencher: Bencher) {
    let mut board = full_board();
    let mut next = HELD;
    bencher.bench_local(|| {
        board.add(
            next as u64,
            time(next),
            None,
            black_box(&CORPUS[next % CORPUS.len()]),
        );
        board.remove((next - HELD) as u64);
        next += 1;
    });
}

/// A screenful (40 rows) of the board, in each order.
#[divan::bench(args = [BoardSort::Recency, BoardSort::Size, BoardSort::Conflicts], sample_count = 20)]
fn screenful(bencher: Bencher, sort: BoardSort) {
    let board = full_board();
    bencher.bench_local(|| {
        board
            .rows(black_box(sort))
            .take(40)
            .map(|r| r.latest().entry.value + r.history().len() as f64)
            .sum::<f64>()
    });
}
