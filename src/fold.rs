//! Folding: the one place that says which spellings of a letter or digit are the same. Persian
//! copy reaches a desk typed on Arabic keyboards (ي ك ة), with hamza forms (أ إ ئ ؤ ۀ),
//! diacritics and tatweel, ZWNJ, and digits in three scripts; search, watchlists, figures and
//! the cleaning of reporter codes must all see one word where a reader sees one.
//!
//! [`search_key`] is the search form built on it (watchlists, desk statistics, the records' keys);
//! [`match_key`], [`contains_match`] and [`find_matches`] are what search compares, spaces and
//! ZWNJ inside Persian words left out; the figures' tokenizer folds its words with [`word_char`].
//!
//! Written by hand: the table is a handful of Persian-specific choices (ئ is a seat of ی to a
//! Persian reader, ۀ a written form of ه) that Unicode normalization (NFKC) does not make.

/// Which digits a number was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Persian,
    Arabic,
}

/// The value and script of a decimal digit in any of the three scripts.
#[inline]
pub fn digit(c: char) -> Option<(u32, Script)> {
    match c {
        '0'..='9' => Some((c as u32 - '0' as u32, Script::Latin)),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0, Script::Persian)),
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660, Script::Arabic)),
        _ => None,
    }
}

/// A digit of any script as its Latin digit.
pub fn latin_digit(c: char) -> Option<char> {
    digit(c).and_then(|(d, _)| char::from_digit(d, 10))
}

/// Characters that belong to the word around them but not to its folded form: harakat and
/// other Arabic marks, the superscript alef, tatweel, ZWNJ/ZWJ, directional marks, embeddings
/// and isolates, and the BOM. (ZWNJ is one of them: it joins `شش‌صد` into `ششصد` for figures;
/// search treats it as the word break it looks like, see [`search_char`].)
#[inline]
pub fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{200C}'..='\u{200F}'
            | '\u{0640}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// A letter in its folded form: Arabic letter variants to the Persian ones, hamza seats to the
/// bare letter, lower case.
#[inline]
pub fn letter(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\0'..='\u{7f}' => c,
        'ي' | 'ى' | 'ئ' => 'ی',
        'ك' => 'ک',
        'ة' | 'ۀ' => 'ه',
        'أ' | 'إ' | 'ٱ' => 'ا',
        'ؤ' => 'و',
        // Arabic script has no case: skip the Unicode table for it.
        '\u{0600}'..='\u{06FF}' => c,
        c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        c => c,
    }
}

/// A character of a word in its folded form, or `None` when it is not part of the folded word
/// ([`is_ignorable`]). Digits keep their script: a figure needs to know it.
#[inline]
pub fn word_char(c: char) -> Option<char> {
    if is_ignorable(c) {
        None
    } else {
        Some(letter(c))
    }
}

/// A character in its search form, or `None` when it carries no meaning for search. Beyond
/// [`word_char`]: digits become Latin, Persian separators (`٫` `٬`) their Latin forms, and ZWNJ
/// and every kind of space a plain space.
pub fn search_char(c: char) -> Option<char> {
    match c {
        '\u{200C}' => Some(' '),
        '٫' => Some('.'),
        '٬' => Some(','),
        c if c.is_whitespace() => Some(' '),
        c => latin_digit(c).or_else(|| word_char(c)),
    }
}

/// The normalized form of `text`: characters folded, runs of spaces collapsed to one, trimmed.
pub fn search_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter_map(search_char) {
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Arabic-script letters, between which a space or ZWNJ may or may not be typed: the same word
/// reaches a desk as `می‌جنگیم`, `می جنگیم` and `میجنگیم`.
fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}') && c.is_alphabetic()
}

/// The form search compares: [`search_key`] with no space between two Arabic-script letters.
pub fn match_key(text: &str) -> String {
    matchable(text).map(|(c, _)| c).collect()
}

/// The chars of `text` in their match form ([`match_key`]), each with the char offset in
/// `text` it came from. `text` may be raw or already a search key (folding is idempotent).
fn matchable(text: &str) -> impl Iterator<Item = (char, usize)> + '_ {
    let mut last: Option<char> = None;
    let mut space: Option<usize> = None;
    text.chars()
        .enumerate()
        .filter_map(|(i, c)| search_char(c).map(|f| (f, i)))
        .flat_map(move |(c, i)| {
            if c == ' ' {
                if last.is_some() && space.is_none() {
                    space = Some(i);
                }
                return [None, None];
            }
            let before = space.take().and_then(|at| {
                let inside_word = last.is_some_and(is_arabic_letter) && is_arabic_letter(c);
                (!inside_word).then_some((' ', at))
            });
            last = Some(c);
            [before, Some((c, i))]
        })
        .flatten()
}

/// Knuth-Morris-Pratt failure table of `needle`.
fn failure(needle: &[char]) -> Vec<usize> {
    let mut fail = vec![0usize; needle.len()];
    let mut k = 0;
    for i in 1..needle.len() {
        while k > 0 && needle[i] != needle[k] {
            k = fail[k - 1];
        }
        if needle[i] == needle[k] {
            k += 1;
        }
        fail[i] = k;
    }
    fail
}

/// Char ranges of `text` where `key` (a [`match_key`]) is found, in order, not overlapping;
/// each runs from the first to the last char matched, so the ZWNJ or space skipped inside is
/// covered too.
pub fn find_matches(text: &str, key: &str) -> Vec<std::ops::Range<usize>> {
    let needle: Vec<char> = key.chars().collect();
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    let fail = failure(&needle);
    let mut matched = 0;
    // Source offsets of the chars matched so far, for the start of each match.
    let mut starts: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
    for (c, at) in matchable(text) {
        while matched > 0 && c != needle[matched] {
            let keep = fail[matched - 1];
            starts.drain(..matched - keep);
            matched = keep;
        }
        if c == needle[matched] {
            matched += 1;
            starts.push_back(at);
            if matched == needle.len() {
                found.push(starts[0]..at + 1);
                starts.clear();
                matched = 0;
            }
        }
    }
    found
}

/// Whether `text` contains `key` (a [`match_key`]), without building the match form of
/// `text`: bodies are searched in place, so the store need not hold a normalized copy of every
/// body (half the memory of a full desk).
pub fn contains_match(text: &str, key: &str) -> bool {
    let needle: Vec<char> = key.chars().collect();
    if needle.is_empty() {
        return false;
    }
    // Knuth-Morris-Pratt over the folded stream: one pass, no backtracking into the text.
    let fail = failure(&needle);
    let mut matched = 0;
    for (c, _) in matchable(text) {
        while matched > 0 && c != needle[matched] {
            matched = fail[matched - 1];
        }
        if c == needle[matched] {
            matched += 1;
            if matched == needle.len() {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_persian_letters_meet() {
        assert_eq!(search_key("كارت ملي"), search_key("کارت ملی"));
        assert_eq!(search_key("مدرسة"), "مدرسه");
    }

    #[test]
    fn in_place_search_agrees_with_the_key() {
        let body = "  كارت   هوشمند\u{200c}ملي برای ۱۲ هزار نفر ABAB ABAC";
        for needle in ["کارت هوشمند ملی", "12 هزار", "abac", "ملی برای", "aba", "c"]
        {
            let key = match_key(needle);
            assert!(contains_match(body, &key), "{needle}");
            assert!(match_key(body).contains(&key));
        }
        for needle in ["13", "abad", "ab ac", ""] {
            assert!(!contains_match(body, &match_key(needle)), "{needle}");
        }
    }

    #[test]
    fn spaces_and_zwnj_inside_persian_words_do_not_matter() {
        for text in ["ما می\u{200c}جنگیم", "ما می جنگیم", "ما میجنگیم"] {
            for query in ["میجنگیم", "می\u{200c}جنگیم", "می جنگیم", "  می   جنگیم "]
            {
                assert!(contains_match(text, &match_key(query)), "{query} in {text}");
            }
        }
        // Between Latin words and digits a space still separates.
        assert_eq!(
            match_key("601 هزار و Tehran Times"),
            "601 هزارو tehran times"
        );
        assert!(!contains_match("Tehran Times", &match_key("tehrantimes")));
        // The key of a key is itself: records keep theirs folded already.
        let key = search_key("كارت هوشمند\u{200c}ملي");
        assert_eq!(match_key(&key), match_key("كارت هوشمند\u{200c}ملي"));
    }

    #[test]
    fn matches_point_at_the_source_text() {
        let text = "ما می\u{200c}جنگیم و باز میجنگیم";
        let found = find_matches(text, &match_key("می جنگیم"));
        let shown: Vec<String> = found
            .iter()
            .map(|r| text.chars().skip(r.start).take(r.len()).collect())
            .collect();
        assert_eq!(shown, ["می\u{200c}جنگیم", "میجنگیم"]);
        let found = find_matches("ABAB ABAC abac", &match_key("abac"));
        assert_eq!(found, [5..9, 10..14]);
        assert!(find_matches("x", "").is_empty());
    }

    #[test]
    fn digits_fold_to_latin() {
        assert_eq!(search_key("۱۲ و ١٢ و 12٫5"), "12 و 12 و 12.5");
    }

    #[test]
    fn zwnj_diacritics_tatweel_and_spaces() {
        assert_eq!(search_key("  می\u{200c}شود  "), "می شود");
        assert_eq!(search_key("مُحَمَّد"), "محمد");
        assert_eq!(search_key("تهـــران"), "تهران");
        assert_eq!(search_key("Tehran\u{a0}TIMES"), "tehran times");
    }

    #[test]
    fn letter_variants_meet() {
        for (variant, plain) in [
            ('ي', 'ی'),
            ('ى', 'ی'),
            ('ئ', 'ی'),
            ('ك', 'ک'),
            ('ة', 'ه'),
            ('ۀ', 'ه'),
            ('أ', 'ا'),
            ('إ', 'ا'),
            ('ٱ', 'ا'),
            ('ؤ', 'و'),
            ('Q', 'q'),
            ('Ä', 'ä'),
        ] {
            assert_eq!(letter(variant), plain, "{variant}");
            assert_eq!(letter(plain), plain, "{plain}");
        }
    }

    #[test]
    fn digits_of_three_scripts() {
        assert_eq!(digit('۷'), Some((7, Script::Persian)));
        assert_eq!(digit('٣'), Some((3, Script::Arabic)));
        assert_eq!(digit('9'), Some((9, Script::Latin)));
        assert_eq!(digit('x'), None);
        assert_eq!(latin_digit('۱'), Some('1'));
    }

    #[test]
    fn marks_joiners_and_spaces() {
        assert_eq!(word_char('\u{064E}'), None);
        assert_eq!(word_char('\u{200C}'), None);
        assert_eq!(search_char('\u{200C}'), Some(' '));
        assert_eq!(search_char('\u{A0}'), Some(' '));
        assert_eq!(search_char('۴'), Some('4'));
        assert_eq!(search_char('\u{0640}'), None);
    }
}
