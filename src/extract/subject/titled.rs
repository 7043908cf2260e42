//! A name in quotes after a subject (`مستند «دبستان پارسی»`), which is part of it.

use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::Target;

/// `مستند «دبستان پارسی»`, `پهپاد جاسوسی "گلوبال هاوک"`, `شاخص "شنژن کامپوزیت"`: the name in
/// quotes right after a subject is part of it, which alone says only what sort of thing it
/// is. Not for a count, which counts the noun (`دو فیلم «بانوی من» و «سیزده۵۹»`), nor a name
/// the figure is part of.
pub(crate) fn with_name(t: &Tokens, (a, b): (usize, usize), f: &Target) -> (usize, usize) {
    let open = match t.punct(b) {
        Some('«') => '»',
        Some('"') => '"',
        _ => return (a, b),
    };
    if f.kind == Kind::Count || phrase::role(t, b - 1) != Role::Noun || b + 1 >= t.len() {
        return (a, b);
    }
    let close = (b + 2..(b + 9).min(t.len())).find(|&k| t.punct(k) == Some(open));
    let Some(close) = close else {
        return (a, b);
    };
    let inside = b + 1..close;
    let plain = !inside
        .clone()
        .any(|k| phrase::sentence_end(t, k) || t.punct(k).is_some());
    let apart = close < f.start || b > f.end;
    if plain && apart {
        (a, close + 1)
    } else {
        (a, b)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn the_name_in_quotes_after_a_subject_goes_with_it() {
        let s = subject("ساخت مستند «دبستان پارسی» حدود چهار سال زمان برد.", "حدود");
        assert_eq!(s.as_deref(), Some("ساخت مستند «دبستان پارسی»"));
        let s = subject("شاخص \"نزدک\" نیز ۱.۲ درصد بالا رفت.", "۱.۲");
        assert_eq!(s.as_deref(), Some("شاخص \"نزدک\""));
    }

    #[test]
    fn a_count_counts_the_noun_not_the_name() {
        let s = subject("او در دو فیلم «بانوی من» و «سیزده۵۹» بازی کرد.", "دو");
        assert_eq!(s.as_deref(), Some("فیلم"));
    }
}
