//! View state: the selection, scrolling, pop-ups, theme and text mode, and where panes are.

use std::time::Duration;

use ratatui::layout::Rect;

use super::keys::KEYS;
use super::{App, Areas, Command, Pane};
use crate::store::Record;
use crate::theme::{Theme, BUILT_IN};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Errors,
    Alerts,
    /// The desk's metrics board (full screen).
    Board,
}

impl App {
    /// Marked new: arrived since the user last pressed a key, and not long ago.
    pub fn is_new(&self, record: &Record) -> bool {
        let window = Duration::from_secs(self.config.new_minutes * 60);
        record.arrived > self.last_key
            && self.now.duration_since(record.arrived).unwrap_or_default() < window
    }

    pub fn areas(&self) -> Areas {
        self.areas_in(Rect::new(0, 0, self.size.0, self.size.1))
    }

    /// Where each pane goes in `area`: mirrored for a right-to-left interface.
    pub fn areas_in(&self, area: Rect) -> Areas {
        let areas = Areas::for_size(area, self.focus, self.kiosk);
        if self.lang().rtl() {
            areas.mirrored(area)
        } else {
            areas
        }
    }

    pub(super) fn page_rows(&self) -> usize {
        usize::from(self.areas().inner(self.focus).height.max(1))
    }

    pub(super) fn move_by(&mut self, delta: isize) {
        match self.focus {
            Pane::Headlines => self.move_list(delta),
            Pane::Article => self.scroll_article(delta),
            Pane::Figures => self.move_figure_cursor(delta),
        }
    }

    pub(super) fn move_list(&mut self, delta: isize) {
        if self.store.is_empty() {
            return;
        }
        let last = self.store.len() - 1;
        let target = self
            .selected_index()
            .unwrap_or(0)
            .saturating_add_signed(delta)
            .min(last);
        // Moving off the newest stops following it, or the next arrival would snatch the
        // selection from under the reader.
        self.follow = target == 0 && self.follow;
        self.select_index(target);
    }

    /// The article's length is known only when it is laid out for drawing, which clamps the
    /// offset to the last page; here it only has to stay a number (`G` sets it to the end).
    pub(super) fn scroll_article(&mut self, delta: isize) {
        self.article_scroll = self.article_scroll.saturating_add_signed(delta);
    }

    pub(super) fn move_to_start(&mut self) {
        match self.focus {
            Pane::Headlines => self.select_index(0),
            Pane::Figures => self.figure_cursor_to(0),
            Pane::Article => self.article_scroll = 0,
        }
    }

    pub(super) fn move_to_end(&mut self) {
        match self.focus {
            Pane::Headlines => {
                self.follow = false;
                self.select_index(self.store.len().saturating_sub(1));
            }
            Pane::Figures => self.figure_cursor_to(usize::MAX),
            Pane::Article => self.article_scroll = usize::MAX,
        }
    }

    pub(super) fn select_index(&mut self, index: usize) {
        let id = self.store.nth(index).map(|r| r.id);
        if id != self.selected {
            self.article_scroll = 0;
            self.reset_figures();
        }
        self.selected = id;
        if let Some(record) = id.and_then(|id| self.store.get(id)) {
            if self.focus != Pane::Headlines {
                self.read.insert(record.id);
            }
            let have = self.reloaded.as_ref().is_some_and(|(r, _)| *r == record.id);
            if !record.body_in_memory && !have {
                self.reloaded = None;
                self.commands.push(Command::LoadBody {
                    id: record.id,
                    path: record.path.to_path_buf(),
                    line: record.line,
                });
            }
        }
        self.keep_selection_visible();
    }

    pub(super) fn keep_selection_visible(&mut self) {
        let rows = usize::from(self.areas().inner(Pane::Headlines).height.max(1));
        let index = self.selected_index().unwrap_or(0);
        if index < self.list_offset {
            self.list_offset = index;
        } else if index >= self.list_offset.saturating_add(rows) {
            self.list_offset = (index + 1).saturating_sub(rows);
        }
        self.list_offset = self.list_offset.min(self.store.len().saturating_sub(1));
        // Rows scrolled back into sight are no longer news above it.
        self.new_above = self.new_above.min(self.list_offset);
    }

    pub(super) fn next_theme(&mut self) {
        let names: Vec<&str> = BUILT_IN.iter().map(|(n, _)| *n).collect();
        let at = names
            .iter()
            .position(|n| *n == self.theme.name)
            .unwrap_or(0);
        let next = names[(at + 1) % names.len()];
        match Theme::load(next, self.theme_dir.as_deref(), self.depth) {
            Ok(theme) => self.theme = theme,
            Err(e) => tracing::warn!("theme {next}: {e}"),
        }
    }

    pub(super) fn open_overlay(&mut self, overlay: Overlay) {
        self.overlay = if self.overlay == Some(overlay) {
            None
        } else {
            Some(overlay)
        };
        self.overlay_scroll = 0;
    }

    /// Scrolls the open pop-up by `delta` rows, never past its last item (in the alert list the
    /// top row is also the one `Enter` opens).
    pub(super) fn scroll_overlay(&mut self, overlay: Overlay, delta: isize) {
        let items = match overlay {
            Overlay::Help => KEYS.len(),
            Overlay::Errors => self.store.error_count(),
            Overlay::Alerts => self.alerts.len(),
            Overlay::Board => self.board_lines().count(),
        };
        self.overlay_scroll = self
            .overlay_scroll
            .saturating_add_signed(delta)
            .min(items.saturating_sub(1));
    }

    pub(super) fn next_text_mode(&mut self) {
        self.mode = self.mode.next();
        self.commands.push(Command::SetBidi(self.mode));
    }
}
