//! Numbered list items run into a sentence (`طی آن۱-فاطمه ...،۲-آتیلا ...`, `...، ۸ - طرح
//! الزام ...`): the numbers mark items, they count nothing.

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
        let neighbour = |k: usize| {
            k != i
                && t.digits(k).is_some_and(|(w, len, _)| {
                    len <= 2
                        && (w + 1 == v || v + 1 == w)
                        && !(k > 0 && t.glued(k) && t.digits(k - 1).is_some())
                })
                && self.dashed_item(k + 1)
        };
        let (lo, hi) = (i.saturating_sub(600), (i + 600).min(t.len()));
        (lo..hi).any(neighbour).then_some(run + 1)
    }

    /// Whether a dash at `k` opens the text of a list item: a word follows it, not a number
    /// or a month (a range or a date) nor punctuation (`اوزان ۵۵-، ۶۱-`).
    fn dashed_item(&self, k: usize) -> bool {
        let t = self.t;
        matches!(t.punct(k), Some('-' | '–' | '—'))
            && t.get(k + 1).is_some()
            && t.punct(k + 1).is_none()
            && t.digits(k + 1).is_none()
            && super::super::calendar::month(t.word(k + 1)).is_none()
    }
}
