//! When a number word alone counts something: `یک` as a number or as "a" (`یک نفر کشته شد`
//! against `یک مقام گفت`), and counts that stand in a list or are set against each other.

use super::super::figure::Kind;
use super::super::units;
use super::super::words::{self, Lex};
use super::super::{context, phrase};
use super::{prefix_word, Scanner};

impl Scanner<'_, '_> {
    /// A number in words on its own (no unit) is a figure only when it counts something;
    /// `یک` ("a") and `صفر` (`به صفر رسید`) never are, and `نه` ("no"), `سی` (the letter C),
    /// `ده` (village) and `شش` (lung) need a count noun.
    pub(super) fn lone_word_counts(&self, i: usize, end: usize, has_subject: bool) -> bool {
        let next = self.t.word(end);
        match self.t.word(i) {
            "یک" | "one" => self.counts_one(i, end),
            // `نیمی از مردم`: half of.
            "نیمی" => next == "از",
            "صفر" | "zero" => false,
            // `نه ... و نه`: neither ... nor.
            "نه" => context::classifier(next),
            "سی" | "ده" => {
                context::classifier(next) || self.listed(i, end) || self.compared(i, end)
            }
            // `شش آنزیم` counts; `سرطان شش` is the lung.
            "شش" => {
                context::classifier(next)
                    || self.listed(i, end)
                    || (has_subject && !organ_of(prefix_word(self.t, i)))
            }
            // `هر دو تیم`: both; but `از هر هشت نفر یک نفر`: one in eight.
            _ => has_subject && (prefix_word(self.t, i) != "هر" || self.one_in(i, end)),
        }
    }

    /// `یک` is mostly "a" (`فقط یک شوخی`, `یک اتفاق دیگر`); it counts only where the text
    /// weighs the number: a hedge before it (`کمتر از یک ماه`), a span of time (`بعد از یک
    /// ساعت`), or other counts beside it (`یک شهرستان و پنج بخش`). `هر یک` is "each".
    pub(super) fn counts_one(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let prev = prefix_word(t, i);
        // `فراتر از یک بازی`: more than a mere game.
        if matches!(prev, "هر" | "each") || (i >= 2 && t.word(i - 2) == "فراتر") {
            return false;
        }
        let unit = units::match_unit(t, end)
            .and_then(|m| (m.unit.kind == Kind::Duration).then_some(m.unit.code));
        // `یک ماه بستری بود`, `یک هفته به تعویق افتاد`: a week, a month or a year is a span
        // of time; `یک روز` and `یک ساعت` are as often "one day", "at one point".
        // `در یک ماه آینده`: the coming month, no count.
        let relative = matches!(t.word(end + 1), "آینده" | "گذشته" | "اخیر" | "پیش" | "قبل");
        let long_span = matches!(unit, Some(Some("week" | "month" | "year"))) && !relative;
        let duration = unit.is_some();
        // `یک نفر کشته شد`, `تنها یک نفر`, `فقط یک نوبت`: one the copy counts.
        let only = matches!(prev, "تنها" | "فقط" | "only" | "just");
        let person = t.word(end) == "نفر" && (end + 1..end + 4).any(|k| casualty(t.word(k)));
        let counted = only && (context::classifier(t.word(end)) || t.word(end) == "نوبت");
        // `با یک گل مغلوب شد`, `یک گل زد`: one goal.
        let goal = t.word(end) == "گل"
            && (matches!(prev, "با" | "تنها" | "فقط")
                || (end + 1..end + 4).any(|k| goal_verb(t.word(k))));
        context::qualifier_before(t, i).is_some()
            || long_span
            || person
            || counted
            || goal
            || (duration && matches!(prev, "از" | "طی" | "ظرف" | "مدت" | "after" | "for"))
            || self.listed(i, end)
            || self.compared(i, end)
    }

    /// Whether `یک` counts the noun of the number at `i..end` close by: `یک نفر از هر هشت نفر`.
    fn one_in(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let noun = t.word(end);
        let one = |k: usize| t.word(k) == "یک" && t.word(k + 1) == noun;
        let sentence = |k: &usize| !phrase::sentence_end(t, *k);
        (i.saturating_sub(4)..i).rev().take_while(sentence).any(one)
            || (end + 1..(end + 4).min(t.len()))
                .take_while(sentence)
                .any(one)
    }

    /// Whether the noun the number at `i..end` counts is counted again close by, the two set
    /// against each other (`یک نمونه در برابر ده نمونه`, `از هر ۱۰ نمونه، یک نمونه`, `یک نفر
    /// از ۱۲ نفر`): then each is a count. Not two mentions side by side (`یک مقام گفت ۵ مقام
    /// دیگر`).
    fn compared(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let noun = t.word(end);
        if noun.is_empty() || context::stopword(noun) {
            return false;
        }
        let counts_noun = |k: usize| {
            k != i
                && t.word(k + 1) == noun
                && (t.word(k) != "یک" || t.word(i) != "یک")
                && words::parse(t, k).is_some_and(|e| e.end == k + 1)
        };
        let set_against = |a: usize, b: usize| {
            (a.saturating_sub(2)..b).any(|k| {
                matches!(
                    t.word(k),
                    "برابر" | "مقابل" | "نسبت" | "هر" | "ازای" | "از" | "versus" | "of"
                )
            })
        };
        let near =
            |k: usize| (k.abs_diff(i) <= 7) && counts_noun(k) && set_against(k.min(i), k.max(i));
        let sentence = |k: &usize| !phrase::sentence_end(t, *k);
        (i.saturating_sub(7)..i)
            .rev()
            .take_while(sentence)
            .any(near)
            || (end + 1..(end + 7).min(t.len()))
                .take_while(sentence)
                .any(near)
    }

    /// Whether the count at `i..end` stands in a list of counts: `۱۳ برد و شش تساوی`.
    pub(super) fn listed(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let after = phrase::forward(t, end).map_or(end, |(_, b)| b);
        // `۱۰ ورزشکار مرد و شش ورزشکار زن`: a number counting a noun, up to three words,
        // then `و` (not an amount: `۳۰ میلیون درهم و یک شرکت`).
        let counts_noun = |k: usize| {
            t.digits(k).is_some()
                && units::match_unit(t, k + 1).is_none()
                && !matches!(words::lookup(t.word(k + 1)), Some(Lex::Mult(_)))
        };
        let counted_before = i >= 3
            && words::is_and(t, i - 1)
            && (i.saturating_sub(5)..i - 2)
                .rev()
                .take_while(|&k| t.digits(k).is_some() || !t.word(k).is_empty())
                .any(counts_noun);
        let count_after = after > end
            && words::is_and(t, after)
            && words::parse(t, after + 1)
                .is_some_and(|e| !e.lone_word || t.word(after + 1) != "یک");
        counted_before || count_after
    }
}

/// What a goal does in a match report: `یک گل زد`, `با یک گل مغلوب شد`.
fn goal_verb(word: &str) -> bool {
    matches!(
        word,
        "زد" | "زده"
            | "زدند"
            | "خورد"
            | "خورده"
            | "دریافت"
            | "مغلوب"
            | "شکست"
            | "پیروز"
            | "برد"
    )
}

/// A word of illness or care that `شش` (lung) follows: `سرطان شش`, `پیوند شش`.
fn organ_of(word: &str) -> bool {
    matches!(
        word,
        "سرطان"
            | "بیماری"
            | "بیماریهای"
            | "عفونت"
            | "آسیب"
            | "پیوند"
            | "عملکرد"
            | "ظرفیت"
            | "بافت"
            | "درگیری"
            | "التهاب"
            | "تومور"
            | "نارسایی"
            | "قلب"
            | "و"
    )
}

/// What befalls persons counted one by one: `یک نفر کشته شد`, `یک نفر از زندانیان آزاد شد`.
fn casualty(word: &str) -> bool {
    context::harm(word)
        || matches!(
            word,
            "جانباخت"
                | "غرق"
                | "اعدام"
                | "آزاد"
                | "عفو"
                | "نجات"
                | "رها"
                | "released"
                | "freed"
                | "killed"
                | "injured"
                | "wounded"
                | "dead"
                | "arrested"
        )
}

#[cfg(test)]
mod tests {
    use crate::article::Field;
    use crate::extract::figures_in;

    #[test]
    fn one_set_against_another_count_is_a_count() {
        let values = |text: &str| -> Vec<f64> {
            figures_in(text, Field::Body)
                .iter()
                .map(|f| f.value)
                .collect()
        };
        assert_eq!(values("یک فوتون در برابر ده فوتون"), [1.0, 10.0]);
        assert_eq!(values("از هر هشت نفر یک نفر مبتلا است"), [8.0, 1.0]);
        assert_eq!(values("یک نمونه از پنج نمونه آلوده بود"), [1.0, 5.0]);
        // Two mentions of a noun side by side set nothing against each other.
        assert_eq!(values("یک مقام گفت ۵ مقام دیگر می‌آیند"), [5.0]);
    }
}
