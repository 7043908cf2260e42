//! Numbered list items run into a sentence (`طی آن۱-فاطمه ...،۲-آتیلا ...`, `...، ۸ - طرح
//! الزام ...`): the numbers mark items, they count nothing.

use super::super::{calendar, units, words};
use super::Scanner;

impl Scanner<'_, '_> {
    /// Where the marker at `i` (a number of one or two digits ending at `run`) ends, when it
    /// marks an item of a list: a dash and a word after it, a comma, colon, `و`, a line break or
    /// a word typed against it before it, and the number one up or down marking another item
    /// the same way. Not a range (`۲ - ۳ نفر`), not the weight classes of a list (`۵۵-، ۶۱-`).
    pub(super) fn inline_marker(&self, i: usize, run: usize) -> Option<usize> {
        let t = self.t;
        let (v, len, _) = t.digits(i)?;
        if run != i + 1 || len > 2 || !self.dashed_item(run) {
            return None;
        }
        let opens_item = i == 0
            || matches!(t.punct(i - 1), Some('،' | ',' | ':' | '؛' | ';' | '\n'))
            || t.word(i - 1) == "و"
            || (t.glued(i) && t.punct(i - 1).is_none() && t.digits(i - 1).is_none());
        if !opens_item {
            return None;
        }
        let marks = |k: usize| {
            t.digits(k).is_some_and(|(_, len, _)| len <= 2)
                && !(k > 0 && t.glued(k) && t.digits(k - 1).is_some())
                && self.dashed_item(k + 1)
        };
        let neighbour = (v > 0 && self.item_nearby(i, 600, v - 1, marks))
            || self.item_nearby(i, 600, v + 1, marks);
        neighbour.then_some(run + 1)
    }

    /// Whether another number worth `value` stands within `reach` tokens of the one at `i`
    /// and `marks` says it marks an item the way that one does: the run a list number needs
    /// around it.
    pub(super) fn item_nearby(
        &self,
        i: usize,
        reach: usize,
        value: u64,
        marks: impl Fn(usize) -> bool,
    ) -> bool {
        let t = self.t;
        let (lo, hi) = (i.saturating_sub(reach), (i + reach).min(t.len()));
        (lo..hi).any(|k| k != i && t.digits(k).is_some_and(|(w, _, _)| w == value) && marks(k))
    }

    /// Whether a dash at `k` opens the text of a list item: a word follows it, not a number
    /// or a month (a range or a date) nor punctuation (`اوزان ۵۵-، ۶۱-`).
    fn dashed_item(&self, k: usize) -> bool {
        let t = self.t;
        matches!(t.punct(k), Some('-' | '–' | '—'))
            && t.get(k + 1).is_some()
            && t.punct(k + 1).is_none()
            && t.digits(k + 1).is_none()
            && calendar::month(t.word(k + 1)).is_none()
    }

    /// Where the marker at `i` ends when it numbers an item whose line break the copy lost
    /// (`مقرر شد:۱ شورای سلامت ... تشکیل دهد. ۲ مراکز بهداشتی ...`): a number of one or two
    /// digits opening a sentence before a word, with two more of the run (one of them next to
    /// it: `v-1`, `v+1`) opening sentences the same way. A count opening a sentence (`۲ مرکز
    /// افتتاح شد.`) has no such run around it.
    pub(super) fn sentence_marker(&self, i: usize, run: usize) -> Option<usize> {
        let t = self.t;
        let (v, len, _) = t.digits(i)?;
        if run != i + 1 || len > 2 || !self.bare_item(i) {
            return None;
        }
        let marks = |k: usize| t.digits(k).is_some_and(|(_, len, _)| len <= 2) && self.bare_item(k);
        let item = |w: u64| w > 0 && self.item_nearby(i, 1500, w, marks);
        let below = v > 1 && item(v - 1);
        let above = item(v + 1);
        let run_of_three =
            (below && above) || (below && v > 2 && item(v - 2)) || (above && item(v + 2));
        run_of_three.then_some(run)
    }

    /// Whether the number at `k` opens a sentence with a word after it that is no unit, month,
    /// number or joiner of numbers (`۲ مراکز`, not `۲ درصد`, `۲ خرداد` or `۱۳تا۱۴ سال`).
    fn bare_item(&self, k: usize) -> bool {
        let t = self.t;
        let next = k + 1;
        self.opens_sentence(k)
            && t.get(next).is_some()
            && !(matches!(t.word(next), "تا" | "الی" | "یا" | "و" | "به" | "از")
                && (t.digits(next + 1).is_some() || words::parse(t, next + 1).is_some()))
            && t.punct(next).is_none()
            && t.digits(next).is_none()
            && units::match_unit(t, next).is_none()
            && calendar::month(t.word(next)).is_none()
            && words::parse(t, next).is_none()
    }
}
