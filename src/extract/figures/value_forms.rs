//! The first forms of the scan, and forms of values read on unseen real copy (the fourth
//! round), each on sentences of our own: coordinates and handles that are no figures, halves
//! of a unit, thousands after the Persian comma, season and school-year ranges.

use crate::article::Field;
use crate::extract::{Figure, Kind, Qualifier};

fn one(text: &str) -> Figure {
    let f = crate::extract::figures_in(text, Field::Body);
    assert_eq!(f.len(), 1, "{text}: {f:?}");
    f.into_iter().next().unwrap()
}

/// A result read inside the one before it (`۳۱ امتیاز نیم`, «half a season» taken as a
/// score) once overflowed the distance between them; a corpus article panicked.
#[test]
fn a_figure_inside_the_one_before_it_does_not_panic() {
    let text = "تیم ما با ۳۱ امتیاز نیم فصل را در رتبه دوم به پایان برد.";
    let chars: Vec<char> = text.chars().collect();
    for f in crate::extract::figures_in(text, Field::Body) {
        assert_eq!(chars[f.start..f.end].iter().collect::<String>(), f.text);
    }
}

#[test]
fn seed_forms() {
    let f = one("تاکنون 599 هزار و 51 تن با مراجعه");
    assert_eq!(
        (f.value, f.kind, f.text.as_str()),
        (599051.0, Kind::Count, "599 هزار و 51 تن")
    );
    let f = one("بخش جعفریه تا قم حدود 35 کیلومتر فاصله دارد.");
    assert_eq!(
        (f.value, f.unit, f.qualifier),
        (35.0, Some("km"), Some(Qualifier::About))
    );
    assert_eq!(f.text, "حدود 35 کیلومتر");
    let f = one("در سرشماری سال 95، جمعیت");
    assert_eq!((f.value, f.kind), (1395.0, Kind::Year));
}

#[test]
fn english_dates_scores_and_money() {
    let f = one("exports fell in May 2019 sharply");
    assert_eq!((f.value, f.kind), (20190500.0, Kind::Date));
    let f = one("The 2-1 win over Qatar");
    assert_eq!((f.value, f.max, f.kind), (2.0, Some(1.0), Kind::Score));
    let f = one("revenue of $1.2bn last");
    assert_eq!((f.value, f.unit), (1.2e9, Some("USD")));
    let f = one("ارزش ۲۰۰ هزارتومان است");
    assert_eq!((f.value, f.unit), (200000.0, Some("IRT")));
}

#[test]
fn glued_score() {
    let f = one("به پیروزی 2 برصفر دست یافت");
    assert_eq!((f.value, f.max, f.kind), (2.0, Some(0.0), Kind::Score));
}

#[test]
fn offsets_are_chars() {
    let text = "از ابتدای سال 91 تا پایان";
    let f = one(text);
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(chars[f.start..f.end].iter().collect::<String>(), "سال 91");
}

#[test]
fn identifiers_are_skipped() {
    for text in [
        "انتهای پیام/8138/ 1175",
        "کووید-۱۹ و COVID-19",
        "ماده ۱۲ قانون",
        "تلفن ۰۲۱-۸۸۷۶۵۴۳۲",
        "ساعت ۱۸:۳۰",
        "یک مقام مسئول",
        "+98 21 8888 1234",
        "نه تنها",
    ] {
        let found = crate::extract::figures_in(text, Field::Body);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

fn values(text: &str) -> Vec<(f64, Kind)> {
    crate::extract::figures_in(text, Field::Body)
        .iter()
        .map(|f| (f.value, f.kind))
        .collect()
}

#[test]
fn half_a_unit_more_is_one_figure() {
    assert_eq!(
        values("او به سه سال و نیم زندان محکوم شد"),
        [(3.5, Kind::Duration)]
    );
    assert_eq!(values("دو کیلو و نیم طلا کشف شد"), [(2.5, Kind::Measure)]);
    // A clock's half hour, and the half coin after a price, are no halves of a figure.
    assert!(values("ساعت ۸ و نیم صبح").is_empty());
    assert_eq!(
        values("ربع سکه ۳۰ هزار تومان و نیم سکه ۵۰ هزار تومان"),
        [(30000.0, Kind::Money), (50000.0, Kind::Money)]
    );
}

#[test]
fn thousands_after_the_persian_comma() {
    assert_eq!(values("بیش از ۷،۰۰۰ نفر آمدند"), [(7000.0, Kind::Count)]);
    // One group that is not round after a Persian comma is a list.
    assert_eq!(
        values("به ترتیب ۲۴۰،۳۱۷ و ۱۲۰ واحد"),
        [
            (240.0, Kind::Count),
            (317.0, Kind::Count),
            (120.0, Kind::Count)
        ]
    );
}

#[test]
fn seasons_and_school_years_are_year_ranges() {
    let years = |text: &str| -> Vec<(f64, Option<f64>)> {
        crate::extract::figures_in(text, Field::Body)
            .iter()
            .filter(|f| f.kind == Kind::Year)
            .map(|f| (f.value, f.max))
            .collect()
    };
    assert_eq!(years("او در فصل 19-2018 درخشید"), [(2018.0, Some(2019.0))]);
    assert_eq!(years("در فصل ۲۰۲۲-۲۳ قهرمان شد"), [(2022.0, Some(2023.0))]);
    assert_eq!(years("ثبت‌نام سال تحصیلی ۹۹-۱۴۰۰"), [(1399.0, Some(1400.0))]);
    assert_eq!(
        years("از سال ۸۷-۸۸ آغاز کرده بود"),
        [(1387.0, Some(1388.0))]
    );
    // A chapter of a law keeps its label; a set score stays a score.
    assert!(crate::extract::figures_in("فصل ۳ قانون", Field::Body).is_empty());
    assert_eq!(years("ست اول 25-24 بود"), []);
}

#[test]
fn an_amount_in_euros_as_an_adjective() {
    let f = one("با قراردادی ۳۲ میلیون یورویی پیوست");
    assert_eq!((f.value, f.kind, f.unit), (32e6, Kind::Money, Some("EUR")));
}

#[test]
fn one_cent_is_money_only_beside_a_currency() {
    assert!(values("این کار یک سنت دیرینه است").is_empty());
    assert_eq!(
        values("نفت ۶۰ دلار بود و یک سنت گران شد"),
        [(60.0, Kind::Money), (0.01, Kind::Money)]
    );
}

#[test]
fn number_words_in_a_title_count_nothing() {
    assert!(crate::extract::figures_in("در بخش «دو هفته کارگردانان» کن", Field::Body).is_empty());
    assert!(crate::extract::figures_in("نمایش «سه خواهر» اجرا شد", Field::Body).is_empty());
    // Editions and dates in a title are still figures; so is a quoted sentence's count.
    assert_eq!(
        values("در «نهمین جشنواره فیلم کودک»"),
        [(9.0, Kind::Ordinal)]
    );
    assert_eq!(
        values("او گفت: «ما دو هفته فرصت داریم تا کار را تمام کنیم»"),
        [(2.0, Kind::Duration)]
    );
}

#[test]
fn a_date_range_with_weekdays_is_one_figure() {
    let f = one("از شنبه ۱۰ تا چهارشنبه ۱۴ اسفند برگزار می‌شود");
    assert_eq!((f.value, f.max, f.kind), (1210.0, Some(1214.0), Kind::Date));
}

#[test]
fn forms_read_in_the_fifteenth_session() {
    // Scale words past a trillion, computing speed, fractions in twentieths.
    assert_eq!(
        values("در هر ثانیه یک کادریلیون محاسبه را پردازش می‌کند"),
        [(1e15, Kind::Count)]
    );
    assert_eq!(
        values("ظرفیت محاسباتی این ابررایانه ۵.۷۸ پتافلاپ است"),
        [(5.78, Kind::Measure)]
    );
    assert_eq!(
        values("پاداش یک بیستم مبلغ قرارداد است"),
        [(0.05, Kind::Count)]
    );
    // A month's two-digit number with a unit after it is no year.
    assert_eq!(
        values("تولید خودرو در سپتامبر ۳۰ درصد کاهش یافت"),
        [(30.0, Kind::Percent)]
    );
    // A one-day span is one; some day and the day-old chick are not.
    assert_eq!(
        values("وزیر در سفری یک روزه به سبزوار رفت"),
        [(1.0, Kind::Duration)]
    );
    assert!(values("یک روزی به این حد می‌رسیم").is_empty());
    assert!(values("قیمت جوجه یک روزه بالا رفت").is_empty());
    // A sure chance is no share.
    assert!(values("حریف چندین موقعیت صددرصد داشت").is_empty());
    assert_eq!(
        values("۲۳ موقعیت صد درصد گلزنی را از دست دادیم"),
        [(23.0, Kind::Count)]
    );
}

#[test]
fn forms_read_in_the_sixteenth_session() {
    // A range of places is one ordinal.
    let f = one("تیم ما باید برای کسب مقام هشتم تا دوازدهمی تلاش کند");
    assert_eq!((f.value, f.max, f.kind), (8.0, Some(12.0), Kind::Ordinal));
    // A share typed onto the next word, and bytes.
    assert_eq!(
        values("۴۸ درصد بانوان و ۵۲ درصدآقایان هستند"),
        [(48.0, Kind::Percent), (52.0, Kind::Percent)]
    );
    assert_eq!(
        values("سرعت نوشتن ۸ بایت در ثانیه و حجم داده ۴۰۰ کیلوبایت است"),
        [(8.0, Kind::Measure), (400.0, Kind::Measure)]
    );
    // Two and a half years as an adjective; not the second half.
    assert_eq!(
        values("او قراردادی دو سال و نیمه را امضا کرد"),
        [(2.5, Kind::Duration)]
    );
    assert_eq!(values("در دو سال و نیمه دوم"), [(2.0, Kind::Duration)]);
    // Shares of named holders listed, the unit written once at the end.
    assert_eq!(
        values("البرز با ۶.۵۴، کردستان با ۶.۵ و زنجان با ۵.۹۲ درصد بهترین بودند"),
        [
            (6.54, Kind::Percent),
            (6.5, Kind::Percent),
            (5.92, Kind::Percent)
        ]
    );
    // «برابر» before another number says "equal to": after «سال» the number is a year.
    assert_eq!(
        values("قیمت نسبت به سال ٩٦ برابر ۵,۶۸۴ تومان بوده است"),
        [(1396.0, Kind::Year), (5684.0, Kind::Money)]
    );
    assert_eq!(
        values("قیمت در سال ۹۶ دو برابر شد"),
        [(1396.0, Kind::Year), (2.0, Kind::Count)]
    );
    // One the toll counts, named by its noun; not «یک مقدار» (somewhat).
    assert_eq!(
        values("در این حمله یک سرباز سوری کشته و ۱۰ تن دیگر زخمی شدند"),
        [(1.0, Kind::Count), (10.0, Kind::Count)]
    );
    assert!(values("یک مقدار پاهایش مجروح شده است").is_empty());
    assert!(values("استاد دانشگاه گفت یک منطقه آزاد تجاری فعال است").is_empty());
    // A weekday in the plural is no count.
    assert!(values("طرح سه شنبه‌های بدون خودرو اجرا شد").is_empty());
    // A short number run onto a word the lexicon does not know marks a note or ends a name;
    // not a sentence's first number run onto the verb before it.
    assert!(values("وذکر الشیخ1 أنها وإن لم تکن تشمل الأب").is_empty());
    assert!(values("گوشی هوشمند پیکسل۴ گوگل عرضه شد").is_empty());
    // An operation's name ends in its number, a known word or not.
    assert!(values("با اجرای طرح ظفر6 در شهرها سرقت کم شد").is_empty());
    assert_eq!(
        values("این بستر فراهم شد۷ تا ۸ درصد درآمد مالیات است"),
        [(7.0, Kind::Percent)]
    );
    // Paragraphs by number, in the plural too.
    assert!(values("در چارچوب پاراگراف‌های ۲۶ و ۳۶ تاکید داشت").is_empty());
    // A month, its «ماه» and «سال» before the year: a month of that year.
    assert_eq!(
        values("اوراق مرداد ماه سال ۱۳۹۶ به ۴۴ هزار تومان رسید"),
        [(13960500.0, Kind::Date), (44000.0, Kind::Money)]
    );
}
