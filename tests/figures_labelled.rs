//! Figure extraction scored against hand labels (formats in `tests/fixtures/figures/README.md`):
//! the articles we wrote (`tests/fixtures/figures/*.json`) and real corpus articles labelled by
//! reading them (`tests/fixtures/figures/real/*.json`, read from `../shared/corpus` through the
//! real parser, so no corpus sentence lives in this repository).
//!
//! A prediction matches a label when they are in the same field, their spans overlap and value
//! and max agree (within 1e-6 relative, so `یک سوم` can be labelled 0.3333333333); each label
//! matches at most one prediction. Kind, unit, qualifier and subject are then scored over the
//! matched pairs. `cargo test --test figures_labelled -- --nocapture` prints every miss, false
//! positive and wrong attribute, then the tables.

mod figures_labels;

use std::collections::BTreeMap;

use figures_labels::{real_cases, uncovered_digits, written_cases, Case, Label, Subject};
use newsdesk::article::Field;
use newsdesk::extract::{figures, Figure};
use newsdesk::fold::search_key;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn value_match(f: &Figure, l: &Label) -> bool {
    l.span.overlaps(f)
        && close(f.value, l.value)
        && match (f.max, l.max) {
            (None, None) => true,
            (Some(a), Some(b)) => close(a, b),
            _ => false,
        }
}

fn qualifier_of(f: &Figure) -> Option<String> {
    f.qualifier.map(|q| format!("{q:?}").to_lowercase())
}

/// The words of a phrase: punctuation (`«»`, quotes, brackets) is no word, so `«جاده‌های سرد»`
/// and `جاده‌های سرد` are the same two.
fn tokens(s: &str) -> Vec<String> {
    search_key(s)
        .split(' ')
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Token F1 of two phrases after Persian normalization (words counted with multiplicity).
fn token_f1(a: &str, b: &str) -> f64 {
    let (a, mut b) = (tokens(a), tokens(b));
    let (a_len, b_len) = (a.len() as f64, b.len() as f64);
    let common = a
        .iter()
        .filter(|t| match b.iter().position(|u| u == *t) {
            Some(k) => {
                b.swap_remove(k);
                true
            }
            None => false,
        })
        .count();
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / a_len, common as f64 / b_len);
    2.0 * p * r / (p + r)
}

/// Whether the predicted subject is right; `None` when the label does not say.
fn subject_right(predicted: Option<&str>, label: &Subject) -> Option<bool> {
    match label {
        Subject::Unlabelled => None,
        Subject::Null => Some(predicted.is_none()),
        Subject::Phrases(phrases) => {
            Some(predicted.is_some_and(|p| phrases.iter().any(|s| token_f1(p, s) >= 0.5)))
        }
    }
}

#[derive(Default)]
struct Tally {
    articles: usize,
    labels: usize,
    predictions: usize,
    on_optional: usize,
    matched: usize,
    kind_ok: usize,
    unit_ok: usize,
    qualifier_ok: usize,
    /// Matched with kind, unit and qualifier all right: the written set's old yardstick.
    all_ok: usize,
    subjects: usize,
    subject_ok: usize,
    identifiers: usize,
    by_kind: BTreeMap<String, (usize, usize)>,
    issues: Vec<String>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

impl Tally {
    fn precision(&self) -> f64 {
        ratio(self.matched, self.predictions - self.on_optional)
    }
    fn recall(&self) -> f64 {
        ratio(self.matched, self.labels)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn kind_accuracy(&self) -> f64 {
        ratio(self.kind_ok, self.matched)
    }
    fn subject_accuracy(&self) -> f64 {
        ratio(self.subject_ok, self.subjects)
    }

    fn score(&mut self, case: &Case) {
        let found = figures(&case.article);
        self.articles += 1;
        self.predictions += found.len();
        // Required labels claim predictions first, so an optional one never takes a match away.
        let mut owner: Vec<Option<usize>> = vec![None; found.len()];
        let mut pair: Vec<Option<usize>> = vec![None; case.labels.len()];
        for optional in [false, true] {
            for (li, l) in case.labels.iter().enumerate() {
                if l.optional != optional {
                    continue;
                }
                let best = (0..found.len())
                    .filter(|&k| owner[k].is_none() && value_match(&found[k], l))
                    .min_by_key(|&k| l.span.start.abs_diff(found[k].start));
                if let Some(k) = best {
                    owner[k] = Some(li);
                    pair[li] = Some(k);
                }
            }
        }
        for (l, k) in case.labels.iter().zip(&pair) {
            if l.optional {
                continue;
            }
            self.labels += 1;
            match *k {
                Some(k) => self.pair(case, l, &found[k]),
                None => {
                    let got: Vec<String> = found
                        .iter()
                        .filter(|f| l.span.overlaps(f))
                        .map(show_figure)
                        .collect();
                    self.issue(case, "miss", l.at(), show_label(l), got.join("; "));
                }
            }
        }
        for (f, owner) in found.iter().zip(&owner) {
            let optional_label = |l: &Label| l.optional && l.span.overlaps(f);
            match owner {
                Some(li) if case.labels[*li].optional => self.on_optional += 1,
                Some(_) => {}
                None if case.labels.iter().any(optional_label) => self.on_optional += 1,
                None => {
                    let identifier = case.not_figures.iter().find(|(s, _)| s.overlaps(f));
                    let what = match identifier {
                        Some((_, why)) => {
                            self.identifiers += 1;
                            format!("identifier ({why})")
                        }
                        None if case.labels.iter().any(|l| l.span.overlaps(f)) => {
                            "wrong value".into()
                        }
                        None => "unlabelled".into(),
                    };
                    self.issue(case, "false+", (f.field, &f.text), what, show_figure(f));
                }
            }
        }
    }

    fn pair(&mut self, case: &Case, l: &Label, f: &Figure) {
        self.matched += 1;
        let kind = f.kind.as_str() == l.kind;
        let unit = f.unit == l.unit.as_deref();
        let qualifier = qualifier_of(f) == l.qualifier;
        self.kind_ok += usize::from(kind);
        self.unit_ok += usize::from(unit);
        self.qualifier_ok += usize::from(qualifier);
        self.all_ok += usize::from(kind && unit && qualifier);
        for (ok, what) in [(kind, "kind"), (unit, "unit"), (qualifier, "qualifier")] {
            if !ok {
                self.issue(case, what, l.at(), show_label(l), show_figure(f));
            }
        }
        let predicted = f.subject.as_deref();
        if let Some(right) = subject_right(predicted, &l.subject) {
            self.subjects += 1;
            self.subject_ok += usize::from(right);
            let slot = self.by_kind.entry(l.kind.clone()).or_default();
            slot.0 += usize::from(right);
            slot.1 += 1;
            if !right || std::env::var_os("FIGURES_ALL").is_some() {
                let want = match &l.subject {
                    Subject::Phrases(p) => format!("«{}»", p.join("» | «")),
                    _ => "null".into(),
                };
                let got = predicted.map_or("null".into(), |s| format!("«{s}»"));
                let what = if right { "subj-ok" } else { "subject" };
                self.issue(case, what, l.at(), format!("{} {want}", l.kind), got);
            }
        }
    }

    /// One line per issue, whatever the spans hold: a figure read across paragraphs shows ⏎.
    fn issue(&mut self, case: &Case, what: &str, at: (Field, &str), want: String, got: String) {
        let line = format!(
            "{what:9} {} {} «{}»  want: {want}  got: {got}",
            case.name,
            at.0.as_str(),
            at.1
        );
        self.issues.push(line.replace('\n', " ⏎ "));
    }

    fn print(&self, set: &str) {
        for issue in &self.issues {
            println!("{set}: {issue}");
        }
        let subjects = if self.subjects == 0 {
            "n/a".to_string()
        } else {
            format!(
                "{:.3} ({}/{})",
                self.subject_accuracy(),
                self.subject_ok,
                self.subjects
            )
        };
        println!(
            "{:<8}{:>9}{:>7}{:>6}{:>7}{:>7}{:>7}{:>7}{:>7}{:>7}  {:<18}{:>4}",
            "set",
            "articles",
            "labels",
            "preds",
            "P",
            "R",
            "F1",
            "kind",
            "unit",
            "qual",
            "subject",
            "ids"
        );
        println!(
            "{set:<8}{:>9}{:>7}{:>6}{:>7.3}{:>7.3}{:>7.3}{:>7.3}{:>7.3}{:>7.3}  {subjects:<18}{:>4}",
            self.articles,
            self.labels,
            self.predictions,
            self.precision(),
            self.recall(),
            self.f1(),
            self.kind_accuracy(),
            ratio(self.unit_ok, self.matched),
            ratio(self.qualifier_ok, self.matched),
            self.identifiers,
        );
        let by_kind: Vec<String> = self
            .by_kind
            .iter()
            .map(|(k, (ok, n))| format!("{k} {ok}/{n}"))
            .collect();
        if !by_kind.is_empty() {
            println!("{set:<8}subjects right by kind: {}", by_kind.join(", "));
        }
    }
}

fn show_label(l: &Label) -> String {
    format!(
        "{} {}{}{}",
        show_value(l.value, l.max),
        l.kind,
        l.unit.as_deref().map_or(String::new(), |u| format!(" {u}")),
        l.qualifier
            .as_deref()
            .map_or(String::new(), |q| format!(" ({q})")),
    )
}

fn show_figure(f: &Figure) -> String {
    format!(
        "«{}» {} {}{}{} subject {}",
        f.text,
        show_value(f.value, f.max),
        f.kind.as_str(),
        f.unit.map_or(String::new(), |u| format!(" {u}")),
        qualifier_of(f).map_or(String::new(), |q| format!(" ({q})")),
        f.subject
            .as_deref()
            .map_or("null".into(), |s| format!("«{s}»")),
    )
}

fn show_value(value: f64, max: Option<f64>) -> String {
    match max {
        Some(m) => format!("{value}..{m}"),
        None => format!("{value}"),
    }
}

#[test]
fn written_set_precision_and_recall() {
    let mut tally = Tally::default();
    for case in written_cases() {
        tally.score(&case);
    }
    tally.print("written");
    // The written set's yardstick: a figure counts only with kind, unit and qualifier right.
    let precision = ratio(tally.all_ok, tally.predictions);
    let recall = ratio(tally.all_ok, tally.labels);
    assert!(
        tally.articles >= 60,
        "only {} written articles",
        tally.articles
    );
    assert!(
        precision >= 0.95,
        "written precision {precision:.3} below 0.95"
    );
    assert!(recall >= 0.95, "written recall {recall:.3} below 0.95");
}

#[test]
fn real_labels_point_at_the_copy_and_cover_every_digit() {
    let (cases, errors, _) = real_cases();
    let mut problems = errors;
    for case in &cases {
        problems.extend(uncovered_digits(case));
    }
    assert!(problems.is_empty(), "real labels:\n{}", problems.join("\n"));
}

#[test]
fn real_set_figures_values_kinds_and_subjects() {
    let (cases, errors, have_corpus) = real_cases();
    if !have_corpus {
        assert!(
            std::env::var_os("CI").is_none(),
            "../shared/corpus absent and CI is set: the real labelled set must be scored"
        );
        println!("skipping real labelled set: ../shared/corpus absent");
    }
    assert!(errors.is_empty(), "real labels:\n{}", errors.join("\n"));
    assert!(!cases.is_empty(), "no real labelled articles");
    let mut tally = Tally::default();
    for case in &cases {
        tally.score(case);
    }
    tally.print("real");
    let (f1, kind, subject) = (tally.f1(), tally.kind_accuracy(), tally.subject_accuracy());
    // Issue 10's test: the real set must hold F1 >= .97, kind >= .95 and subject >= .85. The
    // value floors sit higher, a little under what the set scores today (F1 .993, kind .997
    // on 225 articles), so that a change that loses values fails here; the subject floor is
    // the issue's, which the set clears by a few labels only (.853).
    assert!(f1 >= 0.98, "real value F1 {f1:.3} below 0.98");
    assert!(kind >= 0.98, "real kind accuracy {kind:.3} below 0.98");
    assert!(
        subject >= 0.85,
        "real subject accuracy {subject:.3} below 0.85"
    );
    assert_eq!(tally.identifiers, 0, "identifiers output as figures");
}
