//! A Persian verb recognizer: a folded word is split into prefix (`می`, `نمی`, `ن`, `ب`),
//! stem and personal ending, and is a verb when the stem is one of hazm's verb stems.
//!
//! The conjugations are generated here rather than listed in the data: every stem has some
//! forty forms, and the table of stems is 13 KB where the forms would be megabytes.

use std::cell::RefCell;
use std::collections::HashMap;

use super::{classes, past_stem, present_stem};
use crate::extract::words::FnvBuild;

/// What kind of verb form a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verb {
    /// A finite verb, auxiliary or modal (`کرد`, `میشود`, `است`, `باید`): it ends a noun
    /// phrase and usually its clause.
    Finite,
    /// A past participle (`شده`, `گرفته`): with its auxiliary a verb, after a noun an
    /// adjective.
    Participle,
    /// An infinitive (`کردن`): a verbal noun.
    Infinitive,
}

/// Auxiliaries and modals whose forms the stems do not give.
const AUXILIARIES: &[&str] = &[
    "است",
    "نیست",
    "هست",
    // `متولد ۶۵ هستم`: the present of «بودن» in every person.
    "هستم",
    "هستی",
    "هستیم",
    "هستید",
    "هستند",
    "نیستم",
    "نیستی",
    "نیستیم",
    "نیستید",
    "نیستند",
    "باید",
    "نباید",
    "میباید",
    "بایست",
    "میبایست",
    "اند",
    "ایم",
    "اید",
];

/// Forms the lexicon also knows as nouns but that news copy uses as verbs far more often: in
/// the shared corpus each ends a sentence in a quarter to a half of its uses, where the nouns
/// it shadows (`مردم`, `خرید`, `شکست`) almost never do.
const VERB_FIRST: &[&str] = &[
    "کرد", "کند", "داد", "داشت", "رسید", "برد", "دید", "نمود", "گشت",
];

const PAST_ENDINGS: [&str; 6] = ["", "ند", "یم", "ید", "م", "ی"];
const PERFECT_ENDINGS: [&str; 7] = ["", "اند", "ام", "ای", "ایم", "اید", "است"];
const PRESENT_ENDINGS: [&str; 6] = ["د", "ند", "یم", "ید", "م", "ی"];

/// Words [`verb`] remembers per thread before it starts over: news vocabulary repeats, and
/// 64K words are a few MB at most for a dashboard that runs for days.
const REMEMBERED: usize = 1 << 16;

/// The verb form a folded word is, if it is one. Remembered: the phrase reader asks of every
/// word near a figure, and a word the lexicon does not know costs up to a hundred table
/// look-ups to rule out (a twentieth of an extract run before). The answer depends on the
/// word alone, so nothing can make a remembered one stale.
pub(crate) fn verb(word: &str) -> Option<Verb> {
    thread_local! {
        static SEEN: RefCell<HashMap<Box<str>, Option<Verb>, FnvBuild>> = RefCell::default();
    }
    if let Some(known) = SEEN.with_borrow(|seen| seen.get(word).copied()) {
        return known;
    }
    let found = analyse_word(word);
    SEEN.with_borrow_mut(|seen| {
        if seen.len() >= REMEMBERED {
            seen.clear();
        }
        seen.insert(word.into(), found);
    });
    found
}

fn analyse_word(word: &str) -> Option<Verb> {
    if AUXILIARIES.contains(&word) || VERB_FIRST.contains(&word) {
        return Some(Verb::Finite);
    }
    let negated = word.strip_prefix('ن').unwrap_or(word);
    if [word, negated]
        .iter()
        .any(|w| w.strip_suffix('ن').is_some_and(past_stem))
    {
        return Some(Verb::Infinitive);
    }
    // A past participle is one whatever else the lexicon calls it (`یافته`, `داده`); the
    // phrase reader lets a known one head a noun phrase (`بسته`).
    if word
        .strip_suffix('ه')
        .is_some_and(|s| past_stem(s) || s.strip_prefix('ن').is_some_and(past_stem))
    {
        return Some(Verb::Participle);
    }
    let imperfective = word.starts_with("می") || word.starts_with("نمی");
    if !imperfective && !classes(word).is_empty() {
        return None;
    }
    // `فروریخت`, `بازگشت`, `برگزید`: a verb with a preverbal particle typed onto it.
    for particle in ["فرو", "باز", "بر", "در", "ور"] {
        if let Some(rest) = word
            .strip_prefix(particle)
            .filter(|r| r.chars().count() >= 2)
        {
            if classes(rest).is_empty() && verb(rest) == Some(Verb::Finite) {
                return Some(Verb::Finite);
            }
        }
    }
    for prefix in ["نمی", "می", "ن", "ب", ""] {
        let Some(rest) = word.strip_prefix(prefix) else {
            continue;
        };
        if let Some(v) = analyse(prefix, rest) {
            return Some(v);
        }
        // `بیاید`, `نیامد`: the stem's آ is written یا after a prefix.
        if !prefix.is_empty() {
            if let Some(tail) = rest.strip_prefix("یا") {
                if let Some(v) = analyse(prefix, &format!("آ{tail}")) {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// A form of `rest` after `prefix`; the first and second person singular endings (`م`, `ی`)
/// only with a prefix, since unprefixed they are mostly nouns (`مردم`, `فرهنگی`).
fn analyse(prefix: &str, rest: &str) -> Option<Verb> {
    if rest.is_empty() {
        return None;
    }
    let singular_ok = |e: &str| !prefix.is_empty() || !matches!(e, "م" | "ی");
    let past_prefix = prefix != "ب";
    if past_prefix {
        for e in PAST_ENDINGS {
            if singular_ok(e) && rest.strip_suffix(e).is_some_and(past_stem) {
                return Some(Verb::Finite);
            }
        }
        for e in PERFECT_ENDINGS {
            let Some(stem) = rest.strip_suffix(e).and_then(|s| s.strip_suffix('ه')) else {
                continue;
            };
            if past_stem(stem) {
                let bare = e.is_empty() && !prefix.starts_with("نمی") && prefix != "می";
                return Some(if bare { Verb::Participle } else { Verb::Finite });
            }
        }
    }
    for e in PRESENT_ENDINGS {
        let Some(stem) = rest.strip_suffix(e) else {
            continue;
        };
        if !singular_ok(e) {
            continue;
        }
        // Stems ending in a vowel take a glide: `گوید`, `آید`, `فرماید`.
        let glided = stem
            .strip_suffix('ی')
            .filter(|s| s.ends_with(['ا', 'و', 'آ']));
        if present_stem(stem) || glided.is_some_and(present_stem) {
            return Some(Verb::Finite);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_answer_is_the_one_worked_out() {
        let words = [
            "کرد",
            "میشود",
            "شده",
            "کردن",
            "مردم",
            "افزایش",
            "بیاید",
            "فروریخت",
            "تهران",
            "x",
            "",
        ];
        for _ in 0..2 {
            for w in words {
                assert_eq!(verb(w), analyse_word(w), "{w}");
            }
        }
    }

    #[test]
    fn conjugations() {
        for w in [
            "کرد",
            "کردند",
            "میشود",
            "نمیتواند",
            "شده",
            "کردهاند",
            "شدهاست",
            "باشد",
            "رسید",
            "یافت",
            "افزایش",
            "بیاید",
            "نیامد",
            "میآید",
            "گوید",
            "خواهد",
            "گردید",
            "است",
            "فروریخت",
        ] {
            let expected = if w == "افزایش" {
                None
            } else if w == "شده" {
                Some(Verb::Participle)
            } else {
                Some(Verb::Finite)
            };
            assert_eq!(verb(w), expected, "{w}");
        }
        assert_eq!(verb("کردن"), Some(Verb::Infinitive));
    }

    #[test]
    fn nouns_that_look_like_verbs() {
        for w in [
            "مردم",
            "فرهنگی",
            "بخشی",
            "کاری",
            "میدان",
            "میزان",
            "نرخ",
            "خرید",
            "کشور",
            "برخی",
            "بدهی",
            "میلیون",
            "نیاز",
        ] {
            assert_eq!(verb(w), None, "{w}");
        }
    }
}
