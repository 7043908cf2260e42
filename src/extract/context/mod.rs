//! The words around a number that decide what it is: hedges before it, labels that make it
//! an identifier, words that end a counted noun phrase, and cues for `تن` and scores.

use super::calendar;
use super::figure::Qualifier;
use super::token::Tokens;
use super::words::WordSet;

mod cues;
pub(crate) use cues::{casualty, harm, plural_stem, populous, ton_is_persons, Cues};

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
    // `نزدیک سه هزار بیمار`: near is about; but not a close game (`دیداری نزدیک دو بر یک`),
    // what is very near (`فاصله بسیار نزدیک سه تیم`) nor the near future (`در آینده نزدیک`).
    if matches!(w1, "نزدیک" | "نزديك") {
        let close = matches!(w2, "بسیار" | "خیلی" | "کاملا" | "کاملاً" | "آینده" | "آينده")
            || t.word(i + 1) == "بر";
        return (!close).then_some((Qualifier::About, i - 1));
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
    static SET: WordSet = WordSet::new(LABELS);
    // `ماده‌ی ۴۸`: the linking ی written after a final ه.
    let linked = word.strip_suffix('ی').filter(|stem| stem.ends_with('ه'));
    SET.contains(word) || linked.is_some_and(|stem| SET.contains(stem))
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
    // Sound and play systems by their numbers (`سیستم ۵.۱`, `سیستم ۴-۳-۳`).
    "سیستم",
    "قسمت",
    "فصل",
    "دهه",
    "ساعت",
    "کووید",
    "کوید",
    "اتاق",
    "سالن",
    "ترمینال",
    "لشکر",
    "تیپ",
    "قطعنامه",
    // A common misspelling.
    "قطعانامه",
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

/// Military ranks that come in grades, an ordinal after the rank (`سرتیپ دوم`, `ستوان یکم`,
/// `ناخدا سوم`): the grade is part of the title, no figure.
pub(crate) fn military_rank(word: &str) -> bool {
    matches!(
        word,
        "سرتیپ" | "سرهنگ" | "ستوان" | "ناخدا" | "دریادار" | "استوار" | "گروهبان"
    )
}

/// English function words: `2019 is` is a year, `12 the` no count of `the`.
pub(crate) fn stopword(word: &str) -> bool {
    static SET: WordSet = WordSet::new(STOPWORDS);
    SET.contains(word)
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

/// Where the items a text or plan is made of, made an adjective after their number, end when
/// they start at `k` (`پیام هشت ماده‌ای`, `طرح سه مرحله ای`): the number describes the noun
/// before it, as a classifier's adjective does (`گروه ۶۰ نفره`). Not before `که`: `۱۱ ماده‌ای
/// که` is "eleven events that".
pub(crate) fn items_adjective(t: &Tokens, k: usize) -> Option<usize> {
    let items = |w: &str| matches!(w, "ماده" | "بند" | "اصل" | "محور" | "بخش" | "مرحله");
    let w = t.word(k);
    let end = if w.strip_suffix("ای").is_some_and(items) {
        k + 1
    } else if items(w) && t.word(k + 1) == "ای" {
        k + 2
    } else {
        return None;
    };
    (t.word(end) != "که").then_some(end)
}

/// Words after a number word that make it part of another word: weekdays (`سه شنبه`),
/// `سه جانبه` (trilateral), `دو گانه`.
pub(crate) fn compound_tail(word: &str) -> bool {
    // `سه شنبه‌های بدون خودرو`: the weekday in the plural too.
    matches!(word, "شنبه" | "جانبه" | "گانه" | "گانهای" | "چندان" | "بدر")
        || matches!(word, "شنبهها" | "شنبههای" | "شنبههایی")
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

/// Whether token `k` is the number of a weekday written apart from its `شنبه` (`سه شنبه`,
/// `پنج شنبه`).
pub(crate) fn weekday_number(t: &Tokens, k: usize) -> bool {
    matches!(t.word(k), "یک" | "دو" | "سه" | "چهار" | "پنج") && t.word(k + 1) == "شنبه"
}

/// `روز جهانی هواشناسی`, `روز ملی خلیج فارس`: a day with a name is an occasion, what a
/// clause can be about, not a time that only places it.
pub(crate) fn named_day(t: &Tokens, k: usize) -> bool {
    t.word(k) == "روز" && matches!(t.word(k + 1), "جهانی" | "ملی" | "بین‌المللی")
}

/// `این`, `آن`, `همین`, `همان`: the demonstratives, which point a phrase at what the text
/// has named.
pub(crate) fn demonstrative(w: &str) -> bool {
    matches!(w, "این" | "آن" | "همین" | "همان")
}

/// The days of the week, as the tokenizer leaves them (`سه‌شنبه` is «سهشنبه»).
pub(crate) fn weekday(w: &str) -> bool {
    matches!(
        w,
        "شنبه" | "یکشنبه" | "دوشنبه" | "سهشنبه" | "چهارشنبه" | "پنجشنبه" | "جمعه"
    )
}

/// `دوشنبه`, `بامداد`, `امروز`: words that place a clause on a day, never part of a name.
pub(crate) fn day_or_time_of_day(w: &str) -> bool {
    weekday(w)
        || matches!(
            w,
            "صبح"
                | "عصر"
                | "ظهر"
                | "بامداد"
                | "شامگاه"
                | "صبحگاه"
                | "سحرگاه"
                | "عصرگاه"
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
        let t = Tokens::new("با نزدیک سه هزار بیمار");
        assert_eq!(qualifier_before(&t, 2), Some((Qualifier::About, 1)));
        // A close game, the near future and what is very near hedge nothing.
        for (text, at) in [
            ("دیداری نزدیک دو بر یک", 2),
            ("در آینده نزدیک 3 کارگزاری", 3),
            ("فاصله بسیار نزدیک سه تیم", 3),
        ] {
            assert_eq!(qualifier_before(&Tokens::new(text), at), None, "{text}");
        }
    }
}
