//! Who or what a count or weight is of: nouns of many people, what befalls people, goods
//! weighed in tonnes, and the article-wide cues (goods, stock market, currency) one sentence
//! may not give.

use crate::extract::lexicon;
use crate::extract::phrase;
use crate::extract::token::Tokens;

/// Nouns of many people (`ارتش ۲۰ میلیونی`, `جمعیت ۲.۲ میلیونی`): a scale adjective after
/// them counts people, not money.
pub(crate) fn populous(word: &str) -> bool {
    matches!(
        word,
        "جمعیت"
            | "ارتش"
            | "بسیج"
            | "کشور"
            | "شهر"
            | "کلانشهر"
            | "بازار"
            | "ملت"
            | "جامعه"
            | "لشکر"
    )
}

/// `تن` followed by one of these counts people (`۶۰ تن کشته`, `۱۲ تن از`).
fn person_cue(word: &str) -> bool {
    casualty(word) || matches!(word, "واجد" | "اعلام")
}

/// What befell the people a count counts (`۱۸ نفر کشته شدند`, `کشته شدن ۳ نفر`, `مرگ ۵۰
/// میلیون نفر`): what a desk puts beside the number.
pub(crate) fn casualty(word: &str) -> bool {
    harm(word)
        || matches!(
            word,
            "مرگ"
                | "قربانی"
                | "زندانی"
                | "آواره"
                | "بیکار"
                | "مبتلا"
                | "بستری"
                | "بهبود"
                | "ترخیص"
        )
}

/// What befalls people one by one, the words both the subject reader and the counter of `یک
/// نفر` look for: killed, hurt, dead, held, missing.
pub(crate) fn harm(word: &str) -> bool {
    matches!(
        word,
        "کشته"
            | "زخمی"
            | "مجروح"
            | "مصدوم"
            | "جان"
            | "فوت"
            | "شهید"
            | "دستگیر"
            | "بازداشت"
            | "ناپدید"
            | "مفقود"
    )
}

/// Words of trade and production before `تن` make it tonnes (`تولید ۳۰۰ تن در سال`).
fn goods_cue(word: &str) -> bool {
    matches!(
        word,
        "تولید"
            | "صادرات"
            | "صادر"
            | "واردات"
            | "وارد"
            | "خرید"
            | "خریداری"
            | "ظرفیت"
            | "برداشت"
            | "ذخیره"
            | "کالا"
            | "کالای"
            | "حمل"
            | "محموله"
            | "مصرف"
            | "فروش"
            | "ضایعات"
            | "زباله"
            | "پسماند"
            | "محصول"
            | "محصولات"
            | "کود"
            // `۶۶۰ هزار قطعه به وزن ۱۵ هزار تن`: what is weighed is goods.
            | "وزن"
    )
}

/// What a whole article says that one sentence may not: whether it weighs goods, whether it
/// reports a stock market (then `واحد` is an index's points), and the currency of amounts
/// that name none (`طلب ۳۰۰ میلیونی`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cues {
    pub goods: bool,
    pub market: bool,
    pub currency: &'static str,
}

impl Cues {
    pub fn of<'t, 'a: 't>(fields: impl IntoIterator<Item = &'t Tokens<'a>>) -> Cues {
        let (mut goods, mut exchange, mut index) = (false, false, false);
        let (mut rial, mut toman) = (false, false);
        for t in fields {
            for k in 0..t.len() {
                let w = t.word(k);
                goods |= goods_noun(w);
                exchange |= matches!(w, "بورس" | "فرابورس");
                index |= w.starts_with("شاخص") || matches!(w, "آیفکس" | "نماگر");
                rial |= w.starts_with("ریال");
                toman |= w.starts_with("تومان");
            }
        }
        // Desks count in tomans; an article that counts in rials does so throughout.
        let currency = if rial && !toman { "IRR" } else { "IRT" };
        Cues {
            goods,
            market: exchange && index,
            currency,
        }
    }
}

/// A noun without its plural ending (`محموله‌ها`, `جلسات` aside), for the word lists that name
/// singulars.
pub(crate) fn plural_stem(word: &str) -> Option<&str> {
    word.strip_suffix("های").or_else(|| word.strip_suffix("ها"))
}

/// Goods weighed in tonnes: one of them anywhere in an article makes its `تن` tonnes.
fn goods_noun(word: &str) -> bool {
    let stem = plural_stem(word)
        .or_else(|| word.strip_suffix('ی'))
        .unwrap_or(word);
    [word, stem].into_iter().any(|w| {
        matches!(
            w,
            "گندم"
                | "برنج"
                | "شکر"
                | "سیمان"
                | "فولاد"
                | "آهن"
                | "کالا"
                | "محموله"
                | "غلات"
                | "ذرت"
                | "جو"
                | "زباله"
                | "پسماند"
                | "کود"
                | "میوه"
                | "گوشت"
                | "چای"
                | "مس"
                | "آلومینیوم"
                | "طلا"
                | "اورانیوم"
                | "مخدر"
                | "تریاک"
                | "قیر"
                | "گازوییل"
                | "بنزین"
                | "پتروشیمی"
                | "tonnes"
        )
    })
}

/// Whether `تن` at token `j` (the number starting at `start`) means persons: people named
/// around it (`۱۲ تن از کارگران`, `مقتولان ... ۱۸ تن`), unless goods are weighed there or
/// anywhere in the article (`goods`).
pub(crate) fn ton_is_persons(
    t: &Tokens,
    start: usize,
    j: usize,
    goods: impl FnOnce() -> bool,
) -> bool {
    let next = t.word(j + 1);
    // `۱۲ تن از کارگران`, not `۸۳۰ هزار تن از گمرک`: a plural in `ان` names people.
    let after = t.word(j + 2);
    let animate = after
        .strip_suffix("ان")
        .is_some_and(|stem| lexicon::classes(stem).has(lexicon::Classes::NOUN));
    let of_people = next == "از" && (person_word(after) || animate);
    let window = start.saturating_sub(8)..start;
    let goods_near = || window.clone().any(|k| goods_cue(t.word(k)));
    // `این آمار ۳۴ تن اعلام شد` counts people, `مقدار کالا را ۱۰۳ هزار تن اعلام کرد` weighs
    // what it names: the number is what was announced.
    let announced_goods = next == "اعلام" && goods_near();
    if of_people || (person_cue(next) && !announced_goods) {
        return true;
    }
    if phrase::role(t, j + 1) == phrase::Role::Noun {
        return false;
    }
    if window.clone().any(|k| person_word(t.word(k))) {
        return true;
    }
    !(goods_near() || goods())
}

/// People a `تن` before it counts: `جمعیت استان ... ۱۲۹۲ هزار تن`, `مقتولان ... ۱۸ تن`.
fn person_word(word: &str) -> bool {
    // `کارگران`, `داوطلبان`: people in the plural.
    let people = word.strip_suffix("ان").is_some_and(|stem| {
        matches!(
            stem,
            "کارگر"
                | "داوطلب"
                | "کارمند"
                | "معلم"
                | "پزشک"
                | "زایر"
                | "مسافر"
                | "زندانی"
        )
    });
    people
        || matches!(
            word,
            "جمعیت"
                | "افراد"
                | "نفر"
                | "مردم"
                | "کشته"
                | "کشتهها"
                | "مقتولان"
                | "قربانیان"
                | "مجروحان"
                | "زخمیها"
                | "مصدومان"
                | "مبتلایان"
                | "بیماران"
                | "کارگران"
                | "زایران"
                | "مسافران"
                | "دانشجویان"
                | "دانشآموزان"
                | "جانباختگان"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tonnes_or_persons() {
        let t = Tokens::new("۵۰۰ تن شکر");
        assert!(!ton_is_persons(&t, 0, 1, || false));
        let t = Tokens::new("۱۲ تن از کارگران");
        assert!(ton_is_persons(&t, 0, 1, || true));
        let t = Tokens::new("تولید ۳۰۰ تن در سال");
        assert!(!ton_is_persons(&t, 1, 2, || false));
        let t = Tokens::new("۱۰۷ تن رسید");
        assert!(ton_is_persons(&t, 0, 1, || false));
        assert!(!ton_is_persons(&t, 0, 1, || true));
        let t = Tokens::new("جمعیت این شهر ۱۲۰ هزار تن است");
        assert!(ton_is_persons(&t, 3, 5, || true));
        let t = Tokens::new("شمار جان‌باختگان ۴۰ تن اعلام شد");
        assert!(ton_is_persons(&t, 2, 3, || false));
        let t = Tokens::new("وی برداشت گندم را ۶۰ تن اعلام کرد");
        assert!(!ton_is_persons(&t, 4, 5, || false));
        let t = Tokens::new("هزار جعبه به وزن ۹۰ تن و ...");
        assert!(!ton_is_persons(&t, 4, 5, || false));
    }
}
