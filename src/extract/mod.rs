//! Figures: the quantities an article states (counts, percentages, money, measures, durations,
//! years, dates, ordinals, scores), with what they measure, from Persian and English text.
//!
//! A field is split into tokens ([`token`]), each number found there is read in digits
//! ([`digits`]) or words ([`words`]), and the words around it decide its kind: units
//! ([`units`]), calendar words ([`calendar`]), hedges, labels and counted nouns ([`context`]).

mod calendar;
mod context;
mod digits;
mod display;
mod figure;
mod figures;
#[cfg(test)]
mod fold_agreement;
mod table;
mod token;
mod units;
mod words;

pub use display::{is_compacted, is_quantity, qualifier_text, value_text};
pub use figure::{Figure, Kind, Qualifier};
#[cfg(test)]
pub(crate) use table::test_figure;
pub use table::{figure_rows, subject_key, subject_of, FigureRow};
pub use words::number_value;

use crate::article::{Article, Field};

/// All figures of an article, fields in order kicker, headline, lead, body, each in text order.
pub fn figures(article: &Article) -> Vec<Figure> {
    Field::ALL
        .iter()
        .flat_map(|&field| figures_in(article.field(field), field))
        .collect()
}

/// Figures of one text field; `start`/`end` are char offsets into `text`.
pub fn figures_in(text: &str, field: Field) -> Vec<Figure> {
    figures::scan(text, field)
}
