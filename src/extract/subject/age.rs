//! Age brackets: `تیم ملی فوتسال زیر ۲۰ سال`, `افراد بالای ۶۰ سال`, `بازیکنان داوطلب زیر ۲۳
//! سال` name the people or the team the bracket is of, the phrase right before it, not what
//! follows (`زیر ۲۰ سال آسیا`, `زیر ۲۳ سال تست گیری بعمل خواهد آمد`). An age after a quoted
//! name is that person's (`"سعد مصطفی ذره"، ۱۵ ساله`).

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

/// `«راعد ابوزید»، ۱۴ ساله`, `فردی به نام "ح ـ س" ۳۰ ساله اهل کرمانشاه`: news copy gives
/// the arrested, the wounded and the dead by a name in quotes with the age after it (past a
/// comma), so the age is the person's, whatever the clause around says of them.
pub(super) fn named(
    t: &Tokens,
    first: usize,
    unit: Option<&str>,
    adjectival: bool,
) -> Option<(usize, usize)> {
    if unit != Some("year") || !adjectival {
        return None;
    }
    let mut k = first;
    if k > 0 && matches!(t.punct(k - 1), Some('،' | ',')) {
        k -= 1;
    }
    let close = k.checked_sub(1)?;
    let opening = match t.punct(close)? {
        '"' => '"',
        '»' => '«',
        _ => return None,
    };
    // A name is a few words; a quote further back is another's.
    let open = (close.saturating_sub(8)..close)
        .rev()
        .find(|&j| t.punct(j) == Some(opening))?;
    let inside = open + 1..close;
    let name = !inside.is_empty() && !inside.clone().any(|j| phrase::sentence_end(t, j));
    name.then_some((open + 1, close))
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

    #[test]
    fn an_age_after_a_quoted_name_is_the_persons() {
        let s = subject(
            "دو نفر به نام‌های \"رضا ک\"، ۲۳ ساله و \"مهدی س\"، ۱۹ ساله دستگیر شدند.",
            "۱۹",
        );
        assert_eq!(s.as_deref(), Some("مهدی س"));
        let s = subject("سه کودک از جمله «سارا احمدی» ۹ ساله زخمی شدند.", "۹");
        assert_eq!(s.as_deref(), Some("سارا احمدی"));
        let s = subject("مردی ۴۰ ساله \"از کرج\" دستگیر شد.", "۴۰");
        assert_ne!(s.as_deref(), Some("از کرج"));
    }
}
