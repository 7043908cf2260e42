//! An article's figures as the rows of a table a desk reads at a glance: one row per figure,
//! however often the copy repeats it, quantities first in the order a reader meets them, then
//! the years, dates and ordinals that place the story in time. And the normal form of a
//! subject, which decides when two figures (in one article, or across the desk) are about the
//! same thing.

use std::collections::HashMap;

use super::context::classifier;
use super::display::is_quantity;
use super::figure::{Figure, Kind};
use crate::fold;

/// One row of an article's figures table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FigureRow {
    /// The figure shown: its first mention (kicker, headline and lead before the body), the
    /// one the article scrolls to.
    pub figure: usize,
    /// The mention whose subject names the row: the first one that has a subject (the headline
    /// may state a figure bare that the body names), else `figure`.
    pub named: usize,
    /// How many mentions of the same figure the row stands for.
    pub mentions: usize,
    /// A year, date or ordinal: listed after the quantities, dimmed.
    pub time: bool,
}

/// What makes two mentions the same figure, before their subjects are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Measure {
    kind: Kind,
    value: u64,
    max: Option<u64>,
    unit: Option<&'static str>,
}

impl Measure {
    fn of(f: &Figure) -> Measure {
        Measure {
            kind: f.kind,
            value: f.value.to_bits(),
            max: f.max.map(f64::to_bits),
            unit: f.unit,
        }
    }
}

/// The rows of `figures`: the same figure (kind, value, range, unit and [`subject_key`]) from
/// kicker, headline, lead and body is one row. A mention without a subject joins the first row
/// with the same value and unit (a bare `۱۸ درصد` in the headline is the body's
/// `۱۸ درصد مسافر`); a row without a subject takes the first one a later mention gives. Rows
/// come in reading order (fields kicker, headline, lead, body; each in text order), quantities
/// first, then years, dates and ordinals.
pub fn figure_rows(figures: &[Figure]) -> Vec<FigureRow> {
    let mut order: Vec<usize> = (0..figures.len()).collect();
    order.sort_by_key(|&i| (figures[i].field, figures[i].start));
    let mut rows: Vec<FigureRow> = Vec::new();
    let mut keys: Vec<Option<String>> = Vec::new();
    let mut by_measure: HashMap<Measure, Vec<usize>> = HashMap::new();
    for i in order {
        let f = &figures[i];
        let key = subject_of(f).map(subject_key).filter(|k| !k.is_empty());
        let same = by_measure.entry(Measure::of(f)).or_default();
        let found = match &key {
            Some(k) => same
                .iter()
                .copied()
                .find(|&r| keys[r].as_ref() == Some(k))
                .or_else(|| same.iter().copied().find(|&r| keys[r].is_none())),
            None => same.first().copied(),
        };
        match found {
            Some(r) => {
                rows[r].mentions += 1;
                if keys[r].is_none() && key.is_some() {
                    keys[r] = key;
                    rows[r].named = i;
                }
            }
            None => {
                same.push(rows.len());
                keys.push(key);
                rows.push(FigureRow {
                    figure: i,
                    named: i,
                    mentions: 1,
                    time: !is_quantity(f.kind) && f.kind != Kind::Score,
                });
            }
        }
    }
    // Stable: each group keeps reading order.
    rows.sort_by_key(|r| r.time);
    rows
}

/// What the figure measures, as the article words it: its subject, unless that is blank, only
/// a classifier (`نفر`, `تن`, `مورد`: what is counted by, not what is counted), or only a
/// measure word, pointed at or not (`این رقم`, `این میزان`, "the total": it refers back to
/// something the extractor did not name, and two of them are not the same thing).
pub fn subject_of(f: &Figure) -> Option<&str> {
    let subject = f.subject.as_deref()?.trim();
    let folded = fold::search_key(subject);
    let words: Vec<&str> = folded
        .split(' ')
        .filter(|w| !w.is_empty() && !POINTERS.contains(w))
        .collect();
    let names_nothing = match words[..] {
        [] => true,
        [word] => {
            (word == folded && classifier(word))
                || MEASURE_WORDS.contains(&word)
                || MEASURE_PHRASES.iter().any(|p| p[0] == word)
        }
        _ => false,
    };
    (!names_nothing).then_some(subject)
}

/// Words before a subject's head that say how it is measured, not what: «نرخ تورم» and «تورم»,
/// «تعداد زائران» and «زائران» are one subject. Dropped only when a word follows.
const MEASURE_WORDS: &[&str] = &[
    "نرخ",
    "میزان",
    "مقدار",
    "تعداد",
    "شمار",
    "رقم",
    "حجم",
    "مجموع",
    "کل",
];

/// English: the same, as whole leading phrases ("number of pilgrims", "rate of inflation").
const MEASURE_PHRASES: &[&[&str]] = &[
    &["number", "of"],
    &["amount", "of"],
    &["level", "of"],
    &["rate", "of"],
    &["total"],
];

/// Words around a subject that point rather than name: demonstratives and possessives
/// («کارت هوشمند ملی خود»), articles ("the deal").
const POINTERS: &[&str] = &[
    "این", "آن", "خود", "همین", "همان", "the", "a", "an", "its", "their", "this", "that",
];

/// Plural endings written apart (`کارت‌های`, `کارت های`): the singular is the same subject.
/// Only as a word of their own, so `تنها` keeps its `ها`.
const PLURALS: &[&str] = &["ها", "های", "هایی"];

/// The normal form of a subject: what two subjects must share to be the same thing, on one
/// article's table and across the desk's board. Conservative, so two different measures are
/// never merged on a guess:
/// - letters, digits and spacing folded as search folds them ([`fold::match_key`]: `ي`/`ی`,
///   ZWNJ or a space inside a Persian word, case);
/// - a plural ending written apart dropped (`کارت‌های هوشمند` is `کارت هوشمند`);
/// - pointing words at either end dropped (`این`, `خود`, "the");
/// - one leading measure word dropped when a word follows it (`نرخ تورم` is `تورم`, `تعداد
///   زائران` is `زائران`, "number of pilgrims" is "pilgrims"), and an English trailing "rate"
///   ("inflation rate" is "inflation").
///
/// Nothing else is stripped: `تورم نقطه به نقطه` and `تورم` stay apart (different measures),
/// and so do `صادرات نفت` and `صادرات`.
pub fn subject_key(subject: &str) -> String {
    let folded = fold::search_key(subject);
    let mut words: Vec<&str> = folded
        .split(' ')
        .filter(|w| !w.is_empty() && !PLURALS.contains(w))
        .collect();
    while words.len() > 1 && POINTERS.contains(&words[0]) {
        words.remove(0);
    }
    while words.len() > 1 && words.last().is_some_and(|w| POINTERS.contains(w)) {
        words.pop();
    }
    if words.len() > 1 && MEASURE_WORDS.contains(&words[0]) {
        words.remove(0);
    } else if let Some(phrase) = MEASURE_PHRASES
        .iter()
        .find(|p| words.len() > p.len() && words.starts_with(p))
    {
        words.drain(..phrase.len());
    }
    if words.len() > 1 && words.last() == Some(&"rate") {
        words.pop();
    }
    fold::match_key(&words.join(" "))
}

/// The key of a subject on the desk's board: [`subject_key`], and for a subject that ends in a
/// place noun standing for the article's own place (`میانگین بارش استان`, `جمعیت شهر`: this
/// province's, this city's) the article's `place` after it, so two provinces' averages are two
/// rows rather than one row in conflict with itself.
pub fn board_key(subject: &str, place: Option<&str>) -> String {
    let key = subject_key(subject);
    let folded = fold::search_key(subject);
    let mut words = folded.split(' ').filter(|w| !w.is_empty());
    let local = words
        .next_back()
        .is_some_and(|last| LOCAL_PLACES.contains(&last))
        && words.next().is_some();
    match place.map(fold::match_key) {
        Some(place) if local && !place.is_empty() => format!("{key} {place}"),
        _ => key,
    }
}

/// Place nouns that, ending a subject, mean the dateline's place (in search form). Not `کشور`: a desk's «جمعیت کشور» is the same country from any city.
const LOCAL_PLACES: &[&str] = &["استان", "شهرستان", "شهر", "منطقه", "روستا"];

/// For tests across the crate: a figure of `value` and `kind` in the body at 0..0, nothing
/// else known. Made from one the extractor made (of `۱۲ درصد`) rather than spelled out, so the
/// tests need not list every field of [`Figure`] (it grows as the extractor learns more).
#[cfg(test)]
pub(crate) fn test_figure(value: f64, kind: Kind) -> Figure {
    let mut f = super::figures_in("۱۲ درصد", crate::article::Field::Body).remove(0);
    f.value = value;
    f.kind = kind;
    f.max = None;
    f.unit = None;
    f.qualifier = None;
    f.subject = None;
    f.subject_start = None;
    f.subject_end = None;
    f.text = String::new();
    f.start = 0;
    f.end = 0;
    f
}

#[cfg(test)]
mod tests {
    use super::test_figure as figure;
    use super::*;
    use crate::article::Field;

    fn fig(value: f64, kind: Kind, subject: Option<&str>, field: Field, start: usize) -> Figure {
        let mut f = figure(value, kind);
        f.subject = subject.map(str::to_string);
        f.field = field;
        f.start = start;
        f.end = start + 2;
        f
    }

    #[test]
    fn local_subjects_take_the_articles_place_on_the_board() {
        let isfahan = board_key("میانگین بارش استان", Some("اصفهان"));
        assert_ne!(isfahan, board_key("میانگین بارش استان", Some("سنندج")));
        assert_eq!(isfahan, board_key("ميانگين بارش استان", Some("اصفهان")));
        assert!(isfahan.ends_with(&fold::match_key("اصفهان")));
        let country = board_key("جمعیت کشور", Some("قم"));
        assert_eq!(country, board_key("جمعیت کشور", Some("تهران")));
        assert_eq!(board_key("استان", Some("قم")), subject_key("استان"));
        assert_eq!(
            board_key("میانگین بارش استان", None),
            subject_key("میانگین بارش استان")
        );
    }

    #[test]
    fn subjects_meet_where_the_rule_allows() {
        assert_eq!(subject_key("نرخ تورم"), subject_key("تورم"));
        assert_eq!(subject_key("تعداد زائران"), subject_key("زائران"));
        assert_eq!(
            subject_key("كارت‌هاي هوشمند ملي"),
            subject_key("کارت هوشمند ملی")
        );
        assert_eq!(
            subject_key("کارت هوشمند ملی خود"),
            subject_key("کارت هوشمند ملی")
        );
        assert_eq!(
            subject_key("کارت هوشمند‌ملی"),
            subject_key("کارت هوشمند ملی")
        );
        assert_eq!(subject_key("the inflation rate"), subject_key("Inflation"));
        assert_eq!(subject_key("number of pilgrims"), subject_key("pilgrims"));
        // Different measures stay apart.
        assert_ne!(subject_key("تورم نقطه به نقطه"), subject_key("تورم"));
        assert_ne!(subject_key("صادرات نفت"), subject_key("صادرات"));
        assert_ne!(subject_key("تنها"), subject_key("تن"));
        // A measure word alone is the subject.
        assert_eq!(subject_key("نرخ"), fold::match_key("نرخ"));
    }

    #[test]
    fn the_same_figure_is_one_row_however_often_it_is_told() {
        let figures = vec![
            fig(18.0, Kind::Percent, None, Field::Headline, 10),
            fig(18.0, Kind::Percent, Some("ظرفیت جابه‌جایی"), Field::Body, 40),
            fig(18.0, Kind::Percent, Some("ظرفیت جابه جایی"), Field::Lead, 5),
            fig(18.0, Kind::Percent, Some("قیمت بلیت"), Field::Body, 90),
            fig(42.0, Kind::Count, Some("پرواز"), Field::Kicker, 0),
        ];
        let rows = figure_rows(&figures);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].figure, 4, "the kicker comes first");
        assert_eq!((rows[1].figure, rows[1].named, rows[1].mentions), (0, 2, 3));
        assert_eq!(rows[2].figure, 3, "another subject is another row");
    }

    #[test]
    fn a_classifier_alone_names_nothing() {
        let named = |s: &str| {
            subject_of(&fig(1.0, Kind::Count, Some(s), Field::Body, 0)).map(str::to_string)
        };
        assert_eq!(named("تن"), None);
        assert_eq!(named(" نفر "), None);
        assert_eq!(named(""), None);
        assert_eq!(named("زائران").as_deref(), Some("زائران"));
        assert_eq!(named("نفر دوم").as_deref(), Some("نفر دوم"));
        assert_eq!(named("این رقم"), None, "points back, names nothing");
        assert_eq!(named("اين ميزان"), None);
        assert_eq!(named("the total"), None);
        assert_eq!(named("این"), None);
        assert_eq!(named("رقم صادرات").as_deref(), Some("رقم صادرات"));
        assert_eq!(named("این منابع").as_deref(), Some("این منابع"));
    }

    #[test]
    fn quantities_in_reading_order_then_time() {
        let figures = vec![
            fig(1396.0, Kind::Year, None, Field::Lead, 3),
            fig(5.0, Kind::Count, Some("a"), Field::Body, 50),
            fig(3.0, Kind::Ordinal, Some("جشنواره"), Field::Headline, 0),
            fig(7.0, Kind::Count, Some("b"), Field::Body, 10),
            fig(9.0, Kind::Count, Some("c"), Field::Lead, 80),
            fig(1396.0, Kind::Year, None, Field::Body, 20),
            fig(2.0, Kind::Score, None, Field::Body, 30),
        ];
        let rows: Vec<(usize, bool)> = figure_rows(&figures)
            .iter()
            .map(|r| (r.figure, r.time))
            .collect();
        assert_eq!(
            rows,
            [
                (4, false),
                (3, false),
                (6, false),
                (1, false),
                (2, true),
                (0, true)
            ]
        );
    }
}
