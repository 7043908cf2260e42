//! The level a change arrived at: `حکایت از افزایش نرخ بیکاری در این کشور به ۴.۳ درصد`, `در
//! جهت کاهش تورم به ۲۵ درصد`: the figure after `به` is what the noun phrase after the change
//! became.

use super::super::phrase;
use super::super::token::Tokens;
use super::change_noun;

/// How far before `به` the change is looked for, in tokens.
const REACH: usize = 8;

/// The phrase a change noun governs when the figure from `first` to `end` follows `به` after
/// it; not when a noun after the figure is what it counts (`افزایش صادرات به ۱۵ کشور`).
pub(super) fn changed_to(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    let to = first.checked_sub(1).filter(|&k| t.word(k) == "به")?;
    if phrase::subject_forward(t, end).is_some_and(|(a, _)| a == end) {
        return None;
    }
    let c = (to.saturating_sub(REACH)..to)
        .rev()
        .take_while(|&k| !phrase::sentence_end(t, k) && t.punct(k).is_none())
        .find(|&k| change_noun(t.word(k)))?;
    // `رشد اقتصادی انگلیس`, `نرخ رشد`: growth is mostly what is measured, and a change inside
    // a phrase (`سناریوی سقوط قیمت‌ها`) is that phrase's; the change opens its own here.
    let opens = c == 0 || !phrase::role(t, c - 1).nominal();
    if t.word(c).starts_with("رشد") || !opens {
        return None;
    }
    let (a, b) = phrase::subject_forward(t, c + 1).filter(|&(a, _)| a == c + 1)?;
    // `نرخ بیکاری در این کشور به`: a place may stand between the phrase and `به`; nothing else.
    let rest = b == to || (b < to && t.word(b) == "در");
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
}
