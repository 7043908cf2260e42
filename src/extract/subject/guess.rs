//! The guesses made when no rule decides what a figure measures: for counts, amounts and
//! results the nearest noun phrase of the sentence; for times, only what their clause shows.

use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::super::{context, units};
use super::{
    change_noun, clause, counted, dates, first_of, period, restated, speaking, speech_verb, Target,
};

/// Counts, amounts and results always measure something the text names: when no rule finds
/// it, the nearest noun phrase of the sentence is the best guess a desk would make. Times
/// and ranks may name nothing.
pub(crate) fn fallback(t: &Tokens, f: &Target) -> Option<(usize, usize)> {
    match f.kind {
        // `انتخابات فدراسیون قرار است ۱۶ تیر برگزار شود`: a date places the event its
        // sentence tells of.
        Kind::Year | Kind::Date => dates::event(t, first_of(t, f), f.end),
        Kind::Ordinal => None,
        Kind::Duration => {
            let first = first_of(t, f);
            period::opened_after(t, first, f.end)
                .or_else(|| period::related(t, first, f.end))
                .filter(|&np| !restated(t, f, np))
        }
        _ => nearest(t, f.start, f.end).filter(|&np| !restated(t, f, np)),
    }
}

/// The noun phrase nearest to a figure in its sentence: before it, else after it.
fn nearest(t: &Tokens, start: usize, end: usize) -> Option<(usize, usize)> {
    let stop = |k: usize| phrase::sentence_end(t, k) || t.punct(k) == Some(':');
    // `وزیر گفت که ۵۰ درصد ...`: what was said starts at `که`; the speaker is no subject.
    let said = |k: usize| t.word(k) == "که" && k > 0 && speech_verb(t, k - 1);
    let mut k = start;
    while k > 0 && !stop(k - 1) && !said(k - 1) && start - k < 12 {
        let usable = |&(a, b): &(usize, usize)| {
            !counted(t, a)
                && !speaking(t, (a, b), true)
                && !context::time_noun(t.word(a))
                && !clause::compared_to(t, a)
                && !matches!(t.word(a), "مقایسه" | "قیاس")
        };
        if let Some(np) = phrase::subject_backward(t, k).filter(usable) {
            return Some(np);
        }
        k -= 1;
    }
    (end..(end + 8).min(t.len()))
        .take_while(|&j| !stop(j) && phrase::role(t, j) != Role::Conj)
        .find_map(|j| phrase::subject_forward(t, j).filter(|_| phrase::role(t, j) != Role::Number))
        .filter(|&(a, _)| !context::time_noun(t.word(a)))
        // `از ۴۹ میلیارد دلار به ۴۷ میلیارد دلار رسید`: another figure's unit names nothing;
        // one restating this figure in brackets is passed over (`حدود ۳ اونس (۸۵ گرم) گوشت`).
        .filter(|&(a, _)| {
            let unit = units::unit_word(t.word(a)).is_some() || context::classifier(t.word(a));
            !(counted(t, a) && unit && t.punct(a + 1) != Some(')'))
        })
        // `۱۴۰ درصد نسبت به مدت مشابه سال قبل افزایش داشته`: what it is compared with never.
        .filter(|&(a, _)| !clause::compared_to(t, a))
        // `۲۳ درصد رشد را شاهد بوده‌ایم`: a change alone is no subject.
        .filter(|&(a, b)| !(b == a + 1 && change_noun(t.word(a))))
}
