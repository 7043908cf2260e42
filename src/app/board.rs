//! The metrics board's view state and keys: its order, the kind it is filtered to, a cursor
//! over its lines, and Enter to open the article behind one. The search query filters it too,
//! and may be typed with the board open.

use crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::keys::{action, Action};
use super::{App, Overlay, Pane, Search};
use crate::extract::Kind;
use crate::fold::match_key;
use crate::store::{BoardRow, BoardSort, Report};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct BoardView {
    cursor: usize,
    offset: usize,
    sort: BoardSort,
    kind: Option<Kind>,
}

/// The kinds keys `1` to `6` filter the board to (`6`: all).
pub const BOARD_KINDS: [Option<Kind>; 6] = [
    Some(Kind::Count),
    Some(Kind::Percent),
    Some(Kind::Money),
    Some(Kind::Measure),
    Some(Kind::Duration),
    None,
];

/// One line of the board: a subject's row (its newest report), or under a row with a
/// conflict, a report that contradicts another: the one the newest contradicts, or both of a
/// pair when the newest is not one of them.
#[derive(Debug, Clone, Copy)]
pub enum BoardLine<'a> {
    Row(BoardRow<'a>),
    Conflict(BoardRow<'a>, Report),
}

impl BoardLine<'_> {
    /// The report the line shows, and Enter opens.
    pub fn report(&self) -> Report {
        match self {
            BoardLine::Row(r) => r.latest(),
            BoardLine::Conflict(_, report) => *report,
        }
    }
}

impl App {
    pub fn board_sort(&self) -> BoardSort {
        self.board.sort
    }

    /// The kind the board is filtered to; `None`: every kind.
    pub fn board_kind(&self) -> Option<Kind> {
        self.board.kind
    }

    pub fn board_cursor(&self) -> usize {
        self.board.cursor
    }

    pub fn board_offset(&self) -> usize {
        self.board.offset
    }

    /// The board's lines in its order, filtered by kind and by the search query (a row passes
    /// when its subject holds the query or one of its articles matches it). Lazy: drawing a
    /// screenful reads a screenful.
    pub fn board_lines(&self) -> impl Iterator<Item = BoardLine<'_>> + '_ {
        let query = match_key(&self.search.query);
        let kind = self.board.kind;
        self.store
            .board()
            .rows(self.board.sort)
            .filter(move |r| kind.is_none_or(|k| r.kind() == k))
            .filter(move |r| {
                query.is_empty()
                    || r.key().contains(query.as_str())
                    || r.reports()
                        .any(|rep| self.search.hits.contains(&rep.article))
            })
            .flat_map(|r| {
                let latest = r.latest();
                let pair = r.conflict().map_or([None, None], |(newer, older)| {
                    [(newer != latest).then_some(newer), Some(older)]
                });
                let conflicts = pair
                    .into_iter()
                    .flatten()
                    .map(move |rep| BoardLine::Conflict(r, rep));
                std::iter::once(BoardLine::Row(r)).chain(conflicts)
            })
    }

    /// Where the board is drawn: the whole window but the status bar.
    pub fn board_area(&self) -> Rect {
        let (w, h) = self.size;
        Rect::new(0, 0, w, h.saturating_sub(1))
    }

    /// Board lines in sight: inside the border, under the column heads.
    pub fn board_page(&self) -> usize {
        usize::from(self.board_area().height.saturating_sub(3).max(1))
    }

    pub(super) fn move_board_cursor(&mut self, delta: isize) {
        let n = self.board_lines().count();
        if n == 0 {
            self.board.cursor = 0;
            self.board.offset = 0;
            return;
        }
        let to = (self.board.cursor as isize + delta).clamp(0, n as isize - 1) as usize;
        let page = self.board_page();
        let v = &mut self.board;
        v.cursor = to;
        if v.cursor < v.offset {
            v.offset = v.cursor;
        } else if v.cursor >= v.offset + page {
            v.offset = v.cursor + 1 - page;
        }
    }

    /// A key while the board is open.
    pub(super) fn on_board_key(&mut self, key: KeyEvent) -> bool {
        let page = self.board_page() as isize;
        match action(key) {
            Some(Action::Down) => self.move_board_cursor(1),
            Some(Action::Up) => self.move_board_cursor(-1),
            Some(Action::PageDown) => self.move_board_cursor(page),
            Some(Action::PageUp) => self.move_board_cursor(-page),
            Some(Action::Start) => self.move_board_cursor(isize::MIN / 2),
            Some(Action::End) => self.move_board_cursor(isize::MAX / 2),
            Some(Action::Open) => self.open_board_line(),
            Some(Action::Kind(k)) => {
                self.board.kind = BOARD_KINDS[usize::from(k.clamp(1, 6)) - 1];
                self.board.cursor = 0;
                self.board.offset = 0;
            }
            Some(Action::Sort) => {
                self.board.sort = self.board.sort.next();
                self.board.cursor = 0;
                self.board.offset = 0;
            }
            Some(Action::Exact) => self.toggle_exact(),
            Some(Action::Search) => {
                self.search = Search {
                    editing: true,
                    ..Search::default()
                };
                self.board.cursor = 0;
                self.board.offset = 0;
            }
            Some(Action::Board | Action::Back | Action::Quit) => self.overlay = None,
            Some(Action::Help) => self.open_overlay(Overlay::Help),
            _ => return false,
        }
        true
    }

    /// Enter on a board line: the article behind its report opens, scrolled to the figure.
    fn open_board_line(&mut self) {
        let Some((id, figure)) = self.board_lines().nth(self.board.cursor).map(|line| {
            let report = line.report();
            (report.article, report.entry.figure as usize)
        }) else {
            return;
        };
        let Some(position) = self.store.position(id) else {
            return;
        };
        self.overlay = None;
        self.follow = false;
        self.focus = Pane::Article;
        self.select_index(position);
        if let Some(row) = self.figure_rows().iter().position(|r| r.figure == figure) {
            self.figure_cursor_to(row);
            self.show_figure();
        }
        self.focus = Pane::Article;
    }
}
