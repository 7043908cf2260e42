//! The words around a number that decide what it is: hedges before it, labels that make it
//! an identifier, words that end a counted noun phrase, and cues for `تن` and scores.

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
        "بالای" | "حداقل" | "دستکم" | "over" | "above" | "exceeding" => {
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
    matches!(
        word,
        "ماده"
            | "بند"
            | "اصل"
            | "تبصره"
            | "شماره"
            | "کد"
            | "شناسه"
            | "خبر"
            | "فاز"
            | "پلاک"
            | "کوچه"
            | "خیابان"
            | "بلوار"
            | "منطقه"
            | "ناحیه"
            | "بلوک"
            | "سوره"
            | "آیه"
            | "جلد"
            | "صفحه"
            | "ردیف"
            | "دقیقه"
            | "دقایق"
            | "مواد"
            | "ح"
            | "شعب"
            | "شعبه"
            | "هفته"
            | "مرحله"
            | "گروه"
            | "پرواز"
            | "سامانه"
            | "تلفن"
            | "تلفنهای"
            | "خط"
            | "کانال"
            | "شبکه"
            | "نسخه"
            | "قسمت"
            | "فصل"
            | "دهه"
            | "ساعت"
            | "کووید"
            | "اتاق"
            | "سالن"
            | "ترمینال"
            | "لشکر"
            | "تیپ"
            | "قطعنامه"
            | "مصوبه"
            | "بخشنامه"
            | "پیام"
            | "پژو"
            | "ج"
            | "ص"
            | "میدان"
            | "پلیس"
            | "اورژانس"
            | "آتشنشانی"
            | "وزن"
            | "پراید"
            | "ایرباس"
            | "بویینگ"
            | "توپولف"
            | "سوخو"
            | "میگ"
            | "اف"
            | "اس"
            | "article"
            | "section"
            | "clause"
            | "no"
            | "number"
            | "page"
            | "chapter"
            | "phase"
            | "flight"
            | "room"
            | "line"
            | "channel"
            | "version"
            | "route"
            | "highway"
            | "gate"
            | "covid"
            | "resolution"
            | "boeing"
            | "airbus"
            | "code"
            | "id"
            | "episode"
            | "season"
            | "week"
            | "minute"
            | "platform"
    )
}

/// Words that end the noun phrase after a count: particles, prepositions, common verbs.
pub(crate) fn stopword(word: &str) -> bool {
    matches!(
        word,
        "و" | "در"
            | "از"
            | "به"
            | "با"
            | "برای"
            | "که"
            | "را"
            | "تا"
            | "این"
            | "آن"
            | "است"
            | "بود"
            | "شد"
            | "شده"
            | "شدند"
            | "شدن"
            | "شود"
            | "شوند"
            | "می"
            | "نمی"
            | "هم"
            | "نیز"
            | "یا"
            | "اما"
            | "ولی"
            | "چون"
            | "اگر"
            | "بر"
            | "هر"
            | "همه"
            | "خود"
            | "های"
            | "ها"
            | "کرد"
            | "کردند"
            | "کرده"
            | "کند"
            | "کنند"
            | "دارد"
            | "دارند"
            | "داشت"
            | "داشتند"
            | "داشته"
            | "هست"
            | "هستند"
            | "بودند"
            | "باشد"
            | "باشند"
            | "گفت"
            | "رسید"
            | "رسیده"
            | "رسیدند"
            | "اعلام"
            | "نسبت"
            | "طی"
            | "پس"
            | "پیش"
            | "بعد"
            | "قبل"
            | "روی"
            | "زیر"
            | "میان"
            | "بین"
            | "دیگر"
            | "بیش"
            | "کمتر"
            | "بیشتر"
            | "حدود"
            | "توسط"
            | "جز"
            | "ضمن"
            | "تاکنون"
            | "اکنون"
            | "امسال"
            | "پارسال"
            | "اند"
            | "ای"
            | "یکی"
            | "همچنین"
            | "سپس"
            | "بلکه"
            | "یعنی"
            | "خواهد"
            | "علاوه"
            | "منجر"
            | "گردید"
            | "نیست"
            | "منتشر"
            | "نخواهد"
            | "نخواهند"
            | "تنها"
            | "فقط"
            | "کسب"
            | "the"
            | "a"
            | "an"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "from"
            | "for"
            | "with"
            | "by"
            | "and"
            | "or"
            | "but"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "that"
            | "which"
            | "who"
            | "this"
            | "these"
            | "those"
            | "than"
            | "as"
            | "per"
            | "each"
            | "more"
            | "less"
            | "over"
            | "under"
            | "into"
            | "since"
            | "after"
            | "before"
            | "during"
            | "last"
            | "next"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "while"
            | "said"
            | "says"
            | "about"
            | "up"
            | "out"
            | "across"
            | "between"
            | "so"
            | "not"
            | "remain"
            | "am"
            | "pm"
    )
}

/// Count nouns for people and things (`نفر`, `مورد`): a number before one is a count even
/// when it could be a year (`۱۴۰۰ نفر`) or a word like `نه`.
pub(crate) fn classifier(word: &str) -> bool {
    matches!(
        word,
        "نفر"
            | "نفری"
            | "تن"
            | "مورد"
            | "دستگاه"
            | "عدد"
            | "فروند"
            | "راس"
            | "باب"
            | "قطعه"
            | "واحد"
            | "people"
            | "persons"
    )
}

/// Counted people end their noun phrase: `۱۲ هزار نفر جمعیت` counts persons.
pub(crate) fn person_word(word: &str) -> bool {
    matches!(word, "نفر" | "تن" | "people" | "persons")
}

/// `تن` followed by one of these counts people (`۶۰ تن کشته`, `۱۲ تن از`).
fn person_cue(word: &str) -> bool {
    matches!(
        word,
        "از" | "کشته"
            | "زخمی"
            | "مجروح"
            | "مصدوم"
            | "جان"
            | "فوت"
            | "شهید"
            | "دستگیر"
            | "بازداشت"
            | "واجد"
            | "اعلام"
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

/// Whether `تن` at token `j` (the number starting at `start`) means persons.
pub(crate) fn ton_is_persons(t: &Tokens, start: usize, j: usize) -> bool {
    let next = t.word(j + 1);
    if next == "از" || person_cue(next) {
        return true;
    }
    let noun_follows = !next.is_empty() && !stopword(next) && super::words::lookup(next).is_none();
    if noun_follows {
        return false;
    }
    !(start.saturating_sub(6)..start).any(|k| goods_cue(t.word(k)))
}

/// Words after a number word that make it part of another word: weekdays (`سه شنبه`),
/// `سه جانبه` (trilateral), `دو گانه`.
pub(crate) fn compound_tail(word: &str) -> bool {
    matches!(word, "شنبه" | "جانبه" | "گانه" | "گانهای")
}

/// Words before a number that make it a rank (`رتبه ۳۰`).
pub(crate) fn rank_word(word: &str) -> bool {
    matches!(word, "رتبه" | "رده" | "مقام" | "rank" | "ranked")
}

/// Sports words around `3-1` that make it a score rather than a range.
pub(crate) fn score_cue(word: &str) -> bool {
    matches!(
        word,
        "win"
            | "wins"
            | "won"
            | "beat"
            | "beats"
            | "defeated"
            | "defeat"
            | "drew"
            | "draw"
            | "lost"
            | "lose"
            | "victory"
            | "score"
            | "scored"
            | "thrashed"
            | "edged"
            | "تساوی"
            | "پیروزی"
            | "شکست"
            | "نتیجه"
            | "برد"
            | "باخت"
            | "گل"
            | "بازی"
            | "دیدار"
            | "ست"
    )
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
        assert!(!ton_is_persons(&t, 0, 1));
        let t = Tokens::new("۱۲ تن از کارگران");
        assert!(ton_is_persons(&t, 0, 1));
        let t = Tokens::new("تولید ۳۰۰ تن در سال");
        assert!(!ton_is_persons(&t, 1, 2));
        let t = Tokens::new("۱۰۷ تن رسید");
        assert!(ton_is_persons(&t, 0, 1));
    }
}
