//! Subjects in English copy, whose order differs from Persian's: what a number measures follows
//! it with `of` (`28% of the total`, `4.6 million tonnes of cargo`) or right after it (`8% more
//! cargo`), and the subject of a clause comes first and is followed by its modifiers (`Transit
//! cargo between Russia and the Gulf accounted for 1.3 million tonnes`), so the first noun
//! phrase of the clause is its subject, not the one nearest the number.

use super::super::context;
use super::super::phrase::{self, Role};
use super::super::token::Tokens;

/// How far back, in tokens, an English clause is read.
const REACH: usize = 40;

/// Whether the words around a figure are English.
pub(super) fn latin(t: &Tokens, first: usize, end: usize) -> bool {
    (first > 0 && t.is_latin_word(first - 1)) || t.is_latin_word(end)
}

/// The phrase after the figure: after `of` (`28% of the total`), or after a comparison (`8%
/// more cargo`); a count or amount is followed by its noun (`12,000 jobs`). A percentage with
/// no `of` measures the clause's subject (`exports rose 8% last year`).
pub(super) fn after(t: &Tokens, end: usize, percent: bool) -> Option<(usize, usize)> {
    let mut j = end;
    let linked = matches!(
        t.word(j),
        "of" | "more" | "less" | "fewer" | "additional" | "extra"
    );
    if linked {
        j += 1;
    } else if percent {
        return None;
    }
    noun_phrase(t, j)
}

/// The noun phrase at `j`, past determiners (`of the total`) and a possessor (`Iran's ports`).
fn noun_phrase(t: &Tokens, mut j: usize) -> Option<(usize, usize)> {
    while t.is_latin_word(j) && phrase::role(t, j) == Role::Det {
        j += 1;
    }
    if !t.is_latin_word(j) {
        return None;
    }
    let (a, b) = phrase::subject_forward(t, j)?;
    if possessive(t, b) {
        return noun_phrase(t, b + 2).or(Some((a, b)));
    }
    (!context::time_noun(t.word(a))).then_some((a, b))
}

/// `Iran's`: an apostrophe and `s` after a noun.
fn possessive(t: &Tokens, k: usize) -> bool {
    matches!(t.punct(k), Some('\'' | '’')) && t.word(k + 1) == "s"
}

/// The phrase before the figure: what has it (`investment of $120 million`, `a capacity of
/// 200,000 tonnes`); after `, up 8%` the quantity the sentence has just given; else the
/// subject of the clause (`oil exports rose 8%`).
pub(super) fn before(t: &Tokens, first: usize) -> Option<(usize, usize)> {
    let mut k = first;
    while k > 0 && marker(t, k - 1) {
        k -= 1;
    }
    if k > 0 && t.word(k - 1) == "of" {
        if let Some((a, b)) = phrase::subject_backward(t, k - 1) {
            return Some((a, b));
        }
    }
    // `handled 4.6 million tonnes of cargo ..., up 8% from a year earlier`.
    let appositive = k < first && matches!(t.word(k), "up" | "down") && t.punct(k - 1) == Some(',');
    if appositive {
        if let Some(np) = measured_before(t, k - 1) {
            return Some(np);
        }
    }
    clause_subject(t, k)
}

/// Words between a subject and its number: `rose by`, `up`, `to`.
fn marker(t: &Tokens, k: usize) -> bool {
    t.is_latin_word(k)
        && (matches!(t.word(k), "by" | "to" | "up" | "down" | "at")
            || phrase::english_change(t.word(k))
            || phrase::role(t, k) == Role::Adv)
}

/// The quantity named last in the sentence before `k`: `4.6 million tonnes of cargo`.
fn measured_before(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    let mut j = k;
    while j > 0 && k - j < REACH && !phrase::sentence_end(t, j - 1) {
        j -= 1;
        let numbered = (j.saturating_sub(3)..j).any(|n| phrase::role(t, n) == Role::Number);
        if t.word(j) == "of" && numbered {
            return noun_phrase(t, j + 1);
        }
    }
    None
}

/// The first noun phrase of the clause token `k` is in, past its opening adjuncts (`In
/// October,`) and a dateline (`ASTARA, Nov. 19 (IRNA) -`).
fn clause_subject(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    // `..., and the fund holds $4.1bn`, `rose 8% as the deal brought $3.2 billion`: a clause
    // opens after a conjunction of clauses.
    let boundary = |j: usize| {
        phrase::sentence_end(t, j)
            || matches!(t.punct(j), Some(';' | ':' | '-' | '–' | '—'))
            || (t.word(j) == "and" && j > 0 && t.punct(j - 1) == Some(','))
            || matches!(
                t.word(j),
                "as" | "while" | "when" | "whereas" | "because" | "although" | "but" | "that"
            )
    };
    let mut s = k;
    while s > 0 && k - s < REACH && !boundary(s - 1) {
        s -= 1;
    }
    let mut j = s;
    while j < k {
        match phrase::role(t, j) {
            Role::Prep => {
                j = phrase::subject_forward(t, j + 1).map_or(j + 1, |(_, b)| b);
            }
            Role::Noun => {
                let (a, b) = noun_phrase(t, j)?;
                if b > k || context::time_noun(t.word(a)) {
                    return None;
                }
                return Some((a, b));
            }
            Role::Verb | Role::Number => return None,
            _ => j += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn what_follows_with_of_or_a_comparison() {
        let s = "Transit made up 28% of the total. Ports handle 8% more cargo.";
        assert_eq!(subject(s, "28%").as_deref(), Some("total"));
        assert_eq!(subject(s, "8%").as_deref(), Some("cargo"));
    }

    #[test]
    fn the_clause_subject_comes_first() {
        let s = "Transit cargo between Russia and the Gulf accounted for 1.3 million tonnes.";
        assert_eq!(subject(s, "1.3").as_deref(), Some("Transit cargo"));
        let s = "Iran's oil exports rose 8% last year.";
        assert_eq!(subject(s, "8%").as_deref(), Some("oil exports"));
    }

    #[test]
    fn a_change_after_a_comma_is_of_the_quantity_before_it() {
        let s =
            "Ports handled 4.6 million tonnes of cargo in seven months, up 8% from a year earlier.";
        assert_eq!(subject(s, "8%").as_deref(), Some("cargo"));
    }
}
