//! Figure extraction throughput over the shared corpus, in MB/s of article text per core.
//!
//! Run with `cargo bench --bench figures`; skips with a message when `../shared/corpus/` is
//! absent.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsdesk::article::{read_file, Article, DEFAULT_MAX_FILE_SIZE};
use newsdesk::extract::figures;

/// The corpus as the dashboard gets it, through the real parser.
fn corpus() -> Vec<Article> {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/articles"
    ));
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .flat_map(|e| read_file(&e.path(), DEFAULT_MAX_FILE_SIZE))
        .filter_map(|e| e.result.ok())
        .collect()
}

fn bench(c: &mut Criterion) {
    let articles = corpus();
    if articles.is_empty() {
        eprintln!("skipping figures bench: no corpus at ../shared/corpus/articles");
        return;
    }
    let bytes: usize = articles
        .iter()
        .map(|a| a.kicker.len() + a.headline.len() + a.lead.len() + a.body.len())
        .sum();
    let mut group = c.benchmark_group("figures");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| figures(black_box(a)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
