//! Units after a number: which kind of figure they make and their canonical code.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::figure::Kind;
use super::token::Tokens;
use super::words::FnvBuild;

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

const fn u(kind: Kind, code: &'static str) -> Unit {
    Unit {
        kind,
        code: Some(code),
        role: Role::Plain,
    }
}

const fn scaled(kind: Kind, code: &'static str, power: i8) -> Unit {
    Unit {
        kind,
        code: Some(code),
        role: Role::Times(power),
    }
}

const PERCENT: Unit = Unit {
    kind: Kind::Percent,
    code: None,
    role: Role::Plain,
};
const PP: Unit = u(Kind::Percent, "pp");
/// `۳ برابر`: a multiple, counted.
const TIMES: Unit = Unit {
    kind: Kind::Count,
    code: Some("times"),
    role: Role::Plain,
};
/// League points (`۳۹ امتیاز`): a standing, scored as a score.
const POINTS: Unit = Unit {
    kind: Kind::Score,
    code: None,
    role: Role::Plain,
};
const TONNE: Unit = Unit {
    kind: Kind::Measure,
    code: Some("t"),
    role: Role::TonneOrPerson,
};

use Kind::{Duration as D, Measure as M, Money as C};

/// Unit phrases as normalized words (punctuation as itself). Longer phrases sharing a first
/// word come first; the last word may also carry the adjectival `ی`/`ای` (`درصدی`, `دلاری`)
/// or, for time, `ه` (`ساله`).
const UNITS: &[(&[&str], Unit)] = &[
    (&["واحد", "درصد"], PP),
    (&["درصد"], PERCENT),
    (&["%"], PERCENT),
    (&["٪"], PERCENT),
    (&["percentage", "points"], PP),
    (&["percentage", "point"], PP),
    (&["percent"], PERCENT),
    (&["per", "cent"], PERCENT),
    (&["pct"], PERCENT),
    // Currencies named with their country (`دلار استرالیا`, `رینگت مالزی`): before the
    // bare names they share a first word with, so the country decides.
    (&["ریال", "عربستان"], u(C, "SAR")),
    (&["ریال", "سعودی"], u(C, "SAR")),
    (&["ریال", "قطر"], u(C, "QAR")),
    (&["ریال", "عمان"], u(C, "OMR")),
    (&["ریال", "ایران"], u(C, "IRR")),
    (&["ریال"], u(C, "IRR")),
    (&["تومان"], u(C, "IRT")),
    (&["تومن"], u(C, "IRT")),
    (&["سنت"], scaled(C, "USD", -2)),
    (&["سانتیم"], scaled(C, "CHF", -2)),
    // The old tenth of a toman: `۷۴ تومان و ۵ قران` is 74.5 tomans.
    (&["قران"], scaled(C, "IRT", -1)),
    (&["cents"], scaled(C, "USD", -2)),
    (&["دلار", "آمریکا"], u(C, "USD")),
    (&["دلار", "امریکا"], u(C, "USD")),
    (&["دلار", "آمریکایی"], u(C, "USD")),
    (&["دلار", "استرالیا"], u(C, "AUD")),
    (&["دلار", "استرالیایی"], u(C, "AUD")),
    (&["دلار", "کانادا"], u(C, "CAD")),
    (&["دلار", "کانادایی"], u(C, "CAD")),
    (&["دلار", "سنگاپور"], u(C, "SGD")),
    (&["دلار", "هنگ", "کنگ"], u(C, "HKD")),
    (&["دلار", "هنگکنگ"], u(C, "HKD")),
    (&["دلار", "نیوزیلند"], u(C, "NZD")),
    (&["دلار", "تایوان"], u(C, "TWD")),
    (&["دلار"], u(C, "USD")),
    (&["رینگت", "مالزی"], u(C, "MYR")),
    (&["رینگت"], u(C, "MYR")),
    (&["رینگیت", "مالزی"], u(C, "MYR")),
    (&["رینگیت"], u(C, "MYR")),
    (&["درام", "ارمنستان"], u(C, "AMD")),
    (&["راند", "آفریقای", "جنوبی"], u(C, "ZAR")),
    (&["روپیه", "هند"], u(C, "INR")),
    (&["روپیه", "پاکستان"], u(C, "PKR")),
    (&["روپیه", "اندونزی"], u(C, "IDR")),
    (&["وون", "کره", "جنوبی"], u(C, "KRW")),
    (&["وون", "کره"], u(C, "KRW")),
    (&["وون"], u(C, "KRW")),
    (&["بات", "تایلند"], u(C, "THB")),
    (&["دینار", "عراق"], u(C, "IQD")),
    (&["دینار", "کویت"], u(C, "KWD")),
    (&["دینار", "بحرین"], u(C, "BHD")),
    (&["دینار", "اردن"], u(C, "JOD")),
    (&["کرون", "سوید"], u(C, "SEK")),
    (&["کرون", "دانمارک"], u(C, "DKK")),
    (&["کرون", "نروژ"], u(C, "NOK")),
    (&["درهم", "امارات"], u(C, "AED")),
    (&["یوان", "چین"], u(C, "CNY")),
    (&["ین", "ژاپن"], u(C, "JPY")),
    (&["روبل", "روسیه"], u(C, "RUB")),
    (&["فرانک", "سوییس"], u(C, "CHF")),
    (&["یورو"], u(C, "EUR")),
    (&["پوند", "فوت"], u(M, "lbft")),
    (&["پوند"], u(C, "GBP")),
    (&["یوان"], u(C, "CNY")),
    (&["درهم"], u(C, "AED")),
    (&["روبل"], u(C, "RUB")),
    (&["لیر"], u(C, "TRY")),
    (&["لیره", "ترکیه"], u(C, "TRY")),
    // `لیره` alone is the pound sterling of older copy (`هفتادوشش میلیون لیره`).
    (&["لیره"], u(C, "GBP")),
    (&["ین"], u(C, "JPY")),
    (&["روپیه"], u(C, "INR")),
    (&["فرانک"], u(C, "CHF")),
    (&["dollars"], u(C, "USD")),
    (&["dollar"], u(C, "USD")),
    (&["usd"], u(C, "USD")),
    (&["euros"], u(C, "EUR")),
    (&["euro"], u(C, "EUR")),
    (&["eur"], u(C, "EUR")),
    (&["gbp"], u(C, "GBP")),
    (&["rials"], u(C, "IRR")),
    (&["rial"], u(C, "IRR")),
    (&["irr"], u(C, "IRR")),
    (&["tomans"], u(C, "IRT")),
    (&["toman"], u(C, "IRT")),
    (&["yuan"], u(C, "CNY")),
    (&["cny"], u(C, "CNY")),
    (&["aed"], u(C, "AED")),
    (&["rub"], u(C, "RUB")),
    (&["jpy"], u(C, "JPY")),
    (&["کیلومتر", "در", "ساعت"], u(M, "kph")),
    (&["کیلومتر", "بر", "ساعت"], u(M, "kph")),
    (&["کیلومتر", "برساعت"], u(M, "kph")),
    (&["کیلومتر", "مربع"], u(M, "km2")),
    (&["کیلومترمربع"], u(M, "km2")),
    (&["کیلومتر"], u(M, "km")),
    (&["متر", "مربع"], u(M, "m2")),
    (&["مترمربع"], u(M, "m2")),
    (&["متر", "مکعب"], u(M, "m3")),
    (&["مترمکعب"], u(M, "m3")),
    (&["متر"], u(M, "m")),
    (&["سانتیمتر"], u(M, "cm")),
    (&["سانتی", "متر"], u(M, "cm")),
    (&["میلیمتر"], u(M, "mm")),
    (&["میلی", "متر"], u(M, "mm")),
    (&["سانتی"], u(M, "cm")),
    (&["هکتار"], u(M, "ha")),
    (&["مایل"], u(M, "mi")),
    (&["miles"], u(M, "mi")),
    (&["تن"], TONNE),
    (&["کیلو", "وات", "ساعت"], u(M, "kWh")),
    (&["کیلو", "وات"], u(M, "kW")),
    (&["مگا", "وات", "ساعت"], u(M, "MWh")),
    (&["مگا", "وات"], u(M, "MW")),
    (&["کیلوگرم"], u(M, "kg")),
    (&["میلیگرم"], u(M, "mg")),
    (&["میلی", "گرم"], u(M, "mg")),
    (&["اونس"], u(M, "oz")),
    (&["انس"], u(M, "oz")),
    (&["میلی", "لیتر"], u(M, "ml")),
    (&["میلیلیتر"], u(M, "ml")),
    (&["میکرو", "گرم"], u(M, "ug")),
    (&["میکروگرم"], u(M, "ug")),
    (&["میکرو", "متر"], u(M, "um")),
    (&["میلی", "آمپر"], u(M, "mA")),
    (&["میلیآمپر"], u(M, "mA")),
    (&["میلی", "ثانیه"], scaled(D, "second", -3)),
    (&["میلیثانیه"], scaled(D, "second", -3)),
    (&["سی", "سی"], u(M, "cc")),
    // Measures of the kitchen and of doses: `۳ فنجان قهوه` is three cups, not three coffees.
    (&["فنجان"], u(M, "cup")),
    (&["پیمانه"], u(M, "cup")),
    (&["لیوان"], u(M, "glass")),
    (&["قاشق", "غذاخوری"], u(M, "tbsp")),
    (&["قاشق", "سوپخوری"], u(M, "tbsp")),
    (&["قاشق", "چایخوری"], u(M, "tsp")),
    (&["قاشق", "مرباخوری"], u(M, "tsp")),
    (&["قاشق"], u(M, "spoon")),
    (&["کیلو", "گرم"], u(M, "kg")),
    (&["کیلو"], u(M, "kg")),
    (&["گرم"], u(M, "g")),
    (&["لیتر"], u(M, "l")),
    (&["مگاوات", "ساعت"], u(M, "MWh")),
    (&["مگاوات"], u(M, "MW")),
    (&["کیلووات", "ساعت"], u(M, "kWh")),
    (&["کیلووات"], u(M, "kW")),
    (&["گیگاوات"], u(M, "GW")),
    (&["درجه", "سانتیگراد"], u(M, "c")),
    (&["درجه", "سانتی", "گراد"], u(M, "c")),
    (&["درجه", "سلسیوس"], u(M, "c")),
    (&["درجه", "فارنهایت"], u(M, "f")),
    (&["درجه", "فارنهیت"], u(M, "f")),
    (&["درجه"], u(M, "c")),
    (&["بشکه", "در", "روز"], u(M, "bpd")),
    (&["بشکه"], u(M, "barrel")),
    (&["ریشتر"], u(M, "richter")),
    (&["عیار"], u(M, "karat")),
    (&["در", "مقیاس", "ریشتر"], u(M, "richter")),
    (&["همت"], scaled(C, "IRT", 12)),
    (&["برابر"], TIMES),
    (&["اسب", "بخار"], u(M, "hp")),
    (&["دسیبل"], u(M, "dB")),
    (&["نانومتر"], u(M, "nm")),
    (&["میکرومتر"], u(M, "um")),
    (&["میکرون"], u(M, "um")),
    (&["گیگابایت"], u(M, "GB")),
    (&["ترابایت"], u(M, "TB")),
    (&["مگابایت"], u(M, "MB")),
    (&["مگابیت", "بر", "ثانیه"], u(M, "Mbps")),
    (&["مگابیت"], u(M, "Mbps")),
    (&["مگاپیکسل"], u(M, "MP")),
    (&["وات"], u(M, "W")),
    (&["ولت"], u(M, "V")),
    (&["سیسی"], u(M, "cc")),
    (&["ماخ"], u(M, "mach")),
    (&["ppm"], u(M, "ppm")),
    (&["اینچ"], u(M, "inch")),
    (&["پوندفوت"], u(M, "lbft")),
    (&["نیوتن", "متر"], u(M, "Nm")),
    (&["horsepower"], u(M, "hp")),
    (&["hp"], u(M, "hp")),
    (&["inches"], u(M, "inch")),
    (&["inch"], u(M, "inch")),
    (&["pound", "-", "feet"], u(M, "lbft")),
    (&["lb", "-", "ft"], u(M, "lbft")),
    (&["magnitude"], u(M, "richter")),
    (&["on", "the", "richter", "scale"], u(M, "richter")),
    (&["richter"], u(M, "richter")),
    (&["امتیاز"], POINTS),
    (&["km", "/", "h"], u(M, "kph")),
    (&["kilometers", "per", "hour"], u(M, "kph")),
    (&["kilometres", "per", "hour"], u(M, "kph")),
    (&["kph"], u(M, "kph")),
    (&["km"], u(M, "km")),
    (&["kilometers"], u(M, "km")),
    (&["kilometres"], u(M, "km")),
    (&["kilometer"], u(M, "km")),
    (&["kilometre"], u(M, "km")),
    (&["square", "kilometers"], u(M, "km2")),
    (&["square", "kilometres"], u(M, "km2")),
    (&["square", "meters"], u(M, "m2")),
    (&["square", "metres"], u(M, "m2")),
    (&["cubic", "meters"], u(M, "m3")),
    (&["cubic", "metres"], u(M, "m3")),
    (&["meters"], u(M, "m")),
    (&["metres"], u(M, "m")),
    (&["cm"], u(M, "cm")),
    (&["centimeters"], u(M, "cm")),
    (&["centimetres"], u(M, "cm")),
    (&["mm"], u(M, "mm")),
    (&["millimeters"], u(M, "mm")),
    (&["millimetres"], u(M, "mm")),
    (&["hectares"], u(M, "ha")),
    (&["tonnes"], u(M, "t")),
    (&["tons"], u(M, "t")),
    (&["tonne"], u(M, "t")),
    (&["kg"], u(M, "kg")),
    (&["kilograms"], u(M, "kg")),
    (&["grams"], u(M, "g")),
    (&["liters"], u(M, "l")),
    (&["litres"], u(M, "l")),
    (&["barrels", "per", "day"], u(M, "bpd")),
    (&["barrels", "a", "day"], u(M, "bpd")),
    (&["bpd"], u(M, "bpd")),
    (&["barrels"], u(M, "barrel")),
    (&["megawatts"], u(M, "MW")),
    (&["mw"], u(M, "MW")),
    (&["kilowatts"], u(M, "kW")),
    (&["kw"], u(M, "kW")),
    (&["gigawatts"], u(M, "GW")),
    (&["gw"], u(M, "GW")),
    (&["degrees", "celsius"], u(M, "c")),
    (&["degrees"], u(M, "c")),
    (&["°", "c"], u(M, "c")),
    (&["سال", "نوری"], u(M, "ly")),
    (&["سالگی"], u(D, "year")),
    (&["دهه"], scaled(D, "year", 1)),
    (&["قرن"], scaled(D, "year", 2)),
    (&["سال"], u(D, "year")),
    (&["ماه"], u(D, "month")),
    (&["هفته"], u(D, "week")),
    (&["شبانهروز"], u(D, "day")),
    (&["شبانه", "روز"], u(D, "day")),
    (&["روز"], u(D, "day")),
    (&["ساعت"], u(D, "hour")),
    (&["دقیقه"], u(D, "minute")),
    (&["ثانیه"], u(D, "second")),
    (&["years"], u(D, "year")),
    (&["year"], u(D, "year")),
    (&["months"], u(D, "month")),
    (&["month"], u(D, "month")),
    (&["weeks"], u(D, "week")),
    (&["week"], u(D, "week")),
    (&["days"], u(D, "day")),
    (&["day"], u(D, "day")),
    (&["hours"], u(D, "hour")),
    (&["hour"], u(D, "hour")),
    (&["minutes"], u(D, "minute")),
    (&["seconds"], u(D, "second")),
];

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
    // `ساله`, `ساله‌ی`, `ساله‌ای`: a span of time as an adjective.
    let duration = kind == Kind::Duration && matches!(rest, "ه" | "هی" | "های");
    // `۳۰ درصدشان`: a share of them.
    let possessed = kind == Kind::Percent && matches!(rest, "ش" | "شان");
    if possessed {
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
            ["ی", "ای", "یی", "ه", "هی", "های", "ش", "شان"]
                .iter()
                .filter_map(|e| first.strip_suffix(e)),
        )
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
        assert_eq!(code("دقیقه‌ای"), Some(("minute", 1)));
        assert_eq!(code("واحد درصد"), Some(("pp", 2)));
        assert_eq!(code("km/h"), Some(("kph", 3)));
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
        assert_eq!(code("درصدشان"), Some(("%", 1)));
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
