//! Years and month names: what turns a number into a year or a date.

/// Words that name an event by its year, and with it the year: `بودجه ۱۴۰۰`, `انتخابات
/// ۱۴۰۰`, `سرشماری ۹۵`, `کنکور ۹۹`.
pub(crate) fn year_event(word: &str) -> bool {
    matches!(word, "بودجه" | "انتخابات" | "سرشماری" | "کنکور")
}

/// Which calendar a month name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Calendar {
    Persian,
    Gregorian,
}

/// A month name, with `ماه` glued on or not (`مهرماه`), as folded (`ژوئن` is `ژوین`).
pub(crate) fn month(word: &str) -> Option<(u64, Calendar)> {
    let word = word
        .strip_suffix("ماه")
        .filter(|w| !w.is_empty())
        .unwrap_or(word);
    let persian = match word {
        // `فرودین`, `اذر` (no madda), `اردیهشت`: typos wire copy repeats.
        "فروردین" | "فرودین" => 1,
        "اردیبهشت" | "اردیهشت" => 2,
        "خرداد" => 3,
        "تیر" => 4,
        "مرداد" => 5,
        "شهریور" => 6,
        "مهر" => 7,
        "آبان" => 8,
        "آذر" | "اذر" => 9,
        "دی" => 10,
        "بهمن" => 11,
        "اسفند" => 12,
        _ => 0,
    };
    if persian > 0 {
        return Some((persian, Calendar::Persian));
    }
    let gregorian = match word {
        "ژانویه" | "january" | "jan" => 1,
        "فوریه" | "february" | "feb" => 2,
        "مارس" | "مارچ" | "march" | "mar" => 3,
        "آوریل" | "آپریل" | "اپریل" | "april" | "apr" => 4,
        "مه" | "می" | "may" => 5,
        "ژوین" | "june" | "jun" => 6,
        "ژوییه" | "جولای" | "july" | "jul" => 7,
        "اوت" | "آگوست" | "اگوست" | "آگست" | "august" | "aug" => 8,
        "سپتامبر" | "september" | "sep" | "sept" => 9,
        "اکتبر" | "اکتوبر" | "october" | "oct" => 10,
        "نوامبر" | "november" | "nov" => 11,
        "دسامبر" | "دیسامبر" | "december" | "dec" => 12,
        _ => return None,
    };
    Some((gregorian, Calendar::Gregorian))
}

/// A month of the lunar Hijri calendar at `word`, in one word or, typed apart, two (`رجب`,
/// `ربیع‌الاول` folded to `ربیعالاول`, `ربیع الاول`, `ذی الحجه`, `جمادی‌الاولی`), with how
/// many words it takes. `صفر` is also zero: the caller decides when it is the month.
pub(crate) fn lunar_month(word: &str, next: &str) -> Option<(u64, usize)> {
    let one = match word {
        "محرم" | "محرمالحرام" => 1,
        "صفر" => 2,
        "ربیعالاول" => 3,
        "ربیعالثانی" | "ربیعالآخر" | "ربیعالاخر" => 4,
        "جمادیالاول" | "جمادیالاولی" => 5,
        "جمادیالثانی" | "جمادیالثانیه" | "جمادیالآخر" | "جمادیالاخر" => {
            6
        }
        "رجب" => 7,
        "شعبان" | "شعبانالمعظم" => 8,
        "رمضان" | "رمضانالمبارک" => 9,
        "شوال" => 10,
        "ذیالقعده" | "ذیقعده" => 11,
        "ذیالحجه" | "ذیحجه" => 12,
        _ => 0,
    };
    if one > 0 {
        return Some((one, 1));
    }
    let two = match (word, next) {
        ("ربیع", "الاول") => 3,
        ("ربیع", "الثانی" | "الآخر" | "الاخر") => 4,
        ("جمادی", "الاول" | "الاولی") => 5,
        ("جمادی", "الثانی" | "الثانیه" | "الآخر" | "الاخر") => 6,
        ("ذی", "القعده") => 11,
        ("ذی", "الحجه") => 12,
        _ => return None,
    };
    Some((two, 2))
}

/// Month names that are also everyday words (`می` the verb prefix, `may` the verb, `مه` fog):
/// a date with one of them needs a year to be believed.
pub(crate) fn ambiguous_month(word: &str) -> bool {
    matches!(word, "می" | "مه" | "may" | "mar" | "jan" | "sep" | "dec")
}

/// `یک تیر موشک`, `دو تیر گلوله`: «تیر» as a shot, with what was fired after it, is no month.
pub(crate) fn shot_not_month(month: &str, next: &str) -> bool {
    month == "تیر"
        && matches!(
            next,
            "موشک" | "گلوله" | "فشنگ" | "خمپاره" | "شلیک" | "هوایی"
        )
}

pub(crate) fn season(word: &str) -> bool {
    matches!(word, "بهار" | "تابستان" | "پاییز" | "زمستان")
}

/// A year as written: four digits as they are, two digits as a Persian-calendar year in this
/// century or the last (`۰۲` is 1402, `95` is 1395).
pub(crate) fn expand_year(value: u64, len: u32) -> Option<u64> {
    match len {
        4 if (1000..=2200).contains(&value) => Some(value),
        1 | 2 if value <= 10 => Some(1400 + value),
        1 | 2 => Some(1300 + value),
        _ => None,
    }
}

/// Two years running joined by a hyphen, one of them in two digits: a season or a school or
/// fiscal year (`21-2020` typed right to left, `2020-21`, `۱۳۹۷-۹۸`, `۹۹-۱۴۰۰`), and two
/// two-digit years after `سال` (`سال ۹۸-۹۹`). `low` and `high` come ordered by value.
pub(crate) fn running_years(low: f64, high: f64, before: &str) -> Option<(f64, f64)> {
    if low.fract() != 0.0 || high.fract() != 0.0 || low < 0.0 {
        return None;
    }
    if high < 100.0 {
        let year_word = matches!(
            before,
            "سال" | "تحصیلی" | "مالی" | "زراعی" | "آبی" | "فصل" | "فصول"
        );
        let (a, b) = (expand_year(low as u64, 2)?, expand_year(high as u64, 2)?);
        return (year_word && b == a + 1).then_some((a as f64, b as f64));
    }
    if low >= 100.0 || !bare_year(high) {
        return None;
    }
    let century = high - high % 100.0;
    [century + low, century - 100.0 + low, century + 100.0 + low]
        .into_iter()
        .find(|y| (y - high).abs() == 1.0)
        .map(|y| (y.min(high), y.max(high)))
}

/// A four-digit number that reads as a year on its own (`در ۱۳۹۹`, `in 2019`).
pub(crate) fn bare_year(value: f64) -> bool {
    (1300.0..=1499.0).contains(&value) || (1900.0..=2100.0).contains(&value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shot_is_no_month() {
        assert!(shot_not_month("تیر", "خمپاره"));
        assert!(!shot_not_month("تیر", "ماه"));
        let found = crate::extract::figures_in(
            "نگهبان دو تیر هوایی شلیک کرد و ۱۰ تیر ماه بازگشت.",
            crate::article::Field::Body,
        );
        let dates: Vec<f64> = found
            .iter()
            .filter(|f| f.kind == crate::extract::Kind::Date)
            .map(|f| f.value)
            .collect();
        assert_eq!(dates, [410.0]);
    }

    #[test]
    fn months_and_years() {
        assert_eq!(month("مهرماه"), Some((7, Calendar::Persian)));
        assert_eq!(month("november"), Some((11, Calendar::Gregorian)));
        assert_eq!(month("ماه"), None);
        assert_eq!(expand_year(91, 2), Some(1391));
        assert_eq!(expand_year(2, 2), Some(1402));
        assert_eq!(expand_year(2019, 4), Some(2019));
        assert_eq!(expand_year(300, 3), None);
    }

    #[test]
    fn lunar_months_in_one_word_or_two() {
        assert_eq!(lunar_month("رجب", "آغاز"), Some((7, 1)));
        assert_eq!(lunar_month("ربیعالاول", ""), Some((3, 1)));
        assert_eq!(lunar_month("ذی", "الحجه"), Some((12, 2)));
        assert_eq!(lunar_month("ربیع", "گذشته"), None);
    }
}
