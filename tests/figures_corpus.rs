//! Figure extraction over the whole shared corpus: no panic, spans consistent with the text,
//! and the seed article yields the figures issue 3 names.

use std::path::{Path, PathBuf};

use newsdesk::article::{Article, Field};
use newsdesk::extract::{figures, Kind, Qualifier};
use serde_json::Value;

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    if dir.is_dir() {
        Some(dir.to_path_buf())
    } else {
        eprintln!("skipping: no corpus at {}", dir.display());
        None
    }
}

/// The wire file read as the parser will, minus its clean-up: enough to exercise extraction.
fn article(path: &Path) -> Option<Article> {
    let json: Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    let text = |k: &str| {
        json.get(k)
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim()
            .to_string()
    };
    Some(Article {
        kicker: text("onTitr"),
        headline: text("titr"),
        lead: text("describe"),
        body: text("text"),
        ..Article::default()
    })
}

#[test]
fn whole_corpus_extracts_without_panic_and_with_consistent_spans() {
    let Some(dir) = corpus() else { return };
    let Ok(entries) = std::fs::read_dir(dir.join("articles")) else {
        eprintln!("skipping: no corpus articles");
        return;
    };
    let (mut articles, mut total) = (0, 0);
    for entry in entries.flatten() {
        let Some(a) = article(&entry.path()) else {
            continue;
        };
        articles += 1;
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
            assert!(f.value.is_finite() && f.max.is_none_or(f64::is_finite));
            total += 1;
        }
    }
    println!("corpus: {articles} articles, {total} figures");
    assert!(articles > 0);
}

#[test]
fn seed_yields_the_issue_figures() {
    let Some(dir) = corpus() else { return };
    let Some(mut seed) = article(&dir.join("seed.json")) else {
        eprintln!("skipping: no seed.json");
        return;
    };
    // What the parser does to the seed: dateline off the lead, reporter code off the body.
    seed.lead = seed.lead.trim_start_matches("قم - ایرنا - ").to_string();
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

    // The raw body still ends in the reporter code `/8138/ 1175`: nothing may come of it.
    let raw = article(&dir.join("seed.json")).unwrap();
    let tail = raw.body.rfind("/8138/").unwrap();
    let tail_chars = raw.body[..tail].chars().count();
    assert!(figures(&raw)
        .iter()
        .all(|f| f.field != Field::Body || f.end <= tail_chars));
}
