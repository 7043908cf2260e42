//! The number words, Persian and English, and their values.

use std::collections::{HashMap, HashSet};
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
    ("کادریلیون", Lex::Mult(1e15)),
    ("کوادریلیون", Lex::Mult(1e15)),
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

/// The hasher for the extractor's fixed word tables: every word of every article is looked up
/// in them, many times over, and SipHash's flood resistance buys nothing for tables built from
/// our own data. foldhash (already the dashboard's row hasher) reads a word eight bytes at a
/// time where the FNV-1a it replaced took a multiply per byte (7% of an extract run for
/// `lookup` alone). Its fixed seed keeps runs reproducible. Named for that FNV: the users
/// outside this file keep the name until they are next touched.
pub(crate) type FnvBuild = foldhash::fast::FixedState;

type Lexicon = HashMap<&'static str, Lex, FnvBuild>;

/// A hand-written word list asked as a set, built on first use: the rules ask their lists of
/// nearly every word near a number, and a scan of a hundred words cost several percent of an
/// extract run.
pub(crate) struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, FnvBuild>>,
}

impl WordSet {
    pub(crate) const fn new(list: &'static [&'static str]) -> Self {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(word)
    }
}

/// Bits of the quick-reject filter: about a tenth of them set by the entries.
const FILTER_BITS: u32 = 10;

/// A word's slot in [`FILTER`]: its length, the second byte (the first letter, for Persian's
/// two-byte letters) and the last byte. `None` for a word no entry can be.
const fn filter_slot(word: &[u8]) -> Option<usize> {
    let len = word.len();
    if len < 2 || len > 24 {
        return None;
    }
    let key = ((len as u32) << 16) | ((word[1] as u32) << 8) | word[len - 1] as u32;
    Some((key.wrapping_mul(0x9E37_79B1) >> (32 - FILTER_BITS)) as usize)
}

/// One bit per slot that some entry falls in: nearly every word of the copy asked about is no
/// number word, and this turns it away without hashing it (`lookup` is asked several times per
/// word, by callers across the extractor).
const FILTER: [u64; 1 << (FILTER_BITS - 6)] = {
    let mut bits = [0u64; 1 << (FILTER_BITS - 6)];
    let mut i = 0;
    while i < ENTRIES.len() {
        if let Some(slot) = filter_slot(ENTRIES[i].0.as_bytes()) {
            bits[slot / 64] |= 1 << (slot % 64);
        } else {
            panic!("a number word the filter cannot hold");
        }
        i += 1;
    }
    bits
};

#[inline]
pub(crate) fn lookup(word: &str) -> Option<Lex> {
    let slot = filter_slot(word.as_bytes())?;
    if FILTER[slot / 64] & (1 << (slot % 64)) == 0 {
        return None;
    }
    lookup_table(word)
}

fn lookup_table(word: &str) -> Option<Lex> {
    static MAP: OnceLock<Lexicon> = OnceLock::new();
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
    fn every_entry_passes_the_filter() {
        for (word, lex) in ENTRIES {
            assert_eq!(lookup(word), Some(*lex), "{word}");
        }
    }

    #[test]
    fn lookup_agrees_with_the_entries_and_the_filter_is_sparse() {
        let words = [
            "the",
            "a",
            "x",
            "",
            "ششصدم",
            "هزاران",
            "دولت",
            "مردم",
            "کشور",
            "million!",
        ];
        for word in words {
            assert_eq!(
                lookup(word),
                ENTRIES.iter().find(|e| e.0 == word).map(|e| e.1),
                "{word}"
            );
        }
        let set: u32 = FILTER.iter().map(|b| b.count_ones()).sum();
        assert!(set as usize <= ENTRIES.len() && set * 4 < 1 << FILTER_BITS);
    }
}
