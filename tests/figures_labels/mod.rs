//! The hand labels of figures, read and located in their articles: the written set
//! (`tests/fixtures/figures/*.json`) and the real set (`tests/fixtures/figures/real/*.json`, whose
//! articles are read from `../shared/corpus` through newsdesk's own parser). Formats in
//! `tests/fixtures/figures/README.md`.

use std::path::{Path, PathBuf};

use newsdesk::article::{read_file, Article, Field, DEFAULT_MAX_FILE_SIZE};
use newsdesk::extract::Figure;
use serde_json::Value;

const KINDS: [&str; 9] = [
    "count", "percent", "money", "measure", "duration", "year", "date", "ordinal", "score",
];
const QUALIFIERS: [&str; 3] = ["about", "over", "under"];

/// What a label says the figure measures.
pub enum Subject {
    /// The written set's labels carry no subject unless given.
    Unlabelled,
    /// The text names nothing: right only when the extractor names nothing either.
    Null,
    /// The subject first, then the accepted alternatives.
    Phrases(Vec<String>),
}

pub struct Span {
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Span {
    pub fn overlaps(&self, f: &Figure) -> bool {
        f.field == self.field && f.start < self.end && self.start < f.end
    }
}

pub struct Label {
    pub span: Span,
    pub value: f64,
    pub max: Option<f64>,
    pub kind: String,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    pub subject: Subject,
    pub optional: bool,
}

impl Label {
    /// Where the label is, for messages.
    pub fn at(&self) -> (Field, &str) {
        (self.span.field, &self.span.text)
    }
}

pub struct Case {
    pub name: String,
    pub article: Article,
    pub labels: Vec<Label>,
    pub not_figures: Vec<(Span, String)>,
}

fn field_of(name: &str) -> Result<Field, String> {
    Field::ALL
        .into_iter()
        .find(|f| f.as_str() == name)
        .ok_or_else(|| format!("unknown field {name:?}"))
}

fn char_span(hay: &str, byte: usize, text: &str) -> (usize, usize) {
    let start = hay[..byte].chars().count();
    (start, start + text.chars().count())
}

/// The `occurrence`-th (1-based) occurrence of `text` in the field, counted as `str::matches`
/// counts (left to right, not overlapping), also inside longer numbers.
fn locate(article: &Article, field: Field, text: &str, occurrence: u64) -> Result<Span, String> {
    let hay = article.field(field);
    if text.is_empty() || occurrence == 0 {
        return Err("empty text or occurrence 0".into());
    }
    let found = hay.match_indices(text).count();
    let (byte, _) = hay
        .match_indices(text)
        .nth(occurrence as usize - 1)
        .ok_or_else(|| format!("occurrence {occurrence} not in {field:?} ({found} found)"))?;
    let (start, end) = char_span(hay, byte, text);
    Ok(Span {
        field,
        start,
        end,
        text: text.to_string(),
    })
}

fn opt_str(v: &Value, key: &str) -> Result<Option<String>, String> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!("{key} is {other}, not a string or null")),
    }
}

fn req_str<'a>(v: &'a Value, key: &str) -> Result<&'a str, String> {
    v.get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("no {key}"))
}

fn locate_in(article: &Article, v: &Value) -> Result<Span, String> {
    let field = field_of(req_str(v, "field")?)?;
    let occurrence = v.get("occurrence").and_then(Value::as_u64).unwrap_or(1);
    locate(article, field, req_str(v, "text")?, occurrence)
}

fn real_label(article: &Article, v: &Value) -> Result<Label, String> {
    let span = locate_in(article, v)?;
    let kind = req_str(v, "kind")?.to_string();
    if !KINDS.contains(&kind.as_str()) {
        return Err(format!("unknown kind {kind:?}"));
    }
    let qualifier = opt_str(v, "qualifier")?;
    if qualifier
        .as_deref()
        .is_some_and(|q| !QUALIFIERS.contains(&q))
    {
        return Err(format!("unknown qualifier {qualifier:?}"));
    }
    let value = v
        .get("value")
        .and_then(Value::as_f64)
        .ok_or("no numeric value")?;
    let subject = match opt_str(v, "subject")? {
        None => Subject::Null,
        Some(s) => {
            let mut phrases = vec![s];
            for alt in v
                .get("subject_alt")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                phrases.push(alt.as_str().ok_or("subject_alt holds a non-string")?.into());
            }
            Subject::Phrases(phrases)
        }
    };
    Ok(Label {
        span,
        value,
        max: v.get("max").and_then(Value::as_f64),
        kind,
        unit: opt_str(v, "unit")?,
        qualifier,
        subject,
        optional: v.get("optional").and_then(Value::as_bool).unwrap_or(false),
    })
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('۰'..='۹').contains(&c) || ('٠'..='٩').contains(&c)
}

/// Digit runs covered by neither a label nor a `not_figures` entry: LABELS.md asks for every one
/// to be in one of the two lists.
pub fn uncovered_digits(case: &Case) -> Vec<String> {
    let mut out = Vec::new();
    for field in Field::ALL {
        let chars: Vec<char> = case.article.field(field).chars().collect();
        let covered = |i: usize| {
            let spans = case.labels.iter().map(|l| &l.span);
            spans
                .chain(case.not_figures.iter().map(|(s, _)| s))
                .any(|s| s.field == field && s.start <= i && i < s.end)
        };
        let mut i = 0;
        while i < chars.len() {
            if !is_digit(chars[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && is_digit(chars[i]) {
                i += 1;
            }
            if !(start..i).all(covered) {
                let run: String = chars[start..i].iter().collect();
                let around: String = chars[start.saturating_sub(15)..(i + 15).min(chars.len())]
                    .iter()
                    .collect();
                out.push(format!(
                    "{}: {field:?} digits {run:?} labelled nowhere, in «{around}»",
                    case.name
                ));
            }
        }
    }
    out
}

fn real_case(name: &str, path: &Path, json: &Value) -> Result<Case, Vec<String>> {
    let article = read_file(path, DEFAULT_MAX_FILE_SIZE)
        .into_iter()
        .next()
        .and_then(|e| e.result.ok())
        .ok_or_else(|| vec![format!("{name}: {} does not parse", path.display())])?;
    let mut errors = Vec::new();
    let mut labels = Vec::new();
    for (i, v) in json["figures"].as_array().into_iter().flatten().enumerate() {
        match real_label(&article, v) {
            Ok(l) => labels.push(l),
            Err(e) => errors.push(format!("{name}: figure {} {}: {e}", i + 1, v["text"])),
        }
    }
    let mut not_figures = Vec::new();
    for (i, v) in json["not_figures"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        match locate_in(&article, v) {
            Ok(s) => not_figures.push((s, v["why"].as_str().unwrap_or("").to_string())),
            Err(e) => errors.push(format!("{name}: not_figure {} {}: {e}", i + 1, v["text"])),
        }
    }
    for (i, a) in labels.iter().enumerate() {
        if labels[..i].iter().any(|b| {
            (b.span.field, b.span.start, b.span.end) == (a.span.field, a.span.start, a.span.end)
        }) {
            errors.push(format!("{name}: {:?} labelled twice", a.span.text));
        }
    }
    if errors.is_empty() {
        Ok(Case {
            name: name.to_string(),
            article,
            labels,
            not_figures,
        })
    } else {
        Err(errors)
    }
}

/// The real labelled set, and the problems with its labels. `None` when the corpus is absent
/// (the cases read from committed fixtures are still returned then).
pub fn real_cases() -> (Vec<Case>, Vec<String>, bool) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus/articles");
    let have_corpus = corpus.is_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures/figures/real"))
        .expect("tests/fixtures/figures/real")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let (mut cases, mut errors) = (Vec::new(), Vec::new());
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let json: Value = match serde_json::from_str(&std::fs::read_to_string(&file).unwrap()) {
            Ok(j) => j,
            Err(e) => {
                errors.push(format!("{name}: {e}"));
                continue;
            }
        };
        let path = match (json["fixture"].as_str(), json["file"].as_str()) {
            (Some(fixture), _) => root.join(fixture),
            (None, Some(_)) if !have_corpus => continue,
            (None, Some(article)) => corpus.join(article),
            (None, None) => {
                errors.push(format!("{name}: neither file nor fixture"));
                continue;
            }
        };
        match real_case(&name, &path, &json) {
            Ok(case) => cases.push(case),
            Err(e) => errors.extend(e),
        }
    }
    (cases, errors, have_corpus)
}

/// The written set: arrays of articles whose labels are `[field, text, value, max, kind, unit,
/// qualifier]`, optionally followed by `subject` and `[alternatives]`; each text is searched
/// from the end of the previous label of its field.
pub fn written_cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/figures");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for file in &files {
        let json: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        for a in json.as_array().unwrap() {
            let text = |k: &str| a.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            let article = Article {
                kicker: text("kicker"),
                headline: text("headline"),
                lead: text("lead"),
                body: text("body"),
                ..Article::default()
            };
            let name = text("id");
            let mut from = [0usize; 4];
            let mut labels = Vec::new();
            for l in a["figures"].as_array().unwrap() {
                let field = field_of(l[0].as_str().unwrap()).unwrap();
                let needle = l[1].as_str().unwrap();
                let hay = article.field(field);
                let slot = field as usize;
                let byte = from[slot]
                    + hay[from[slot]..]
                        .find(needle)
                        .unwrap_or_else(|| panic!("{name}: {needle:?} not in {field:?}"));
                from[slot] = byte + needle.len();
                let (start, end) = char_span(hay, byte, needle);
                let subject = match l.get(7) {
                    None => Subject::Unlabelled,
                    Some(Value::Null) => Subject::Null,
                    Some(s) => Subject::Phrases(
                        std::iter::once(s)
                            .chain(l.get(8).and_then(Value::as_array).into_iter().flatten())
                            .filter_map(|p| p.as_str().map(str::to_string))
                            .collect(),
                    ),
                };
                labels.push(Label {
                    span: Span {
                        field,
                        start,
                        end,
                        text: needle.to_string(),
                    },
                    value: l[2].as_f64().unwrap(),
                    max: l[3].as_f64(),
                    kind: l[4].as_str().unwrap().to_string(),
                    unit: l[5].as_str().map(str::to_string),
                    qualifier: l[6].as_str().map(str::to_string),
                    subject,
                    optional: false,
                });
            }
            cases.push(Case {
                name,
                article,
                labels,
                not_figures: Vec::new(),
            });
        }
    }
    cases
}
