//! What a span of time is the time of, when the words around it say: the event it runs up to
//! (`دو روز تا پایان تحریم`), what began that long ago (`عملیات از سه روز پیش آغاز شد`),
//! what happens within it (`موتورسیکلت‌ها ظرف ۱۰ سال حذف شوند`) or has gone on that long
//! (`۱۰ سال است که این طرح اجرا می‌شود`), or what took that long (`این فرآیند ۱۰ دقیقه طول
//! می‌کشد`).

use super::super::context;
use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::clause::{before, dummy, span};
use super::spans::{ago, reported};
use super::window;

/// The subject of a duration spanning `first..end` when one of these forms decides it
/// (`Some(None)`: it decides the span names nothing), else `None`.
pub(super) fn timed(
    t: &Tokens,
    first: usize,
    end: usize,
    adjectival: bool,
) -> Option<Option<(usize, usize)>> {
    let w1 = if first >= 1 { t.word(first - 1) } else { "" };
    if context::demonstrative(w1) {
        return None;
    }
    // `۱۰ روز کاری`: working days; the adjective is the unit's, never what the span times
    // (`کاری را` is a task, the object), but what follows it may be (`۲۰ روز کاری فرصت`).
    if matches!(t.word(end), "کاری" | "كاري") && t.word(end + 1) != "را" {
        let past = end + 1;
        return Some(
            timed(t, first, past, adjectival)
                .flatten()
                .or_else(|| super::after(t, past, Kind::Duration)),
        );
    }
    if let Some(np) = until(t, end)
        .or_else(|| elapsed(t, end))
        .or_else(|| told_after(t, first, end))
    {
        return Some(Some(np));
    }
    if let Some(found) = took(t, first, end).or_else(|| ongoing(t, first, end)) {
        return Some(found);
    }
    if let Some(np) = later(t, first, end) {
        return Some(Some(np));
    }
    if w1 == "از" && ago(t, end) {
        return Some(since(t, first, end));
    }
    let placed = matches!(
        t.word(end),
        "اخیر" | "گذشته" | "آینده" | "آتی" | "آخر" | "قبل" | "پیش" | "بعد"
    );
    if adjectival || reported(t, end) {
        return None;
    }
    // `اقساط خود را در ۱۵ سال پرداخت کنند`: a bare `در` times the object before it.
    if w1 == "در" && !placed {
        return object_before(t, first - 1).map(Some);
    }
    if !window(t, first) {
        return None;
    }
    let lasting = matches!(w1, "مدت") && first >= 2 && matches!(t.word(first - 2), "به" | "در");
    if !placed {
        if let Some(np) = within(t, end) {
            return Some(Some(np));
        }
    }
    // `ظرف دو ماه آینده عملیات اجرایی این پروژه آغاز می‌شود`: a window ahead opens a phrase
    // too.
    let ahead = ahead(t.word(end));
    // Not a verbal noun coordinated with another (`تکمیل و راه اندازی خواهد شد`).
    if ahead {
        let found = within(t, end + 1).filter(|&(a, b)| !(b == a + 1 && t.word(b) == "و"));
        if let Some(np) = found {
            return Some(Some(np));
        }
    }
    // `به مدت` is left to [`held`]: what goes on for a time is its object more often than its
    // subject (`بازیکنان به مدت ۶۰ دقیقه تمرین کردند`).
    let carried = w1 == "مدت" && t.word(first - 2) == "به";
    if (!placed || ahead) && !carried {
        let open = if matches!(w1, "ظرف" | "طی") {
            first - 1
        } else {
            first - 2
        };
        if let Some(np) = window::closing(t, open, end) {
            return Some(Some(np));
        }
    }
    // `به مدت هفت روز تحت مراقبت پزشکی`: a phrase after that is no subject is still what
    // the rules of every figure look at.
    if lasting && (placed || phrase::role(t, end) != Role::Noun) {
        return held(t, first - 2, end).map(Some);
    }
    if !placed {
        let open = if matches!(w1, "طول" | "عرض") {
            first - 2
        } else {
            first - 1
        };
        return object_before(t, open).or_else(|| opener(t, open)).map(Some);
    }
    None
}

/// `دولت ظرف سه سال این طرح را اجرا کرد`, `عربستان تنها طی ۹ ماه ۳۰ درصد اوراق را فروخت`:
/// with no object before it, a span's preposition at `open` right after the phrase that opens
/// its clause (past `تنها`, `فقط`) times what that phrase did.
fn opener(t: &Tokens, open: usize) -> Option<(usize, usize)> {
    let mut k = open;
    while k > 0 && matches!(t.word(k - 1), "تنها" | "فقط" | "نیز" | "هم") {
        k -= 1;
    }
    let (a, b) = phrase::subject_backward(t, k).filter(|&(_, b)| b == k)?;
    let opens =
        a == 0 || phrase::sentence_end(t, a - 1) || matches!(t.punct(a - 1), Some(':' | '،' | ','));
    (opens && usable(t, a, b) && !context::time_noun(t.word(a))).then_some((a, b))
}

/// The object marked by `را` in the clause before a span's preposition at `open`: `عربستان
/// اوراق خود را طی سه سال دو برابر کرده است`.
fn object_before(t: &Tokens, open: usize) -> Option<(usize, usize)> {
    let (s, _) = span(t, open, open + 1);
    (s..open)
        .rev()
        .find(|&k| phrase::role(t, k) == Role::Ra)
        .and_then(|ra| phrase::object_before(t, ra))
        .filter(|&(a, b)| usable(t, a, b) && whole(t, a))
}

/// Whether an object found before `را` starting at `a` is all of it: not the end of a longer
/// run (`باکتری‌های موجود در بدن این بیماران را`), of a phrase after a preposition (`در
/// اختیار خود را`) or the last of two conjuncts (`حفره‌ای در رگ‌ها و بافت را`).
fn whole(t: &Tokens, a: usize) -> bool {
    let role = |k: usize| phrase::role(t, k);
    let Some(k) = a.checked_sub(1) else {
        return true;
    };
    // `شرکت کنندگان این کار را`: a demonstrative opens a phrase of its own, unless the words
    // before it are a preposition's (`باکتری‌های موجود در بدن این بیماران را`).
    if context::demonstrative(t.word(a)) {
        let mut p = k;
        while p > 0 && role(p).nominal() && k - p < 4 {
            p -= 1;
        }
        return role(p) != Role::Prep;
    }
    let conjunct = t.word(k) == "و" && k > 0 && role(k - 1).nominal();
    !role(k).nominal() && role(k) != Role::Prep && !conjunct
}

/// Not a time, a carrier or an adverb in `-انه`.
fn usable(t: &Tokens, a: usize, b: usize) -> bool {
    let adverb = b == a + 1 && t.word(a).ends_with("انه");
    !(context::time_noun(t.word(a)) || dummy(t.word(a)) || adverb)
}

/// What goes on for a time (`به مدت یک سال`, `در مدت یک هفته آینده`) when no phrase opens
/// after it: the object of its clause, after the span (`در مدت یک هفته آینده شاگردانش را`)
/// or before it (`تحریم‌ها را به مدت یک سال دیگر تمدید کنند`).
fn held(t: &Tokens, open: usize, end: usize) -> Option<(usize, usize)> {
    // `در مدت یک هفته آینده شاگردانش را`: the object right after the span and its placing
    // word; one further on may run into a place unmarked (`در شهر ابوظبی امارات اردوی خود را`).
    let j = end + usize::from(ahead(t.word(end)) || t.word(end) == "بعد");
    let after = phrase::subject_forward(t, j)
        .filter(|&(_, b)| phrase::role(t, b) == Role::Ra || t.word(b) == "خود");
    // The clause's subject instead was as often wrong as right in a sample (`در مدت ۲۶ هفته
    // به رقابت می‌پردازند`, `به مدت یک ماه در شرق چین اقامت داشتیم`).
    after
        .filter(|&(a, b)| usable(t, a, b))
        .or_else(|| object_before(t, open))
}

/// Whether a span is a window of time: `ظرف ۲ سال`, `طی ۵ ماه`, `در طول ۷ هزار سال`, `به مدت یک
/// هفته`.
fn window(t: &Tokens, first: usize) -> bool {
    let w1 = if first >= 1 { t.word(first - 1) } else { "" };
    let w2 = if first >= 2 { t.word(first - 2) } else { "" };
    matches!(w1, "ظرف" | "طی") || (matches!(w1, "طول" | "عرض" | "مدت") && matches!(w2, "در" | "به"))
}

/// What happens within a window: the phrase it opens (`در طول ۷ هزار سال تمدن ما`, `ظرف ۲۰
/// روز اسامی کودکان`), not a predicate (`طی ۲۴ ساعت میسر است`, `مورد بررسی قرار دهد`, a lone
/// word before its verb) nor a time (`طی دو روز وسط هفته`). The clause's subject before the
/// window is left alone: a sample of it was as often wrong as right.
fn within(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    if phrase::role(t, end) != Role::Noun || phrase::light(t, end + 1) {
        return None;
    }
    let (a, b) = phrase::subject_forward(t, end)?;
    let time = (a..b).any(|k| context::time_noun(t.word(k))) || dummy(t.word(a));
    let predicate = matches!(t.word(a), "مورد" | "تحت")
        || matches!(t.word(b), "است" | "بود" | "هست" | "باشد" | "قرار")
        || (b == a + 1 && phrase::role(t, b) == Role::Verb);
    (!time && !predicate).then_some((a, b))
}

/// `پرواز پولیاکف که ۴۳۷ روز طول کشید`, `این فرآیند ۱۰ دقیقه طول می‌کشد` (or `به طول
/// انجامید`): how long something
/// took names it, the subject before the span (or the phrase a relative clause hangs on), else
/// what `تا` opens after the verb (`۵ سال طول کشید تا قانون چک به اینجا برسد`); never `طول`.
fn took(t: &Tokens, first: usize, end: usize) -> Option<Option<(usize, usize)>> {
    let takes = |k: usize| {
        let w = t.word(k);
        let w = ["نمی", "می", "ب", "ن"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .map_or(w, |r| r.trim_start_matches('\u{200c}'));
        w.starts_with("کشید")
            || w.starts_with("کشد")
            || (matches!(w, "" | "خواهد") && t.word(k + 1).starts_with("کش"))
    };
    // `این درگیری که چهار ساعت به طول انجامید`: the written form of the same.
    let drawn_out = |k: usize| {
        let w = t.word(k);
        let w = w
            .strip_prefix("می")
            .map_or(w, |r| r.trim_start_matches('\u{200c}'));
        w.starts_with("انجامید") || w.starts_with("انجامد")
    };
    let verb = if t.word(end) == "طول" && takes(end + 1) {
        end + 1
    } else if t.word(end) == "به" && t.word(end + 1) == "طول" && drawn_out(end + 2) {
        end + 2
    } else {
        return None;
    };
    // `ساخت آن مدت سه سال طول کشید`: `مدت` only carries the span.
    let open = if first > 0 && t.word(first - 1) == "مدت" {
        first - 1
    } else {
        first
    };
    let relative = open > 0 && t.word(open - 1) == "که";
    let taken = if relative {
        phrase::subject_backward(t, open - 1).filter(|&(_, b)| b + 1 == open)
    } else {
        before(t, open, end, Kind::Duration).filter(|&(_, b)| b + 2 >= open)
    };
    let to = (verb + 1..(verb + 5).min(t.len())).find(|&k| t.word(k) == "تا");
    // `تا زمانی که ...`: a time is no clause of its own.
    let opened = to
        .and_then(|k| phrase::subject_forward(t, k + 1))
        .filter(|&(a, _)| !matches!(t.word(a), "زمان" | "زمانی" | "وقتی"));
    let found = taken
        .filter(|&(a, b)| usable(t, a, b))
        .or(opened.filter(|&(a, b)| usable(t, a, b)));
    // The written form comes with more words between (`مدت شارژ حسگرها نیز ۸ ساعت به طول
    // می‌انجامد`): finding nothing there leaves the span to the rules of every span.
    (found.is_some() || verb == end + 1).then_some(found)
}

/// `۴۰ سال است که اهالی این روستا چشم‌انتظارند`, `گفت: ۱۰ سال است که این طرح اجرا می‌شود`:
/// a span opening its clause says how long what the `که` clause tells has gone on, named by
/// that clause's subject. With a subject before it (`این مرد ۵۰ سال است که ...`) the rules of
/// every span decide.
fn ongoing(t: &Tokens, first: usize, end: usize) -> Option<Option<(usize, usize)>> {
    let copula = matches!(t.word(end), "است" | "بود");
    if !copula || !matches!(t.word(end + 1), "که" | "كه") || !opens(t, first) {
        return None;
    }
    Some(phrase::subject_forward(t, end + 2).filter(|&(a, b)| usable(t, a, b)))
}

/// Whether a span's words starting at `first` open a clause, past an adverb of now (`الان ۷
/// سال است`): after a sentence's end, a colon, a verb, or `و` after a verb (`... است و ۴۰ سال
/// است که`). Not after a comma, which may close an opening subject (`تحریم‌ها، ۴۰ سال است که`).
fn opens(t: &Tokens, first: usize) -> bool {
    let mut k = first;
    if k > 0 && matches!(t.word(k - 1), "اکنون" | "اكنون" | "الان" | "حالا" | "تقریباً")
    {
        k -= 1;
    }
    let Some(k) = k.checked_sub(1) else {
        return true;
    };
    let after_verb = |k: usize| phrase::role(t, k) == Role::Verb || t.word(k) == "است";
    phrase::sentence_end(t, k)
        || matches!(t.punct(k), Some(':' | '«' | '"'))
        || after_verb(k)
        || (matches!(t.word(k), "و" | "اما" | "ولی") && k > 0 && after_verb(k - 1))
        || t.word(k) == "بلکه"
}

/// `و ۲۰ دقیقه بعد دو بالگرد آمدند`, `اما هفت دقیقه بعد ادموندو بازی را به تساوی رساند`,
/// `یک سال بعد نمایش «...» را به صحنه برد`: a span later opening its clause (a narrative's
/// next step) times what the clause tells, named by the phrase right after it. Not after a
/// subject of its own (`استرالیا ۹ دقیقه بعد کار را ...`), nor when a preposition, an adverb
/// of "also" or "again" or a time follows (`دو سال بعد در ۱۹۳۳`, `دو ماه بعد هم`), which the rules of
/// every span decide.
fn later(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    // Not `پس` alone, which more often opens a compound (`یک سال پس تولید`).
    if t.word(end) != "بعد" || t.word(end + 1) == "از" {
        return None;
    }
    let lead = first
        .checked_sub(1)
        .map_or(Role::End, |k| phrase::role(t, k));
    let opens = match lead {
        Role::End | Role::Verb => true,
        Role::Punct(c) => matches!(c, '.' | '،' | ',' | ':' | '؛' | ';' | '\n' | '!' | '؟'),
        Role::Conj => matches!(t.word(first - 1), "و" | "اما" | "ولی" | "سپس"),
        _ => false,
    };
    if !opens {
        return None;
    }
    let mut j = end + 1;
    while phrase::role(t, j) == Role::Adv
        && !matches!(t.word(j), "نیز" | "هم" | "باز")
        && j < end + 3
    {
        j += 1;
    }
    if matches!(t.word(j), "نیز" | "هم" | "باز") {
        return None;
    }
    // `۲۰ دقیقه بعد دو بالگرد`: the number counts the phrase, which is what the span times.
    if phrase::role(t, j) == Role::Number && !matches!(t.word(j), "یک" | "یکی") {
        j += 1;
    }
    let (a, b) = phrase::subject_forward(t, j)?;
    let empty = context::time_noun(t.word(a)) || dummy(t.word(a));
    // `بعد کار را به تساوی کشاند`: a lone noun before its verb or `را` is the verb's half or
    // its object, not who acted.
    let half = b == a + 1 && matches!(phrase::role(t, b), Role::Verb | Role::Participle | Role::Ra);
    (!empty && !half).then_some((a, b))
}

/// `دو روز تا پایان تحریم تسلیحاتی`, `۱۰ روز باقیمانده تا رقابت‌های جهانی`, `دو روز مانده
/// به آغاز لیگ`: time left until an event names the event.
fn until(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    let mut j = end;
    let left = matches!(t.word(j), "باقیمانده" | "باقی‌مانده" | "مانده");
    if left {
        j += 1;
    }
    let to = t.word(j) == "تا" || (left && t.word(j) == "به");
    if !to || phrase::role(t, j + 1) != Role::Noun {
        return None;
    }
    let (a, mut b) = phrase::subject_forward(t, j + 1)?;
    // `تا پایان تحریم باقی مانده`: what is left is said after the event, not of it.
    if b > a + 1 && t.word(b - 1) == "باقی" {
        b -= 1;
    }
    // `تا پایان سال`, `تا ماه آینده`: a point in time is no event.
    let time = (a..b).any(|k| context::time_noun(t.word(k)));
    let lone_carrier = b == a + 1 && dummy(t.word(a));
    (!time && !lone_carrier).then_some((a, b))
}

/// `ده سال از رکود بزرگ می‌گذرد`, `هشت دقیقه از بازی گذشته بود`: time gone by since an event
/// names the event.
fn elapsed(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    if t.word(end) != "از" {
        return None;
    }
    let (a, mut b) = phrase::subject_forward(t, end + 1)?;
    let passes = |w: &str| {
        ["می‌گذشت", "میگذشت", "می‌گذرد", "میگذرد", "گذشت", "سپری"]
            .iter()
            .any(|p| w.starts_with(p))
    };
    // `از بازی گذشته بود`: the participle is read as an adjective of the phrase.
    let trailing = b > a + 1 && passes(t.word(b - 1));
    if trailing {
        b -= 1;
    }
    // The verb closes the clause: `از زندگی خود را در آب سپری می‌کنند` spends time, its own.
    let verb = trailing
        || (b..(b + 3).min(t.len()))
            .take_while(|&k| phrase::role(t, k) != Role::Ra && t.punct(k).is_none())
            .any(|k| passes(t.word(k)));
    // `۱۵ سال از زمانی گذشته که ...`: the event is the clause after, not its carrier.
    let time = context::time_noun(t.word(a))
        || dummy(t.word(a))
        || matches!(t.word(a), "زمان" | "زمانی" | "وقتی" | "موقعی");
    (verb && !time).then_some((a, b))
}

/// A span the clause after it tells of: time gone by, said in a `که` clause (`پس از ۱۳ سال
/// که از واگذاری شرکت می‌گذشت`), since so long ago (`از سه ماه پیش که سهام شرکت به دولت
/// بازگشت`), or let pass (`با گذشت ۱۴ ماه هنوز این مبلغ پرداخت نشده`), names what that clause
/// tells of: the event gone by, or the clause's subject.
fn told_after(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    let ago = first > 0 && t.word(first - 1) == "از" && ago(t, end);
    let that = end + usize::from(ago);
    if matches!(t.word(that), "که" | "كه") {
        if t.word(that + 1) == "از" {
            return elapsed(t, that + 1);
        }
        return ago
            .then(|| phrase::subject_forward(t, that + 1))
            .flatten()
            .filter(|&(a, b)| usable(t, a, b) && phrase::role(t, b) != Role::Verb);
    }
    let passed = first >= 2 && t.word(first - 1) == "گذشت" && t.word(first - 2) == "با";
    if !passed {
        return None;
    }
    let mut j = end;
    while matches!(t.word(j), "هنوز" | "نیز" | "هم" | "تاکنون" | "اکنون") {
        j += 1;
    }
    phrase::subject_forward(t, j).filter(|&(a, b)| usable(t, a, b))
}

/// `عملیات خروج از سه روز پیش آغاز شد`, `از سه هفته پیش این تصمیم را گرفته بودیم`: since so
/// long ago names what began then: the object after the span, else the subject right before
/// it (not a phrase of a preposition: `با همکاری نیروهای چند ملیتی از یک هفته پیش`).
fn since(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    if let Some((a, b)) = phrase::subject_forward(t, end + 1) {
        if phrase::role(t, b) == Role::Ra && !context::time_noun(t.word(a)) {
            return Some((a, b));
        }
    }
    // The clause's subject or object close before the span, not one a clause away (`بستر
    // کار را آماده کنیم، اما از یک ماه قبل`) beyond a comma, nor a phrase after a preposition.
    close_before(t, first - 1, end)
}

/// The clause's subject or object ending close before `open`, where a span's words start.
fn close_before(t: &Tokens, open: usize, end: usize) -> Option<(usize, usize)> {
    let (a, b) = before(t, open, end, Kind::Duration)?;
    let lead = a.checked_sub(1).map_or(Role::End, |k| phrase::role(t, k));
    let apart = (b..open).any(|k| t.punct(k).is_some());
    // `متاسفانه از ۱۷۰ روز پیش`: an adverb in `-انه` is no phrase.
    let adverb = b == a + 1 && t.word(a).ends_with("انه");
    let adjunct = matches!(lead, Role::Prep | Role::Det | Role::Number)
        || apart
        || adverb
        || context::time_noun(t.word(a));
    (!adjunct && b + 2 >= open).then_some((a, b))
}

/// Whether a span's placing word looks ahead (`دو ماه آینده`, `سه سال آتی`).
pub(super) fn ahead(word: &str) -> bool {
    matches!(word, "آینده" | "آتی")
}

#[cfg(test)]
mod tests;
