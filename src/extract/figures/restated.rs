//! `این رقم`, `این میزان`: a figure whose subject only points back at a measure restates a
//! figure the copy has just given (`صادرات به ۵ میلیارد دلار رسید و این رقم تا پایان سال به ۶
//! میلیارد دلار می‌رسد`), and measures what that one measures.

use super::super::figure::{Figure, Kind};
use super::super::phrase;
use super::super::table;
use super::Scanner;
use crate::fold;

/// The demonstratives that point back at what was just said.
const POINTERS: &[&str] = &["این", "همین"];

/// The measure words a pointer restates a figure by: they say how much, not of what.
const MEASURES: &[&str] = &["رقم", "میزان", "تعداد", "عدد", "مبلغ"];

impl Scanner<'_, '_> {
    /// Gives each figure whose subject only points back (`این رقم`) the subject of the figure
    /// it restates: the nearest before it in the same or the sentence before, of the same kind
    /// and unit, that names something found, not guessed (a guess passed on is a guess the
    /// copy never made). Further back, or of another kind or unit, the pointer
    /// may mean anything said before, so it is left as the copy words it. Dates are left to
    /// [`Self::name_coordinates`], which runs after and names them from the figure resolved.
    pub(super) fn resolve_restated(&mut self) {
        if !self.out.iter().any(points_back) {
            return;
        }
        let sentence = self.sentences();
        for k in 0..self.out.len() {
            if matches!(self.out[k].kind, Kind::Year | Kind::Date) || !points_back(&self.out[k]) {
                continue;
            }
            let here = sentence[self.spans[k].0];
            let earlier = (0..k)
                .rev()
                .take_while(|&j| sentence[self.spans[j].0] + 1 >= here)
                .find(|&j| {
                    let (a, b) = (&self.out[j], &self.out[k]);
                    a.kind == b.kind
                        && a.unit == b.unit
                        && !self.guessed[j]
                        && !mentions_pointer(a)
                        && table::subject_of(a).is_some()
                });
            if let Some(j) = earlier {
                let (subject, start, end) = (
                    self.out[j].subject.clone(),
                    self.out[j].subject_start,
                    self.out[j].subject_end,
                );
                let f = &mut self.out[k];
                f.subject = subject;
                f.subject_start = start;
                f.subject_end = end;
            }
        }
    }

    /// The sentence each token is in, counted from the field's start.
    fn sentences(&self) -> Vec<usize> {
        let mut n = 0;
        (0..self.t.len())
            .map(|k| {
                let at = n;
                if phrase::sentence_end(self.t, k) {
                    n += 1;
                }
                at
            })
            .collect()
    }
}

/// Whether a figure's subject is only a pointer and a measure word (`این رقم`).
fn points_back(f: &Figure) -> bool {
    pointer_at(f).is_some_and(|(at, words)| at == 0 && words == 2)
}

/// Whether a figure's subject has a pointer and a measure word in it anywhere: a phrase
/// grown around one (`آنچنانكه اين ميزان`) restates as much and names nothing either.
fn mentions_pointer(f: &Figure) -> bool {
    pointer_at(f).is_some()
}

/// Where in a figure's subject a pointer and its measure word stand, and how many words
/// the subject has.
fn pointer_at(f: &Figure) -> Option<(usize, usize)> {
    let folded = fold::search_key(f.subject.as_deref()?);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let at = words
        .windows(2)
        .position(|w| POINTERS.contains(&w[0]) && MEASURES.contains(&w[1]))?;
    Some((at, words.len()))
}

#[cfg(test)]
mod tests {
    use crate::article::Field;
    use crate::extract::{figures_in, Figure};

    fn subjects(text: &str) -> Vec<Figure> {
        figures_in(text, Field::Body)
    }

    fn words_at(text: &str, f: &Figure) -> Option<String> {
        let (a, b) = (f.subject_start?, f.subject_end?);
        Some(text.chars().skip(a).take(b - a).collect())
    }

    #[test]
    fn a_pointer_takes_the_subject_of_the_figure_it_restates() {
        let text =
            "صادرات فرش دستباف به ۵ میلیارد دلار رسید و انتظار می‌رود این رقم به ۶ میلیارد دلار برسد.";
        let f = subjects(text);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[1].subject, f[0].subject);
        assert!(f[0]
            .subject
            .as_deref()
            .is_some_and(|s| s.contains("صادرات")));
        assert_eq!(
            words_at(text, &f[1]),
            f[1].subject,
            "offsets at the earlier words"
        );
    }

    #[test]
    fn from_the_sentence_before() {
        let text =
            "ذخیره آب سدهای استان ۴۲ میلیون مترمکعب است. پارسال این میزان ۵۵ میلیون مترمکعب بود.";
        let f = subjects(text);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(
            f[0].subject.as_deref().is_some_and(|s| s.contains("آب")),
            "{f:?}"
        );
        assert_eq!(f[1].subject, f[0].subject);
        assert_eq!(words_at(text, &f[1]), f[1].subject);
    }

    #[test]
    fn another_kind_or_unit_or_further_back_is_not_restated() {
        let percent =
            "صادرات فرش دستباف به ۵ میلیارد دلار رسید. این رقم ۲۰ درصد کمتر از پارسال است.";
        let f = subjects(percent);
        assert_eq!(
            f.last().and_then(|f| f.subject.as_deref()),
            Some("این رقم"),
            "{f:?}"
        );
        let far = "صادرات فرش دستباف به ۵ میلیارد دلار رسید. بازار تازه‌ای باز شد. این رقم پارسال ۴ میلیارد دلار بود.";
        let f = subjects(far);
        assert_eq!(
            f.last().and_then(|f| f.subject.as_deref()),
            Some("این رقم"),
            "{f:?}"
        );
    }
}
