//! Visual order of one line: rule L2 over grapheme clusters, and L4 mirroring.
//!
//! unicode-bidi resolves the levels (and applies L1) but reorders by char, which would put a
//! combining mark before its letter (it does not apply L3); reordering whole clusters keeps
//! each letter with its marks. Clusters holding ZWNJ only reach the screen in `terminal`
//! mode, which is never reordered, so ZWNJ cannot end up on the wrong side.

use unicode_bidi::{BidiInfo, Level};
use unicode_bidi_mirroring::get_mirrored;

/// Visual-to-logical index map for items with these (line-adjusted) levels.
pub(crate) fn visual_order(levels: &[Level]) -> Vec<usize> {
    if levels.iter().all(|l| l.is_ltr()) {
        (0..levels.len()).collect()
    } else {
        BidiInfo::reorder_visual(levels)
    }
}

/// `text` with each bracket and other mirrored character swapped for its mirror image, as
/// drawn inside a right-to-left run.
pub(crate) fn mirror(text: &str) -> String {
    text.chars().map(|c| get_mirrored(c).unwrap_or(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverses_rtl_runs_only() {
        let l = |n| Level::new(n).unwrap();
        assert_eq!(visual_order(&[l(0), l(0)]), [0, 1]);
        assert_eq!(
            visual_order(&[l(1), l(1), l(2), l(2), l(1)]),
            [4, 2, 3, 1, 0]
        );
    }

    #[test]
    fn mirrors_brackets_and_guillemets() {
        assert_eq!(mirror("(«x»)"), ")»x«(");
    }
}
