//! Tests of the tokenizer.

use super::*;

#[test]
fn the_fast_classes_agree_with_the_tables() {
    for c in ('\0'..='\u{3000}').chain(['\u{FEFF}']) {
        assert_eq!(class(c), class_by_table(c), "{:04X}", c as u32);
    }
}

#[test]
fn the_unchanged_letters_are_letters_that_fold_to_themselves() {
    for c in '\0'..='\u{7FF}' {
        let mut buf = [0; 4];
        let fast = match *c.encode_utf8(&mut buf).as_bytes() {
            [lead @ 0xd8..=0xdb, trail] => unchanged_letter(lead, trail),
            [b] => b.is_ascii_lowercase(),
            _ => false,
        };
        if fast {
            assert!(matches!(class(c), Class::Letter), "{:04X}", c as u32);
            assert_eq!(normalized(c), Some(c), "{:04X}", c as u32);
        }
    }
    // ی, and the Arabic ي and ك.
    assert!(unchanged_letter(0xdb, 0x8c));
    assert!(!unchanged_letter(0xd9, 0x8a) && !unchanged_letter(0xd9, 0x83));
}

#[test]
fn splits_scripts_and_normalizes_words() {
    let t = Tokens::new("شش‌صد ۳۵مین يك 1,200 COVID-19");
    let words: Vec<&str> = (0..t.len()).map(|i| t.word(i)).collect();
    assert_eq!(
        words,
        ["ششصد", "", "مین", "یک", "", "", "", "covid", "", ""]
    );
    assert_eq!(t.digits(1), Some((35, 2, Script::Persian)));
    assert!(t.glued(2) && !t.glued(3) && t.glued(5));
    assert_eq!(t.get(1).map(|x| (x.char_start, x.char_end)), Some((6, 8)));
}

#[test]
fn splits_a_number_word_from_what_it_counts() {
    let t = Tokens::new("پنج‌ماهه شش‌صد سه‌شنبه ده‌ها");
    let words: Vec<&str> = (0..t.len()).map(|i| t.word(i)).collect();
    assert_eq!(words, ["پنج", "ماهه", "ششصد", "سه", "شنبه", "دهها"]);
    assert_eq!(t.slice(1, 2), "ماهه");
    assert_eq!(t.get(1).map(|x| x.char_start), Some(4));
}

#[test]
fn splits_one_typed_onto_a_unit_of_time() {
    let t = Tokens::new("یکسال يكماه یکسان یکشنبه یکروزه");
    let words: Vec<&str> = (0..t.len()).map(|i| t.word(i)).collect();
    assert_eq!(
        words,
        ["یک", "سال", "یک", "ماه", "یکسان", "یکشنبه", "یکروزه"]
    );
    assert_eq!(t.slice(3, 4), "ماه");
    assert!(t.glued(1) && t.glued(3) && !t.glued(2));
    assert_eq!(t.get(3).map(|x| (x.char_start, x.char_end)), Some((8, 11)));
}

#[test]
fn a_line_break_is_one_token() {
    let t = Tokens::new("الف ۳\n\n\nب ۲\n");
    let breaks: Vec<usize> = (0..t.len()).filter(|&k| t.punct(k) == Some('\n')).collect();
    assert_eq!(breaks, [2, 5]);
    assert!(!t.glued(3));
}

#[test]
fn flags_addresses() {
    let t = Tokens::new("به www.isna.ir/news/98071508123 و 12");
    assert!(t.toks.iter().filter(|x| x.url).count() >= 5);
    assert!(!t.toks.last().unwrap().url);
    // A domain typed onto a Persian word, with no `/` in it.
    let t = Tokens::new("به آدرسsite99.uni.ac.ir و 12");
    let in_address = (0..t.len())
        .filter(|&i| t.toks[i].url && t.digits(i).is_some())
        .count();
    assert_eq!(in_address, 1);
    assert!(!t.toks.last().unwrap().url);
}
