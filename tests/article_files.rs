//! The article reader against real files: the seed, every kind of bad file, a mixed directory,
//! and the shared corpus when it is present.

use std::fs;
use std::path::{Path, PathBuf};

mod shared_corpus;

use newsdesk::article::{read_file, Dateline, ParseError, DEFAULT_MAX_FILE_SIZE};
use shared_corpus::{corpus, seed};

const SEED_HEADLINE: &str = "601 هزار کارت هوشمند ملی در قم صادر شد";
const SEED_LEAD: &str = "مدیرکل ثبت احوال قم گفت: از ابتدای سال 91 تا پایان شهریورماه امسال، 601 هزار و 404 کارت هوشمند ملی در این استان صادر شده است.";

#[test]
fn seed_parses_to_its_parts() {
    let entries = read_file(&seed(), DEFAULT_MAX_FILE_SIZE);
    assert_eq!(entries.len(), 1);
    let a = entries[0].result.as_ref().expect("seed parses");
    assert_eq!(a.kicker, "");
    assert_eq!(a.headline, SEED_HEADLINE);
    assert_eq!(a.lead, SEED_LEAD);
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: "قم".into(),
            agency: Some("ایرنا".into())
        })
    );
    assert_eq!(a.reporter_code.as_deref(), Some("8138/1175"));
    assert!(a.body.starts_with("خلیل مرادی روز شنبه"));
    assert!(a
        .body
        .ends_with("کاهش بسیاری از هزینه های دولت، مردم و بنگاه ها می شود."));
    assert!(!a.body.contains("8138"));
    assert_eq!(a.summary, SEED_LEAD);
    assert!(!a.summary_derived);
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path
}

fn error_of(path: &Path, max: u64) -> ParseError {
    let entries = read_file(path, max);
    assert_eq!(entries.len(), 1, "{}", path.display());
    entries[0].result.clone().unwrap_err()
}

#[test]
fn each_bad_file_gets_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let cases: &[(&str, &[u8], &str)] = &[
        ("empty.json", b"", "empty file"),
        (
            "json.json",
            b"{\n  \"titr\": ,\n}",
            "invalid JSON at line 2, column 11",
        ),
        (
            "utf8.json",
            b"{\"titr\":\"\xd8\"}",
            "invalid UTF-8 at byte 9",
        ),
        ("array.json", b"[1]", "for each item, found a number"),
        ("scalar.json", b"42", "found a number"),
        (
            "type.json",
            b"{\"titr\":\"x\",\"text\":{\"a\":1}}",
            "field `text` must be",
        ),
        (
            "nohead.json",
            b"{\"text\":\"body only\"}",
            "no headline or lead",
        ),
        ("nul.json", b"{\"titr\":\"x\0\"}", "NUL byte at byte 10"),
    ];
    for (name, bytes, want) in cases {
        let path = write(d, name, bytes);
        let got = error_of(&path, DEFAULT_MAX_FILE_SIZE).to_string();
        assert!(got.contains(want), "{name}: {got}");
    }
    let deep = format!("{{\"a\":{}{}}}", "[".repeat(50_000), "]".repeat(50_000));
    let path = write(d, "deep.json", deep.as_bytes());
    assert!(matches!(
        error_of(&path, DEFAULT_MAX_FILE_SIZE),
        ParseError::TooDeep { .. }
    ));
}

#[test]
fn oversized_file_is_refused_from_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    // Sparse: reading it would take minutes, so a quick answer proves it was never read.
    fs::File::create(&path).unwrap().set_len(64 << 30).unwrap();
    assert_eq!(
        error_of(&path, DEFAULT_MAX_FILE_SIZE),
        ParseError::TooLarge {
            size: 64 << 30,
            cap: DEFAULT_MAX_FILE_SIZE
        }
    );
    let small = write(dir.path(), "small.json", br#"{"titr":"just over"}"#);
    assert!(matches!(error_of(&small, 10), ParseError::TooLarge { .. }));
}

#[cfg(unix)]
#[test]
fn fifo_is_never_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.json");
    let fifo = rustix::fs::FileType::Fifo;
    rustix::fs::mknodat(rustix::fs::CWD, &path, fifo, 0o644.into(), 0).unwrap();
    assert_eq!(
        error_of(&path, DEFAULT_MAX_FILE_SIZE),
        ParseError::NotRegular { kind: "a FIFO" }
    );
}

#[test]
fn jsonl_reports_each_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "feed.jsonl",
        "\u{feff}{\"title\":\"one\"}\n{\"title\":\n\n{\"headline\":\"three\"}".as_bytes(),
    );
    let entries = read_file(&path, DEFAULT_MAX_FILE_SIZE);
    let got: Vec<_> = entries
        .iter()
        .map(|e| {
            (
                e.position.map(|at| at.number()),
                e.result.as_ref().map(|a| a.headline.clone()).ok(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (Some(1), Some("one".to_string())),
            (Some(2), None),
            (Some(4), Some("three".to_string()))
        ]
    );
}

#[test]
fn every_corpus_article_parses() {
    let Some(dir) = corpus("articles") else {
        return;
    };
    let mut count = 0;
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        for e in read_file(&path, DEFAULT_MAX_FILE_SIZE) {
            let a = e
                .result
                .unwrap_or_else(|err| panic!("{}: {err}", path.display()));
            assert!(!a.headline.is_empty() || !a.lead.is_empty());
            assert!(!a.summary.is_empty(), "{} has no summary", path.display());
            count += 1;
        }
    }
    assert!(count > 4000, "only {count} corpus articles");
}
