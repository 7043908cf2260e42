//! The figures pane's view state: a cursor over the article's figure rows, the first row in
//! sight, compact or exact values, and the figure Enter showed in the article (scrolled to and
//! marked there). How the pane's height is shared between the rows and the desk figures is
//! decided here too, so keys, mouse and drawing agree on what is in sight.

use std::ops::Range;

use ratatui::layout::Rect;

use super::{App, Areas, Pane};
use crate::article::Field;
use crate::extract::{figure_rows, subject_of, FigureRow};
use crate::fold::{find_matches, match_key};
use crate::store::Record;

/// The figures pane's state, reset when another article is selected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct FiguresView {
    cursor: usize,
    offset: usize,
    mark: Option<FigureMark>,
    /// Values in full (`x`): for every article, so kept across selections.
    exact: bool,
}

/// A figure shown in the article: article `id`, its field and char range there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureMark {
    pub id: u64,
    pub field: Field,
    pub range: Range<usize>,
    /// Where the row's subject is written in the same field, nearest the figure.
    pub subject: Option<Range<usize>>,
}

/// How far from its figure (in chars) a subject is looked for.
const SUBJECT_REACH: usize = 160;

/// Rows the desk figures (arrivals, datelines, figures by kind) need to be worth showing, and
/// the most they take.
const DESK_MIN: u16 = 4;
const DESK_MAX: u16 = 9;

/// How the figures pane's rows are shared: the article's figure rows, a line saying the store
/// kept only the first figures (when it did), and the desk figures below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiguresSplit {
    pub table: u16,
    pub note: bool,
    pub desk: u16,
}

/// How a figures pane `height` rows high is shared between an article's `rows` figure rows
/// (and the note that its figures were `capped`) and the desk figures below them: the
/// article's rows first (the pane is about the article), the desk in what is left when that
/// is enough to read.
pub fn figures_split(height: u16, rows: usize, capped: bool) -> FiguresSplit {
    let wanted = rows.max(1).saturating_add(usize::from(capped));
    let table = u16::try_from(wanted).unwrap_or(u16::MAX).min(height);
    let spare = height - table;
    let desk = if spare >= DESK_MIN {
        spare.min(DESK_MAX)
    } else {
        0
    };
    let table = height - desk;
    let note = capped && table > 1;
    FiguresSplit {
        table: table - u16::from(note),
        note,
        desk,
    }
}

/// Rows of the table in sight from `offset` in `height` rows, `n` rows in all: when rows
/// remain below, the last line says how many (`+5`) instead of showing one (unless it is the
/// only line).
pub fn rows_in_sight(offset: usize, height: usize, n: usize) -> usize {
    let left = n.saturating_sub(offset);
    if left > height && height >= 2 {
        height - 1
    } else {
        left.min(height)
    }
}

/// Where `subject` is written in `text` nearest the figure at `figure` (char ranges), as search
/// finds it (letter variants, ZWNJ and spacing folded); none further than [`SUBJECT_REACH`].
fn subject_span(text: &str, subject: &str, figure: Range<usize>) -> Option<Range<usize>> {
    let key = match_key(subject);
    // Zero for a subject inside the figure's own span (`5,000 direct jobs`).
    let distance = |r: &Range<usize>| {
        if r.end <= figure.start {
            figure.start - r.end
        } else {
            r.start.saturating_sub(figure.end)
        }
    };
    find_matches(text, &key)
        .into_iter()
        .min_by_key(distance)
        .filter(|r| distance(r) <= SUBJECT_REACH)
}

impl App {
    /// The selected article's figure rows ([`figure_rows`]): deduplicated, quantities first.
    pub fn figure_rows(&self) -> Vec<FigureRow> {
        self.selected_record()
            .map(|r| figure_rows(&r.figures))
            .unwrap_or_default()
    }

    /// The figure row under the cursor (shown when the pane has the focus).
    pub fn figure_cursor(&self) -> usize {
        self.figures.cursor
    }

    /// The first figure row in sight.
    pub fn figure_offset(&self) -> usize {
        self.figures.offset
    }

    /// Values written in full (`3,200,000,000`) rather than compact (`3.2 bn`).
    pub fn exact_figures(&self) -> bool {
        self.figures.exact
    }

    pub(super) fn toggle_exact(&mut self) {
        self.figures.exact = !self.figures.exact;
    }

    /// The figure Enter showed in the article, while that article is open.
    pub fn figure_mark(&self) -> Option<&FigureMark> {
        self.figures
            .mark
            .as_ref()
            .filter(|m| Some(m.id) == self.selected)
    }

    /// How the figures pane `height` rows high is shared for the selected article.
    pub fn figures_split(&self, height: u16) -> FiguresSplit {
        let capped = self.selected_record().is_some_and(|r| r.figures_capped);
        figures_split(height, self.figure_rows().len(), capped)
    }

    /// Rows of the figures pane's table (the pane's height less the desk's share).
    fn figure_table_height(&self) -> usize {
        let height = self.areas().inner(Pane::Figures).height;
        usize::from(self.figures_split(height).table.max(1))
    }

    pub(super) fn reset_figures(&mut self) {
        self.figures = FiguresView {
            exact: self.figures.exact,
            ..FiguresView::default()
        };
    }

    /// Moves the figure cursor by `delta` rows, keeping it in sight.
    pub(super) fn move_figure_cursor(&mut self, delta: isize) {
        let n = self.figure_rows().len();
        if n == 0 {
            return;
        }
        let to = (self.figures.cursor as isize + delta).clamp(0, n as isize - 1);
        self.figures.cursor = to as usize;
        self.keep_figure_in_sight(n);
    }

    pub(super) fn figure_cursor_to(&mut self, row: usize) {
        let n = self.figure_rows().len();
        self.figures.cursor = row.min(n.saturating_sub(1));
        self.keep_figure_in_sight(n);
    }

    fn keep_figure_in_sight(&mut self, n: usize) {
        let height = self.figure_table_height();
        let v = &mut self.figures;
        v.offset = v.offset.min(v.cursor);
        while v.cursor >= v.offset + rows_in_sight(v.offset, height, n).max(1) {
            v.offset += 1;
        }
    }

    /// The figure rows per page of the pane.
    pub(super) fn figure_page(&self) -> usize {
        let n = self.figure_rows().len();
        rows_in_sight(0, self.figure_table_height(), n).max(1)
    }

    /// Enter on a figure row: the article scrolls to that figure (its line a little below the
    /// top) and marks it. Where the article is not in sight beside the figures (one pane at a
    /// time), it takes the focus.
    pub(super) fn show_figure(&mut self) {
        let rows = self.figure_rows();
        let Some(record) = self.selected_record() else {
            return;
        };
        let Some(row) = rows.get(self.figures.cursor) else {
            return;
        };
        let Some(f) = record.figures.get(row.figure) else {
            return;
        };
        let article = match self.open_article() {
            Some((_, Some(full))) => full,
            _ => record.article.as_ref(),
        };
        let subject = record
            .figures
            .get(row.named)
            .and_then(subject_of)
            .and_then(|s| subject_span(article.field(f.field), s, f.start..f.end));
        let mark = FigureMark {
            id: record.id,
            field: f.field,
            range: f.start..f.end,
            subject,
        };
        let line = self.article_line_of(record, f.field, f.start);
        if let Some(line) = line {
            self.article_scroll = line.saturating_sub(2);
        }
        self.read.insert(mark.id);
        self.figures.mark = Some(mark);
        if self.areas().get(Pane::Article).is_none() {
            self.focus = Pane::Article;
        }
    }

    /// The row of the article pane where char `at` of `field` is drawn, counted from the top
    /// of the article (before scrolling): the pane's blocks in the order `ui::article` draws
    /// them (kicker, kill notice, headline, meta line and a blank, lead and a blank, body).
    /// `tests/ui_figures.rs` (`enter_shows_the_figure_in_the_article`) holds the two together.
    fn article_line_of(&self, record: &Record, field: Field, at: usize) -> Option<usize> {
        let (w, h) = self.size;
        let width = Areas::for_size(Rect::new(0, 0, w, h), Pane::Article, self.kiosk)
            .inner(Pane::Article)
            .width;
        let article = match self.open_article() {
            Some((_, Some(full))) => full,
            _ => record.article.as_ref(),
        };
        let mut row = 0;
        let block = |row: &mut usize, this: Field, text: &str| -> Option<usize> {
            if text.is_empty() {
                return None;
            }
            let lines = self.laid_out(record.id, this, text, usize::from(width));
            if this == field {
                let line = lines
                    .iter()
                    .position(|l| l.logical.end > at)
                    .unwrap_or(lines.len().saturating_sub(1));
                return Some(*row + line);
            }
            *row += lines.len();
            None
        };
        if let Some(found) = block(&mut row, Field::Kicker, &article.kicker) {
            return Some(found);
        }
        row += usize::from(self.marks(record.id).is_some_and(|m| m.notice.is_some()));
        if let Some(found) = block(&mut row, Field::Headline, &article.headline) {
            return Some(found);
        }
        // The meta line and the blank after it.
        row += 2;
        if let Some(found) = block(&mut row, Field::Lead, &article.lead) {
            return Some(found);
        }
        if !article.lead.is_empty() {
            row += 1;
        }
        block(&mut row, Field::Body, &article.body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_articles_rows_come_before_the_desk() {
        let split = |h, rows, capped| {
            let s = figures_split(h, rows, capped);
            (s.table, s.note, s.desk)
        };
        assert_eq!(split(7, 12, false), (7, false, 0));
        assert_eq!(split(7, 2, false), (2, false, 5));
        assert_eq!(split(7, 4, false), (7, false, 0), "three rows are no desk");
        assert_eq!(split(45, 12, false), (36, false, 9));
        assert_eq!(split(45, 0, false), (36, false, 9));
        assert_eq!(split(0, 3, false), (0, false, 0));
        assert_eq!(split(45, 1000, true), (44, true, 0));
        assert_eq!(split(7, 2, true), (2, true, 4));
        assert_eq!(
            split(1, 9, true),
            (1, false, 0),
            "one line: a row, not the note"
        );
    }

    #[test]
    fn subjects_are_found_nearest_their_figure() {
        let text = "جمعیت کشور ۸۰ میلیون است و ۱.۶۲ درصد جمعیت كشور در قم است.";
        let at = text.chars().position(|c| c == '۱').unwrap();
        let figure = at..at + 4;
        let span = subject_span(text, "جمعیت کشور", figure).unwrap();
        let found: String = text.chars().skip(span.start).take(span.len()).collect();
        assert_eq!(found, "جمعیت كشور");
        assert!(span.start > at, "the nearer one, after the figure");
        assert_eq!(subject_span(text, "صادرات", 0..2), None);
        let far = format!("صادرات {} ۱۲ درصد", "و ".repeat(200));
        assert_eq!(subject_span(&far, "صادرات", 405..407), None);
    }

    #[test]
    fn the_last_line_says_how_many_more() {
        assert_eq!(rows_in_sight(0, 5, 12), 4);
        assert_eq!(rows_in_sight(7, 5, 12), 5);
        assert_eq!(rows_in_sight(8, 5, 12), 4);
        assert_eq!(rows_in_sight(0, 5, 5), 5);
        assert_eq!(rows_in_sight(0, 1, 3), 1);
    }
}
