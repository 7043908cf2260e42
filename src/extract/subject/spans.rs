//! Spans of time: what a duration times, or that it only places its clause in time (`طی دو
//! سال`, `۱۲ سال قبل`), names a period reported on (`در ۵ ماه اول سال`) or the event it runs
//! from (`۴ ساعت پس از مرگ`).

use super::super::context;
use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::clause::{before, dummy, subject_of_clause};

/// Whether a span of time is an adjunct of time: `طی دو سال`, `ظرف یک هفته`, `پس از گذشت ۲
/// هفته`, `در فاصله ۳۰ تا ۶۰ ثانیه`, `مدت مشابه ۱۰ سال قبل`, `در دو دهه گذشته`.
pub(super) fn temporal(t: &Tokens, first: usize, end: usize) -> bool {
    let w1 = if first >= 1 { t.word(first - 1) } else { "" };
    let w2 = if first >= 2 { t.word(first - 2) } else { "" };
    matches!(w1, "طی" | "ظرف" | "گذشت" | "مشابه")
        || (w1 == "از" && matches!(w2, "پس" | "بعد" | "قبل" | "پیش"))
        || (w2 == "در" && matches!(w1, "فاصله" | "مدت" | "عرض" | "طول"))
        || (w1 == "در" && matches!(t.word(end), "اخیر" | "گذشته"))
}

/// What an adjunct span of time is of. Placing the clause in time (`طی دو سال`, `بعد از گذشت
/// ۲ هفته`, `در ۱۵ سال اخیر`), it names nothing, unless what it runs from follows (`با گذشت
/// ۴۶ روز از اعلام شیوع کرونا`); after `پس از` it is the span of what follows it (`پس از ۳
/// سال دوری از تیم ملی`), or closing the sentence, of what the sentence tells (`بازگشت مسی
/// به ماراکانا پس از پنج سال`).
pub(super) fn spanned(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    if t.word(end) == "از" {
        return phrase::subject_forward(t, end + 1);
    }
    let after =
        first >= 2 && t.word(first - 1) == "از" && matches!(t.word(first - 2), "پس" | "بعد");
    if !after {
        return None;
    }
    // `پس از ۹ ماه حضور در مسند مدیریت`: a noun that names nothing alone names what lasted
    // with the phrase that completes it.
    if let Some(np) = completed(t, end) {
        return Some(np);
    }
    // The noun of what lasted, not the clause's subject that may run on after it unmarked
    // (`پس از ۳ ساعت رقابت نتیجه مورد نظرش را کسب نکرد`).
    if let Some((a, _)) = phrase::subject_forward(t, end) {
        // `بعد از سی سال این فیلم دوباره ...`: a phrase pointed at is the clause's own.
        let time = context::time_noun(t.word(a)) || matches!(t.word(a), "این" | "آن");
        return (!time).then(|| {
            (
                a,
                a + 1 + usize::from(phrase::role(t, a + 1) == Role::Ending),
            )
        });
    }
    let closes = end >= t.len() || phrase::sentence_end(t, end);
    let p = first - 2;
    // `این عملیات پیچیده پس از ۱۸ روز با موفقیت به پایان برسد`, `اعضای تیم را بعد از سه هفته
    // نجات دهند`: what the span ends is the phrase right before it, unmarked or the object.
    let adjacent = if p > 0 && phrase::role(t, p - 1) == Role::Ra {
        phrase::object_before(t, p - 1)
    } else {
        phrase::subject_backward(t, p).filter(|&(a, b)| {
            let lead = a.checked_sub(1).map_or(Role::End, |k| phrase::role(t, k));
            b == p && !matches!(lead, Role::Prep | Role::Number | Role::Det)
        })
    };
    let adjacent = adjacent.filter(|&(a, _)| {
        !context::time_noun(t.word(a)) && !dummy(t.word(a)) && !t.word(a).ends_with("انه")
    });
    if adjacent.is_some() {
        return adjacent;
    }
    // `بازگشت مسی به ماراکانا پس از پنج سال`: else, closing the sentence, what it tells.
    if closes {
        subject_of_clause(t, p).or_else(|| before(t, p, end, Kind::Duration))
    } else {
        None
    }
}

/// The phrase at `j` when it is one noun that names nothing alone (`حضور`, `ادامه`) and a
/// preposition's phrase completes it: `حضور در مسند مدیریت تئاتر شهر`.
fn completed(t: &Tokens, j: usize) -> Option<(usize, usize)> {
    let (a, b) = phrase::forward(t, j)?;
    // `پس از ۴۰ سال یکی از برکات آن است`: a part is no lone noun.
    let lone = phrase::names_nothing(t, a, b)
        && !context::time_noun(t.word(a))
        && !matches!(t.word(a), "یکی" | "جمله");
    if !lone || phrase::role(t, b) != Role::Prep {
        return None;
    }
    let (c, d) = phrase::forward(t, b + 1)?;
    (!context::time_noun(t.word(c)) && !dummy(t.word(c))).then_some((a, d))
}

/// The subject of the clause after a reported period that opens it, closed by a comma: `در ۹۳
/// روز نخست امسال، مصرف گاز طبیعی فشرده ...`.
pub(super) fn opening_period(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    let close = (end..(end + 5).min(t.len())).find(|&k| {
        !matches!(
            phrase::role(t, k),
            Role::Noun | Role::Adj | Role::Adv | Role::Number | Role::Ending
        )
    })?;
    // A part of a year reported on (`نخست امسال`, `اول ۲۰۱۹`), not a span back or ahead
    // (`در ۱۵ سال اخیر،`), which only places the clause in time.
    let reported = (end..close).any(|k| reported(t, k) || t.word(k) == "امسال");
    if !reported || t.punct(close) != Some('،') {
        return None;
    }
    phrase::subject_forward(t, close + 1).filter(|&(a, _)| !context::time_noun(t.word(a)))
}

/// `۵ ماه اول`, `۹ ماه منتهی به دسامبر`: the word after a span makes it a part of a year
/// (or a game) reported on.
pub(super) fn reported(t: &Tokens, k: usize) -> bool {
    matches!(
        t.word(k),
        "نخست" | "اول" | "ابتدایی" | "دوم" | "سوم" | "پایانی" | "منتهی"
    )
}

/// `۴۱ سال پیش`, `۱۲ سال قبل`: a span back from now, not from an event (`قبل از`).
pub(super) fn ago(t: &Tokens, end: usize) -> bool {
    // Not `پیش بینی` (foresee) nor `پیش رو` (ahead).
    matches!(t.word(end), "پیش" | "قبل") && !matches!(t.word(end + 1), "از" | "بینی" | "رو" | "روی")
}

/// `نسبت به ۱۰ سال پیش`, `با ۱۰ سال قبل تفاوت دارد`, `مربوط به ۶۰ سال پیش`: a time ago the
/// text compares with or refers to is a point of reference; it places nothing.
pub(super) fn ago_referred(t: &Tokens, first: usize) -> bool {
    let before = |k: usize| if first > k { t.word(first - k) } else { "" };
    matches!(before(1), "با" | "مانند" | "مثل" | "همانند" | "مشابه")
        || (before(1) == "به" && matches!(before(2), "نسبت" | "مربوط" | "متعلق" | "مشابه"))
}

/// `۴ ساعت پس از مرگ`, `دو روز قبل از انتخابات`: the event a span is measured from.
pub(super) fn relative_to(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    let relative = matches!(t.word(end), "پس" | "بعد" | "قبل" | "پیش") && t.word(end + 1) == "از";
    relative
        .then(|| phrase::subject_forward(t, end + 2))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn a_span_after_names_a_lone_noun_with_what_completes_it() {
        let s = subject(
            "او پس از ۹ ماه حضور در مسند مدیریت تئاتر شهر کناره گرفت.",
            "۹",
        );
        assert!(s.is_some_and(|s| s.starts_with("حضور در مسند")));
    }

    #[test]
    fn a_time_ago_places_what_a_date_would_unless_it_is_a_reference() {
        let s = subject("دمیرتاش بیش از سه سال قبل، بازداشت شد.", "بیش");
        assert_eq!(s.as_deref(), Some("دمیرتاش"));
        let s = subject("وضع معیشت مردم نسبت به ۱۰ سال پیش تغییری نکرده است.", "۱۰");
        assert_eq!(s, None);
        let s = subject("وضعیت آمریکا با ۱۰ سال قبل تفاوت زیادی دارد.", "۱۰");
        assert_eq!(s, None);
    }
}
