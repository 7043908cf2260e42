//! The words a clause reader must know by their meaning: markers between a subject and its
//! number, carriers of a number, nouns of measure and what they measure, and the words that
//! close a span of time.

use super::super::super::phrase::{self, Role};
use super::super::super::token::Tokens;
use super::super::super::units;

/// Words between a subject and its number that say nothing of the subject: `قیمت نفت به ۵۰
/// دلار رسید`, `صادرات نیز ۵ درصد`, `بشکه‌ای ۲ دلار` (per barrel), `پس از پنج سال`.
pub(super) fn marker(t: &Tokens, k: usize) -> bool {
    let w = t.word(k);
    if t.is_latin_word(k) {
        return matches!(w, "by" | "to") || phrase::english_change(w);
    }
    let after_span = w == "از" && k > 0 && matches!(t.word(k - 1), "پس" | "بعد" | "قبل" | "پیش");
    matches!(w, "به" | "تا" | "با" | "طی" | "ظرف" | "پس" | "بعد")
        || after_span
        || phrase::role(t, k) == Role::Adv
        || distributive(w)
        || apart_distributive(t, k)
}

/// `بشکه ای ۳۱ دلار`: a distributive with its ending written apart, either half of it.
fn apart_distributive(t: &Tokens, k: usize) -> bool {
    let ending = |j: usize| matches!(t.word(j), "ای" | "یی");
    (ending(k) && k > 0 && per_stem(t.word(k - 1))) || (per_stem(t.word(k)) && ending(k + 1))
}

/// `روزی ۵ ساعت`, `بشکه‌ای ۲ دلار`, `سالانه`: so much per unit.
fn distributive(w: &str) -> bool {
    if matches!(
        w,
        "روزانه" | "سالانه" | "سالیانه" | "ماهانه" | "هفتگی" | "annually" | "daily"
    ) {
        return true;
    }
    let stem = w.strip_suffix("ای").or_else(|| w.strip_suffix('ی'));
    stem.is_some_and(per_stem)
}

/// The units whose adjective says "per unit" before a number.
fn per_stem(s: &str) -> bool {
    matches!(
        s,
        "روز" | "سال" | "ماه" | "هفته" | "بشکه" | "نفر" | "تن" | "کیلو" | "هر"
    )
}

/// Nouns that only carry the number to the verb or place it in time after a preposition: `به
/// میزان ۲۳ درصد`, `تا پایان سال ۹۶`, `به صورت میانگین` (but `سطح زیر کشت` is a subject).
pub(in crate::extract::subject) fn dummy(w: &str) -> bool {
    let w = w.strip_suffix('ی').filter(|s| s.len() > 4).unwrap_or(w);
    carrier(w)
        || matches!(
            w,
            "سطح"
                | "صورت"
                | "مدت"
                | "طول"
                | "ظرف"
                | "پایان"
                | "ابتدا"
                | "اوایل"
                | "اواخر"
                | "اواسط"
                | "نیمه"
                | "آغاز"
                | "قدرت"
                | "بزرگ"
                | "طور"
                | "جای"
                | "ازای"
                | "تاریخ"
        )
}

/// Who a quantity is given per (`برای هر نفر`, `هر ایرانی`, `هر خانوار`): a denominator,
/// never what is measured (`هر گرم طلا`, `هر تن کالا` are what is priced).
pub(super) fn per_head(w: &str) -> bool {
    matches!(
        w,
        "نفر"
            | "فرد"
            | "شخص"
            | "شهروند"
            | "ایرانی"
            | "خانوار"
            | "خانواده"
            | "کودک"
            | "نوزاد"
            | "بیمار"
            | "دانشآموز"
            | "دانشجو"
            | "ساکن"
            | "مشترک"
    )
}

/// Nouns that carry a number wherever they stand: `مرز ۲۵۰ هزار میلیارد تومان را پشت سر
/// گذاشت`, `به رقم ۵۴ میلیارد دلار`.
pub(super) fn carrier(w: &str) -> bool {
    matches!(
        w,
        "میزان" | "عدد" | "رقم" | "مرز" | "کانال" | "مبلغ" | "اندازه"
    )
}

/// A unit, or a unit as an adjective (`واحدی`).
pub(super) fn unit_noun(w: &str) -> bool {
    let unit = |w: &str| units::unit_word(w).is_some();
    unit(w) || w.strip_suffix('ی').is_some_and(unit)
}

/// Nouns of measure that name nothing without their complement: `به قیمت ۱۶ هزار تومان`.
pub(in crate::extract::subject) fn generic_measure(w: &str) -> bool {
    let w = w.strip_suffix('ی').filter(|s| s.len() > 4).unwrap_or(w);
    matches!(w, "قیمت" | "نرخ" | "ارزش" | "مقدار" | "بها")
}

/// Nouns of what is measured, which name the number even inside a prepositional phrase: `با
/// ظرفیت ۲۰۰ مگاوات`, `در سن ۸۹ سالگی`, `به ارزش ۲ میلیون دلار`.
pub(in crate::extract::subject) fn attribute(w: &str) -> bool {
    let w = w
        .strip_suffix("های")
        .or_else(|| w.strip_suffix("ها"))
        .or_else(|| w.strip_suffix('ی').filter(|s| s.len() > 4))
        .unwrap_or(w);
    matches!(
        w,
        "سن" | "ارزش"
            | "قیمت"
            | "وزن"
            | "طول"
            | "عمق"
            | "ارتفاع"
            | "مساحت"
            | "فاصله"
            | "ظرفیت"
            | "سرعت"
            | "دما"
            | "قطر"
            | "حجم"
            | "تعرفه"
            | "مشارکت"
            | "نظر"
    )
}

/// Words that close a span of time (`ماه گذشته`, `سال جاری`, `روز نخست`).
pub(in crate::extract::subject) fn span_close(w: &str) -> bool {
    matches!(
        w,
        "گذشته"
            | "اخیر"
            | "جاری"
            | "نخست"
            | "اول"
            | "آینده"
            | "منتهی"
            | "قبل"
            | "پیش"
    )
}

/// Nouns that with `که` make a conjunction (`زمانی که`, `در حالی که`, `به طوری که`, `آن طور
/// که`), no head of a relative clause.
pub(in super::super) fn conjunctive(w: &str) -> bool {
    matches!(
        w,
        "زمانی"
            | "هنگامی"
            | "وقتی"
            | "طور"
            | "طوری"
            | "همانطور"
            | "گونه"
            | "همانگونه"
            | "چنان"
            | "حالی"
            | "جایی"
            | "آنجا"
    )
}
