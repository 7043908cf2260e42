//! Forms of tables, rates and typing seen on real copy, each on sentences of our own: rate
//! tables, cents of other currencies, scale words typed onto nouns, number words joined to a
//! word by ZWNJ, long runs of digits with a unit, numbered courts and police stations, days
//! listed in words, and `شبانه روز`.

use crate::article::Field;
use crate::extract::{figures_in, Figure, Kind};

fn all(text: &str) -> Vec<Figure> {
    figures_in(text, Field::Body)
}

fn values(text: &str) -> Vec<(f64, Kind, Option<&'static str>)> {
    all(text)
        .iter()
        .map(|f| (f.value, f.kind, f.unit))
        .collect()
}

#[test]
fn a_rate_table_prices_one_of_each_currency_in_the_articles_own() {
    let table = "نرخ ارزها به ریال\nیک دلار کانادا ۸۱۲۰\nیکصد ین ژاپن ۷۳۱۰\nیک کرون نروژ ۱۴۳۲\nدینار کویت ۳۲۰۱۰";
    let found = all(table);
    let priced: Vec<_> = found
        .iter()
        .filter(|f| f.unit == Some("IRR"))
        .map(|f| f.value)
        .collect();
    assert_eq!(priced, [8120.0, 7310.0, 1432.0, 32010.0], "{found:?}");
    assert!(found.iter().all(|f| f.value != 1.0), "{found:?}");
    // A dollar and its cents are one amount, not a rate.
    assert_eq!(
        values("قیمت نفت یک دلار و ۱۶ سنت بالا رفت."),
        [(1.16, Kind::Money, Some("USD"))]
    );
    // `به` does not run on a currency's name: the peso is no rial.
    let peso = all("هر دلار به ۱۹.۶ پزو رسید.");
    assert!(peso.iter().all(|f| f.kind != Kind::Money), "{peso:?}");
}

#[test]
fn cents_are_hundredths_of_the_currency_the_sentence_counts_in() {
    assert_eq!(
        values("سکه‌های ۲ فرانکی و ۲۰، ۱۰ و ۵ سنتی ضرب شد."),
        [
            (2.0, Kind::Money, Some("CHF")),
            (0.2, Kind::Money, Some("CHF")),
            (0.1, Kind::Money, Some("CHF")),
            (0.05, Kind::Money, Some("CHF")),
        ]
    );
    assert_eq!(
        values("بلیت ۳ یورو و ۵۰ سنت شد."),
        [(3.5, Kind::Money, Some("EUR"))]
    );
    assert_eq!(
        values("تمبر ۲۰ سانتیم است."),
        [(0.2, Kind::Money, Some("CHF"))]
    );
    assert_eq!(
        values("میوه‌های ۴۰ و ۲۵ هزارتومانی"),
        [
            (40000.0, Kind::Money, Some("IRT")),
            (25000.0, Kind::Money, Some("IRT"))
        ]
    );
}

#[test]
fn a_scale_word_typed_onto_a_noun_still_scales_the_number() {
    assert_eq!(
        values("بیش از ۴۲ هزارگواهینامه توقیف شد."),
        [(42000.0, Kind::Count, None)]
    );
    assert_eq!(
        values("بانک ۹۸ هزارمیلیارد ریال وام داد."),
        [(98e12, Kind::Money, Some("IRR"))]
    );
    assert_eq!(
        values("شمار خودروها به ۳۰ هزارتا رسید."),
        [(30000.0, Kind::Count, None)]
    );
    // The rich are no billions.
    let rich = all("فهرست ۴۱ میلیاردر جهان منتشر شد.");
    assert!(rich.iter().all(|f| f.value == 41.0), "{rich:?}");
}

#[test]
fn a_number_word_joined_by_zwnj_to_a_word_is_a_compound() {
    for text in [
        "ترافیک بلوار هفت‌تنان سنگین است.",
        "سران سه‌قوا دیدار کردند.",
        "تقویت سه‌جانبه‌گرایی مهم است.",
    ] {
        let found = all(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    assert_eq!(values("یک تیم هفت‌نفره‌ای آمد."), [(7.0, Kind::Count, None)]);
    assert_eq!(
        values("او سه‌ماهه نخست را گذراند."),
        [(3.0, Kind::Duration, Some("month"))]
    );
}

#[test]
fn long_runs_with_a_unit_are_amounts_and_courts_go_by_number() {
    assert_eq!(
        values("فضانورد ۴۱۰۲۵۶۰۰۰ کیلومتر را پیمود."),
        [(410256000.0, Kind::Measure, Some("km"))]
    );
    assert!(all("با شماره ۸۸۷۶۵۴۳۲ تماس بگیرید.").is_empty());
    for text in [
        "دادگاه کیفری ۱ تهران رای داد.",
        "ماموران کلانتری ۱۲۴ او را گرفتند.",
        "مرکز فوریت‌های پلیسی ۱۱۰ خبر داد.",
    ] {
        let found = all(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn days_listed_in_words_share_their_month_and_day_nights_are_days() {
    let days: Vec<_> = all("جلسه در روزهای هفتم و هشتم مهر برگزار شد.")
        .iter()
        .map(|f| (f.value, f.kind))
        .collect();
    assert_eq!(days, [(707.0, Kind::Date), (708.0, Kind::Date)]);
    assert_eq!(
        values("خدمه ۱۰-۱۲ شبانه روز در مدار ماندند."),
        [(10.0, Kind::Duration, Some("day"))]
    );
}

#[test]
fn what_a_figure_changed_from_takes_the_unit_and_scale_of_what_it_changed_to() {
    assert_eq!(
        values("مهلت تقسیط از ۴ به ۶ سال رسید."),
        [
            (4.0, Kind::Duration, Some("year")),
            (6.0, Kind::Duration, Some("year"))
        ]
    );
    assert_eq!(
        values("نرخ کود از 310 به 540 هزار تومان رسید."),
        [
            (310000.0, Kind::Money, Some("IRT")),
            (540000.0, Kind::Money, Some("IRT"))
        ]
    );
    assert_eq!(
        values("هزینه‌ها از ۵۱۲ هزار به ۵۰۴ هزار میلیارد تومان رسید."),
        [
            (512e12, Kind::Money, Some("IRT")),
            (504e12, Kind::Money, Some("IRT"))
        ]
    );
    let range = all("اعتباری بین ۲۴ هزار تا ۲۸ هزار میلیارد تومان لازم است.");
    assert_eq!(
        (range[0].value, range[0].max),
        (24e12, Some(28e12)),
        "{range:?}"
    );
    // A scale of its own stays: 650 thousand, not 650 million.
    assert_eq!(
        values("تولید از 650 هزار به یک میلیون تن رسید.")[0],
        (650000.0, Kind::Measure, Some("t"))
    );
}
