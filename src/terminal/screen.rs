//! Frames to the terminal: each inside synchronized output (a slow link never shows half of
//! one), rows that moved scrolled by the terminal itself, then only the cells that still differ
//! written.
//!
//! ratatui's `Terminal` renders the frame; the diff against what the screen shows is ours,
//! because after a scroll the screen no longer shows ratatui's previous frame: `shown` is kept
//! moved the same way, so the diff writes only the rows the scroll did not bring. The viewport
//! is fixed to the app's size (capped, see `app::layout::drawn_size`) rather than asked of
//! the terminal, so a window of any size allocates no more than the cap.

use std::io::{self, Stdout, Write};

use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use ratatui::backend::{Backend, ClearType, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};

use super::scroll;

/// Frames written to `W`: the terminal (stdout) in the dashboard, a sink in the frame
/// benchmark.
pub struct Screen<W: Write = Stdout> {
    terminal: Terminal<CrosstermBackend<W>>,
    /// What the terminal shows, cell by cell: the base of every diff.
    shown: Buffer,
    writer: fn() -> W,
}

impl Screen {
    /// A screen of `width` x `height` cells on the terminal, cleared.
    pub fn new(width: u16, height: u16) -> io::Result<Screen> {
        Screen::with_writer(width, height, io::stdout)
    }
}

impl<W: Write> Screen<W> {
    /// A screen of `width` x `height` cells written to what `writer` makes (again for each
    /// new size), cleared.
    pub fn with_writer(width: u16, height: u16, writer: fn() -> W) -> io::Result<Screen<W>> {
        let area = Rect::new(0, 0, width, height);
        let mut screen = Screen {
            terminal: renderer(area, writer())?,
            shown: Buffer::empty(area),
            writer,
        };
        screen.repaint_all()?;
        Ok(screen)
    }

    /// Clears the screen and forgets what is on it, so the next frame is drawn whole. Not
    /// `Terminal::clear`, which asks the terminal for the cursor position: over SSH such a
    /// query stalls, and a terminal that never answers makes it fail.
    pub fn repaint_all(&mut self) -> io::Result<()> {
        self.shown = Buffer::empty(self.shown.area);
        let backend = self.terminal.backend_mut();
        backend.clear_region(ClearType::All)?;
        Backend::flush(backend)
    }

    /// One frame of `width` x `height` drawn by `render`. Rows that moved inside one of
    /// `panes` are scrolled when that saves output (see `scroll`). A write error means the
    /// terminal is gone (EIO, EPIPE): the caller ends the process.
    pub fn draw(
        &mut self,
        (width, height): (u16, u16),
        panes: &[Rect],
        render: impl FnOnce(&mut Frame),
    ) -> io::Result<()> {
        let area = Rect::new(0, 0, width, height);
        if area != self.shown.area {
            // A new renderer rather than `Terminal::resize`, which clears the viewport cell by
            // cell whenever it differs from the window (it does, capped or mid-resize). Cells
            // outside a smaller frame are left from the last one: the whole screen goes.
            self.terminal = renderer(area, (self.writer)())?;
            self.shown = Buffer::empty(area);
            self.repaint_all()?;
        }
        render(&mut self.terminal.get_frame());
        let next = std::mem::take(self.terminal.current_buffer_mut());
        let mut old = std::mem::replace(&mut self.shown, next);
        let written = self.write(&mut old, panes);
        // The buffer goes back to ratatui blank, for the next frame to render into.
        old.reset();
        *self.terminal.current_buffer_mut() = old;
        written
    }

    fn write(&mut self, old: &mut Buffer, panes: &[Rect]) -> io::Result<()> {
        let backend = self.terminal.backend_mut();
        crossterm::queue!(backend, BeginSynchronizedUpdate)?;
        if let Some(shift) = scroll::find(old, &self.shown, panes) {
            let lines = u16::try_from(shift.by.unsigned_abs()).unwrap_or(u16::MAX);
            if shift.by > 0 {
                backend.scroll_region_down(shift.rows.clone(), lines)?;
            } else {
                backend.scroll_region_up(shift.rows.clone(), lines)?;
            }
            scroll::apply(old, &shift);
        }
        backend.draw(old.diff_iter(&self.shown))?;
        crossterm::execute!(backend, EndSynchronizedUpdate)
    }
}

/// ratatui's terminal, used to render frames of `area` (it writes nothing of its own).
fn renderer<W: Write>(area: Rect, writer: W) -> io::Result<Terminal<CrosstermBackend<W>>> {
    Terminal::with_options(
        CrosstermBackend::new(writer),
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )
}
