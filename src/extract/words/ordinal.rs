//! Ordinals (`سومین`, `بیست و پنجم`, `سی‌ام`), fraction denominators (`یک سوم`) and number
//! words glued to what they count (`چهارساله`).

use super::table::{lookup, value_of, Lex};

/// `دهمین`, `سومین`, `بیست و پنجمین`'s last word, `سی‌امین`, `صدمین`, and the ordinal
/// adjectives that follow their noun (`مرحله اول`, `رتبه نخست`, `مقام دوم`, `هفدهم
/// فروردین`). `اولین`/`نخستین` ("the first") are left out: they are almost never a figure.
pub(crate) fn ordinal_word(word: &str) -> Option<Lex> {
    if let Some(stem) = word.strip_suffix("مین") {
        return cardinal_stem(stem);
    }
    let word = word.strip_suffix('ی').unwrap_or(word);
    match word {
        "اول" | "نخست" | "یکم" => Some(Lex::Unit(1)),
        // `سیم` is a wire (`سیم کارت`) and `سهم` a share: thirtieth is `سی‌ام`, third `سوم`.
        "سیم" | "سهم" => None,
        _ => cardinal_stem(word.strip_suffix('م')?),
    }
}

/// An ordinal word joined to tens by `و`: `یکمین` alone is no ordinal, but `بیست و یکمین`
/// is the twenty-first.
pub(super) fn joined_ordinal(word: &str) -> Option<Lex> {
    ordinal_word(word).or_else(|| (word == "یکمین").then_some(Lex::Unit(1)))
}

/// Whether an ordinal word is an adjective after its noun (`دوم`), not before it (`دومین`).
pub(crate) fn ordinal_adjective(word: &str) -> bool {
    !word.ends_with("مین")
        && (ordinal_word(word).is_some() || glued_tens(word).is_some_and(|(_, o)| o))
}

/// The cardinal an ordinal ending is glued to: `سو` of `سوم`, `بیست` of `بیستم`, `سیا` of
/// `سی‌ام`.
fn cardinal_stem(stem: &str) -> Option<Lex> {
    match stem {
        "سو" => Some(Lex::Unit(3)),
        // `سیمین` is a name; thirtieth is `سی‌امین`.
        "یک" | "" | "سی" => None,
        "سیا" => Some(Lex::Ten(30)),
        _ => lookup(stem).filter(|l| !matches!(l, Lex::Half | Lex::Zero)),
    }
}

/// Whether a word joined by ZWNJ is a number word and what it counts (`پنج‌ماهه`, `سه‌شنبه`,
/// `یک‌سوم`, `شش‌هزار`), to be read as two words, rather than one number (`شش‌صد`), an ordinal
/// (`سی‌ام`) or a vague plural (`ده‌ها`).
pub(crate) fn counted_compound(left: &str, right: &str) -> bool {
    // `یک‌سوم`, `دو‌پنجم`: a fraction, read as its two words.
    let fraction = matches!(lookup(left), Some(Lex::Unit(_))) && denominator(right).is_some();
    // `یک‌میلیون و ۲۰۰ هزار`, `ده‌هزار نفر`: a number and its scale word.
    let scaled = matches!(
        lookup(left),
        Some(Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_) | Lex::Hundred(_))
    ) && matches!(lookup(right), Some(Lex::Mult(_)));
    fraction
        || scaled
        || matches!(
            lookup(left),
            Some(Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_) | Lex::Hundred(_))
        ) && !right.is_empty()
            && lookup(right).is_none()
            && !matches!(
                right,
                "ام" | "امین" | "مین" | "م" | "ها" | "های" | "هایی" | "یک"
            )
            && ordinal_word(right).is_none()
            // `سی‌وهشتمین`, `بیست‌ونهم`, `یکصد‌و‌سی‌و‌سومین`: tens (or hundreds) and what `و`
            // joins to them, one number.
            && right
                .strip_prefix('و')
                .is_none_or(|rest| glued_parts(left, rest).is_none())
}

/// `چهارساله` as 4 and `ساله`: a cardinal word at the start of a longer word.
pub(crate) fn glued_number(word: &str) -> Option<(f64, &str)> {
    // Only the first letters of number words from دو up (every word of the copy asks).
    if !word.starts_with(['د', 'س', 'چ', 'پ', 'ش', 'ه', 'ن', 'ب', 'ص', 'ی']) {
        return None;
    }
    // Longest first (`هفتاد` before `هفت`): number words are two to five letters, so at most
    // four table lookups per word.
    let mut cuts = [0usize; 4];
    let mut n = 0;
    for (at, _) in word.char_indices().skip(2).take(4) {
        cuts[n] = at;
        n += 1;
    }
    cuts[..n].iter().rev().find_map(|&at| {
        let (number, rest) = word.split_at(at);
        // `یک` is "a" as often as one: `یکسال` the tokenizer splits for the rules of `یک`.
        let lex = lookup(number).filter(|lex| {
            matches!(
                lex,
                Lex::Unit(2..) | Lex::Teen(_) | Lex::Ten(_) | Lex::Hundred(_)
            )
        })?;
        (rest.chars().count() >= 2).then(|| (value_of(lex), rest))
    })
}

/// `چهارصدهزار`, `یکصدهزار`, `سیصدمیلیون`, `دوهزار`: a number word with its scale word typed
/// on; the value and the scale.
pub(crate) fn glued_scale_word(word: &str) -> Option<(f64, f64)> {
    // Every word of the copy asks: only one ending in a scale word goes on to the table.
    ["هزار", "میلیون", "میلیارد"].iter().find_map(|scale| {
        let number = word.strip_suffix(scale)?;
        let Some(Lex::Mult(mult)) = lookup(scale) else {
            return None;
        };
        match lookup(number)? {
            lex @ (Lex::Unit(_) | Lex::Teen(_) | Lex::Ten(_) | Lex::Hundred(_)) => {
                Some((value_of(lex) * mult, mult))
            }
            _ => None,
        }
    })
}

/// `هفتادوشش`, `سیویکم`, `هفتادوپنجمین`, `یکصدوسیوسومین`: hundreds, tens and units typed as
/// one word around their `و`s; the value and whether it is an ordinal.
pub(crate) fn glued_tens(word: &str) -> Option<(f64, bool)> {
    // Every word of every article is asked: the first `و` is looked for only where a tens or
    // hundreds word can end (the longest, `چهارصد`, has six letters), not along the whole word.
    const FIRST_BYTES: usize = 6 * 2;
    let head = &word.as_bytes()[..word.len().min(FIRST_BYTES + 'و'.len_utf8())];
    // A lead byte and its follower: the match starts on a char boundary.
    let at = head.windows(2).position(|w| w == "و".as_bytes())?;
    glued_parts(&word[..at], &word[at + 'و'.len_utf8()..])
}

/// The number `first` و `rest` make when `first` is tens or hundreds and `rest` the smaller
/// parts after it, each joined by `و`, the last one an ordinal or not. A part may hold a `و`
/// of its own (`سوم`, `دومین`), so each is the shortest number word before a `و`, or all
/// that is left.
fn glued_parts(first: &str, mut rest: &str) -> Option<(f64, bool)> {
    let (mut value, mut rank) = match lookup(first)? {
        Lex::Hundred(n) => (f64::from(n), 3),
        Lex::Ten(n) => (f64::from(n), 2),
        _ => return None,
    };
    // A part must be smaller than the one before it; nothing smaller follows a teen.
    let part = |word: &str, rank: u8| {
        let (n, r, next) = match lookup(word)? {
            Lex::Ten(n) => (n, 2, 2),
            Lex::Teen(n) => (n, 2, 1),
            Lex::Unit(n) => (n, 1, 1),
            _ => return None,
        };
        (r < rank).then_some((f64::from(n), next))
    };
    loop {
        if let Some((n, _)) = part(rest, rank) {
            return Some((value + n, false));
        }
        let closing = match joined_ordinal(rest) {
            Some(lex @ Lex::Unit(_)) => Some((lex, 1)),
            Some(lex @ (Lex::Teen(_) | Lex::Ten(_))) => Some((lex, 2)),
            _ => None,
        };
        if let Some((lex, r)) = closing {
            return (r < rank).then(|| (value + value_of(lex), true));
        }
        let (n, next, after) = rest.match_indices('و').find_map(|(at, _)| {
            let (n, next) = part(&rest[..at], rank)?;
            Some((n, next, &rest[at + 'و'.len_utf8()..]))
        })?;
        value += n;
        rank = next;
        rest = after;
    }
}

/// The denominator in `یک سوم`, `سه چهارم`.
pub(super) fn denominator(word: &str) -> Option<f64> {
    Some(match word {
        "سوم" => 3.0,
        "چهارم" => 4.0,
        "پنجم" => 5.0,
        "ششم" => 6.0,
        "هفتم" => 7.0,
        "هشتم" => 8.0,
        "نهم" => 9.0,
        "دهم" => 10.0,
        "بیستم" => 20.0,
        "صدم" => 100.0,
        "هزارم" => 1000.0,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::Tokens;
    use crate::extract::words::parse;

    #[test]
    fn ordinals() {
        let t = Tokens::new("بیست و پنجمین");
        let e = parse(&t, 0).unwrap();
        assert!(e.ordinal && e.value == 25.0);
        assert_eq!(ordinal_word("سومین"), Some(Lex::Unit(3)));
        assert_eq!(ordinal_word("سیامین"), Some(Lex::Ten(30)));
        assert_eq!(ordinal_word("اولین"), None);
        assert_eq!(ordinal_word("سوم"), Some(Lex::Unit(3)));
        assert_eq!(ordinal_word("هفدهم"), Some(Lex::Teen(17)));
        assert_eq!(ordinal_word("نخست"), Some(Lex::Unit(1)));
        assert_eq!(ordinal_word("سومی"), Some(Lex::Unit(3)));
        assert_eq!(ordinal_word("مردم"), None);
        assert_eq!(ordinal_word("سیمین"), None);
        assert!(ordinal_adjective("دوم") && !ordinal_adjective("دومین"));
        assert!(ordinal_adjective("سیوهشتم") && !ordinal_adjective("سیوهشتمین"));
    }

    #[test]
    fn hundreds_tens_and_units_typed_as_one_word() {
        assert_eq!(glued_tens("سیوهشتمین"), Some((38.0, true)));
        assert_eq!(glued_tens("یکصدوسیوسومین"), Some((133.0, true)));
        assert_eq!(glued_tens("صدودوازدهم"), Some((112.0, true)));
        assert_eq!(glued_tens("هفتادوشش"), Some((76.0, false)));
        for word in ["صدوق", "سیوسی", "بیستودوازده", "صدودوازدهویک", "نودو"]
        {
            assert_eq!(glued_tens(word), None, "{word}");
        }
        // Joined by ZWNJ they stay one word (`سی‌وهشتمین`), unlike a number and what it
        // counts (`پنج‌ماهه`).
        assert!(!counted_compound("سی", "وهشتمین"));
        assert!(!counted_compound("یکصد", "وسیوسومین"));
        assert!(counted_compound("پنج", "ماهه"));
        assert!(counted_compound("یک", "میلیون"));
        assert!(!counted_compound("شش", "صد"));
    }
}
