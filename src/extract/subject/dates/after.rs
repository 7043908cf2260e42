//! What happened at a date, told after it: the noun phrase past the adverbials (`بازی
//! کرد` is half of a verb, no event), a tally opening the clause, the comma or the pointer
//! after an opening adjunct; and where a pair of dates parts what each dates.

use super::super::super::phrase::{self, Role};
use super::super::super::token::Tokens;
use super::super::super::{calendar, context, words};
use super::super::clause::dummy;
use super::trimmed;

/// What happened at a date: the first noun phrase after it, past prepositional phrases and
/// adverbs, that is not the first half of a compound verb (`بازی کرد`).
pub(super) fn event_after(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    if let Some(np) = tally_after(t, end) {
        return Some(np);
    }
    let mut j = end;
    for _ in 0..6 {
        match phrase::role(t, j) {
            Role::Prep => j = phrase::past_preposition(t, j),
            // `آمار تالار هنر تا سوم اسفند و تماشاخانه سنگلج تا ۱۹ بهمن مشخص شد`: what `و`
            // opens right after the date is the next of a pair when a date of its own follows.
            Role::Conj if j == end && t.word(j) == "و" && dated_pair(t, j + 1) => return None,
            Role::Adv | Role::Conj | Role::Adj => j += 1,
            Role::Noun | Role::Participle => {
                let (a, b) = phrase::subject_forward(t, j)?;
                let verb_next = matches!(
                    phrase::role(t, b),
                    Role::Verb | Role::Participle | Role::Infinitive
                );
                return (b > a + 1 || !verb_next).then_some((a, b));
            }
            _ => return None,
        }
    }
    None
}

/// `به مناسبت ۲۷ خرداد روز جهاد سازندگی`, `به مناسبت هفتم مهر، روز آتش‌نشانی`: a date an
/// occasion is kept for is the day named right after it; `مناسبت` itself names nothing.
pub(super) fn occasion(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    if first == 0 || t.word(first - 1) != "مناسبت" {
        return None;
    }
    let j = if matches!(t.punct(end), Some('،' | ',')) {
        end + 1
    } else {
        end
    };
    let day = matches!(
        t.word(j),
        "روز"
            | "سالروز"
            | "سالگرد"
            | "هفته"
            | "عید"
            | "جشن"
            | "شب"
            | "ولادت"
            | "میلاد"
            | "شهادت"
    );
    day.then(|| phrase::subject_forward(t, j)).flatten()
}

/// Whether a date comes in the few words from `from`, in its sentence: the second of a pair
/// dated each by its own (`نسل سوم از ۱۹۹۵ تا ۲۰۰۲ و نسل چهارم از ۲۰۰۲ تا ۲۰۰۹`).
fn dated_pair(t: &Tokens, from: usize) -> bool {
    (from..from + 10)
        .take_while(|&k| k < t.len() && !phrase::sentence_end(t, k))
        .any(|k| t.digits(k).is_some() || calendar::month(t.word(k)).is_some())
}

/// `در سال ۹۸ بیش از ۲۶۲ پروانه تحقیق و توسعه صادر شود`: a year opening its clause with a
/// tally places what is tallied, the noun after the number and its unit; a classifier's count
/// (`۴۱۴ نفر`) is left to the count it is the coordinate of.
fn tally_after(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    let mut k = (end..end + 3).find(|&k| {
        phrase::role(t, k) == Role::Number
            && context::qualifier_before(t, k).map_or(k, |(_, at)| at) == end
    })?;
    // `دومین دور آن`, `نهمین سیاره`: a rank is no tally.
    if words::ordinal_word(t.word(k)).is_some() {
        return None;
    }
    while phrase::role(t, k) == Role::Number
        || (words::is_and(t, k) && phrase::role(t, k + 1) == Role::Number)
    {
        k += 1;
    }
    if context::classifier(t.word(k)) {
        return None;
    }
    if crate::extract::units::unit_word(t.word(k)).is_some() {
        k += 1;
    }
    if phrase::role(t, k) != Role::Noun || context::time_noun(t.word(k)) || dummy(t.word(k)) {
        return None;
    }
    phrase::subject_forward(t, k).and_then(|np| trimmed(t, np))
}

/// `در سال ۱۹۱۵ میلادی، «آلبرت اینشتین» ...`, `از سال ۱۹۹۵، ستاره‌شناسان ...`, `در سال ۱۹۳۱
/// این موضوع ...`: when nothing before an adjunct of time says what it places, what happened
/// is told past the comma closing it, the quote opening a name or the pointer.
pub(super) fn opening_adjunct(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    let mut j = end;
    if matches!(t.punct(j), Some('،' | ',')) {
        j += 1;
    }
    if matches!(t.punct(j), Some('"' | '«')) {
        j += 1;
    }
    if context::demonstrative(t.word(j)) && phrase::role(t, j + 1) == Role::Noun {
        j += 1;
    }
    (j > end).then(|| event_after(t, j)).flatten()
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::subject;

    #[test]
    fn the_second_of_a_dated_pair_is_dated_by_its_own() {
        let text =
            "آخرین آمار فروش تالار هنر تا جمعه سوم اسفند و تماشاخانه سنگلج تا جمعه ۱۹ بهمن مشخص شد.";
        assert_eq!(
            subject(text, "سوم").as_deref(),
            Some("آخرین آمار فروش تالار")
        );
        // Without a date of its own, what `و` opens may be what the date places.
        let text = "ما را به ۲۲ بهمن و پیروزی انقلاب اسلامی نزدیک کرد.";
        assert_eq!(subject(text, "۲۲").as_deref(), Some("پیروزی انقلاب اسلامی"));
    }

    #[test]
    fn an_occasion_is_the_day_named_after_its_date() {
        let text = "تقوی به مناسبت 27 خرداد روز جهاد سازندگی و چمران به مناسبت 31 خرداد سالروز \
                    شهادت چمران سخنرانی می‌کنند.";
        assert_eq!(subject(text, "27").as_deref(), Some("روز جهاد سازندگی"));
        assert_eq!(subject(text, "31").as_deref(), Some("سالروز شهادت چمران"));
        let text = "به مناسبت هفتم مهر، روز آتش‌نشانی، از آتش‌نشانان تقدیر شد.";
        assert_eq!(subject(text, "هفتم").as_deref(), Some("روز آتش‌نشانی"));
    }

    #[test]
    fn past_the_comma_or_the_pointer_after_an_opening_adjunct() {
        let text =
            "تاریخچه. در سال ۱۹۱۵ میلادی، \"آلبرت اینشتین\" با مطرح کردن کرم‌چاله نظریه‌ای داد.";
        assert_eq!(subject(text, "سال").as_deref(), Some("آلبرت اینشتین"));
        let text = "سال‌ها بعد و در سال ۱۹۳۱ این موضوع توسط اخترفیزیکدانی دنبال شد.";
        assert_eq!(subject(text, "سال").as_deref(), Some("موضوع"));
        // What the clause names before the adjunct comes first.
        let text = "ریاست وقت قوه قضائیه در سال ۹۶، دستورالعملی را به دادگاه‌ها ابلاغ کرد.";
        assert_eq!(
            subject(text, "سال").as_deref(),
            Some("ریاست وقت قوه قضائیه")
        );
    }
}
