//! Search keys: one spelling for the many ways Persian text reaches a wire desk, so that a search
//! typed with a Persian keyboard finds copy written with Arabic letters or digits, and back.

/// Folds one character to its search form, or `None` when it carries no meaning for search
/// (diacritics, tatweel, joiners). ZWNJ and every kind of space fold to `' '`.
pub fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'ي' | 'ى' | 'ئ' => 'ی',
        'ك' => 'ک',
        'ة' => 'ه',
        'أ' | 'إ' | 'ٱ' => 'ا',
        'ؤ' => 'و',
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '٫' => '.',
        '٬' => ',',
        '\u{064b}'..='\u{065f}'
        | '\u{0670}'
        | '\u{0640}'
        | '\u{200d}'
        | '\u{200e}'
        | '\u{200f}' => return None,
        '\u{200c}' => ' ',
        c if c.is_whitespace() => ' ',
        c if c.is_uppercase() => return c.to_lowercase().next(),
        c => c,
    })
}

/// The normalized form of `text`: characters folded, runs of spaces collapsed to one, trimmed.
pub fn search_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter_map(fold_char) {
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

/// Whether the search form of `text` contains `key` (itself a search key), without building
/// that form: bodies are searched in place, so the store need not hold a normalized copy of
/// every body (half the memory of a full desk).
pub fn contains_key(text: &str, key: &str) -> bool {
    let needle: Vec<char> = key.chars().collect();
    if needle.is_empty() {
        return false;
    }
    // Knuth-Morris-Pratt over the folded stream: one pass, no backtracking into the text.
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
    let mut matched = 0;
    let mut last_space = true;
    for c in text.chars().filter_map(fold_char) {
        if c == ' ' {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
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
            assert!(contains_key(body, needle), "{needle}");
            assert!(search_key(body).contains(needle));
        }
        for needle in ["کارت  هوشمند", "13", "abad", ""] {
            assert!(!contains_key(body, needle), "{needle}");
        }
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
}
