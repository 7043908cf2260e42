//! Numbers that are no amount: part of a word or a name (`سه شنبه`, `دو کفه‌ای`, `یک چهارم
//! نهایی`, `ریو دو ژانیرو`) and vague amounts (`صدها هزار`, `یکی دو بازیکن`).

use super::super::token::Tokens;
use super::super::words::{self, Lex, NumExpr};
use super::super::{context, phrase};
use super::{prefix_word, Scanner};

impl Scanner<'_, '_> {
    /// Where a number is part of a word (`سه شنبه`) or a vague amount (`صدها هزار`, `چند ده
    /// هزار نفر`), the token to go on from.
    pub(super) fn vague(&self, i: usize, e: &NumExpr) -> Option<usize> {
        let t = self.t;
        let end = e.end;
        if e.lone_word && context::compound_tail(t.word(end)) {
            return Some(end + 1);
        }
        // `دو کفه‌ای`, `چاپ ۳ بعدی`: in words or in digits.
        if e.tail_mult == 1.0 && !e.ordinal && e.value <= 10.0 && idiom_tail(t.word(end)) {
            return Some(end + 1);
        }
        // `چهار راه ولیعصر`, `در چهار چوب قانون`: a crossroads and a frame typed as two words.
        if e.lone_word && e.value == 4.0 && !e.ordinal && crossroads_or_frame(t, end) {
            return Some(end + 1);
        }
        // Names: `یک چهارم نهایی` (the quarter-finals), `نیم فصل` (the half-season), `نیم
        // سکه` (the half-coin, a product), `بلیت نیم بها` (a half-price ticket).
        let named = (e.fraction && t.word(end) == "نهایی")
            || (t.word(i) == "نیم" && end == i + 1 && matches!(t.word(end), "فصل" | "سکه" | "بها"));
        if named || absolutely(t, i, end) {
            return Some(end + 1);
        }
        let prefix = prefix_word(t, i);
        if self.manner_of_speaking(i, e) {
            return Some(end);
        }
        // `یکی دو بازیکن`, `یکی، دو روز`: one or two, a vague few.
        let one_or = |k: Option<usize>| k.is_some_and(|k| t.word(k) == "یکی");
        let comma = i >= 1 && t.punct(i - 1) == Some('،');
        if e.lone_word && (one_or(i.checked_sub(1)) || (comma && one_or(i.checked_sub(2)))) {
            return Some(end);
        }
        // `ریو دو ژانیرو`, `چهار محال و بختیاری`: names.
        if e.lone_word && (prefix == "ریو" || t.word(end) == "محال") {
            return Some(end);
        }
        let vague = matches!(
            prefix,
            "صدها"
                | "دهها"
                | "هزاران"
                | "میلیونها"
                | "میلیاردها"
                | "چند"
                | "چندین"
                | "چندصد"
                | "چندهزار"
        );
        // `ده ها هزار`, `۱۰ها هزار`: tens of thousands, the plural ending set apart from its
        // number.
        let tens_of = prefix == "ها"
            && i >= 2
            && (t.digits(i - 2).is_some() || words::lookup(t.word(i - 2)).is_some());
        let worded = e.literal.is_none() && matches!(prefix, "چند" | "چندین");
        let plural = matches!(t.word(end), "ها" | "های");
        let tens = plural && matches!(words::lookup(t.word(end + 1)), Some(Lex::Mult(_)));
        // `ده ها نفر`, `صد ها خانوار`: «دهها» and «صدها» typed with a space.
        let tens_apart = plural && e.lone_word && matches!(t.word(i), "ده" | "صد");
        ((e.bare_mult && (vague || tens_of || plural)) || worded || tens || tens_apart)
            .then_some(end + usize::from(tens_apart))
    }

    /// A round hundred or thousand in words that counts nothing: the base of a ratio (`صد در
    /// صد`, `سه در هزار`: its first number carries the figure) or a figure of speech before a
    /// word of trouble or of sheer number (`با هزار بدبختی`, `هزار و یک نوع فساد`, `صد چیز
    /// دیگر`). A writer who counts a thousand things in words names things counted (`هزار
    /// زندانی`).
    fn manner_of_speaking(&self, i: usize, e: &NumExpr) -> bool {
        let t = self.t;
        if e.literal.is_some() || !matches!(t.word(i), "صد" | "هزار") {
            return false;
        }
        let base = e.end == i + 1
            && i >= 2
            && t.word(i - 1) == "در"
            && (t.digits(i - 2).is_some() || words::lookup(t.word(i - 2)).is_some());
        let round = e.value == 100.0 || e.value == 1000.0 || e.value == 1001.0;
        base || (round && hyperbole_noun(t.word(e.end)))
    }
}

/// What a round hundred or thousand in words exaggerates rather than counts: trouble (`هزار
/// بدبختی`, `هزار مکافات`, `هزار دردسر`), words and ways (`هزار حرف`, `هزار ترفند`, `هزار
/// راه`, `هزار بهانه`), kinds (`هزار و یک نوع`, `هزار جور`, `هزار رنگ`) and things at large
/// (`صد چیز دیگر`, `هزار مشکل`, `صد چاک`).
fn hyperbole_noun(word: &str) -> bool {
    matches!(
        word,
        "بدبختی"
            | "مکافات"
            | "دردسر"
            | "زحمت"
            | "سختی"
            | "مصیبت"
            | "بلا"
            | "درد"
            | "غم"
            | "حرف"
            | "ترفند"
            | "راه"
            | "بهانه"
            | "وعده"
            | "نقشه"
            | "فکر"
            | "آرزو"
            | "امید"
            | "قصه"
            | "نوع"
            | "جور"
            | "رنگ"
            | "چیز"
            | "مشکل"
            | "گرفتاری"
            | "چاک"
            | "تکه"
            | "واویلا"
    )
}

/// `راه` after `چهار` as a crossroads (`چهار راه شوش`, `چهار راه‌های اصلی`) or `چوب` as a
/// frame; four ways go on with a verb or a way's noun (`چهار راه داریم`, `چهار راه حل`).
fn crossroads_or_frame(t: &Tokens, k: usize) -> bool {
    match t.word(k) {
        "چوب" | "راههای" => true,
        "راه" => {
            !matches!(t.word(k + 1), "" | "حل" | "کار" | "برای" | "وجود")
                && phrase::role(t, k + 1) == phrase::Role::Noun
        }
        _ => false,
    }
}

/// Words after a number word that make it part of another word, beside
/// [`context::compound_tail`]: `دو کفه‌ای` (bivalve), `سه بعدی` (three-dimensional), `دو
/// قلو`, `دو طرفه`, `دو قطبی` (polarised), `دو رویی` (duplicity), `سه راهی` (a junction),
/// `دو تابعیتی` (dual nationals), `دو باره` (again, split by the scraper); and adjectives of a
/// type made of a number and a noun: `شش ضلعی` (hexagonal), `دو حالتی`, `سه رقمی`, `چهار
/// خطه` (four-lane), `دو موتوره`, `سه لایه‌ای`, `سه مرحله‌ای`, `دو منظوره`, `دو اخطاره`.
fn idiom_tail(word: &str) -> bool {
    matches!(
        word,
        "کفهای"
            | "کفه"
            | "بعدی"
            | "بعدیها"
            | "قلو"
            | "قلوها"
            | "طرفه"
            | "طرفهای"
            | "قطبی"
            | "رویی"
            | "راهی"
            | "دستی"
            | "چشمی"
            | "تابعیتی"
            | "تابعیتیها"
            | "باره"
            | "ضلعی"
            | "حالتی"
            | "وجهی"
            | "رقمی"
            | "خطه"
            | "بانده"
            | "موتوره"
            | "لایه"
            | "لایهای"
            | "مرحلهای"
            | "منظوره"
            | "اخطاره"
            | "فازه"
    )
}

/// `صددرصد اسلامی`, `موقعیت صد درصد`: "a hundred percent" in words before a word that only
/// describes, or after a chance, says "absolutely", no share of anything.
fn absolutely(t: &Tokens, i: usize, end: usize) -> bool {
    t.word(i) == "صد" && end == i + 1 && t.word(end) == "درصد" && absolute_around(t, i, end + 1)
}

/// Whether "a hundred percent" starting at token `i` and followed by token `next` means
/// "absolutely" (see [`absolutely`]); also asked of the one word `صددرصد`.
pub(super) fn absolute_around(t: &Tokens, i: usize, next: usize) -> bool {
    use super::super::lexicon::{self, Classes};
    let next = lexicon::classes(t.word(next));
    let describes = next.has(Classes::ADJ) && !next.has(Classes::NOUN);
    describes || (i > 0 && matches!(t.word(i - 1), "موقعیت" | "موقعیتهای"))
}

#[cfg(test)]
mod tests {
    use super::super::values;
    use crate::article::Field;
    use crate::extract::figures_in;

    #[test]
    fn a_number_and_a_noun_that_make_an_adjective_are_no_count() {
        for text in [
            "مولکول به شکل یک حلقه شش ضلعی است",
            "یک سامانه دو حالتی",
            "چاپگر سه بعدی",
            "محور چهار خطه شد",
            "هواپیمای دو موتوره",
            "یک طرح سه مرحله‌ای",
            "تورم دو رقمی ماند",
            "مدافع سه اخطاره بود",
        ] {
            let found = figures_in(text, Field::Body);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        assert_eq!(figures_in("در سه مرحله برگزار شد", Field::Body).len(), 1);
    }

    #[test]
    fn a_crossroads_and_a_frame_are_no_four() {
        for text in [
            "ترافیک در چهار راه ولیعصر سنگین بود",
            "این بندر از چهار راه‌های اصلی تجارت است",
            "در چهار چوب قوانین عمل می‌کنیم",
        ] {
            let found = figures_in(text, Field::Body);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        for text in [
            "چهار راه داریم",
            "چهار راه حل پیشنهاد شد",
            "چهار راه برای خروج هست",
        ] {
            assert_eq!(figures_in(text, Field::Body).len(), 1, "{text}");
        }
    }

    #[test]
    fn round_numbers_in_figures_of_speech_and_ratio_bases_are_no_count() {
        for text in [
            "با هزار بدبختی خانه را خرید.",
            "مدیر تیم گفت فوتبال ما هزار مشکل دارد.",
            "از این طرح هزار و یک نوع فساد بیرون می‌آید.",
            "تماشاگران صد چیز دیگر به زمین پرتاب کردند.",
            "این کار صد در صد شکست می‌خورد.",
        ] {
            let found = figures_in(text, Field::Body);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        assert_eq!(values("ارتش هزار سرباز تازه به مرز فرستاد."), [1000.0]);
        assert_eq!(values("صد پرسش تستی در آزمون بود."), [100.0]);
        // The thousand is the base of the rate, not a count of its own.
        assert!(!values("مالیات دو در هزار بهای کالا است.").contains(&1000.0));
    }

    #[test]
    fn tens_of_thousands_with_the_ending_apart_are_vague() {
        for text in [
            "ده ها هزار نفر به خیابان آمدند.",
            "۱۰ها هزار کتاب در آن کتابخانه بود.",
            "ده ها روستا آب ندارند.",
            "صد ها خانوار به شهر کوچ کردند.",
        ] {
            let found = figures_in(text, Field::Body);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        assert_eq!(figures_in("ده هزار نفر آمدند.", Field::Body).len(), 1);
    }

    #[test]
    fn list_numbers_glued_to_their_line_are_no_count() {
        let text = "شرایط:\n۱-داشتن ۶۰ سال سن\n۲-داشتن ۲۰ سال سابقه\n۳-رشد";
        let values: Vec<f64> = figures_in(text, Field::Body)
            .iter()
            .map(|f| f.value)
            .collect();
        assert_eq!(values, [60.0, 20.0]);
    }
}
