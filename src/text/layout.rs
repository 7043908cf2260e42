//! Text laid out for the terminal: wrapped, in visual order, shaped, as cells.

use std::ops::Range;

use unicode_bidi::{get_base_direction_full, BidiClass, Direction, Level, ParagraphBidiInfo};

use super::bidi::{mirror, visual_order};
use super::mode::BidiMode;
use super::shape::shape;
use super::width::{emitted, is_paragraph_break, unit_iter, units, Unit, DOTTED_CIRCLE, ELLIPSIS};
use super::wrap::wrap;

/// One grapheme cluster as drawn: what to print and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VisualCell {
    /// What to print, shaped in `shaped` mode, mirrored inside right-to-left runs; free of
    /// control characters (and of format characters except ZWNJ in `terminal` mode).
    pub text: String,
    /// Cells the terminal draws it in (at least 1).
    pub width: usize,
    /// Char offset, in the text given to [`layout`] or [`truncate`], of the first char of the
    /// cluster; for the ellipsis of a truncated line, the offset where the text was cut.
    pub logical: usize,
}

/// One screen row: cells in the order to print them, left to right.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct VisualLine {
    /// The paragraph reads right to left (its first strong character is RTL): right-align it.
    pub rtl: bool,
    /// Sum of the cells' widths.
    pub width: usize,
    pub cells: Vec<VisualCell>,
    /// Char range of the input this row shows, without the spaces dropped at its ends.
    pub logical: Range<usize>,
}

impl VisualLine {
    /// The row as one string, to print from the row's left edge plus [`VisualLine::indent`].
    pub fn text(&self) -> String {
        self.cells.iter().map(|c| c.text.as_str()).collect()
    }

    /// Columns to skip before printing in a pane `pane_width` cells wide: right-to-left rows
    /// are right-aligned.
    pub fn indent(&self, pane_width: usize) -> usize {
        if self.rtl {
            pane_width.saturating_sub(self.width)
        } else {
            0
        }
    }

    /// Each cell with its column, counted from the row's left edge (add `indent`).
    pub fn columns(&self) -> impl Iterator<Item = (usize, &VisualCell)> + '_ {
        self.cells.iter().scan(0, |x, cell| {
            let at = *x;
            *x += cell.width;
            Some((at, cell))
        })
    }

    /// Column spans (from the row's left edge) of the cells whose source offsets fall in
    /// `range`, merged where adjacent: a highlighted phrase inside reordered text may show as
    /// several pieces.
    pub fn spans_for(&self, range: Range<usize>) -> Vec<Range<usize>> {
        let mut spans: Vec<Range<usize>> = Vec::new();
        for (x, cell) in self.columns() {
            if !range.contains(&cell.logical) {
                continue;
            }
            match spans.last_mut() {
                Some(last) if last.end == x => last.end = x + cell.width,
                _ => spans.push(x..x + cell.width),
            }
        }
        spans
    }
}

/// Wraps `text` to `width` cells and lays each row out for `mode`. Every paragraph (split at
/// `\n` and the other paragraph separators) gets its own direction and at least one row, blank
/// when the paragraph is. Returns no rows when `width` is 0.
pub fn layout(text: &str, width: usize, mode: BidiMode) -> Vec<VisualLine> {
    let mut lines = Vec::new();
    if width == 0 {
        return lines;
    }
    for (paragraph, char_base) in paragraphs(text) {
        let units = units(paragraph);
        let rows = wrap(&units, width);
        if rows.is_empty() {
            lines.push(VisualLine {
                logical: char_base..char_base,
                ..VisualLine::default()
            });
            continue;
        }
        let bidi = Bidi::new(paragraph, None);
        lines.extend(
            rows.into_iter()
                .map(|row| render(paragraph, &units[row], &bidi, char_base, width, mode)),
        );
    }
    lines
}

/// `text` on one row of at most `width` cells: paragraph breaks become spaces, and text that
/// does not fit is cut, keeping its beginning, with `…` at its logical end (the left edge of a
/// right-to-left row).
pub fn truncate(text: &str, width: usize, mode: BidiMode) -> VisualLine {
    if width == 0 {
        return VisualLine::default();
    }
    // Only as much of the text as can show is examined: a long body costs one row.
    let (mut used, mut started, mut fits_end, mut cut) = (0, false, 0, None);
    for unit in unit_iter(text) {
        if unit.space && !started {
            continue;
        }
        started = true;
        used += unit.width;
        if unit.space {
            continue;
        }
        if used > width {
            cut = Some(fits_end);
            break;
        }
        if used < width {
            fits_end = unit.end;
        }
    }
    let end = cut.unwrap_or(text.len());
    let mut row: String = text[..end]
        .chars()
        .map(|c| if is_paragraph_break(c) { ' ' } else { c })
        .collect();
    if cut.is_some() {
        row.push_str(ELLIPSIS);
    }
    let units = units(&row);
    let Some(first) = units.iter().position(|u| !u.space) else {
        return VisualLine::default();
    };
    let last = units.iter().rposition(|u| !u.space).unwrap_or(first);
    // The cut row keeps the whole text's direction even if the cut removed its first letter.
    let level = match get_base_direction_full(text) {
        Direction::Rtl => Some(Level::rtl()),
        Direction::Ltr | Direction::Mixed => None,
    };
    render(
        &row,
        &units[first..=last],
        &Bidi::new(&row, level),
        0,
        width,
        mode,
    )
}

/// One row of `text` (which must fit: no wrapping, no paragraph breaks) laid out in a
/// paragraph of the given direction instead of the one its first strong character says: a
/// composed line takes the direction of the pane it sits in.
pub(crate) fn row(text: &str, rtl: bool, width: usize, mode: BidiMode) -> VisualLine {
    let units = units(text);
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = Bidi::new(text, Some(level));
    let mut line = render(text, &units, &bidi, 0, width, mode);
    line.rtl = rtl;
    line
}

/// Paragraphs of `text` with the char offset where each starts; `\r\n` is one break.
fn paragraphs(text: &str) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    let (mut start, mut base, mut chars) = (0, 0, 0);
    let mut iter = text.char_indices().peekable();
    while let Some((at, c)) = iter.next() {
        chars += 1;
        if !is_paragraph_break(c) {
            continue;
        }
        out.push((&text[start..at], base));
        start = at + c.len_utf8();
        if c == '\r' && iter.next_if(|&(_, n)| n == '\n').is_some() {
            start += 1;
            chars += 1;
        }
        base = chars;
    }
    out.push((&text[start..], base));
    out
}

/// Resolved bidi levels of one paragraph; skipped for text with nothing right-to-left.
struct Bidi<'a> {
    info: Option<ParagraphBidiInfo<'a>>,
}

impl<'a> Bidi<'a> {
    /// `level`: the paragraph level to use instead of the first strong character's.
    fn new(paragraph: &'a str, level: Option<Level>) -> Self {
        let needs = level.is_some() || paragraph.chars().any(|c| c as u32 >= 0x0590);
        let info = needs.then(|| ParagraphBidiInfo::new(paragraph, level));
        Bidi { info }
    }

    fn rtl(&self) -> bool {
        self.info
            .as_ref()
            .is_some_and(|i| i.paragraph_level.is_rtl())
    }

    /// Whether the char at `byte` could have a mirror image: all Bidi_Mirrored characters
    /// are neutrals (class ON), which spares a table lookup for every letter.
    fn may_mirror(&self, byte: usize) -> bool {
        self.info
            .as_ref()
            .is_some_and(|i| i.original_classes[byte] == BidiClass::ON)
    }

    /// Per-byte levels of `line` (a byte range of the paragraph, indexed from its start) with
    /// rule L1 applied. `ParagraphBidiInfo::reordered_levels` copies the levels of the whole
    /// paragraph for every line, quadratic in a long paragraph; run it on a view of the line.
    fn line_levels(&self, line: Range<usize>) -> Option<Vec<Level>> {
        let info = self
            .info
            .as_ref()
            .filter(|i| !i.is_pure_ltr || i.paragraph_level.is_rtl())?;
        let view = ParagraphBidiInfo {
            text: &info.text[line.clone()],
            original_classes: info.original_classes[line.clone()].to_vec(),
            levels: info.levels[line.clone()].to_vec(),
            paragraph_level: info.paragraph_level,
            is_pure_ltr: info.is_pure_ltr,
        };
        Some(view.reordered_levels(0..line.len()))
    }
}

fn render(
    paragraph: &str,
    units: &[Unit],
    bidi: &Bidi<'_>,
    char_base: usize,
    width: usize,
    mode: BidiMode,
) -> VisualLine {
    let start = units.first().map_or(0, |u| u.start);
    let end = units.last().map_or(0, |u| u.end);
    let line = &paragraph[start..end];
    let levels = match mode {
        BidiMode::Terminal => None,
        BidiMode::Shaped | BidiMode::Visual => bidi.line_levels(start..end),
    };
    let shaped = match (&bidi.info, mode) {
        (Some(info), BidiMode::Shaped) => Some(shape(line, |b| info.levels[start + b])),
        _ => None,
    };
    let first_char = units.first().map_or(0, |u| u.char_start);
    let mut cells = Vec::with_capacity(units.len());
    for unit in units {
        let char_index = unit.char_start - first_char;
        let mut text = String::with_capacity(unit.end - unit.start + DOTTED_CIRCLE.len_utf8());
        let oversize = unit.width > width;
        if oversize {
            // A cluster wider than the whole row (a wide character in a one-cell pane) cannot
            // be shown; the ellipsis says something is there.
            text.push_str(ELLIPSIS);
        } else {
            if unit.orphan_mark {
                text.push(DOTTED_CIRCLE);
            }
            for (k, c) in paragraph[unit.start..unit.end].chars().enumerate() {
                let c = shaped.as_ref().map_or(c, |s| s[char_index + k]);
                if let Some(c) = emitted(c, mode) {
                    text.push(c);
                }
            }
        }
        cells.push(VisualCell {
            text,
            width: if oversize { 1 } else { unit.width },
            logical: char_base + unit.char_start,
        });
    }
    if let Some(levels) = levels {
        let cell_levels: Vec<Level> = units.iter().map(|u| levels[u.start - start]).collect();
        let order = visual_order(&cell_levels);
        let mut logical: Vec<Option<VisualCell>> = cells.into_iter().map(Some).collect();
        cells = order
            .into_iter()
            .filter_map(|i| {
                let mut cell = logical[i].take()?;
                if cell_levels[i].is_rtl() && bidi.may_mirror(units[i].start) {
                    cell.text = mirror(&cell.text);
                }
                Some(cell)
            })
            .collect();
    }
    let last_char = units.last().map_or(0, |u| u.char_start + u.chars);
    VisualLine {
        rtl: bidi.rtl(),
        width: cells.iter().map(|c| c.width).sum(),
        cells,
        logical: char_base + first_char..char_base + last_char,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_every_break_and_count_chars() {
        let text = "یک\nدو\r\nسه\u{2029}\rچهار";
        let got = paragraphs(text);
        assert_eq!(
            got,
            [("یک", 0), ("دو", 3), ("سه", 7), ("", 10), ("چهار", 11)]
        );
        for (paragraph, base) in got {
            let from_base: String = text
                .chars()
                .skip(base)
                .take(paragraph.chars().count())
                .collect();
            assert_eq!(from_base, paragraph);
        }
    }

    #[test]
    fn spans_follow_reordered_cells() {
        // «12» sits in the middle of the right-to-left row and keeps its order.
        let line = &layout("عدد 12 است", 80, BidiMode::Visual)[0];
        assert_eq!(line.text(), "تسا 12 ددع");
        assert_eq!(line.spans_for(4..6), vec![Range { start: 4, end: 6 }]);
        // The first word of the sentence is at the right edge.
        assert_eq!(line.spans_for(0..3), vec![Range { start: 7, end: 10 }]);
        // A range over both scripts shows as two pieces.
        assert_eq!(line.spans_for(0..5), [4..5, 6..10]);
    }

    #[test]
    fn orphan_marks_get_a_dotted_circle_in_every_mode() {
        for mode in BidiMode::ALL {
            let line = &layout("\u{064E}", 5, mode)[0];
            assert_eq!(line.text(), "\u{25CC}\u{064E}");
            assert_eq!(line.width, 1);
        }
    }
}
