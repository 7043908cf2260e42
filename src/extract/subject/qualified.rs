//! An adjectival span qualifies the noun before it (`اردوی یک ماهه`, `پسر ۱۹ ساله`), past
//! the adjectives coordinated with it (`اردوی مشترک و تدارکاتی ۱۵ روزه`): that noun is what
//! the span is of, even inside a preposition's phrase (`پس از پایان اردوی یک ماهه`) or
//! counted by a number (`۲ پسر ۱۹ ساله`), where the rules of adjectival figures look past it.

use super::super::context;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::adjacent_before;
use super::clause::dummy;

/// The noun an adjectival span whose words start at `first` (the number at `start`, no hedge
/// before it) and end at `end` qualifies, when the rules of adjectival figures would not take
/// it: adjectives stand between, or the phrase before is a carrier (`پایان`), counted, or
/// none.
pub(super) fn qualified(
    t: &Tokens,
    first: usize,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    // `کمتر از سه ماهه`: a comparison; `مهلت ۶۰ روزه برای ...`: time allowed names what it is
    // for.
    if first != start || t.word(end) == "برای" {
        return None;
    }
    let adjacent = adjacent_before(t, first);
    // `پایان اردوی یک ماهه`, `آغاز کنفرانس امنیتی سه روزه`: past the carrier.
    if let Some((a, b)) = adjacent.filter(|&(a, b)| dummy(t.word(a)) && b > a + 1) {
        return usable(t, a + 1).then_some((a + 1, b));
    }
    let mut k = first.checked_sub(1)?;
    let mut past_adjectives = false;
    while k > 0 && first - k < 5 {
        let adjective = phrase::role(t, k) == Role::Adj;
        let and = t.word(k) == "و" && phrase::role(t, k - 1) == Role::Adj;
        if !(adjective || and) {
            break;
        }
        k -= 1;
        past_adjectives = true;
    }
    // `کارت های`: a plural ending written apart goes with its noun.
    let (k, b) = if phrase::role(t, k) == Role::Ending && k > 0 {
        (k - 1, k + 1)
    } else {
        (k, k + 1)
    };
    let noun = phrase::role(t, k) == Role::Noun && usable(t, k) && !phrase::names_nothing(t, k, b);
    // `قرارداد ۳ ساله`: the rules of adjectival figures take a phrase right before.
    (noun && (past_adjectives || adjacent.is_none())).then_some((k, b))
}

/// Not a time, a carrier, or a unit (`رشد ۳.۳ درصدی سه ماهه`).
fn usable(t: &Tokens, k: usize) -> bool {
    let w = t.word(k);
    let unit = |w: &str| crate::extract::units::unit_word(w).is_some();
    !(context::time_noun(w)
        || dummy(w)
        || matches!(w, "زمان" | "وقت")
        || unit(w)
        || w.strip_suffix('ی').is_some_and(unit))
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn an_adjectival_span_names_the_noun_it_qualifies() {
        let s = subject(
            "تیم ملی پس از پایان اردوی یک ماهه ماهشهر به کرمانشاه می‌رود.",
            "یک",
        );
        assert_eq!(s.as_deref(), Some("اردو"));
        let s = subject("آغاز کنفرانس امنیتی سه روزه مونیخ", "سه");
        assert_eq!(s.as_deref(), Some("کنفرانس امنیتی"));
        let s = subject("۲ پسر ۱۹ ساله که زورگیری می‌کردند دستگیر شدند.", "۱۹");
        assert_eq!(s.as_deref(), Some("پسر"));
        let s = subject("رشد ۳.۳ درصدی سه ماهه منتهی به مارس کمتر است.", "سه");
        assert_ne!(s.as_deref(), Some("درصدی"));
    }
}
