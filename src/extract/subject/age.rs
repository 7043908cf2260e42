//! Age brackets: `تیم ملی فوتسال زیر ۲۰ سال`, `افراد بالای ۶۰ سال`, `بازیکنان داوطلب زیر ۲۳
//! سال` name the people or the team the bracket is of, the phrase right before it, not what
//! follows (`زیر ۲۰ سال آسیا`, `زیر ۲۳ سال تست گیری بعمل خواهد آمد`).

use super::super::context;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::clause::dummy;

/// The subject of an age bracket whose words start at `first` (its `زیر` or `بالای`), when a
/// phrase stands right before it, not a place's (`سن اتوبوس‌ها در کشور بالای ۱۵ سال`, where
/// the bracket is a predicate).
pub(super) fn bracket(t: &Tokens, first: usize, unit: Option<&str>) -> Option<(usize, usize)> {
    if unit != Some("year") || !matches!(t.word(first), "زیر" | "بالای") {
        return None;
    }
    let (a, b) = phrase::subject_backward(t, first)?;
    let lead = a.checked_sub(1).map_or(Role::End, |k| phrase::role(t, k));
    let place = a > 0 && t.word(a - 1) == "در";
    let usable = b == first
        && !place
        && lead != Role::Number
        && !context::time_noun(t.word(a))
        && !dummy(t.word(a));
    usable.then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn an_age_bracket_names_whom_it_is_of() {
        let s = subject("تیم فوتسال زیر ۲۰ سال آسیا قهرمان شد.", "زیر");
        assert_eq!(s.as_deref(), Some("تیم فوتسال"));
        let s = subject(
            "از بازیکنان داوطلب زیر ۲۳ سال تست گیری بعمل خواهد آمد.",
            "زیر",
        );
        assert_eq!(s.as_deref(), Some("بازیکنان داوطلب"));
    }
}
