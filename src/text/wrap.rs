//! Breaking a paragraph into lines in logical order, by display width.

use std::ops::Range;

use super::width::Unit;

/// Lines of `units` (ranges of unit indices) no wider than `width`, broken at spaces where
/// possible and inside a word only when the word alone is wider than a line. Spaces at a break
/// are dropped, and every line is trimmed of spaces at both ends. A unit wider than `width`
/// gets a line of its own (the caller draws it narrower). Returns no lines for a paragraph that
/// is empty or all spaces.
pub(crate) fn wrap(units: &[Unit], width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut i = 0;
    loop {
        while i < units.len() && units[i].space {
            i += 1;
        }
        if i == units.len() {
            return lines;
        }
        let start = i;
        let mut used = 0;
        let mut last_space: Option<usize> = None;
        let mut end = units.len();
        while i < units.len() {
            let unit = &units[i];
            if used + unit.width > width {
                if i == start {
                    i += 1;
                } else if !unit.space {
                    if let Some(space) = last_space {
                        i = space;
                    }
                }
                end = i;
                break;
            }
            if unit.space && !units[i - 1].space {
                last_space = Some(i);
            }
            used += unit.width;
            i += 1;
        }
        while end > start && units[end - 1].space {
            end -= 1;
        }
        lines.push(start..end);
    }
}

#[cfg(test)]
mod tests {
    use super::super::width::units;
    use super::*;

    fn wrapped(s: &str, width: usize) -> Vec<String> {
        let u = units(s);
        wrap(&u, width)
            .into_iter()
            .map(|r| s[u[r.start].start..u[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn breaks_at_spaces() {
        assert_eq!(wrapped("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrapped("aa bb cc", 6), ["aa bb", "cc"]);
        assert_eq!(wrapped("aa bb cc", 8), ["aa bb cc"]);
        assert_eq!(wrapped("  aa   bb  ", 4), ["aa", "bb"]);
    }

    #[test]
    fn breaks_long_words_between_graphemes() {
        assert_eq!(wrapped("abcdefg", 3), ["abc", "def", "g"]);
        assert_eq!(wrapped("x abcdefg", 3), ["x", "abc", "def", "g"]);
        assert_eq!(wrapped("بَبَبَ", 2), ["بَبَ", "بَ"]);
    }

    #[test]
    fn wide_characters_never_overflow() {
        assert_eq!(wrapped("漢字漢", 3), ["漢", "字", "漢"]);
        assert_eq!(wrapped("漢", 1), ["漢"]);
    }

    #[test]
    fn blank_paragraphs_have_no_lines() {
        assert!(wrapped("", 5).is_empty());
        assert!(wrapped("   ", 5).is_empty());
    }
}
