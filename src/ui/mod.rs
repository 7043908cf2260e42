//! Drawing: a pure function of [`App`] state, one module per pane. Nothing here does I/O or
//! changes state; laid-out text comes through the app's layout cache.

mod article;
mod figures;
pub mod format;
mod headlines;
mod overlay;
mod status;
pub mod textdraw;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Clear};
use ratatui::Frame;

use crate::app::layout::{self, Areas, Pane};
use crate::app::App;
use crate::text::truncate;
use textdraw::draw_line;

/// Draws the whole dashboard for the current state.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let areas = Areas::for_size(area, app.focus(), app.kiosk());
    let buf = frame.buffer_mut();
    buf.set_style(area, app.theme().text());
    if areas.too_small {
        draw_too_small(app, frame, area);
        return;
    }
    if let Some(tabs) = areas.tabs {
        draw_tabs(app, frame, tabs);
    }
    for &(pane, rect) in &areas.panes {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(app.theme().border(pane == app.focus() && !app.kiosk()))
            .title(pane_title(app, pane));
        frame.render_widget(block, rect);
        let inner = layout::inner(rect);
        match pane {
            Pane::Headlines => headlines::draw(app, frame, inner),
            Pane::Article => article::draw(app, frame, inner),
            Pane::Figures => figures::draw(app, frame, inner),
        }
    }
    status::draw(app, frame, areas.status);
    if let Some(which) = app.overlay() {
        overlay::draw(app, frame, area, which);
    }
}

fn pane_title(app: &App, pane: Pane) -> String {
    match pane {
        Pane::Headlines => format!(" Headlines ({}) ", format::group(app.store().len() as u64)),
        Pane::Figures if app.kiosk() => " Desk ".into(),
        other => format!(" {} ", other.title()),
    }
}

fn draw_tabs(app: &App, frame: &mut Frame, area: Rect) {
    let mut text = String::new();
    let mut highlight = 0..0;
    for pane in Pane::ALL {
        let label = format!(" {} ", pane.title());
        if pane == app.focus() {
            let start = text.chars().count();
            highlight = start..start + label.chars().count();
        }
        text.push_str(&label);
        text.push('│');
    }
    let line = truncate(&text, usize::from(area.width), app.mode());
    draw_line(
        frame.buffer_mut(),
        area,
        area.y,
        &line,
        app.theme().dim(),
        &[(highlight, app.theme().selection())],
    );
}

fn draw_too_small(app: &App, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let lines = ["window too small", "need 20x5"];
    for (i, text) in lines.iter().enumerate() {
        let y = area.y + area.height / 2 + i as u16;
        if y >= area.bottom() {
            break;
        }
        let line = truncate(text, usize::from(area.width), app.mode());
        let x = area.width.saturating_sub(line.width as u16) / 2;
        let row = Rect::new(area.x + x, y, area.width - x, 1);
        draw_line(frame.buffer_mut(), row, y, &line, app.theme().title(), &[]);
    }
}

/// One line of plain UI text (labels, paths, numbers) laid out like article text, so a Persian
/// directory or place name reads right there too.
pub(crate) fn put_text(app: &App, frame: &mut Frame, area: Rect, y: u16, text: &str, style: Style) {
    let line = truncate(text, usize::from(area.width), app.mode());
    draw_line(frame.buffer_mut(), area, y, &line, style, &[]);
}
