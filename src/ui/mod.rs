//! Drawing: a pure function of [`App`] state, one module per pane. Nothing here does I/O or
//! changes state; laid-out text comes through the app's layout cache.
//!
//! Every line the interface makes of pieces (labels, counts, names, dates) is a composed line
//! ([`crate::text::Composer`]): each piece an isolate, the line in the interface's direction,
//! so a Persian place beside an English date, or a Latin path in a Persian status bar, reads
//! right. The interface's words come from the catalogue ([`crate::i18n`]).

mod article;
mod board;
mod figures;
pub mod format;
mod headlines;
mod overlay;
mod status;
pub mod textdraw;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders};
use ratatui::Frame;

use crate::app::layout::{self, Pane};
use crate::app::App;
use crate::i18n::{self, Arg, Msg};
use crate::text::{Composer, Dir, Fragment, Run};
use textdraw::{draw_line, row, Highlight};

/// Draws the whole dashboard for the current state.
pub fn draw(app: &App, frame: &mut Frame) {
    app.next_frame();
    let area = frame.area();
    let areas = app.areas_in(area);
    paint(app, frame, area);
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
            .border_style(app.theme().border(pane == app.focus() && !app.kiosk()));
        frame.render_widget(block, rect);
        draw_title(app, frame, rect, pane_title(app, pane));
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

/// Gives every cell of `area` the theme's own colours, so no cell is left to the terminal's
/// background where the theme paints its own.
pub(crate) fn paint(app: &App, frame: &mut Frame, area: Rect) {
    let buf = frame.buffer_mut();
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].reset();
        }
    }
    buf.set_style(area, app.theme().base());
}

fn pane_title(app: &App, pane: Pane) -> Vec<Run> {
    match pane {
        Pane::Headlines => counted(app, Msg::PaneHeadlinesCount, app.store().len() as u64),
        Pane::Figures if app.kiosk() => words(app, Msg::PaneDesk),
        Pane::Figures if app.exact_figures() => words(app, Msg::PaneFiguresExact),
        other => words(app, pane_name(other)),
    }
}

fn pane_name(pane: Pane) -> Msg {
    match pane {
        Pane::Headlines => Msg::PaneHeadlines,
        Pane::Article => Msg::PaneArticle,
        Pane::Figures => Msg::PaneFigures,
    }
}

/// A title on the top border of `rect`, at its start in the interface's direction.
pub(crate) fn draw_title(app: &App, frame: &mut Frame, rect: Rect, title: Vec<Run>) {
    if rect.width < 4 || rect.height == 0 {
        return;
    }
    let mut runs = vec![Run::plain(" ")];
    runs.extend(title);
    runs.push(Run::plain(" "));
    let mut line = ui_line(app, "");
    line.push(label(app, runs));
    let area = Rect::new(rect.x + 1, rect.y, rect.width - 2, 1);
    let style = app
        .theme()
        .base()
        .patch(app.theme().border(false))
        .patch(app.theme().title());
    draw_composed(app, frame, area, &line, style, &[]);
}

fn draw_tabs(app: &App, frame: &mut Frame, area: Rect) {
    let mut line = ui_line(app, "│");
    let mut focused = None;
    for pane in Pane::ALL {
        let mut runs = vec![Run::plain(" ")];
        runs.extend(words(app, pane_name(pane)));
        runs.push(Run::plain(" "));
        let i = line.push(label(app, runs));
        if pane == app.focus() {
            focused = Some(i);
        }
    }
    let focused: Vec<(usize, Style)> = focused
        .map(|i| (i, app.theme().selection()))
        .into_iter()
        .collect();
    let base = app.theme().base().patch(app.theme().dim());
    draw_composed(app, frame, area, &line, base, &focused);
}

fn draw_too_small(app: &App, frame: &mut Frame, area: Rect) {
    let need = app.lang();
    let size = [
        ("width", Arg::plain(num(app, u64::from(layout::MIN_WIDTH)))),
        (
            "height",
            Arg::plain(num(app, u64::from(layout::MIN_HEIGHT))),
        ),
    ];
    let lines = [
        words(app, Msg::SmallTitle),
        i18n::runs(need, Msg::SmallNeed, None, &size),
    ];
    for (i, runs) in lines.into_iter().enumerate() {
        let y = area.y + area.height / 2 + i as u16;
        if y >= area.bottom() {
            break;
        }
        let mut line = ui_line(app, "");
        line.push(label(app, runs));
        let laid = line.layout(usize::from(area.width), app.mode());
        let x = area.width.saturating_sub(laid.line.width as u16) / 2;
        let row = Rect::new(area.x + x, y, area.width - x, 1);
        let mut shown = laid.line;
        shown.rtl = false;
        draw_line(
            frame.buffer_mut(),
            row,
            y,
            &shown,
            app.theme().base().patch(app.theme().title()),
            &[],
        );
    }
}

/// The interface's words for `msg`, as runs.
pub(crate) fn words(app: &App, msg: Msg) -> Vec<Run> {
    i18n::runs(app.lang(), msg, None, &[])
}

/// `msg` with its `{n}` (and plural form) for `n`, in the desk's digits.
pub(crate) fn counted(app: &App, msg: Msg, n: u64) -> Vec<Run> {
    i18n::runs(app.lang(), msg, Some((n, &num(app, n))), &[])
}

/// `msg` with its placeholders filled.
pub(crate) fn with(app: &App, msg: Msg, args: &[(&str, Arg)]) -> Vec<Run> {
    i18n::runs(app.lang(), msg, None, args)
}

/// A number as the desk writes it: grouped, in its digits.
pub(crate) fn num(app: &App, n: u64) -> String {
    format::digits(&format::group(n), app.digits())
}

/// A composed line in the interface's direction.
pub(crate) fn ui_line(app: &App, sep: &str) -> Composer {
    Composer::new(app.lang().dir(), sep)
}

/// A fragment of the interface's own words: it reads in the interface's direction.
pub(crate) fn label(app: &App, runs: Vec<Run>) -> Fragment {
    Fragment::runs(app.lang().dir(), runs)
}

/// Lays `line` out in `area`'s width and draws it on `area`'s first row; each `(fragment,
/// style)` is patched over that fragment's cells.
pub(crate) fn draw_composed(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    line: &Composer,
    base: Style,
    styles: &[(usize, Style)],
) {
    let laid = app.compose(line, usize::from(area.width));
    let highlights: Vec<Highlight> = styles
        .iter()
        .map(|&(i, style)| (laid.range(i), style))
        .collect();
    draw_line(
        frame.buffer_mut(),
        area,
        area.y,
        &laid.line,
        base,
        &highlights,
    );
}

/// One line of the interface's words on row `y` of `area`.
pub(crate) fn put_words(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    y: u16,
    runs: Vec<Run>,
    style: Style,
) {
    if y < area.y || y >= area.bottom() {
        return;
    }
    let mut line = ui_line(app, "");
    line.push(label(app, runs));
    draw_composed(app, frame, row(area, y), &line, style, &[]);
}

/// A pane's dimmed note that it has nothing to show (`no figures`, `no errors`), on its first
/// row.
pub(crate) fn put_none(app: &App, frame: &mut Frame, area: Rect, msg: Msg) {
    let style = app.theme().base().patch(app.theme().dim());
    put_words(app, frame, area, area.y, words(app, msg), style);
}

/// `text` from outside (a headline, a name) as a fragment in its own direction.
pub(crate) fn outside(text: &str) -> Fragment {
    Fragment::text(text).dir(Dir::Auto)
}
