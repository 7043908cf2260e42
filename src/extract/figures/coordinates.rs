//! Degrees of latitude and longitude name a place on the map; they measure nothing a desk
//! puts in a table (`۳۵ درجه و ۴۲ دقیقه عرض شمالی`, `۴۸/۱۹ درجه شمالی`).

use super::super::token::Tokens;
use super::super::words;
use super::Scanner;

/// Where a position written in degrees, minutes and seconds ends (`25°59'43"N`), when the
/// digits at `i` open one: a degree sign glued to them and more digits glued after it.
pub(super) fn dms_end(t: &Tokens, i: usize) -> Option<usize> {
    let mark = |k: usize| matches!(t.punct(k), Some('°' | '\'' | '"' | '′' | '″' | '’' | '”'));
    if t.punct(i + 1) != Some('°') || !t.glued(i + 1) {
        return None;
    }
    let mut k = i + 1;
    while mark(k) && t.glued(k) {
        k += 1;
        if t.glued(k) && t.digits(k).is_some() {
            k += 1;
        } else {
            break;
        }
    }
    let compass = |w: &str| matches!(w, "N" | "S" | "E" | "W" | "n" | "s" | "e" | "w");
    (k > i + 2).then(|| {
        if t.glued(k) && compass(t.word(k)) {
            k + 1
        } else {
            k
        }
    })
}

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
        for text in [
            "هدف در مختصات 25°59'43\"N 57°02'25\"E قرار گرفت",
            "در ۳۵°۴۱′ عرض جغرافیایی",
        ] {
            let found = figures_in(text, Field::Body);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        // A temperature stays one.
        assert_eq!(figures_in("دما به ۴۲° رسید", Field::Body).len(), 1);
        assert_eq!(figures_in("دمای هوا به ۴۲ درجه رسید", Field::Body).len(), 1);
    }
}
