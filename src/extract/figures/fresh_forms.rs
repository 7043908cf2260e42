//! Forms of values read on fresh real copy (the third forms round), each on sentences of our
//! own: flows and speeds per second, a year named before a time unit.

use crate::article::Field;
use crate::extract::{Figure, Kind};

fn all(text: &str) -> Vec<Figure> {
    crate::extract::figures_in(text, Field::Body)
}

fn one(text: &str) -> Figure {
    let f = all(text);
    assert_eq!(f.len(), 1, "{text}: {f:?}");
    f.into_iter().next().unwrap()
}

#[test]
fn flows_and_speeds_per_second() {
    let f = all("آب ورودی و خروجی سد به ترتیب ۸۰ و ۶۵ متر مکعب بر ثانیه بود.");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit)).collect();
    assert_eq!(got, [(80.0, Some("m3/s")), (65.0, Some("m3/s"))]);
    let f = one("این کاوشگر با سرعت ۱۱ کیلومتر در ثانیه از زمین دور شد.");
    assert_eq!(
        (f.value, f.kind, f.unit),
        (11.0, Kind::Measure, Some("km/s"))
    );
    let f = one("گنجایش مخزن ۴۰ متر مکعب است.");
    assert_eq!(f.unit, Some("m3"));
}

#[test]
fn a_year_named_before_a_time_unit() {
    let f = one("مدیر کل گفت: سال ۹۶ سال پرباری برای کشاورزان بود.");
    assert_eq!(
        (f.value, f.kind, f.text.as_str()),
        (1396.0, Kind::Year, "سال ۹۶")
    );
    let f = one("در سال ۲۰۱۷ روز به روز بر شمار مسافران افزوده شد.");
    assert_eq!((f.value, f.kind), (2017.0, Kind::Year));
    // A span inside a year, or the span a superlative looks back over, stays a duration.
    for text in [
        "کارگران هر سال ۲۵ روز مرخصی دارند.",
        "امسال کم‌باران‌ترین سال ۴۰ سال اخیر بود.",
        "ورزشکاران در سال ۲۰۰ روز در اردو هستند.",
    ] {
        assert_eq!(one(text).kind, Kind::Duration, "{text}");
    }
}
