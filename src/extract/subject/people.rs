//! People counted by a classifier (`نفر`, `تن`) with no noun after it: what befell them, read
//! from their clause (`۱۸ نفر کشته شدند`, `مرگ ۹ میلیون نفر`, `۴ هزار نفر بر اثر آلودگی هوا
//! جان باختند`), never a place, an adverb or a count restated (`این تعداد`).

use super::super::context;
use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;
use super::super::words;
use super::Target;

/// `۱۸ نفر کشته شدند`, `موجب کشته شدن ۳ نفر`, `مرگ ۹ میلیون نفر`: people counted by a
/// classifier are what befell them, not a neighbouring noun.
pub(super) fn befell(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    // `۱۱۸ هزار نفری که در سراسر جهان مبتلا به این ویروس شده‌اند`: what befell the people a
    // relative clause tells of.
    if end > 0 && t.word(end - 1) == "نفری" && t.word(end) == "که" {
        return (end + 1..end + 12)
            .take_while(|&k| phrase::before_verb(t, k))
            .find(|&k| context::casualty(t.word(k)))
            .map(|k| (k, k + 1));
    }
    if end == 0 || !matches!(t.word(end - 1), "نفر" | "تن") {
        return None;
    }
    // `۳۵۲۹ تن دیگر بهبود یافته‌اند`, `۴۹ نفر نیز مصدوم شدند`: the others of a tally, past
    // `دیگر` and `نیز`.
    let end = end + usize::from(matches!(t.word(end), "دیگر" | "نیز" | "هم"));
    // `۹۰ نفر را دستگیر کرد`, `۴۰ نفر را نجات داد`: what was done to them.
    let object = t.word(end) == "را";
    let at = end + usize::from(object);
    // `۴۶۳ نفر مشکوک به مشکل بینایی`: what they are suspected of (`به داشتن ...`: of having).
    if !object && t.word(at) == "مشکوک" && t.word(at + 1) == "به" {
        let of = at + 2 + usize::from(t.word(at + 2) == "داشتن");
        if let Some(np) = phrase::subject_forward(t, of) {
            return Some(np);
        }
    }
    if context::casualty(t.word(at))
        || (object && phrase::role(t, at) == Role::Noun && phrase::light(t, at + 1))
    {
        return Some((at, at + 1));
    }
    // `۲۰۰ نفر را به کشتن داده`, `۳ نفر را به قتل رساند`: killed.
    if object && t.word(at) == "به" && matches!(t.word(at + 1), "کشتن" | "قتل") {
        return Some((at + 1, at + 2));
    }
    // `۴۰ نفر از آنها مبتلا به سرطان هستند`: a part of those just named, and what befell it.
    if !object
        && t.word(at) == "از"
        && matches!(t.word(at + 1), "آنها" | "ایشان")
        && context::casualty(t.word(at + 2))
    {
        return Some((at + 2, at + 3));
    }
    // `۶۰ نفر دارای علائم شبه آنفلوانزا`: what they have.
    if !object && t.word(at) == "دارای" {
        return phrase::subject_forward(t, at + 1);
    }
    let k = first.checked_sub(1)?;
    let k = if matches!(t.word(k), "شدن" | "شده") {
        k.checked_sub(1)?
    } else {
        k
    };
    // `باعث ابتلاء ۵۴ هزار نفر به سرطان`: falling ill, said before the people only (after
    // them, `در پی ابتلا ... جان باختند`, it is the cause of what befell).
    if context::casualty(t.word(k)) || matches!(t.word(k), "ابتلا" | "ابتلاء") {
        return Some((k, k + 1));
    }
    // `در اطفاء حریق ۶۷ نفر و در امداد و نجات ۱۳ نفر مصدوم شدند`: the next people of a list
    // share what befell them.
    if !object && words::is_and(t, at) {
        let next = (at + 2..at + 10)
            .take_while(|&k| phrase::before_verb(t, k))
            .find(|&k| matches!(t.word(k), "نفر" | "تن") && phrase::role(t, k - 1) == Role::Number);
        if let Some(np) = next.filter(|&k| context::casualty(t.word(k + 1))) {
            return Some((np + 1, np + 2));
        }
    }
    befell_in_clause(t, at)
}

/// `۴ هزار نفر در آمریکا بر اثر آلودگی هوا جان باختند`, `۳۰۰ نفر به این بیماری مبتلا شدند`:
/// people counted with nothing after their classifier are what befell them further on in
/// their clause, from its cause (`بر اثر`, `به دلیل`, `به علت`), the state they are in (`در
/// شرایط`, `در آستانه`) or its harm, never a place or an adverb on the way.
fn befell_in_clause(t: &Tokens, end: usize) -> Option<(usize, usize)> {
    // `۲۰۰ نفر از زندانیان`: a partitive names the group.
    if phrase::role(t, end) != Role::Prep || t.word(end) == "از" {
        return None;
    }
    let mut k = end;
    // The object the people took for themselves may stand further on than what befell them.
    while k < t.len() && k < end + 16 {
        // `۵۹۹ هزار نفر با مراجعه به اداره ثبت احوال کارت هوشمند ملی خود را دریافت کرده‌اند`:
        // what they took for themselves.
        if phrase::role(t, k) == Role::Ra && t.word(k - 1) == "خود" {
            return own(t, k - 1);
        }
        if phrase::sentence_end(t, k)
            || matches!(phrase::role(t, k), Role::Verb | Role::Punct(_) | Role::Ra)
            || t.word(k) == "که"
        {
            return None;
        }
        if k >= end + 12 {
            k += 1;
            continue;
        }
        let cause = matches!(
            (t.word(k), t.word(k + 1)),
            ("بر" | "در", "اثر") | ("به", "دلیل" | "علت" | "سبب")
        );
        if cause {
            return phrase::subject_forward(t, k + 2);
        }
        // `۵۰۰ هزار نفر در وضعیت فاجعه‌بار قحطی`, `در آستانه قحطی`: the state they are in.
        let state = t.word(k) == "در"
            && matches!(t.word(k + 1), "شرایط" | "وضعیت" | "آستانه" | "معرض" | "خطر");
        if state {
            return phrase::forward(t, k + 1).filter(|&(a, b)| b > a + 1);
        }
        if context::casualty(t.word(k)) {
            return Some((k, k + 1));
        }
        k += 1;
    }
    None
}

/// The last words, at most three, of the run of nouns before the reflexive at `own`: the
/// subject may run into the object unmarked (`اداره ثبت احوال قم کارت هوشمند ملی خود`).
fn own(t: &Tokens, own: usize) -> Option<(usize, usize)> {
    let mut a = own;
    let mut words = 0;
    while a > 0 && words < 3 && phrase::role(t, a - 1).nominal() {
        a -= 1;
        if phrase::role(t, a) != Role::Ending {
            words += 1;
        }
    }
    while a < own && phrase::role(t, a) != Role::Noun {
        a += 1;
    }
    (a < own).then_some((a, own))
}

/// `این تعداد ۳۰۰ نفر بود`: people counted beside a count pointed at restate it; that
/// phrase names nothing new.
pub(super) fn restated(t: &Tokens, f: &Target, (a, b): (usize, usize)) -> bool {
    f.kind == Kind::Count
        && f.end > 0
        && t.word(f.end - 1) == "نفر"
        && b == a + 2
        && matches!(t.word(a), "این" | "آن" | "همین")
        && matches!(t.word(a + 1), "تعداد" | "شمار")
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn people_counted_are_what_befell_them_further_on() {
        let s = subject("پارسال ۴ هزار نفر بر اثر آلودگی هوا جان باختند.", "۴");
        assert_eq!(s.as_deref(), Some("آلودگی هوا"));
        let s = subject(
            "طبق این مطالعه ۳۰۰ نفر در آمریکا به این بیماری مبتلا شدند.",
            "۳۰۰",
        );
        assert_eq!(s.as_deref(), Some("مبتلا"));
        let s = subject("امدادگر به تنهایی ۴۰ نفر را نجات داد.", "۴۰");
        assert_eq!(s.as_deref(), Some("نجات"));
    }

    #[test]
    fn the_others_of_a_tally_are_what_befell_them() {
        let text = "۵۱۲ نفر جان خود را از دست داده و ۳۵۲۹ تن دیگر بهبود یافته‌اند.";
        assert_eq!(subject(text, "۳۵۲۹").as_deref(), Some("بهبود"));
        let text = "در این حادثه ۱۱ نفر کشته و ۴۹ نفر نیز مصدوم شدند.";
        assert_eq!(subject(text, "۴۹").as_deref(), Some("مصدوم"));
    }

    #[test]
    fn people_of_those_just_named_or_falling_ill_are_what_befell_them() {
        let s = subject("آزمایش نشان داد ۴۰ نفر از آنها مبتلا به سرطان هستند.", "۴۰");
        assert_eq!(s.as_deref(), Some("مبتلا"));
        let s = subject("سیگار هر ساله باعث ابتلاء ۵۴ هزار نفر به سرطان می‌شود.", "۵۴");
        assert_eq!(s.as_deref(), Some("ابتلاء"));
        // After the people, falling ill is the cause of their death.
        let s = subject(
            "تاکنون ۵۰ نفر در پی ابتلا به ویروس جان خود را از دست دادند.",
            "۵۰",
        );
        assert_eq!(s.as_deref(), Some("جان"));
    }

    #[test]
    fn people_counted_are_what_they_took_for_themselves() {
        let s = subject(
            "تاکنون ۵۹۹ هزار و ۵۱ تن با مراجعه به اداره کل ثبت احوال قم کارت هوشمند ملی خود را دریافت کرده اند.",
            "۵۹۹",
        );
        assert_eq!(s.as_deref(), Some("کارت هوشمند ملی"));
    }

    #[test]
    fn people_suspected_are_counted_by_what_they_are_suspected_of() {
        let s = subject("۴۶۳ نفر مشکوک به مشکل بینایی بودند.", "۴۶۳");
        assert_eq!(s.as_deref(), Some("مشکل بینایی"));
        let s = subject("۳۰۸ نفر مشکوک به داشتن مشکل شنوایی بودند.", "۳۰۸");
        assert_eq!(s.as_deref(), Some("مشکل شنوایی"));
    }

    #[test]
    fn people_put_to_death_are_killed() {
        let s = subject("ویروسی که بیش از ۲۰۰ نفر را به کشتن داده است.", "بیش");
        assert_eq!(s.as_deref(), Some("کشتن"));
    }

    #[test]
    fn people_in_a_state_are_counted_in_it() {
        let s = subject(
            "جنگ ۵۰۰ هزار نفر را در وضعیت فاجعه‌بار قحطی قرار داده است.",
            "۵۰۰",
        );
        assert_eq!(s.as_deref(), Some("وضعیت فاجعه‌بار قحطی"));
        let s = subject("اکنون ۱.۴ میلیون نفر در آستانه قحطی هستند.", "۱.۴");
        assert_eq!(s.as_deref(), Some("آستانه قحطی"));
        let s = subject("از زائران ۶۰ نفر دارای علائم آنفلوانزا بودند.", "۶۰");
        assert_eq!(s.as_deref(), Some("علائم آنفلوانزا"));
    }

    #[test]
    fn a_partitive_names_the_group_not_what_befell_it() {
        let s = subject("۲۰۰ نفر از زندانیان نیازمند آزاد شدند.", "۲۰۰");
        assert_eq!(s.as_deref(), Some("زندانیان نیازمند"));
        let s = subject("۵ نفر از کارگران معدن بر اثر انفجار مصدوم شدند.", "۵");
        assert_eq!(s.as_deref(), Some("کارگران معدن"));
    }

    #[test]
    fn a_count_restated_names_nothing() {
        assert_eq!(subject("این تعداد ۳۰۰ نفر بود.", "۳۰۰"), None);
    }
}
