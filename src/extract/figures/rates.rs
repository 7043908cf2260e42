//! Rate tables: `یک دلار آمریکا ۹۲۲۸`, `دلار کانادا ۷۸۸۵` on a line of their own. The
//! currency named first is what is priced, one of it; the bare number after it is its price
//! in the article's own currency (the table's header says `نرخ به ریال`, not each line).

use super::super::figure::Kind;
use super::super::units::{self, Role};
use super::super::{context, phrase, words};
use super::Scanner;

/// Words a currency's name may run on for before its price (`درهم امارات متحده عربی`).
const NAME_WORDS: usize = 3;
/// Tokens an aside in brackets may span (`یک یورو (واحد پول اروپا) ۱۱۹۳۵`).
const ASIDE: usize = 8;

impl Scanner<'_, '_> {
    /// The digits that price a currency whose unit ends at `k`: after a few more words of
    /// its name and an aside in brackets, on the same line; none when anything else comes
    /// first.
    pub(super) fn rate_after(&self, k: usize) -> Option<usize> {
        let t = self.t;
        let mut k = k;
        let mut named = 0;
        loop {
            // A price stands alone: `یک دلار و ۱۶ سنت` is one amount, not a rate.
            if t.digits(k).is_some() {
                let bare = words::parse(t, k).is_some_and(|e| {
                    units::match_unit(t, e.end).is_none() && !context::classifier(t.word(e.end))
                });
                return bare.then_some(k);
            }
            match t.punct(k) {
                Some('(') => {
                    let close = (k + 1..k + ASIDE).find(|&j| t.punct(j).is_some())?;
                    if t.punct(close) != Some(')') {
                        return None;
                    }
                    k = close + 1;
                }
                Some(_) => return None,
                None => {
                    // A name goes on in nouns and adjectives (`دلار آمریکا`), not `به`, `را`.
                    let named_on = phrase::role(t, k).nominal() && !words::is_and(t, k);
                    if t.word(k).is_empty() || named == NAME_WORDS || !named_on {
                        return None;
                    }
                    named += 1;
                    k += 1;
                }
            }
        }
    }

    /// Whether the bare number at `i` prices a currency named before it, one or a hundred of
    /// it (`یک`, `یکصد`, `هر`) or at the start of a line: `یک دلار آمریکا ۹۲۲۸`.
    pub(super) fn quoted_rate(&self, i: usize) -> bool {
        let t = self.t;
        let line = (i.saturating_sub(NAME_WORDS + ASIDE + 2)..i)
            .rev()
            .take_while(|&k| t.punct(k) != Some('\n'));
        line.into_iter().any(|k| {
            // `یکصد ین ژاپن ۷۶۶۹`: the rate of a hundred.
            // Most words are no number: the table is asked before the parser.
            let basis = (t.digits(k).is_none() && words::lookup(t.word(k)).is_some())
                .then(|| words::parse(t, k))
                .flatten()
                .filter(|e| e.lone_word && e.end == k + 1);
            let at = if matches!(t.word(k), "هر" | "each") {
                k + 1
            } else if let Some(e) = basis {
                e.end
            } else if t.line_start(k) {
                k
            } else {
                return false;
            };
            // A currency by name: not `همتی` (trillions of tomans) nor `دلاری`.
            units::match_unit(t, at).is_some_and(|m| {
                m.unit.kind == Kind::Money
                    && m.unit.role == Role::Plain
                    && !m.adjectival
                    && self.rate_after(m.end) == Some(i)
            })
        })
    }
}
