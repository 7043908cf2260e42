//! Forms of real copy read in the fifth round, each on sentences of our own: court hearings
//! and interviews typed as they were spoken, where amounts leave their scale or currency to
//! the second of two numbers or to the sentence around them.

use crate::article::Field;
use crate::extract::{figures_in, Figure, Kind};

fn all(text: &str) -> Vec<Figure> {
    figures_in(text, Field::Body)
}

fn values(text: &str) -> Vec<(f64, Kind, Option<&'static str>)> {
    all(text)
        .iter()
        .map(|f| (f.value, f.kind, f.unit))
        .collect()
}

#[test]
fn two_amounts_in_digits_share_the_scale_said_after_the_second() {
    assert_eq!(
        values("شاکی گفت مبالغ ۴۵۰ و ۷۰۰ هزار تومان را برای مشاوره داده است."),
        [
            (450_000.0, Kind::Money, Some("IRT")),
            (700_000.0, Kind::Money, Some("IRT"))
        ]
    );
    assert_eq!(
        values("ارزش آن به ترتیب ۲.۴ و ۳.۱ میلیارد دلار بود."),
        [
            (2.4e9, Kind::Money, Some("USD")),
            (3.1e9, Kind::Money, Some("USD"))
        ]
    );
    // A year or a label before the first keeps it what it was.
    let found = values("در سال ۹۸ و ۳ میلیون نفر دیگر");
    assert_eq!(found[0], (1398.0, Kind::Year, None), "{found:?}");
    // A first amount with a scale of its own goes on into one amount.
    assert_eq!(
        values("۸ میلیارد و ۳۰۰ میلیون تومان"),
        [(8.3e9, Kind::Money, Some("IRT"))]
    );
}
