//! Dates that place nothing of their own: a point of reference (`نسبت به سال ۹۰`), and the
//! source a sentence is attributed to, which a date beside it does not date (`به گزارش
//! خبرگزاری فارس، ۲۷ آذرماه`).

use super::super::super::context;
use super::super::super::token::Tokens;

/// Whether a date is one of reference (`نسبت به سال ۹۰`, `در مقایسه با سال ۹۰`, `مدت مشابه
/// سال ۱۴۰۳`), which places nothing.
pub(in super::super) fn reference(t: &Tokens, mut first: usize) -> bool {
    // `در مقایسه با ماه ژانویه ۲۰۱۹`, `در مقایسه با پایان سال ۱۳۹۶`: the words of time
    // before the date are part of it.
    while first > 2 && (context::time_noun(t.word(first - 1)) || period_part(t.word(first - 1))) {
        first -= 1;
    }
    // `up 14% from 2024`, `more than in 2019`, `since 2019`: English bases and starting points;
    // English clauses are not read for what a year bounds.
    let english = first >= 1
        && matches!(
            t.word(first - 1).to_ascii_lowercase().as_str(),
            "from" | "than" | "since" | "versus" | "vs"
        );
    english
        || first >= 2
            && (matches!(
                (t.word(first - 2), t.word(first - 1)),
                ("نسبت", "به")
                    | ("مقایسه" | "قیاس", "با")
                    | ("مشابه", _)
                    | ("compared", "with" | "to")
            ) || t.word(first - 1) == "مشابه")
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

#[cfg(test)]
mod tests {
    use super::super::super::tests::subject;

    #[test]
    fn a_year_timing_a_quantity_names_it_and_a_reference_names_nothing() {
        for (text, number, want) in [
            (
                "فروش داخلی از ۱۱ میلیون تن در سال ۱۳۹۰ به ۱۷ میلیون تن در سال ۱۳۹۷ رسید",
                "سال ۱۳۹۰",
                "فروش داخلی",
            ),
            (
                "از سال ۲۰۰۴ کمیته تنها در چهار مورد قحطی را تأیید کرده است",
                "سال",
                "قحطی",
            ),
            (
                "از اول شهریور تاکنون ۵۵ هزار گواهینامه توقیف شده است",
                "اول",
                "گواهینامه",
            ),
        ] {
            assert_eq!(subject(text, number).as_deref(), Some(want), "{text}");
        }
        for text in [
            "فروش داخلی نسبت به سال ۱۳۹۰ به ۱۷ میلیون تن رسید",
            "درآمد در مقایسه با ماه ژانویه ۲۰۱۹ به ۳۷۲ میلیارد دلار رسید",
        ] {
            let year = if text.contains("۱۳۹۰") {
                "سال"
            } else {
                "ژانویه"
            };
            assert_eq!(subject(text, year), None, "{text}");
        }
        // A base of an English change names nothing, not the passengers it is compared for.
        assert_eq!(
            subject(
                "The line carried 1.29 million passengers, up 14% from 2024.",
                "2024"
            ),
            None
        );
    }
}
