//! What a year or a date dates: a title, the phrase it qualifies, or what happened then.

use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::super::{calendar, context, words};
use super::adjacent_before;
use super::clause::{before, conjunctive, dummy};

mod after;
mod enacted;
mod events;
mod persons;
mod reference;
mod scheduled;
mod sentence;

use after::event_after;
pub(super) use persons::office;
use persons::{named_holder, person_before, person_title};
pub(super) use reference::reference;
use reference::{attributed, opens_news, period_part};
pub(super) use sentence::{event, event_noun};

/// A year or date names what it dates: a film before it in brackets (`«ژی ژی» (۱۹۵۸)`), the
/// phrase right before it (`سرشماری سال ۹۵`, `جام جهانی ۲۰۱۸`), the qualified year itself
/// (`سال آبی ۹۷`); else, as an adjunct of time, what happened then (see [`happened`]).
pub(super) fn dated(t: &Tokens, first: usize, start: usize, end: usize) -> Option<(usize, usize)> {
    // `امروز ۲۳ مارس (۳ فروردین) روز جهانی هواشناسی است`: the same date in the other calendar,
    // in brackets after it, dates what the first one dates.
    if first >= 2 && t.punct(first - 1) == Some('(') && date_word(t, first - 2) {
        let mut outer = first - 2;
        while outer > 0 && date_word(t, outer - 1) {
            outer -= 1;
        }
        let at = (outer..first - 1).find(|&k| t.digits(k).is_some());
        if let Some(at) = at.filter(|_| restated_end(t, first - 1).is_some()) {
            return dated(t, outer, at, first - 1);
        }
    }
    let end = restated_end(t, end).unwrap_or(end);
    if let Some(np) = after::occasion(t, first, end).or_else(|| since_then(t, first, end)) {
        return Some(np);
    }
    let np = dated_until(t, first, start, end);
    // `قیمت بلیت از ۲۵ اسفندماه سال گذشته ...`, `در ۲۵ فروردین سال جاری در دانشگاه‌ها اجرا
    // شد`: when nothing but the rest of the date is found, nor an event in the sentence
    // (the fallback), what the date places is looked for past that rest.
    let rest = rest_end(t, end);
    let within = |(a, b): (usize, usize)| a >= end && b <= rest;
    if rest > end && np.is_none_or(within) && event(t, first, end).is_none() {
        return dated_until(t, first, start, rest);
    }
    np
}

fn dated_until(t: &Tokens, first: usize, start: usize, end: usize) -> Option<(usize, usize)> {
    let np = phrase_dated(t, first, start, end);
    // `جشنواره وارش از سال ۷۸ کار خود را آغاز کرده`: "its own work" names no event; whose it
    // is, the clause's subject before the date, does. (An object with content, `اجرای عمومی
    // خود را`, `اولین پرواز خود را`, is the event.)
    let reflexive = |(a, b): (usize, usize)| {
        b == a + 1
            && matches!(t.word(a), "کار" | "فعالیت" | "فعالیتهای")
            && t.word(b) == "خود"
            && t.word(b + 1) == "را"
    };
    if let Some(np) = np.filter(|&(a, b)| a >= end && reflexive((a, b))) {
        let clause = super::clause_span(t, first, end).0;
        return before(t, first, end, Kind::Date)
            .filter(|&(c, d)| c >= clause && d <= first && phrase::role(t, c) != Role::Pron)
            .or(Some(np));
    }
    let np = match np {
        // `به گزارش خبرگزاری فارس، ۲۷ آذرماه مجمع سالانه فدراسیون برگزار شد`: the source
        // of the news is no event; the date places the news told after it, else nothing
        // said here (the event the sentence tells of, see [`event`]).
        Some(np) if attributed(t, np) => opens_news(t, np, first)
            .then(|| event_after(t, end))
            .flatten()
            .and_then(|np| trimmed(t, np)),
        np => np,
    };
    np.map(|np| with_model_number(t, np))
}

/// `از سال ۹۳ تاکنون قتلی نبوده`, `از ابتدای سال ۹۸ تاکنون ۱۲ معدن تعطیل شده`: a date
/// counted from until now names what is counted or told of right after `تاکنون`, past a
/// hedge and the number.
fn since_then(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    let from = |k: usize| t.word(k) == "از";
    let opened = (first >= 1 && from(first - 1))
        || (first >= 2 && from(first - 2) && matches!(t.word(first - 1), "ابتدای" | "آغاز"));
    let mut k = rest_end(t, end);
    if !opened || t.word(k) != "تاکنون" {
        return None;
    }
    k += 1;
    if t.punct(k) == Some('،') {
        k += 1;
    }
    // `به ۱۷ کارخانه رسیده`: what reached the number is named before the date.
    let counted = |k: usize| {
        t.digits(k).is_some()
            || words::lookup(t.word(k)).is_some()
            || context::classifier(t.word(k))
    };
    // A hedge only before the number it hedges (`زیر تهدید` is no hedge).
    let hedge = (1..=2).find(|&n| {
        context::qualifier_before(t, k + n).is_some_and(|(_, at)| at == k) && counted(k + n)
    });
    if let Some(n) = hedge {
        k += n;
    } else if matches!(t.word(k), "به" | "از" | "زیر") {
        return None;
    }
    while k < t.len() && k < end + 12 && counted(k) {
        k += 1;
    }
    phrase::subject_forward(t, k)
        .filter(|&(a, _)| !context::time_noun(t.word(a)))
        .and_then(|np| trimmed(t, np))
}

/// A word of a written date: its numbers, months and the words joining them.
fn date_word(t: &Tokens, k: usize) -> bool {
    phrase::role(t, k) == Role::Number
        || calendar::month(t.word(k)).is_some()
        || matches!(t.word(k), "ماه" | "سال" | "تا" | "و")
}

/// Where a date restated in brackets at `open` (`(۳ فروردین)`, `(۵ تا ۱۵ اردیبهشت)`) ends.
fn restated_end(t: &Tokens, open: usize) -> Option<usize> {
    if t.punct(open) != Some('(') {
        return None;
    }
    let close = (open + 1..open + 9).find(|&k| t.punct(k) == Some(')'))?;
    let inside = open + 1..close;
    let dated = inside.clone().any(|k| calendar::month(t.word(k)).is_some());
    (dated && inside.clone().all(|k| date_word(t, k))).then_some(close + 1)
}

/// Past the words after a date that only restate its month or year (`۲۷ اسفند ماه سال
/// گذشته`, `۱۵ فروردین سال آینده`, `۲۰۱۸ میلادی`): what the date places comes after them,
/// or before the date, never among them.
pub(super) fn rest_end(t: &Tokens, mut end: usize) -> usize {
    loop {
        let w = t.word(end);
        if matches!(
            w,
            "ماه" | "امسال" | "پارسال" | "میلادی" | "شمسی" | "هجری" | "قمری"
        ) {
            end += 1;
        } else if w == "سال"
            && matches!(
                t.word(end + 1),
                "جاری" | "گذشته" | "آینده" | "قبل" | "پیش" | "بعد"
            )
        {
            end += 2;
        } else {
            return end;
        }
    }
}

/// `نسخه Z4`, `مدل K12`: the digits glued to a Latin name are part of it, no number of their
/// own to cut the phrase at.
fn with_model_number(t: &Tokens, (a, mut b): (usize, usize)) -> (usize, usize) {
    while b > a && t.is_latin_word(b - 1) && t.glued(b) && t.digits(b).is_some() {
        b += 1;
    }
    (a, b)
}

fn phrase_dated(t: &Tokens, first: usize, start: usize, end: usize) -> Option<(usize, usize)> {
    if let Some(day) = coinciding_day(t, first, end) {
        return Some(day);
    }
    if let Some(law) = enacted::enacted(t, first) {
        return Some(law);
    }
    if let Some(work) = events::produced(t, first) {
        return Some(work);
    }
    // `۱۹ و ۲۰ اردیبهشت`: a day may share the month after the next one.
    let year = (start..end + 3).all(|k| calendar::month(t.word(k)).is_none());
    if let Some(head) = (!year).then(|| relative_head(t, first)).flatten() {
        return Some(head);
    }
    let dating = dating(t, first, start);
    // `نمایش «پارک شهر» به کارگردانی بهزاد خاکی‌نژاد شنبه ۱۸ اسفند ... آغاز کرد`: the credits
    // right before the date are the work's; the date places the work they credit.
    if let Dating::Names((a, _)) = dating {
        let credit = a > 0
            && matches!(t.word(a - 1), "به" | "با")
            && matches!(t.word(a), "کارگردانی" | "بازی" | "نویسندگی" | "تهیهکنندگی");
        if let Some(work) = credit.then(|| events::credited(t, first)).flatten() {
            return Some(work);
        }
    }
    let np = match dating {
        // `اولین اردوی امیدها برای حضور در مقدماتی جام جهانی ۱۵ خرداد آغاز می‌شود`: a phrase
        // in a prepositional phrase before the date is no subject of the clause it schedules.
        Dating::Names(np) => {
            // `سالن شهدای هفتم تیر`: a date after `شهدای` is part of a place's name.
            let in_adjunct = !year
                && np.0 > 0
                && phrase::role(t, np.0 - 1) == Role::Prep
                && !matches!(t.word(first - 1), "شهدای" | "شهید");
            in_adjunct
                .then(|| scheduled::scheduled(t, first, end))
                .flatten()
                .or(Some(events::competition(t, np, first, year)))
        }
        Dating::Adjunct(first) => happened(t, first, end),
    };
    let np = np.and_then(|np| trimmed(t, np));
    if !year {
        return np.map(|np| named_holder(t, np).unwrap_or(np));
    }
    if reference(t, first) {
        return np;
    }
    // `ستاره بارسلونا در سال ۲۰۱۵ به این باشگاه پیوست`: a year places what happened, not
    // the person it happened to.
    match np {
        Some((a, _)) if descriptor(t.word(a)) => event_after(t, end)
            .and_then(|np| trimmed(t, np))
            .or_else(|| named_near(t, first)),
        None => named_near(t, first),
        np => np,
    }
}

/// What a year dates when neither the phrase next to it nor the clause's subject says: the
/// noun phrase a relative clause hangs on (`طرح مسکن مهر که دولت آن را آغاز کرد در سال ۹۱
/// متوقف شد`), or the one before a preposition between the year and the clause's verb
/// (`نرسیدن توپ طلا به او در سال ۲۰۱۳`); never a person's descriptor nor a pronoun.
fn named_near(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let usable = |k: usize| {
        phrase::subject_backward(t, k).filter(|&(a, b)| {
            b == k
                && !descriptor(t.word(a))
                && phrase::role(t, a) != Role::Pron
                && !conjunctive(t.word(a))
        })
    };
    let sentence = (first.saturating_sub(20)..first)
        .rev()
        .take_while(|&k| !phrase::sentence_end(t, k) && t.punct(k) != Some(':'));
    let mut verb_crossed = false;
    for k in sentence {
        let role = phrase::role(t, k);
        if t.word(k) == "که" {
            return usable(k).and_then(|np| trimmed(t, np));
        }
        verb_crossed |= matches!(role, Role::Verb | Role::Conj | Role::Punct(_));
        // `با اشاره به`, `در مقایسه با`: a phrase after a preposition is an adverb.
        let adverb = |(a, _): (usize, usize)| a > 0 && phrase::role(t, a - 1) == Role::Prep;
        if role == Role::Prep && !verb_crossed && k + 1 < first {
            if let Some(np) = usable(k).filter(|&np| !adverb(np)) {
                return trimmed(t, np);
            }
        }
    }
    None
}

/// `آپولو ۱۷ که در ۷ دسامبر به فضا پرتاب شد`, `این تصویر که فوریه ۲۰۱۹ ثبت شده`: a date
/// opening a relative clause dates what the clause tells of the noun it hangs on. Not `تا
/// آنجا که` (so far that), nor a noun a preposition ties to another (`یونیورسیاد ناپل در
/// ایتالیا که ... برگزار می‌شود`, `بازدید خبرنگاران از سایت نطنز که ... انجام شد`): the
/// clause may well tell of that other one.
fn relative_head(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let mut k = first;
    while k > 0 && matches!(t.word(k - 1), "در" | "روز" | "تاریخ" | "مورخ") {
        k -= 1;
    }
    if k == 0 || t.word(k - 1) != "که" {
        return None;
    }
    let located = |a: usize| {
        a >= 2
            && phrase::role(t, a - 1) == Role::Prep
            && matches!(phrase::role(t, a - 2), Role::Noun | Role::Adj)
    };
    phrase::subject_backward(t, k - 1)
        .filter(|&(a, b)| {
            b == k - 1
                && phrase::role(t, a) != Role::Pron
                && !matches!(t.word(a), "آنجا" | "جایی" | "حدی")
                && !located(a)
        })
        .and_then(|np| trimmed(t, np))
}

/// `امروز ۱۸ اردیبهشت مصادف با روز جهانی موزه است`, `روز جهانی موزه مصادف با ۱۸
/// اردیبهشت`: a date that falls on a named day names that day.
fn coinciding_day(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    let on = |k: usize| matches!(t.word(k), "مصادف" | "همزمان") && t.word(k + 1) == "با";
    if on(end) {
        return phrase::subject_forward(t, end + 2);
    }
    // Not the same date in the other calendar (`۲۰ مه مصادف با ۳۰ اردیبهشت`).
    let dated = |(a, b): (usize, usize)| {
        (a.saturating_sub(1)..b).any(|k| {
            calendar::month(t.word(k)).is_some()
                || matches!(t.word(k), "ماه" | "سال")
                || t.digits(k).is_some()
        })
    };
    if first < 2 || !on(first - 2) {
        return None;
    }
    let before = phrase::subject_backward(t, first - 2).filter(|&np| !dated(np));
    // `اول ماه مه مصادف با ۱۱ اردیبهشت، روز جهانی کارگر`: the day's name apposed after.
    let named_day = |(a, _): (usize, usize)| matches!(t.word(a), "روز" | "سالروز");
    before.or_else(|| {
        (t.punct(end) == Some('،'))
            .then(|| phrase::subject_forward(t, end + 1))
            .flatten()
            .filter(|&np| named_day(np))
    })
}

/// A date's phrase without what only borders it: the count or edition before the name
/// (`سی‌وهفتمین دوره جشنواره` -> `دوره جشنواره`) and a pointer at its end that belongs to
/// the next noun (`دیدار نیمه نهایی این` -> `دیدار نیمه نهایی`).
fn trimmed(t: &Tokens, (mut a, mut b): (usize, usize)) -> Option<(usize, usize)> {
    // A title in guillemets is kept as written (`«هفت عروس برای هفت برادر»`).
    if a > 0 && t.punct(a - 1) == Some('«') {
        return Some((a, b));
    }
    let numeric = |k: usize| {
        phrase::role(t, k) == Role::Number
            || words::ordinal_word(t.word(k)).is_some()
            || words::glued_tens(t.word(k)).is_some()
    };
    while a + 1 < b && numeric(a) {
        a += 1;
    }
    // `به عنوان پایتخت گردشگری`: the phrase is what follows `به عنوان`.
    if a + 1 < b && a > 0 && t.word(a - 1) == "به" && matches!(t.word(a), "عنوان" | "سمت")
    {
        a += 1;
    }
    while b > a + 1 && context::demonstrative(t.word(b - 1)) {
        b -= 1;
    }
    (!numeric(a)).then_some((a, b))
}

/// Words that describe a person (`ستاره`, `رقیب`, `مهاجم`): what a year places is what
/// happened, not who.
fn descriptor(w: &str) -> bool {
    matches!(
        w,
        "ستاره"
            | "رقیب"
            | "حریف"
            | "بازیکن"
            | "مهاجم"
            | "هافبک"
            | "مدافع"
            | "دروازهبان"
            | "کاپیتان"
            | "ملیپوش"
            | "مربی"
            | "سرمربی"
    )
}

/// Whether a date is an adjunct of time (`در سال ۱۳۹۰`, `تا صبح جمعه ۵ اردیبهشت`) rather than
/// part of what it dates. A chronology line (`۱۱ بهمن ۱۳۸۹، بهروز علیشیری ... خبر داد`) is
/// no adjunct: the line is told of its date.
pub(super) fn adjunct(t: &Tokens, first: usize, start: usize, end: usize) -> bool {
    matches!(dating(t, first, start), Dating::Adjunct(_))
        && events::chronicle(t, first, end).is_none()
}

enum Dating {
    /// The phrase the date is part of, or the title it dates.
    Names((usize, usize)),
    /// An adjunct of time, starting at this token.
    Adjunct(usize),
}

fn dating(t: &Tokens, mut first: usize, start: usize) -> Dating {
    if let Some(title) = bracketed_title(t, first).or_else(|| titled_work(t, first)) {
        return Dating::Names(title);
    }
    if t.word(start) == "سال" && phrase::role(t, start + 1) == Role::Adj {
        return Dating::Names((start, start + 2));
    }
    // `دوشنبه دوم اردیبهشت`, `(چهارشنبه هفتم اسفند ۹۸)`: the day of the week and brackets
    // only restate the date.
    while first > 0
        && (context::time_noun(t.word(first - 1))
            || matches!(t.punct(first - 1), Some('(' | '-' | '–')))
    {
        first -= 1;
        // `سه‌شنبه` is read as two words.
        if t.word(first) == "شنبه" && first > 0 && context::weekday_number(t, first - 1) {
            first -= 1;
        }
    }
    if let Some(person) = person_before(t, first) {
        return Dating::Names(person);
    }
    if let Some((mut a, mut b)) = adjacent_before(t, first) {
        // `پرو بامداد دوشنبه فینال کوپا آمه‌ریکا ۲۰۱۹`: a day or a time of day ends the clause's
        // subject; what the year dates starts after it.
        let day = |k: usize| {
            context::day_or_time_of_day(t.word(k)) && phrase::role(t, k + 1) == Role::Noun
        };
        if let Some(k) = (a + 1..b).rev().find(|&k| day(k)) {
            a = k + 1;
            b = first.min(a + phrase::MAX_WORDS);
        }
        let marker = (a..b).all(|k| {
            matches!(
                t.word(k),
                "سال"
                    | "سالهای"
                    | "های"
                    | "تاریخ"
                    | "روز"
                    | "روزهای"
                    | "ماه"
                    | "مورخ"
                    | "هفته"
                    | "گذشته"
                    | "آینده"
            )
        });
        // `در آغاز سال ۹۸`, `اواخر سال ۲۰۱۸`: a part of a period only places in time.
        // `در فاصله سال‌های ۲۰۱۷ و ۲۰۱۸`, `در خلال سال ۹۸`: a span between times too.
        let span = matches!(t.word(a), "فاصله" | "خلال");
        let part =
            (period_part(t.word(a)) || span) && (a + 1..b).all(|k| context::time_noun(t.word(k)));
        let carrier = part || (dummy(t.word(a)) && a > 0 && phrase::role(t, a - 1) == Role::Prep);
        if !(marker || carrier) {
            return Dating::Names((a, b));
        }
        // `از ابتدای جام جهانی ۲۰۰۶ آلمان`: the start of a named thing, not of a time, is
        // still that thing's date.
        let named = period_part(t.word(a))
            && b > a + 1
            && (a + 1..b).any(|k| event_noun(t.word(k)) || events::competition_head(t.word(k)));
        if named {
            return Dating::Names((a + 1, b));
        }
        first = a;
    }
    Dating::Adjunct(first)
}

/// What happened at a date that is an adjunct: after a preposition, what Persian puts after
/// the date (`در سال ۱۹۹۶ ... نشان شوالیه دریافت کرد`), or else the clause's subject (`کسری
/// بودجه دولت در سال ۸۱`). A year of reference (`نسبت به سال ۱۳۹۰`) names nothing.
fn happened(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    let told = events::chronicle(t, first, end)
        .or_else(|| events::credited(t, first))
        .or_else(|| events::relative_head(t, first))
        .or_else(|| events::given_as(t, first, end));
    if told.is_some() {
        return told;
    }
    if let Some(np) = scheduled::scheduled(t, first, end) {
        return Some(np);
    }
    if let Some(a) = events::first_time(t, first) {
        return events::relative_head(t, a)
            .or_else(|| events::right_before(t, a))
            .or_else(|| event_after(t, end));
    }
    let Some(k) = first.checked_sub(1) else {
        return event_after(t, end);
    };
    if phrase::role(t, k) != Role::Prep {
        // `انتخابات ... قرار است ۱۶ تیر برگزار شود`, `مرداد ۹۸ وقتی دادگاه ... برگزار شد`.
        // `... خبر داد و گفت امروز جمعه ۱۴ شهریورماه دو سانحه ...`: what was said opens too.
        let opens = phrase::sentence_end(t, k)
            || phrase::role(t, k) == Role::Conj
            || (matches!(t.word(k), "گفت" | "افزود" | "کرد") && super::speech_verb(t, k));
        return if opens {
            event_after(t, end)
        } else {
            before(t, first, end, Kind::Date)
        };
    }
    if k > 0 && matches!(t.word(k - 1), "نسبت" | "مقایسه" | "مشابه") {
        return None;
    }
    events::placed_before(t, k)
        .or_else(|| event_after(t, end))
        .or_else(|| before(t, k, first, Kind::Date))
        .or_else(|| after::opening_adjunct(t, end))
}

/// `«ژی ژی» (۱۹۵۸)`: the title in guillemets before a bracketed year.
fn bracketed_title(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    if first < 3 || t.punct(first - 1) != Some('(') || t.punct(first - 2) != Some('»') {
        return None;
    }
    quoted(t, first - 2, 10)
}

/// `برای فیلم‌های «اوزاک» در سال ۲۰۰۲`, `با فیلم کوتاه «جلد مار» در سال ۴۲`: a year right
/// after a work's title dates the work, not whoever made it or won with it.
fn titled_work(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let mut k = first;
    if t.word(k) != "سال" && k > 0 && t.word(k - 1) == "سال" {
        k -= 1;
    }
    if k > 0 && t.word(k - 1) == "در" {
        k -= 1;
    }
    if k < 3 || t.punct(k - 1) != Some('»') {
        return None;
    }
    let (a, b) = quoted(t, k - 1, 10)?;
    let work = |w: &str| {
        let w = w
            .strip_suffix("های")
            .or_else(|| w.strip_suffix("ها"))
            .unwrap_or(w);
        matches!(
            w,
            "فیلم"
                | "نمایش"
                | "کتاب"
                | "رمان"
                | "سریال"
                | "آلبوم"
                | "مستند"
                | "نمایشنامه"
                | "فیلمنامه"
        )
    };
    // The work noun may carry an adjective (`فیلم کوتاه «...»`).
    let named = (a.saturating_sub(3)..a - 1).any(|j| work(t.word(j)));
    named.then_some((a, b))
}

/// The words in guillemets that close at `close` (`»`), their `«` at most `reach` tokens
/// back: a title or a name as the copy quotes it.
fn quoted(t: &Tokens, close: usize, reach: usize) -> Option<(usize, usize)> {
    let open = (close.saturating_sub(reach)..close)
        .rev()
        .find(|&k| t.punct(k) == Some('«'))?;
    (open + 1 < close).then_some((open + 1, close))
}

#[cfg(test)]
mod tests;
