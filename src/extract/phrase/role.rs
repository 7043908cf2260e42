//! What part each word around a figure plays in a noun phrase: noun, adjective, verb,
//! preposition, ... from the closed classes first, then the lexicon.

use super::super::lexicon::{self, Classes, Verb};
use super::super::token::Tokens;
use super::super::words;
use super::classes::{
    adverb, conjunction, degree, determiner, preposition, preverb, pronoun, takes_to,
};
use super::english::{english_preposition, english_verb};

/// The part a token plays in a noun phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A noun, or a word the lexicon does not know (names, rare words).
    Noun,
    Adj,
    Participle,
    /// A finite verb, auxiliary or modal, or the prefix `می` written apart.
    Verb,
    Infinitive,
    Prep,
    Conj,
    Det,
    Pron,
    Adv,
    /// The object marker `را`.
    Ra,
    /// A plural or linking ending written apart from its noun (`کارت های`, `بشکه ای`).
    Ending,
    Number,
    Punct(char),
    End,
}

impl Role {
    /// Words that can be part of a noun phrase.
    pub fn nominal(self) -> bool {
        matches!(self, Role::Noun | Role::Adj | Role::Ending)
    }
}

/// The role of token `k`.
pub(crate) fn role(t: &Tokens, k: usize) -> Role {
    if t.get(k).is_none() {
        return Role::End;
    }
    if let Some(c) = t.punct(k) {
        return Role::Punct(c);
    }
    if t.digits(k).is_some() {
        return Role::Number;
    }
    let cached = t.memo.borrow().get(k).copied().unwrap_or(0);
    if let Some(r) = Role::from_memo(cached) {
        return r;
    }
    let r = word_role(t, k);
    let mut memo = t.memo.borrow_mut();
    if memo.len() < t.len() {
        memo.resize(t.len(), 0);
    }
    memo[k] = r.to_memo();
    r
}

impl Role {
    /// The roles a word can have, as one byte (0 is "not known yet").
    const WORD_ROLES: [Role; 14] = [
        Role::Noun,
        Role::Adj,
        Role::Participle,
        Role::Verb,
        Role::Infinitive,
        Role::Prep,
        Role::Conj,
        Role::Det,
        Role::Pron,
        Role::Adv,
        Role::Ra,
        Role::Ending,
        Role::Number,
        Role::End,
    ];

    fn to_memo(self) -> u8 {
        Self::WORD_ROLES
            .iter()
            .position(|r| *r == self)
            .map_or(0, |p| p as u8 + 1)
    }

    fn from_memo(b: u8) -> Option<Role> {
        b.checked_sub(1)
            .and_then(|p| Self::WORD_ROLES.get(usize::from(p)).copied())
    }
}

/// The role of word token `k`.
fn word_role(t: &Tokens, k: usize) -> Role {
    let w = t.word(k);
    if t.is_latin_word(k) {
        return english_role(w);
    }
    if (words::lookup(w).is_some() || words::ordinal_word(w).is_some())
        && !super::super::context::compound_tail(t.word(k + 1))
    {
        return Role::Number;
    }
    match w {
        "را" => return Role::Ra,
        // `شاخص کل`: "total" after a noun, "all" before one; `ست دیگر` "other", `ست بعد`
        // "next", `سال قبل` "last", but `بعد از` "after".
        "کل" | "دیگر" if k > 0 && role(t, k - 1) == Role::Noun => return Role::Adj,
        "بعد" | "قبل" if k > 0 && role(t, k - 1) == Role::Noun && t.word(k + 1) != "از" => {
            return Role::Adj
        }
        // `به تنهایی` "alone", `در حال حاضر` "now": adverbs written as a preposition's noun.
        "تنهایی" if k > 0 && t.word(k - 1) == "به" => return Role::Adv,
        "حال" if k > 0 && t.word(k - 1) == "در" && t.word(k + 1) == "حاضر" => {
            return Role::Adv
        }
        "حاضر" if k > 0 && t.word(k - 1) == "حال" => return Role::Adv,
        // `در حالی که`, `وقتی که`, `زمانی که`, `به طوری که`, `در صورتی که`: conjunctions written as a noun;
        // not after `از` or `تا` (`از زمانی که`: since the time when).
        "حالی" | "وقتی" | "زمانی" | "طوری" | "صورتی"
            if t.word(k + 1) == "که" && (k == 0 || !matches!(t.word(k - 1), "از" | "تا")) =>
        {
            return Role::Conj
        }
        // `بنابراین اطلاعیه،`: "according to this announcement", not "therefore".
        "بنابراین"
            if matches!(
                t.word(k + 1),
                "گزارش" | "اطلاعیه" | "اعلام" | "خبر" | "آمار" | "بیانیه" | "اعلامیه"
            ) =>
        {
            return Role::Prep
        }
        // `به همین علت`, `به این دلیل`: "for this reason", an adverb.
        "علت" | "دلیل" | "خاطر"
            if k >= 2 && matches!(t.word(k - 1), "همین" | "این") && t.word(k - 2) == "به" =>
        {
            return Role::Adv
        }
        // `در نهایت`: in the end.
        "نهایت" if k > 0 && t.word(k - 1) == "در" => return Role::Adv,
        // `هم چنین`: "also", `همچنین` typed apart.
        "چنین" if k > 0 && t.word(k - 1) == "هم" => return Role::Adv,
        // `بار دیگر`: once again.
        "بار" if t.word(k + 1) == "دیگر" && (k == 0 || role(t, k - 1) != Role::Number) => {
            return Role::Adv
        }
        "ها" | "های" | "هایی" | "ای" | "ی" | "ترین" | "تر" => {
            return Role::Ending
        }
        "می" | "نمی" => return Role::Verb,
        // `به رقابت خواهد پرداخت`: after the future's auxiliary a past stem is the verb, not
        // the noun it is spelt like (`پرداخت`, payment); `خواهد قرارداد` (wants a contract) is
        // no stem.
        w if k > 0 && future_auxiliary(t.word(k - 1)) && lexicon::past_stem(w) => {
            return Role::Verb
        }
        // `نسبت به`, `به نسبت` "compared with"; alone a noun (`این نسبت شش برابر شد`).
        "نسبت" if t.word(k + 1) == "به" || (k > 0 && t.word(k - 1) == "به") => {
            return Role::Prep
        }
        // `بانک اقدام به چاپ اسکناس کرد`, `تیم موفق به کسب سه مدال شد`: a predicate taking
        // `به` is half of the verb that ends its clause; not an act counted (`سه مورد اقدام به`).
        w if takes_to(w) && t.word(k + 1) == "به" && !counted(t, k) => return Role::Verb,
        // `قیمت قابل قبول`, `رشدی بی سابقه`: two words that make one adjective; `بسیار مهم`,
        // `خیلی خوب`: what a degree adverb grades is an adjective.
        _ if adjective_pair(t, k)
            || (k > 0 && adjective_pair(t, k - 1))
            || (k > 0 && degree(t.word(k - 1)) && open_word(t, k)) =>
        {
            return Role::Adj
        }
        "بیشتر" | "کمتر" | "بالاتر" | "پایینتر" | "فراتر" | "بیشترین" | "کمترین" | "اخیر"
        | "آینده" | "گذشته" | "متوالی" | "پیاپی" | "مشابه" | "جاری" | "بعدی" | "قبلی" | "میلادی"
        | "شمسی" | "هجری" | "قمری" | "سالانه" | "سالیانه" | "ماهانه" | "روزانه" => {
            return Role::Adj
        }
        _ => {}
    }
    if conjunction(w) {
        return Role::Conj;
    }
    if preposition(w) {
        return Role::Prep;
    }
    if determiner(w) {
        return Role::Det;
    }
    if pronoun(w) {
        return Role::Pron;
    }
    // `کاملاً`, `رسماً`: the tanwin makes an adverb of any word.
    if adverb(w) || t.slice(k, k + 1).contains('\u{64b}') {
        return Role::Adv;
    }
    // `گرانترین است`: a superlative is an adjective, save before its noun (`بزرگترین مخارج`).
    // (Read from the word after, not its role, which may ask for this one's.)
    let before_noun = || w.ends_with("ترین") && open_word(t, k + 1);
    if (super::bounds::comparative_word(w) && !before_noun()) || super::bounds::graded_apart(t, k) {
        return Role::Adj;
    }
    match lexicon::verb(w) {
        Some(Verb::Finite) => return Role::Verb,
        Some(Verb::Participle) => return Role::Participle,
        Some(Verb::Infinitive) => return Role::Infinitive,
        None => {}
    }
    let classes = match lexicon::classes(w) {
        c if c.is_empty() => match lexicon::noun_stem(w) {
            Some((_, stem)) => stem,
            None if glued_compound_verb(w) => return Role::Verb,
            None => c,
        },
        c => c,
    };
    if classes.only(Classes::ADV) {
        Role::Adv
    } else if classes.has(Classes::ADJ) && !classes.has(Classes::NOUN) {
        Role::Adj
    } else if classes.only(Classes::PREP | Classes::ADV) {
        Role::Prep
    } else if classes.only(Classes::CONJ | Classes::ADV) {
        Role::Conj
    } else {
        Role::Noun
    }
}

fn future_auxiliary(w: &str) -> bool {
    let w = w.strip_prefix('ن').unwrap_or(w);
    matches!(
        w,
        "خواهم" | "خواهی" | "خواهد" | "خواهیم" | "خواهید" | "خواهند"
    )
}

/// `خبرداد`, `اظهارکرد`, `قرارگرفت`: a compound verb typed as one word, which the lexicon
/// does not know, not even as a noun with endings (the caller checks that). Its first half is
/// a preverb and the rest a finite verb.
fn glued_compound_verb(w: &str) -> bool {
    w.char_indices()
        .skip(2)
        .any(|(i, _)| preverb(&w[..i]) && lexicon::verb(&w[i..]) == Some(Verb::Finite))
}

/// Whether token `k` is the head of a counted act (`سه مورد اقدام`): after a number or a
/// classifier.
fn counted(t: &Tokens, k: usize) -> bool {
    k > 0 && (role(t, k - 1) == Role::Number || super::super::context::classifier(t.word(k - 1)))
}

/// Whether token `k` opens an adjective of two words: `قابل` or `غیرقابل` before a word
/// (`قابل توجه`, `قابل مقایسه`), or `بی` between a noun and a noun (`پرواز بی سابقه`, `تعداد
/// بی شمار`), which describe a phrase and head none. Not `بی` opening a phrase of its own
/// (`بی هیچ مشکلی`).
fn adjective_pair(t: &Tokens, k: usize) -> bool {
    match t.word(k) {
        "قابل" | "غیرقابل" => open_word(t, k + 1),
        "بی" => {
            k > 0
                && matches!(role(t, k - 1), Role::Noun | Role::Adj | Role::Ending)
                && open_word(t, k + 1)
                && lexicon::classes(t.word(k + 1)).has(Classes::NOUN | Classes::ADJ)
        }
        _ => false,
    }
}

/// Whether token `k` is a Persian word of an open class: no verb and none of the closed
/// classes.
fn open_word(t: &Tokens, k: usize) -> bool {
    let w = t.word(k);
    !w.is_empty()
        && !t.is_latin_word(k)
        && lexicon::verb(w).is_none()
        && !(conjunction(w) || preposition(w) || determiner(w) || pronoun(w) || adverb(w))
}

fn english_role(w: &str) -> Role {
    if words::lookup(w).is_some() {
        Role::Number
    } else if conjunction(w) {
        Role::Conj
    } else if determiner(w) {
        Role::Det
    } else if pronoun(w) {
        Role::Pron
    } else if english_preposition(w) {
        Role::Prep
    } else if adverb(w) {
        Role::Adv
    } else if english_verb(w) {
        Role::Verb
    } else {
        Role::Noun
    }
}
