//! Forms of values read on fresh real copy (the third forms round), each on sentences of our
//! own: flows and speeds per second, a year named before a time unit, barrels per day, a slash
//! decimal turned around, a number word joined to its scale, a
//! time word after a scale adjective, a numbered act of a year; and from the seventh round,
//! dashed ranges, scale words typed on, scale steps without `و`, numbers after counted hours;
//! and from the eighth, decimals split in Arabic-Indic digits, a thousands comma spaced.

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

#[test]
fn barrels_told_per_day() {
    for text in [
        "این میدان روزانه ۱۲۰ هزار بشکه نفت تولید می‌کند.",
        "کشور ما بیش از ۲ میلیون بشکه نفت خام در روز صادر کرد.",
        "پالایشگاه تازه در روز حدود ۸۰ هزار بشکه میعانات را فرآورده می‌کند.",
        "حمله به تأسیسات، ۴ میلیون بشکه روزانه از عرضه کم کرد.",
    ] {
        assert_eq!(one(text).unit, Some("bpd"), "{text}");
    }
    // Barrels held, sold once or moved on a named day are no daily rate.
    for text in [
        "ذخایر نفت این کشور ۳ میلیون بشکه کاهش یافت.",
        "در روز جمعه ۷۰ هزار بشکه نفت در بورس فروخته شد.",
        "هر روز خبر تازه‌ای می‌رسد؛ ۵۰۰ هزار بشکه نفت در انبار ماند.",
    ] {
        assert_eq!(one(text).unit, Some("barrel"), "{text}");
    }
    let f = all("تولید ۳ میلیون بشکه در روز است و ۶۰۰ هزار بشکه در مخازن مانده است.");
    let got: Vec<_> = f.iter().map(|f| f.unit).collect();
    assert_eq!(got, [Some("bpd"), Some("barrel")]);
}

#[test]
fn a_slash_decimal_turned_around_by_the_scraper() {
    let f = one("سقف درآمد خانوار ۵/ ۲ میلیون تومان تعیین شد.");
    assert_eq!((f.value, f.unit), (2500000.0, Some("IRT")));
    let f = one("این توافق غنی‌سازی تا ۶۷/ ۳ درصد را مجاز می‌داند.");
    assert_eq!((f.value, f.kind), (3.67, Kind::Percent));
}

#[test]
fn a_number_word_joined_to_its_scale() {
    let f = one("بیش از یک‌میلیون و ۳۰۰ هزار نفر در این طرح نام نوشتند.");
    assert_eq!(f.value, 1300000.0);
    let f = one("در این شهر ده‌هزار نفر زندگی می‌کنند.");
    assert_eq!(f.value, 10000.0);
}

#[test]
fn a_time_word_after_a_scale_adjective_is_no_unit() {
    let f = one("دولت اعتبار ۹۰ هزار میلیاردی سال گذشته را برای حقوق‌ها افزایش داد.");
    assert_eq!((f.value, f.kind), (90e12, Kind::Money));
}

#[test]
fn a_numbered_act_of_a_year_is_no_span_of_years() {
    let f = all("شورای امنیت قطعنامه شماره ۴۳۰ سال (۱۹۷۸) را تصویب کرد.");
    assert!(f.iter().all(|f| f.value != 430.0), "{f:?}");
}

fn ranges(text: &str) -> Vec<(f64, Option<f64>, Kind)> {
    all(text).iter().map(|f| (f.value, f.max, f.kind)).collect()
}

#[test]
fn a_range_typed_with_the_space_after_its_dash() {
    assert_eq!(
        ranges("ساخت این سد ۶- ۷ سال طول کشید."),
        [(6.0, Some(7.0), Kind::Duration)]
    );
    assert_eq!(
        ranges("قیمت‌ها ۲۴- ۲۵ درصد پایین آمد."),
        [(24.0, Some(25.0), Kind::Percent)]
    );
    // A numbered list item keeps its marker.
    assert_eq!(
        ranges("۱- ۳ نفر زخمی شدند.\n۲- ۴ نفر بازداشت شدند."),
        [(3.0, None, Kind::Count), (4.0, None, Kind::Count)]
    );
}

#[test]
fn a_dashed_pair_with_a_scale_word_or_four_digits_is_a_range() {
    assert_eq!(
        ranges("باشگاه گفت با این قرارداد ۵-۶ میلیارد ضرر کرده است."),
        [(5e9, Some(6e9), Kind::Money)]
    );
    assert_eq!(
        ranges("کارخانه روزانه ۱۲۰۰-۱۳۰۰ دستگاه تولید می‌کرد."),
        [(1200.0, Some(1300.0), Kind::Count)]
    );
    // A hyphenated code stays a code; a set score stays a score.
    assert!(all("شماره پیگیری ۴۵۱۲-۸۸۳۰ را نگه دارید.").is_empty());
    assert!(ranges("ست دوم ۲۵-۲۳ تمام شد.").contains(&(25.0, Some(23.0), Kind::Score)));
}

#[test]
fn a_number_word_with_its_scale_typed_on() {
    let f = one("سالانه یکصدهزار گردشگر به این روستا می‌آیند.");
    assert_eq!((f.value, f.kind), (100000.0, Kind::Count));
    let f = one("او چهارصدهزار دلار جریمه شد.");
    assert_eq!((f.value, f.unit), (400000.0, Some("USD")));
    let f = all("هزینه آن سیصدمیلیون تومان و ۲۰ هزار تومان کارمزد بود.");
    let got: Vec<_> = f.iter().map(|f| (f.value, f.unit)).collect();
    assert_eq!(got, [(300e6, Some("IRT")), (20e3, Some("IRT"))]);
}

#[test]
fn a_smaller_scale_step_without_and() {
    let f = one("حقوق پایه ۲ میلیون ۸۰۰ هزار تومان تعیین شد.");
    assert_eq!((f.value, f.unit), (2.8e6, Some("IRT")));
    let f = one("جمعیت واجد شرایط ۲۴ میلیون ۵۱۲ هزار و ۴۰۴ نفر بود.");
    assert_eq!((f.value, f.kind), (24_512_404.0, Kind::Count));
    // Two cells of a table row: a deposit, then a rent, then a place.
    let f = all("ونک ۶۰ متر ۵۰ میلیون ۶۰۰ هزار سعادت‌آباد ۷۰ متر");
    let got: Vec<_> = f.iter().map(|f| f.value).collect();
    assert!(got.contains(&50e6) && got.contains(&600e3), "{f:?}");
}

#[test]
fn a_number_after_counted_hours_is_no_clock() {
    assert_eq!(
        ranges("پلیس ظرف ۴۸ ساعت ۵۰ نفر را شناسایی کرد."),
        [(48.0, None, Kind::Duration), (50.0, None, Kind::Count)]
    );
    assert_eq!(
        ranges("قیمت نفت طی ۲۴ ساعت ۵ تا ۶ دلار افت کرد."),
        [(24.0, None, Kind::Duration), (5.0, Some(6.0), Kind::Money)]
    );
    // The hour of a date is still a clock.
    assert_eq!(
        ranges("مراسم دوشنبه ۲ تیر ۱۳۹۸ ساعت ۱۷ برگزار می‌شود."),
        [(13980402.0, None, Kind::Date)]
    );
}

#[test]
fn a_body_of_a_size_is_no_body_by_number() {
    let f = one("واکسن به یک گروه ۴۵ نفره از داوطلبان تزریق شد.");
    assert_eq!((f.value, f.kind), (45.0, Kind::Count));
    // A group by its number is still a name.
    assert!(all("نشست گروه ۲۰ در ژاپن برگزار شد.").is_empty());
}

fn values_kinds(text: &str) -> Vec<(f64, Kind)> {
    all(text).iter().map(|f| (f.value, f.kind)).collect()
}

#[test]
fn a_decimal_split_in_arabic_indic_digits_needs_no_unit() {
    assert_eq!(
        values_kinds("شاخص قیمت نهاده‌ها در پایان سال به عدد ٢٣٤. ٥٠ رسید."),
        [(234.5, Kind::Measure)]
    );
    assert_eq!(
        values_kinds("سهم استان‌های شمالی به ترتیب ١٢. ٣٤، ١٥. ٢٠ و ١٨. ٧٥ درصد بود."),
        [
            (12.34, Kind::Percent),
            (15.2, Kind::Percent),
            (18.75, Kind::Percent)
        ]
    );
    // The Arabic decimal comma: one or two digits after it.
    assert_eq!(
        values_kinds("اجاره‌ها با افزایش ٥, ٧ درصدی همراه شد."),
        [(5.7, Kind::Percent)]
    );
    // A year still ends its sentence.
    assert_eq!(
        values_kinds("او در سال ١٣٩٨. ٤٠ نفر را استخدام کرد."),
        [(1398.0, Kind::Year), (40.0, Kind::Count)]
    );
    // In Persian digits, two decimals with the sentence going on after them.
    let got: Vec<_> = all("شاخص به عدد ۲۳۴. ۵۰ رسید.")
        .iter()
        .map(|f| f.value)
        .collect();
    assert_eq!(got, [234.5]);
    let got: Vec<_> = all("شاخص به عدد ۲۳۴ رسید. ۵۰")
        .iter()
        .map(|f| f.value)
        .collect();
    assert_eq!(got, [234.0, 50.0]);
}

#[test]
fn a_thousands_comma_a_scraper_spaced() {
    let f = one("قیمت هر کیلو عدس به ۴, ۹۳۱ تومان رسید.");
    assert_eq!((f.value, f.unit), (4931.0, Some("IRT")));
    // Numbers of a list keep their commas.
    let got: Vec<_> = all("مدل‌های ۶۴, ۱۲۸ و ۲۵۶ گیگابایتی عرضه شد.")
        .iter()
        .map(|f| f.value)
        .collect();
    assert_eq!(got, [64.0, 128.0, 256.0]);
}

#[test]
fn months_typed_without_a_letter_are_months() {
    assert_eq!((one("تیم ۶ فرودین به کویت می‌رود.").value), 106.0);
    assert_eq!(one("اجرا تا ۲ اذر ماه ادامه دارد.").value, 902.0);
}

#[test]
fn degrees_below_zero_are_negative() {
    let f = one("دمای هوا به ۸ درجه زیر صفر رسید.");
    assert_eq!((f.value, f.unit), (-8.0, Some("c")));
}

#[test]
fn a_half_price_ticket_is_no_half() {
    assert_eq!(all("۲۰۰ بلیت نیم بها فروخته شد.").len(), 1);
}
