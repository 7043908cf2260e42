//! A distance told as how far one thing lies from another: `۲۶ هزار سال نوری از منظومه شمسی
//! فاصله دارد`. A table names the figure by the distance itself, not by either end: the
//! clause's subject may be a sentence back, and the place after `از` is only the other end.

use super::super::figure::Kind;
use super::super::phrase;
use super::super::token::Tokens;

/// The word `فاصله` closing `N از X فاصله دارد` after a measure ending at `end`.
pub(super) fn apart(t: &Tokens, end: usize, kind: Kind) -> Option<(usize, usize)> {
    if kind != Kind::Measure || t.word(end) != "از" {
        return None;
    }
    let has = |w: &str| {
        let w = w.strip_prefix("ن").unwrap_or(w);
        w.starts_with("دار") || w.starts_with("داشت")
    };
    (end + 2..end + 10)
        .take_while(|&k| k < t.len() && !phrase::sentence_end(t, k))
        .find(|&k| t.word(k) == "فاصله" && has(t.word(k + 1)))
        .map(|k| (k, k + 1))
}

#[cfg(test)]
mod tests {
    use super::super::tests::subject;

    #[test]
    fn how_far_from_another_names_the_distance() {
        let text = "این سیاهچاله که نزدیکترین سیاه چاله کلان جرم است، در حدود ۲۶ هزار سال نوری از \
                    منظومه شمسی در مرکز کهکشان ما فاصله دارد.";
        assert_eq!(subject(text, "در حدود").as_deref(), Some("فاصله"));
        // Not a distance covered (`۴۰۰ کیلومتر از ساحل را طی کرد`).
        let text = "این کشتی ۴۰۰ کیلومتر از ساحل را طی کرد.";
        assert_ne!(subject(text, "۴۰۰").as_deref(), Some("فاصله"));
    }
}
