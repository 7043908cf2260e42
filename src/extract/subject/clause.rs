//! The subject of a clause, for figures that name it before themselves: `نرخ تورم به ۴۰ درصد
//! رسید`, `رشد نقدینگی در سال گذشته بالغ بر ۳۰ درصد بوده است`, `دلار ... ظاهر شد و با جهش
//! ۱.۲ درصدی به ۰.۹۸۳۹ فرانک رسید`.

use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::{adjacent_before, counted};

mod nouns;

pub(super) use nouns::{attribute, conjunctive, dummy, generic_measure, span_close};
use nouns::{carrier, marker, per_head, unit_noun};

/// How far back, in tokens, a clause's subject is looked for.
const CLAUSE_REACH: usize = 50;

/// The subject of the clause the figure ends: the noun phrase before it, past the markers
/// between them and past prepositional phrases and phrases of time (`رشد نقدینگی در سال
/// گذشته بالغ بر ۳۰ درصد بوده است`), or the object before `را` (`سهم نفت را ... به ۳۰ درصد
/// تقلیل داد`); else the first phrase of the clause.
pub(super) fn before(t: &Tokens, first: usize, end: usize, kind: Kind) -> Option<(usize, usize)> {
    // A time's clause is its own: what a relative clause hangs on is not what it dates.
    let relative = !matches!(kind, Kind::Year | Kind::Date | Kind::Duration);
    // `از ۱۹۱ هزار نفر بیشتر`: a comparison's `از` carries the number too.
    let compared = matches!(phrase::role(t, end), Role::Adj) && t.word(end).ends_with("تر");
    let skip = |k: usize| marker(t, k) || (compared && t.word(k) == "از");
    let mut k = first;
    let mut adjacent = true;
    while k > 0 && (skip(k - 1) || (k == first && t.punct(k - 1) == Some('،'))) {
        k -= 1;
        adjacent = false;
    }
    let start = k;
    for _ in 0..6 {
        if k > 0 && phrase::role(t, k - 1) == Role::Ra {
            // `شاخص بورس ... ، خود را به سطح ۹۶ هزار واحد رساند`: the reflexive object is the
            // clause's subject.
            // Not the possessive of an object (`تولید خود را`).
            let alone = k >= 3 && !phrase::role(t, k - 3).nominal();
            if alone && t.word(k - 2) == "خود" {
                if let Some(np) = clause_subject(t, k - 2, 1, relative) {
                    return Some(np);
                }
            }
            return object(t, k - 1);
        }
        let Some((a, b)) = phrase::backward(t, k) else {
            break;
        };
        let lead = if a == 0 {
            Role::End
        } else {
            phrase::role(t, a - 1)
        };
        let head = t.word(a);
        let timed =
            super::super::context::time_noun(head) && !super::super::context::named_day(t, a);
        let by_prep = lead == Role::Prep || (a > 0 && phrase::set_phrase(t, a - 1));
        // An adjunct: a carrier (`به میزان`), a phrase of time (`روز گذشته`, `در کل هفته`),
        // a place (`در قم`, `تا قم`); next to the number `به ارزش`, `از نظر وزنی` and `با
        // مشارکت` still name what it measures.
        // A carrier heads a subject of its own only with its complement and not after a
        // preposition: `میزان صادرات آب مجازی در جهان سالانه ۱۰۰۰ میلیارد مترمکعب`.
        let adjunct = (carrier(head) && (by_prep || b == a + 1))
            || phrase::names_nothing(t, a, b)
            || (relative && compared_to(t, a))
            || (dummy(head) && by_prep)
            || timed
            || (lead == Role::Det && a >= 2 && phrase::role(t, a - 2) == Role::Prep)
            // `مصرف آب هر ایرانی روزانه ۲۵۰ لیتر`: what a measure is per is its denominator.
            || (lead == Role::Det && t.word(a - 1) == "هر" && per_head(head))
            || (by_prep
                && !attribute(head)
                && (!adjacent
                    || !matches!(t.word(a - 1), "به" | "از" | "با")
                    // `وارداتش از عراق ۳.۳ درصد کاهش یافت`: where a change came from.
                    || (t.word(a - 1) == "از" && super::changed(t, end))));
        // `در فرابورس شاخص کل`: a subject runs unmarked into the phrase of the preposition
        // before it; past its first word a noun starts it.
        // Not after a plural, which the words after it complement (`از مرزهای استان
        // کرمانشاه`).
        if by_prep
            && !adjacent
            && b >= a + 3
            && phrase::role(t, a + 1) == Role::Noun
            && !super::adjunct::plural(t.word(a))
            // `از آغاز سال ۲۰۲۰`: nor a time, which only places the clause.
            && !super::super::context::time_noun(t.word(a + 1))
            // `شاخص کل قیمت سهام در بورس اوراق بهادار کشور`: after a noun the phrase of
            // the preposition complements that noun, which is the subject.
            && !(relative && modified_noun(t, a - 1))
        {
            // `در این مدت ارزش کالاها`: past the demonstrative and its noun; not after a set
            // phrase, where it stands alone (`علاوه بر این سهم صنعت`).
            let pointed = super::super::context::demonstrative(head)
                && !(a >= 2 && phrase::set_phrase(t, a - 2))
                && b >= a + 4
                && phrase::role(t, a + 2) == Role::Noun;
            return Some((a + 1 + usize::from(pointed), b));
        }
        // A bare `قیمت` or `نرخ` (`با قیمتی معادل ...`) is only half a subject: what has that
        // price is the clause's, if it names one.
        let bare_measure = b == a + 1 && generic_measure(head);
        if !adjunct && !counted(t, a) {
            if bare_measure {
                return clause_subject(t, start, 1, relative).or(Some((a, b)));
            }
            return Some((a, b));
        }
        // `برای پیش‌بینی سن افراد ۲۰ تا ۷۰ سال`: what is measured, inside a longer phrase.
        if let Some(at) = (a + 1..b).find(|&k| attribute(t.word(k))) {
            if adjacent || by_prep {
                return Some((at, b));
            }
        }
        // `در شش ماهه گذشته میزان کشفیات شیشه ۱۴۰ درصد`, `در سال ۹۷ میزان فروش`: a span or
        // a year runs unmarked into the subject after it.
        let mine = matches!(
            kind,
            Kind::Count | Kind::Percent | Kind::Money | Kind::Measure
        );
        if mine && (counted(t, a) || timed) {
            let rest = (a + 1..b.saturating_sub(1)).find(|&p| {
                span_close(t.word(p))
                    || (phrase::role(t, p) == Role::Number
                        && super::super::context::time_noun(t.word(p - 1)))
            });
            if let Some(np) = rest.and_then(|p| phrase::subject_forward(t, p + 1)) {
                let lone_dummy = np.1 == np.0 + 1 && dummy(t.word(np.0));
                if !super::super::context::time_noun(t.word(np.0)) && !lone_dummy {
                    return Some(np);
                }
            }
        }
        // Another figure's counted noun (`با افزایش ۵۲۰۲ واحدی معادل ...`) is passed over with
        // its number.
        // `در یک هفته`: a span counted by the indefinite `یک` is passed the same way.
        let one_span = a > 0 && t.word(a - 1) == "یک" && timed;
        k = if counted(t, a) || one_span {
            number_start(t, a - 1)
        } else if by_prep || lead == Role::Det {
            a - 1
        } else {
            a
        };
        while k > 0 && (marker(t, k - 1) || phrase::role(t, k - 1) == Role::Prep) {
            k -= 1;
        }
        adjacent = false;
    }
    clause_subject(t, start, 1, relative)
}

/// The object before `را`: in a run of nouns a subject runs into unmarked, a noun of measure
/// starts it (`صرافی‌های مجاز بانک مرکزی قیمت دلار را`, `شهردار میزان کمبود ناوگان را`); else
/// the run's last words ([`phrase::object_before`]).
pub(super) fn object(t: &Tokens, ra: usize) -> Option<(usize, usize)> {
    let measure = |w: &str| {
        carrier(w)
            || generic_measure(w)
            || matches!(w, "تعداد" | "شمار" | "سهم" | "حجم")
            // `خطر مرگ ناشی از ... را سه برابر کند`: a risk is measured like a quantity.
            || matches!(w, "خطر" | "احتمال")
    };
    // `میانگین بارش استان در سال زراعی جاری را`: a time in the object's place, read whole.
    let time = |k: usize| super::super::context::time_noun(t.word(k));
    // `سال زراعی جاری`, `سال ۲۰۱۹`: a time closed by its own word, not one an object runs on
    // after (`سال ۲۰۱۸ نرخ تورم را`).
    let only_time = |(a, b): (usize, usize)| {
        time(a)
            && ((a..b).all(|k| phrase::role(t, k) != Role::Noun || time(k))
                || span_close(t.word(b - 1))
                || phrase::role(t, b - 1) == Role::Number)
    };
    if let Some(np) = phrase::backward(t, ra).filter(|&np| only_time(np)) {
        let found = super::adjunct::timed_object(t, np);
        if found != np {
            return Some(found);
        }
    }
    let run = phrase::backward(t, ra).map(|(a, _)| a);
    run.and_then(|a| (a + 1..ra).find(|&k| measure(t.word(k))))
        .and_then(|k| phrase::forward(t, k))
        // `این رقم را`: a measure word alone names nothing.
        .filter(|&(a, b)| b > a + 1)
        .or_else(|| phrase::object_before(t, ra))
        .map(|np| super::adjunct::timed_object(t, np))
}

/// The subject of the clause that token `k` is in (see [`clause_subject`]).
pub(super) fn subject_of_clause(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    clause_subject(t, k, 1, true)
}

/// Whether the phrase at `a` is what something is compared with (`نسبت به مدت مشابه سال قبل`,
/// `در مقایسه با ژانویه`, `در قیاس با بهار پارسال`): a reference, never the subject.
pub(super) fn compared_to(t: &Tokens, a: usize) -> bool {
    // `شاخص بازار شناور برخلاف شاخص کل ۲۸۸ واحد رشد کرد`: "unlike" sets apart too.
    (a >= 1 && t.word(a - 1) == "برخلاف")
        || (a >= 2
            && match t.word(a - 1) {
                "به" => t.word(a - 2) == "نسبت",
                "با" => matches!(t.word(a - 2), "مقایسه" | "قیاس"),
                "خلاف" => t.word(a - 2) == "بر",
                _ => false,
            })
}

/// The phrase a relative clause at `ke` (`که`) hangs on, past the prepositional phrases
/// between them: `قیمت خرید دلار در بانک‌ها که ...`; in a cleft, when `cleft` allows it, what
/// it was that (`تحت تاثیر قیمت نوشیدنی‌ها بود که ...`), not a verb's auxiliary (`هشدار داده
/// است که`).
fn antecedent(t: &Tokens, ke: usize, cleft: bool) -> Option<(usize, usize)> {
    let mut k = ke;
    if cleft
        && k > 1
        && matches!(t.word(k - 1), "بود" | "است")
        && matches!(phrase::role(t, k - 2), Role::Noun | Role::Adj)
    {
        k -= 1;
    }
    for _ in 0..3 {
        let (a, b) = phrase::subject_backward(t, k)?;
        if a > 0 && phrase::role(t, a - 1) == Role::Prep {
            k = a - 1;
            continue;
        }
        return (!counted(t, a)).then_some((a, b));
    }
    None
}

/// The phrase a relative clause ending with the verb at `v` hangs on: `که` before `v` with no
/// other verb between, after a noun (not a verb of saying: `گفت که`).
fn closed_relative(t: &Tokens, mut v: usize) -> Option<(usize, usize)> {
    while v > 0 && phrase::role(t, v - 1) == Role::Verb {
        v -= 1;
    }
    let mut k = v;
    while k > 0 && v - k < 25 {
        k -= 1;
        if phrase::sentence_end(t, k) || phrase::role(t, k) == Role::Verb {
            return None;
        }
        if t.word(k) == "که" {
            // `آن طور که ... اعلام کرد`: a conjunction, no relative clause.
            let nominal = k > 0 && phrase::role(t, k - 1).nominal() && !conjunctive(t.word(k - 1));
            return if nominal {
                antecedent(t, k, false)
            } else {
                None
            };
        }
    }
    None
}

/// Verbs of saying, showing and asking, whose `که` opens a clause of its own: `گفت که`,
/// `اعلام کرد که`, `نشان می‌دهد که`.
fn saying(w: &str) -> bool {
    let w = w
        .strip_prefix("نمی")
        .or_else(|| w.strip_prefix("می"))
        .unwrap_or(w);
    [
        "گفت",
        "گوی",
        "افزود",
        "افزای",
        "کرد",
        "کن",
        "داد",
        "ده",
        "نوشت",
        "نویس",
        "دانست",
        "دان",
        "خواست",
        "خواه",
    ]
    .iter()
    .any(|stem| w.starts_with(stem))
}

/// Where the number ending at token `k` starts (`۴۱۱ هزار و ۲۱۱`, `1. 28`).
fn number_start(t: &Tokens, mut k: usize) -> usize {
    while k > 0
        && (phrase::role(t, k - 1) == Role::Number
            || (super::super::words::is_and(t, k - 1)
                && k >= 2
                && phrase::role(t, k - 2) == Role::Number)
            || (t.punct(k - 1) == Some('.') && k >= 2 && t.digits(k - 2).is_some()))
    {
        k -= 1;
    }
    k
}

/// The first noun phrase of the clause that token `k` is in, not inside a prepositional
/// phrase: Persian puts the subject first and adjuncts between it and the verb (`قیمت کالاها
/// در ترکیه در ماه ژانویه ... ۱.۳۵ درصد افزایش یافت`). A clause that opens with `و` after a
/// verb shares the subject of the clause before (`دلار ... ظاهر شد و ... به ۰.۹۸ فرانک رسید`).
fn clause_subject(t: &Tokens, k: usize, hops: u8, relative: bool) -> Option<(usize, usize)> {
    let boundary = |j: usize| {
        phrase::sentence_end(t, j)
            || matches!(t.punct(j), Some(';' | ':'))
            || matches!(phrase::role(t, j), Role::Verb)
            || t.word(j) == "که"
    };
    let reach = k.saturating_sub(CLAUSE_REACH);
    let mut s = k;
    while s > reach && !boundary(s - 1) {
        s -= 1;
    }
    let mut j = s;
    while j < k {
        match phrase::role(t, j) {
            Role::Conj | Role::Adv | Role::Punct(_) => j += 1,
            Role::Prep => {
                j += 1;
                // `بر اساس اعلام بانک مرکزی هر دلار ...`: past a set phrase's noun too.
                while phrase::set_phrase(t, j) {
                    j += 1;
                }
                // `در مقایسه با ژانویه ۲۰۱۹`: a date compared with is passed whole, so a
                // clause after `که` can still go back to what it is about.
                if compared_to(t, j)
                    && super::super::context::time_noun(t.word(j))
                    && phrase::subject_forward(t, j).is_none()
                {
                    j += 1;
                    // `روز پنج شنبه هفته گذشته`: with the days, weeks and words that place it.
                    while j < k
                        && (matches!(phrase::role(t, j), Role::Number | Role::Adj)
                            || super::super::context::time_noun(t.word(j))
                            || super::super::context::weekday_number(t, j))
                    {
                        j += 1;
                    }
                    continue;
                }
                // `در سال ۱۳۹۸ شاخص گروه مرغ`: a year's number ends its adjunct, and the
                // subject runs on unmarked after it.
                if t.word(j) == "سال"
                    && phrase::role(t, j + 1) == Role::Number
                    && phrase::role(t, j + 2) == Role::Noun
                    && !conjunctive(t.word(j + 2))
                {
                    j += 2;
                    continue;
                }
                let opened = j;
                j = phrase::subject_forward(t, j).map_or(j, |(_, b)| b);
                // `به گزارش خبرنگار اقتصادی خبرگزاری فارس، قیمت ...`: a phrase longer than a
                // subject's reach still ends at the comma that closes the opener.
                let mut n = j;
                while n < k
                    && n < j + 6
                    && matches!(phrase::role(t, n), Role::Noun | Role::Adj | Role::Ending)
                {
                    n += 1;
                }
                let capped = (opened..j)
                    .filter(|&p| phrase::role(t, p) != Role::Ending)
                    .count()
                    >= phrase::MAX_WORDS;
                // The comma must close the opener, not the subject: a noun phrase follows it.
                let opener = capped && n > j && matches!(t.punct(n), Some('،' | ','));
                if opener && phrase::subject_forward(t, n + 1).is_some() {
                    j = n;
                }
            }
            // `در ۹۳ روز نخست امسال، مصرف گاز ...`: an opening adjunct counted by a number of
            // its own, closed by a comma, is passed with its noun.
            Role::Number if j > s && phrase::role(t, j - 1) == Role::Prep => {
                // `در ۹۳ روز نخست امسال،`: its words up to the comma, an ordinal among them.
                let mut n = j;
                while n < k
                    && n < j + 8
                    && matches!(
                        phrase::role(t, n),
                        Role::Number | Role::Noun | Role::Adj | Role::Adv | Role::Ending
                    )
                {
                    n += 1;
                }
                if !matches!(t.punct(n), Some('،' | ',')) {
                    break;
                }
                j = n;
            }
            // `مجموع مصرف انواع فرآورده نفتی`: past a determiner to its noun.
            Role::Det if phrase::subject_forward(t, j).is_none() => j += 1,
            Role::Noun | Role::Participle | Role::Det => {
                let Some((a, b)) = phrase::subject_forward(t, j) else {
                    // `... همراه بود و عدد ۱۱۶ هزار واحد را`: a carrier leaves the clause
                    // without a subject of its own.
                    if carrier(t.word(j)) {
                        break;
                    }
                    // `بر این اساس، قیمت سکه ...`: the opener's noun is passed.
                    if t.word(j) == "اساس" && matches!(t.word(j - 1), "این" | "همین") {
                        j += 1;
                        continue;
                    }
                    // `البته بانک‌ها طی چهار سال گذشته ...`: the writer's aside opens the
                    // sentence before its subject.
                    let opens =
                        s == 0 || phrase::sentence_end(t, s - 1) || t.punct(s - 1).is_some();
                    if j == s
                        && opens
                        && matches!(
                            t.word(j),
                            "البته" | "همچنین" | "بنابراین" | "ضمنا" | "اکنون" | "هماکنون"
                        )
                    {
                        j += 1;
                        continue;
                    }
                    return None;
                };
                // `روز گذشته`, `امروز`: time is an adjunct, not the subject.
                if super::super::context::time_noun(t.word(a))
                    && !super::super::context::named_day(t, a)
                {
                    j = b;
                    continue;
                }
                return (b <= k).then_some((a, b));
            }
            _ => break,
        }
    }
    // `قیمت خرید دلار در بانک‌ها که روز گذشته ۱۲ هزار تومان بود`: a relative clause names
    // the phrase it hangs on.
    if hops > 0 && s > 0 && t.word(s - 1) == "که" {
        if let Some(np) = antecedent(t, s - 1, relative) {
            return Some(np);
        }
    }
    // `مانده سپرده‌ها به ۲ هزار میلیارد تومان رسیده که نسبت به پایان سال ۹۶ ... رشد داشته`:
    // `که` after a verb that says nothing goes on about what that clause was about.
    if hops > 0 && relative && s > 1 && t.word(s - 1) == "که" {
        let mut v = s - 1;
        while v > 0 && matches!(phrase::role(t, v - 1), Role::Verb | Role::Participle) {
            v -= 1;
        }
        if v < s - 1 && !(v..s - 1).any(|k| saying(t.word(k))) {
            return clause_subject(t, v, hops - 1, relative);
        }
    }
    let verb_before = s > 0 && phrase::role(t, s - 1) == Role::Verb;
    // `شاخص دلار که ... را اندازه می‌گیرد، با ۰.۸ درصد افزایش ... رسید`: a verb-final
    // relative clause closes, with or without a comma, and the main clause goes on with the
    // phrase it hung on as its subject.
    if hops > 0
        && relative
        && verb_before
        && t.word(s) != "و"
        && matches!(t.punct(s), None | Some('،'))
    {
        if let Some(np) = closed_relative(t, s - 1) {
            return Some(np);
        }
    }
    // `... ظاهر شد و با جهش ...`: the clause has no subject of its own.
    if hops > 0 && verb_before && (t.word(s) == "و" || t.punct(s) == Some('،')) {
        let mut v = s - 1;
        while v > 0 && phrase::role(t, v - 1) == Role::Verb {
            v -= 1;
        }
        // `هر یورو را ... می‌خرند و ۱۵ هزار تومان می‌فروشند`: the thing dealt in carries on.
        let object = (s.saturating_sub(12)..v)
            .rev()
            .find(|&r| phrase::role(t, r) == Role::Ra)
            .and_then(|r| object(t, r))
            // `۱.۶۲ درصد را رقم زد و`: another figure's unit is no thing dealt in.
            .filter(|&(a, b)| !(counted(t, a) && (b == a + 1 || unit_noun(t.word(a)))));
        return object
            .or_else(|| clause_subject(t, v, hops - 1, relative))
            .or_else(|| adjacent_before(t, v));
    }
    None
}

/// The clause around tokens `start..end`: between the sentence's ends, colons and finite
/// verbs, at most [`CLAUSE_REACH`] tokens either way.
pub(crate) fn span(t: &Tokens, start: usize, end: usize) -> (usize, usize) {
    let boundary = |k: usize| {
        phrase::sentence_end(t, k)
            || matches!(t.punct(k), Some(';' | ':'))
            || phrase::role(t, k) == Role::Verb
    };
    let mut a = start;
    while a > 0 && start - a < CLAUSE_REACH && !boundary(a - 1) {
        a -= 1;
    }
    let mut b = end;
    while b < t.len() && b - end < CLAUSE_REACH && !boundary(b) {
        b += 1;
    }
    (a, b)
}

/// Whether the preposition at `prep` follows a noun phrase it complements (`شاخص کل قیمت
/// سهام در بورس ...`) rather than opening the clause or following a time (`امروز در
/// فرابورس`) or another preposition's phrase (`به گزارش ایسنا در فرابورس`).
fn modified_noun(t: &Tokens, prep: usize) -> bool {
    prep > 0
        && phrase::role(t, prep - 1).nominal()
        && !super::super::context::time_noun(t.word(prep - 1))
        && phrase::backward(t, prep).is_some_and(|(a, b)| {
            // `دولت ۸۰ درصد از دستمزد کارگران`: not a number's unit, whose `از` says what
            // the number is a part of; nor a speaker, whose phrase of `از` is what they
            // announced (`سخنگوی سازمان برنامه از واریز ... خبر داد`).
            (a == 0 || phrase::role(t, a - 1) != Role::Prep)
                && !counted(t, a)
                && !(a..b).any(|k| super::dates::office(t.word(k)))
        })
}

#[cfg(test)]
mod tests;
