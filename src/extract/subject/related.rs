//! What a part is of: `۹۰ مورد مربوط به مدارس دولتی`, `۶ هکتار متعلق به شهرداری`: a figure
//! followed by `مربوط به` or `متعلق به` measures the share of what comes after, which a
//! table puts beside it; so does a share of a whole told before it that one clause of a
//! breakdown gives to something (`۲۳ درصد آن در حوزه دارو بود و ۶ درصد هم برای لاستیک`).

use super::super::context::time_noun;
use super::super::phrase;
use super::super::token::Tokens;

/// The phrase after `مربوط به` or `متعلق به` right after the figure ending at `end`, or
/// after `در` or `برای` when a share is given to it (`share`: the figure is a percent).
pub(super) fn related(t: &Tokens, end: usize, share: bool) -> Option<(usize, usize)> {
    // `۲۳ درصد آن`, `یک درصد هم`: a part of the whole told before.
    let part = share && matches!(t.word(end), "آن" | "هم" | "نیز");
    let j = end + usize::from(part);
    let belongs = matches!(t.word(j), "مربوط" | "متعلق") && t.word(j + 1) == "به";
    let given = part && matches!(t.word(j), "در" | "برای");
    let at = if belongs {
        j + 2
    } else if given {
        j + 1
    } else {
        return None;
    };
    // `مربوط به شهریورماه`: a time it belongs to places the figure, it is not what it
    // measures; `در کشور`: nor does a lone place the breakdown is within.
    phrase::subject_forward(t, at)
        .filter(|&(a, _)| !time_noun(t.word(a)))
        .filter(|&(a, b)| !(given && b == a + 1 && matches!(t.word(a), "کشور" | "استان" | "شهر")))
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

    #[test]
    fn a_share_of_a_breakdown_names_what_it_went_to() {
        let text = "از این بودجه ۶۰ درصد آن در بخش آموزش و ۱۵ درصد هم برای ورزش مصرف شد.";
        assert_eq!(subject(text, "۶۰").as_deref(), Some("بخش آموزش"));
        assert_eq!(subject(text, "۱۵").as_deref(), Some("ورزش"));
        let s = subject("طرح‌ها با پیشرفت ۹۰ درصد هم در کشور اجرا می‌شوند.", "۹۰");
        assert_ne!(s.as_deref(), Some("کشور"));
    }
}
