//! Words that end a noun phrase although the lexicon reads them as nouns or adjectives of it:
//! a superlative of quantity that opens the clause's object (`با ۶۷ میلی‌متر بارش بیشترین
//! میزان بارش را`), a comparative (`۲ ماه زودتر`, `۵۰ تومان گران تر شده`), and a time of day
//! that places the clause (`سازمان جهانی بهداشت روز پنج شنبه`).

use super::super::context;
use super::super::lexicon::{self, Classes};
use super::super::token::Tokens;
use super::{role, Role};

/// Whether token `k` is a superlative of quantity (`بیشترین`, `کمترین`, `بالاترین`,
/// `پایین‌ترین`), written whole or with `ترین` apart. Unlike `بهترین` or `بزرگ‌ترین`, which
/// a title or a genitive carries on (`جایزه بهترین فیلم`, `نرخ رشد بزرگ‌ترین اقتصاد`), these
/// follow a noun only where a new phrase starts: the noun before is the figure's and the
/// superlative the clause's (`بخش صنعت بیشترین نیاز را داشت`).
pub(super) fn quantity_superlative(t: &Tokens, k: usize) -> bool {
    let stem = |w: &str| matches!(w, "بیش" | "کم" | "بالا" | "پایین");
    let w = t.word(k);
    w.strip_suffix("ترین").is_some_and(stem) || (stem(w) && t.word(k + 1) == "ترین")
}

/// Whether word `w` is a comparative or superlative the lexicon does not list (`زودتر`,
/// `سریعتر`, `گرانترین`): an adjective or adverb stem with `تر` or `ترین`, which describes or
/// compares and names nothing. Nouns that end in the same letters (`دفتر`, `دختر`, `کبوتر`)
/// are in the lexicon.
pub(super) fn comparative_word(w: &str) -> bool {
    // The suffix test first: it is cheap and most words fail it.
    w.strip_suffix("ترین")
        .or_else(|| w.strip_suffix("تر"))
        .is_some_and(|stem| {
            stem.chars().count() >= 2 && lexicon::classes(stem).has(Classes::ADJ | Classes::ADV)
        })
        && lexicon::classes(w).is_empty()
}

/// Whether token `k` is an adjective or adverb made comparative or superlative by `تر`,
/// `ترین` written apart (`گران تر`, `پایین ترین`).
pub(super) fn graded_apart(t: &Tokens, k: usize) -> bool {
    matches!(t.word(k + 1), "تر" | "ترین")
        && lexicon::classes(t.word(k)).has(Classes::ADJ | Classes::ADV)
}

/// Whether token `k` opens a weekday or a time of day that places the clause (`روز پنج
/// شنبه`, `صبح امروز`, `دوشنبه`), which no noun phrase before it runs into. Not a bare
/// `جمعه` nor `صبح`, which name things too (`نماز جمعه`, `نوبت صبح`).
pub(super) fn day_adjunct(t: &Tokens, k: usize) -> bool {
    let weekday = |k: usize| {
        matches!(
            t.word(k),
            "یکشنبه" | "دوشنبه" | "سهشنبه" | "چهارشنبه" | "پنجشنبه"
        ) || (t.word(k) == "شنبه" && (k == 0 || !context::weekday_number(t, k - 1)))
            || context::weekday_number(t, k)
    };
    let day = |k: usize| weekday(k) || matches!(t.word(k), "جمعه" | "امروز" | "دیروز" | "فردا");
    weekday(k) || (matches!(t.word(k), "روز" | "شب" | "صبح" | "عصر" | "ظهر") && day(k + 1))
}

/// `قیمت دلار و یورو`, `نوشیدنی‌های الکلی و دخانیات`: a phrase of one word read leftwards
/// up to `و` is the second of two nouns sharing the figure; the start of the first, when the
/// two together fit in [`super::MAX_WORDS`]. Not after a verb (`کاهش یافت و صادرات`: a second
/// clause), a unit or a preposition's noun (`در بخش کشاورزی و صادرات`: a place).
pub(super) fn coordinated(t: &Tokens, a: usize, end: usize) -> Option<usize> {
    let words = |a: usize, b: usize| (a..b).filter(|&k| role(t, k) != Role::Ending).count();
    if a < 2 || t.word(a - 1) != "و" || words(a, end) != 1 || !role(t, a - 2).nominal() {
        return None;
    }
    let (first, _) = super::backward(t, a - 1)?;
    // `به طول ۵ کیلومتر و اعتبار`: a unit ends another figure, not a first noun.
    let led = first > 0 && matches!(role(t, first - 1), Role::Prep | Role::Number);
    (!led && words(first, a - 1) < super::MAX_WORDS).then_some(first)
}

/// Where a subject on tokens `a..b` ends once the linking `ی` of its last word is off:
/// the token end, and the bytes of the (folded) last word kept when only part of it is.
/// `ی` links a noun to a word that the phrase has left out (the ezafe: `اجرای`, `زیربنای`,
/// `فیلم‌های`) or makes it indefinite before the clause or the figure that says which one
/// (`قراردادی که`, `با مبلغی بالغ بر`); a desk's table has «اجرا», «فیلم‌ها», «قرارداد». Only where the word without it is one the lexicon knows and
/// the word with it is not, so `ملی`, `قهرمانی` or `دولتی` stay whole.
pub(crate) fn without_link(t: &Tokens, a: usize, b: usize) -> (usize, Option<usize>) {
    let Some(k) = b.checked_sub(1).filter(|&k| k > a) else {
        return (b, linked(t, a, true));
    };
    match t.word(k) {
        // Written apart: `دوره ی`, `کارت های`; `ای` only where it is plainly indefinite
        // (`جلسه ای که`), not an adjective's (`رسانه ای`).
        "ی" => (k, None),
        "ای" if indefinite(t, k) => (k, None),
        "های" | "هایی" => (b, Some("ها".len())),
        _ => (b, linked(t, k, k == a + 1 && t.word(a) == "این")),
    }
}

/// Whether the word before token `k + 1` is plainly indefinite: a relative clause, a
/// hedged figure or a denial that any was follows it (`افرادی که`, `مبلغی بالغ بر`, `قتلی
/// نبوده`).
fn indefinite(t: &Tokens, k: usize) -> bool {
    matches!(
        t.word(k + 1),
        "که" | "بالغ"
            | "حدود"
            | "بیش"
            | "نزدیک"
            | "معادل"
            | "افزون"
            | "قریب"
            | "حداقل"
            | "نبوده"
            | "نبود"
            | "نیست"
    )
}

/// The bytes of word `k` without a linking `ی`, when it has one; `alone` when the word is
/// the whole phrase (after a nominal a final `ی` is most often an adjective's: `نشست خبری`).
fn linked(t: &Tokens, k: usize, alone: bool) -> Option<usize> {
    let w = t.word(k);
    // A word the lexicon knows is whole: `بازی`, `کشتی`, `اعتباری` are words of their own.
    if !lexicon::classes(w).is_empty() {
        return None;
    }
    let stem = w.strip_suffix('ی')?;
    // `دبه‌ای`, `حرفه‌ای`: after a silent `ه` the `ای` makes an adjective as often as it
    // links, and folded it reads as a plural's `های`.
    let joiner = t.slice(k, k + 1).chars().rev().nth(2);
    if joiner.is_some_and(|c| ('\u{200c}'..='\u{200f}').contains(&c)) && stem.ends_with('ا') {
        return None;
    }
    // `کارت‌های`, `فیلمهایی`: a plural in `ها` links with `ی` and nothing else.
    if let Some(plural) = stem
        .strip_suffix("ها")
        .or_else(|| stem.strip_suffix('ی').and_then(|s| s.strip_suffix("ها")))
    {
        return (plural.chars().count() >= 2).then_some(plural.len() + "ها".len());
    }
    // `اجرای`, `اردوی`: after a vowel the `ی` can only link (`و` is a vowel in nouns of
    // three letters or more; `خوی` is a town, `کنجکاوی` an adjective's noun).
    let known = lexicon::classes(stem);
    let vowel = (stem.ends_with('ا') && known.has(Classes::NOUN | Classes::ADJ))
        || (stem.ends_with('و') && stem.chars().count() >= 3 && known.has(Classes::NOUN));
    if vowel {
        return Some(stem.len());
    }
    // After a consonant it may be the word's own (`قهرمانی`, `رشد اقتصادی`, `سرمایه‌گذاری`):
    // only a relative clause or a hedged figure after it shows it indefinite (`افرادی که`,
    // `با مبلغی بالغ بر`), or a number before it and a verb after it (`سه بازیکنی هستند
    // که`, `۴ باشگاهی است که`; not a people's name, `سه فلسطینی از جمله`).
    let agent = [
        "گذار",
        "گزار",
        "ساز",
        "دار",
        "گیر",
        "کار",
        "نگار",
        "پرداز",
        "یاب",
    ]
    .iter()
    .any(|tail| stem.ends_with(tail));
    let counted = k > 0 && role(t, k - 1) == Role::Number && role(t, k + 1) == Role::Verb;
    (alone
        && (indefinite(t, k) || counted)
        && !agent
        && stem.chars().count() >= 3
        && lexicon::classes(stem).has(Classes::NOUN))
    .then_some(stem.len())
}
