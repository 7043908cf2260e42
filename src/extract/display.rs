//! Figures as a desk reads them, in the article's language: large values compact
//! (`۳٫۲ میلیارد دلار`, `$3.2 bn`, `۱٫۲۹ میلیون`) or exact on demand, the unit in the
//! article's words (`ریشتر`, not `richter`), the hedge on its own (`حدود`, `about`), and years,
//! dates and ordinals each with its word (`سال ۱۳۹۶`, `۲۰ فروردین`, `سوم`, not `۳م`).
//!
//! Pure text: the figures pane, the metrics board and the tests all come here, so a value
//! reads the same wherever it is shown.

use super::figure::{self, persian_unit, plain, qualifier_word, Figure, Kind, Qualifier};
use super::words::{Lex, ENTRIES};
use crate::numerals::{group, to_persian_digits};

/// Scale words, largest first, as desks write them: Persian copy says `هزار میلیارد` for 10^12
/// (`همت` is هزار میلیارد تومان), English wires `bn`, `mn`, `tn`.
const SCALES: [(f64, &str, &str); 3] = [
    (1e12, "هزار میلیارد", "tn"),
    (1e9, "میلیارد", "bn"),
    (1e6, "میلیون", "mn"),
];

/// The figure's value with its unit, in the article's language (`persian`): compact when it is
/// a million or more unless `exact`; a range as `۸ تا ۱۴ درصد` / `8–14%`. The hedge is not
/// part of it: see [`qualifier_text`].
pub fn value_text(f: &Figure, persian: bool, exact: bool) -> String {
    let out = match f.kind {
        Kind::Year => year(f, persian),
        Kind::Date => date(f, persian),
        Kind::Ordinal => ordinal(f.value, persian),
        Kind::Score => score(f, persian),
        Kind::Count | Kind::Percent | Kind::Money | Kind::Measure | Kind::Duration => {
            quantity(f, persian, exact)
        }
    };
    if persian {
        to_persian_digits(&out)
    } else {
        out
    }
}

/// The hedge in the article's language: `حدود`, `بیش از`, `کمتر از`, `about`, `over`, `under`.
pub fn qualifier_text(q: Qualifier, persian: bool) -> &'static str {
    qualifier_word(q, persian)
}

/// Whether compacting changes how the value reads: the exact form says more.
pub fn is_compacted(f: &Figure) -> bool {
    is_quantity(f.kind) && scale(f).is_some()
}

/// Counts, percentages, money, measures and durations, as opposed to years, dates, ordinals
/// and scores.
pub fn is_quantity(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Count | Kind::Percent | Kind::Money | Kind::Measure | Kind::Duration
    )
}

/// The scale a value is written in, from a million up: the largest it reaches.
fn scale(f: &Figure) -> Option<(f64, &'static str, &'static str)> {
    let size = f.value.abs().max(f.max.map_or(0.0, f64::abs));
    if !size.is_finite() || size < 1e6 {
        return None;
    }
    SCALES
        .iter()
        .copied()
        // 999,970,000 reads `1 bn`, not `1000 mn`.
        .find(|&(s, _, _)| size >= s || mantissa(size / s) == "1")
}

/// A compact mantissa: three significant digits at most, no trailing zeros (`1.29`, `3.2`,
/// `35`, `600`).
fn mantissa(m: f64) -> String {
    let decimals = match m.abs() {
        a if a >= 100.0 => 0,
        a if a >= 10.0 => 1,
        _ => 2,
    };
    let s = format!("{m:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

fn quantity(f: &Figure, persian: bool, exact: bool) -> String {
    let scale = if exact { None } else { scale(f) };
    let num = |v: f64| match scale {
        // Past the largest scale word the mantissa runs to thousands: `۳۲٬۵۰۰ هزار میلیارد`.
        Some((s, _, _)) => group(&mantissa(v / s)),
        None => group(&plain(v)),
    };
    let mut n = num(f.value);
    if let Some(max) = f.max {
        n.push_str(if persian { " تا " } else { "–" });
        n.push_str(&num(max));
    }
    let scale_word = scale.map(|(_, fa, en)| if persian { fa } else { en });
    if persian {
        let unit = match (f.kind, f.unit) {
            (Kind::Percent, None) => Some("درصد"),
            (_, Some(code)) => Some(persian_unit(code)),
            (_, None) => None,
        };
        return [Some(n.as_str()), scale_word, unit]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
    }
    let plural = f.value != 1.0 || f.max.is_some() || scale.is_some();
    match (f.kind, f.unit) {
        (Kind::Percent, None) => format!("{n}%"),
        (_, Some(code)) => {
            if let Some(symbol) = currency_symbol(code) {
                match scale_word {
                    Some(w) => format!("{symbol}{n} {w}"),
                    None => format!("{symbol}{n}"),
                }
            } else {
                let unit = english_unit(code, plural);
                match scale_word {
                    Some(w) => format!("{n} {w} {unit}"),
                    None => format!("{n} {unit}"),
                }
            }
        }
        (_, None) => match scale_word {
            Some(w) => format!("{n} {w}"),
            None => n,
        },
    }
}

/// Currencies English copy writes with a sign before the number.
fn currency_symbol(code: &str) -> Option<&'static str> {
    Some(match code {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        _ => return None,
    })
}

/// A unit as English copy writes it: durations as words (`7 months`), Iran's currencies by
/// name (`rials`), the rest as the figure's table names them (`km`, `°C`, `bbl/d`).
fn english_unit(code: &'static str, plural: bool) -> String {
    let word = figure::english_unit(code);
    let is_word = matches!(
        code,
        "year" | "month" | "week" | "day" | "hour" | "minute" | "second" | "IRR" | "IRT"
    );
    if is_word && plural {
        format!("{word}s")
    } else {
        word.to_string()
    }
}

fn year(f: &Figure, persian: bool) -> String {
    let mut n = plain(f.value);
    if let Some(max) = f.max {
        n.push_str(if persian { " تا " } else { "–" });
        n.push_str(&plain(max));
    }
    match (persian, f.max.is_some()) {
        (true, _) => format!("سال {n}"),
        (false, false) => format!("year {n}"),
        (false, true) => format!("years {n}"),
    }
}

/// A date as the article wrote it (`۲۰ فروردین ۱۳۹۶`, `Nov. 21`, `1398/07/15`): its own month
/// word, so nothing has to guess which calendar a month number belongs to.
fn date(f: &Figure, persian: bool) -> String {
    let words: Vec<&str> = f.text.split_whitespace().collect();
    if words.is_empty() {
        // A figure made without its text (tests, other tools): the number is all there is.
        let v = f.value as i64;
        let (y, m, d) = (v / 10000, v / 100 % 100, v % 100);
        return match (y, d) {
            (0, _) => format!("{m:02}/{d:02}"),
            (_, 0) => format!("{y}/{m:02}"),
            _ => format!("{y}/{m:02}/{d:02}"),
        };
    }
    let text = words.join(" ");
    if persian {
        // Latin or Arabic-Indic digits in Persian copy: shown in Persian ones like the rest.
        text.chars()
            .map(|c| crate::fold::latin_digit(c).unwrap_or(c))
            .collect()
    } else {
        text
    }
}

fn score(f: &Figure, persian: bool) -> String {
    let a = plain(f.value);
    match f.max {
        Some(b) if persian => format!("{a} بر {}", plain(b)),
        Some(b) => format!("{a}–{}", plain(b)),
        None => a,
    }
}

/// `سوم`, `بیست و یکم`, `صدم`; `3rd`, `21st`. Persian ordinals past a hundred keep their
/// digits (`۱۲۵ام`), as copy writes them.
fn ordinal(value: f64, persian: bool) -> String {
    let n = if value.fract() == 0.0 && (1.0..1e15).contains(&value) {
        value as u64
    } else {
        return plain(value);
    };
    if persian {
        return persian_ordinal(n).unwrap_or_else(|| format!("{n}ام"));
    }
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn persian_ordinal(n: u64) -> Option<String> {
    match n {
        1 => return Some("اول".to_string()),
        100 => return Some("صدم".to_string()),
        2..=99 => {}
        _ => return None,
    }
    let n = n as u8;
    let (tens, units) = if n < 20 {
        (0, n)
    } else {
        (n / 10 * 10, n % 10)
    };
    let mut words: Vec<&str> = Vec::new();
    if tens > 0 {
        words.push(cardinal(tens)?);
    }
    if units > 0 {
        words.push(cardinal(units)?);
    }
    let last = words.pop()?;
    let last = match last {
        "سه" => "سوم".to_string(),
        // `سی‌ام`: a final ی takes the ending after a ZWNJ.
        "سی" => "سی\u{200c}ام".to_string(),
        w => format!("{w}م"),
    };
    words.push(&last);
    Some(words.join(" و "))
}

/// The Persian word for 1-19 or a multiple of ten below a hundred: the first spelling the
/// number-word table lists (`شش`, not `شیش`).
fn cardinal(n: u8) -> Option<&'static str> {
    ENTRIES.iter().find_map(|&(word, lex)| match lex {
        Lex::Unit(v) | Lex::Teen(v) | Lex::Ten(v) if v == n => Some(word),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_figure as figure;

    fn fig(value: f64, kind: Kind, unit: Option<&'static str>) -> Figure {
        let mut f = figure(value, kind);
        f.unit = unit;
        f
    }

    #[test]
    fn large_values_compact_in_the_articles_language() {
        let deal = fig(3.2e9, Kind::Money, Some("USD"));
        assert_eq!(value_text(&deal, true, false), "۳٫۲ میلیارد دلار");
        assert_eq!(value_text(&deal, false, false), "$3.2 bn");
        assert_eq!(value_text(&deal, false, true), "$3,200,000,000");
        assert_eq!(value_text(&deal, true, true), "۳٬۲۰۰٬۰۰۰٬۰۰۰ دلار");
        let people = fig(1_292_000.0, Kind::Count, None);
        assert_eq!(value_text(&people, true, false), "۱٫۲۹ میلیون");
        assert_eq!(value_text(&people, false, false), "1.29 mn");
        assert_eq!(value_text(&people, false, true), "1,292,000");
        let rials = fig(35e12, Kind::Money, Some("IRR"));
        assert_eq!(value_text(&rials, true, false), "۳۵ هزار میلیارد ریال");
        assert_eq!(value_text(&rials, false, false), "35 tn rials");
        let budget = fig(3.25e16, Kind::Money, Some("IRR"));
        assert_eq!(value_text(&budget, true, false), "۳۲٬۵۰۰ هزار میلیارد ریال");
        assert_eq!(value_text(&budget, false, false), "32,500 tn rials");
        let gas = fig(600e6, Kind::Measure, Some("m3"));
        assert_eq!(value_text(&gas, true, false), "۶۰۰ میلیون متر مکعب");
        assert!(is_compacted(&gas));
    }

    #[test]
    fn small_values_stay_exact_and_round_up_across_scales() {
        assert_eq!(
            value_text(&fig(601_404.0, Kind::Count, None), true, false),
            "۶۰۱٬۴۰۴"
        );
        assert!(!is_compacted(&fig(601_404.0, Kind::Count, None)));
        assert_eq!(
            value_text(&fig(999_970_000.0, Kind::Count, None), false, false),
            "1 bn"
        );
        assert_eq!(
            value_text(&fig(1_000_000.0, Kind::Count, None), false, false),
            "1 mn"
        );
        assert_eq!(
            value_text(&fig(12_500_000.0, Kind::Count, None), false, false),
            "12.5 mn"
        );
    }

    #[test]
    fn percent_units_and_ranges() {
        assert_eq!(
            value_text(&fig(1.62, Kind::Percent, None), true, false),
            "۱٫۶۲ درصد"
        );
        assert_eq!(
            value_text(&fig(38.4, Kind::Percent, None), false, false),
            "38.4%"
        );
        let mut rain = fig(8.0, Kind::Percent, None);
        rain.max = Some(14.0);
        assert_eq!(value_text(&rain, true, false), "۸ تا ۱۴ درصد");
        assert_eq!(value_text(&rain, false, false), "8–14%");
        let mut months = fig(7.0, Kind::Duration, Some("month"));
        assert_eq!(value_text(&months, false, false), "7 months");
        assert_eq!(value_text(&months, true, false), "۷ ماه");
        months.value = 1.0;
        assert_eq!(value_text(&months, false, false), "1 month");
        assert_eq!(
            value_text(&fig(35.0, Kind::Measure, Some("km")), true, false),
            "۳۵ کیلومتر"
        );
        let mut deal = fig(2e9, Kind::Money, Some("USD"));
        deal.max = Some(3e9);
        assert_eq!(value_text(&deal, false, false), "$2–3 bn");
        // Unit names from the figure's one table, in either language.
        let heat = fig(38.0, Kind::Measure, Some("c"));
        assert_eq!(value_text(&heat, false, false), "38 °C");
        assert_eq!(value_text(&heat, true, false), "۳۸ درجه");
        let oil = fig(200_000.0, Kind::Measure, Some("bpd"));
        assert_eq!(value_text(&oil, false, false), "200,000 bbl/d");
        assert_eq!(value_text(&oil, true, false), "۲۰۰٬۰۰۰ بشکه در روز");
        let car = fig(150.0, Kind::Measure, Some("hp"));
        assert_eq!(value_text(&car, true, false), "۱۵۰ اسب بخار");
        assert_eq!(
            value_text(&fig(1.0, Kind::Money, Some("IRR")), false, false),
            "1 rial"
        );
        assert_eq!(
            value_text(&fig(300.0, Kind::Money, Some("IRT")), false, false),
            "300 tomans"
        );
    }

    #[test]
    fn qualifiers_apart_from_the_value() {
        assert_eq!(qualifier_text(Qualifier::About, true), "حدود");
        assert_eq!(qualifier_text(Qualifier::Over, true), "بیش از");
        assert_eq!(qualifier_text(Qualifier::Under, false), "under");
        let mut f = fig(35.0, Kind::Measure, Some("km"));
        f.qualifier = Some(Qualifier::About);
        assert_eq!(value_text(&f, false, false), "35 km");
    }

    #[test]
    fn years_dates_and_ordinals_with_their_word() {
        assert_eq!(
            value_text(&fig(1396.0, Kind::Year, None), true, false),
            "سال ۱۳۹۶"
        );
        assert_eq!(
            value_text(&fig(2017.0, Kind::Year, None), false, false),
            "year 2017"
        );
        let mut d = fig(14020120.0, Kind::Date, None);
        d.text = "20  فروردین".to_string();
        assert_eq!(value_text(&d, true, false), "۲۰ فروردین");
        d.text = "Nov. 21".to_string();
        assert_eq!(value_text(&d, false, false), "Nov. 21");
        d.text = String::new();
        assert_eq!(value_text(&d, false, false), "1402/01/20");
        let ord = |n: f64, fa: bool| value_text(&fig(n, Kind::Ordinal, None), fa, false);
        assert_eq!(ord(3.0, true), "سوم");
        assert_eq!(ord(1.0, true), "اول");
        assert_eq!(ord(12.0, true), "دوازدهم");
        assert_eq!(ord(21.0, true), "بیست و یکم");
        assert_eq!(ord(30.0, true), "سی\u{200c}ام");
        assert_eq!(ord(46.0, true), "چهل و ششم");
        assert_eq!(ord(125.0, true), "۱۲۵ام");
        assert_eq!(ord(3.0, false), "3rd");
        assert_eq!(ord(11.0, false), "11th");
        assert_eq!(ord(22.0, false), "22nd");
        let mut s = fig(41.0, Kind::Score, None);
        s.max = Some(38.0);
        assert_eq!(value_text(&s, true, false), "۴۱ بر ۳۸");
        assert_eq!(value_text(&s, false, false), "41–38");
    }
}
