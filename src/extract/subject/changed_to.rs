//! The level a change arrived at: `حکایت از افزایش نرخ بیکاری در این کشور به ۴.۳ درصد`, `در
//! جهت کاهش تورم به ۲۵ درصد`: the figure after `به` is what the noun phrase after the change
//! became; the figure after `از` what it was (`کاهش نرخ تورم از ۳.۴ درصد`), or the mark a
//! crossing passed (`عبور ذخایر اورانیوم ایران از مرز ۳۰۰ کیلوگرم`).

use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::change_noun;

/// How far before `به` the change is looked for, in tokens.
const REACH: usize = 8;

/// The phrase a change noun governs when the figure from `first` to `end` follows `به` after
/// it; not when a noun after the figure is what it counts (`افزایش صادرات به ۱۵ کشور`).
pub(super) fn changed_to(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    let mut to = first.checked_sub(1)?;
    // `از مرز ۳۰۰ کیلوگرم`: the mark passed stands between `از` and the figure.
    if matches!(t.word(to), "مرز" | "سقف") {
        to = to.checked_sub(1)?;
    }
    let from = t.word(to) == "از";
    if !from && t.word(to) != "به" {
        return None;
    }
    // `۳۰۰ کیلوگرم واکنش نشان داد`: a noun that is half of the verb after counts nothing.
    let counted = phrase::subject_forward(t, end).is_some_and(|(a, b)| {
        a == end && !(b == a + 1 && (phrase::light(t, b) || phrase::light(t, b + 1)))
    });
    if counted {
        return None;
    }
    let c = (to.saturating_sub(REACH)..to)
        .rev()
        .take_while(|&k| !phrase::sentence_end(t, k) && t.punct(k).is_none())
        .find(|&k| change_noun(t.word(k)) || (from && matches!(t.word(k), "عبور" | "گذر")))?;
    // `رشد اقتصادی انگلیس`, `نرخ رشد`: growth is mostly what is measured, and a change inside
    // a phrase (`سناریوی سقوط قیمت‌ها`) is that phrase's; the change opens its own here.
    let opens = c == 0 || !phrase::role(t, c - 1).nominal();
    if t.word(c).starts_with("رشد") || !opens {
        return None;
    }
    let (a, b) = phrase::subject_forward(t, c + 1).filter(|&(a, _)| a == c + 1)?;
    // `نرخ بیکاری در این کشور به`: a place may stand between the phrase and `به`; so may the
    // rest of the phrase past a participle (`ذخایر اورانیم غنی شده ایران از`).
    let rest = b == to
        || (b < to && t.word(b) == "در")
        || (to - b <= 3
            && (b..to).any(|k| phrase::role(t, k) == Role::Participle)
            && (b..to).all(|k| matches!(phrase::role(t, k), Role::Noun | Role::Participle)));
    rest.then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn the_level_a_change_arrived_at_names_what_changed() {
        let s = subject(
            "آمارها حکایت از افزایش نرخ بیکاری در این کشور به ۶.۲ درصد دارد.",
            "۶.۲",
        );
        assert_eq!(s.as_deref(), Some("نرخ بیکاری"));
        let s = subject("با کاهش نرخ سود بانکی به ۱۵ درصد موافقت شد.", "۱۵");
        assert_eq!(s.as_deref(), Some("نرخ سود بانکی"));
    }

    #[test]
    fn the_level_a_change_left_or_a_crossing_passed_names_what_moved() {
        let s = subject(
            "وزیر از کاهش نرخ تورم از ۳.۴ درصد به ۲.۸ درصد خبر داد.",
            "۳.۴",
        );
        assert_eq!(s.as_deref(), Some("نرخ تورم"));
        let s = subject(
            "اروپا نیز از عبور ذخیره اورانیوم ایران از مرز ۳۰۰ کیلوگرم ابراز نگرانی کرد.",
            "۳۰۰",
        );
        assert_eq!(s.as_deref(), Some("ذخیره اورانیوم ایران"));
        let s = subject(
            "او درباره عبور ذخایر اورانیوم غنی شده ایران از مرز ۳۰۰ کیلوگرم گفت.",
            "۳۰۰",
        );
        assert_eq!(s.as_deref(), Some("ذخایر اورانیوم"));
        // Not a crossing from a place the figure counts.
        let s = subject("عبور زائران از ۲۲ استان کشور آغاز شد.", "۲۲");
        assert_eq!(s.as_deref(), Some("استان کشور"));
    }
}
