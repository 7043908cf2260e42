//! Hedges no word right before the number gives alone: `تا` as "up to" (`جریمه تا ۱۰ میلیون
//! تومان`), as `تا` also ends ranges, means "until" and "so that"; and a comparison closed
//! after the number (`از ۱۹۱ هزار نفر بیشتر شده`).

use super::super::figure::{Kind, Qualifier};
use super::super::{context, lexicon, phrase, units};
use super::{Found, Scanner};

impl Scanner<'_, '_> {
    /// The hedge of the figure `f` from words around it, and where it starts.
    pub(super) fn hedge_apart(&self, f: &Found) -> Option<(Qualifier, usize)> {
        self.up_to(f).or_else(|| self.than_after(f))
    }

    /// `از ۱۹۱ هزار نفر بیشتر شده`, `از ۵ درصد کمتر است`: more or less than the number, the
    /// comparison closed after it; a negated verb turns it round (`از ۳۰۰ کیلو بیشتر نشود`: at
    /// most, `از دو سال کمتر نباشد`: at least).
    fn than_after(&self, f: &Found) -> Option<(Qualifier, usize)> {
        let t = self.t;
        let at = f.start.checked_sub(1).filter(|&at| t.word(at) == "از")?;
        let more = match t.word(f.end) {
            "بیشتر" | "فزونتر" | "افزونتر" | "فراتر" => true,
            "کمتر" => false,
            _ => return None,
        };
        let verb = t.word(f.end + 1);
        let negated = verb.starts_with('ن') && lexicon::verb(verb).is_some();
        let q = if more != negated {
            Qualifier::Over
        } else {
            Qualifier::Under
        };
        Some((q, at))
    }

    /// `تا` right before an amount, a share or a measure is "up to" (`جریمه تا ۱۰ میلیون
    /// تومان`, `تا ۲۰ درصد`, `تا ۷ متر`), and before a capacity (`ظرفیت ... تا ۲۰۰ نفر`): the
    /// hedge and where it starts. Not the end of a range (`۳۳۰۰ ریال تا ۳۵۰۰ ریال`), not other
    /// counts (`تا دو طرف ...`: "so that"), not a span of time (`تا ۲ سال آینده`: until), not
    /// the level a rate or price moves to (`نرخ تورم تا ۸.۲ درصد`, `تا ۱۰۸ ین صعود کرد`).
    fn up_to(&self, f: &Found) -> Option<(Qualifier, usize)> {
        let t = self.t;
        let at = f.start.checked_sub(1).filter(|&at| t.word(at) == "تا")?;
        let before = at.checked_sub(1);
        // `ظرفیت پذیرش تا ۲۵۰ مسافر`, `تا ۲۰۰ نفر`: a capacity named, or people counted by a
        // classifier after a noun.
        let capacity_word = phrase::back_in_sentence(t, at, 6)
            .any(|k| matches!(t.word(k), "ظرفیت" | "گنجایش" | "سقف"));
        let capacity = f.kind == Kind::Count
            && (capacity_word
                || (f.end > f.start + 1
                    && context::classifier(t.word(f.end - 1))
                    && before.is_some_and(|k| lexicon::verb(t.word(k)).is_none())));
        let amount = matches!(f.kind, Kind::Money | Kind::Percent | Kind::Measure);
        if !(amount || capacity) {
            return None;
        }
        let ranged = before.is_some_and(|k| {
            t.digits(k).is_some()
                || units::match_unit(t, k).is_some()
                || self.spans.last().is_some_and(|s| s.1 == at)
                || t.word(k) == "از"
        });
        let rate = phrase::back_in_sentence(t, at, 5).any(|k| rate_word(t.word(k)));
        let moved = matches!(
            t.word(f.end),
            "صعود" | "سقوط" | "رسید" | "رسیده" | "برسد" | "رسیدند" | "بالا" | "پایین"
        );
        (!ranged && !rate && !moved).then_some((Qualifier::Under, at))
    }
}

/// Rates and prices, whose figure after `تا` is the level they move to.
fn rate_word(word: &str) -> bool {
    matches!(
        word,
        "نرخ"
            | "قیمت"
            | "ارزش"
            | "شاخص"
            | "تورم"
            | "بها"
            | "دلار"
            | "یورو"
            | "ین"
            | "سطح"
    )
}

#[cfg(test)]
mod tests {
    use crate::article::Field;
    use crate::extract::{figures_in, Qualifier};

    fn hedged(text: &str) -> Vec<(f64, Option<Qualifier>)> {
        figures_in(text, Field::Body)
            .into_iter()
            .map(|f| (f.value, f.qualifier))
            .collect()
    }

    #[test]
    fn up_to_an_amount_a_share_a_measure_or_a_capacity() {
        let under = Some(Qualifier::Under);
        assert_eq!(
            hedged("متخلف تا ۲۰ میلیون ریال جریمه می‌شود"),
            [(2e7, under)]
        );
        assert_eq!(hedged("مصرف سوخت را تا ۱۵ درصد کم می‌کند"), [(15.0, under)]);
        assert_eq!(hedged("ذرات تا ۶ متر پرتاب می‌شوند"), [(6.0, under)]);
        assert_eq!(hedged("سالن ظرفیت تا ۳۰۰ نفر را دارد"), [(300.0, under)]);
        assert_eq!(hedged("ظرفیت پذیرش تا ۲۵۰ مسافر است"), [(250.0, under)]);
        assert_eq!(
            hedged("بیش ۴۰ درصد رأی آورد"),
            [(40.0, Some(Qualifier::Over))]
        );
        assert_eq!(hedged("حداکثر ۸ درصد"), [(8.0, under)]);
        let over = Some(Qualifier::Over);
        assert_eq!(
            hedged("شمار آنها از ۱۹۱ هزار نفر بیشتر شد"),
            [(191000.0, over)]
        );
        assert_eq!(hedged("سهم آن از ۵ درصد کمتر است"), [(5.0, under)]);
        assert_eq!(hedged("ذخیره از ۳۰۰ کیلوگرم بیشتر نشود"), [(300.0, under)]);
        assert_eq!(hedged("مدت قرارداد از دو سال کمتر نباشد"), [(2.0, over)]);
        // The end of a range, a level a rate moves to, "so that", "until": no hedge.
        for text in [
            "قیمت ۴۲۰۰ ریال تا ۴۶۰۰ ریال بود",
            "از ۱۲ درصد تا ۱۸ درصد",
            "نرخ بیکاری تا ۶.۵ درصد پایین آمد",
            "یورو تا ۱.۱۲ دلار صعود کرد",
            "آمد تا دو نفر را ببیند",
            "تا ۳ سال آینده",
        ] {
            assert!(hedged(text).iter().all(|f| f.1.is_none()), "{text}");
        }
    }
}
