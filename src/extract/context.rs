//! The words around a number that decide what it is: hedges before it, labels that make it
//! an identifier, words that end a counted noun phrase, and cues for `تن` and scores.

use super::calendar;
use super::figure::Qualifier;
use super::token::Tokens;

/// The hedge right before token `i` and where it starts (`بیش از`, `حدود`, `more than`).
pub(crate) fn qualifier_before(t: &Tokens, i: usize) -> Option<(Qualifier, usize)> {
    let w1 = if i >= 1 { t.word(i - 1) } else { "" };
    let w2 = if i >= 2 { t.word(i - 2) } else { "" };
    let two = match (w2, w1) {
        ("بیش" | "بیشتر" | "فراتر", "از")
        | ("بالغ" | "افزون", "بر")
        | ("دست", "کم")
        | ("more", "than")
        | ("at", "least") => Some(Qualifier::Over),
        ("کمتر", "از") | ("less" | "fewer", "than") | ("up", "to") | ("at", "most") => {
            Some(Qualifier::Under)
        }
        ("قریب" | "نزدیک", "به") | ("در", "حدود") => Some(Qualifier::About),
        _ => None,
    };
    if let Some(q) = two {
        return Some((q, i - 2));
    }
    let one = match w1 {
        "حدود" | "حدودا" | "تقریبا" | "قریب" | "about" | "around" | "approximately" | "roughly"
        | "nearly" | "almost" | "some" | "circa" => Qualifier::About,
        "بالای" | "حداقل" | "دستکم" | "بیش" | "over" | "above" | "exceeding" => {
            Qualifier::Over
        }
        "زیر" | "حداکثر" | "under" | "below" => Qualifier::Under,
        _ => return None,
    };
    Some((one, i - 1))
}

/// Words after which a number names a thing rather than counts it: `ماده ۱۲`, `ساعت ۱۰`,
/// `کووید ۱۹`, `سامانه ۱۳۷`, `پژو ۲۰۶`.
pub(crate) fn label(word: &str) -> bool {
    LABELS.contains(&word)
}

const LABELS: &[&str] = &[
    "call",
    "dial",
    "hotline",
    "تماس",
    "ماده",
    "بند",
    "اصل",
    "تبصره",
    "شماره",
    "کد",
    "شناسه",
    "خبر",
    "فاز",
    "پلاک",
    "کوچه",
    "خیابان",
    "بلوار",
    "منطقه",
    "ناحیه",
    "بلوک",
    "سوره",
    "آیه",
    "آیات",
    "جلد",
    "صفحه",
    "ردیف",
    "دقیقه",
    "دقایق",
    "مواد",
    "ح",
    "شعب",
    "شعبه",
    "هفته",
    "مرحله",
    "گروه",
    "پرواز",
    "سامانه",
    "تلفن",
    "تلفنهای",
    "خط",
    "کانال",
    "شبکه",
    "نسخه",
    "قسمت",
    "فصل",
    "دهه",
    "ساعت",
    "کووید",
    "اتاق",
    "سالن",
    "ترمینال",
    "لشکر",
    "تیپ",
    "قطعنامه",
    "مصوبه",
    "بخشنامه",
    "پیام",
    "نشریه",
    "استاندارد",
    "ضمیمه",
    "پیوست",
    "پژو",
    "ج",
    "ص",
    "میدان",
    "پلیس",
    "اورژانس",
    "آتشنشانی",
    "پراید",
    "ایرباس",
    "بویینگ",
    "توپولف",
    "سوخو",
    "میگ",
    "اف",
    "اس",
    "article",
    "section",
    "clause",
    "no",
    "number",
    "page",
    "chapter",
    "phase",
    "flight",
    "room",
    "line",
    "channel",
    "version",
    "route",
    "highway",
    "gate",
    "covid",
    "resolution",
    "boeing",
    "airbus",
    "code",
    "id",
    "episode",
    "season",
    "week",
    "minute",
    "platform",
];

/// English function words: `2019 is` is a year, `12 the` no count of `the`.
pub(crate) fn stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}

const STOPWORDS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "from", "for", "with", "by", "and", "or",
    "but", "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would",
    "could", "should", "may", "might", "can", "that", "which", "who", "this", "these", "those",
    "than", "as", "per", "each", "more", "less", "over", "under", "into", "since", "after",
    "before", "during", "last", "next", "it", "its", "their", "his", "her", "while", "said",
    "says", "about", "up", "out", "across", "between", "so", "not", "remain", "am", "pm",
];

/// Count nouns for people and things (`نفر`, `مورد`): a number before one is a count even
/// when it could be a year (`۱۴۰۰ نفر`) or a word like `نه`.
pub(crate) fn classifier(word: &str) -> bool {
    classifier_form(word).is_some()
}

/// A classifier as written, and whether as an adjective (`۴ هزار نفری`, `۱۹۹۷ واحدی`,
/// `خودروی ۲ نفره`).
pub(crate) fn classifier_form(word: &str) -> Option<bool> {
    let is = |w: &str| {
        matches!(
            w,
            "نفر"
                | "تن"
                | "مورد"
                | "دستگاه"
                | "عدد"
                | "فروند"
                | "راس"
                | "باب"
                | "قطعه"
                | "واحد"
                | "جلد"
                | "بار"
                | "مرتبه"
                | "دفعه"
                | "نوبت"
                | "فقره"
                | "حلقه"
                | "people"
                | "persons"
        )
    };
    if is(word) {
        return Some(false);
    }
    let stem = word
        .strip_suffix('ی')
        .or_else(|| word.strip_suffix('ه').filter(|w| *w == "نفر"))?;
    is(stem).then_some(true)
}

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
            "مرگ" | "قربانی" | "زندانی" | "آواره" | "بیکار" | "مبتلا"
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
        .is_some_and(|stem| super::lexicon::classes(stem).has(super::lexicon::Classes::NOUN));
    let of_people = next == "از" && (person_word(after) || animate);
    if of_people || person_cue(next) {
        return true;
    }
    if super::phrase::role(t, j + 1) == super::phrase::Role::Noun {
        return false;
    }
    let window = start.saturating_sub(8)..start;
    if window.clone().any(|k| person_word(t.word(k))) {
        return true;
    }
    !(window.into_iter().any(|k| goods_cue(t.word(k))) || goods())
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

/// Words after a number word that make it part of another word: weekdays (`سه شنبه`),
/// `سه جانبه` (trilateral), `دو گانه`.
pub(crate) fn compound_tail(word: &str) -> bool {
    matches!(word, "شنبه" | "جانبه" | "گانه" | "گانهای" | "چندان" | "بدر")
}

/// Words after `شماره N` that make it a ranking, not an identifier: `مرد شماره یک جهان`.
pub(crate) fn ranking_scope(word: &str) -> bool {
    matches!(
        word,
        "جهان"
            | "دنیا"
            | "آسیا"
            | "اروپا"
            | "ایران"
            | "کشور"
            | "لیگ"
            | "تیم"
            | "world"
    )
}

/// `دوشنبه`, `بامداد`, `امروز`: words that place a clause on a day, never part of a name.
pub(crate) fn day_or_time_of_day(w: &str) -> bool {
    matches!(
        w,
        "شنبه"
            | "یکشنبه"
            | "دوشنبه"
            | "سهشنبه"
            | "چهارشنبه"
            | "پنجشنبه"
            | "جمعه"
            | "صبح"
            | "عصر"
            | "ظهر"
            | "بامداد"
            | "امروز"
            | "دیروز"
            | "فردا"
    )
}

/// Nouns of time: `روزهای نخست`, `سه ماه اول` name the start of a period, not a rank.
pub(crate) fn time_noun(word: &str) -> bool {
    // `در مقایسه با ژانویه`, `تابستان امسال`: months and seasons place a clause in time too.
    let month = calendar::month(word).is_some() && !calendar::ambiguous_month(word);
    if month || calendar::season(word) {
        return true;
    }
    let word = word
        .strip_suffix("های")
        .or_else(|| word.strip_suffix("ها"))
        .or_else(|| word.strip_suffix('ه').filter(|w| w.ends_with("ماه")))
        .unwrap_or(word);
    day_or_time_of_day(word)
        || matches!(
            word,
            "روز"
                | "ماه"
                | "سال"
                | "هفته"
                | "شب"
                | "ساعت"
                | "دقیقه"
                | "ثانیه"
                | "نیمه"
                | "دهه"
                | "قرن"
                | "فصل"
                | "لحظه"
                | "لحظات"
                | "دقایق"
                | "ساعات"
                | "سالیان"
        )
}

/// Nouns that rank what follows them: `رتبه نخست`, `مقام اول`, `نسل اول`, `مرحله اول`.
pub(crate) fn ranking_noun(word: &str) -> bool {
    matches!(
        word,
        "رتبه"
            | "مقام"
            | "رده"
            | "جایگاه"
            | "نفر"
            | "تیم"
            | "نسل"
            | "مرحله"
            | "فاز"
            | "اولویت"
    )
}

/// The parts of a match a result may be given for: `ست سوم`, `دور اول`, `نیمه دوم`.
pub(crate) fn stage_noun(word: &str) -> bool {
    matches!(
        word,
        "ست" | "دور"
            | "مرحله"
            | "نیمه"
            | "کوارتر"
            | "گیم"
            | "راند"
            | "وقت"
            | "وقتهای"
            | "تایبریک"
    )
}

/// Nouns for a match or a bout: `این دیدار را ۳ بر ۱ برد`.
pub(crate) fn match_noun(word: &str) -> bool {
    matches!(
        word,
        "بازی" | "دیدار" | "مسابقه" | "مبارزه" | "کشتی" | "رقابت" | "فینال" | "نیمهنهایی"
    )
}

/// What a record of matches counts (`۱۱ برد، دو باخت و ۳۳ امتیاز`), nouns the lexicon also
/// reads as verbs (`برد` took, `باخت` lost): a number before one counts it.
pub(crate) fn match_result(word: &str) -> bool {
    matches!(word, "برد" | "باخت" | "تساوی" | "مساوی" | "شکست" | "پیروزی")
}

/// Words before a number that make it a rank (`رتبه ۳۰`, `جایگاه پنجم`).
pub(crate) fn rank_word(word: &str) -> bool {
    matches!(word, "رتبه" | "رده" | "مقام" | "جایگاه" | "rank" | "ranked")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges() {
        let t = Tokens::new("بیش از ۲ هزار");
        assert_eq!(qualifier_before(&t, 2), Some((Qualifier::Over, 0)));
        let t = Tokens::new("حدود 35");
        assert_eq!(qualifier_before(&t, 1), Some((Qualifier::About, 0)));
        let t = Tokens::new("دست‌کم ۶۰");
        assert_eq!(qualifier_before(&t, 1), Some((Qualifier::Over, 0)));
    }

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
    }
}
