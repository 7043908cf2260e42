//! An indefinite noun right before a hedged figure: `سرمایه‌ای در حدود ۵۰ میلیارد تومان`,
//! `دمایی حدود ۳۵ درجه کلوین`, `مساحتی در حدود ۷ میلیون مایل مربع`: the figure is what that
//! noun amounts to, whatever words of the unit follow it.

use super::super::context::time_noun;
use super::super::lexicon::{self, Classes};
use super::super::phrase;
use super::super::token::Tokens;

/// The indefinite noun before `حدود` or `در حدود` at `hedge`, the first token of the figure's
/// hedge.
pub(super) fn amounted(t: &Tokens, hedge: usize) -> Option<(usize, usize)> {
    let mut k = hedge;
    if t.word(k) == "در" {
        k += 1;
    }
    if t.word(k) != "حدود" {
        return None;
    }
    let k = if hedge > 0 && t.word(hedge - 1) == "در" {
        hedge - 1
    } else {
        hedge
    };
    let noun = k.checked_sub(1)?;
    let w = t.word(noun);
    // `چیزی حدود ۳۰۰ سکه`: "something" names nothing, nor does a carrier (`به مبلغی`), and
    // `به تعبیری` is "so to say".
    if matches!(w, "چیزی" | "کسی" | "یکی" | "جایی" | "تعبیری") || super::clause::dummy(w)
    {
        return None;
    }
    // `با مساحتی`, `و دمایی`: the noun opens its phrase; not an adjective after a noun
    // (`تصادفات جاده‌ای`), a year's `میلادی` or a word after `به` (`به ارزیابی`, `به زودی`).
    // After `و` only past a clause (`سرد است و دمایی`), not a noun it is joined to (`نظارت و
    // بازرسی`, `تولید و جایگزینی`).
    let opens = noun > 0
        && match t.word(noun - 1) {
            "با" | "در" => true,
            "و" => noun > 1 && !phrase::role(t, noun - 2).nominal(),
            _ => false,
        };
    (opens && indefinite(w)).then_some((noun, noun + 1))
}

/// Whether `w` is a noun with the indefinite `ی`: `دمایی`, `اندازهای`, or `ی` after a
/// consonant (`مساحتی`); not a noun with a written ezafe (`امضای ... نماینده`), whose `ی`
/// follows a vowel and links it to what comes after.
fn indefinite(w: &str) -> bool {
    // `سالی`: "a year", a rate.
    let noun = |s: &str| lexicon::classes(s).has(Classes::NOUN) && !time_noun(s);
    if let Some(s) = w.strip_suffix("یی").or_else(|| w.strip_suffix("ای")) {
        return noun(s);
    }
    w.strip_suffix('ی')
        .is_some_and(|s| !s.ends_with(['ا', 'و', 'ه', 'ی']) && noun(s))
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn an_indefinite_noun_before_a_hedged_figure_is_its_subject() {
        // The output keeps the word as written, indefinite ending and all.
        let s = subject(
            "این شرکت با سرمایه‌ای در حدود ۵۰ میلیارد تومان تأسیس شد.",
            "در حدود",
        );
        assert!(s.is_some_and(|s| s.starts_with("سرمایه")));
        let s = subject("این سیاره سرد است و دمایی حدود ۴۰ درجه کلوین دارد.", "حدود");
        assert!(s.is_some_and(|s| s.starts_with("دما")));
        let s = subject("با امضای حدود ۸۰ نماینده مجلس تقدیم شد.", "حدود");
        assert_eq!(s.as_deref(), Some("نماینده مجلس"));
    }
}
