//! Which characters reach the terminal, and how many cells each grapheme takes there.
//!
//! Widths are summed per grapheme cluster, never over a whole string: unicode-width counts a
//! lam-alef pair as one cell (the ligature a GUI would draw), but terminals draw two.

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::mode::BidiMode;

pub(crate) const ZWNJ: char = '\u{200C}';
/// Drawn before a combining mark that has no base letter, as text renderers do, so the mark
/// does not fall onto whatever cell precedes it.
pub(crate) const DOTTED_CIRCLE: char = '\u{25CC}';
pub(crate) const ELLIPSIS: &str = "…";

/// General category Cf: zero-width controls (ZWNJ, bidi marks, the BOM...) terminals disagree
/// about. Asked of every char laid out: Latin text below U+00AD and Arabic-script letters,
/// marks and digits (U+0606-U+06FF but two) are answered without the table's binary search.
pub(crate) fn is_format(c: char) -> bool {
    if c < '\u{AD}' || (('\u{606}'..='\u{6FF}').contains(&c) && !matches!(c, '\u{61C}' | '\u{6DD}'))
    {
        return false;
    }
    c.general_category() == GeneralCategory::Format
}

/// Characters of bidi class B: each ends a paragraph, which then gets its own direction.
pub(crate) fn is_paragraph_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{1C}'..='\u{1E}' | '\u{85}' | '\u{2029}')
}

/// What `c` is drawn as in `mode`, or `None` when it must not reach the terminal: tabs and
/// line breaks (left in a row only by `truncate`) become spaces, no other control character
/// ever gets through, and format characters only in `terminal` mode, as ZWNJ, which the
/// terminal's own shaping needs.
pub(crate) fn emitted(c: char, mode: BidiMode) -> Option<char> {
    if c == '\t' || c == '\u{2028}' || is_paragraph_break(c) {
        Some(' ')
    } else if c.is_control() || (is_format(c) && !(c == ZWNJ && mode == BidiMode::Terminal)) {
        None
    } else {
        Some(c)
    }
}

/// A space the wrapper may break at (no-break spaces stay inside their word).
fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}')
}

/// One grapheme cluster of a paragraph that draws something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unit {
    /// Byte range in the paragraph.
    pub start: usize,
    pub end: usize,
    /// Char offset in the paragraph, and how many chars the cluster holds.
    pub char_start: usize,
    pub chars: usize,
    /// Cells on screen, the same in every mode.
    pub width: usize,
    pub space: bool,
    /// Starts with a combining mark and gets a [`DOTTED_CIRCLE`] base.
    pub orphan_mark: bool,
}

/// Splits a paragraph into drawable grapheme clusters; clusters of only control and format
/// characters are left out (they draw nothing in any mode).
pub(crate) fn units(paragraph: &str) -> Vec<Unit> {
    let mut out = Vec::with_capacity(paragraph.len() / 2);
    out.extend(unit_iter(paragraph));
    out
}

/// [`units`], lazily, for callers that need only the beginning of a long text.
pub(crate) fn unit_iter(paragraph: &str) -> impl Iterator<Item = Unit> + '_ {
    let mut char_start = 0;
    let mut visible = String::new();
    paragraph
        .grapheme_indices(true)
        .filter_map(move |(start, grapheme)| {
            let chars = grapheme.chars().count();
            let unit_start = char_start;
            char_start += chars;
            visible.clear();
            for c in grapheme.chars() {
                if let Some(c) = emitted(c, BidiMode::Shaped) {
                    visible.push(c);
                }
            }
            let first = visible.chars().next()?;
            let orphan_mark = first.width() == Some(0);
            let width = visible.width() + usize::from(orphan_mark);
            (width > 0).then(|| Unit {
                start,
                end: start + grapheme.len(),
                char_start: unit_start,
                chars,
                width,
                space: is_break_space(first),
                orphan_mark,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widths(s: &str) -> Vec<usize> {
        units(s).iter().map(|u| u.width).collect()
    }

    #[test]
    fn lam_alef_takes_two_cells() {
        assert_eq!(widths("لا"), [1, 1]);
        assert_eq!(widths("اسلامی").iter().sum::<usize>(), 6);
    }

    #[test]
    fn marks_stay_with_their_letter() {
        let u = units("بَرای");
        assert_eq!(u.len(), 4);
        assert_eq!((u[0].chars, u[0].width), (2, 1));
        assert_eq!(u[1].char_start, 2);
    }

    #[test]
    fn zwnj_joins_its_cluster_and_draws_nothing() {
        let u = units("می\u{200C}شود");
        assert_eq!(u.len(), 5);
        assert_eq!((u[1].chars, u[1].width), (2, 1));
    }

    #[test]
    fn controls_and_lone_format_characters_are_left_out() {
        let u = units("a\u{1b}[31m\u{202E}b");
        let text: Vec<usize> = u.iter().map(|u| u.char_start).collect();
        assert_eq!(text, [0, 2, 3, 4, 5, 7]);
    }

    #[test]
    fn the_fast_path_agrees_with_the_table() {
        for c in ('\0'..='\u{7FF}').chain('\u{2000}'..='\u{206F}') {
            assert_eq!(
                is_format(c),
                c.general_category() == GeneralCategory::Format,
                "{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn format_characters_are_category_cf() {
        for c in [
            '\u{200C}',
            '\u{202E}',
            '\u{2067}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{E0001}',
        ] {
            assert!(is_format(c), "{:04X}", c as u32);
        }
        for c in ['ا', ' ', '\u{064E}', '\n', 'a'] {
            assert!(!is_format(c), "{:04X}", c as u32);
        }
    }

    #[test]
    fn a_leading_mark_gets_a_visible_base() {
        let u = units("\u{064E}ب");
        assert!(u[0].orphan_mark);
        assert_eq!(u[0].width, 1);
    }

    #[test]
    fn wide_characters_and_tabs() {
        assert_eq!(widths("漢\tx"), [2, 1, 1]);
        assert!(units("\t")[0].space);
        assert!(!units("\u{A0}")[0].space);
    }
}
