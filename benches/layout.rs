//! Layout throughput: rows per second at width 80.
//!
//! `cargo bench --bench layout`. Inputs are the golden headlines and leads (one row each at
//! width 80), all of them run together as one long body paragraph wrapped to many rows, and
//! that body fifty times over.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsdesk::article::Field;
use newsdesk::text::{layout, BidiMode, LayoutCache};

const GOLDEN: &str = include_str!("../tests/fixtures/bidi/golden.tsv");
const WIDTH: usize = 80;

fn headlines() -> Vec<&'static str> {
    GOLDEN
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t').map(|(logical, _)| logical))
        .collect()
}

fn rows(texts: &[&str], mode: BidiMode) -> u64 {
    texts
        .iter()
        .map(|t| layout(t, WIDTH, mode).len() as u64)
        .sum()
}

fn bench_layout(c: &mut Criterion) {
    let lines = headlines();
    let body = lines.join(" ");

    let mut group = c.benchmark_group("layout_w80");
    for mode in BidiMode::ALL {
        group.throughput(Throughput::Elements(rows(&lines, mode)));
        group.bench_function(format!("headlines/{mode}"), |b| {
            b.iter(|| {
                for line in &lines {
                    black_box(layout(black_box(line), WIDTH, mode));
                }
            })
        });
    }
    group.throughput(Throughput::Elements(rows(&[&body], BidiMode::Shaped)));
    group.bench_function("body/shaped", |b| {
        b.iter(|| black_box(layout(black_box(&body), WIDTH, BidiMode::Shaped)))
    });
    // A paragraph fifty times longer must cost fifty times as much per call, not more.
    let long = vec![body.as_str(); 50].join(" ");
    group.throughput(Throughput::Elements(rows(&[&long], BidiMode::Shaped)));
    group.sample_size(20);
    group.bench_function("body_x50/shaped", |b| {
        b.iter(|| black_box(layout(black_box(&long), WIDTH, BidiMode::Shaped)))
    });
    group.finish();

    let mut group = c.benchmark_group("cache_w80");
    let mut cache = LayoutCache::default();
    group.throughput(Throughput::Elements(rows(&[&body], BidiMode::Shaped)));
    group.bench_function("body/hit", |b| {
        b.iter(|| black_box(cache.get((1, Field::Body), black_box(&body), WIDTH, BidiMode::Shaped)))
    });
    group.finish();
}

criterion_group!(benches, bench_layout);
criterion_main!(benches);
