//! Dates of what is held, opens, closes or goes on: in `مسابقات ... ۱۵ و ۱۶ بهمن برگزار
//! می‌شود` or `موزه ... ۱۴ و ۱۵ خرداد تعطیل است` the clause tells only that its subject
//! happens then, so the subject is what the date places, however many phrases stand between.

use super::super::super::context;
use super::super::super::phrase::{self, Role};
use super::super::super::token::Tokens;
use super::super::super::words;
use super::events::{competition, relative_head, usable};
use super::trimmed;

/// The subject of the clause a date schedules, when the clause ends in an intransitive verb of
/// being held, opened, closed, run or shown (`برگزار می‌شود`, `تعطیل خواهد بود`, `آغاز شد`,
/// `ادامه دارد`, `به نمایش درمی‌آید`) with no object: the phrase opening the clause, or, when
/// the clause is a relative one opening on adjuncts, the noun it hangs on (`این فیلم که ... از
/// ۲۲ اسفند به نمایش درمی‌آید`). Not who holds it (`فدراسیون ... را برگزار کرد`).
pub(super) fn scheduled(t: &Tokens, first: usize, end: usize) -> Option<(usize, usize)> {
    scheduling_verb(t, end)?;
    let mut opener = clause_opener(t, first);
    // `بیستمین دوره مسابقات`: the edition opens the subject but is no part of its name.
    while opener < first && (numeric(t, opener) || t.punct(opener) == Some('«')) {
        opener += 1;
    }
    // `در این مراسم که همزمان با ۷ مهر برگزار شد`: an adjunct opens the relative clause.
    let adjunct = phrase::role(t, opener) == Role::Prep || t.word(opener) == "همزمان";
    if opener < first && !adjunct {
        // A clock time on the way is the date's hour (`از ساعت ۱۹ و ۳۰ دقیقه روز یکشنبه`).
        let clock = |k: usize| (k.saturating_sub(3)..k).any(|j| t.word(j) == "ساعت");
        let no_number =
            |b: usize| (b..first).all(|k| phrase::role(t, k) != Role::Number || clock(k));
        let (a, b) =
            phrase::subject_forward(t, opener).filter(|&(_, b)| b <= first && no_number(b))?;
        // `فیلم سینمایی «زهر مار» ... اکران می‌شود`: the title is the name of what is shown.
        if t.punct(b) == Some('«') {
            let close = (b + 1..(b + 14).min(first)).find(|&k| t.punct(k) == Some('»'));
            if let Some(close) = close.filter(|&c| c > b + 1) {
                return Some((b + 1, close));
            }
        }
        // `هفتمین دوره از رقابت‌های هندبال ساحلی`: the edition is of the contest after `از`.
        if b == a + 1 && t.word(a) == "دوره" && t.word(b) == "از" {
            return phrase::subject_forward(t, b + 1).filter(|&(_, e)| e <= first);
        }
        // `سی امین دوره بازی‌های یونیورسیاد`: the competition the edition is of, within the
        // phrase.
        return trimmed(t, (a, b))
            .map(|np| competition(t, np, first, false))
            .map(|(c, d)| (c, d.min(b)))
            .filter(|&(a, _)| usable(t, a));
    }
    // `این فیلم که در گروه هنر و تجربه از ۲۲ اسفندماه به نمایش درمی‌آید`: only adjuncts
    // between `که` and the date; the clause hangs on the noun before `که`.
    (opener > 0 && t.word(opener - 1) == "که")
        .then(|| relative_head(t, opener))
        .flatten()
}

/// An edition or a count opening a phrase (`بیستمین`, `سی امین`, `۲`).
fn numeric(t: &Tokens, k: usize) -> bool {
    phrase::role(t, k) == Role::Number
        || words::ordinal_word(t.word(k)).is_some()
        || words::glued_tens(t.word(k)).is_some()
        || matches!(t.word(k), "امین" | "مین")
}

/// Preverbs of a clause that only schedules its subject: it is held, opened, closed, started,
/// run, shown or goes on.
fn scheduling(w: &str) -> bool {
    matches!(
        w,
        "برگزار"
            | "تعطیل"
            | "آغاز"
            | "شروع"
            | "افتتاح"
            | "اجرا"
            | "ادامه"
            | "دایر"
            | "برپا"
            | "اکران"
            | "نمایش"
    )
}

/// The verb after a date, within its clause, when it schedules: a scheduling preverb right
/// before it and no object (`را`) or active light verb (`برگزار کرد`: who held it).
fn scheduling_verb(t: &Tokens, end: usize) -> Option<usize> {
    let clause = (end..(end + 16).min(t.len()))
        .take_while(|&k| !phrase::sentence_end(t, k) && t.punct(k) != Some(':'));
    for k in clause {
        if t.word(k) == "را" || t.word(k) == "که" {
            return None;
        }
        if phrase::role(t, k) != Role::Verb {
            continue;
        }
        let active =
            phrase::light(t, k) && !t.word(k).contains("یاف") && !t.word(k).contains("یاب");
        return (k > end && scheduling(t.word(k - 1)) && !active).then_some(k);
    }
    None
}

/// Where the clause a date stands in opens: after the sentence's start, a comma, a colon, a
/// verb, a conjunction or `که`, passing over brackets and titles (`موزه سینما (باغ موزه،
/// سالن‌ها و…) در روزهای ...`).
fn clause_opener(t: &Tokens, first: usize) -> usize {
    let mut k = first;
    while k > 0 && first - k < 30 {
        let before = k - 1;
        // A title in guillemets may hold commas of its own (`کارگاه «بدن، انرژی و حضور»`).
        let open = match t.punct(before) {
            Some(')') => Some('('),
            Some('»') => Some('«'),
            _ => None,
        };
        if let Some(open) = open {
            match (before.saturating_sub(20)..before)
                .rev()
                .find(|&j| t.punct(j) == Some(open))
            {
                Some(open) => {
                    k = open;
                    continue;
                }
                None => break,
            }
        }
        // `روحانی با بیان اینکه همه این اقدامات ... آغاز شد`: a conjunction opens the clause,
        // but `و` joins the days of the date (`سه‌شنبه و چهارشنبه ۱۴ و ۱۵ خرداد`).
        let conjunction = phrase::role(t, before) == Role::Conj && !words::is_and(t, before)
            || matches!(t.word(before), "اینکه" | "آنکه");
        // `روز یکشنبه، ۱۶ تیر ماه`: a comma after the weekday of the date is the date's own.
        let weekday_comma =
            before + 1 == first && before > 0 && context::weekday(t.word(before - 1));
        let opens = phrase::sentence_end(t, before)
            || (matches!(t.punct(before), Some('،' | ':' | '؛' | '(')) && !weekday_comma)
            || t.word(before) == "که"
            || conjunction
            || matches!(phrase::role(t, before), Role::Verb | Role::Participle);
        if opens {
            break;
        }
        k -= 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::super::super::super::token::Tokens;
    use super::super::super::tests::subject;
    use super::scheduled;

    #[test]
    fn a_scheduled_clause_dates_its_subject() {
        for (text, number, want) in [
            (
                "به گزارش ما، دومین دوره مسابقات شنای داخل سالن جام فجر ۲۰ و ۲۱ بهمن در کرج برگزار خواهد شد.",
                "۲۰",
                "مسابقات شنا",
            ),
            (
                "کتابخانه مرکزی شهر (تالار اصلی، مخزن و…) در روزهای شنبه و یکشنبه ۸ و ۹ تیر تعطیل است.",
                "۸",
                "کتابخانه مرکزی شهر",
            ),
            (
                "این نمایش که در تالار کوچک از ۱۰ آذرماه روی صحنه به اجرا درمی‌آید، کمدی است.",
                "۱۰",
                "این نمایش",
            ),
            // Past a clock time and the comma after the weekday.
            (
                "دیدار فینال بین هلند و آمریکا از ساعت ۱۹ و ۳۰ دقیقه روز یکشنبه، ۱۶ تیر ماه برگزار می‌شود.",
                "۱۶",
                "دیدار فینال",
            ),
        ] {
            let s = subject(text, number);
            assert!(
                s.as_deref().is_some_and(|s| s.contains(want)),
                "{text}: {s:?}"
            );
        }
        // Who held it is no event the date places.
        for text in [
            "فدراسیون کشتی ۱۲ مهر مجمع سالانه را برگزار کرد.",
            "باشگاه ما ۱۲ مهر جشن بزرگی برگزار کرد.",
        ] {
            let t = Tokens::new(text);
            let k = (0..t.len()).find(|&k| t.digits(k).is_some()).unwrap();
            assert_eq!(scheduled(&t, k, k + 2), None, "{text}");
        }
    }
}
