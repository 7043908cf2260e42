//! Tests of the readers of dates and years.

use crate::article::Field;
use crate::extract::{figures_in, Kind};

/// (text, value, kind) of every figure found.
fn found(text: &str) -> Vec<(String, f64, Kind)> {
    figures_in(text, Field::Body)
        .into_iter()
        .map(|f| (f.text, f.value, f.kind))
        .collect()
}

fn one(text: &str) -> (String, f64, Kind) {
    let f = found(text);
    assert_eq!(f.len(), 1, "{text}: {f:?}");
    f.into_iter().next().unwrap()
}

#[test]
fn may_spelled_as_the_verb_prefix_after_a_day() {
    let f = found("نمایشگاه از ۱۸ می (۲۸ اردیبهشت) باز است");
    assert_eq!(f[0], ("۱۸ می".to_string(), 518.0, Kind::Date));
    assert_eq!(one("دیدار تیم‌ها ۲۹ می برگزار خواهد شد").1, 529.0);
    assert_eq!(one("این طوفان در ۷ مه به ساحل رسید").1, 507.0);
    let f = found("نشست ۱۲ یا ۱۴ ماه مي برگزار می‌شود (۲۲ یا ۲۴ اردیبهشت)");
    let dates: Vec<f64> = f.iter().map(|f| f.1).collect();
    assert_eq!(dates, [512.0, 514.0, 222.0, 224.0], "{f:?}");
    let f = found("اجلاس ۳ و ۴ مي آتي در قاهره");
    assert_eq!((f[0].1, f[1].1), (503.0, 504.0), "{f:?}");
    // `می` and the word after it are a verb: no month.
    for text in ["رقم ۱۲ می تواند بیشتر شود", "این ۲۰ می شود که گفتیم"]
    {
        assert!(found(text).iter().all(|f| f.2 != Kind::Date), "{text}");
    }
}

#[test]
fn a_latin_month_spelled_in_persian_then_its_year() {
    assert_eq!(
        one("قرارداد در اگوست ۲۰۱۷ امضا شد"),
        ("اگوست ۲۰۱۷".to_string(), 20170800.0, Kind::Date)
    );
    assert_eq!(one("از آپریل 2016 آغاز شد").1, 20160400.0);
    assert_eq!(one("در ماه اوت سال ۲۰۱۵ بسته شد").1, 20150800.0);
    assert_eq!(one("تا اسفند سال ۹۶ ادامه یافت").1, 13961200.0);
    // Two digits after a Latin month are its day, in English order.
    assert_eq!(one("دیدار تا آوریل ۲۰ ادامه خواهد یافت").1, 420.0);
}

#[test]
fn years_by_era_and_by_a_word_of_time() {
    assert_eq!(one("این بنا در ۱۶۸۰ میلادی ساخته شد").2, Kind::Year);
    assert_eq!(one("ساخت آن در 1742 ميلادي پایان یافت").1, 1742.0);
    let f = one("از ۱۸۲۰ تا ۱۸۶۰ میلادی");
    assert_eq!((f.1, f.2), (1820.0, Kind::Year));
    assert_eq!(one("این سنت از ۱۸۹۰ تا کنون مانده است").2, Kind::Year);
    // A change from one amount to another is no year: the first takes the second's unit.
    let f = &found("از ۱۴۵۰ به ۲۱۰۰ میلیون مترمکعب رسید")[0];
    assert_eq!((f.1, f.2), (1_450_000_000.0, Kind::Measure));
}

#[test]
fn a_day_that_names_a_thing_is_no_date() {
    assert!(found("موشک سوم خرداد با موفقیت شلیک شد").is_empty());
    assert!(found("بیمارستان ۱۷ شهریور بازسازی شد").is_empty());
    assert_eq!(found("ناو ۲۹ بهمن در ۲۹ بهمن ۱۳۹۸ به آب افتاد").len(), 1);
}

#[test]
fn a_decade_by_its_first_year() {
    assert_eq!(
        one("این سبک در دهه ۱۹۷۰ رواج یافت"),
        ("دهه ۱۹۷۰".to_string(), 1970.0, Kind::Year)
    );
    assert!(found("در دهه ۶۰ و دهه1960").is_empty());
}

#[test]
fn more_than_a_number_of_people_is_a_count() {
    assert_eq!(one("این شهر بیش از 1350 شهید تقدیم کرد").2, Kind::Count);
    assert_eq!(one("کمتر از ۱۹۲۰ نفر رأی دادند").2, Kind::Count);
    assert_eq!(one("۱۴۲۰ شهید این استان").2, Kind::Count);
    assert_eq!(one("۱۹۸۲ کارمند این شرکت").2, Kind::Count);
    assert_eq!(one("این نمایش میزبان ۲۰۵۴ تماشاگر شد").2, Kind::Count);
}

#[test]
fn a_half_or_week_of_a_month_is_no_day_of_it() {
    for text in [
        "ثبت‌نام از نیمه دوم آبان آغاز می‌شود",
        "کلاس‌ها در دهه سوم مهر تشکیل می‌شود",
        "نتایج در هفته اول دی اعلام شد",
    ] {
        assert!(found(text).iter().all(|f| f.2 != Kind::Date), "{text}");
    }
    assert_eq!(one("کلاس‌ها از دوم آبان آغاز می‌شود").1, 802.0);
}

#[test]
fn a_day_in_words_opening_a_range_takes_the_closing_month() {
    let f = figures_in("نمایشگاه از سوم تا نهم آذر ۱۴۰۱ برپاست", Field::Body);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].value, f[0].max), (14010903.0, Some(14010909.0)));
    let f = figures_in("جشنواره پنجم تا ۱۲ اسفند برگزار می‌شود", Field::Body);
    assert_eq!((f[0].value, f[0].max), (1205.0, Some(1212.0)));
}

#[test]
fn days_of_the_lunar_months() {
    assert_eq!(
        one("جشن میلاد در ۱۴ شعبان برگزار می‌شود."),
        ("۱۴ شعبان".to_string(), 814.0, Kind::Date)
    );
    assert_eq!(one("مراسم از 11 ربیع الاول آغاز شد.").1, 311.0);
    assert_eq!(one("شب بیست و سوم ماه رمضان مسجد پر بود.").1, 923.0);
    assert_eq!(one("روز دهم ذی‌الحجه ۱۴۴۰ عید است.").1, 14401210.0);
    assert_eq!(one("اربعین بیستم صفر است.").1, 220.0);
    // `صفر` after a day in digits or a cardinal is zeros.
    assert!(found("عدد یک با ۹ صفر یک میلیارد است.")
        .iter()
        .all(|f| f.2 != Kind::Date));
    assert!(found("این رقم سه صفر دارد.")
        .iter()
        .all(|f| f.2 != Kind::Date));
}

#[test]
fn schools_named_after_a_day_are_names() {
    assert!(found("شعبه دوازدهم در دبستان ۱۵ خرداد مستقر است.")
        .iter()
        .all(|f| f.2 != Kind::Date));
}
