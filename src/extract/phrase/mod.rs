//! What each word around a figure is (noun, verb, preposition, ...) and where the noun
//! phrases next to a figure start and end.
//!
//! Persian leaves the ezafe that links a noun to its modifiers unwritten, so a noun phrase is
//! read as a run of nouns and adjectives that stops at the first word of another class: a
//! verb, a preposition, a conjunction, `را`, a determiner, an adverb, punctuation or a number.
//! The word classes come from the lexicon; the closed classes, which decide where a phrase
//! ends, are listed here because hazm tags too many of their members as nouns as well.

mod bounds;
mod classes;
mod english;
mod role;

use super::lexicon;
use super::token::Tokens;
use super::words;

pub(crate) use bounds::without_link;
pub(crate) use classes::preverb;
use classes::{never_alone, never_leads};
pub(crate) use english::english_change;
pub(crate) use role::{role, Role};

/// Whether token `k` ends a sentence: `.` `!` `?` `؟` `؛` or a line break, but not the point
/// of a decimal a scraper split (`1. 28 درصد`).
pub(crate) fn sentence_end(t: &Tokens, k: usize) -> bool {
    match t.punct(k) {
        Some('.') => !(k > 0 && t.digits(k - 1).is_some() && t.digits(k + 1).is_some()),
        Some('!' | '?' | '؟' | '؛' | '\n') => true,
        _ => false,
    }
}

/// The tokens before `at`, nearest first, back to `reach` tokens or the end of the
/// sentence before, whichever comes first.
pub(crate) fn back_in_sentence<'a>(
    t: &'a Tokens<'a>,
    at: usize,
    reach: usize,
) -> impl Iterator<Item = usize> + 'a {
    (at.saturating_sub(reach)..at)
        .rev()
        .take_while(move |&k| !sentence_end(t, k))
}

/// The tokens from `from` on, up to `reach` of them or the end of the sentence.
pub(crate) fn on_in_sentence<'a>(
    t: &'a Tokens<'a>,
    from: usize,
    reach: usize,
) -> impl Iterator<Item = usize> + 'a {
    (from..(from + reach).min(t.len())).take_while(move |&k| !sentence_end(t, k))
}

/// Whether token `k` is still inside a clause that has not reached its verb: no sentence end,
/// no finite verb.
pub(crate) fn before_verb(t: &Tokens, k: usize) -> bool {
    !sentence_end(t, k) && role(t, k) != Role::Verb
}

/// The longest noun phrase a subject may be, in words: a desk's table has room for «کارت
/// هوشمند ملی» but not for a clause.
pub(crate) const MAX_WORDS: usize = 4;

/// The noun phrase starting at token `j`: a noun, then nouns, adjectives and written-apart
/// endings, and `این`/`آن` with the noun they point at (`پیشرفت این پروژه`). Returns the token
/// range, or `None` when `j` starts no noun phrase.
pub(crate) fn forward(t: &Tokens, j: usize) -> Option<(usize, usize)> {
    // `۴۰ درصد از این موارد`: a demonstrative opens the phrase of the noun it points at.
    let pointed = matches!(t.word(j), "این" | "آن") && head(t, j + 1);
    let verb_at = |k: usize| matches!(role(t, k), Role::Verb | Role::Participle | Role::Infinitive);
    // `۵۱۶ پوندفوت محاسبه شده`: before a passive light verb a noun is half of the verb.
    // `به فروش رسید`, `به تصویب رسید`: a verbal noun reached is half of the verb.
    let reached = j > 0 && t.word(j - 1) == "به" && reach(t, j + 1);
    let unfit = !pointed
        && (!head(t, j)
            || (preverb(t.word(j)) && verb_at(j + 1))
            || (passive(t, j + 1) && !awaited(t, j))
            || reached);
    let deverbal = unfit && deverbal_compound(t, j);
    if unfit && !deverbal {
        return None;
    }
    let latin = t.is_latin_word(j);
    // `با تکمیل این دو ایستگاه تعداد ایستگاه‌ها به ...`: a noun counted by the number before
    // it takes no measure after it; that measure opens the next phrase.
    let counted_head = j > 0 && role(t, j - 1) == Role::Number;
    let (mut k, mut words) = (j + 1 + usize::from(pointed || deverbal), 1);
    while words < MAX_WORDS && t.is_latin_word(k) == latin {
        if counted_head && measure_opens(t.word(k)) {
            break;
        }
        // `۲ مدافع تمدید کرد`: the last noun before a light verb is half of the verb; `موجب`,
        // `مربوط` start a set phrase of their own (`وقت اضافه` is extra time, `اضافه شد` a
        // verb); `بر اثر آلودگی هوا جان باختند`, `جان خود را
        // از دست دادند`: a harm before its verb is what befell, not part of the phrase.
        if (preverb(t.word(k)) && verb_at(k + 1))
            || light(t, k + 1)
            // `نوجوانان میزان خواب توصیه شده را`: a noun made passive (`توصیه شده`) says
            // what was done; the phrase ends before it. Not an adjective or a name that
            // became (`کاندیدای مجلس شورای اسلامی شده است`, `منجر به تسلط بر غزه شد`), nor
            // what a share amounts to (`جمعیت کشور می‌شود`).
            || (passive(t, k + 1)
                && !awaited(t, k)
                && ["شد", "گردید"].iter().any(|p| t.word(k + 1).starts_with(p))
                && role(t, k) == Role::Noun
                && !lexicon::classes(t.word(k)).is_empty())
            || (never_leads(t.word(k)) && (t.word(k) != "اضافه" || verb_at(k + 1)))
            || (super::context::harm(t.word(k))
                && (verb_at(k + 1) || matches!(t.word(k + 1), "خود" | "را")))
        {
            break;
        }
        // `مواد پیش ساخته`: `پیش` before a participle (not `پیش از`, not a verb's `پیش بینی
        // کردیم`) is a prefix and the compound goes on.
        if t.word(k) == "پیش" && role(t, k + 1) == Role::Participle && !verb_at(k + 2) {
            k += 2;
            words += 1;
            continue;
        }
        // `غلظت ذرات معلق کمتر از ۱۰ میکرون`: a comparison opens after the phrase, as do the
        // clause's object (`بارش بیشترین میزان بارش را`) and its day (`روز پنج شنبه`).
        if comparative(t, k) || bounds::quantity_superlative(t, k) || bounds::day_adjunct(t, k) {
            break;
        }
        match role(t, k) {
            // `۱۵ کشور دیگر`: "other" closes the phrase.
            Role::Adj if t.word(k) == "دیگر" => {
                k += 1;
                break;
            }
            Role::Noun | Role::Adj => words += 1,
            Role::Ending => {}
            Role::Det
                if !latin && matches!(t.word(k), "این" | "آن") && role(t, k + 1) == Role::Noun =>
            {
                k += 1;
                words += 1;
            }
            Role::Conj if words + 1 < MAX_WORDS && conjunct_ends(t, k) => {
                k += 2;
                while role(t, k) == Role::Ending {
                    k += 1;
                }
                break;
            }
            _ => break,
        }
        k += 1;
    }
    Some((j, k))
}

/// A measure that after a counted noun opens a phrase of its own (`تعداد`, `میزان`).
fn measure_opens(w: &str) -> bool {
    matches!(w, "تعداد" | "شمار" | "میزان" | "مجموع" | "حجم")
}

/// Whether `و` at token `k` joins one more noun to the phrase before it and the phrase ends
/// there (`تراکتور و کمباین در`, `نوشیدنی‌های الکلی و دخانیات ۴۲ درصد`): two nouns sharing
/// one figure. Not a second clause (`کشته و ۲ نفر`), nor a noun that with a verb after it is
/// what befell (`کشته و زخمی شدند`), nor a noun whose own phrase runs on or has a figure of
/// its own (`دو سالن و ظرفیت ۷۹۶ صندلی`).
fn conjunct_ends(t: &Tokens, k: usize) -> bool {
    if t.word(k) != "و" || !head(t, k + 1) || t.is_latin_word(k + 1) {
        return false;
    }
    let w = t.word(k + 1);
    let mut e = k + 2;
    while role(t, e) == Role::Ending {
        e += 1;
    }
    let verbal = matches!(role(t, e), Role::Verb | Role::Participle | Role::Infinitive);
    if preverb(w) || super::context::harm(w) || light(t, e) || passive(t, e) || verbal {
        return false;
    }
    matches!(
        role(t, e),
        Role::Prep | Role::Punct(_) | Role::End | Role::Ra
    ) || (role(t, e) == Role::Conj && t.word(e) != "و")
}

/// `اضافه برداشت بانک‌ها`, `پرداخت اقساط وام`: a preverb before a past stem the lexicon also
/// knows as a noun, with a noun after the pair, is a deverbal noun compound, not a verb (a verb
/// ends its clause; a light verb after the pair makes it one: `اضافه برداشت کرد`).
fn deverbal_compound(t: &Tokens, j: usize) -> bool {
    matches!(role(t, j + 1), Role::Verb | Role::Noun)
        && matches!(role(t, j + 2), Role::Noun | Role::Ending)
        && (t.word(j) == "اضافه" || preverb(t.word(j)))
        && lexicon::classes(t.word(j + 1)).has(lexicon::Classes::NOUN)
        && !light(t, j + 2)
        && !passive(t, j + 2)
}

/// Where the phrase the preposition at `j` leads ends: past the noun phrase after it, else
/// past the preposition alone.
pub(crate) fn past_preposition(t: &Tokens, j: usize) -> usize {
    subject_forward(t, j + 1).map_or(j + 1, |(_, b)| b)
}

/// The noun phrase starting at token `j` that can be a subject: [`forward`], unless it is one
/// word that names nothing alone.
pub(crate) fn subject_forward(t: &Tokens, j: usize) -> Option<(usize, usize)> {
    forward(t, j).and_then(|(a, b)| lone(t, a, b))
}

/// The phrase `a..b`, unless it is one word that names nothing alone (`تعداد`, `افزایش`) or
/// what the clause says its subject is (`۹۹ درصد متصل و فعال بود`, `۸۰ درصد پر است`).
fn lone(t: &Tokens, a: usize, b: usize) -> Option<(usize, usize)> {
    (!names_nothing(t, a, b) && !predicate(t, a, b)).then_some((a, b))
}

/// Whether the phrase `a..b`, right after a unit, is one adjective the verb «to be» (or
/// «become») closes, past more adjectives joined by `و`: a predicate, no noun phrase. (After
/// a bare number the word is what is counted: `دو کشور است`.)
fn predicate(t: &Tokens, a: usize, b: usize) -> bool {
    // The lexicon tags most nouns `na` too (`نفت`, `آب`); a word it also gives as an adverb
    // (`متصل`, `فعال`, `پر`: `nar`) is an adjective proper.
    let adjective = |k: usize| {
        let c = lexicon::classes(t.word(k));
        c.has(lexicon::Classes::ADJ) && c.has(lexicon::Classes::ADV)
    };
    if b > a + 1 || !adjective(a) {
        return false;
    }
    let mut k = b;
    while t.word(k) == "و" && adjective(k + 1) {
        k += 2;
    }
    let be = matches!(
        t.word(k),
        "است"
            | "بود"
            | "هستند"
            | "بودند"
            | "باشد"
            | "باشند"
            | "هست"
            | "نیست"
            | "نبود"
            | "شد"
            | "شدند"
    );
    // Asked last: the unit table is read word by word.
    be && a > 0 && super::units::unit_word(t.word(a - 1)).is_some()
}

/// Whether the phrase `a..b` is one word that names nothing alone: a noun of
/// [`never_alone`], a time, or a classifier (`۷۹ کشور کمتر از ۱۰۰ مورد`: `مورد` counts what
/// the text leaves unnamed). Not a unit: `هر یورو ۱.۲۹ دلار` is the price of the euro.
pub(crate) fn names_nothing(t: &Tokens, a: usize, b: usize) -> bool {
    let words = (a..b).filter(|&k| role(t, k) != Role::Ending).count();
    let w = t.word(a);
    // `با این حال`, `در همین راستا`: a pointed set phrase names nothing either; a pointed
    // quantity or change restates one (`این میزان`, `این تعداد`, `این افزایش`).
    let pointed = words == 2 && super::context::demonstrative(w) && {
        let w = t.word(a + 1);
        never_alone(w)
            && !matches!(
                w,
                "میزان"
                    | "تعداد"
                    | "شمار"
                    | "رقم"
                    | "مقدار"
                    | "عدد"
                    | "افزایش"
                    | "کاهش"
                    | "رشد"
            )
    };
    pointed
        || words == 1
            && (never_alone(w) || super::context::time_noun(w) || super::context::classifier(w))
}

/// Whether token `k` is a form of an active light verb (`کرد`, `داد`, `گرفت`, `یافت`, `نمود`,
/// `زد`), which makes one verb with the noun before it.
pub(crate) fn light(t: &Tokens, k: usize) -> bool {
    if !matches!(role(t, k), Role::Verb | Role::Participle) {
        return false;
    }
    let w = verb_word(t, k);
    let w = ["نمی", "می", "ن"]
        .iter()
        .find_map(|p| w.strip_prefix(p).filter(|r| r.chars().count() >= 2))
        .unwrap_or(w);
    // Not `شد`: `شامل ... جمعیت کشور می‌شود` ends its phrase on a noun of its own.
    [
        "کرد", "کن", "داد", "ده", "گرفت", "گیر", "یافت", "یاب", "نمود", "نما", "زد", "زن",
    ]
    .iter()
    .any(|stem| w.starts_with(stem))
}

/// The word of the verb at `k` that carries its stem: past a split-off `می` and the future's
/// `خواهد` (`هزینه خواهد شد`, `خواهد کرد`).
fn verb_word<'t>(t: &'t Tokens, k: usize) -> &'t str {
    match t.word(k) {
        "می" | "نمی" | "خواهد" | "نخواهد" | "خواهند" | "نخواهند" => {
            t.word(k + 1)
        }
        w => w,
    }
}

/// Whether token `k` is a passive light verb (`شد`, `شده`, `گردید`, `می‌شود`).
pub(crate) fn passive(t: &Tokens, k: usize) -> bool {
    let w = verb_word(t, k);
    let w = w
        .strip_prefix("نمی")
        .or_else(|| w.strip_prefix("می"))
        .unwrap_or(w);
    matches!(role(t, k), Role::Verb | Role::Participle)
        && (w.starts_with("شد") || w.starts_with("شو") || w.starts_with("گردید"))
}

/// `موفق به کشف ۶۰ کیلوگرم حشیش شدند`: a predicate taking `به` earlier in the clause awaits
/// the passive verb after the noun at `j`, which is then no half of a verb; so does a host
/// (`میزبان ۴۲۳ تماشاگر شد`, `پذیرای ۵۰۰ مسافر شد`).
fn awaited(t: &Tokens, j: usize) -> bool {
    let host = (j.saturating_sub(4)..j).any(|k| matches!(t.word(k), "میزبان" | "پذیرای"));
    host || (j.saturating_sub(12)..j)
        .rev()
        .take_while(|&k| !sentence_end(t, k) && !matches!(role(t, k), Role::Punct(_)))
        .find(|&k| role(t, k) == Role::Verb)
        .is_some_and(|k| classes::takes_to(t.word(k)) && t.word(k + 1) == "به")
}

/// Whether token `k` is a form of `رسیدن` (`رسید`, `می‌رسد`, `برسد`, `رسیده`).
fn reach(t: &Tokens, k: usize) -> bool {
    let (w, k) = match t.word(k) {
        "می" | "نمی" => (t.word(k + 1), k + 1),
        w => (w, k),
    };
    let w = ["نمی", "می", "ب", "ن"]
        .iter()
        .find_map(|p| w.strip_prefix(p).filter(|r| r.starts_with("رس")))
        .unwrap_or(w);
    matches!(role(t, k), Role::Verb | Role::Participle) && w.starts_with("رس")
}

/// Participles of the light verbs, which are verbs even where the lexicon also lists them.
fn light_participle(w: &str) -> bool {
    matches!(
        w,
        "شده"
            | "کرده"
            | "داده"
            | "گرفته"
            | "یافته"
            | "بوده"
            | "داشته"
            | "رسیده"
            | "نموده"
            | "گردیده"
            | "آمده"
            | "رفته"
            | "زده"
    )
}

/// Whether the passive participle at `k` (`شده`, `گردیده`) makes the noun before it an
/// adjective of the phrase (`موارد تأیید شده در چین`, `کالاهای کشف شده ۵۹ میلیارد ریال`): it
/// follows a verbal noun that follows a noun, and a preposition or a number follows it, not an
/// auxiliary (`منتشر شده است`) nor the phrase of a clause after an omitted one (`در محاکم
/// رسیدگی شده حال آنکه`).
fn adjectival_passive(t: &Tokens, k: usize, end: usize) -> bool {
    matches!(t.word(k), "شده" | "گردیده")
        && k >= 2
        && k + 1 == end
        && matches!(role(t, end), Role::Prep | Role::Number)
        && role(t, k - 1) == Role::Noun
        && role(t, k - 2) == Role::Noun
        && !never_leads(t.word(k - 1))
}

/// Whether token `k` is the noun of a set phrase (`به ترتیب`, `به گفته`), which works as a
/// preposition or an adverb and stands in no noun phrase.
pub(crate) fn set_phrase(t: &Tokens, k: usize) -> bool {
    never_leads(t.word(k))
}

/// Whether token `k` can head a noun phrase: a noun, or a participle the lexicon also knows as
/// a noun (`بسته`, `کشته`).
fn head(t: &Tokens, k: usize) -> bool {
    if never_leads(t.word(k)) {
        return false;
    }
    match role(t, k) {
        Role::Noun => true,
        // `کشته`, `بسته`, but not `رسیده است` nor a light verb's participle (`شده`, `رسیده`).
        Role::Participle => {
            let w = t.word(k);
            !lexicon::classes(w).is_empty() && role(t, k + 1) != Role::Verb && !light_participle(w)
        }
        _ => false,
    }
}

/// Whether token `k` is a comparative adjective opening a comparison (`کمتر از`, `بیشتر از`).
fn comparative(t: &Tokens, k: usize) -> bool {
    t.word(k + 1) == "از" && t.word(k).ends_with("تر") && role(t, k) == Role::Adj
}

/// The noun phrase ending just before token `end`, read leftwards: its words up to the first
/// that cannot be in one, then cut to its first [`MAX_WORDS`] (Persian puts the head first).
pub(crate) fn backward(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    // `به مراکز درمانی مراجعه کردند`, `برای توسعه اسکله‌ها هزینه شد`: the noun before a light
    // verb is half of the verb, not the end of the phrase before it.
    // `غلظت ذرات معلق کمتر از ۱۰ میکرون`: nor is the comparative that opens a comparison.
    let cut_last = end >= 2
        && (((light(t, end) || passive(t, end)) && role(t, end - 1) == Role::Noun)
            || comparative(t, end - 1));
    let end = if cut_last { end - 1 } else { end };
    let mut a = end;
    // `قطر چرخ‌های آن ۱۸ اینچ است`: a possessive pronoun closes the phrase.
    if a >= 2 && matches!(t.word(a - 1), "آن" | "او" | "وی") && role(t, a - 2).nominal() {
        a -= 1;
    }
    // `نیروهای خود را`, `مصرف برق خود را`: a reflexive possessive closes the phrase and, like a
    // possessive ending, is no part of the subject.
    // Not a unit after a number (`هافبک ۲۱ ساله خود را`).
    if a >= 2 && matches!(t.word(a - 1), "خود" | "آنها") && role(t, a - 2).nominal() {
        return backward(t, a - 1).filter(|&(s, _)| s == 0 || t.digits(s - 1).is_none());
    }
    while a > 0 {
        let r = role(t, a - 1);
        // `جمعیت این شهر`, `درآمد سالانه این طبقه`: a demonstrative inside a phrase; not after
        // a time (`سال گذشته این رقم`, `دو ست بعد این تیم`), which ends the clause's adjunct.
        let inner_det = matches!(t.word(a - 1), "این" | "آن")
            && a < end
            && a >= 2
            && match role(t, a - 2) {
                Role::Noun => true,
                Role::Adj => !matches!(
                    t.word(a - 2),
                    "گذشته" | "جاری" | "آینده" | "اخیر" | "بعد" | "قبل" | "بعدی" | "قبلی"
                ),
                _ => false,
            };
        // `سرشماری سال ۹۵`: a year inside a phrase; `ست سوم`: an ordinal after its noun.
        let year = r == Role::Number && a >= 2 && matches!(t.word(a - 2), "سال" | "سالهای");
        let ranked = r == Role::Number
            && a >= 2
            && words::ordinal_adjective(t.word(a - 1))
            && role(t, a - 2) == Role::Noun;
        // `به ترتیب`, `مربوط به`: the noun of a set phrase stands outside any phrase.
        // `فروش رسیده`, `در نظر گرفته شده`: a light verb's participle closes a clause.
        // `ارزش کالاهای کشف شده در این گمرک`: a passive participle between a noun and what
        // follows the phrase (no auxiliary) is an adjective of that noun.
        let light = r == Role::Participle
            && light_participle(t.word(a - 1))
            && !adjectival_passive(t, a - 1, end);
        if !(r.nominal() || r == Role::Participle || inner_det || year || ranked)
            || never_leads(t.word(a - 1))
            || light
        {
            break;
        }
        a -= 1;
    }
    // A phrase starts with its noun, not with an ending or a participle.
    while a < end
        && matches!(role(t, a), Role::Ending | Role::Participle | Role::Adj)
        && !head(t, a)
    {
        a += 1;
    }
    if a == end {
        return None;
    }
    a = bounds::coordinated(t, a, end).unwrap_or(a);
    // `این دو ایستگاه تعداد ایستگاه‌ها`: after a noun a number counts, a measure opens the
    // phrase (as [`forward`] reads it).
    if a > 0 && role(t, a - 1) == Role::Number {
        if let Some(m) = (a + 1..end).find(|&k| measure_opens(t.word(k))) {
            a = m;
        }
    }
    // `سازمان جهانی بهداشت روز پنج شنبه`: the day places the clause.
    let end = (a + 1..end)
        .find(|&k| bounds::day_adjunct(t, k))
        .unwrap_or(end);
    // `این رقم`, `از این کشور`: the demonstrative belongs to the phrase.
    if a > 0 && matches!(t.word(a - 1), "این" | "آن") {
        a -= 1;
    }
    Some((a, cut(t, a, end)))
}

/// The noun phrase ending just before token `end` that can be a subject: [`backward`], unless
/// it is one word that names nothing alone.
pub(crate) fn subject_backward(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    backward(t, end).and_then(|(a, b)| lone(t, a, b))
}

/// The object before `را` (`صرافی‌ها قیمت دلار را ... افزایش دادند`): the subject may run
/// into it unmarked, so only its last words are taken.
pub(crate) fn object_before(t: &Tokens, ra: usize) -> Option<(usize, usize)> {
    let (mut a, mut b) = backward(t, ra)?;
    // `اعزام نیرو به هائیتی را`: where the object goes completes it; the object is the phrase
    // before (not so a place or a time with `در`: `در سال ۲۰۱۸ نرخ تورم را`).
    // `مدت اجرای این پروژه از سوی وزارت راه را`: so is who does it.
    let mut p = a.saturating_sub(1);
    if matches!(t.word(p), "سوی" | "طرف" | "جانب") && p > 0 && t.word(p - 1) == "از" {
        p -= 1;
    }
    if a >= 2 && (p < a - 1 || matches!(t.word(p), "به" | "برای" | "توسط")) {
        if let Some(np) = backward(t, p) {
            (a, b) = np;
        }
    }
    let mut start = b;
    let mut words = 0;
    while start > a && words < 2 {
        start -= 1;
        if role(t, start) != Role::Ending {
            words += 1;
        }
    }
    // `این کشور را`: the demonstrative goes with it.
    if start > a && matches!(t.word(start - 1), "این" | "آن") {
        start -= 1;
    }
    // `خودروهای بنزینی و دیزلی را`: two words joined by `و` go whole with the noun before
    // them, never from the `و`.
    if t.word(start) == "و" {
        start = (a..start)
            .rev()
            .take_while(|&k| matches!(role(t, k), Role::Adj | Role::Ending | Role::Noun))
            .last()
            .filter(|&k| start - k <= 3)
            .unwrap_or(start + 1);
    }
    Some((start, b))
}

/// The end of the first [`MAX_WORDS`] words of `a..end`, written-apart endings and the `و`
/// of two nouns not counted, not inside a name at its `بن` (`عبدالله بن سعود بن`) nor on a
/// demonstrative.
fn cut(t: &Tokens, a: usize, end: usize) -> usize {
    let mut words = 0;
    for k in a..end {
        if !matches!(role(t, k), Role::Ending | Role::Conj) {
            words += 1;
            if words > MAX_WORDS {
                // `میزان تولید اورانیوم این کشور`: a demonstrative goes with the noun cut off.
                return if k > a + 1 && matches!(t.word(k - 1), "بن" | "ابن" | "بنت" | "این" | "آن")
                {
                    k - 1
                } else {
                    k
                };
            }
        }
    }
    end
}

#[cfg(test)]
mod tests;
