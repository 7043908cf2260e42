//! Arabic-script joining: each letter becomes its isolated, initial, medial or final
//! presentation form, decided in logical order.
//!
//! The forms come from ar-reshaper's letter table; the joining itself is done here because
//! `ArabicReshaper::reshape` cannot be used as is: it panics when diacritics are kept and the
//! text starts with one, it drops or merges characters (so cells could no longer point back
//! into the source), and it does not let joins stop at a change of embedding level as UAX #9
//! and FriBidi do. Lam-alef stays two letters (no ligature), as VTE and Konsole draw it, so
//! widths are the same in every mode.

use std::sync::LazyLock;

use ar_reshaper::form::Forms;
use ar_reshaper::letters::letters_db::LETTERS_ARABIC;
use unicode_bidi::{bidi_class, Level};
use unicode_width::UnicodeWidthChar;

use super::width::{is_format, ZWNJ};

const TATWEEL: char = '\u{0640}';
const ZWJ: char = '\u{200D}';
const TABLE_FIRST: u32 = 0x0621;
const TABLE_LAST: u32 = 0x06D3;

/// Presentation forms indexed by code point from U+0621, for O(1) lookup.
static FORMS: LazyLock<Vec<Option<Forms>>> = LazyLock::new(|| {
    let mut table = vec![None; (TABLE_LAST - TABLE_FIRST + 1) as usize];
    for (letter, forms) in &LETTERS_ARABIC {
        let cp = *letter as u32;
        if (TABLE_FIRST..=TABLE_LAST).contains(&cp) && *letter != TATWEEL {
            table[(cp - TABLE_FIRST) as usize] = Some(*forms);
        }
    }
    table
});

fn forms(c: char) -> Option<Forms> {
    let cp = c as u32;
    if (TABLE_FIRST..=TABLE_LAST).contains(&cp) {
        FORMS[(cp - TABLE_FIRST) as usize]
    } else {
        None
    }
}

/// Unicode joining types (ArabicShaping.txt), reduced to what shaping needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joining {
    /// Joins on neither side: spaces, digits, Latin, ZWNJ, hamza.
    None,
    /// Joins only to the letter before it (alef, dal, reh, waw...).
    Right,
    /// Joins on both sides.
    Dual,
    /// Tatweel and ZWJ: make their neighbours join and have no forms of their own.
    Causing,
    /// Combining marks and format characters: skipped when looking for neighbours.
    Transparent,
}

impl Joining {
    fn of(c: char) -> Joining {
        match c {
            ZWNJ => Joining::None,
            ZWJ | TATWEEL => Joining::Causing,
            _ => match forms(c) {
                Some(f) if f.initial != '\0' && f.medial != '\0' => Joining::Dual,
                Some(f) if f.end != '\0' => Joining::Right,
                Some(_) => Joining::None,
                None if is_format(c) || c.width() == Some(0) => Joining::Transparent,
                None => Joining::None,
            },
        }
    }

    fn joins_after(self) -> bool {
        matches!(self, Joining::Dual | Joining::Causing)
    }

    fn joins_before(self) -> bool {
        matches!(self, Joining::Dual | Joining::Right | Joining::Causing)
    }
}

/// Explicit embedding controls and boundary-neutral characters: FriBidi leaves them out of
/// both joining and the level check below. ZWNJ and ZWJ are boundary neutrals too, but they
/// have joining types of their own.
fn ignored(c: char) -> bool {
    use unicode_bidi::BidiClass::*;
    // Every such character is a control or format character; test that cheaply first.
    (c.is_control() || is_format(c))
        && c != ZWNJ
        && c != ZWJ
        && matches!(
            bidi_class(c),
            BN | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI
        )
}

/// Shapes `line` (logical order), returning one char per input char. `level_at(byte)` gives the
/// embedding level of the char at that byte offset.
///
/// Letters join only if no character between them, transparent ones included, sits at another
/// level: an LRM typed inside a word (common in Persian copy, in place of ZWNJ) breaks the
/// join, as it does in FriBidi and in browsers, where it splits the text into separate runs.
pub(crate) fn shape(line: &str, level_at: impl Fn(usize) -> Level) -> Vec<char> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let joining: Vec<Joining> = chars.iter().map(|&(_, c)| Joining::of(c)).collect();

    // joins_prev[i]: char i joins the nearest non-transparent char before it.
    let mut joins_prev = vec![false; chars.len()];
    let mut prev: Option<usize> = None;
    let mut prev_level: Option<Level> = None;
    for (i, &(byte, c)) in chars.iter().enumerate() {
        if ignored(c) {
            continue;
        }
        let level = level_at(byte);
        if prev_level.is_some_and(|l| l != level) {
            prev = None;
        }
        prev_level = Some(level);
        if joining[i] == Joining::Transparent {
            continue;
        }
        joins_prev[i] = joining[i].joins_before() && prev.is_some_and(|p| joining[p].joins_after());
        prev = Some(i);
    }

    let mut out: Vec<char> = chars.iter().map(|&(_, c)| c).collect();
    let mut joins_next = false;
    for i in (0..chars.len()).rev() {
        let here = joining[i];
        if here == Joining::Transparent {
            continue;
        }
        // Non-joining letters (hamza) keep their base code point, as FriBidi leaves them.
        if let Some(f) = forms(chars[i].1).filter(|_| here != Joining::None) {
            let form = match (joins_prev[i], joins_next) {
                (true, true) => f.medial,
                (true, false) => f.end,
                (false, true) => f.initial,
                (false, false) => f.isolated,
            };
            if form != '\0' {
                out[i] = form;
            }
        }
        joins_next = joins_prev[i];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shaped(s: &str) -> String {
        shape(s, |_| Level::rtl()).into_iter().collect()
    }

    #[test]
    fn persian_letters_take_their_positional_forms() {
        // س initial, ل medial, ا final, م initial, ی final (logical order).
        assert_eq!(shaped("سلام"), "\u{FEB3}\u{FEE0}\u{FE8E}\u{FEE1}");
        assert_eq!(shaped("پژوهش"), "\u{FB58}\u{FB8B}\u{FEED}\u{FEEB}\u{FEB6}");
        assert_eq!(shaped("گچ"), "\u{FB94}\u{FB7B}");
        assert_eq!(shaped("کی"), "\u{FB90}\u{FBFD}");
    }

    #[test]
    fn lam_alef_stays_two_letters() {
        assert_eq!(shaped("لا"), "\u{FEDF}\u{FE8E}");
        assert_eq!(shaped("الله"), "\u{FE8D}\u{FEDF}\u{FEE0}\u{FEEA}");
    }

    #[test]
    fn zwnj_breaks_the_join_and_is_kept() {
        assert_eq!(
            shaped("می\u{200C}شود"),
            "\u{FEE3}\u{FBFD}\u{200C}\u{FEB7}\u{FEEE}\u{FEA9}"
        );
    }

    #[test]
    fn marks_and_tatweel() {
        // The fatha is transparent: ب still joins ر.
        assert_eq!(shaped("بَر"), "\u{FE91}\u{064E}\u{FEAE}");
        assert_eq!(shaped("ب\u{0640}"), "\u{FE91}\u{0640}");
        // A leading mark is harmless (ar-reshaper panics on it).
        assert_eq!(shaped("\u{064B}ب"), "\u{064B}\u{FE8F}");
    }

    #[test]
    fn letters_on_different_levels_do_not_join() {
        let s = "بب";
        let out: String = shape(s, |b| {
            if b == 0 {
                Level::rtl()
            } else {
                Level::new(3).unwrap()
            }
        })
        .into_iter()
        .collect();
        assert_eq!(out, "\u{FE8F}\u{FE8F}");
    }

    #[test]
    fn a_mark_at_another_level_breaks_the_join() {
        // می + LRM + تواند: the LRM resolves to level 2 inside the RTL word.
        let s = "می\u{200E}ت";
        let out: String = shape(s, |b| {
            if (4..7).contains(&b) {
                Level::new(2).unwrap()
            } else {
                Level::rtl()
            }
        })
        .into_iter()
        .collect();
        assert_eq!(out, "\u{FEE3}\u{FBFD}\u{200E}\u{FE95}");
        // A ZWSP (boundary neutral) between letters is ignored.
        assert_eq!(shaped("ب\u{200B}ب"), "\u{FE91}\u{200B}\u{FE90}");
    }

    #[test]
    fn other_scripts_are_untouched() {
        assert_eq!(shaped("abc 123 ۱۲۳"), "abc 123 ۱۲۳");
        assert_eq!(shaped("جزء"), "\u{FE9F}\u{FEB0}\u{0621}");
    }
}
