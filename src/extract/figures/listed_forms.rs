//! Forms of real copy read in the third round, each on sentences of our own: street and alley
//! numbers of an address, ordinals written with `و` in every spelling, ranks and totals
//! listed after the first, and one person counted where the copy tells what befell them.

use crate::article::Field;
use crate::extract::{figures_in, Figure, Kind, Qualifier};

fn all(text: &str) -> Vec<Figure> {
    figures_in(text, Field::Body)
}

#[test]
fn street_and_alley_numbers_are_no_figures() {
    for text in [
        "دفتر ستاد در خیابان کریمخان، خیابان سنایی، نبش اعرابی ۶، پلاک ۲ است.",
        "نشانی: خیابان شریعتی نبش بهار ۱۸ پلاک ۷",
        "محل برگزاری در کوچه ۲۳ است.",
        "خانه در بن‌بست ۵ قرار دارد.",
        "ساختمان در بن بست ۴ واقع است.",
    ] {
        let found = all(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // What an address sentence counts or measures stays a figure.
    let found = all("در خیابان آزادی ۶ نفر زخمی شدند و کوچه ۱۲ متری بسته شد.");
    let values: Vec<_> = found.iter().map(|f| (f.value, f.unit)).collect();
    assert_eq!(values, [(6.0, None), (12.0, Some("m"))], "{found:?}");
    let found = all("مذاکرات به بن بست دو ماهه رسید.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].value, found[0].unit), (2.0, Some("month")));
}

#[test]
fn ordinals_with_and_in_every_spelling() {
    for (text, value) in [
        ("همزمان با سی‌وهشتمین نمایشگاه کتاب", 38.0),
        ("در بیست‌وششمین نمایشگاه کتاب", 26.0),
        ("یکصد‌و‌سی‌و‌سومین نشست برگزار شد", 133.0),
        ("یکصدوهفتادوششمین نشست اوپک", 176.0),
        ("لیگ چهل ویکمین دوره خود را آغاز کرد", 41.0),
        ("برای نود و یکمین دوره جوایز", 91.0),
        ("صد و دوازدهمین سالگرد", 112.0),
    ] {
        let found = all(text);
        let ordinals: Vec<f64> = found
            .iter()
            .filter(|f| f.kind == Kind::Ordinal)
            .map(|f| f.value)
            .collect();
        assert_eq!(ordinals, [value], "{text}: {found:?}");
        assert!(found.iter().all(|f| f.kind == Kind::Ordinal), "{found:?}");
    }
    // Days of a month spelled so.
    let found = all("از بیست‌ونُهم خرداد تا سی‌ویکم تیرماه اجرا می‌شود.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].value, found[0].max), (329.0, Some(431.0)));
    let found = all("شب بیست‌وسوم ماه رمضان");
    assert!(found.iter().all(|f| f.value != 20.0), "{found:?}");
}

#[test]
fn ranks_listed_after_a_rank_rank_the_same() {
    let found = all("آنها به ترتیب در رده‌های شانزدهم و سی و یکم ایستادند.");
    let got: Vec<_> = found
        .iter()
        .map(|f| (f.value, f.kind, f.subject.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (16.0, Kind::Ordinal, Some("رده‌ها")),
            (31.0, Kind::Ordinal, Some("رده‌ها"))
        ],
        "{found:?}"
    );
}

#[test]
fn first_and_the_rest_after_a_plural_rank_rank() {
    for (text, values) in [
        (
            "آنها مقام‌های اول، دوم، چهارم و پنجم را کسب کردند.",
            vec![1.0, 2.0, 4.0, 5.0],
        ),
        ("نفرات اول و چهارم در بالا قرار می‌گیرند.", vec![1.0, 4.0]),
        ("سه تیم در رده‌های اول تا سوم ایستادند.", vec![3.0, 1.0]),
    ] {
        let found = all(text);
        let got: Vec<_> = found.iter().map(|f| f.value).collect();
        assert_eq!(got, values, "{found:?}");
    }
}

#[test]
fn totals_listed_after_a_score_are_scores() {
    for text in [
        "صداقت با ۶۲۲ امتیاز و هادی قره باغی با ۶۱۸.۲ به ترتیب دوم و سوم شدند.",
        "علی رضایی ۶۲۵.۶ امتیاز و رضا کریمی ۶۱۸.۲ کسب کردند.",
    ] {
        let found = all(text);
        let total = found.iter().find(|f| f.value == 618.2);
        assert_eq!(
            total.map(|f| f.kind),
            Some(Kind::Score),
            "{text}: {found:?}"
        );
    }
    // A count of things after a score is no score.
    let found = all("او با ۶۲۲ امتیاز و ۳ مدال به کار پایان داد.");
    assert_eq!(found[1].kind, Kind::Count, "{found:?}");
}

#[test]
fn one_person_saved_or_released_is_counted() {
    for text in [
        "با تلاش ماموران یک نفر نجات یافت.",
        "یک نفر از گروگان‌ها آزاد شد.",
        "دو گروگان آزاد شدند و یک نفر دیگر نیز رها شد.",
    ] {
        let found = all(text);
        assert!(
            found
                .iter()
                .any(|f| f.value == 1.0 && f.kind == Kind::Count),
            "{text}: {found:?}"
        );
    }
    assert!(all("یک نفر در جلسه پرسید.").is_empty());
}

#[test]
fn a_hedge_before_one_tonne() {
    let found = all("بیش از یک تن مواد مخدر کشف شد.");
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert_eq!(
        (f.value, f.unit, f.qualifier),
        (1.0, Some("t"), Some(Qualifier::Over))
    );
    let found = all("در این محموله ۱۲ کیلو تریاک، حدود ۸۵ گرم هروئین و ۳ کیلو حشیش بود.");
    let hedged: Vec<_> = found.iter().map(|f| f.qualifier).collect();
    assert_eq!(hedged, [None, Some(Qualifier::About), None], "{found:?}");
}

#[test]
fn an_amount_restated_in_brackets_keeps_the_hedge_and_the_subject() {
    let found = all("حدود ۳ اونس (۸۵ گرم) گوشت بوقلمون حاوی ۴۰ درصد ویتامین است.");
    let got: Vec<_> = found
        .iter()
        .map(|f| (f.value, f.qualifier, f.subject.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (3.0, Some(Qualifier::About), Some("گوشت بوقلمون")),
            (85.0, Some(Qualifier::About), Some("گوشت بوقلمون")),
            (40.0, None, Some("ویتامین"))
        ],
        "{found:?}"
    );
}

#[test]
fn a_number_in_a_streets_name_before_the_city_or_a_preposition() {
    for text in [
        "ساکنان خیابان صیاد شیرازی ۱۵ گرگان به شهرداری رفتند.",
        "رانش دیواره در خیابان صیاد ۱۵ در گرگان رخ داد.",
    ] {
        let found = all(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    let found = all("میدان دید ۱۰۰ برابر بزرگ‌تر است.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_range_of_dates_starts_in_the_year_it_ends_in() {
    for (text, low, high) in [
        (
            "از ۲۹ فروردین تا ۶ اردیبهشت ۱۳۹۸ برگزار می‌شود.",
            13980129.0,
            13980206.0,
        ),
        (
            "از ۲۵ اسفند تا ۵ فروردین ۱۳۹۹ تعطیل است.",
            13981225.0,
            13990105.0,
        ),
    ] {
        let found = all(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!((found[0].value, found[0].max), (low, Some(high)), "{text}");
    }
}
