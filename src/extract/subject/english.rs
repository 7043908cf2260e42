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
    // `$82.4 a barrel`, `2 million barrels per day`: a rate's denominator is not what it
    // measures.
    if matches!(t.word(end), "a" | "an" | "per" | "each" | "every") {
        return None;
    }
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
fn noun_phrase(t: &Tokens, j: usize) -> Option<(usize, usize)> {
    let mut k = j;
    while t.is_latin_word(k) && phrase::role(t, k) == Role::Det {
        k += 1;
    }
    if !t.is_latin_word(k) {
        return None;
    }
    // `the financing`: after a determiner an `-ing` word is a noun.
    if k > j && phrase::role(t, k) == Role::Verb && t.word(k).ends_with("ing") {
        return Some((k, k + 1));
    }
    let (a, mut b) = phrase::subject_forward(t, k)?;
    // `point-to-point inflation`: words joined by hyphens are one, whatever each is alone.
    while glued_hyphen(t, b) {
        b += 2;
        if let Some((_, e)) = phrase::forward(t, b - 1) {
            b = b.max(e);
        }
    }
    // `the gas Iran consumes`: a name after a common noun opens a clause of its own.
    if !capital(t, a) {
        if let Some(name) = (a + 1..b).find(|&k| capital(t, k)) {
            b = name;
        }
    }
    if possessive(t, b) {
        return noun_phrase(t, b + 2).or(Some((a, b)));
    }
    (!context::time_noun(t.word(a)) && !time_word(t.word(a))).then_some((a, b))
}

/// A hyphen written between two words (`point-to-point`), not a dash between clauses.
fn glued_hyphen(t: &Tokens, k: usize) -> bool {
    t.punct(k) == Some('-') && t.glued(k) && t.glued(k + 1) && t.is_latin_word(k + 1)
}

/// Whether token `k` is a word written with a capital (a name, or a sentence's first word).
fn capital(t: &Tokens, k: usize) -> bool {
    t.is_latin_word(k) && t.slice(k, k + 1).starts_with(|c: char| c.is_uppercase())
}

/// English words of time, which place a figure rather than name what it measures (`a year
/// earlier`, `the same period`).
fn time_word(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "quarter"
            | "period"
            | "decade"
            | "season"
            | "time"
    )
}

/// Verbs after which a new clause with a subject of its own begins (`the governor said
/// liquidity growth had slowed`); the `told` kind first names whom (`told reporters`).
fn reporting(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "expects"
            | "expect"
            | "estimated"
            | "estimates"
            | "reported"
            | "added"
            | "noted"
            | "announced"
            | "predicted"
            | "forecast"
            | "believes"
            | "warned"
            | "showed"
            | "shows"
    )
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
    if let Some(np) = (k < first).then(|| object_before(t, k)).flatten() {
        return Some(np);
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

/// `hold inflation at 25%`, `cut the country's gas shortfall by 15%`, `bring inflation down to
/// 25%`: what the verb before the figure's `at`, `by` or `to` acts on.
fn object_before(t: &Tokens, k: usize) -> Option<(usize, usize)> {
    let noun = |j: usize| {
        t.is_latin_word(j)
            && matches!(phrase::role(t, j), Role::Noun | Role::Adj)
            && !(t.word(j) == "s" && j > 0 && matches!(t.punct(j - 1), Some('\'' | '’')))
    };
    let mut a = k;
    while a > 0 && k - a < phrase::MAX_WORDS && noun(a - 1) {
        a -= 1;
    }
    if a == k {
        return None;
    }
    let mut p = a;
    // `the country's`: a possessor stands between the verb and its object.
    if p >= 2 && t.word(p - 1) == "s" && matches!(t.punct(p - 2), Some('\'' | '’')) {
        p -= 2;
        while p > 0 && noun(p - 1) {
            p -= 1;
        }
    }
    while p > 0 && phrase::role(t, p - 1) == Role::Det {
        p -= 1;
    }
    // `cutting the journey time for containers by 30%`: what the verb acts on comes before
    // the `for` or `of` phrase.
    if p > 0 && matches!(t.word(p - 1), "for" | "of") {
        return object_before(t, p - 1);
    }
    (p > 0 && t.is_latin_word(p - 1) && phrase::role(t, p - 1) == Role::Verb).then_some((a, k))
}

/// Words between a subject and its number: `rose by`, `up`, `to`, `up from`.
fn marker(t: &Tokens, k: usize) -> bool {
    t.is_latin_word(k)
        && (matches!(t.word(k), "by" | "to" | "up" | "down" | "at" | "from")
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
            || matches!(t.punct(j), Some(';' | ':' | '–' | '—'))
            || (t.punct(j) == Some('-') && !glued_hyphen(t, j))
            || reporting(t.word(j))
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
    if s > 0 && matches!(t.word(s - 1), "told" | "tells") {
        s = phrase::forward(t, s).map_or(s, |(_, b)| b);
    }
    let mut j = s;
    while j < k {
        match phrase::role(t, j) {
            // `According to the Statistical Centre, inflation stood at ...`.
            _ if t.word(j) == "according" => j += 1,
            Role::Prep => {
                j = match noun_phrase(t, j + 1) {
                    Some((a, b)) => of_what(t, a, b, k),
                    None => phrase::past_preposition(t, j),
                };
            }
            Role::Noun => {
                let (a, b) = noun_phrase(t, j)?;
                if b > k || context::time_noun(t.word(a)) {
                    return None;
                }
                return Some((a, of_what(t, a, b, k)));
            }
            Role::Verb | Role::Number => return None,
            _ => j += 1,
        }
    }
    None
}

/// `Shipments of gas condensate`: a subject runs on through `of` to what it is of, when that
/// fits in a desk's table and ends before the figure at `k`.
fn of_what(t: &Tokens, a: usize, b: usize, k: usize) -> usize {
    if t.word(b) != "of" {
        return b;
    }
    let mut j = b + 1;
    while t.is_latin_word(j) && phrase::role(t, j) == Role::Det {
        j += 1;
    }
    let words = |y: usize| {
        (a..y)
            .filter(|&w| t.is_latin_word(w) && phrase::role(t, w) != Role::Det)
            .count()
    };
    match noun_phrase(t, j) {
        Some((_, y)) if y <= k && words(y) <= phrase::MAX_WORDS => y,
        _ => b,
    }
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

    #[test]
    fn a_reported_clause_has_its_own_subject() {
        let s = "The governor said liquidity growth had slowed to 24.6% in October.";
        assert_eq!(subject(s, "24.6%").as_deref(), Some("liquidity growth"));
        let s = "He said foreign currency reserves had risen by $2.4 billion since March.";
        assert_eq!(
            subject(s, "$2.4").as_deref(),
            Some("foreign currency reserves")
        );
        let s = "The ministry expects exports to stay between 1.4 and 1.6 million barrels per day until March.";
        assert_eq!(subject(s, "between").as_deref(), Some("exports"));
        let s = "Officials said 40% of the financing would come from the National Development Fund and the rest from bank loans.";
        assert_eq!(subject(s, "40%").as_deref(), Some("financing"));
        let s = "According to the Statistical Centre of Iran, point-to-point inflation stood at 38.4% in the month to Nov. 21.";
        assert_eq!(
            subject(s, "38.4%").as_deref(),
            Some("point-to-point inflation")
        );
    }

    #[test]
    fn what_a_verb_acts_on_before_by_or_at() {
        let s = "The minister said the plan would cut the country's gas shortfall by about 15%.";
        assert_eq!(subject(s, "about").as_deref(), Some("gas shortfall"));
        let s = "The line opens in 2029, cutting the journey time for containers by about 30%.";
        assert_eq!(subject(s, "about").as_deref(), Some("journey time"));
        let s = "Central bank aims to hold inflation at 25% next year";
        assert_eq!(subject(s, "25%").as_deref(), Some("inflation"));
        let s = "The bank aims to bring annual inflation down to 25% by March.";
        assert_eq!(subject(s, "25%").as_deref(), Some("annual inflation"));
        let s = "Output rose 8% over the same period to 210,000 barrels per day.";
        assert_eq!(subject(s, "210,000").as_deref(), Some("Output"));
    }

    #[test]
    fn a_headline_verb_ends_the_subject() {
        let s = "Iran's crude exports hold at 1.5 million barrels per day";
        assert_eq!(subject(s, "1.5").as_deref(), Some("crude exports"));
    }

    #[test]
    fn hyphenated_words_are_one_word() {
        let s = "Point-to-point inflation stood at 38.4% in the month.";
        assert_eq!(
            subject(s, "38.4%").as_deref(),
            Some("Point-to-point inflation")
        );
    }

    #[test]
    fn a_rate_per_unit_is_of_the_clause_subject() {
        let s = "Revenue fell, as Brent averaged $82.4 a barrel.";
        assert_eq!(subject(s, "$82.4").as_deref(), Some("Brent"));
    }

    #[test]
    fn an_earlier_amount_after_up_from_is_of_the_same_thing() {
        let s =
            "Revenue was put at $3.9 billion for the month, up from $3.6 billion a year earlier.";
        assert_eq!(subject(s, "$3.6").as_deref(), Some("Revenue"));
    }

    #[test]
    fn a_relative_clause_is_not_part_of_the_subject() {
        let s = "The field supplies more than 70% of the gas Iran consumes.";
        assert_eq!(subject(s, "more").as_deref(), Some("gas"));
    }

    #[test]
    fn of_joins_a_noun_to_what_it_is_of() {
        let s = "Shipments of gas condensate rose 8% over the period.";
        assert_eq!(
            subject(s, "8%").as_deref(),
            Some("Shipments of gas condensate")
        );
    }
}
