//! Layout throughput: rows per second at width 80.
//!
//! `cargo bench --bench layout`. Inputs are the golden headlines and leads (one row each at
//! width 80), all of them run together as one long body paragraph wrapped to many rows, and
//! that body fifty times over. divan prints rows/s as "item/s".

use std::sync::LazyLock;

use divan::counter::ItemsCount;
use divan::{black_box, Bencher};
use newsdesk::article::Field;
use newsdesk::text::{layout, BidiMode, LayoutCache};

const GOLDEN: &str = include_str!("../tests/fixtures/bidi/golden.tsv");
const WIDTH: usize = 80;

static LINES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    GOLDEN
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t').map(|(logical, _)| logical))
        .collect()
});
static BODY: LazyLock<String> = LazyLock::new(|| LINES.join(" "));
static LONG: LazyLock<String> = LazyLock::new(|| vec![BODY.as_str(); 50].join(" "));

fn rows(texts: &[&str], mode: BidiMode) -> usize {
    texts.iter().map(|t| layout(t, WIDTH, mode).len()).sum()
}

fn main() {
    divan::main();
}

#[divan::bench(args = BidiMode::ALL)]
fn headlines(bencher: Bencher, mode: BidiMode) {
    bencher
        .counter(ItemsCount::new(rows(&LINES, mode)))
        .bench(|| {
            for line in LINES.iter() {
                black_box(layout(black_box(line), WIDTH, mode));
            }
        });
}

#[divan::bench]
fn body_shaped(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(rows(&[&BODY], BidiMode::Shaped)))
        .bench(|| black_box(layout(black_box(&BODY), WIDTH, BidiMode::Shaped)));
}

/// A paragraph fifty times longer must cost fifty times as much per call, not more.
#[divan::bench(sample_count = 20)]
fn body_x50_shaped(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(rows(&[&LONG], BidiMode::Shaped)))
        .bench(|| black_box(layout(black_box(&LONG), WIDTH, BidiMode::Shaped)));
}

#[divan::bench]
fn cache_hit(bencher: Bencher) {
    let mut cache = LayoutCache::new(4);
    bencher
        .counter(ItemsCount::new(rows(&[&BODY], BidiMode::Shaped)))
        .bench_local(|| {
            black_box(cache.get(
                (1u64, Field::Body),
                black_box(&BODY),
                WIDTH,
                BidiMode::Shaped,
            ))
        });
}
