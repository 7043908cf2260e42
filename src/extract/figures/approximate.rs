//! `دو سه سال`, `شش، هفت نفر`, `۷، ۸ بازیکن`: two numbers side by side, the second one more
//! than the first, guess one amount between them, as a range.

use super::super::figure::Kind;
use super::super::units;
use super::super::words::{self, NumExpr};
use super::{emit, Scanner};

impl Scanner<'_, '_> {
    /// The pair as ((low, high), end), the low end taking the high end's scale word (`سه چهار
    /// هزار نفر`). Numbers in digits need the comma between them, which a table's cells lack;
    /// the pair must be followed by what it counts, not by more numbers of a list (`۲، ۳ و ۴`).
    /// `یک دو بار` opens with «یک» as "a", no figure, so a pair starts at two.
    pub(super) fn approximate_pair(
        &self,
        low: f64,
        e: &NumExpr,
        end: usize,
    ) -> Option<((f64, f64), usize)> {
        let t = self.t;
        let comma = matches!(t.punct(end), Some('،' | ','));
        // `دو یا سه روز`, `یک یا دو ماه`, `۵ و ۶ سال`: a span guessed with «یا», or with «و»
        // between numbers one apart (five years and six years is no reading), is one span too.
        // Not other quantities: `۶ یا ۸ گیگابایت` offers two models, `بالای ۲۵ و ۳۰ سال` two ages.
        let joined = match t.word(end) {
            "یا" => true,
            "و" => words::parse(t, end + 1).is_some_and(|e2| e2.value == low + 1.0),
            _ => false,
        };
        let at = end + usize::from(comma || joined);
        if e.ordinal || e.fraction || e.tail_mult != 1.0 || e.end != end || low < 1.0 {
            return None;
        }
        if low < 2.0 && !joined {
            return None;
        }
        let digits = t.digits(e.end - 1).is_some() || t.digits(at).is_some();
        if digits && !comma && !joined {
            return None;
        }
        let e2 = words::parse(t, at)?;
        if e2.ordinal || e2.fraction || e2.bare_mult {
            return None;
        }
        let high = e2.value / e2.tail_mult;
        let step = high - low;
        if !(step == 1.0 || (step == 5.0 && low % 5.0 == 0.0)) || high > 20.0 || low.fract() != 0.0
        {
            return None;
        }
        let after = t.word(e2.end);
        let counted = !after.is_empty()
            && words::lookup(after).is_none()
            && !matches!(after, "و" | "یا" | "تا" | "الی" | "and" | "or" | "to");
        if !counted {
            return None;
        }
        let span = || units::match_unit(t, e2.end).is_some_and(|u| u.unit.kind == Kind::Duration);
        if joined && !span() {
            return None;
        }
        let low = low * emit::borrowed_scale(t, low, e, at, &e2, false);
        Some(((low, e2.value), e2.end))
    }
}

#[cfg(test)]
mod tests {
    use crate::article::Field;
    use crate::extract::Kind;

    fn all(text: &str) -> Vec<(f64, Option<f64>, Kind, String)> {
        crate::extract::figures_in(text, Field::Body)
            .into_iter()
            .map(|f| (f.value, f.max, f.kind, f.text))
            .collect()
    }

    #[test]
    fn a_guess_between_two_numbers_is_one_range() {
        for (text, low, high, kind, span) in [
            (
                "تعمیر پل دو سه سال طول کشید",
                2.0,
                3.0,
                Kind::Duration,
                "دو سه سال",
            ),
            (
                "مربی گفت شش، هفت بازیکن جوان داریم",
                6.0,
                7.0,
                Kind::Count,
                "شش، هفت",
            ),
            (
                "حدود ۴، ۵ ساعت در راه بودیم",
                4.0,
                5.0,
                Kind::Duration,
                "حدود ۴، ۵ ساعت",
            ),
            (
                "از ۱۰،۱۵ سال قبل این باغ را داشتیم",
                10.0,
                15.0,
                Kind::Duration,
                "۱۰،۱۵ سال",
            ),
            (
                "سه چهار هزار نفر آمدند",
                3000.0,
                4000.0,
                Kind::Count,
                "سه چهار هزار نفر",
            ),
            (
                "نتیجه ظرف یک یا دو ماه آینده معلوم می‌شود",
                1.0,
                2.0,
                Kind::Duration,
                "یک یا دو ماه",
            ),
            (
                "تیم ۳ یا ۴ روز در اردو می‌ماند",
                3.0,
                4.0,
                Kind::Duration,
                "۳ یا ۴ روز",
            ),
            (
                "در مدت ۵ و ۶ سال گذشته پرونده‌ای نبود",
                5.0,
                6.0,
                Kind::Duration,
                "۵ و ۶ سال",
            ),
        ] {
            let f = all(text);
            assert_eq!(f.len(), 1, "{text}: {f:?}");
            assert_eq!((f[0].0, f[0].1, f[0].2), (low, Some(high), kind), "{text}");
            assert_eq!(f[0].3, span, "{text}");
        }
    }

    #[test]
    fn lists_and_table_cells_stay_apart() {
        for text in [
            "در ردیف‌های ۲، ۳ و ۴ نشستند",
            "کد ۷ ۸ سال پیش ثبت شد",
            "امتیازهای ۵، ۶، ۱۲ را گرفتند",
            "گوشی با ۶ یا ۸ گیگابایت حافظه عرضه شد",
            "عمر ماشین‌ها بالای ۲۵ و ۳۰ سال است",
            "دو یا سه نفر آمدند",
        ] {
            assert!(all(text).iter().all(|f| f.1.is_none()), "{text}");
        }
    }
}
