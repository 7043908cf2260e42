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
mod lexicon;
mod phrase;
mod subject;
mod table;
mod token;
mod units;
mod words;

pub use display::{is_compacted, is_quantity, qualifier_text, value_text};
pub use figure::{Figure, Kind, Qualifier};
#[cfg(test)]
pub(crate) use table::test_figure;
pub use table::{board_key, figure_rows, subject_key, subject_of, FigureRow};
pub use words::number_value;

use crate::article::{Article, Field};

/// All figures of an article, fields in order kicker, headline, lead, body, each in text order.
///
/// The fields are read together: what the whole article weighs and pays in (`گندم` makes `تن`
/// tonnes in every sentence, `ریال` the currency of a bare `۳۰۰ میلیونی`) decides what a
/// field alone leaves open.
pub fn figures(article: &Article) -> Vec<Figure> {
    let tokens: Vec<(Field, token::Tokens)> = Field::ALL
        .iter()
        .map(|&field| (field, token::Tokens::new(article.field(field))))
        .collect();
    // Read only when a figure needs them: most articles weigh nothing in تن.
    let cues = std::cell::OnceCell::new();
    let fields: Vec<&token::Tokens> = tokens.iter().map(|(_, t)| t).collect();
    let context = figures::Context {
        fields: &fields,
        cues: &cues,
    };
    tokens
        .iter()
        .flat_map(|(field, t)| figures::scan(t, *field, &context))
        .collect()
}

/// Figures of one text field; `start`/`end` are char offsets into `text`.
pub fn figures_in(text: &str, field: Field) -> Vec<Figure> {
    let t = token::Tokens::new(text);
    let cues = std::cell::OnceCell::new();
    let fields = [&t];
    let context = figures::Context {
        fields: &fields,
        cues: &cues,
    };
    figures::scan(&t, field, &context)
}
