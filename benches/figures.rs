//! Figure extraction throughput over the shared corpus, in bytes of article text per second
//! on one core (divan prints it as "B/s").
//!
//! Run with `cargo bench --bench figures`; skips with a message when `../shared/corpus/` is
//! absent.

use std::path::Path;
use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use newsdesk::article::{read_file, Article, DEFAULT_MAX_FILE_SIZE};
use newsdesk::extract::figures;

/// The corpus as the dashboard gets it, through the real parser.
static CORPUS: LazyLock<Vec<Article>> = LazyLock::new(|| {
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
});

fn main() {
    if CORPUS.is_empty() {
        eprintln!("skipping figures bench: no corpus at ../shared/corpus/articles");
        return;
    }
    divan::main();
}

#[divan::bench(sample_count = 10)]
fn corpus(bencher: Bencher) {
    let bytes: usize = CORPUS
        .iter()
        .map(|a| a.kicker.len() + a.headline.len() + a.lead.len() + a.body.len())
        .sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        CORPUS
            .iter()
            .map(|a| figures(black_box(a)).len())
            .sum::<usize>()
    });
}
