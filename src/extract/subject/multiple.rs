//! What a multiplier (`۴ برابر`) multiplies. The noun after `N برابر` is the base it is
//! compared with (`تلفات آلودگی هوا ۲ برابر آمار تصادفات است`), so what was multiplied stands
//! before it, as the clause's subject or object (`هزینه انشعاب ۴ برابر شده است`); only a change
//! made an adjective names it after (`افزایش ۴ برابری انشعاب برق`), as does an infinitive
//! (`دو برابر شدن قیمت بنزین`).

use super::super::context;
use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::clause::{before, object, subject_of_clause};
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
    // `سه برابر بیشتر در معرض خطر مرگ قرار دارند`: a multiplied exposure names the risk.
    if t.word(end).ends_with("تر") && t.word(end + 1) == "در" && t.word(end + 2) == "معرض" {
        if let Some(np) = phrase::subject_forward(t, end + 3) {
            return Some(Some(np));
        }
    }
    // `خطر مرگ را در بیماران سه برابر می‌کند`: what was made so many times is the object.
    if made(t, end) {
        if let Some(np) = object_before(t, first) {
            return Some(Some(np));
        }
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

/// Whether a form of `کردن` follows the multiplier (`سه برابر کرد`, `دو برابر می‌کند`).
fn made(t: &Tokens, end: usize) -> bool {
    let w = match t.word(end) {
        "می" | "نمی" => t.word(end + 1),
        w => w,
    };
    let w = ["نمی", "می"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .unwrap_or(w);
    ["کرد", "کن"].iter().any(|stem| w.starts_with(stem))
}

/// The object of the clause a multiplier ends, marked by `را` before it with no verb between.
fn object_before(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let ra = (first.saturating_sub(15)..first)
        .rev()
        .take_while(|&k| phrase::before_verb(t, k))
        .find(|&k| phrase::role(t, k) == Role::Ra)?;
    object(t, ra)
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

    #[test]
    fn a_multiplied_risk_names_the_risk() {
        let s = subject(
            "سیگاری‌ها سه برابر بیشتر در معرض خطر سکته قلبی قرار دارند.",
            "سه",
        );
        assert_eq!(s.as_deref(), Some("خطر سکته قلبی"));
        let s = subject(
            "کم‌خوابی خطر ابتلا به دیابت را در نوجوانان دو برابر می‌کند.",
            "دو",
        );
        assert_eq!(s.as_deref(), Some("خطر ابتلا"));
    }
}
