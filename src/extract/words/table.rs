//! The number words, Persian and English, and their values.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Lex {
    Zero,
    Unit(u8),
    Teen(u8),
    Ten(u8),
    Hundred(u16),
    Mult(f64),
    Half,
}

pub(crate) const ENTRIES: &[(&str, Lex)] = &[
    ("صفر", Lex::Zero),
    ("یک", Lex::Unit(1)),
    ("دو", Lex::Unit(2)),
    ("سه", Lex::Unit(3)),
    ("چهار", Lex::Unit(4)),
    ("پنج", Lex::Unit(5)),
    ("شش", Lex::Unit(6)),
    ("شیش", Lex::Unit(6)),
    ("هفت", Lex::Unit(7)),
    ("هشت", Lex::Unit(8)),
    ("نه", Lex::Unit(9)),
    ("ده", Lex::Teen(10)),
    ("یازده", Lex::Teen(11)),
    ("دوازده", Lex::Teen(12)),
    ("سیزده", Lex::Teen(13)),
    ("چهارده", Lex::Teen(14)),
    ("پانزده", Lex::Teen(15)),
    ("پونزده", Lex::Teen(15)),
    ("شانزده", Lex::Teen(16)),
    ("هفده", Lex::Teen(17)),
    ("هیفده", Lex::Teen(17)),
    ("هجده", Lex::Teen(18)),
    ("هیجده", Lex::Teen(18)),
    ("هژده", Lex::Teen(18)),
    ("نوزده", Lex::Teen(19)),
    ("بیست", Lex::Ten(20)),
    ("سی", Lex::Ten(30)),
    ("چهل", Lex::Ten(40)),
    ("پنجاه", Lex::Ten(50)),
    ("شصت", Lex::Ten(60)),
    ("هفتاد", Lex::Ten(70)),
    ("هشتاد", Lex::Ten(80)),
    ("نود", Lex::Ten(90)),
    ("صد", Lex::Hundred(100)),
    ("یکصد", Lex::Hundred(100)),
    ("دویست", Lex::Hundred(200)),
    ("سیصد", Lex::Hundred(300)),
    ("سهصد", Lex::Hundred(300)),
    ("دوصد", Lex::Hundred(200)),
    ("پنجصد", Lex::Hundred(500)),
    ("چهارصد", Lex::Hundred(400)),
    ("پانصد", Lex::Hundred(500)),
    ("پونصد", Lex::Hundred(500)),
    ("ششصد", Lex::Hundred(600)),
    ("هفتصد", Lex::Hundred(700)),
    ("هشتصد", Lex::Hundred(800)),
    ("نهصد", Lex::Hundred(900)),
    ("هزار", Lex::Mult(1e3)),
    ("یکهزار", Lex::Mult(1e3)),
    ("میلیون", Lex::Mult(1e6)),
    ("ملیون", Lex::Mult(1e6)),
    ("میلیارد", Lex::Mult(1e9)),
    ("میلیاردی", Lex::Mult(1e9)),
    ("میلیونی", Lex::Mult(1e6)),
    ("ملیارد", Lex::Mult(1e9)),
    ("میلارد", Lex::Mult(1e9)),
    ("میلاردی", Lex::Mult(1e9)),
    // Iranian news uses بیلیون for the English billion, not the old long-scale 10^12.
    ("بیلیون", Lex::Mult(1e9)),
    ("تریلیون", Lex::Mult(1e12)),
    ("نیم", Lex::Half),
    // `نیمی از مردم`: half of.
    ("نیمی", Lex::Half),
    ("zero", Lex::Zero),
    ("one", Lex::Unit(1)),
    ("two", Lex::Unit(2)),
    ("three", Lex::Unit(3)),
    ("four", Lex::Unit(4)),
    ("five", Lex::Unit(5)),
    ("six", Lex::Unit(6)),
    ("seven", Lex::Unit(7)),
    ("eight", Lex::Unit(8)),
    ("nine", Lex::Unit(9)),
    ("ten", Lex::Teen(10)),
    ("eleven", Lex::Teen(11)),
    ("twelve", Lex::Teen(12)),
    ("thirteen", Lex::Teen(13)),
    ("fourteen", Lex::Teen(14)),
    ("fifteen", Lex::Teen(15)),
    ("sixteen", Lex::Teen(16)),
    ("seventeen", Lex::Teen(17)),
    ("eighteen", Lex::Teen(18)),
    ("nineteen", Lex::Teen(19)),
    ("twenty", Lex::Ten(20)),
    ("thirty", Lex::Ten(30)),
    ("forty", Lex::Ten(40)),
    ("fifty", Lex::Ten(50)),
    ("sixty", Lex::Ten(60)),
    ("seventy", Lex::Ten(70)),
    ("eighty", Lex::Ten(80)),
    ("ninety", Lex::Ten(90)),
    ("hundred", Lex::Hundred(100)),
    ("thousand", Lex::Mult(1e3)),
    ("million", Lex::Mult(1e6)),
    ("billion", Lex::Mult(1e9)),
    ("bn", Lex::Mult(1e9)),
    ("mn", Lex::Mult(1e6)),
    ("tn", Lex::Mult(1e12)),
    ("trillion", Lex::Mult(1e12)),
];

/// FNV-1a: every word of every article is looked up here, and SipHash's flood resistance
/// buys nothing for fixed tables built from our own data.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The hasher for the extractor's fixed word tables.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

type Lexicon = HashMap<&'static str, Lex, FnvBuild>;

pub(crate) fn lookup(word: &str) -> Option<Lex> {
    static MAP: OnceLock<Lexicon> = OnceLock::new();
    // Every word of the copy is asked: most start with a letter no number word starts with.
    const FIRST: &[char] = &[
        'b', 'e', 'f', 'h', 'm', 'n', 'o', 's', 't', 'z', 'ب', 'ت', 'د', 'س', 'ش', 'ص', 'م', 'ن',
        'ه', 'پ', 'چ', 'ی',
    ];
    if word.len() > 24 || !word.starts_with(FIRST) {
        return None;
    }
    MAP.get_or_init(|| ENTRIES.iter().copied().collect())
        .get(word)
        .copied()
}

pub(crate) fn value_of(lex: Lex) -> f64 {
    match lex {
        Lex::Zero => 0.0,
        Lex::Unit(v) | Lex::Teen(v) | Lex::Ten(v) => f64::from(v),
        Lex::Hundred(v) => f64::from(v),
        Lex::Mult(m) => m,
        Lex::Half => 0.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_passes_the_first_letter_test() {
        for (word, lex) in ENTRIES {
            assert_eq!(lookup(word), Some(*lex), "{word}");
        }
    }
}
