//! Who a date concerns when a person is named beside it: a title and a name right before it
//! (`دکتر مریم احمدی ۱۲ مهر`), or a name apposed before an office (`حمدالله محب، مشاور ...`).

use super::super::super::phrase::{self, Role};
use super::super::super::token::Tokens;
use super::super::super::words;

/// `وزیر مشاور در امور زنان دکتر مریم احمدی (روز دوشنبه) ۱۲ مهر`: a title and a name right
/// before a date (past the day words) are the person whose visit or word it dates, the title
/// and name taken whole whatever the phrase reader makes of a name.
pub(super) fn person_before(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let name = |k: usize| t.punct(k).is_none() && phrase::role(t, k) != Role::Prep;
    let title = (first.saturating_sub(5)..first)
        .rev()
        .take_while(|&k| name(k))
        .find(|&k| person_title(t.word(k)))?;
    (title + 1 < first).then_some((title, first))
}

/// `حمدالله محب، مشاور امنیت ملی رییس‌جمهور افغانستان ... ۲۹ خرداد`, `«کریستینا فرناندز» رئیس
/// جمهور آرژانتین`: the name apposed before an office is whom the date concerns.
pub(super) fn named_holder(t: &Tokens, (a, _): (usize, usize)) -> Option<(usize, usize)> {
    if !office(t.word(a)) || a < 2 {
        return None;
    }
    let close = a - 1;
    if t.punct(close) == Some('»') {
        return super::quoted(t, close, 5);
    }
    if t.punct(close) != Some('،') {
        return None;
    }
    let words = (close.saturating_sub(3)..close)
        .rev()
        .take_while(|&k| phrase::role(t, k) == Role::Noun && !office(t.word(k)))
        .count();
    let from = close - words;
    let opens = from == 0
        || matches!(t.punct(from - 1), Some('،' | '.' | '\n' | ':'))
        || words::is_and(t, from - 1);
    (words > 0 && opens).then_some((from, close))
}

/// Offices a name is apposed to (`وزیر`, `رئیس`, `مشاور`, `مدیرکل`, `سخنگوی`).
pub(in crate::extract::subject) fn office(w: &str) -> bool {
    matches!(
        w,
        "وزیر"
            | "رییس"
            | "مشاور"
            | "معاون"
            | "مدیرکل"
            | "مدیرعامل"
            | "سخنگوی"
            | "استاندار"
            | "فرماندار"
            | "سفیر"
            | "دبیر"
            | "دادستان"
            | "فرمانده"
    )
}

/// Titles a name follows: `دکتر`, `مهندس`, `آقای`, `خانم`, `سردار`, `حجت‌الاسلام`.
pub(super) fn person_title(w: &str) -> bool {
    matches!(
        w,
        "دکتر"
            | "مهندس"
            | "آقای"
            | "خانم"
            | "سردار"
            | "سرلشکر"
            | "سرتیپ"
            | "سرهنگ"
            | "تیمسار"
            | "پروفسور"
            | "حجتالاسلام"
            | "آیتالله"
    )
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::subject;

    #[test]
    fn a_visit_or_word_dated_names_the_person_not_the_bare_title() {
        for text in [
            "وزیر مشاور در امور زنان دکتر مریم احمدی روز دوشنبه ۱۲ مهر از بیمارستان بازدید کرد",
            "وزیر مشاور در امور زنان دکتر مریم احمدی ۱۲ مهر گفت که طرح اجرا می‌شود",
        ] {
            let s = subject(text, "۱۲");
            assert_eq!(s.as_deref(), Some("دکتر مریم احمدی"), "{text}");
        }
        // A name apposed before the office, after a comma or in guillemets.
        for text in [
            "به گزارش ایسنا، حمدالله محب، مشاور امنیت ملی رییس‌جمهور افغانستان صبح امروز چهارشنبه ۲۹ خرداد با وی دیدار کرد",
            "«حمدالله محب» مشاور امنیت ملی رییس‌جمهور افغانستان روز ۲۹ خرداد با وی دیدار کرد",
        ] {
            let s = subject(text, "۲۹");
            assert_eq!(s.as_deref(), Some("حمدالله محب"), "{text}");
        }
    }
}
