//! A period a quantity was gathered over (`در ۲۴ ساعت گذشته ۱۵ آتش‌سوزی`, `طی ۲۰ سال اخیر
//! قریب به ۴۰ خانوار`, `در پنج‌ماهه سپری‌شده از سال جاری، ۳۷۱ میلیون دلار کالای صادراتی`)
//! is the period of that quantity, and names what the quantity names when the subject rules
//! found nothing of its own.

use super::super::context;
use super::super::figure::Kind;
use super::super::phrase::{self, Role};
use super::Scanner;

/// How many tokens may stand between a period and the quantity it bounds: the words that
/// place the period (`نخست سال جاری`, `سپری‌شده از سال جاری،`) and a short place (`در این
/// شهرستان`).
const REACH: usize = 6;

impl Scanner<'_, '_> {
    pub(super) fn name_periods(&mut self) {
        for k in 0..self.out.len().saturating_sub(1) {
            if self.out[k].kind != Kind::Duration || self.out[k].subject.is_some() {
                continue;
            }
            let (start, end) = self.spans[k];
            let (next, _) = self.spans[k + 1];
            if !self.bounding(start, end) || !self.close(end, next) || !self.measured(k + 1) {
                continue;
            }
            let (subject, a, b) = {
                let q = &self.out[k + 1];
                (q.subject.clone(), q.subject_start, q.subject_end)
            };
            // `۴ ماهه ابتدایی سال گذشته`: the quantity's own subject may be a time, even this
            // period.
            let timely = subject.as_deref().is_some_and(|s| {
                s.contains(self.out[k].text.as_str())
                    || s.split_whitespace().any(context::time_noun)
            });
            if timely {
                continue;
            }
            let f = &mut self.out[k];
            f.subject = subject;
            f.subject_start = a;
            f.subject_end = b;
        }
    }

    /// Whether the duration at `start..end` is a period back or a part of a year, opened by
    /// `در`, `طی` or `ظرف`: `در ۲۴ ساعت گذشته`, `طی سه ماه نخست`, `در پنج‌ماهه سپری‌شده`.
    fn bounding(&self, start: usize, end: usize) -> bool {
        let t = self.t;
        let open = start > 0 && matches!(t.word(start - 1), "در" | "طی" | "طي" | "ظرف");
        let placed = matches!(
            t.word(end),
            "اخیر" | "اخير" | "گذشته" | "نخست" | "اول" | "ابتدایی" | "سپری‌شده" | "سپری"
        );
        open && placed
    }

    /// Whether the quantity starting at `next` follows the period ending at `end` in the same
    /// clause, with no verb, `که` or sentence end between.
    fn close(&self, end: usize, next: usize) -> bool {
        let t = self.t;
        next >= end
            && next - end <= REACH
            && (end..next).all(|j| {
                !phrase::sentence_end(t, j)
                    && !matches!(phrase::role(t, j), Role::Verb | Role::Participle)
                    && !matches!(t.word(j), "که" | "كه" | "و")
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::article::Field;
    use crate::extract::figures_in;

    fn subject_of(text: &str, number: &str) -> Option<String> {
        let f = figures_in(text, Field::Body);
        f.into_iter()
            .find(|f| f.text.starts_with(number))
            .and_then(|f| f.subject)
    }

    #[test]
    fn a_period_names_the_quantity_gathered_over_it() {
        let text = "وی گفت: طی ۲۰ سال اخیر قریب به ۴۰ خانوار روستا را ترک کرده‌اند.";
        assert_eq!(subject_of(text, "۲۰").as_deref(), Some("خانوار"));
        let text = "وی گفت: در سه ماه نخست سال جاری ۱۶ هزار مورد بازدید انجام شد.";
        assert_eq!(subject_of(text, "سه"), subject_of(text, "۱۶"));
    }

    #[test]
    fn not_a_quantity_of_another_clause() {
        let text = "وی گفت: طی ۲۰ سال اخیر مهاجرت کردند و ۴۰ خانوار ماندند.";
        assert_ne!(subject_of(text, "۲۰").as_deref(), Some("خانوار"));
    }
}
