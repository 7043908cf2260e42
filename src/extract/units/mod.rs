//! Units after a number: which kind of figure they make and their canonical code.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::figure::Kind;
use super::token::Tokens;
use super::words::FnvBuild;
use table::UNITS;

mod table;

/// What a unit word does beyond naming a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Plain,
    /// `تن`: tonnes, or persons when the sentence counts people.
    TonneOrPerson,
    /// The unit word carries a power of ten: `هزارتومان` written as one word, `سنت`.
    Times(i8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    pub kind: Kind,
    pub code: Option<&'static str>,
    pub role: Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UnitMatch {
    pub unit: Unit,
    /// Token index just past the unit.
    pub end: usize,
    /// The unit is an adjective (`درصدی`, `بشکه‌ای`, `ساله`): the figure describes a noun.
    pub adjectival: bool,
}

/// Units that after `یک` are as often "a" as one: measures of the kitchen (`یک فنجان`, "a
/// cupful") and the qiran (`یک قران`, "a penny").
pub(crate) fn loose_after_one(unit: Unit) -> bool {
    matches!(unit.code, Some("cup" | "glass" | "spoon" | "tbsp" | "tsp"))
        || (unit.code == Some("IRT") && unit.role == Role::Times(-1))
}

/// How many of the smaller unit make one of the bigger, for one quantity written in two or
/// three units: `۲ ساعت و ۱۵ دقیقه` (hour then minute: 60), `۳۵۸ تن و ۲۷۰ کیلوگرم` (tonne
/// then kilogram: 1000).
pub(crate) fn compound_factor(big: &str, small: &str) -> Option<f64> {
    const DURATIONS: [(&str, f64); 7] = [
        ("year", 12.0),
        ("month", 30.0),
        ("week", 7.0),
        ("day", 24.0),
        ("hour", 60.0),
        ("minute", 60.0),
        ("second", 1.0),
    ];
    const MASSES: [(&str, f64); 4] = [("t", 1e3), ("kg", 1e3), ("g", 1e3), ("mg", 1.0)];
    let position = |order: &[(&str, f64)], code: &str| order.iter().position(|(c, _)| *c == code);
    let order: &[(&str, f64)] = if position(&MASSES, big).is_some() {
        &MASSES
    } else {
        &DURATIONS
    };
    let (b, s) = (position(order, big)?, position(order, small)?);
    if s <= b || (big == "month" && small == "week") || (big == "year" && s > 1) {
        return None;
    }
    Some(order[b..s].iter().map(|(_, f)| f).product())
}

/// The token at `j` as a unit table compares it: the normalized word, or the punctuation.
fn piece<'a>(t: &'a Tokens, j: usize) -> &'a str {
    match t.punct(j) {
        Some(_) => t.slice(j, j + 1),
        None => t.word(j),
    }
}

/// Whether `word` is the unit word `pattern`, and if so whether as an adjective.
fn last_matches(pattern: &str, word: &str, kind: Kind) -> Option<bool> {
    if word == pattern {
        return Some(false);
    }
    let rest = word.strip_prefix(pattern)?;
    let is_persian = !pattern.is_ascii();
    // `ساله`, `ساله‌ی`, `ساله‌ای`: a span of time as an adjective, also one possessed
    // (`قرارداد ۲ ساله‌اش`, `پدر ۹۲ ساله‌شان`).
    let duration = kind == Kind::Duration && matches!(rest, "ه" | "هی" | "های" | "هاش" | "هشان");
    // `۳۰ درصدشان`: a share of them.
    let possessed = kind == Kind::Percent && matches!(rest, "ش" | "شان");
    // `۵۲ درصدآقایان`: a scraper dropped the space after the share; the word typed onto it is
    // what follows, no ending.
    let typed_on = kind == Kind::Percent && rest.chars().count() >= 3 && !rest.starts_with('ی');
    if possessed || typed_on {
        return Some(false);
    }
    // `یورویی`, `کیلویی`: after a long vowel the adjective ending is `یی`.
    let after_vowel = rest == "یی" && pattern.ends_with(['و', 'ا']);
    (is_persian && (rest == "ی" || rest == "ای" || duration || after_vowel)).then_some(true)
}

/// A word that opens with a scale word typed onto what follows (`هزارتومان`,
/// `هزارگواهینامه`): the rest of the word and the scale's power of ten.
pub(crate) fn scale_prefix(word: &str) -> Option<(&str, i8)> {
    const SCALES: [(&str, i8); 5] = [
        ("هزار", 3),
        ("میلیون", 6),
        ("ملیون", 6),
        ("میلیارد", 9),
        ("ملیارد", 9),
    ];
    SCALES
        .iter()
        .find_map(|(p, power)| Some((word.strip_prefix(p)?, *power)))
}

/// `هزارتومان`, `میلیاردی‌دلار`: a scale word typed onto its currency.
fn glued_scale(t: &Tokens, j: usize) -> Option<UnitMatch> {
    let (rest, power) = scale_prefix(t.word(j))?;
    // `هزارمگاوات`, `هزارتن` (goods: people are counted `هزار نفر`).
    UNITS.iter().find_map(|(words, unit)| match words {
        [w] if matches!(unit.kind, Kind::Money | Kind::Measure)
            && matches!(unit.role, Role::Plain | Role::TonneOrPerson) =>
        {
            let adjectival = last_matches(w, rest, unit.kind)?;
            Some(UnitMatch {
                unit: Unit {
                    role: Role::Times(power),
                    ..*unit
                },
                end: j + 1,
                adjectival,
            })
        }
        _ => None,
    })
}

/// A one-word unit as written after a number glued to it (`ساله` of `چهارساله`), and
/// whether it is an adjective.
pub(crate) fn unit_word(word: &str) -> Option<(Unit, bool)> {
    UNITS.iter().find_map(|(words, unit)| match words {
        [w] if !w.is_ascii() => Some((*unit, last_matches(w, word, unit.kind)?)),
        _ => None,
    })
}

/// The unit phrase starting at token `j`, if any.
pub(crate) fn match_unit(t: &Tokens, j: usize) -> Option<UnitMatch> {
    let first = piece(t, j);
    if first.is_empty() {
        return None;
    }
    if let Some(m) = glued_scale(t, j) {
        return Some(m);
    }
    // The entries whose first word this is, with or without an adjectival ending, in table
    // order: every number asks, so no scan of the whole table.
    let mut candidates: Vec<usize> = [first]
        .into_iter()
        .chain(
            ["ی", "ای", "یی", "ه", "هی", "های", "ش", "شان", "هاش", "هشان"]
                .iter()
                .filter_map(|e| first.strip_suffix(e)),
        )
        // `۵۲ درصدآقایان`: the share with the next word typed onto it.
        .chain(first.starts_with("درصد").then_some("درصد"))
        .filter_map(|w| BY_FIRST.get(w))
        .flatten()
        .copied()
        .collect();
    candidates.sort_unstable();
    candidates.into_iter().find_map(|at| {
        let (words, unit) = &UNITS[at];
        let n = words.len();
        let (last, lead) = words.split_last()?;
        let lead_ok = lead.iter().enumerate().all(|(k, w)| {
            let p = if k == 0 { first } else { piece(t, j + k) };
            p == *w
        });
        let p = if n == 1 { first } else { piece(t, j + n - 1) };
        // `برابر با`: equal to, not times.
        if unit.code == Some("times") && t.word(j + n) == "با" {
            return None;
        }
        // `رئال` (Real Madrid) folds to `ریال`.
        if unit.code == Some("IRR") && t.slice(j, j + 1).contains('ئ') {
            return None;
        }
        // `بشکه ای`: the adjectival ending written apart.
        let apart = t.word(j + n) == "ای" && piece(t, j + n - 1) == *last;
        let adjectival = last_matches(last, p, unit.kind).filter(|_| lead_ok)?;
        Some(UnitMatch {
            unit: *unit,
            end: j + n + usize::from(apart),
            adjectival: adjectival || apart,
        })
    })
}

/// Indices into [`UNITS`] by the entry's first word.
static BY_FIRST: LazyLock<HashMap<&'static str, Vec<usize>, FnvBuild>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<usize>, FnvBuild> = HashMap::default();
    for (k, (words, _)) in UNITS.iter().enumerate() {
        map.entry(words[0]).or_default().push(k);
    }
    map
});

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<(&'static str, usize)> {
        let t = Tokens::new(text);
        match_unit(&t, 0).map(|m| (m.unit.code.unwrap_or("%"), m.end))
    }

    #[test]
    fn compound_factors() {
        assert_eq!(compound_factor("hour", "minute"), Some(60.0));
        assert_eq!(compound_factor("minute", "second"), Some(60.0));
        assert_eq!(compound_factor("year", "month"), Some(12.0));
        assert_eq!(compound_factor("minute", "hour"), None);
        assert_eq!(compound_factor("t", "kg"), Some(1e3));
        assert_eq!(compound_factor("t", "g"), Some(1e6));
        assert_eq!(compound_factor("kg", "g"), Some(1e3));
        assert_eq!(compound_factor("g", "t"), None);
        assert_eq!(compound_factor("t", "minute"), None);
        assert_eq!(compound_factor("hour", "kg"), None);
    }

    #[test]
    fn longest_phrase_and_adjectival_forms() {
        assert_eq!(code("کیلومتر در ساعت"), Some(("kph", 3)));
        assert_eq!(code("کیلومتر فاصله"), Some(("km", 1)));
        assert_eq!(code("درصدی"), Some(("%", 1)));
        assert_eq!(code("میلیمتری"), Some(("mm", 1)));
        assert_eq!(code("ساله"), Some(("year", 1)));
        assert_eq!(code("ساله‌اش"), Some(("year", 1)));
        assert_eq!(code("ماهه‌شان"), Some(("month", 1)));
        assert_eq!(code("دقیقه‌ای"), Some(("minute", 1)));
        assert_eq!(code("واحد درصد"), Some(("pp", 2)));
        assert_eq!(code("km/h"), Some(("kph", 3)));
        assert_eq!(code("km/s"), Some(("km/s", 3)));
        assert_eq!(code("کیلومتر بر ثانیه"), Some(("km/s", 3)));
        assert_eq!(code("متر بر ثانیه"), Some(("m/s", 3)));
        assert_eq!(code("متر مکعب بر ثانیه"), Some(("m3/s", 4)));
        assert_eq!(code("مترمکعب در ثانیه‌ای"), Some(("m3/s", 3)));
        assert_eq!(code("متر مکعب آب"), Some(("m3", 2)));
        assert_eq!(code("barrels per day"), Some(("bpd", 3)));
        assert_eq!(code("on the Richter scale"), Some(("richter", 4)));
        assert_eq!(code("سالن"), None);
        assert_eq!(code("متری"), Some(("m", 1)));
        assert_eq!(code("میلی گرم"), Some(("mg", 2)));
        assert_eq!(code("میلیگرم"), Some(("mg", 1)));
        assert_eq!(code("اونس"), Some(("oz", 1)));
        assert_eq!(code("فنجان"), Some(("cup", 1)));
        assert_eq!(code("قاشق غذاخوری"), Some(("tbsp", 2)));
        assert_eq!(code("قاشق‌ چای‌خوری"), Some(("tsp", 2)));
        assert_eq!(code("سی‌سی"), Some(("cc", 1)));
        assert_eq!(code("سی سی"), Some(("cc", 2)));
        assert_eq!(code("میلی‌لیتر"), Some(("ml", 1)));
        assert_eq!(code("میکرو گرم"), Some(("ug", 2)));
        assert_eq!(code("کیلو وات ساعت"), Some(("kWh", 3)));
        assert_eq!(code("دسیبل"), Some(("dB", 1)));
        assert_eq!(code("گیگابایت"), Some(("GB", 1)));
        assert_eq!(code("کیلوبایت"), Some(("KB", 1)));
        assert_eq!(code("بایت در ثانیه"), Some(("B/s", 3)));
        assert_eq!(code("درصدشان"), Some(("%", 1)));
        assert_eq!(code("درصدآقایان"), Some(("%", 1)));
        assert_eq!(code("هزارمگاوات"), Some(("MW", 1)));
        assert_eq!(code("هزارتن"), Some(("t", 1)));
    }

    #[test]
    fn currencies_named_with_their_country() {
        assert_eq!(code("دلار استرالیا"), Some(("AUD", 2)));
        assert_eq!(code("دلار كانادا"), Some(("CAD", 2)));
        assert_eq!(code("دلار هنگ‌کنگ"), Some(("HKD", 2)));
        assert_eq!(code("دلار هنگ کنگ"), Some(("HKD", 3)));
        assert_eq!(code("دلار نیوزیلند"), Some(("NZD", 2)));
        assert_eq!(code("دلار سنگاپور"), Some(("SGD", 2)));
        assert_eq!(code("رینگت مالزی"), Some(("MYR", 2)));
        assert_eq!(code("روپیه هند"), Some(("INR", 2)));
        assert_eq!(code("وون کره جنوبی"), Some(("KRW", 3)));
        assert_eq!(code("بات تایلند"), Some(("THB", 2)));
        assert_eq!(code("روپیه نپال"), Some(("NPR", 2)));
        assert_eq!(code("تاکای بنگلادش"), Some(("BDT", 2)));
        assert_eq!(code("پزوی فیلیپین"), Some(("PHP", 2)));
        assert_eq!(code("ريال عربستان"), Some(("SAR", 2)));
        assert_eq!(code("دلار آمريكا"), Some(("USD", 2)));
        // The bare names keep their currency; a country after them that is none stays out.
        assert_eq!(code("دلار"), Some(("USD", 1)));
        assert_eq!(code("ریال ایران"), Some(("IRR", 2)));
        assert_eq!(code("ریال قطر"), Some(("QAR", 2)));
        assert_eq!(code("بات"), None);
        assert_eq!(code("دلار کانادایی"), Some(("CAD", 2)));
        assert_eq!(code("وون"), Some(("KRW", 1)));
    }
}
