//! An amount given per span of time, then what it is of: `۱۷ هزار دلار در سال دستمزد دارند`,
//! `۵ میلیون تومان در ماه حقوق می‌گیرد`. The span only says how often; the noun after it is
//! what the amount measures.

use super::super::context;
use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::change_noun;

/// The noun after `در سال`/`در ماه` following a sum of money, when a verb or another amount of
/// the list closes it.
pub(super) fn per_time(t: &Tokens, end: usize, kind: Kind) -> Option<(usize, usize)> {
    if kind != Kind::Money || t.word(end) != "در" {
        return None;
    }
    if !matches!(t.word(end + 1), "سال" | "ماه" | "روز" | "هفته") {
        return None;
    }
    let j = end + 2;
    if phrase::role(t, j) != Role::Noun || context::time_noun(t.word(j)) || change_noun(t.word(j)) {
        return None;
    }
    let (a, b) = phrase::subject_forward(t, j)?;
    let closed = matches!(phrase::role(t, b), Role::Verb | Role::Conj)
        || phrase::light(t, b)
        || t.word(b).starts_with("دار")
        || t.word(b).starts_with("میگیر");
    closed.then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn an_amount_per_year_names_what_it_is_of() {
        let s = subject(
            "کارگران این کارخانه به طور میانگین ۹ هزار دلار در سال دستمزد و ۴۰۰ دلار پاداش دارند.",
            "۹",
        );
        assert_eq!(s.as_deref(), Some("دستمزد"));
        let s = subject("هر پزشک ۸۰ میلیون تومان در ماه درآمد دارد.", "۸۰");
        assert_eq!(s.as_deref(), Some("درآمد"));
    }

    #[test]
    fn a_span_that_is_a_date_is_no_rate() {
        let s = subject("صادرات کشور ۵ میلیارد دلار در سال گذشته بود.", "۵");
        assert_ne!(s.as_deref(), Some("گذشته"));
    }
}
