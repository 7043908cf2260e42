//! Forms of real copy read in the fourth round, each on sentences of our own: results typed
//! as lines of a table or after «نتیجه», numbers in names, dates given in two calendars.

use crate::article::Field;
use crate::extract::{figures_in, Figure, Kind};

fn all(text: &str) -> Vec<Figure> {
    figures_in(text, Field::Body)
}

fn scores(text: &str) -> Vec<(f64, Option<f64>)> {
    all(text)
        .iter()
        .filter(|f| f.kind == Kind::Score)
        .map(|f| (f.value, f.max))
        .collect()
}

#[test]
fn result_lines_in_every_typing() {
    for (text, want) in [
        (
            "نتایج گروه:\nبلژیک ۴- پرو صفر\nمکزیک ۱ -کره ۲",
            vec![(4.0, Some(0.0)), (1.0, Some(2.0))],
        ),
        (
            "*گروه دوم:\nالوحده امارات 2 – ذوب آهن ایران یک",
            vec![(2.0, Some(1.0))],
        ),
        (
            "وزن ۸۶ کیلوگرم:\nعلی کریمی (همدان) ۸ - حسن رضایی (گیلان) ۳",
            vec![(8.0, Some(3.0))],
        ),
        (
            "مرحله اول:\nسارا احمدی ۱۲ – مای لین از تایلند ۹",
            vec![(12.0, Some(9.0))],
        ),
    ] {
        assert_eq!(scores(text), want, "{text}: {:?}", all(text));
    }
}

#[test]
fn a_result_heading_its_paragraph_needs_no_dash() {
    let text = "گزارش هفته.\nپیکان 2 نساجی 1؛ برد در دقیقه آخر\nمتن گزارش.";
    assert_eq!(scores(text), [(2.0, Some(1.0))], "{:?}", all(text));
    // Players rated in running text are no result.
    let text = "نمره‌ها:\nبرای میزبان علی 6 رضا 7، و دیگران کمتر.";
    assert!(scores(text).is_empty(), "{:?}", all(text));
}

#[test]
fn a_result_joined_by_bar_before_a_word_that_looks_like_a_unit() {
    for (text, want) in [
        ("میزبان با نتیجه ۳ بر ۲ تن به شکست داد.", (3.0, Some(2.0))),
        ("در شکست یک بر صفر ماه گذشته اخراج شد.", (1.0, Some(0.0))),
        ("اگر بازی 2 بر صفر می شد، می‌بردیم.", (2.0, Some(0.0))),
        ("دیدار رفت با حساب یک – یک تمام شد.", (1.0, Some(1.0))),
    ] {
        assert_eq!(scores(text), [want], "{text}: {:?}", all(text));
    }
    // A range of years ago stays a range.
    let found = all("اگر ۴-۵ سال پیش بود می‌آمد.");
    assert_eq!(found[0].kind, Kind::Duration, "{found:?}");
}

#[test]
fn a_record_of_matches_counts_wins_draws_and_losses() {
    let found = all("تیم ما پس از دو باخت متوالی با ۸ برد، یک باخت و ۲۴ امتیاز صدرنشین است.");
    let counts: Vec<_> = found
        .iter()
        .map(|f| (f.value, f.kind, f.subject.as_deref()))
        .collect();
    assert_eq!(
        counts[..3],
        [
            (2.0, Kind::Count, Some("باخت")),
            (8.0, Kind::Count, Some("برد")),
            (1.0, Kind::Count, Some("باخت"))
        ],
        "{found:?}"
    );
    // `یک` alone before a result is "a".
    assert!(all("آنها به یک پیروزی بزرگ رسیدند.").is_empty());
}

#[test]
fn a_season_in_two_digit_years_is_a_year_range_and_a_chapter_is_not() {
    let found = all("این قرارداد پیش از فصل ۹۸-۹۷ بسته شد.");
    let years: Vec<_> = found.iter().map(|f| (f.kind, f.value, f.max)).collect();
    assert_eq!(years, [(Kind::Year, 1397.0, Some(1398.0))], "{found:?}");
    assert!(all("در فصل ۳-۴ کتاب آمده است.").is_empty());
}

#[test]
fn numbered_lists_run_on_one_line_are_no_results() {
    let text = "شهرهای برگزیده: ۴- اراک ۵- بم (کرمان) ۶- نور ۷- گناباد";
    assert!(scores(text).is_empty(), "{:?}", all(text));
    let text = "رده‌بندی: ۱- علی کریمی (ایران) ۲- جان اسمیت (کانادا) ۳- لی وانگ (چین)";
    assert!(scores(text).is_empty(), "{:?}", all(text));
    // A weight class is no side of a result.
    let text = "اوزان ۵۷- کیلوگرم مردان دوشنبه ۱۴ شهریور برگزار می‌شود.";
    assert!(scores(text).is_empty(), "{:?}", all(text));
}

#[test]
fn a_result_written_with_be_where_the_copy_says_it_is_one() {
    for (text, want) in [
        ("تیم ما با نتیجه ۷ به دو مغلوب حریف شد.", (7.0, Some(2.0))),
        ("ملوان با حساب 3 به 1 از سد نساجی گذشت.", (3.0, Some(1.0))),
        ("آنها ۵ به ۴ شکست خوردند.", (5.0, Some(4.0))),
    ] {
        assert_eq!(scores(text), [want], "{text}: {:?}", all(text));
    }
    // Elsewhere «به» is where an amount went.
    for text in [
        "شمار شعب از ۳ به ۵ رسید.",
        "رتبه شهر از ۱۹ به ۲۳ رسیده است.",
    ] {
        assert!(scores(text).is_empty(), "{text}: {:?}", all(text));
    }
}

#[test]
fn points_in_a_matchs_statistics_are_counted_and_a_standing_is_a_score() {
    let kinds =
        |text: &str| -> Vec<(f64, Kind)> { all(text).iter().map(|f| (f.value, f.kind)).collect() };
    assert_eq!(
        kinds("تیم ما ۴۰ آبشار موفق و ۳ امتیاز سرویس ثبت کرد. ۲۰ امتیاز ما هم با خطاهای حریف به دست آمد."),
        [
            (40.0, Kind::Count),
            (3.0, Kind::Count),
            (20.0, Kind::Count)
        ]
    );
    // A team's points in the table stay a score.
    assert_eq!(
        kinds("تیم ما با کسب ۱۸ امتیاز در صدر جدول ایستاد."),
        [(18.0, Kind::Score)]
    );
}

#[test]
fn a_date_given_in_both_calendars_is_two_dates() {
    let found = all("مدارس از ۹ مارس ۱۹ اسفند تعطیل شدند.");
    let dates: Vec<_> = found.iter().map(|f| (f.kind, f.value)).collect();
    assert_eq!(
        dates,
        [(Kind::Date, 309.0), (Kind::Date, 1219.0)],
        "{found:?}"
    );
    // The year after the month stays where no month follows it, nor «می» the verb.
    let found = all("این رویداد ۱۵ خرداد سال ۴۲ می باشد.");
    assert_eq!(found[0].value, 13420315.0, "{found:?}");
}

#[test]
fn numbers_in_latin_names_set_apart_are_no_figures() {
    for text in [
        "این کهکشان با نام \"NGC ۴۴۱۴\" نیز شناخته می‌شود.",
        "ساعت با پردازنده (Helio Wear ۳۱۰۰) عرضه شد.",
        "کاوشگر بعدی (Mars ۲۰۳۰) ساخته می‌شود.",
    ] {
        let found: Vec<_> = all(text).into_iter().filter(|f| f.value > 1000.0).collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // A year in brackets of its own stays a year.
    let found = all("این فیلم (2019) ساخته شد.");
    assert_eq!(found.first().map(|f| f.kind), Some(Kind::Year), "{found:?}");
}

#[test]
fn list_items_numbered_inside_a_sentence_are_no_figures() {
    for text in [
        "اعضای هیئت عبارتند از: ۱-مریم کاظمی،۲-رضا نادری،۳-سینا فرهادی",
        "طرح‌ها عبارتند از حمایت از صادرات، ۲ - طرح توسعه بنادر، ۳ - طرح ایمنی راه‌ها",
        "برگزیدگان:\n۱ – سارا نیکو برای طراحی\n۲ – امید راد برای نورپردازی",
        "قهرمانان لیگ:\n1-سال 61: تهران\n2-سال 62: تبریز",
    ] {
        let found: Vec<_> = all(text).into_iter().filter(|f| f.value < 10.0).collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // A range or a count after the comma stays a figure.
    let found = all("در این حادثه، ۲ - ۳ نفر زخمی شدند و، ۴ نفر دیگر گریختند.");
    let values: Vec<_> = found.iter().map(|f| (f.value, f.max)).collect();
    assert_eq!(values, [(2.0, Some(3.0)), (4.0, None)], "{found:?}");
}

#[test]
fn a_name_glossed_in_latin_letters_is_a_name_wherever_it_comes_again() {
    let text = "سحابی \"مسیه ۴۲ \"(M۴۲) در صورت فلکی شکارچی است. مسیه ۴۲ یک سحابی نشری است و \
                ۱۳۴۴ سال نوری از زمین فاصله دارد. گوشی \"پیکسل ۶ \"(Pixel ۶) عرضه شد.";
    let found = all(text);
    let values: Vec<_> = found.iter().map(|f| f.value).collect();
    assert_eq!(values, [1344.0], "{found:?}");
    // An amount glossed with its unit stays an amount.
    let found = all("این فاصله برابر با ۹ پتامتر (9Pm) است.");
    assert_eq!(found.len(), 1, "{found:?}");
    // A gloss after `یا` (or); an amount or another amount after it stays an amount.
    assert_eq!(
        all("مسیه ۸۷ یا M۸۷ بزرگترین کهکشان خوشه سنبله است.").len(),
        0
    );
    assert_eq!(all("قیمت ۸۷ یا 90 دلار بود.").len(), 2);
}

#[test]
fn four_digits_listed_before_a_unit_take_the_unit_not_a_year() {
    let found = all("کارت‌ها با اعتبار ۲۰۰۰ و ۵۰۰۰ تومانی عرضه شد.");
    let kinds: Vec<_> = found.iter().map(|f| (f.value, f.kind)).collect();
    assert_eq!(
        kinds,
        [(2000.0, Kind::Money), (5000.0, Kind::Money)],
        "{found:?}"
    );
    // Two years joined by و stay years; a year before a comma and a share too.
    let found = all("در سال‌های ۲۰۱۸ و ۲۰۱۹ رشد کرد؛ امتیازات ۲۰۱۶، ۵۰ درصد کاهش یافت.");
    let kinds: Vec<_> = found.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [Kind::Year, Kind::Year, Kind::Year, Kind::Percent],
        "{found:?}"
    );
    // What a whole includes is counted; a year of an event before its host is a year.
    let found = all("مجموعه‌ای شامل ۱۴۰۰ آزمون را پشت سر گذاشت.");
    assert_eq!(found[0].kind, Kind::Count, "{found:?}");
    let found = all("او در جام جهانی ۲۰۱۴ برزیل را به یاد دارد.");
    assert_eq!(found[0].kind, Kind::Year, "{found:?}");
    // Copies printed are counted, glued to the number or not.
    for text in ["کتاب در 2000نسخه چاپ شد.", "کتاب در ۲۰۰۰ نسخه چاپ شد."]
    {
        let found = all(text);
        assert_eq!(found[0].kind, Kind::Count, "{found:?}");
    }
}
