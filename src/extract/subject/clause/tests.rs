//! Tests of the clause readers: what a figure is the subject of across its clause.

use super::super::tests::subject;

#[test]
fn a_measure_per_person_is_of_the_quantity_not_the_person() {
    let s = subject("متوسط مصرف آب هر ایرانی روزانه ۲۵۰ لیتر است.", "۲۵۰");
    assert_eq!(s.as_deref(), Some("متوسط مصرف آب"));
    let s = subject("قیمت هر گرم طلای ۱۸ عیار ۴۳۶ هزار تومان شد.", "۴۳۶");
    assert_ne!(s.as_deref(), Some("قیمت"));
}

#[test]
fn a_carrier_with_its_complement_is_a_subject() {
    let s = subject(
        "میزان صادرات آب مجازی در جهان سالانه ۱۰۰۰ میلیارد مترمکعب است.",
        "۱۰۰۰",
    );
    assert_eq!(s.as_deref(), Some("میزان صادرات آب مجازی"));
    let s = subject("بودجه به میزان ۲۰ درصد افزایش یافت.", "۲۰");
    assert_eq!(s.as_deref(), Some("بودجه"));
}

#[test]
fn an_opening_period_with_an_ordinal_is_passed_to_the_clause_subject() {
    let s = subject(
        "در ۹۳ روز نخست امسال، مصرف گاز در منطقه سبزوار، با ۳ درصد افزایش به ۱۰ میلیون مترمکعب رسید.",
        "۳",
    );
    assert_eq!(s.as_deref(), Some("مصرف گاز"));
}

#[test]
fn a_percent_of_the_norm_is_of_what_the_clause_is_about() {
    let s = subject("بارش‌ها در استان تهران ۸۵ درصد نرمال بوده است.", "۸۵");
    assert_eq!(s.as_deref(), Some("بارش‌ها"));
    let s = subject(
        "مجموع بارش‌ها تا اواسط خردادماه، ۷۰ درصد متوسط بلندمدت است.",
        "۷۰",
    );
    assert_eq!(s.as_deref(), Some("بارش‌ها"));
}

#[test]
fn a_dimension_before_a_measure_names_it_when_a_verb_follows() {
    let s = subject("چتر در ارتفاع تقریباً ۷ کیلومتر عمل کرد.", "تقریباً");
    assert_eq!(s.as_deref(), Some("ارتفاع"));
    let s = subject("در وزن ۶۶ کیلوگرم رضا احمدی از تهران به فینال رسید.", "۶۶");
    assert_eq!(s.as_deref(), Some("رضا احمدی"));
}

#[test]
fn time_given_to_an_object_is_of_that_object() {
    let s = subject(
        "شورا اعزام نیروی چندملیتی به هائیتی را به مدت سه ماه تصویب کرد.",
        "سه",
    );
    assert!(s.is_some_and(|s| s.contains("نیروی")));
    let s = subject("کشورها نیروهای خود را به مدت ۹۰ روز اعزام می‌کنند.", "۹۰");
    assert!(s.as_deref().is_some_and(|s| s.ends_with("نیروها")), "{s:?}");
    let s = subject("دادگاه مهلت ۴۸ ساعته برای اجرای حکم تعیین کرد.", "۴۸");
    assert_eq!(s.as_deref(), Some("اجرای حکم"));
    let s = subject("اجرای این طرح به چهار سال زمان نیاز دارد.", "چهار");
    assert_eq!(s.as_deref(), Some("اجرای این طرح"));
}

#[test]
fn a_reported_period_names_what_the_clause_after_it_measured() {
    let s = subject(
        "در ۹۳ روز نخست امسال، مصرف گاز طبیعی ۳ درصد بیشتر شد.",
        "۹۳",
    );
    assert_eq!(s.as_deref(), Some("مصرف گاز طبیعی"));
    let s = subject("در ۱۵ سال اخیر، قیمت‌ها دو برابر شد.", "۱۵");
    assert_eq!(s.as_deref(), Some("قیمت‌ها"));
}

#[test]
fn a_part_of_a_year_names_what_its_clause_measured() {
    let s = subject(
        "صادرات از گمرک زنجان در ۵ ماه اول سال ۱۵ درصد بیشتر شد.",
        "۵",
    );
    assert_eq!(s.as_deref(), Some("صادرات"));
    let s = subject(
        "نرخ تورم این کشور در دوازده ماه منتهی به ژوئن کم شد.",
        "دوازده",
    );
    assert_eq!(s.as_deref(), Some("نرخ تورم این کشور"));
    let s = subject("جلسات شورا هر دو هفته یکبار برگزار می‌شود.", "دو");
    assert_ne!(s.as_deref(), Some("یکبار"));
}

#[test]
fn a_measure_noun_starts_an_object_run_into_its_subject() {
    let s = subject(
        "صرافی‌های مجاز بانک مرکزی قیمت دلار را نسبت به روز گذشته ۲۵۰ تومان افزایش دادند.",
        "۲۵۰",
    );
    assert_eq!(s.as_deref(), Some("قیمت دلار"));
    let s = subject("دولت این رقم را به ۲۰ درصد رساند.", "۲۰");
    assert_eq!(s.as_deref(), Some("این رقم"));
}

#[test]
fn an_object_is_the_phrase_before_who_does_it() {
    let s = subject(
        "وی مدت اجرای پروژه از سوی وزارت راه را سه سال اعلام کرد.",
        "سه",
    );
    assert_eq!(s.as_deref(), Some("اجرای پروژه"));
}

#[test]
fn a_time_ago_times_nothing_and_places_what_a_date_would() {
    // As `هفدهم فروردین، X گفت` names X.
    let s = subject("جمشید مشایخی ۱۲ سال قبل در گفت‌وگویی گفت.", "۱۲");
    assert_eq!(s.as_deref(), Some("جمشید مشایخی"));
    assert_eq!(
        subject("کمی بیش از ده سال پیش، فروشگاه‌ها کوپن دادند.", "بیش"),
        None
    );
    let s = subject("دو روز قبل از انتخابات، مناظره برگزار شد.", "دو");
    assert_eq!(s.as_deref(), Some("انتخابات"));
}

#[test]
fn a_span_of_time_runs_unmarked_into_the_subject_after_it() {
    let s = subject(
        "در شش ماهه گذشته میزان کشفیات شیشه ۱۴۰ درصد نسبت به مدت مشابه سال قبل افزایش داشته است.",
        "۱۴۰",
    );
    assert_eq!(s.as_deref(), Some("میزان کشفیات شیشه"));
}

#[test]
fn a_time_in_the_place_of_the_object_is_passed_to_the_object() {
    let s = subject(
        "وی میانگین بارش استان در سال زراعی جاری را ۶۰.۷ میلی‌متر عنوان کرد.",
        "۶۰.۷",
    );
    assert_eq!(s.as_deref(), Some("میانگین بارش استان"));
    // Not a time with an object of its own after it.
    let s = subject("بحران پولی در سال ۲۰۱۸ نرخ تورم را به ۲۵ درصد رساند.", "۲۵");
    assert_eq!(s.as_deref(), Some("نرخ تورم"));
}

#[test]
fn an_opener_longer_than_a_subject_ends_at_its_comma() {
    let s = subject(
        "به گزارش خبرنگار اقتصادی خبرگزاری محلی، هزینه نصب کنتور برق به ۹۰۰ هزار تومان رسید.",
        "۹۰۰",
    );
    assert_eq!(s.as_deref(), Some("هزینه نصب کنتور برق"));
}

#[test]
fn a_comma_after_a_short_opener_closes_the_subject_not_the_opener() {
    let s = subject("در استان ظرفیت انبارهای غله، ۲۰۰ هزار تن است.", "۲۰۰");
    assert!(!s.unwrap_or_default().starts_with("استان"));
}

#[test]
fn a_date_compared_with_leaves_the_clause_to_what_the_sentence_is_about() {
    let s = subject(
        "فروش شرکت در پاییز به ۹۰ میلیارد تومان رسید که در مقایسه با مهر ۱۳۹۷ معادل ۱۲ درصد رشد داشته است.",
        "۱۲",
    );
    assert_eq!(s.as_deref(), Some("فروش شرکت"));
    let s = subject(
        "هر سکه در بازار ۹ میلیون تومان معامله شد که نسبت به روز سه شنبه، ۸۰ هزار تومان افت داشته است.",
        "۸۰",
    );
    assert_eq!(s.as_deref(), Some("سکه"));
}

#[test]
fn a_relative_clause_closed_by_a_comma_hands_back_its_antecedent() {
    let s = subject(
        "شاخص دلار که ارزش آن در برابر سبدی از ارزهای مهم را می‌سنجد، با ۰.۳ درصد کاهش به ۹۷.۱ واحد رسید.",
        "۰.۳",
    );
    assert_eq!(s.as_deref(), Some("شاخص دلار"));
    // `آن طور که` is a conjunction, no relative clause.
    let s = subject(
        "بدهی شرکت ممکن است آن طور که مدیر مالی گفت، به ۲۹ میلیون دلار برسد.",
        "۲۹",
    );
    assert_ne!(s.as_deref(), Some("آن طور"));
}

#[test]
fn a_passive_participle_before_a_preposition_is_an_adjective_of_the_subject() {
    let s = subject(
        "تعداد موارد تأیید شده در این استان با ۱۲۰ مورد افزایش به ۹ هزار مورد رسید.",
        "۱۲۰",
    );
    assert_eq!(s.as_deref(), Some("تعداد موارد تأیید شده"));
    let s = subject("ارزش کالاهای کشف شده ۴۰ میلیارد ریال برآورد شد.", "۴۰");
    assert_eq!(s.as_deref(), Some("ارزش کالاهای کشف شده"));
}

#[test]
fn a_time_with_a_demonstrative_before_the_subject_is_passed() {
    let s = subject(
        "در این مدت ارزش کالاها در این انبار ۸۰ میلیون ریال برآورد شده است.",
        "۸۰",
    );
    assert_eq!(s.as_deref(), Some("ارزش کالاها"));
}

#[test]
fn a_year_opening_the_clause_before_a_relative_one_is_passed() {
    let s = subject(
        "در سال ۱۴۰۱ شاخص گروه لبنیات به ۴۱۰ واحد رسید که در مقایسه با سال قبل ۱۸.۲ درصد افزایش یافته است.",
        "۱۸.۲",
    );
    assert_eq!(s.as_deref(), Some("شاخص گروه لبنیات"));
}

#[test]
fn a_verbal_noun_before_its_light_verb_is_no_subject() {
    let s = subject("سهم واردات به ۱۲ درصد تقلیل یافت.", "۱۲");
    assert_eq!(s.as_deref(), Some("سهم واردات"));
    let s = subject("برای هر استان ۳۰ میلیارد ریال تخصیص یافت.", "۳۰");
    assert_ne!(s.as_deref(), Some("تخصیص"));
}

#[test]
fn a_phrase_of_place_after_the_subject_complements_it() {
    let s = subject(
        "ذخیره اورانیوم غنی‌شده در تأسیسات هسته‌ای نطنز به ۳۰۰ کیلوگرم رسید.",
        "۳۰۰",
    );
    assert_eq!(s.as_deref(), Some("ذخیره اورانیوم غنی‌شده"));
    let s = subject(
        "وی افزود: شاخص کل در بورس اوراق بهادار تهران با ۱۲۰۰ واحد کاهش به ۹۰ هزار واحد رسید.",
        "۱۲۰۰",
    );
    assert_eq!(s.as_deref(), Some("شاخص کل"));
    // After a source or an opening phrase of place the subject still runs on from it.
    let s = subject(
        "به گزارش ایسنا در فرابورس شاخص کل با ۲۱ واحد افزایش به ۹۰۰ واحد رسید.",
        "۲۱",
    );
    assert_eq!(s.as_deref(), Some("شاخص کل"));
    let s = subject("امروز در بازار آزاد قیمت سکه ۲ درصد کاهش یافت.", "۲");
    assert_eq!(s.as_deref(), Some("قیمت سکه"));
}

#[test]
fn a_span_of_one_is_passed_like_any_other() {
    let s = subject(
        "با شیوع کرونا در آمریکا، تعداد بیکاران در یک هفته به ۱۰ میلیون نفر رسید.",
        "۱۰",
    );
    assert_eq!(s.as_deref(), Some("تعداد بیکاران"));
}
