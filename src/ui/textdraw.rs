//! Puts laid-out rows into ratatui's buffer by pane row. ratatui's own `Line`/`Span` measure
//! with `str` widths that count «لا» as one cell; the text module draws at the widths terminals
//! use, so rows go in through here and nowhere else.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::text::VisualLine;

/// A source range (char offsets into the laid-out text) drawn in its own style.
pub type Highlight = (Range<usize>, Style);

/// Row `y` of `area`, one cell high.
pub fn row(area: Rect, y: u16) -> Rect {
    Rect::new(area.x, y, area.width, 1)
}

/// Draws `line` on row `y` of `area`, right-aligned when it reads right to left, clipped to the
/// area. `base` styles every cell; each highlight is patched over the cells it covers.
pub fn draw_line(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    line: &VisualLine,
    base: Style,
    highlights: &[Highlight],
) {
    if y < area.y || y >= area.bottom() {
        return;
    }
    line.draw_highlighted(buf, row(area, y), base, highlights);
}

/// Fills row `y` of `area` with `style` (selection bars, status bar).
pub fn fill_row(buf: &mut Buffer, area: Rect, y: u16, style: Style) {
    if y < area.y || y >= area.bottom() {
        return;
    }
    buf.set_style(row(area, y), style);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{layout, BidiMode};
    use ratatui::style::{Color, Style};

    fn row(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect()
    }

    #[test]
    fn right_aligned_persian_keeps_every_letter() {
        let area = Rect::new(0, 0, 12, 1);
        let mut buf = Buffer::empty(area);
        let line = &layout("اسلامی", 12, BidiMode::Shaped)[0];
        draw_line(&mut buf, area, 0, line, Style::new(), &[]);
        let shown = row(&buf, 0);
        assert_eq!(shown.trim_start(), line.text());
        assert_eq!(line.width, 6);
        assert!(shown.ends_with(&line.text()));
    }

    #[test]
    fn highlights_follow_logical_offsets() {
        let area = Rect::new(0, 0, 30, 1);
        let mut buf = Buffer::empty(area);
        let text = "رشد 1.62 درصد";
        let line = &layout(text, 30, BidiMode::Shaped)[0];
        let red = Style::new().fg(Color::Red);
        draw_line(&mut buf, area, 0, line, Style::new(), &[(4..8, red)]);
        let red_cells: String = (0..30)
            .filter(|&x| buf[(x, 0)].fg == Color::Red)
            .map(|x| buf[(x, 0)].symbol().to_string())
            .collect();
        assert_eq!(red_cells, "1.62");
    }

    #[test]
    fn clipped_not_overflowing() {
        let area = Rect::new(2, 0, 5, 1);
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        let line = &layout("hello world", 40, BidiMode::Shaped)[0];
        draw_line(&mut buf, area, 0, line, Style::new(), &[]);
        assert_eq!(row(&buf, 0), "  hello   ");
    }
}
