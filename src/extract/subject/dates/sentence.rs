//! The event a date's sentence tells of, when no phrase next to the date says what it places.

use super::super::super::context;
use super::super::super::phrase::{self, Role};
use super::super::super::token::Tokens;
use super::reference;

/// The event a date in a sentence places, when no phrase next to it says: the nearest noun
/// of an event in its sentence (`انتخابات`, `مسابقات`, `جلسه`, `مراسم`, `اکران`, `زلزله`),
/// with the phrase it heads. A date of reference (`نسبت به سال ۹۰`) places nothing.
pub(in super::super) fn event(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    if reference(t, first) {
        return None;
    }
    let reach = 30;
    let left = phrase::back_in_sentence(t, first, reach);
    let right = phrase::on_in_sentence(t, end, reach);
    // Persian puts the subject first: one before the date is nearer than one as far after.
    let near = |k: usize| {
        if k < first {
            first - k
        } else {
            2 * (k + 1 - end)
        }
    };
    let at = left
        .chain(right)
        // `بیست و دومین جشنواره`: an edition is part of a name, not the event.
        .filter(|&k| {
            event_noun(t.word(k))
                && !(k > 0 && k != end && phrase::role(t, k - 1) == Role::Number)
                // `بازی کرد`, `دیدار کنند`: half of a verb.
                && !matches!(
                    phrase::role(t, k + 1),
                    Role::Verb | Role::Participle | Role::Infinitive
                )
        })
        .min_by_key(|&k| near(k));
    // `در پایان فصل ۲۱-۲۰۲۰`: the years of a season, when the sentence names no event, name
    // the season.
    let season = first > 0 && matches!(t.word(first - 1), "فصل" | "فصول");
    let Some(at) = at else {
        // (Not `then_some`: its pair would be computed, and underflow, at the text's start.)
        return if season {
            Some((first - 1, first))
        } else {
            None
        };
    };
    // `این فیلم`: the pointer goes with what it points at.
    let from = if at > 0 && matches!(t.word(at - 1), "این" | "آن") {
        at - 1
    } else {
        at
    };
    phrase::subject_forward(t, from).or(Some((at, at + 1)))
}

/// Nouns of events a date places: meetings, ceremonies, contests, votes, releases, quakes.
pub(in super::super) fn event_noun(w: &str) -> bool {
    let stem = context::plural_stem(w).unwrap_or(w);
    [w, stem].into_iter().any(|w| {
        matches!(
            w,
            "جلسه"
                | "جلسات"
                | "نشست"
                | "مجمع"
                | "مراسم"
                | "آیین"
                | "همایش"
                | "اجلاس"
                | "کنفرانس"
                | "کنگره"
                | "جشنواره"
                | "نمایشگاه"
                | "مسابقه"
                | "مسابقات"
                | "رقابت"
                | "بازی"
                | "دیدار"
                | "انتخابات"
                | "اکران"
                | "نمایش"
                | "فیلم"
                | "زلزله"
                | "سیل"
                | "حادثه"
                | "انفجار"
                | "حمله"
                | "سفر"
                | "دادگاه"
                | "محاکمه"
                | "افتتاح"
                | "افتتاحیه"
                | "اختتامیه"
                | "پرتاب"
                | "انتشار"
                | "ثبت‌نام"
                | "ثبتنام"
                | "آزمون"
                | "کنکور"
                | "تور"
                | "اردو"
                | "یونیورسیاد"
                | "فینال"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::subject;

    #[test]
    fn a_season_named_by_its_years_is_the_season() {
        let s = subject(
            "او احتمالا در پایان فصل ۲۳-۲۰۲۲ این شهر را ترک خواهد کرد",
            "۲۳",
        );
        assert_eq!(s.as_deref(), Some("فصل"));
    }
}
