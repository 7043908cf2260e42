//! Tests of what a span of time is the time of, over whole sentences.

use super::super::tests::subject;

#[test]
fn a_window_after_the_clause_opener_times_what_it_did() {
    let s = subject("دولت ظرف سه سال این طرح را اجرا کرد.", "سه");
    assert_eq!(s.as_deref(), Some("دولت"));
    let s = subject(
        "پژوهشگران تنها طی چهار سال، وضعیت بیماران را بررسی کردند.",
        "چهار",
    );
    assert_eq!(s.as_deref(), Some("پژوهشگران"));
}

#[test]
fn time_left_names_the_event_it_runs_up_to() {
    let s = subject("تنها دو روز تا پایان تحریم تسلیحاتی باقی مانده است.", "دو");
    assert_eq!(s.as_deref(), Some("پایان تحریم تسلیحاتی"));
    let s = subject("تنها ۱۰ روز تا پایان سال باقی مانده است.", "۱۰");
    assert_eq!(s, None);
    let s = subject("تیم در فاصله سه روز مانده به آغاز لیگ اردو زد.", "سه");
    assert_eq!(s.as_deref(), Some("آغاز لیگ"));
}

#[test]
fn working_days_are_no_subject() {
    let s = subject("بازار در هفته گذشته چهار روز کاری داشت.", "چهار");
    assert_ne!(s.as_deref(), Some("کاری"));
    let s = subject("پرونده به مدت ۱۰ روز کاری بررسی شد.", "۱۰");
    assert_ne!(s.as_deref(), Some("کاری"));
    let s = subject("به شرکت‌ها ۲۰ روز کاری فرصت داده شد.", "۲۰");
    assert_eq!(s.as_deref(), Some("فرصت"));
}

#[test]
fn time_gone_by_names_the_event_it_runs_from() {
    let s = subject(
        "حدود یک دهه از رکود بزرگ می‌گذرد اما بسیاری ناراضی‌اند.",
        "حدود",
    );
    assert_eq!(s.as_deref(), Some("رکود بزرگ"));
    let s = subject("تنها هشت دقیقه از بازی گذشته بود که راپینو گل زد.", "هشت");
    assert_eq!(s.as_deref(), Some("بازی"));
}

#[test]
fn a_span_later_opening_its_clause_names_what_follows_it() {
    let s = subject(
        "او دروازه را باز کرد و ۱۲ دقیقه بعد مهاجم حریف گل زد.",
        "۱۲",
    );
    assert_eq!(s.as_deref(), Some("مهاجم حریف"));
    let s = subject(
        "بازیکنان تمرین کردند و دو روز بعد تیم ملی به تهران رفت.",
        "دو",
    );
    assert_eq!(s.as_deref(), Some("تیم ملی"));
    let s = subject("میزبان ۹ دقیقه بعد کار را به تساوی کشاند.", "۹");
    assert_ne!(s.as_deref(), Some("کار"));
    let s = subject("قرارداد امضا شد و دو سال بعد در تهران اجرا شد.", "دو");
    assert_ne!(s.as_deref(), Some("تهران"));
}

#[test]
fn a_span_told_by_the_clause_after_it_names_what_it_tells() {
    let s = subject(
        "پس از ۱۲ سال که از واگذاری کارخانه می‌گذشت، تولید متوقف شد.",
        "۱۲",
    );
    assert_eq!(s.as_deref(), Some("واگذاری کارخانه"));
    let s = subject(
        "از حدود دو ماه پیش که سهام این بانک به دولت برگشت، بازار آرام شد.",
        "حدود",
    );
    assert_eq!(s.as_deref(), Some("سهام این بانک"));
    let s = subject("اما با گذشت ۹ ماه هنوز حقوق کارگران پرداخت نشده است.", "۹");
    assert_eq!(s.as_deref(), Some("حقوق کارگران"));
}

#[test]
fn a_span_since_names_what_began_then() {
    let s = subject("نهایتا عملیات خروج از سه روز پیش آغاز شد.", "سه");
    assert_eq!(s.as_deref(), Some("عملیات خروج"));
    let s = subject("ما از سه هفته پیش این تصمیم را گرفته بودیم.", "سه");
    assert_eq!(s.as_deref(), Some("این تصمیم"));
}

#[test]
fn a_time_something_goes_on_for_names_it() {
    let s = subject(
        "سرمربی قصد دارد در مدت یک هفته آینده شاگردانش را به اوج آمادگی برساند.",
        "یک",
    );
    assert_eq!(s.as_deref(), Some("شاگردان"));
    let s = subject(
        "اروپا تصمیم گرفت تحریم‌ها را به مدت یک سال دیگر تمدید کند.",
        "یک",
    );
    assert_eq!(s.as_deref(), Some("تحریم‌ها"));
}

#[test]
fn how_long_something_took_names_it() {
    let s = subject(
        "مأموریت فضایی پولیاکف که ۴۳۷ روز طول کشید پایان یافت.",
        "۴۳۷",
    );
    assert_eq!(s.as_deref(), Some("مأموریت فضایی پولیاکف"));
    let s = subject("این فرآیند کمتر از ۱۰ دقیقه طول می‌کشد.", "کمتر");
    assert_eq!(s.as_deref(), Some("این فرآیند"));
    let s = subject("گفت: ۵ سال طول کشید تا قانون چک به اینجا برسد.", "۵");
    assert_eq!(s.as_deref(), Some("قانون چک"));
    let s = subject(
        "در این جلسه که سه ساعت به طول انجامید، بودجه تصویب شد.",
        "سه",
    );
    assert_eq!(s.as_deref(), Some("این جلسه"));
}

#[test]
fn a_span_opening_a_clause_names_what_has_gone_on_that_long() {
    let s = subject("گفت: ۱۰ سال است که این طرح اجرا می‌شود.", "۱۰");
    assert_eq!(s.as_deref(), Some("این طرح"));
    let s = subject(
        "از مشکلات منطقه است و ۴۰ سال است که اهالی روستا در انتظارند.",
        "۴۰",
    );
    assert_eq!(s.as_deref(), Some("اهالی روستا"));
}

#[test]
fn a_window_names_the_object_before_it_a_demonstrative_opens() {
    let s = subject("شرکت کنندگان این کار را طی دو ماه انجام دادند.", "دو");
    assert_eq!(s.as_deref(), Some("این کار"));
    let s = subject(
        "او باکتری‌های موجود در بدن این بیماران را در عرض ۳۰ ثانیه تشخیص داد.",
        "۳۰",
    );
    assert_ne!(s.as_deref(), Some("این بیماران"));
}

#[test]
fn a_window_ahead_names_the_phrase_it_opens() {
    let s = subject(
        "انتظار می‌رود ظرف دو ماه آینده عملیات اجرایی این پروژه آغاز شود.",
        "دو",
    );
    assert_eq!(s.as_deref(), Some("عملیات اجرایی این پروژه"));
}

#[test]
fn a_window_names_the_phrase_it_opens() {
    let s = subject("بخشداران ظرف ۲۰ روز اسامی کودکان را اعلام کنند.", "۲۰");
    assert_eq!(s.as_deref(), Some("اسامی کودکان"));
    let s = subject("اجرای این حکم برای شهرداری طی ۲۴ ساعت میسر است.", "۲۴");
    assert_eq!(s, None);
}
