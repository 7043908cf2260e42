use super::super::tests::subject;

#[test]
fn a_day_word_ends_the_phrase_before_the_date() {
    let s = subject(
        "وزیر خارجه مایک پمپئو روز سه‌شنبه ۱۲ مهر گفت که مذاکره ممکن است",
        "۱۲",
    );
    assert_eq!(s.as_deref(), Some("وزیر خارجه مایک پمپئو"));
    let s = subject(
        "شیلی و کلمبیا بامداد دوشنبه فینال جام ملت‌ها ۲۰۲۱ را برگزار کردند",
        "۲۰۲۱",
    );
    assert_eq!(s.as_deref(), Some("فینال جام ملت‌ها"));
}

#[test]
fn the_rest_of_a_date_is_passed_over() {
    for (text, at, want) in [
        (
            "قیمت بلیت قطار از ۱۰ اسفندماه سال گذشته با افزایش همراه شد.",
            "۱۰",
            "قیمت بلیت قطار",
        ),
        (
            "خط جدید مترو از دوم مهرماه سال جاری راه‌اندازی شد.",
            "دوم",
            "خط جدید مترو",
        ),
        (
            "مرحله نخست طرح در ۱۲ آبان سال جاری در مدارس استان اجرا شده است.",
            "۱۲",
            "مرحله نخست طرح",
        ),
    ] {
        assert_eq!(subject(text, at).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_year_opening_a_tally_places_what_is_tallied() {
    for (text, want) in [
        (
            "در سال ۹۶ بیش از ۴۰۰ پروانه ساخت در این شهر صادر شد.",
            Some("پروانه ساخت"),
        ),
        (
            "به گفته وی در سال ۹۷ حدود ۳ هزار ساعت دوره آموزشی برگزار شد.",
            Some("دوره آموزشی"),
        ),
    ] {
        assert_eq!(subject(text, "سال").as_deref(), want, "{text}");
    }
    // A rank after the year is no tally.
    let s = subject("در سال ۹۸ دومین دور گفت‌وگوها در تهران برگزار شد.", "سال");
    assert_ne!(s.as_deref(), Some("دور گفت‌وگوها"));
}

#[test]
fn a_model_name_keeps_its_digits() {
    let s = subject(
        "او نام دستگاه خود را M1 گذاشت و تا نسخه M5 در سال 1950 نیز آن را ارتقا داد",
        "سال",
    );
    assert!(s.as_deref().is_some_and(|s| s.ends_with("M5")), "{s:?}");
}

#[test]
fn an_event_and_a_named_day_are_what_their_dates_date() {
    let s = subject(
        "سی امین دوره یونیورسیاد از ۱۲ تا ۲۳ تیرماه در ناپل برگزار می‌شود",
        "از ۱۲",
    );
    assert_eq!(s.as_deref(), Some("یونیورسیاد"));
    let s = subject("سی‌وهشتمین نمایشگاه کتاب مسکو ۱۲ مهر گشایش یافت", "۱۲");
    assert_eq!(s.as_deref(), Some("نمایشگاه کتاب مسکو"));
    let s = subject("دیدار نیمه نهایی این رقابت‌ها ۲۵ خرداد برگزار می‌شود", "۲۵");
    assert_eq!(s.as_deref(), Some("دیدار نیمه نهایی"));
    let s = subject("امروز ۱۸ اردیبهشت مصادف با روز جهانی موزه است", "۱۸");
    assert_eq!(s.as_deref(), Some("روز جهانی موزه"));
    let s = subject("روز جهانی کارگر مصادف با ۱۱ اردیبهشت است", "۱۱");
    assert_eq!(s.as_deref(), Some("روز جهانی کارگر"));
    // The same day in the other calendar is no name of it; the name apposed after is.
    let s = subject(
        "امروز اول ماه مه مصادف با ۱۱ اردیبهشت، روز جهانی کارگر است",
        "۱۱",
    );
    assert_eq!(s.as_deref(), Some("روز جهانی کارگر"));
}

#[test]
fn a_year_names_what_it_places_not_a_person_described() {
    for (text, want) in [
        (
            "طرح مسکن مهر که دولت قبل آن را آغاز کرد در سال 91 متوقف شد",
            Some("طرح مسکن مهر"),
        ),
        (
            "رسوایی فساد مالی فیفا که بسیاری از مقامات را درگیر کرد در سال ۲۰۱۲ آشکار شد",
            Some("رسوایی فساد مالی فیفا"),
        ),
        (
            "ستاره فرانسوی بایرن مونیخ، نرسیدن توپ طلا به او در سال ۲۰۱۳ را بدترین اتفاق دانست",
            Some("توپ طلا"),
        ),
        ("ستاره بارسلونا در سال ۲۰۱۵ به این باشگاه پیوست", None),
        ("رقیب او در سال ۲۰۱۶ قهرمان شد", None),
    ] {
        assert_eq!(subject(text, "سال").as_deref(), want, "{text}");
    }
    // `زمانی که` is "when", no head of a relative clause.
    let s = subject("زمانی که سال ۹۲ کار را شروع کردیم ظرفیت کم بود", "سال");
    assert_ne!(s.as_deref(), Some("زمانی"));
}

#[test]
fn a_year_after_a_work_s_title_dates_the_work() {
    let s = subject(
        "کارگردان جایزه هیئت داوران را برای فیلم «اوزاک» در سال ۲۰۰۲ گرفت",
        "سال",
    );
    assert_eq!(s.as_deref(), Some("اوزاک"));
    let s = subject(
        "او پس از فیلم «امپراطور درون» در سال ۲۰۰۶ فیلمی نساخت",
        "سال",
    );
    assert_eq!(s.as_deref(), Some("امپراطور درون"));
}

#[test]
fn dates_place_the_event_of_their_sentence() {
    let s = subject("مجمع انتخاباتی هیئت کشتی قرار است ۲۰ مهر برگزار شود.", "۲۰");
    assert_eq!(s.as_deref(), Some("مجمع انتخاباتی هیئت کشتی"));
    let s = subject(
        "به گزارش خبرنگار ما، جلسه هیئت دولت صبح روز ۳ آبان برگزار شد.",
        "۳",
    );
    assert_eq!(s.as_deref(), Some("جلسه هیئت دولت"));
    let s = subject("اواخر سال ۲۰۲۱ اکران این انیمیشن در اروپا آغاز شد.", "سال");
    assert_eq!(s.as_deref(), Some("اکران این انیمیشن"));
    let s = subject("صادرات نسبت به سال ۱۳۹۰ بیشتر شد.", "سال");
    assert_eq!(s, None);
}

#[test]
fn the_rest_of_a_date_is_no_event_but_a_named_day_is() {
    let text = "از ۲۰ فروردین سال آینده بازرسی‌های ویژه آغاز می‌شود.";
    assert_ne!(subject(text, "۲۰").as_deref(), Some("سال آینده"));
    let text = "۱۶ آذر روز دانشجو است.";
    assert_eq!(subject(text, "۱۶").as_deref(), Some("روز دانشجو"));
}

#[test]
fn a_year_before_the_subject_only_places_it() {
    let s = subject("در سال ۹۸ میزان صادرات استان ۴۰ میلیون دلار بوده است.", "۴۰");
    assert_eq!(s.as_deref(), Some("میزان صادرات استان"));
    let s = subject(
        "در سال ۹۸ دلار نسبت به سال ۹۶ بالغ بر ۲۳۰ درصد افزایش داشت.",
        "بالغ",
    );
    assert_eq!(s.as_deref(), Some("دلار"));
}

#[test]
fn a_date_opening_a_relative_clause_dates_its_head() {
    let s = subject(
        "در این عکس که ۱۲ مارس ۲۰۲۰ گرفته شده است دو فضانورد دیده می‌شوند.",
        "۱۲",
    );
    assert_eq!(s.as_deref(), Some("این عکس"));
    // Not a noun a preposition ties to another: the clause may tell of that one.
    let s = subject(
        "گزارش بازدید وزیر از پالایشگاه آبادان که ۱۰ مهر انجام شد منتشر شد.",
        "۱۰",
    );
    assert_ne!(s.as_deref(), Some("پالایشگاه آبادان"));
}

#[test]
fn a_date_counted_from_until_now_names_what_follows() {
    let s = subject("از ابتدای سال ۹۷ تاکنون ۱۲ معدن تعطیل شده است.", "سال");
    assert_eq!(s.as_deref(), Some("معدن"));
    let s = subject("از سال ۹۲ تاکنون تصادفی نبوده که گزارش نشود.", "سال");
    assert_eq!(s.as_deref(), Some("تصادف"));
    // What reached a number is named before the date; «زیر» there hedges nothing.
    let s = subject("شمار معدن‌ها از سال ۹۴ تاکنون به ۱۷ معدن رسیده است.", "سال");
    assert_ne!(s.as_deref(), Some("معدن"));
    let s = subject("مردم از ۱۹۷۹ تاکنون زیر فشار تحریم بوده‌اند.", "۱۹۷۹");
    assert_ne!(s.as_deref(), Some("فشار تحریم"));
}

#[test]
fn a_day_of_an_event_is_of_the_event() {
    assert_eq!(
        subject(
            "در ادامه پنجمین روز از رقابت‌های یونیورسیاد، تیم ایران باخت.",
            "پنجمین"
        )
        .as_deref(),
        Some("رقابت‌های یونیورسیاد")
    );
    // A day that names something with it keeps it.
    assert_eq!(
        subject("در سومین سال فعالیت بنیاد، ۲۰ طرح اجرا شد.", "سومین").as_deref(),
        Some("سال فعالیت بنیاد")
    );
}

#[test]
fn its_own_work_names_whose_work_it_is() {
    let s = subject(
        "جشنواره فیلم وارش از سال ۷۸ کار خود را آغاز کرده است.",
        "سال",
    );
    assert_eq!(s.as_deref(), Some("جشنواره فیلم وارش"));
    // An object with content is the event.
    let s = subject("گروه از ۱۸ اسفند اجرای عمومی خود را آغاز کرد.", "۱۸");
    assert_eq!(s.as_deref(), Some("اجرای عمومی"));
}
