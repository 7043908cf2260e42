//! Index points: `واحد` after a market index (`شاخص کل ... ۱۲۰۰ واحد افزایش یافت`) and the
//! bare level an index stands at (`آیفکس ... تا رقم ۳۲۱۸ بالا رفت`) are a measure in points,
//! the labelled set's convention, not counts of units.

use super::super::{lexicon, phrase, words};
use super::{prefix_word, Scanner};

impl Scanner<'_, '_> {
    /// `شاخص کل ... به ۵۲۴ هزار واحد رسید`, `آیفکس با ۱۴ واحد کاهش`: `واحد` (at `end`) counts
    /// an index's points where its sentence names an index, and anywhere in an article about
    /// the market unless a noun follows that the units are of (`۵۰۰ واحد مسکونی`).
    /// A lone number word (`هفت واحد`) counts such units only where the sentence names the
    /// index: reports write points in digits.
    pub(super) fn index_points(&self, i: usize, end: usize, word: &str, lone: bool) -> bool {
        matches!(word, "واحد" | "واحدی")
            && (self.index_named(i, end)
                || (self.context.cues().market
                    && !lone
                    && phrase::forward(self.t, end + 1).is_none()))
    }

    /// Whether the sentence around the number at `i..end` names an index (`شاخص کل`,
    /// `نماگر`, `آیفکس`), before it (long sentences of market reports run to sixty words and
    /// more) or a few words after it (`۱۴۵ واحد تأثیر افزایشی روی
    /// شاخص‌ها`).
    fn index_named(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let index = |k: usize| {
            let w = t.word(k);
            w.starts_with("شاخص") || matches!(w, "نماگر" | "آیفکس")
        };
        phrase::back_in_sentence(t, i, 60).any(index)
            || phrase::on_in_sentence(t, end, 8).any(index)
    }

    /// `۱۵۶۷ واحدیمعادل`: a scraper glued the next word onto `واحدی` after an index.
    pub(super) fn glued_points(&self, i: usize, end: usize) -> bool {
        self.t
            .word(end)
            .strip_prefix("واحدی")
            .is_some_and(|rest| !rest.is_empty() && !lexicon::classes(rest).is_empty())
            && self.index_named(i, end)
    }

    /// Whether a bare number at `i..end` is the level of an index its sentence names
    /// (`آیفکس ... تا رقم ۳۲۱۸ بالا رفت`, `شاخص قیمت ... به عدد ۴۸۹`): in a market report,
    /// or after a word of a level anywhere. Not an item of a list (`۲۷ و ۲۹ درصد`, `۱۹۲،
    /// ۱۵۸ و ۱۰۸ واحد`), which takes its last item's unit, nor `۶ دهم درصد` (six tenths of a
    /// percent).
    pub(super) fn index_level(&self, i: usize, end: usize) -> bool {
        let t = self.t;
        let tenths = matches!(t.word(end), "دهم" | "صدم");
        let level_word = matches!(prefix_word(t, i), "عدد" | "رقم" | "سطح" | "تراز");
        let listed = (words::is_and(t, end) || matches!(t.punct(end), Some(',' | '،')))
            && t.digits(end + 1).is_some();
        // The sentence first: the article's cues are read once, but read whole.
        !tenths && !listed && self.index_named(i, end) && (level_word || self.context.cues().market)
    }
}

#[cfg(test)]
mod tests {
    use crate::article::{Article, Field};
    use crate::extract::{figures, figures_in, Figure, Kind};

    fn body(text: &str) -> Vec<Figure> {
        let article = Article {
            body: text.to_string(),
            ..Article::default()
        };
        figures(&article)
    }

    fn kinds(found: &[Figure]) -> Vec<(f64, Kind, Option<&'static str>)> {
        found.iter().map(|f| (f.value, f.kind, f.unit)).collect()
    }

    #[test]
    fn an_index_named_far_back_in_a_long_sentence_is_still_its_own() {
        let found = body(
            "شاخص دلار که نرخ برابری آن در مقابل سبدی از ارزهای جهانی اندازه گیری می‌شود، در \
             دو ماه گذشته روند نزولی خود را آغاز کرده است به نحوی که در آخرین روز هفته قبل \
             با ۰.۴۲ درصد کاهش به ۹۶.۲۰۴ واحد رسید.",
        );
        let last = found.last().map(|f| (f.value, f.unit));
        assert_eq!(last, Some((96.204, Some("point"))), "{found:?}");
    }

    #[test]
    fn index_points_in_every_sentence_of_a_market_report() {
        let found = body(
            "شاخص کل بورس تهران امروز ۱۲۰۰ واحد افزایش یافت. \
             فرابورس نیز رشد کرد و آیفکس با ۲۱ واحد رشد تا رقم ۲۷۴۵ بالا رفت. \
             این نماد به تنهایی ۳۱۵ واحد روی بازار اثر گذاشت. \
             در این شهر ۴۰۰ واحد مسکونی ساخته شد.",
        );
        let point = |v: f64| (v, Kind::Measure, Some("point"));
        assert_eq!(
            kinds(&found),
            vec![
                point(1200.0),
                point(21.0),
                point(2745.0),
                point(315.0),
                (400.0, Kind::Count, None)
            ],
            "{found:?}"
        );
    }

    #[test]
    fn index_points_named_after_the_number_in_lists_and_glued() {
        let found = body(
            "بورس رشد کرد. سه نماد هر کدام به ترتیب ۲۱۰، ۱۴۰ و ۹۰ واحد تأثیر افزایشی روی \
             شاخص‌ها داشتند. حجم و ارزش معاملات به ترتیب ۱۲ و ۱۵ درصد کاهش یافت اما شاخص کل \
             رشد کرد. شاخص قیمت با افزایش ۱۸۲۰ واحدیمعادل ۰.۴ درصد همراه شد.",
        );
        let point = |v: f64| (v, Kind::Measure, Some("point"));
        let percent = |v: f64| (v, Kind::Percent, None);
        assert_eq!(
            kinds(&found),
            vec![
                (3.0, Kind::Count, None),
                point(210.0),
                point(140.0),
                point(90.0),
                percent(12.0),
                percent(15.0),
                point(1820.0),
                percent(0.4)
            ],
            "{found:?}"
        );
        // A price index outside the market, at its level.
        let found = figures_in("شاخص قیمت تولیدکننده به عدد ۴۸۹ رسید", Field::Body);
        assert_eq!(kinds(&found), vec![point(489.0)]);
    }

    #[test]
    fn units_outside_a_market_report_are_counted() {
        let found = figures_in("این کارخانه ۳۱۵ واحد تولیدی را راه انداخت", Field::Body);
        assert_eq!(kinds(&found), vec![(315.0, Kind::Count, None)]);
        // Six tenths of a percent is no level of the index.
        let found = body("بورس امروز افت کرد. شاخص کل ۶ دهم درصد کاهش یافت.");
        assert!(found.iter().all(|f| f.unit != Some("point")), "{found:?}");
    }
}
