//! Hundredths of a currency (`سنت`, `سانتیم`) name no currency of their own: they are the
//! cents of the currency the sentence is already counting in.

use super::super::figure::Kind;
use super::super::phrase;
use super::super::units::{Role, Unit};
use super::Scanner;

/// Whether `small` is a part of `currency` joined on after it: its own smaller coin (`قران`
/// of the toman, `سنت` of the dollar), or the cents of a currency that has them (`۲ یورو و
/// ۳۰ سنت`); rials and tomans have no cents.
pub(super) fn part_of(small: &Unit, currency: Option<&str>) -> bool {
    match small.role {
        Role::Times(-2) if small.kind == Kind::Money => {
            small.code == currency || currency.is_some_and(has_cents)
        }
        Role::Times(p) if p < 0 => small.code == currency,
        _ => false,
    }
}

impl Scanner<'_, '_> {
    /// The currency whose hundredths a cent word at `i` counts: that of the last amount
    /// before it in its sentence (`سکه‌های ۱ و ۲ فرانکی و ۲۰ و ۵ سنتی` are Swiss), unless
    /// rials or tomans, which have no cents; none when the sentence has no other currency.
    pub(super) fn cents_of(&self, i: usize) -> Option<&'static str> {
        let t = self.t;
        let last = self
            .out
            .iter()
            .zip(&self.spans)
            .rev()
            .take_while(|(_, &(_, end))| !(end..i).any(|k| phrase::sentence_end(t, k)))
            .find(|(f, _)| f.kind == Kind::Money)?;
        last.0.unit.filter(|u| has_cents(u))
    }
}

/// Rials and tomans have no hundredths.
fn has_cents(currency: &str) -> bool {
    !matches!(currency, "IRR" | "IRT")
}
