//! Figure extraction over the whole shared corpus: no panic, spans and subjects consistent with
//! the text, and the seed article yields the figures and subjects issues 3 and 10 name.

mod shared_corpus;

use std::path::Path;

use newsdesk::article::{read_file, Article, Field, DEFAULT_MAX_FILE_SIZE};
use newsdesk::extract::{figures, figures_in, Kind, Qualifier};
use serde_json::Value;
use shared_corpus::{corpus, seed};

/// The articles of a wire file exactly as the dashboard gets them, through the real parser.
fn articles(path: &Path) -> Vec<Article> {
    read_file(path, DEFAULT_MAX_FILE_SIZE)
        .into_iter()
        .filter_map(|e| e.result.ok())
        .collect()
}

#[test]
fn whole_corpus_extracts_without_panic_and_with_consistent_spans() {
    let Some(dir) = corpus("articles") else {
        return;
    };
    let entries = std::fs::read_dir(dir).unwrap();
    let (mut count, mut total) = (0, 0);
    for entry in entries.flatten() {
        for a in articles(&entry.path()) {
            count += 1;
            for f in figures(&a) {
                let text: Vec<char> = a.field(f.field).chars().collect();
                assert!(
                    f.start < f.end && f.end <= text.len(),
                    "{:?}: {f:?}",
                    entry.path()
                );
                assert_eq!(
                    text[f.start..f.end].iter().collect::<String>(),
                    f.text,
                    "{:?}",
                    entry.path()
                );
                if let (Some(s), Some(a), Some(b)) = (&f.subject, f.subject_start, f.subject_end) {
                    assert_eq!(
                        &text[a..b].iter().collect::<String>(),
                        s,
                        "{:?}",
                        entry.path()
                    );
                } else {
                    assert!(f.subject.is_none() && f.subject_start.is_none());
                }
                assert!(f.value.is_finite() && f.max.is_none_or(f64::is_finite));
                total += 1;
            }
        }
    }
    println!("corpus: {count} articles, {total} figures");
    assert!(count > 0);
}

#[test]
fn seed_yields_the_issue_figures() {
    let seed_path = seed();
    let seed = articles(&seed_path)
        .into_iter()
        .next()
        .expect("the seed parses");
    let found = figures(&seed);
    let has = |field: Field, value: f64, kind: Kind| {
        found
            .iter()
            .any(|f| f.field == field && f.value == value && f.kind == kind)
    };
    let headline = found.iter().find(|f| f.field == Field::Headline).unwrap();
    assert_eq!(
        (headline.value, headline.subject.as_deref()),
        (601000.0, Some("کارت هوشمند ملی"))
    );
    // Issue 10: what the figures measure, in the article's words.
    let subject_of = |field: Field, value: f64| {
        found
            .iter()
            .find(|f| f.field == field && f.value == value)
            .and_then(|f| f.subject.as_deref())
    };
    assert_eq!(subject_of(Field::Lead, 601404.0), Some("کارت هوشمند ملی"));
    assert_eq!(subject_of(Field::Body, 1.62), Some("جمعیت کشور"));
    assert!(has(Field::Lead, 1391.0, Kind::Year));
    assert!(has(Field::Lead, 601404.0, Kind::Count));
    for (value, kind) in [
        (599051.0, Kind::Count),
        (667215.0, Kind::Count),
        (930000.0, Kind::Count),
        (1395.0, Kind::Year),
        (1292000.0, Kind::Count),
        (1.62, Kind::Percent),
        (1396.0, Kind::Year),
    ] {
        assert!(
            has(Field::Body, value, kind),
            "{value} {kind:?}: {found:#?}"
        );
    }
    let km = found.iter().find(|f| f.unit == Some("km")).unwrap();
    assert_eq!((km.value, km.qualifier), (35.0, Some(Qualifier::About)));

    // The raw body, before the parser takes it off, still ends in the reporter code
    // `/8138/ 1175`: extraction on its own must take nothing from it either.
    let raw: Value = serde_json::from_slice(&std::fs::read(&seed_path).unwrap()).unwrap();
    let body = raw["text"].as_str().unwrap();
    let tail_chars = body[..body.rfind("/8138/").unwrap()].chars().count();
    assert!(figures_in(body, Field::Body)
        .iter()
        .all(|f| f.end <= tail_chars));
}
