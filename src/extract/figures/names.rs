//! Numbers that are part of a name in Persian copy: products and models (`iOS 13`, `مدل ۳`,
//! `آیفون ۱۱`, `موشک شهاب ۳`), service lines (`خط مشاور ۱۴۸۰`) and road mileposts
//! (`کیلومتر ۹۵ اتوبان`).

use super::super::token::Tokens;
use super::super::{calendar, context, lexicon, phrase, units, words};
use super::Scanner;

impl Scanner<'_, '_> {
    /// Whether the number at `i` (its digits up to `run`) names a product, a service line or
    /// a place on a road rather than counts. A number with a unit, a classifier or a scale
    /// word after it counts (`مدل ۲۰ میلیون تومانی`), and a year stays a year (`مدل 2020`;
    /// set apart in a Latin name, `(Mars ۲۰۲۰)`, it is the name's: `in_latin_name`).
    pub(super) fn named_by_kind(&self, i: usize, run: usize) -> bool {
        let t = self.t;
        let Some((value, len, _)) = t.digits(i) else {
            return false;
        };
        if i == 0 {
            return false;
        }
        let prev = t.word(i - 1);
        // `کربلای ۴ و ۵`, `والفجر ۲و۴`: the next number of a list of names is a name too.
        if prev == "و" && i >= 3 && t.digits(i - 2).is_some() && bare_after(t, run) {
            return self.named_by_kind(i - 2, i - 1);
        }
        // `سری60`: a kind word typed onto its number is that member's name.
        if t.glued(i) {
            return kind_word(prev) && !counted_after(t, run);
        }
        let before_prev = if i >= 2 { t.word(i - 2) } else { "" };
        // Most numbers have none of these words before them: only those are read further.
        // `استاندارد یورو ۵`, `بنزین یورو ۴`: an emission class in one digit, not euros
        // (`یورو ۱۷۳۵۰ تومان`, `یورو ۲۰۱۶`).
        let decimal = matches!(t.punct(run), Some('.' | '٫')) && t.digits(run + 1).is_some();
        let emission = prev == "یورو" && len == 1 && (1..=6).contains(&value) && !decimal;
        if !(len == 4 && calendar::bare_year(value as f64)) && sequel(t, i, run) {
            return true;
        }
        let candidate = matches!(prev, "مدل" | "موضوع" | "قانون" | "کیلومتر" | "دربی")
            || emission
            || model_word(prev)
            || kind_word(prev)
            || t.is_latin_word(i - 1)
            || kind_word(before_prev)
            || service_word(before_prev)
            || context::label(before_prev);
        if !candidate || counted_after(t, run) {
            return false;
        }
        // `خط مشاور ۱۴۸۰`: a service line is no year.
        // `شماره سال ۱۳۹۹` is the year of an issue.
        let dated = matches!(prev, "سال" | "سالهای" | "year") || calendar::month(prev).is_some();
        // `ستاد خبری ۱۲۴ بازرسی`, `ردیف درآمدی ۲۱۰۲۱۳`: a line or a label an adjective
        // qualifies names its number whatever follows.
        let qualified = prev.ends_with('ی') && !(len == 4 && calendar::bare_year(value as f64));
        let service = len >= 3
            && i >= 2
            && (service_word(before_prev) || (qualified && context::label(before_prev)))
            && !dated
            && (bare_after(t, run) || qualified);
        // `شعبه ثابت 38، شهر آستارا`: a short number after a qualified label and before
        // nothing it counts names the labelled thing too; not a time (`فصل پاییز ۹۷`, `دهه
        // فجر ۹۴`, `مصوب ۴/۹/۱۳۹۶`) nor a decimal.
        let adjective = || lexicon::classes(prev).has(lexicon::Classes::ADJ);
        let timed = calendar::season(prev)
            || matches!(prev, "فجر" | "مصوب")
            || matches!(t.punct(run), Some('.' | '/' | '٫'));
        let labelled = i >= 2
            && context::label(before_prev)
            && (qualified || adjective())
            && !dated
            && !timed
            // `تیپ مستقل ۵۷ حضرت ابوالفضل`: a military unit's number, whatever follows.
            && (bare_after(t, run) || matches!(before_prev, "تیپ" | "لشکر" | "گردان"));
        if service || labelled {
            return true;
        }
        let number_before = |k: usize| t.digits(k).is_some() || words::parse(t, k).is_some();
        // `مدل 2020 تویوتا`: a model year names the model; `مدل سال ۲۰۱۶` is read as a year.
        if len == 4 && calendar::bare_year(value as f64) {
            return prev == "مدل" && !(i >= 2 && number_before(i - 2));
        }
        // `سه مدل ۱۲۸، ۲۵۶ و ۵۱۲ گیگابایت`: after a count of models the numbers are sizes.
        let model = (prev == "مدل" || model_word(prev)) && !(i >= 2 && number_before(i - 2));
        // `موضوع ۵ قانون مدیریت`: the article of a law the number stands before.
        let article = prev == "موضوع" && matches!(t.word(run), "قانون" | "آییننامه");
        // `قانون ۵ فوتبال`, `قانون ۲۳ جوزا`: not `این قانون ۲۰ ماده دارد`.
        let law = prev == "قانون"
            && !(i >= 2 && context::demonstrative(t.word(i - 2)))
            && !part_noun(t.word(run));
        model
            || emission
            || article
            || law
            || self.latin_name(i, run)
            // `هواپیماهای ۷۳۷ مکس`: a kind, its model number and the model's name; not a
            // count made an adjective (`پهپاد ۸ ملخه`, `گیربکس ۶ سرعته`).
            || (kind_word(prev) && name_word(t, run) && !t.word(run).ends_with('ه'))
            || (i >= 2 && kind_word(t.word(i - 2)) && name_word(t, i - 1) && bare_after(t, run))
            // `در کیلومتر ۹۵ اتوبان تبریز`: a unit before its number marks a place on a road;
            // `دربی ۹۱`, a derby's number in the series (not `در ۵ دربی ۲ گل خورد`).
            || (matches!(prev, "کیلومتر" | "دربی") && !(i >= 2 && number_before(i - 2)))
    }

    /// `iOS 13`, `گوشی Mate ۳۰`, `Dota 2`: in Persian copy a number after a Latin word is
    /// the rest of the name that word starts. English copy (`rose 8`, `killed 12`) has no
    /// Persian word beside it.
    fn latin_name(&self, i: usize, run: usize) -> bool {
        let t = self.t;
        if !t.is_latin_word(i - 1) || context::stopword(&t.word(i - 1).to_ascii_lowercase()) {
            return false;
        }
        let persian = |k: usize| !t.word(k).is_empty() && !t.is_latin_word(k);
        (run..run + 3).any(persian) || (i.saturating_sub(5)..i).any(persian)
    }
}

impl Scanner<'_, '_> {
    /// `برنامه ۹۰`, `برنامه نود هفته گذشته`: the football show named by its number, where it
    /// ends; not a plan of a length (`برنامه ۹۰ روزه`, `برنامه ۹۰ دقیقه‌ای`).
    pub(super) fn show_name(&self, i: usize) -> Option<usize> {
        let t = self.t;
        if i == 0 || !matches!(t.word(i - 1), "برنامه" | "برنامهی") {
            return None;
        }
        let e = words::parse(t, i)?;
        if e.value != 90.0 || e.ordinal || e.tail_mult != 1.0 {
            return None;
        }
        // `هفته گذشته` after the name dates the show, it counts no weeks.
        let dated = matches!(t.word(e.end + 1), "گذشته" | "قبل" | "پیش" | "اخیر");
        (!counted_after(t, e.end) || dated).then_some(e.end)
    }

    /// Names known by their number in the field: glossed in Latin letters (`مسیه ۷۸ "(M۷۸)`,
    /// `پایونیر ۱۱ (Pioneer ۱۱)`, `مسیه ۸۷ یا M۸۷`) or met bare more than once after the same unknown word
    /// (`اجلاس دوربان ۲ ... کنفرانس دوربان ۲`, `نفتکش گریس ۱`); the token of the word before
    /// the number, and the number.
    pub(super) fn glossed_names(&self) -> Vec<(usize, u64)> {
        let mut names = self.latin_glosses();
        names.extend(self.repeated_names());
        names
    }

    /// A name's number comes back with its name; a count after a name (`البرز ۱۷۳، قزوین
    /// ۱۱۱`) is seldom the same twice.
    fn repeated_names(&self) -> Vec<(usize, u64)> {
        let t = self.t;
        let bare: Vec<(usize, u64)> = (1..t.len())
            .filter_map(|i| {
                let (value, len, _) = t.digits(i)?;
                let run = super::skip_run(t, i);
                // `به ازای ۱. ۳۰۵۵ دلار`: a decimal split by the scraper goes on.
                let split = matches!(t.punct(run), Some('.' | '٫')) && t.digits(run + 1).is_some();
                let named = len <= 3
                    && run == i + 1
                    && !split
                    && t.digits(i - 1).is_none()
                    && !t.is_latin_word(i - 1)
                    && phrase::role(t, i - 1) == phrase::Role::Noun
                    && name_word(t, i - 1)
                    && bare_after(t, run);
                named.then_some((i - 1, value))
            })
            .collect();
        bare.iter()
            .filter(|&&(k, v)| {
                bare.iter()
                    .filter(|&&(k2, v2)| v2 == v && t.word(k2) == t.word(k))
                    .count()
                    >= 2
            })
            .copied()
            .collect()
    }

    fn latin_glosses(&self) -> Vec<(usize, u64)> {
        let t = self.t;
        (1..t.len())
            .filter_map(|i| {
                let (value, _, _) = t.digits(i)?;
                // `برابر با ۹ پتامتر (9Pm)`: after a preposition it is an amount, glossed.
                if t.is_latin_word(i - 1) || phrase::role(t, i - 1) != phrase::Role::Noun {
                    return None;
                }
                // `مسیه ۸۷ یا M۸۷`: the gloss may follow `یا` (or) as well as stand in brackets.
                let (open, close) = if t.word(i + 1) == "یا" {
                    (i + 1, i + 4)
                } else {
                    let open = (i + 1..i + 4).find(|&k| t.punct(k) == Some('('))?;
                    (
                        open,
                        (open + 1..open + 6).find(|&k| t.punct(k) == Some(')'))?,
                    )
                };
                let latin = (open + 1..close).any(|k| t.is_latin_word(k));
                let same = (open + 1..close).any(|k| t.digits(k).is_some_and(|d| d.0 == value));
                (latin && same).then_some((i - 1, value))
            })
            .collect()
    }

    /// Whether the number at `i` is a name the field glosses in Latin letters somewhere
    /// (`مسیه ۷۸ یک سحابی بازتابی است`, after `مسیه ۷۸ "(M۷۸)`).
    pub(super) fn glossed(&self, i: usize) -> bool {
        let t = self.t;
        i > 0
            && t.digits(i).is_some_and(|(value, _, _)| {
                self.glossed_names
                    .iter()
                    .any(|&(k, v)| v == value && t.word(k) == t.word(i - 1))
            })
    }
}

/// A unit, a classifier or a scale word after the number: it counts or measures.
pub(super) fn counted_after(t: &Tokens, run: usize) -> bool {
    units::match_unit(t, run).is_some()
        || context::classifier(t.word(run))
        || context::classifier_form(t.word(run)).is_some()
        || matches!(words::lookup(t.word(run)), Some(words::Lex::Mult(_)))
}

/// Product lines whose models go by number (`آیفون ۱۱`, `ویندوز ۱۰`, `گلکسی ۹۰`, the tank
/// `تی ۷۲`, `فیات ۵۰۰`).
fn model_word(w: &str) -> bool {
    matches!(
        w,
        "آیفون"
            | "آیپد"
            | "گلکسی"
            | "ویندوز"
            | "اندروید"
            | "آیاواس"
            | "پلیاستیشن"
            | "ایکسباکس"
            | "تی"
            // Aircraft by maker and model (`سانحه یاک ۴۰`, `ایرباس ۳۲۰`).
            | "یاک"
            | "توپولف"
            | "توپولوف"
            | "ایلیوشین"
            | "آنتونوف"
            | "ایرباس"
            | "بوئینگ"
            | "فوکر"
            | "سوخو"
            | "سوخوی"
            | "میگ"
            // Phones and space missions by number (`گوشی پیکسل ۴`, `مأموریت آپولو ۱۱`).
            | "پیکسل"
            | "آپولو"
            // Cars by maker and model (`فیات ۵۰۰`, `پورشه ۹۱۱`).
            | "فیات"
            | "پورشه"
            // Operations of the Iran-Iraq war and police plans by number (`در کربلای ۵`,
            // `والفجر ۸`, `طرح خیبر ۴`).
            | "والفجر"
            | "کربلا"
            | "کربلای"
            | "خیبر"
    )
}

/// Kinds of thing whose members are named by a word and a number (`موشک شهاب ۳`, `عملیات
/// والفجر ۸`, `هواپیمای یاک ۴۰`, `تانک تی ۷۲`).
fn kind_word(w: &str) -> bool {
    matches!(
        w,
        "موشک"
            | "موشکهای"
            | "عملیات"
            | "هواپیمای"
            | "هواپیما"
            | "هواپیماهای"
            | "تانک"
            | "ماهواره"
            | "ماهوارههای"
            | "کاوشگر"
            | "فضاپیمای"
            | "فضاپیما"
            | "پهپاد"
            | "زیردریایی"
            | "ناو"
            | "ناوشکن"
            | "بالگرد"
            | "جنگنده"
            | "گوشی"
            | "تبلت"
            | "خودروی"
            | "نسخه"
            | "سری"
            | "پردازنده"
            | "تراشه"
            | "انیمیشن"
            | "ماژول"
    )
}

/// The name a kind word opens: a word the lexicon does not know (`والفجر`, `یاک`), or a
/// Latin one.
fn name_word(t: &Tokens, k: usize) -> bool {
    let w = t.word(k);
    !w.is_empty()
        && (t.is_latin_word(k)
            || (lexicon::classes(w).is_empty() && lexicon::noun_stem(w).is_none()))
}

/// `انیمیشن داستان اسباب بازی 4 در صدر`, `انیمیشن منجمد 2 یا فروزن 2`: the number closing
/// a film's title, a few words after the kind of work, is the part of a series it names;
/// nothing counted follows it. A year there is the year of a festival or a season.
fn sequel(t: &Tokens, i: usize, run: usize) -> bool {
    let work = |w: &str| matches!(w, "انیمیشن" | "فیلم" | "سریال" | "کارتون");
    let title_word = |k: usize| {
        t.digits(k).is_none()
            && t.punct(k).is_none()
            && !matches!(
                phrase::role(t, k),
                phrase::Role::Prep | phrase::Role::Verb | phrase::Role::Conj
            )
    };
    let Some(kind) = (i.saturating_sub(5)..i.saturating_sub(1))
        .rev()
        .find(|&k| work(t.word(k)))
    else {
        return false;
    };
    (kind + 1..i).all(title_word)
        && (bare_after(t, run) || matches!(t.word(run), "یا" | "هم"))
        && !counted_after(t, run)
}

/// Lines and services that a noun qualifies before their number (`خط مشاور ۱۴۸۰`, `ستاد
/// خبری ۱۲۴`, `سامانه پیامکی ۳۰۰۰۱۴۸۸`).
fn service_word(w: &str) -> bool {
    matches!(w, "خط" | "سامانه" | "تلفن" | "شماره" | "اورژانس" | "ستاد")
}

/// Nothing counted follows the number: punctuation, the end, a postposition or a preposition
/// opening the next phrase (`والفجر ۸ را`, `یاک ۴۰ به`, `۱۴۸۰ از`).
pub(super) fn bare_after(t: &Tokens, run: usize) -> bool {
    t.get(run).is_none()
        || (t.punct(run).is_some() && t.punct(run) != Some('-'))
        || matches!(
            t.word(run),
            "را" | "در" | "به" | "از" | "و" | "که" | "با" | "است"
        )
        || phrase::role(t, run) == phrase::Role::Verb
}

/// The parts a law is counted in (`۲۰ ماده`, `۲۰ ماده‌ای`, `۷ تبصره`).
fn part_noun(w: &str) -> bool {
    let stem = w
        .strip_suffix("ای")
        .or_else(|| w.strip_suffix('ی'))
        .unwrap_or(w);
    matches!(stem, "ماده" | "بند" | "تبصره" | "اصل" | "فصل" | "بخش") || w == "مواد"
}

#[cfg(test)]
mod tests {
    use super::super::values;
    use crate::article::Field;
    use crate::extract::{figures_in, Kind};

    #[test]
    fn product_and_model_numbers_are_names() {
        for text in [
            "این قابلیت برای گوشی‌های دارای iOS 13 در دسترس است.",
            "فروش گوشی Mate ۳۰ در اروپا آغاز شد.",
            "شارژر بی‌سیم برای تسلا مدل ۳ را عرضه کرد.",
            "آیفون ۱۱ در سپتامبر معرفی شد.",
            "هواپیمای یاک ۴۰ در فرودگاه سقوط کرد.",
            "خانواده‌های قربانیان سانحه ياك 40 شکایت کردند.",
            "سفارش ایرباس ۳۲۰ لغو شد.",
            "پرواز هواپیماهای ۷۳۷ مکس ممنوع شد.",
            "عملیات والفجر ۸ را همین جا انجام دادیم.",
            "دوربین گوشی پیکسل ۴ بهتر شده است.",
            "خدمه آپولو ۸ به دور ماه رفتند.",
            "خودروهای تازه استاندارد یورو ۵ دارند.",
            "نسخه تازه فیات ۵۰۰ به بازار آمد.",
            "رزمندگان در کربلای ۵ ایستادند.",
            "در والفجر ۸، اروند را گذشتند.",
            "پلیس طرح خیبر ۴ را اجرا کرد.",
            "او در عملیات‌های والفجر 2و4، خیبر، کربلا 4 و 5، والفجر 10 جنگید.",
            "فرماندهی تیپ مستقل 57 حضرت ابوالفضل را بر عهده داشت.",
            "کشورها برای کاهش سرعت ویروس کوید۱۹ تلاش کردند.",
            "مردم با وارد کردن عدد # 90*720* کمک کردند.",
        ] {
            assert_eq!(values(text), Vec::<f64>::new(), "{text}");
        }
    }

    #[test]
    fn the_number_closing_a_films_title_is_its_part_in_the_series() {
        for text in [
            "اکران انیمیشن شرک خوش‌اخلاق 3 در سینماها آغاز شد.",
            "فیلم مأموریت غیرممکن 6 یا همان فال‌اوت پرفروش شد.",
            "پشت صحنه فیلم مرد عنکبوتی 2",
        ] {
            assert_eq!(values(text), Vec::<f64>::new(), "{text}");
        }
        // A count or a span after the title counts; a year dates the festival.
        assert_eq!(values("فیلم سینمایی او ۳ ساعت طول کشید."), [3.0]);
        assert_eq!(values("جایزه جشنواره فیلم کن ۲۰۱۹ را برد."), [2019.0]);
    }

    #[test]
    fn digits_in_a_title_count_nothing() {
        for text in [
            "فیلم «۳ رخ» در جشنواره نمایش داده شد.",
            "اکران «رحمان ۱۴۰۰» متوقف شد.",
            "رزمایش «اقتدار پایدار ۱۴۰۴» آغاز شد.",
        ] {
            assert_eq!(values(text), Vec::<f64>::new(), "{text}");
        }
        assert_eq!(values("شعار «۵۰ درصد» را دادند."), [50.0]);
        assert_eq!(values("بخش «سال‌های ۱۳۰۰ تا ۱۳۴۰» چاپ شد."), [1300.0]);
    }

    #[test]
    fn a_short_number_after_a_qualified_label_names_it() {
        assert_eq!(values("شعبه ثابت 41، روستای بالا"), Vec::<f64>::new());
        // Not a season, a span or a decimal after the label.
        assert_eq!(values("رشد در فصل پاییز ۹۷ بیشتر بود."), [1397.0]);
    }

    #[test]
    fn the_show_named_ninety_is_no_figure() {
        for text in [
            "کارشناس داوری در برنامه ۹۰ از این صحنه انتقاد کرد.",
            "او در برنامه نود هفته گذشته مهمان بود.",
            "مجری برنامه‌ی 90 به این پرسش پاسخ داد.",
        ] {
            assert_eq!(values(text), Vec::<f64>::new(), "{text}");
        }
        assert_eq!(values("وزارت یک برنامه ۹۰ روزه اعلام کرد."), [90.0]);
        assert_eq!(values("این برنامه ۹۰ دقیقه طول کشید."), [90.0]);
    }

    #[test]
    fn a_name_met_twice_with_its_number_is_a_name() {
        let text = "نشست دوربان ۳ در ژنو آغاز شد. معترضان به نشست دوربان ۳ رفتند.";
        assert_eq!(values(text), Vec::<f64>::new());
        assert_eq!(
            values("البرز ۱۷۳، قزوین ۱۱۱ و زنجان ۹۰ مورد داشتند."),
            [173.0, 111.0, 90.0]
        );
    }

    #[test]
    fn euros_before_an_amount_stay_money() {
        assert_eq!(values("هر یورو ۱۴ هزار تومان فروخته شد."), [14000.0]);
        assert_eq!(values("نرخ تورم منطقه یورو ۱.۲ درصد شد."), [1.2]);
        assert_eq!(values("یورو ۰. ۰۴ درصد بالا رفت."), [0.04]);
    }

    #[test]
    fn verse_numbers_are_names() {
        for text in [
            "آیات ۹۹ و ۱۰۰ سوره مومنون را خواند.",
            "لُعِنَ الَّذِینَ کَفَرُواْ مِن بَنِی إِسْرَائِیلَ ﴿ ۷۸ ﴾ و سپس",
            "كَانُواْ يَفْعَلُونَ ﴾79﴿ آمده است.",
        ] {
            assert_eq!(values(text), Vec::<f64>::new(), "{text}");
        }
        assert_eq!(values("سوره ﴿ ۱۲ آیه ﴾ دارد"), [12.0]);
    }

    #[test]
    fn counts_beside_model_words_stay() {
        assert_eq!(
            values("حافظه در سه مدل ۱۲۸، ۲۵۶ و ۵۱۲ گیگابایت عرضه می‌شود."),
            [3.0, 128.0, 256.0, 512.0]
        );
        assert_eq!(values("شرکت یک پهپاد ۸ ملخه ساخت."), [8.0]);
        assert_eq!(values("ایران ۱۲ فروند ایرباس ۳۲۰ خرید."), [12.0]);
        assert_eq!(values("بوئینگ ۶۲ میلیون دلار غرامت داد."), [62e6]);
        assert_eq!(values("این قانون ۲۰ ماده دارد."), [20.0]);
        assert_eq!(values("Exports rose 8 percent in May."), [8.0]);
        assert_eq!(values("خودروی مدل 2020 در بازار است."), Vec::<f64>::new());
        let year = figures_in("خودروهای مدل سال ۲۰۱۶ به بعد فراخوان شدند.", Field::Body);
        assert_eq!(year.len(), 1);
        assert_eq!(year[0].kind, Kind::Year);
    }

    #[test]
    fn service_lines_mileposts_and_laws_are_names() {
        for text in [
            "مردم با خط مشاور ۱۴۸۰ از خانه کمک می‌گیرند.",
            "تصادف در کیلومتر ۹۵ جاده قم رخ داد.",
            "داور طبق قانون ۵ فوتبال بازی را ادامه داد.",
            "مدیران موضوع ۵ قانون مدیریت خدمات کشوری مشمول هستند.",
            "پرونده کلاسه ۵۱۱۲ بررسی شد.",
            "تخلفات را به ستاد خبری ۱۳۵ تعزیرات گزارش دهید.",
            "این مبلغ به ردیف درآمدی ۱۶۰۱۱۴ واریز می‌شود.",
            "پیش از دربی ۸۸ تمرین کردند.",
            "این ویژگی با آی‌اواس ۱۲ آمد.",
        ] {
            assert_eq!(values(text), Vec::<f64>::new(), "{text}");
        }
        assert_eq!(values("مسیر ۹۵ کیلومتر جاده است."), [95.0]);
        assert_eq!(values("خط تولیدی ۲۰۰ دستگاه دارد."), [200.0]);
        assert_eq!(values("او در ۴ دربی ۳ گل زد."), [4.0, 3.0]);
        let issue = figures_in("نخستین شماره سال ۱۴۰۲ منتشر شد.", Field::Body);
        assert!(issue
            .iter()
            .any(|f| f.kind == Kind::Year && f.value == 1402.0));
    }
}
