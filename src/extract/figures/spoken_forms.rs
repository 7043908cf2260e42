//! Forms of real copy read in the fifth round, each on sentences of our own: court hearings
//! and interviews typed as they were spoken, where amounts leave their scale or currency to
//! the second of two numbers or to the sentence around them.

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
fn two_amounts_in_digits_share_the_scale_said_after_the_second() {
    assert_eq!(
        values("شاکی گفت مبالغ ۴۵۰ و ۷۰۰ هزار تومان را برای مشاوره داده است."),
        [
            (450_000.0, Kind::Money, Some("IRT")),
            (700_000.0, Kind::Money, Some("IRT"))
        ]
    );
    assert_eq!(
        values("ارزش آن به ترتیب ۲.۴ و ۳.۱ میلیارد دلار بود."),
        [
            (2.4e9, Kind::Money, Some("USD")),
            (3.1e9, Kind::Money, Some("USD"))
        ]
    );
    // A year or a label before the first keeps it what it was.
    let found = values("در سال ۹۸ و ۳ میلیون نفر دیگر");
    assert_eq!(found[0], (1398.0, Kind::Year, None), "{found:?}");
    // A first amount with a scale of its own goes on into one amount.
    assert_eq!(
        values("۸ میلیارد و ۳۰۰ میلیون تومان"),
        [(8.3e9, Kind::Money, Some("IRT"))]
    );
}

#[test]
fn a_bare_amount_is_money_where_its_clause_or_paragraph_says_so() {
    for text in [
        "متهم گفت: حدود ۳۰۰ میلیون به حسابم واریز شد.",
        "شاکی گفت که ۲۲ میلیون به صورت پیش پرداخت داده است.",
        "۱۵۰ میلیارد تومان از محل مالیات تامین شد. ۴۰ میلیارد نیز از محل اوراق آمد.",
    ] {
        let found = all(text);
        let last = found.last().expect(text);
        assert_eq!((last.kind, last.unit), (Kind::Money, Some("IRT")), "{text}");
    }
    // «به حساب آمدن» is "to count as"; a new paragraph says nothing of the last one's money.
    for text in [
        "۲ میلیون نفر جمعیت شهر به حساب می‌آید.",
        "۱۵۰ میلیارد تومان تامین شد.\n۴۰ میلیون در این شهر زندگی می‌کنند.",
    ] {
        let found = all(text);
        let last = found.last().expect(text);
        assert_eq!(last.kind, Kind::Count, "{text}: {found:?}");
    }
}

#[test]
fn birth_years_in_two_digits_and_years_listed_after_commas() {
    let found = values("متهم گفت: متولد ۷۲، لیسانس و متأهل هستم.");
    assert_eq!(found, [(1372.0, Kind::Year, None)]);
    let found = values("در سال‌های ۹۳، ۹۱ و ۸۹ نیز همین ادعا را کرده بود.");
    let years: Vec<f64> = found.iter().map(|f| f.0).collect();
    assert_eq!(years, [1393.0, 1391.0, 1389.0], "{found:?}");
    // What a number after the comma counts keeps it a count.
    let found = values("در سال ۹۶، ۱۲ نفر آمدند.");
    assert_eq!(found[1], (12.0, Kind::Count, None), "{found:?}");
}

#[test]
fn ranges_opened_by_one_and_ranges_of_money_by_their_scale() {
    let found = all("هر بار یک تا سه نفر از اعضا غایب بودند.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].value, found[0].max), (1.0, Some(3.0)));
    let found = all("درمان یک تا دو هفته طول می‌کشد.");
    assert_eq!(
        (found[0].value, found[0].max, found[0].unit),
        (1.0, Some(2.0), Some("week"))
    );
    let found = values("او گفت یک تا دو میلیارد هزینه دفاتر بوده است.");
    assert_eq!(found, [(1e9, Kind::Money, Some("IRT"))]);
    let found = values("هزینه ساخت ۴ تا ۵ میلیارد بود.");
    assert_eq!(found, [(4e9, Kind::Money, Some("IRT"))]);
    // "From A to Z" counts nothing.
    assert!(all("صفر تا صد حوزه کاری را مراقبت کنید.").is_empty());
}

#[test]
fn all_three_or_four_of_a_thing_are_counted_but_both_is_not() {
    let found = all("نماینده دادستان گفت هر چهار متهم از این شرکت نام می‌برند.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].value, found[0].kind), (4.0, Kind::Count));
    assert!(all("هر دو تیم به مرحله بعد رفتند.").is_empty());
    // Running and field is a sport, however it is spaced.
    assert!(all("در رشته‌های دو ومیدانی و جودو شانس داریم.").is_empty());
    assert!(all("در رشته دو و میدانی شانس داریم.").is_empty());
    // Two-stroke and four-stroke are kinds of engine.
    assert!(all("از موتورهای دو زمانه و چهار زمانه عوارض می‌گیرند.").is_empty());
    assert!(all("قیمت به ازای هر میلیون واحد گرمایی بالا رفت.").is_empty());
}

#[test]
fn days_listed_with_commas_take_the_month_of_the_last() {
    let found = values("جشنواره در روزهای ۱۷، ۱۹ و ۲۲ مهر برگزار می‌شود.");
    let days: Vec<f64> = found.iter().map(|f| f.0).collect();
    assert_eq!(days, [717.0, 719.0, 722.0], "{found:?}");
    // Counts listed so stay counts.
    let found = values("۱۲، ۱۵ و ۲۰ نفر آمدند.");
    assert!(found.iter().all(|f| f.1 == Kind::Count), "{found:?}");
}

#[test]
fn one_digit_after_sal_that_counts_what_follows_is_no_year() {
    let found = values("از ۱۲ فیلم پرفروش سال ۵ فیلم کمدی بودند.");
    assert_eq!(found[1], (5.0, Kind::Count, None), "{found:?}");
}

#[test]
fn amounts_of_money_by_a_change_or_a_later_amount_of_money() {
    let found = values("فروش ۶ میلیارد تومان بود که حدود یک میلیارد کاهش داشت.");
    assert_eq!(found[1], (1e9, Kind::Money, Some("IRT")), "{found:?}");
    let found = values("«الف» ساخته رضا ۲۱ میلیارد و «ب» ساخته علی ۹ میلیارد فروش داشته است.");
    assert_eq!(found[0], (21e9, Kind::Money, Some("IRT")), "{found:?}");
}

#[test]
fn after_a_day_described_is_no_span() {
    assert!(all("وزیر پس از یک روز پرکار به تهران بازگشت.").is_empty());
    let found = values("جلسه پس از یک ساعت تمام شد.");
    assert_eq!(found, [(1.0, Kind::Duration, Some("hour"))]);
}

#[test]
fn a_range_of_months_each_with_its_year_is_one_date() {
    let found = all("در فاصله نوامبر سال ۲۰۱۸ تا مه سال ۲۰۱۹ خرید نفت بالا رفت.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].value, found[0].max),
        (20181100.0, Some(20190500.0))
    );
    let found = all("قیمت از اسفند ۱۳۹۶ تا خرداد ۱۳۹۸ دو برابر شد.");
    assert_eq!(
        (found[0].value, found[0].max),
        (13961200.0, Some(13980300.0))
    );
}

#[test]
fn a_floor_takes_the_scale_and_unit_said_after_its_ceiling() {
    for text in [
        "کف این حقوق ۲.۵ و سقف آن ۵ میلیون تومان است.",
        "حقوق حداقل ۲.۵ و حداکثر ۵ میلیون تومان است.",
    ] {
        let found = values(text);
        assert_eq!(
            found[0],
            (2.5e6, Kind::Money, Some("IRT")),
            "{text}: {found:?}"
        );
        assert_eq!(
            found[1],
            (5e6, Kind::Money, Some("IRT")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_label_names_the_list_of_number_words_after_it() {
    for text in [
        "برای گواهینامه رانندگی پایه یک و دو عوارض تعیین شد.",
        "بر اساس بندهای دو و چهار ماده یک قانون مالیات گرفته می‌شود.",
        "کودکان مراکز شماره یک و دو بوشهر با شهردار دیدار کردند.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
}
