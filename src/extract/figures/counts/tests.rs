//! Tests of the readers of numbers with no unit after them: counts, bare money, ordinals,
//! compound quantities and names typed onto digits.

use super::super::values;
use crate::article::Field;
use crate::extract::{figures_in, Kind};

#[test]
fn a_cross_reference_is_no_count() {
    assert!(figures_in("طبق مورد ۴ قرارداد عمل شد", Field::Body).is_empty());
    assert_eq!(values("در مورد ۴ نفر گفت"), [4.0]);
    assert_eq!(values("مورد دوم به خودروها مربوط است"), [2.0]);
}

#[test]
fn a_bare_amount_after_money_in_its_sentence_is_that_money() {
    let kinds = |text: &str| -> Vec<(f64, Kind, Option<&str>)> {
        figures_in(text, Field::Body)
            .iter()
            .map(|f| (f.value, f.kind, f.unit))
            .collect()
    };
    assert_eq!(
        kinds("از صندوق ۸ میلیارد دلاری، ۳ میلیارد به بخش سلامت رسید."),
        [
            (8e9, Kind::Money, Some("USD")),
            (3e9, Kind::Money, Some("USD"))
        ]
    );
    assert_eq!(
        kinds("کارگاه ۲۰ میلیون تومان داد، ۵ نفر زیر ۴ میلیون گرفتند."),
        [
            (2e7, Kind::Money, Some("IRT")),
            (5.0, Kind::Count, None),
            (4e6, Kind::Money, Some("IRT"))
        ]
    );
    // Not across another measure, nor into the next sentence.
    assert_eq!(
        kinds("درآمد ۹ میلیارد دلار بود و تولید ۲ میلیون بشکه یعنی یک میلیون کمتر شد.")[2].1,
        Kind::Count
    );
    assert_eq!(
        kinds("وام ۳ میلیون تومان است. جمعیت استان ۴ میلیون است.")[1].1,
        Kind::Count
    );
}

#[test]
fn digits_typed_onto_an_unknown_word_spell_a_name() {
    assert!(figures_in("مدل 4رانر GT رونمایی شد", Field::Body).is_empty());
    assert!(figures_in("4رانر تازه آمد و 4رانر قدیمی رفت", Field::Body).is_empty());
    let f = &figures_in("او ۶دریبل موفق داشت", Field::Body)[0];
    assert_eq!((f.value, f.kind), (6.0, Kind::Count));
    let f = &figures_in("مسئولان 5کشور حاضر بودند", Field::Body)[0];
    assert_eq!((f.value, f.kind), (5.0, Kind::Count));
}

#[test]
fn a_price_payment_or_sale_after_a_bare_amount_makes_it_money() {
    let kind = |text: &str| figures_in(text, Field::Body)[0].kind;
    assert_eq!(kind("آن خودرو پارسال ۹ میلیون قیمت داشت."), Kind::Money);
    assert_eq!(
        kind("باشگاه تا امروز ۳۲ میلیارد پرداخت کرده است."),
        Kind::Money
    );
    assert_eq!(
        kind("این فیلم در هفته اول ۱۲ میلیارد فروش داشت."),
        Kind::Money
    );
    assert_eq!(kind("ارزش معاملات فرابورس ۸۴۰ میلیارد شد."), Kind::Money);
    // Counted things keep their count, and those who are paid are no money.
    assert_eq!(kind("شرکت ۳ میلیون دستگاه فروش رفت."), Kind::Count);
    assert_eq!(kind("۴ میلیون دریافت کننده یارانه حذف شدند."), Kind::Count);
}

#[test]
fn a_bare_amount_before_money_in_its_sentence_is_that_money() {
    let first = |text: &str| {
        let f = &figures_in(text, Field::Body)[0];
        (f.kind, f.unit)
    };
    assert_eq!(
        first("پارسال ۶۰ میلیارد و امسال ۹۵ میلیارد تومان جذب شد."),
        (Kind::Money, Some("IRT"))
    );
    // A time adjunct between them measures nothing: `سال` there says when.
    let f = &figures_in(
        "پارسال بیش از ۷۰ میلیارد و در سال گذشته ۱۶۰ میلیارد تومان جذب شد.",
        Field::Body,
    )[0];
    assert_eq!((f.kind, f.unit), (Kind::Money, Some("IRT")));
    // Not an amount in thousands, nor one of another sentence.
    assert_eq!(
        first("شهر ۳ میلیون است و سهم هر نفر ۵۰۰ هزار تومان شد."),
        (Kind::Count, None)
    );
    assert_eq!(
        first("جمعیت آن ۲ میلیون است. بودجه ۴ میلیارد تومان شد."),
        (Kind::Count, None)
    );
}

#[test]
fn a_word_of_money_with_an_ending_makes_a_bare_amount_money() {
    let f = &figures_in(
        "سهم هر خانوار دو میلیون وامی است که بانک می‌دهد.",
        Field::Body,
    )[0];
    assert_eq!((f.value, f.kind), (2e6, Kind::Money));
    let f = &figures_in("پنج میلیون حقوقی و حقیقی سهام دارند.", Field::Body)[0];
    assert_eq!(f.kind, Kind::Count);
}

#[test]
fn a_chess_rating_is_a_score() {
    let kinds = |text: &str| {
        figures_in(text, Field::Body)
            .iter()
            .map(|f| (f.value, f.kind))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds("این استاد بزرگ با ریتینگ ۲۶۱۵ در رده ۳۰ جهان ایستاد."),
        [(2615.0, Kind::Score), (30.0, Kind::Ordinal)]
    );
    assert_eq!(
        kinds("او با ۲۷۰۴ واحد ریتینگ به صدر رسید."),
        [(2704.0, Kind::Score)]
    );
    assert_eq!(kinds("تیم ما ۱۲ بازیکن دارد."), [(12.0, Kind::Count)]);
}
