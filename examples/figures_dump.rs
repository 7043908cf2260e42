//! Every figure of the shared corpus, one per line, for reviewing a change to the extractor on
//! thousands of real articles rather than on the labelled few.
//!
//! ```text
//! cargo run --release --example figures_dump > /tmp/before.tsv     # on the old code
//! cargo run --release --example figures_dump > /tmp/after.tsv      # on the new code
//! diff /tmp/before.tsv /tmp/after.tsv | less                       # what the change changed
//! cargo run --release --example figures_dump -- isna_0001          # only files named so
//! ```
//!
//! Columns, tab-separated: file, field, figure text, kind, value, subject (`-` for none), and
//! the figure's sentence with the figure in `[ ]` and the subject in `{ }`. Files are read from
//! `../shared/corpus/articles` in name order, through the real parser, so a line stays put
//! between runs and `diff` shows only what changed.

use std::path::Path;

use newsdesk::article::{read_file, DEFAULT_MAX_FILE_SIZE};
use newsdesk::extract::{figures, Figure};

fn main() {
    let filter = std::env::args().nth(1).unwrap_or_default();
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/articles"
    ));
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("no corpus at {}", dir.display());
        std::process::exit(1);
    };
    let mut paths: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(&filter))
        .collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        for entry in read_file(&path, DEFAULT_MAX_FILE_SIZE) {
            let Ok(article) = entry.result else { continue };
            for f in figures(&article) {
                let subject = one_line(f.subject.as_deref().unwrap_or("-"));
                let context = sentence(article.field(f.field), &f);
                println!(
                    "{name}\t{}\t{}\t{}\t{}\t{subject}\t{context}",
                    f.field.as_str(),
                    one_line(&f.text),
                    f.kind.as_str(),
                    f.value
                );
            }
        }
    }
}

/// Text on one line of the table: control characters (tabs, line breaks) as spaces.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The sentence around a figure on one line, with the figure and its subject marked.
fn sentence(text: &str, f: &Figure) -> String {
    let chars: Vec<char> = text.chars().collect();
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '\n');
    let mut from = f.start.min(chars.len());
    while from > 0 && f.start - from < 200 && !ends(chars[from - 1]) {
        from -= 1;
    }
    let mut to = f.end.min(chars.len());
    while to < chars.len() && to - f.end < 120 && !ends(chars[to]) {
        to += 1;
    }
    let mut out = String::new();
    for (k, &c) in chars.iter().enumerate().take(to).skip(from) {
        if Some(k) == f.subject_start {
            out.push('{');
        }
        if k == f.start {
            out.push('[');
        }
        if k == f.end {
            out.push(']');
        }
        if Some(k) == f.subject_end {
            out.push('}');
        }
        out.push(if c.is_control() { ' ' } else { c });
    }
    if f.end == to {
        out.push(']');
    }
    if f.subject_end == Some(to) {
        out.push('}');
    }
    out
}
