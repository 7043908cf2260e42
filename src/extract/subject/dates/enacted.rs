//! A law dated by the day it was passed (`قانون کار مصوب ۲۹/۹/۱۳۷۱`, `ماده ۷۱ قانون الحاق
//! مصوب ۱۳۸۰`): the date names the law, from its noun up to `مصوب`, not the words right
//! before `مصوب`, which are only the end of a long title (`... ذخایر جنگلی مصوب ۱۳۷۱`).

use super::super::super::phrase;
use super::super::super::token::Tokens;

/// How far back from `مصوب` a law's noun is looked for: titles run long (`قانون بیمه اجباری
/// خسارات وارد شده به شخص ثالث در اثر حوادث ناشی از وسایل نقلیه`).
const REACH: usize = 20;

/// The longest title kept, longer than other subjects: a law is named by its whole title
/// (`قانون حمایت از صنایع دستی`), and the table cell can wrap.
const TITLE: usize = 6;

/// The law a date after `مصوب` (`مصوب سال ۸۳`, `مصوب در سال ۱۹۹۷`) dates: its title from the
/// nearest law noun before, as long as a subject may be; else the phrase right before `مصوب`
/// (`بودجه مصوب سال ۸۷`).
pub(super) fn enacted(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let mut k = first.checked_sub(1)?;
    for skipped in ["سال", "در"] {
        if t.word(k) == skipped {
            k = k.checked_sub(1)?;
        }
    }
    if t.word(k) != "مصوب" {
        return None;
    }
    let law = (k.saturating_sub(REACH)..k)
        .rev()
        .take_while(|&j| !phrase::sentence_end(t, j))
        .find(|&j| law_noun(t.word(j)));
    // `قانون برنامه چهارم توسعه اقتصادی، اجتماعی و فرهنگی`: a list in the title closes
    // what the cell shows at its first comma.
    let title_end = |a: usize| {
        (a + 1..k.min(a + TITLE))
            .find(|&j| t.punct(j).is_some())
            .unwrap_or(k.min(a + TITLE))
    };
    match law {
        Some(a) => Some((a, title_end(a))),
        None => phrase::subject_backward(t, k).filter(|&(_, b)| b == k),
    }
}

/// Nouns of enacted texts.
fn law_noun(w: &str) -> bool {
    matches!(
        w,
        "قانون"
            | "قانونی"
            | "آییننامه"
            | "اصلاحیه"
            | "قطعنامه"
            | "لایحه"
            | "مصوبه"
            | "بخشنامه"
            | "دستورالعمل"
            | "اساسنامه"
            | "موافقتنامه"
            | "تصویبنامه"
    )
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::subject;

    #[test]
    fn a_date_after_passed_names_the_law_from_its_noun() {
        let s = subject(
            "این کار طبق ماده ۱۲ قانون حمایت از صنایع دستی مصوب ۱۳۸۵ انجام می‌شود.",
            "۱۳۸۵",
        );
        assert_eq!(s.as_deref(), Some("قانون حمایت از صنایع دستی"));
        let s = subject("طبق قانون کار مصوب سال ۱۳۶۹ عمل کردند.", "سال");
        assert_eq!(s.as_deref(), Some("قانون کار"));
        let s = subject(
            "بر اساس قانون برنامه ششم توسعه، اقتصادی و اجتماعی مصوب ۱۳۹۵ عمل شد.",
            "۱۳۹۵",
        );
        assert_eq!(s.as_deref(), Some("قانون برنامه ششم توسعه"));
    }

    #[test]
    fn with_no_law_noun_the_phrase_before_passed() {
        let s = subject("در بودجه مصوب سال ۹۸ شهرداری این رقم نیامده است.", "سال");
        assert_eq!(s.as_deref(), Some("بودجه"));
    }
}
