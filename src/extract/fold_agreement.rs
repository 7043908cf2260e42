//! The uses of [`crate::fold`] agree: a word the figures' tokenizer reads is the word search and
//! watchlists look for, and digits read the same for figures, search and reporter codes,
//! whichever spelling the copy used. (One difference is meant: ZWNJ joins a word for figures,
//! `شش‌صد` is `ششصد`, and separates words for search; the words here have none.)

use proptest::prelude::*;

use super::token::Tokens;
use crate::article::parse_object;
use crate::fold::search_key;

/// Letters, the variants copy arrives with, marks and tatweel, and Latin in both cases.
const ALPHABET: &[char] = &[
    'ا', 'ب', 'ت', 'د', 'ر', 'س', 'ل', 'م', 'ن', 'و', 'ه', 'ی', 'ک', 'گ', 'پ', 'چ', 'ژ', 'ي', 'ى',
    'ئ', 'ك', 'ة', 'ۀ', 'أ', 'إ', 'ٱ', 'ؤ', '\u{064E}', '\u{0651}', '\u{0670}', '\u{0640}', 'a',
    'q', 'Z', 'K', 'Ä', 'é',
];

fn word() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 1..10)
        .prop_map(|chars| chars.into_iter().collect())
}

fn digits() -> impl Strategy<Value = String> {
    let digit = prop::sample::select(&['0', '4', '9', '۰', '۴', '۹', '٠', '٤', '٩'][..]);
    prop::collection::vec(digit, 1..7).prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #[test]
    fn figures_read_the_word_search_looks_for(words in prop::collection::vec(word(), 1..4)) {
        let text = words.join(" ");
        let tokens = Tokens::new(&text);
        let read: Vec<&str> = (0..tokens.toks.len())
            .map(|i| tokens.word(i))
            .filter(|w| !w.is_empty())
            .collect();
        prop_assert_eq!(read.join(" "), search_key(&text));
    }

    #[test]
    fn digits_read_alike_everywhere(a in digits(), b in digits()) {
        let tokens = Tokens::new(&a);
        let (value, _, _) = tokens.digits(0).expect("a digit run");
        let latin = search_key(&a);
        prop_assert_eq!(Some(value), latin.parse::<u64>().ok());
        let json = format!(r#"{{"titr":"خبر","text":"پایان /{a}/ {b}"}}"#);
        let article = parse_object(json.as_bytes()).expect("a valid article");
        prop_assert_eq!(article.reporter_code, Some(format!("{latin}/{}", search_key(&b))));
    }
}
