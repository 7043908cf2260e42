//! A part of a group the sentence has already counted: `۱۵ متهم دارد که ۸ نفر از آنها
//! متواری‌اند`, `۴ میلیون ویزا صادر شد که بیش از نیمی از این رقم ...`: the group is what the
//! part measures, named by the noun the number before counts.

use super::super::context::{classifier, classifier_form, time_noun};
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::super::units::match_unit;

/// The noun the nearest number before the figure counts, when the figure is a part `از آنها`
/// (or `از این افراد`, `از این تعداد` ...) of what that number counted; `None` when the
/// sentence counted nothing by name (`۲۵ هزار نفر بودند که ۲۱ هزار نفر از آنها`).
pub(super) fn antecedent(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    let j = if classifier(t.word(end)) {
        end + 1
    } else {
        end
    };
    if t.word(j) != "از" || !pointed(t, j + 1) {
        return None;
    }
    let mut k = first;
    while k > 0 && !phrase::sentence_end(t, k - 1) {
        k -= 1;
        if phrase::role(t, k) != Role::Number {
            continue;
        }
        // `سال ۹۸`, `۲۰ فروردین`: a time counts no group.
        if k > 0 && time_noun(t.word(k - 1)) {
            return None;
        }
        let mut n = k + 1;
        while phrase::role(t, n) == Role::Number
            || (t.word(n) == "و" && phrase::role(t, n + 1) == Role::Number)
        {
            n += 1;
        }
        // `گروه ۸ نفره`: a number that describes names no group; `۲۰۰ گرم گوشت ... ۴۰ نفر از
        // آنها`: people are no part of what was weighed.
        let mut weighed = false;
        loop {
            if let Some(m) = match_unit(t, n).filter(|m| m.end > n) {
                n = m.end;
                weighed = true;
            } else if classifier_form(t.word(n)) == Some(false) {
                n += 1;
            } else if classifier_form(t.word(n)).is_some() {
                return None;
            } else {
                break;
            }
        }
        let people = matches!(t.word(end.saturating_sub(1)), "نفر" | "تن");
        if weighed && people {
            return None;
        }
        return phrase::subject_forward(t, n).filter(|&(a, _)| a == n && !time_noun(t.word(a)));
    }
    None
}

/// Whether the words at `k` point back at a group: `آنها`, `آنان`, `این افراد`, `این تعداد`.
fn pointed(t: &Tokens, k: usize) -> bool {
    match t.word(k) {
        "آنها" | "آن‌ها" | "آنان" | "اینها" | "این‌ها" => true,
        "آن" => t.word(k + 1) == "ها",
        "این" => {
            matches!(
                t.word(k + 1),
                "افراد" | "تعداد" | "میزان" | "رقم" | "عده" | "مبلغ"
            ) && !phrase::role(t, k + 2).nominal()
        }
        _ => false,
    }
}

/// `در جمع ۴ نفر نخست رنکینگ`, `۴ تیم برتر جدول`: the top so many of a ranking (the count
/// ending at `end`) are a part of it, named by the ranking after `نخست`, `برتر`.
pub(super) fn top_of(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    let top = end > 0
        && matches!(t.word(end - 1), "نفر" | "تیم")
        && matches!(t.word(end), "نخست" | "برتر" | "اول");
    if !top {
        return None;
    }
    phrase::subject_forward(t, end + 1).filter(|&(a, b)| {
        a == end + 1 && !(b == a + 1 && phrase::light(t, b)) && !time_noun(t.word(a))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn the_top_of_a_ranking_names_the_ranking() {
        let s = subject("او می‌خواهد در جمع ۴ نفر نخست رنکینگ قرار گیرد.", "۴");
        assert_eq!(s.as_deref(), Some("رنکینگ"));
    }

    #[test]
    fn a_part_of_a_counted_group_names_the_group() {
        let s = subject("این شرکت ۴۰ کارگر دارد که ۱۲ نفر از آنها زن هستند.", "۱۲");
        assert_eq!(s.as_deref(), Some("کارگر"));
        let s = subject(
            "این باشگاه ۹۰ ورزشکار دارد که نیمی از آنها زن هستند.",
            "نیمی",
        );
        assert_eq!(s.as_deref(), Some("ورزشکار"));
    }
}
