//! Tests of the result and ranking readers, over whole sentences.

use crate::article::Field;
use crate::extract::figures_in;

fn subjects(text: &str) -> Vec<(String, Option<String>)> {
    figures_in(text, Field::Body)
        .into_iter()
        .map(|f| (f.text, f.subject))
        .collect()
}

#[test]
fn the_side_a_result_favours_is_whose_it_is() {
    for (text, side) in [
        (
            "وارگاس در دقیقه ۵۴ نتیجه را ۲ بر صفر به نفع لاروخا کرد.",
            "لاروخا",
        ),
        (
            "این دیدار با نتیجه سه بر دو به سود السلیه به پایان رسید.",
            "السلیه",
        ),
    ] {
        let found = subjects(text);
        let score = found.iter().find(|(t, _)| t.contains(" بر "));
        assert_eq!(score.and_then(|f| f.1.as_deref()), Some(side), "{found:?}");
    }
}

#[test]
fn bouts_counted_before_a_result_are_what_it_is_of() {
    let found = subjects("او در هر سه مبارزه با نتیجه ۱۰ بر صفر به پیروزی رسید.");
    let score = found.iter().find(|(text, _)| text.starts_with("۱۰"));
    assert_eq!(
        score.and_then(|f| f.1.as_deref()),
        Some("مبارزه"),
        "{found:?}"
    );
}

#[test]
fn a_place_names_who_placed_not_where_they_come_from() {
    for (text, want) in [
        ("علی رضایی و حسن کریمی سوم شدند.", "علی رضایی و حسن کریمی"),
        (
            "مریم حسینی و زهرا کاظمی از فارس سوم شدند.",
            "مریم حسینی و زهرا کاظمی",
        ),
        (
            "در این رقابت‌ها محمد احمدی و رضا علوی از خراسان رضوی عنوان سوم را کسب کردند.",
            "محمد احمدی و رضا علوی",
        ),
        (
            "فارس دوم شد و سپاهان و ذوب‌آهن از اصفهان مشترکا سوم شدند.",
            "سپاهان و ذوب‌آهن",
        ),
        (
            "در دسته اول، تیم فولاد نطنز با ۶۹۶/۳۵ امتیاز اول شد.",
            "تیم فولاد نطنز",
        ),
    ] {
        let got = subjects(text);
        let place = got.iter().rev().find(|(f, _)| !f.contains('۶')).unwrap();
        assert_eq!(place.1.as_deref(), Some(want), "{text}: {got:?}");
    }
    // Teams named as examples placed nothing.
    let got = subjects("بالاتر از تیم‌هایی چون شیمیدر، دانشگاه و پتروشیمی عنوان نخست را کسب کند.");
    assert_ne!(got[0].1.as_deref(), Some("دانشگاه و پتروشیمی"), "{got:?}");
}

#[test]
fn points_held_and_their_place_name_who_holds_them() {
    let got = subjects("تیم شیراز در پایان روز نخست با ۴۰ امتیاز در جایگاه دوم قرار دارد.");
    let held: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(held, [Some("تیم شیراز"), Some("تیم شیراز")], "{got:?}");
    let got = subjects("علی کریمی از تیم شیراز با کسب ۶۲۰ امتیاز در رده سوم ایستاد.");
    let held: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(held, [Some("علی کریمی"), Some("علی کریمی")], "{got:?}");
}

#[test]
fn a_rank_held_names_its_holder() {
    let got = subjects("فرانسه در رده دوازدهم و قطر در رده هفدهم قرار دارند.");
    let held: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(held, [Some("فرانسه"), Some("قطر")], "{got:?}");
    let got = subjects("سعید صفرزاده از استان آذربایجان شرقی دوم شد.");
    assert_eq!(got[0].1.as_deref(), Some("سعید صفرزاده"), "{got:?}");
    // What a determiner or a preposition leads holds no rank.
    let got = subjects("با ۱.۹ گل به ازای هر بازی در رده سوم قرار گرفت.");
    assert_ne!(got.last().unwrap().1.as_deref(), Some("بازی"), "{got:?}");
    let got = subjects("سایت فدراسیون در خبری از کسب عنوان سومی خبر داد.");
    assert_ne!(got[0].1.as_deref(), Some("خبری"), "{got:?}");
}

#[test]
fn a_result_against_an_opponent_is_the_clause_subjects() {
    for (text, want) in [
        (
            "در وزن ۶۵ کیلوگرم امیرحسین مقصودی در دور اول مقابل نورگازی عبدالرزاکوف از قرقیزستان با نتیجه ۱۰ بر صفر پیروز شد.",
            "امیرحسین مقصودی",
        ),
        (
            "مجتبی گلیج در دور اول با نتیجه ۱۱ بر صفر باسانتسوجت از مغولستان را مغلوب کرد.",
            "مجتبی گلیج",
        ),
        (
            "از گروه B تیم ملی پورتوریکو با نتیجه ۷۷ بر ۷۳ فیلیپین را شکست داد.",
            "تیم ملی پورتوریکو",
        ),
    ] {
        let got = subjects(text);
        let score = got.iter().find(|(f, _)| f.contains(" بر ")).unwrap();
        assert_eq!(score.1.as_deref(), Some(want), "{text}: {got:?}");
    }
    // A set's result in a clause that goes on to another verb stays the set's.
    let got = subjects("اوپلکا در ست بعد با پیروزی ۶ بر ۴ نتیجه را ۲ بر ۲ کرد تا برنده مشخص شود.");
    assert_eq!(got[0].1.as_deref(), Some("ست بعد"), "{got:?}");
    // A pronoun names no side: the one its sentence or the one before opened with does.
    let got = subjects("وی در دور دوم مقابل علیشیر یرگالی با نتیجه ۶ بر ۴ پیروز شد.");
    assert_ne!(got[0].1.as_deref(), Some("وی"), "{got:?}");
    let got = subjects(
        "به گزارش مهر، سرمستی در دور سوم به برتری دست یافت. وی در این دیدار نیز با نتیجه ۶ بر ۴ کشتی گیر آمریکایی را شکست داد.",
    );
    let score = got.iter().find(|(f, _)| f.contains(" بر ")).unwrap();
    assert_eq!(score.1.as_deref(), Some("سرمستی"), "{got:?}");
}

#[test]
fn results_run_together_name_the_side_between_them() {
    let got = subjects(
        "نتایج دیدارها: مشهد ۳ - کرمان ب ۱ رشت ۲ - اهواز صفر ساری ب ۱ - قزوین ۱ پایان. کره ۳ - ۱ چین ۲۵-۱۸، ۲۵-۲۱ و ۲۵-۲۰)",
    );
    let sides: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        sides,
        [
            Some("مشهد"),
            Some("رشت"),
            Some("ساری ب"),
            Some("کره"),
            Some("کره"),
            Some("کره"),
            Some("کره")
        ],
        "{got:?}"
    );
}
