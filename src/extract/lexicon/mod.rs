//! Word classes for Persian: which words are nouns, adjectives, adverbs, prepositions,
//! conjunctions, pronouns, determiners, classifiers, and which are verbs.
//!
//! Persian spelling shows no word class, and finding what a number measures means knowing
//! where a noun phrase ends. `words.tsv` and `verbs.tsv` are derived from hazm's lexicon
//! (MIT licence, `LICENSE-hazm` beside them) by `scripts/lexicon/build.py`, which says how to
//! regenerate them; nothing is fetched at build or run time. The tables are parsed once, on
//! first use, into hash maps that borrow the embedded text.

mod verb;

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::words::FnvBuild;

pub(crate) use verb::{verb, Verb};

/// A set of word classes (a word may have several: `بالا` is noun, adjective and adverb).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Classes(u8);

impl Classes {
    pub const NOUN: Classes = Classes(1);
    pub const ADJ: Classes = Classes(1 << 1);
    pub const ADV: Classes = Classes(1 << 2);
    pub const PREP: Classes = Classes(1 << 3);
    pub const CONJ: Classes = Classes(1 << 4);
    pub const PRON: Classes = Classes(1 << 5);
    pub const DET: Classes = Classes(1 << 6);
    pub const CLASSIFIER: Classes = Classes(1 << 7);

    fn from_letters(letters: &str) -> Classes {
        Classes(letters.bytes().fold(0, |acc, b| {
            acc | match b {
                b'n' => Classes::NOUN.0,
                b'a' => Classes::ADJ.0,
                b'r' => Classes::ADV.0,
                b'p' => Classes::PREP.0,
                b'c' => Classes::CONJ.0,
                b'o' => Classes::PRON.0,
                b'd' => Classes::DET.0,
                b'l' => Classes::CLASSIFIER.0,
                _ => 0,
            }
        }))
    }

    pub fn has(self, other: Classes) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Only the given classes, and at least one of them.
    pub fn only(self, allowed: Classes) -> bool {
        !self.is_empty() && self.0 & !allowed.0 == 0
    }
}

impl std::ops::BitOr for Classes {
    type Output = Classes;
    fn bitor(self, rhs: Classes) -> Classes {
        Classes(self.0 | rhs.0)
    }
}

const WORDS: &str = include_str!("words.tsv");
const VERBS: &str = include_str!("verbs.tsv");

type Map<V> = HashMap<&'static str, V, FnvBuild>;

static TABLE: LazyLock<Map<Classes>> = LazyLock::new(|| {
    WORDS
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(word, letters)| (word, Classes::from_letters(letters)))
        .collect()
});

type Set = HashSet<&'static str, FnvBuild>;

/// Verb stems: (past stems, present stems).
static STEMS: LazyLock<(Set, Set)> = LazyLock::new(|| {
    let mut past = Set::default();
    let mut present = Set::default();
    for (p, q) in VERBS.lines().filter_map(|line| line.split_once('\t')) {
        if !p.is_empty() {
            past.insert(p);
        }
        if !q.is_empty() {
            present.insert(q);
        }
    }
    (past, present)
});

/// The classes the lexicon gives a folded word, empty when it does not know the word.
#[inline]
pub(crate) fn classes(word: &str) -> Classes {
    TABLE.get(word).copied().unwrap_or_default()
}

pub(crate) fn past_stem(stem: &str) -> bool {
    STEMS.0.contains(stem)
}

pub(crate) fn present_stem(stem: &str) -> bool {
    STEMS.1.contains(stem)
}

/// The word without the endings Persian glues onto a noun: plural `ها`/`ان`, the ezafe or
/// indefinite `ی`/`ای`, and possessives (`خودروهایش` is `خودرو`), when what is left is a word
/// the lexicon knows. Returns the stem's length in bytes and its classes.
pub(crate) fn noun_stem(word: &str) -> Option<(usize, Classes)> {
    const POSSESSIVE: [&str; 7] = ["شان", "تان", "مان", "ش", "ت", "م", ""];
    const PLURAL: [&str; 6] = ["هایی", "های", "ها", "ان", "ات", ""];
    const LINK: [&str; 3] = ["ای", "ی", ""];
    for pos in POSSESSIVE {
        let Some(w) = word.strip_suffix(pos) else {
            continue;
        };
        for plural in PLURAL {
            let Some(w) = w.strip_suffix(plural) else {
                continue;
            };
            for link in LINK {
                // `های`/`هایی` already carry their `ی`; a bare possessive needs a vowel.
                if (pos.is_empty() && plural.is_empty() && link.is_empty())
                    || (!link.is_empty() && plural.starts_with("ها"))
                {
                    continue;
                }
                let Some(stem) = w.strip_suffix(link) else {
                    continue;
                };
                // A lone `ی` comes off only a stem of three letters or more: `ملی` is no `مل`.
                let min = if pos.is_empty() && plural.is_empty() {
                    3
                } else {
                    2
                };
                if stem.chars().count() < min {
                    continue;
                }
                let c = classes(stem);
                if c.has(Classes::NOUN | Classes::ADJ) {
                    return Some((stem.len(), c));
                }
            }
        }
    }
    None
}

/// The length in bytes of `word` without its possessive ending (`کشورمان`, `خودروهایش`),
/// when it has one on a noun the lexicon knows.
pub(crate) fn without_possessive(word: &str) -> Option<usize> {
    if !classes(word).is_empty() {
        return None;
    }
    ["شان", "تان", "مان", "اش", "ش", "ت", "م"]
        .iter()
        .filter_map(|p| word.strip_suffix(p))
        .find(|rest| {
            rest.chars().count() >= 2 && (!classes(rest).is_empty() || noun_stem(rest).is_some())
        })
        // `خودروهایش`: the `ی` before the ending goes with it.
        .map(|rest| {
            rest.strip_suffix("های")
                .map_or(rest.len(), |r| r.len() + "ها".len())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_from_the_table() {
        assert!(classes("کشور").has(Classes::NOUN));
        assert!(classes("هوشمند").has(Classes::ADJ));
        assert!(classes("از").has(Classes::PREP));
        assert!(classes("زیرا").has(Classes::CONJ));
        assert!(classes("نفر").has(Classes::CLASSIFIER));
        assert!(classes("qwerty").is_empty());
    }

    #[test]
    fn endings_come_off_known_stems() {
        fn stem(w: &str) -> Option<&str> {
            noun_stem(w).map(|(n, _)| &w[..n])
        }
        assert_eq!(stem("خودروهایش"), Some("خودرو"));
        assert_eq!(stem("کارتهای"), Some("کارت"));
        assert_eq!(stem("کشورمان"), Some("کشور"));
        assert_eq!(stem("دانشجویان"), Some("دانشجو"));
        assert_eq!(stem("ملی"), None);
    }

    #[test]
    fn possessives_come_off() {
        let kept = |w: &'static str| without_possessive(w).map(|n| &w[..n]);
        assert_eq!(kept("خودروهایش"), Some("خودروها"));
        assert_eq!(kept("کشورمان"), Some("کشور"));
        assert_eq!(kept("کشور"), None);
        assert_eq!(kept("دولت"), None);
    }

    #[test]
    fn table_is_folded_and_sorted() {
        let mut prev = "";
        for line in WORDS.lines() {
            let (word, letters) = line.split_once('\t').unwrap();
            assert!(prev < word, "{prev} then {word}");
            assert!(!Classes::from_letters(letters).is_empty(), "{line}");
            assert!(
                word.chars().all(|c| crate::fold::word_char(c) == Some(c)),
                "{word} is not folded"
            );
            prev = word;
        }
    }
}
