//! Words around a figure that stand where its subject is looked for: a time in an object's
//! place (`کسری بودجه دولت در سال ۸۱ را بالغ بر ...`), a plural opening a prepositional run,
//! and the label of a field (`ثروت خالص: ۵.۵ میلیارد دلار`).

use super::super::context::{qualifier_before, time_noun};
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::counted;

/// `کسری بودجه دولت در سال ۸۱ را بالغ بر ...`, `اعتبار حدود ۷۳ هزار میلیاردی سال گذشته ...
/// را`: a time in the object's place is an adjunct of the object before it.
pub(super) fn timed_object(t: &Tokens, (a, b): (usize, usize)) -> (usize, usize) {
    if !time_noun(t.word(a)) {
        return (a, b);
    }
    let mut k = a;
    while k > 0 && (matches!(t.word(k - 1), "در" | "طی") || phrase::role(t, k - 1) == Role::Number)
    {
        k -= 1;
    }
    let k = qualifier_before(t, k).map_or(k, |(_, at)| at);
    (k < a)
        .then(|| phrase::subject_backward(t, k))
        .flatten()
        .filter(|&(p, _)| !counted(t, p) && !time_noun(t.word(p)))
        .map_or((a, b), |(p, q)| after_time(t, p, k).unwrap_or((p, q)))
}

/// `در نظرسنجی ماه اوت رشد تقاضای جهانی نفت را`: a run that opens with a time (a month, a
/// week) runs on unmarked into the object; the object starts after the last word of time.
fn after_time(t: &Tokens, p: usize, end: usize) -> Option<(usize, usize)> {
    let m = (p..end.saturating_sub(1))
        .rev()
        .find(|&m| time_noun(t.word(m)))?;
    phrase::subject_forward(t, m + 1).filter(|&(a, b)| a == m + 1 && b <= end)
}

/// A plural noun with its linking ending (`مرزهای`): in a run of nouns, the words after it
/// are its complement, not a phrase of their own.
pub(super) fn plural(w: &str) -> bool {
    w.strip_suffix("های")
        .is_some_and(|s| !super::super::lexicon::classes(s).is_empty())
}

/// How many tokens a label before a colon may run to: a field name, not a sentence.
const LABEL_REACH: usize = 8;

/// `ثروت خالص: حدود ۵.۵ میلیارد دلار`, `۲. سهم از تولید اوپک: ۳.۳ درصد`: a line that is a
/// label, a colon and the figure names what the figure measures by the whole label, past a
/// list marker; not a speaker (`وی افزود:`), whose verb is no label, nor one who goes on to
/// say more (`نماینده دادستان: ۱۴ هزار میلیارد تومان از اموال ...`), where the figure does
/// not end the line.
pub(super) fn labelled(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    if first < 2 || t.punct(first - 1) != Some(':') {
        return None;
    }
    let closed = end >= t.len()
        || phrase::sentence_end(t, end)
        || t.punct(end).is_some()
        || (t.word(end) == "در" && t.word(end + 1) == "هر");
    if !closed {
        return None;
    }
    let colon = first - 1;
    let mut a = colon;
    // `فیلم/ کارگردان: نام: ۲۶ دقیقه`: a slash or another colon closes the field before.
    let opens = |k: usize| phrase::sentence_end(t, k) || matches!(t.punct(k), Some(':' | '/'));
    while a > 0 && !opens(a - 1) && colon - a <= LABEL_REACH {
        a -= 1;
    }
    if a > 0 && !opens(a - 1) {
        return None;
    }
    // `- دانشجویان:`, `و سایر مهمانان:`: a list's marker or joint is no part of the label.
    while a < colon && (t.punct(a).is_some() || matches!(t.word(a), "و" | "o")) {
        a += 1;
    }
    let said = (a..colon).any(|k| matches!(phrase::role(t, k), Role::Verb | Role::Participle));
    // `در ساعت ۱۴:`: a time or a place is no field name.
    let timed = (a..colon).any(|k| t.word(k) == "ساعت") || time_noun(t.word(a));
    let led = phrase::role(t, a) == Role::Prep;
    (a < colon && !said && !timed && !led).then_some((a, colon))
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn a_time_in_the_place_of_an_object_is_its_adjunct() {
        let s = subject(
            "وی کسری بودجه دولت در سال ۸۱ را بالغ بر ۱۷ هزار میلیارد ریال عنوان کرد.",
            "بالغ",
        );
        assert_eq!(s.as_deref(), Some("کسری بودجه دولت"));
        let s = subject(
            "اعتبار را از ۹۳ هزار میلیارد تومان افزایش داد که افزایش ۲۲ هزار میلیاردی برای سال جاری خواهد داشت.",
            "۲۲",
        );
        assert_ne!(s.as_deref(), Some("سال جاری"));
    }

    #[test]
    fn an_index_level_after_a_change_names_the_index() {
        let s = subject(
            "شاخص سهام آزاد شناور، ۱۰۴۲۲ واحد افزایش معادل ۱.۶۲ درصد را رقم زد و به سطح ۶۵۵ هزار واحد رسید.",
            "۶۵۵",
        );
        assert_eq!(s.as_deref(), Some("شاخص سهام آزاد شناور"));
        let s = subject(
            "شاخص کل هم وزن نیز با ۱۰۹۹۷ واحد افزایش همراه بود و عدد ۸۵۵ هزار واحد را به نمایش گذاشت.",
            "۸۵۵",
        );
        assert_eq!(s.as_deref(), Some("شاخص کل"));
    }

    #[test]
    fn a_plural_in_a_prepositional_run_keeps_its_complement() {
        let s = subject(
            "سهم گمرک باشماق از صادرات کالا از مرزهای استان کردستان در سال جاری، ۴۰ درصد بوده است.",
            "۴۰",
        );
        assert_eq!(s.as_deref(), Some("سهم گمرک باشماق"));
    }

    #[test]
    fn where_a_change_came_from_is_no_subject() {
        let s = subject("خرید نفت هند از عربستان سعودی ۱۱ درصد رشد کرد.", "۱۱");
        assert_eq!(s.as_deref(), Some("خرید نفت هند"));
    }

    #[test]
    fn a_labelled_line_names_its_figure() {
        let text = "۱- شرکت الف\nارزش بازار: ۹۲۰ میلیارد دلار\nزمینه فعالیت: فناوری";
        assert_eq!(subject(text, "۹۲۰").as_deref(), Some("ارزش بازار"));
        let s = subject("وی افزود: ۲۰ میلیارد دلار", "۲۰");
        assert_ne!(s.as_deref(), Some("وی"));
        let text = "فهرست:\n۲. سهم از فروش کل: ۴۰ درصد\n۳. بخش کشاورزی و دامداری: ۱۲ درصد";
        assert_eq!(subject(text, "۴۰").as_deref(), Some("سهم از فروش کل"));
        assert_eq!(
            subject(text, "۱۲").as_deref(),
            Some("بخش کشاورزی و دامداری")
        );
        let text =
            "بهای بلیت:\n- دانشجویان دانشگاه شهر: ۵۰ هزار تومان\nو سایر مهمانان: ۸۰ هزار تومان";
        assert_eq!(subject(text, "۸۰").as_deref(), Some("سایر مهمانان"));
        let s = subject("مدیر کل: ۳۰ نفر از کارکنان بازنشسته شدند.", "۳۰");
        assert_ne!(s.as_deref(), Some("مدیر کل"));
    }

    #[test]
    fn a_time_after_a_preposition_only_places_the_clause() {
        let s = subject(
            "قیمت طلا از ابتدای سال ۲۰۱۹ تاکنون، ۹.۵ درصد رشد نشان داده است.",
            "۹.۵",
        );
        assert_eq!(s.as_deref(), Some("قیمت طلا"));
    }

    #[test]
    fn an_object_after_a_month_starts_past_it() {
        let s = subject(
            "بانک در گزارش ماه ژوئن فروش خودروهای برقی در سال ۲۰۲۰ را ۳ میلیون دستگاه برآورد کرد.",
            "۳",
        );
        assert_eq!(s.as_deref(), Some("فروش خودروهای برقی"));
    }
}
