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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_persian_letters_meet() {
        assert_eq!(search_key("كارت ملي"), search_key("کارت ملی"));
        assert_eq!(search_key("مدرسة"), "مدرسه");
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
