//! Forms seen on real copy that the first rules misread, each on sentences of our own:
//! compound weights, units, identifiers in contact details and legal texts, ordinals and
//! fractions in words, `یک` as a count, and idioms that only look like numbers.

use crate::article::Field;
use crate::extract::{figures_in, Figure, Kind, Qualifier};

fn all(text: &str) -> Vec<Figure> {
    figures_in(text, Field::Body)
}

fn one(text: &str) -> Figure {
    let found = all(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().unwrap()
}

fn none(text: &str) {
    let found = all(text);
    assert!(found.is_empty(), "{text}: {found:?}");
}

#[test]
fn compound_weights_are_one_figure_in_the_smallest_unit() {
    for (text, value, unit, span) in [
        (
            "بار کامیون ۴۱ تن و ۶۵۰ کیلوگرم برنج بود.",
            41650.0,
            "kg",
            "۴۱ تن و ۶۵۰ کیلوگرم",
        ),
        (
            "انبار 9تن و120 کیلوگرم شکر داشت.",
            9120.0,
            "kg",
            "9تن و120 کیلوگرم",
        ),
        (
            "مامور ۳ کیلو و ۲۵۰ گرم زعفران یافت.",
            3250.0,
            "g",
            "۳ کیلو و ۲۵۰ گرم",
        ),
        (
            "یک تن و ۸۰ کیلوگرم چای ضبط شد.",
            1080.0,
            "kg",
            "یک تن و ۸۰ کیلوگرم",
        ),
        (
            "محموله ۵ تن و ۱۰ کیلو و ۲ گرم وزن داشت.",
            5010002.0,
            "g",
            "۵ تن و ۱۰ کیلو و ۲ گرم",
        ),
    ] {
        let f = one(text);
        assert_eq!(
            (f.value, f.kind, f.unit, f.text.as_str()),
            (value, Kind::Measure, Some(unit), span),
            "{text}"
        );
    }
    // Two weights of different things stay two.
    assert_eq!(all("۴ تن گندم و ۳ تن جو").len(), 2);
    // People counted in `تن` are no weight.
    let f = &all("۱۲ تن از معلمان و ۵ تن از پزشکان آمدند")[0];
    assert_eq!((f.value, f.kind), (12.0, Kind::Count));
}

#[test]
fn a_list_shares_its_unit_past_a_comma_before_the_last_and() {
    let found = all("راندمان‌ها ۴۳، ۴۱، و ۴۰ درصد بود.");
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().all(|f| f.kind == Kind::Percent), "{found:?}");
}

#[test]
fn a_hedge_reaches_over_a_preposition() {
    let f = one("نماد حداکثر برای ۳ روز کاری بسته می‌ماند.");
    assert_eq!((f.value, f.qualifier), (3.0, Some(Qualifier::Under)));
    let f = one("بیش از ۴۰ کشور آمدند.");
    assert_eq!(f.qualifier, Some(Qualifier::Over));
    let f = one("او برای ۳ روز رفت.");
    assert_eq!(f.qualifier, None);
}

#[test]
fn dollars_and_cents_are_one_amount() {
    let f = one("نفت برنت به ۷۲ دلار و ۱۵ سنت رسید.");
    assert_eq!(
        (f.value, f.unit, f.text.as_str()),
        (72.15, Some("USD"), "۷۲ دلار و ۱۵ سنت")
    );
}

#[test]
fn compound_durations_stay_one_figure() {
    let f = one("دادگاه او را به ۳ سال و ۴ ماه زندان محکوم کرد.");
    assert_eq!((f.value, f.unit), (40.0, Some("month")));
    let f = one("این سنت به نیم قرن پیش برمی‌گردد.");
    assert_eq!((f.value, f.unit), (50.0, Some("year")));
}

#[test]
fn milligrams_and_ounces() {
    for (text, value, unit, qualifier) in [
        ("هر قرص ۴۰۰ میلی گرم ماده موثر دارد.", 400.0, "mg", None),
        ("روزانه ۲۵ میلی‌گرم مصرف شود.", 25.0, "mg", None),
        ("دوز ۱۰ میلیگرم است.", 10.0, "mg", None),
        ("نزدیک به ۵ اونس نقره", 5.0, "oz", Some(Qualifier::About)),
    ] {
        let f = one(text);
        assert_eq!(
            (f.value, f.kind, f.unit, f.qualifier),
            (value, Kind::Measure, Some(unit), qualifier),
            "{text}"
        );
    }
}

#[test]
fn contact_details_and_legal_numbers_are_no_figures() {
    for text in [
        "کمک‌ها به شماره حساب ۹۸۷۶ نزد بانک واریز شود.",
        "برای خرید بسته کد *۵۵۵# را شماره‌گیری کنید.",
        "مشترکان با شماره‌گیری ۱۸۱۸ پیگیری کنند.",
        "دفتر: خیابان ۱۴، نبش کوچه ۳، پلاک ۹، طبقه دوم",
        "این شرکت در طبقه ۵ برج است.",
        "طرفین بندهای ۱۴ و ۱۹ توافق را اجرا نکردند.",
        "مطابق مواد ۴،۵ و ۶ این آیین‌نامه",
        "بند ۷ و ماده ۹ و تبصره ۳ اصلاح شد.",
        "طبق پاراگراف ۲۲ توافق عمل شد.",
        "رشد منفی در مناطق ۹ و ۱۰ دیده شد.",
        "نشست سران جی ۲۰ برگزار شد.",
        "خودروها استاندارد یورو ۵ دارند.",
        "فضاپیمای سایوز -۱۱ پرتاب شد.",
        "ناو سایوز تی ام- ۲۰ فرود آمد.",
        "هواپیماهای اف- 14 به مصر رفتند.",
        "چاپ ۳ بعدی رایج شد.",
    ] {
        none(text);
    }
    // A date set off by dashes stays a date.
    let f = one("روز یکشنبه -۱۶ تیر ماه- برگزار شد.");
    assert_eq!((f.value, f.kind), (416.0, Kind::Date));
    // A count after a dash between clauses stays a count.
    let f = one("این خبر را تأیید کرد- ۲۰ نفر زخمی شدند.");
    assert_eq!((f.value, f.kind), (20.0, Kind::Count));
    // A negative amount keeps its sign.
    let f = one("دما به -۵ درجه رسید.");
    assert_eq!((f.value, f.unit), (-5.0, Some("c")));
    // A number a label named is the same name met again.
    none("طبق قطعنامه ۱۷۰۱ و مفاد قطعنامه‌ای که ۱۷۰۱ نام دارد");
    // A label with its linking ی written after the ه.
    none("نحوه تصویب تبصره‌ی ماده‌ی ۴۸ قانون آئین دادرسی");
    let found = all("قطعنامه ۱۷۰۱ را ۱۷۰۱ نفر امضا کردند");
    assert_eq!(found.len(), 1, "{found:?}");
    // A list of labels ends where a count begins.
    let f = one("طبق ماده ۵ و ۱۲ نفر دیگر حاضر بودند.");
    assert_eq!((f.value, f.text.as_str()), (12.0, "۱۲ نفر"));
}

#[test]
fn ordinals_from_thirty_up_in_words() {
    for (text, value) in [
        ("برگزاری سی امین همایش ملی", 30.0),
        ("برگزاری سی‌امین همایش ملی", 30.0),
        ("در دوره سی و یکم همایش", 31.0),
        ("چهلمین سالگرد تاسیس", 40.0),
        ("صد و دهمین سالروز تولد", 110.0),
        ("پنجاه و دو امین نشست", 52.0),
    ] {
        let f = one(text);
        assert_eq!((f.value, f.kind), (value, Kind::Ordinal), "{text}");
    }
}

#[test]
fn fractions_in_words_are_counts_of_their_value() {
    for (text, value) in [
        ("یک‌سوم کارکنان بازنشسته شدند.", 1.0 / 3.0),
        ("یک سوم کارکنان بازنشسته شدند.", 1.0 / 3.0),
        ("دو سوم کارکنان بازنشسته شدند.", 2.0 / 3.0),
        ("یک چهارم کارکنان بازنشسته شدند.", 0.25),
        ("نیمی از کارکنان بازنشسته شدند.", 0.5),
    ] {
        let f = one(text);
        assert!((f.value - value).abs() < 1e-9, "{text}: {f:?}");
        assert_eq!(f.kind, Kind::Count, "{text}");
    }
    let f = one("بیش از نیمی از سهام فروخته شد.");
    assert_eq!(f.qualifier, Some(Qualifier::Over));
}

#[test]
fn one_counts_where_the_copy_weighs_it() {
    let f = one("در این تصادف یک نفر کشته شد.");
    assert_eq!((f.value, f.kind), (1.0, Kind::Count));
    let f = one("ماموران یک نفر را بازداشت کردند.");
    assert_eq!((f.value, f.kind), (1.0, Kind::Count));
    let f = one("بیمار یک ماه در بخش مراقبت ماند.");
    assert_eq!((f.value, f.unit), (1.0, Some("month")));
    let f = one("اکران فیلم یک هفته عقب افتاد.");
    assert_eq!((f.value, f.unit), (1.0, Some("week")));
    // The span looked over counts as `دو دهه گذشته` does; a time ago places, it counts not.
    let f = one("تولید نفت در یک دهه گذشته افت کرد.");
    assert_eq!((f.value, f.unit), (10.0, Some("year")));
    let f = one("در یک ماه آینده تصمیم می‌گیریم.");
    assert_eq!((f.value, f.unit), (1.0, Some("month")));
    // A delay or a shift weighs even an hour or a day.
    let f = one("ادارات با یک ساعت تاخیر باز می‌شوند.");
    assert_eq!((f.value, f.unit), (1.0, Some("hour")));
    let f = one("این بازی یک روز دیرتر برگزار شد.");
    assert_eq!((f.value, f.unit), (1.0, Some("day")));
    let f = one("بیش از یک تن برنج توزیع شد.");
    assert_eq!(
        (f.value, f.unit, f.qualifier),
        (1.0, Some("t"), Some(Qualifier::Over))
    );
    for text in [
        "میزبان با یک گل مغلوب مهمان شد.",
        "مهاجم جوان یک گل زد.",
        "از کمک‌ها فقط یک نوبت پرداخت شد.",
    ] {
        assert_eq!(one(text).value, 1.0, "{text}");
    }
    for text in [
        "یک مقام ارشد گفت.",
        "فقط یک شوخی بود.",
        "باغبان یک گل سرخ چید.",
        "یکی از مدیران استعفا کرد.",
        "یک نفر در جلسه پرسید.",
        "یک ماه پیش تصمیم گرفتیم.",
        "یک سال قبل او را دیدم.",
        "یک روز به دیدنش رفتم.",
    ] {
        none(text);
    }
}

#[test]
fn counts_after_a_season_are_no_year() {
    let f = one("مهاجم تیم در آن سال ۲۷ گل زد.");
    assert_eq!((f.value, f.kind), (27.0, Kind::Count));
    let f = one("در سال ۹۸ مردم به پای صندوق رفتند.");
    assert_eq!((f.value, f.kind), (1398.0, Kind::Year));
    let f = one("قهرمان لیگ برتر 91 شد.");
    assert_eq!((f.value, f.kind), (1391.0, Kind::Year));
    for text in [
        "کلاس‌ها تا پایان نوروز ۹۹ تعطیل است.",
        "صادرات در نیمه دوم ۹۷ کم شد.",
    ] {
        let f = &all(text)[0];
        assert_eq!(f.kind, Kind::Year, "{text}");
    }
    let found = all("صادرات سه ماهه ۹۸ بالا رفت.");
    assert!(found.iter().any(|f| f.value == 1398.0), "{found:?}");
    let f = one("بهترین باشگاه قرن ۲۱ است.");
    assert_eq!((f.value, f.kind), (21.0, Kind::Ordinal));
}

#[test]
fn idioms_are_no_figures() {
    for text in [
        "نرم‌تنان دو کفه‌ای در ساحل فراوانند.",
        "این رقابت فراتر از یک مسابقه است.",
        "یکی دو هفته دیگر برمی‌گردد.",
        "یکی، دو مورد اشتباه شد.",
        "چاپ سه بعدی گسترش یافت.",
        "همه یک‌باره با یکدیگر رفتند.",
        "تیم به یک چهارم نهایی رسید.",
        "در نیم فصل دوم بهتر بازی کرد.",
        "قیمت نیم سکه بالا رفت.",
        "این توافق دو طرفه است.",
        "بازی‌ها در ریو دو ژانیرو برگزار شد.",
        "مدیر کل هواشناسی چهار محال و بختیاری گفت.",
        "فضای دو قطبی شکل گرفت.",
        "تصادف در سه راهی شهر رخ داد.",
    ] {
        none(text);
    }
    // A year before such a word stays a year.
    let f = one("مأموریت را در سال ۲۰۲۴ راهی فضا می‌کند.");
    assert_eq!((f.value, f.kind), (2024.0, Kind::Year));
    // The size of groups is a count, not a group's number.
    let f = &all("در گروه‌های پنج نفره کار کردند")[0];
    assert_eq!((f.value, f.kind), (5.0, Kind::Count));
}

#[test]
fn places_in_a_result_are_ordinals() {
    for (text, value) in [
        ("او در ماده پرتاب وزنه اول شد.", 1.0),
        ("قایقران ما با زمان ۲ دقیقه و ۵ ثانیه دوم شد.", 2.0),
        ("تیم ما عنوان سوم را گرفت.", 3.0),
        ("این قایقران اکنون پنجم آسیا است.", 5.0),
    ] {
        let found = all(text);
        let f = found.iter().find(|f| f.kind == Kind::Ordinal);
        assert_eq!(f.map(|f| f.value), Some(value), "{text}: {found:?}");
    }
    none("گام اول را برداشتیم.");
}

#[test]
fn bare_amounts_in_a_sentence_about_money_are_money() {
    for (text, value) in [
        ("بودجه باشگاه امسال ۸۰ میلیارد است.", 80e9),
        ("هزینه‌های تیم به ۶۰ میلیارد نرسید.", 60e9),
    ] {
        let f = one(text);
        assert_eq!(
            (f.value, f.kind, f.unit),
            (value, Kind::Money, Some("IRT")),
            "{text}"
        );
    }
    let f = one("جمعیت شهر ۱۲ میلیون است.");
    assert_eq!(f.kind, Kind::Count);
    // `رئال` (Real Madrid) folds to `ریال` but is no currency.
    let f = one("در سال ۲۰۱۸ رئال قهرمان شد.");
    assert_eq!((f.value, f.kind), (2018.0, Kind::Year));
}

#[test]
fn shooting_totals_are_scores() {
    for text in [
        "تیرانداز ما با ۶۱۲.۴ امتیاز دوم شد.",
        "او با ثبت رکورد ۶۲۱.۷ به فینال رفت.",
    ] {
        let found = all(text);
        assert!(
            found
                .iter()
                .any(|f| f.kind == Kind::Score && f.value.fract() != 0.0),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn small_numbers_typed_onto_time_or_a_classifier() {
    let f = one("دوسال پیش آمد.");
    assert_eq!((f.value, f.unit), (2.0, Some("year")));
    let f = one("چهارتن از اعضا آمدند.");
    assert_eq!((f.value, f.kind), (4.0, Kind::Count));
    for text in [
        "از دهدشت و هشترود آمد.",
        "جفری دوین سفیر است.",
        "سیمرغ پرید.",
    ] {
        none(text);
    }
}

#[test]
fn numbered_lines_are_no_figures() {
    // The marker typed before the number (a right-to-left `1-` in logical order), spaced
    // after it, or drawn out with a tatweel; only when the numbers run in sequence.
    none("منابع\n-1 کلیه فعالیت‌ها\n-2 انجام صحیح امور\n-3 بهبود مستمر");
    none("منابع\n9 - DRURY, COLIN\n10 - HILTON, RONALD");
    none("فهرست\n12ـ اعتمادی، حسین\n13ـ انصاریان، مهدی");
    // A headline bullet with a number stays a figure.
    let f = one("خبرها\n-64 کلاهک موشکی از قطار ربوده شد");
    assert_eq!((f.value, f.kind), (64.0, Kind::Count));
}

#[test]
fn list_items_that_lost_their_line_breaks_are_no_figures() {
    none("مقرر شد:۱ شورای سلامت تشکیل شود. ۲ مراکز بهداشتی فعال شوند. ۳ رؤسا حاضر باشند.");
    none("عبارت‌اند از:1 انکار ویروس. 2 برگزاری جشن. 3 سفر معلم. 4 انتقال اتباع.");
    // Counts opening sentences without a run around them stay, and so do age brackets.
    assert_eq!(all("۲ مرکز افتتاح شد. ۵ نفر آمدند.").len(), 2);
    let ages = all("رده سنی. 13تا14سال فاطمه اول. 14تا15سال صبا اول. 15تا17سال هما اول.");
    assert_eq!(ages.len(), 3, "{ages:?}");
}

#[test]
fn a_list_of_sources_carries_no_figures() {
    let text = "تورم ۴۰ درصد شد.\nمنابع و مآخذ\n1. رضایی، علی، فصلنامه اقتصاد12، شماره 16سال1390، ص 45.\n2. کریمی، تهران: نشر نو، 1388.";
    let found = all(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].value, found[0].kind), (40.0, Kind::Percent));
    // `منابع` inside a sentence is no heading.
    assert_eq!(all("به گفته منابع آگاه ۳۰ نفر بازداشت شدند.").len(), 1);
}

#[test]
fn lists_after_a_plural_label_spaced_or_not() {
    for text in [
        "مواد ۲۸،۲۹و ۳۰ قانون اصلاح شد.",
        "مواد ۲۸ ، ۲۹ و ۳۰ قانون اصلاح شد.",
        "اصول ۱۲،۱۳و۱۴ قانون اساسی را خواند.",
        "بندهای ۲،۳و ۴ حذف شد.",
        "ساخت واحدهای ۵ و ۶ نیروگاه آغاز شد.",
    ] {
        none(text);
    }
    // Units of a size are counted and measured, not numbered.
    assert_eq!(all("واحدهای ۸۰ متری به متقاضیان رسید.").len(), 1);
    assert_eq!(all("واحدهای ۶۰ تا ۹۰ متر مربع گران شد.").len(), 1);
}

#[test]
fn numbers_of_an_address_with_names_between() {
    for text in [
        "نشانی: خیابان شریعتی، نبش کوچه ملک، پلاک ۶",
        "خیابان شریعتی، نبش ملک، ۶",
        "واقع در خیابان امام، نبش کوچه رضایی، پ ۶",
        "خیابان کریمخان نبش ایرانشهر پلاک ۶ واحد ۳",
    ] {
        none(text);
    }
    let f = one("در خیابان آزادی، ۶ نفر زخمی شدند.");
    assert_eq!((f.value, f.kind), (6.0, Kind::Count));
}

#[test]
fn a_hedge_before_the_first_item_hedges_the_list() {
    let found = all("وزن آنها حدود ۸۵، ۹۰ و ۱۰۰ گرم بود.");
    assert_eq!(found.len(), 3, "{found:?}");
    for f in &found {
        assert_eq!(
            (f.unit, f.qualifier),
            (Some("g"), Some(Qualifier::About)),
            "{f:?}"
        );
    }
}

#[test]
fn counts_and_alternatives_share_the_hedge() {
    let found = all("در حدود ۴۵ یا ۵۰ حوزه انتخابیه رأی‌گیری شد.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found
        .iter()
        .all(|f| f.qualifier == Some(Qualifier::About) && f.subject.is_some()));
    let found = all("روزانه حداقل دو نفر یا چهار کودک جان می‌دهند.");
    assert_eq!(found[1].qualifier, Some(Qualifier::Over), "{found:?}");
    // `و` joins different things: the hedge stays with the first.
    let found = all("بیش از ۳۰۰ مرد و ۲۰۰ زن آمدند.");
    assert_eq!(found[1].qualifier, None, "{found:?}");
}

#[test]
fn counts_in_words_of_plain_nouns_and_of_one_released() {
    let f = one("محققان شش آنزیم جدید را شناسایی کردند.");
    assert_eq!((f.value, f.kind), (6.0, Kind::Count));
    none("سرطان شش در مردان شایع است.");
    let f = one("با عفو رهبری یک نفر از زندانیان آزاد شد.");
    assert_eq!((f.value, f.kind), (1.0, Kind::Count));
    none("پرهیز از هر گونه دو باره کاری");
}

#[test]
fn tens_and_units_typed_as_one_word_and_compound_ordinals() {
    let f = one("درآمد نفت هفتادوشش میلیون لیره اعلام شد.");
    assert_eq!((f.value, f.kind, f.unit), (76e6, Kind::Money, Some("GBP")));
    let f = one("هفتادوپنجمین سالگرد تأسیس");
    assert_eq!((f.value, f.kind), (75.0, Kind::Ordinal));
    let f = one("سی و یکمین جشنواره فیلم فجر");
    assert_eq!((f.value, f.kind), (31.0, Kind::Ordinal));
    let f = one("به وقایع یازدهمین روز بهمن ماه اختصاص دارد.");
    assert_eq!((f.value, f.kind), (1111.0, Kind::Date));
}

#[test]
fn tomans_and_qirans_are_one_amount() {
    let f = one("با دستمزد ۷۴ تومان و ۵ قران خواهد بود.");
    assert_eq!((f.value, f.unit), (74.5, Some("IRT")));
}

#[test]
fn a_shooters_total_in_a_numbered_results_line() {
    let found = all("نتایج:\n۱- الهه احمدی ۶۱۸.۲\n۲- نجمه خدمتی ۶۱۷.۵");
    let scores: Vec<f64> = found
        .iter()
        .filter(|f| f.kind == Kind::Score)
        .map(|f| f.value)
        .collect();
    assert_eq!(scores, [618.2, 617.5], "{found:?}");
}

#[test]
fn points_given_or_taken_are_counted_and_held_points_scored() {
    let f = one("ممکن است ۶ امتیاز هم از ما کسر شود.");
    assert_eq!(f.kind, Kind::Count);
    let f = one("داور ۲ امتیاز به صادقی داده بود.");
    assert_eq!(f.kind, Kind::Count);
    let found = all("برزیل با ۲۲ امتیاز جایگاه دوم جدول را از روسیه گرفت.");
    assert_eq!(found[0].kind, Kind::Score, "{found:?}");
    let f = one("مارسی تنها ۴۹ امتیاز دارد و این نشان می‌دهد که لیگ یکطرفه است.");
    assert_eq!(f.kind, Kind::Score);
}

#[test]
fn a_scale_before_a_word_of_money_is_money() {
    let f = one("برای این طرح ۹۰ میلیارد اعتبار در نظر گرفته شد.");
    assert_eq!((f.kind, f.unit), (Kind::Money, Some("IRT")));
    let f = one("۲ میلیون حقوق بگیر منتظرند.");
    assert_eq!(f.kind, Kind::Count);
}

#[test]
fn kitchen_measures() {
    let f = one("روزی ۳ فنجان قهوه بنوشید.");
    assert_eq!((f.value, f.kind, f.unit), (3.0, Kind::Measure, Some("cup")));
    let f = one("۲ قاشق غذاخوری روغن زیتون");
    assert_eq!(f.unit, Some("tbsp"));
    let f = one("۵۰ سی سی خون اهدا کرد.");
    assert_eq!(f.unit, Some("cc"));
    none("یک فنجان از آن صدها تن وزن دارد.");
}

#[test]
fn label_lists_citations_clock_spans_and_run_in_list_numbers_are_no_figures() {
    for text in [
        "احکام مواد ۵ تا ۷، ۹ و ۱۱ تا ۱۵ این قانون اجرا می‌شود.",
        "این حدیث آمده است (مجلسی، ۱۴۰۳: ۶ / ۲۱۴ و ۲۱۸) و نقل شد.",
        "امتحان در نوبت ۸ تا ۹:۳۰ و ۱۱ تا ۱۲:۳۰ برگزار می‌شود.",
        "این مولفه اجتماعی است. ۳.توجه به فرهنگ لازم است.",
        "شماره تلفن ۱۲۳ را بسپارید و به ۱۲۳ خبر دهید.",
    ] {
        let found = all(text);
        assert!(
            found.iter().all(|f| f.kind == Kind::Year),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_dash_with_spaces_joins_a_range_when_a_unit_follows() {
    let f = one("ساخت پل ۱۸ – ۲۰ ماه زمان برد.");
    assert_eq!((f.value, f.max, f.kind), (18.0, Some(20.0), Kind::Duration));
    let f = one("در تصادف ۳ - ۴ نفر مصدوم شدند.");
    assert_eq!((f.value, f.max, f.kind), (3.0, Some(4.0), Kind::Count));
    // A dashed pair before persons is a range, not a result.
    let f = one("حدود ۱۰-۱۲ نفر از کارکنان آمدند.");
    assert_eq!((f.value, f.max, f.kind), (10.0, Some(12.0), Kind::Count));
    let f = one("استقلال ۲ - ۱ پرسپولیس را برد.");
    assert_eq!((f.value, f.max, f.kind), (2.0, Some(1.0), Kind::Score));
}
