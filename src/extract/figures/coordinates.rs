//! Degrees of latitude and longitude name a place on the map; they measure nothing a desk
//! puts in a table (`۳۵ درجه و ۴۲ دقیقه عرض شمالی`, `۴۸/۱۹ درجه شمالی`).

use super::super::words;
use super::Scanner;

impl Scanner<'_, '_> {
    /// Where the coordinate ends when the angle at `i`, its degrees ending at `k`, is one:
    /// with its minutes and seconds, a compass word after it or an axis named before it.
    pub(super) fn coordinate_end(&self, i: usize, mut k: usize) -> Option<usize> {
        let t = self.t;
        while words::is_and(t, k) || t.punct(k) == Some('،') {
            match words::parse(t, k + 1) {
                Some(e) if matches!(t.word(e.end), "دقیقه" | "ثانیه") => k = e.end + 1,
                _ => break,
            }
        }
        let axis = |w: &str| matches!(w, "عرض" | "طول" | "latitude" | "longitude");
        let compass = |w: &str| {
            matches!(
                w,
                "شمالی" | "جنوبی" | "شرقی" | "غربی" | "north" | "south" | "east" | "west"
            )
        };
        let named_before = (i.saturating_sub(3)..i).any(|j| axis(t.word(j)));
        (named_before || compass(t.word(k)) || axis(t.word(k))).then_some(k)
    }
}

#[cfg(test)]
mod tests {
    use crate::article::Field;
    use crate::extract::figures_in;

    #[test]
    fn latitude_and_longitude_are_no_figures() {
        for text in [
            "این شهر در ۳۶ درجه و ۱۸ دقیقه عرض شمالی و ۵۹ درجه و ۳۶ دقیقه طول شرقی است",
            "در عرض جغرافیایی ۲۷ درجه قرار دارد",
            "در مدار ۵۱/۶ درجه شمالی",
        ] {
            let found = figures_in(text, Field::Body);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        // A temperature stays one.
        assert_eq!(figures_in("دمای هوا به ۴۲ درجه رسید", Field::Body).len(), 1);
    }
}
