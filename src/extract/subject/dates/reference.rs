//! Dates that place nothing of their own: a point of reference (`نسبت به سال ۹۰`), the bound
//! of a period a quantity gathered over (`از سال ۲۰۰۴`), and the source a sentence is
//! attributed to, which a date beside it does not date (`به گزارش خبرگزاری فارس، ۲۷ آذرماه`).

use super::super::super::context;
use super::super::super::token::Tokens;

/// How a year or date that only places its clause in time stands to the other quantities of
/// that clause.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placed {
    /// `در سال ۱۳۹۰`: beside another quantity it is a coordinate of that quantity, not a
    /// figure about something.
    Point,
    /// `از سال ۲۰۰۴`, `تا پایان ماه مه ۲۰۱۹`: it bounds the period a quantity gathered over,
    /// a point of reference naming nothing.
    Bound,
}

/// Whether a date is one of reference (`نسبت به سال ۹۰`, `در مقایسه با سال ۹۰`, `مدت مشابه
/// سال ۱۴۰۳`), which places nothing.
pub(super) fn reference(t: &Tokens, first: usize) -> bool {
    first >= 2
        && (matches!(
            (t.word(first - 2), t.word(first - 1)),
            ("نسبت", "به") | ("مقایسه" | "قیاس", "با") | ("مشابه", _)
        ) || t.word(first - 1) == "مشابه")
}

/// Whether a date bounds the period a quantity gathered over (`از سال ۲۰۰۴`, `تا پایان ماه
/// مه ۲۰۱۹`, `از آغاز سال ۲۰۲۰`, `تا صبح جمعه ۵ اردیبهشت`): a point of reference, which names
/// nothing.
pub(in super::super) fn bound(t: &Tokens, first: usize) -> bool {
    let mut k = first;
    while k > 0
        && (context::time_noun(t.word(k - 1))
            || period_part(t.word(k - 1))
            || matches!(t.punct(k - 1), Some('(' | '،')))
    {
        k -= 1;
    }
    k > 0 && matches!(t.word(k - 1), "از" | "تا")
}

/// The parts of a period (`آغاز`, `پایان`, `اواخر`): `در آغاز سال ۹۸` only places in time.
pub(super) fn period_part(w: &str) -> bool {
    matches!(
        w,
        "آغاز"
            | "ابتدای"
            | "ابتدا"
            | "پایان"
            | "اوایل"
            | "اواخر"
            | "اواسط"
            | "شروع"
            | "نیمه"
    )
}

/// Whether a phrase is the source a sentence is attributed to (`به گزارش خبرگزاری فارس`,
/// `به نقل از این مرکز`, `به گفته اوبر`): who reported, never what a date there places. Not
/// `بر اساس این گزارش دیدار ...`, where what follows the pointed report is the news.
pub(super) fn attributed(t: &Tokens, (a, _): (usize, usize)) -> bool {
    if a < 2 {
        return false;
    }
    // `با اعلام تعطیلی کلاس‌ها`, `گزارش نهایی کار`: the noun itself, no source.
    matches!(
        (t.word(a - 2), t.word(a - 1)),
        ("نقل", "از")
            | (
                "به" | "در" | "طبق" | "اساس" | "بر" | "بنابر",
                "گزارش" | "گفته" | "نوشته" | "اعلام"
            )
    )
}

/// Whether only the day's words and punctuation stand between a source and its date (`به
/// گزارش خبرگزاری فارس، 27 آذرماه`, `به نقل از این مرکز شامگاه پنجشنبه (۲۲ اسفند)`): the
/// date opens the news told after it.
pub(super) fn opens_news(t: &Tokens, (_, b): (usize, usize), first: usize) -> bool {
    (b..first).all(|k| t.punct(k).is_some() || context::time_noun(t.word(k)))
}
