//! Precision and recall of figure extraction over the hand-labelled articles in
//! `tests/fixtures/figures/` (format in its README).
//!
//! A predicted figure matches a labelled one when they are in the same field, their spans
//! overlap, and value, max, kind, unit and qualifier all agree (values within 1e-6 relative,
//! so `یک سوم` can be labelled 0.3333333333). Each labelled figure matches at most one
//! prediction. Subjects are not scored.

use std::path::Path;

use newsdesk::article::{Article, Field};
use newsdesk::extract::{figures, Figure};
use serde_json::Value;

struct Label {
    field: Field,
    start: usize,
    end: usize,
    value: f64,
    max: Option<f64>,
    kind: String,
    unit: Option<String>,
    qualifier: Option<String>,
    text: String,
}

fn field_of(name: &str) -> Field {
    match name {
        "kicker" => Field::Kicker,
        "headline" => Field::Headline,
        "lead" => Field::Lead,
        "body" => Field::Body,
        other => panic!("unknown field {other}"),
    }
}

fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

fn load(path: &Path) -> Vec<(String, Article, Vec<Label>)> {
    let json: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let text = |a: &Value, k: &str| a.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    json.as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let article = Article {
                kicker: text(a, "kicker"),
                headline: text(a, "headline"),
                lead: text(a, "lead"),
                body: text(a, "body"),
                ..Article::default()
            };
            let id = text(a, "id");
            let mut from = [0usize; 4];
            let labels = a["figures"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| {
                    let field = field_of(l[0].as_str().unwrap());
                    let needle = l[1].as_str().unwrap();
                    let hay = article.field(field);
                    let slot = field as usize;
                    let byte = from[slot]
                        + hay[from[slot]..]
                            .find(needle)
                            .unwrap_or_else(|| panic!("{id}: {needle:?} not in {field:?}"));
                    from[slot] = byte + needle.len();
                    let start = char_offset(hay, byte);
                    Label {
                        field,
                        start,
                        end: start + needle.chars().count(),
                        value: l[2].as_f64().unwrap(),
                        max: l[3].as_f64(),
                        kind: l[4].as_str().unwrap().to_string(),
                        unit: l[5].as_str().map(str::to_string),
                        qualifier: l[6].as_str().map(str::to_string),
                        text: needle.to_string(),
                    }
                })
                .collect();
            (id, article, labels)
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn matches(f: &Figure, l: &Label) -> bool {
    f.field == l.field
        && f.start < l.end
        && l.start < f.end
        && close(f.value, l.value)
        && match (f.max, l.max) {
            (None, None) => true,
            (Some(a), Some(b)) => close(a, b),
            _ => false,
        }
        && f.kind.as_str() == l.kind
        && f.unit == l.unit.as_deref()
        && f.qualifier.map(|q| format!("{q:?}").to_lowercase()) == l.qualifier
}

#[test]
fn labelled_set_precision_and_recall() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/figures");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let (mut articles, mut predicted, mut labelled, mut hits) = (0, 0, 0, 0);
    for file in &files {
        for (id, article, labels) in load(file) {
            articles += 1;
            let found = figures(&article);
            let mut used = vec![false; found.len()];
            for l in &labels {
                match (0..found.len()).find(|&k| !used[k] && matches(&found[k], l)) {
                    Some(k) => {
                        used[k] = true;
                        hits += 1;
                    }
                    None => eprintln!(
                        "missed   {id} {:?} {:?}: {} {:?} {} {:?} {:?}",
                        l.field, l.text, l.value, l.max, l.kind, l.unit, l.qualifier
                    ),
                }
            }
            for (f, _) in found.iter().zip(&used).filter(|(_, u)| !**u) {
                eprintln!(
                    "spurious {id} {:?} {:?}: {}",
                    f.field,
                    f.text,
                    serde_json::to_string(f).unwrap()
                );
            }
            predicted += found.len();
            labelled += labels.len();
        }
    }
    let precision = hits as f64 / predicted.max(1) as f64;
    let recall = hits as f64 / labelled.max(1) as f64;
    println!(
        "figures labelled set: {articles} articles, {labelled} labelled, {predicted} predicted, {hits} matched; \
         precision {precision:.3}, recall {recall:.3}"
    );
    assert!(articles >= 60, "only {articles} labelled articles");
    assert!(precision >= 0.95, "precision {precision:.3} below 0.95");
    assert!(recall >= 0.95, "recall {recall:.3} below 0.95");
}
