//! Scale words typed onto what follows them with no space: `۵۵ هزارگواهینامه`, `۱۲۱
//! هزارمیلیارد ریال`, `۴۰ هزارتا`. (A scale typed onto its unit, `هزارتومان`, is a unit of
//! its own in [`units`].)

use super::super::lexicon::{self, Classes};
use super::super::units;
use super::super::words::{self, Lex};
use super::Scanner;

impl Scanner<'_, '_> {
    /// The number read up to `end` with a scale word glued onto the next word applied: onto
    /// a bigger scale (`هزارمیلیارد`), onto `تا` (`هزارتایی`), or onto a noun it counts
    /// (`هزارگواهینامه`) in a word the lexicon does not know (`هزاره`, `میلیاردر` it does).
    /// The value and end as they were when there is none.
    pub(super) fn glued_scale(&self, value: f64, end: usize) -> (f64, usize) {
        let t = self.t;
        let word = t.word(end);
        let Some((rest, power)) = units::scale_prefix(word) else {
            return (value, end);
        };
        if t.glued(end) || units::match_unit(t, end).is_some() {
            return (value, end);
        }
        let bigger = match words::lookup(rest) {
            Some(Lex::Mult(m)) => m,
            _ => 1.0,
        };
        // `میلیاردرها`: the rich, not billions.
        let noun = rest.chars().count() >= 3
            && !rest.starts_with('ر')
            && (lexicon::classes(rest).has(Classes::NOUN) || lexicon::noun_stem(rest).is_some())
            && lexicon::classes(word).is_empty();
        if bigger > 1.0 || matches!(rest, "تا" | "تایی") || noun {
            (value * 10f64.powi(i32::from(power)) * bigger, end + 1)
        } else {
            (value, end)
        }
    }
}
