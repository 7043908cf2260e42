//! What a part is of: `۹۰ مورد مربوط به مدارس دولتی`, `۶ هکتار متعلق به شهرداری`: a figure
//! followed by `مربوط به` or `متعلق به` measures the share of what comes after, which a
//! table puts beside it.

use super::super::context::time_noun;
use super::super::phrase;
use super::super::token::Tokens;

/// The phrase after `مربوط به` or `متعلق به` right after the figure ending at `end`.
pub(super) fn related(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    if !matches!(t.word(end), "مربوط" | "متعلق") || t.word(end + 1) != "به" {
        return None;
    }
    // `مربوط به شهریورماه`: a time it belongs to places the figure, it is not what it measures.
    phrase::subject_forward(t, end + 2).filter(|&(a, _)| !time_noun(t.word(a)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn a_share_related_to_something_names_it() {
        let text = "از ۵۰۰ شکایت، ۳۰۰ مورد مربوط به خدمات بانکی و ۱۲ درصد مربوط به بیمه بود.";
        assert_eq!(subject(text, "۳۰۰").as_deref(), Some("خدمات بانکی"));
        assert_eq!(subject(text, "۱۲").as_deref(), Some("بیمه"));
        let s = subject("۴۰ درصد صادرات مربوط به نفت است.", "۴۰");
        assert_eq!(s.as_deref(), Some("صادرات"));
    }
}
