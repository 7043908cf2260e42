//! What a multiplier (`۴ برابر`) multiplies. The noun after `N برابر` is the base it is
//! compared with (`تلفات آلودگی هوا ۲ برابر آمار تصادفات است`), so what was multiplied stands
//! before it, as the clause's subject or object (`هزینه انشعاب ۴ برابر شده است`); only a change
//! made an adjective names it after (`افزایش ۴ برابری انشعاب برق`), as does an infinitive
//! (`دو برابر شدن قیمت بنزین`).

use super::super::context;
use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::clause::{before, subject_of_clause};
use super::{adjacent_before, after, change_noun};

/// The subject of a multiplier spanning `first..end` when these forms decide it, else `None`
/// (the rules every count follows).
pub(super) fn multiplied(
    t: &Tokens,
    first: usize,
    end: usize,
    adjectival: bool,
) -> Option<Option<(usize, usize)>> {
    if adjectival {
        // `در خصوص افزایش ۴ برابری انشعاب برق`: a change closing a longer phrase before.
        let (a, b) = adjacent_before(t, first)?;
        let changed = b > a + 1 && change_noun(t.word(b - 1));
        return changed
            .then(|| after(t, end, Kind::Count))
            .flatten()
            .map(Some);
    }
    if matches!(t.word(end), "شدن" | "کردن") {
        return Some(phrase::subject_forward(t, end + 1));
    }
    if !compared(t, end) {
        return None;
    }
    // `کودک آزاری در کشور بعد از شیوع ویروس کرونا تا کنون ۵ برابر شده است`: what became so
    // many times as much opens its clause; adjuncts of time and place stand between.
    let became = matches!(t.word(end), "شد" | "شده" | "می‌شود" | "میشود");
    let opening = became
        .then(|| subject_of_clause(t, first))
        .flatten()
        .filter(|&(a, _)| !context::time_noun(t.word(a)));
    Some(opening.or_else(|| before(t, first, end, Kind::Count)))
}

/// Whether the multiplier compares its subject with what follows: a comparative (`۱۰ برابر
/// سریع‌تر`), its own verb (`۴ برابر شده است`), or a base the clause ends on (`۲ برابر آمار
/// تصادفات است`). Not a quantity so many times a base (`۱۰ برابر درآمد مشمول مالیات`, `با
/// قدرت ۴۰۰ برابر بزرگ‌نمایی`).
fn compared(t: &Tokens, end: usize) -> bool {
    let w = t.word(end);
    let copula = |k: usize| matches!(t.word(k), "است" | "بود" | "بوده" | "باشد" | "هست");
    // `۱۲۰۰ برابر سمی‌تر از سیانور`: a comparative, known or closing its phrase.
    let comparative = w.ends_with("تر")
        && (phrase::role(t, end) == Role::Adj
            || t.word(end + 1) == "از"
            || copula(end + 1)
            || phrase::role(t, end + 1) == Role::Verb);
    if comparative || copula(end) || matches!(w, "شد" | "شده" | "می‌شود" | "میشود")
    {
        return true;
    }
    // Not past a participle (`دو برابر ارزش جنس قاچاق شده را`).
    phrase::role(t, end) == Role::Noun && phrase::forward(t, end).is_some_and(|(_, b)| copula(b))
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn a_multiplier_names_what_it_multiplies_not_its_base() {
        let s = subject("تلفات آلودگی هوا ۲ برابر آمار تصادفات جاده‌ای است", "۲");
        assert_eq!(s.as_deref(), Some("تلفات آلودگی هوا"));
        let s = subject("هزینه انشعاب برق هم‌اکنون ۴ برابر شده است.", "۴");
        assert_eq!(s.as_deref(), Some("هزینه انشعاب برق"));
        let s = subject("نمایندگان درباره افزایش ۴ برابری انشعاب برق پرسیدند.", "۴");
        assert_eq!(s.as_deref(), Some("انشعاب برق"));
    }
}
