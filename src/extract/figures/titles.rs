//! Titles quoted once in a field («چهل سال چهل فیلم») and met again there without their
//! guillemets (`هیئت داوران چهل سال چهل فیلم`): the numbers in them name, they count nothing.

use super::super::figure::Kind;
use super::super::token::Tokens;
use super::super::{calendar, context, units, words};
use super::Scanner;

/// Words a title may have inside its guillemets.
const LONGEST: usize = 6;

/// The token ranges inside guillemets that hold two to six words, a number among them, and no
/// share, money, measure or classifier (`«۵۰ درصد»`, `«۳ نفر»` quote an amount, not a
/// title; a span of time may name one: «چهل سال چهل فیلم»).
pub(super) fn quoted_titles(t: &Tokens) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for open in (0..t.len()).filter(|&k| t.punct(k) == Some('«')) {
        let last = (open + 2 + LONGEST).min(t.len());
        let Some(close) = (open + 1..last).find(|&k| t.punct(k).is_some()) else {
            continue;
        };
        let inside = open + 1..close;
        let number = inside.clone().any(|k| words::parse(t, k).is_some());
        let amount = inside.clone().any(|k| {
            units::match_unit(t, k).is_some_and(|m| m.unit.kind != Kind::Duration)
                || context::classifier(t.word(k))
        });
        // Dates and editions stay figures in a title (`«شنبه دوازدهم بهمن ماه ۹۸»`,
        // `«سال‌های ۱۳۰۰ تا ۱۳۴۰»`, `«سی‌وهشتمین نمایشگاه»`), and so they do met again.
        let dated = inside.clone().any(|k| {
            let w = t.word(k);
            calendar::month(w).is_some()
                || (matches!(w, "سال" | "سالهای" | "دهه" | "دهههای") && t.digits(k + 1).is_some())
                || (w.ends_with("مین") && words::parse(t, k).is_some_and(|e| e.ordinal))
                || t.digits(k)
                    .is_some_and(|(v, len, _)| len == 4 && calendar::bare_year(v as f64))
        });
        if t.punct(close) == Some('»') && close - open > 2 && number && !amount && !dated {
            out.push((open + 1, close));
        }
    }
    out
}

impl Scanner<'_, '_> {
    /// Where a quoted title met again bare ends, when the number at `i` is one of its words.
    pub(super) fn title_again(&self, i: usize) -> Option<usize> {
        let t = self.t;
        self.titles.iter().find_map(|&(a, b)| {
            (a..b).filter(|&o| t.word(o) == t.word(i)).find_map(|o| {
                let start = i.checked_sub(o - a)?;
                let same = (0..b - a)
                    .all(|n| t.punct(start + n).is_none() && t.word(start + n) == t.word(a + n));
                (same && start != a).then_some(start + (b - a))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::figures_in;
    use crate::article::Field;

    #[test]
    fn a_title_quoted_once_names_where_it_comes_again() {
        let text = "اسامی فیلمنامه‌های مسابقه «چهل سال چهل فیلم» اعلام شد. هیئت داوران چهل سال \
                    چهل فیلم ۱۸ فیلمنامه را معرفی کردند.";
        let found = figures_in(text, Field::Body);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].value, 18.0);
        // A quoted amount is no title: the same amount bare still counts.
        let text = "او گفت «۵۰ درصد» و بعد ۵۰ درصد سهم را فروخت.";
        assert_eq!(figures_in(text, Field::Body).len(), 2);
    }
}
