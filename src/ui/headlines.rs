//! The headline list, newest first: age, dateline place, marks, kicker (dimmed) and headline,
//! each row laid out right to left when the headline is.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::Frame;

use super::format::{age, digits};
use super::textdraw::{draw_line, fill_row};
use crate::app::{headline_of, App, Tier};
use crate::store::Record;
use crate::text::truncate;

const AGE: usize = 6;
const PLACE: usize = 9;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    if app.store().is_empty() {
        let note = if app.store().error_count() > 0 {
            "no articles yet (press e for errors)"
        } else {
            "waiting for articles…"
        };
        super::put_text(app, frame, area, area.y, note, app.theme().dim());
        return;
    }
    let rows = app
        .store()
        .iter_newest()
        .skip(app.list_offset())
        .take(usize::from(area.height));
    for (i, record) in rows.enumerate() {
        let y = area.y + i as u16;
        draw_row(app, frame, Rect::new(area.x, y, area.width, 1), record);
    }
}

/// The row's style before selection: new, watched, urgent, deleted.
fn row_style(app: &App, record: &Record) -> Style {
    let theme = app.theme();
    let marks = app.marks(record.id);
    let mut base = theme.text();
    if app.is_new(record) {
        base = theme.emphasis(theme.colors.new, Modifier::BOLD);
    }
    if marks.is_some_and(|m| !m.watch.is_empty()) {
        base = base.patch(theme.emphasis(theme.colors.watch, Modifier::BOLD));
    }
    if let Some(tier) = marks.and_then(|m| m.tier) {
        base = tier_style(app, tier);
    }
    if record.deleted {
        base = base.add_modifier(Modifier::CROSSED_OUT | Modifier::DIM);
    }
    if marks.and_then(|m| m.notice).is_some() {
        // Killed copy stays in sight, struck through, so nobody runs it unawares.
        base = tier_style(app, Tier::Flash).add_modifier(Modifier::CROSSED_OUT);
    }
    base
}

/// The mark column: a kill beats urgency beats watchlist beats unread.
fn mark(app: &App, record: &Record, base: Style) -> (&'static str, Style) {
    let theme = app.theme();
    let marks = app.marks(record.id);
    if marks.and_then(|m| m.notice).is_some() {
        ("✖", tier_style(app, Tier::Flash))
    } else if marks.and_then(|m| m.tier).is_some() {
        ("!", base.add_modifier(Modifier::BOLD))
    } else if marks.is_some_and(|m| !m.watch.is_empty()) {
        (
            "★",
            base.patch(theme.emphasis(theme.colors.watch, Modifier::BOLD)),
        )
    } else if !app.is_read(record.id) {
        (
            "•",
            base.patch(theme.emphasis(theme.colors.unread, Modifier::BOLD)),
        )
    } else {
        (" ", base)
    }
}

fn draw_row(app: &App, frame: &mut Frame, row: Rect, record: &Record) {
    let theme = app.theme();
    let mut base = row_style(app, record);
    if app.selected() == Some(record.id) {
        fill_row(frame.buffer_mut(), row, row.y, theme.selection());
        base = base.patch(theme.selection());
    }
    let width = usize::from(row.width);
    let (mark, mark_style) = mark(app, record, base);
    let mut x = 0usize;
    let cell = |frame: &mut Frame, text: &str, w: usize, style: Style, x: &mut usize| {
        if *x >= width {
            return;
        }
        let w = w.min(width - *x);
        let area = Rect::new(row.x + *x as u16, row.y, w as u16, 1);
        let line = truncate(text, w, app.mode());
        draw_line(frame.buffer_mut(), area, row.y, &line, style, &[]);
        *x += w;
    };
    cell(frame, mark, 2, mark_style, &mut x);
    let when = digits(&age(record.time, app.now()), app.config().digits);
    cell(
        frame,
        &format!("{when:>5}"),
        AGE,
        base.patch(theme.dim()),
        &mut x,
    );
    if width >= 50 {
        let place = record
            .article
            .dateline
            .as_ref()
            .map_or("", |d| d.place.as_str());
        let place_style = match &record.article.source {
            Some(source) => base.patch(source_style(app, source)),
            None => base.patch(theme.dim()),
        };
        cell(frame, place, PLACE, place_style, &mut x);
        x += 1;
    }
    if x >= width {
        return;
    }
    let headline = headline_of(record);
    let kicker = &record.article.kicker;
    let (text, kicker_chars) = if kicker.is_empty() {
        (headline, 0)
    } else {
        (format!("{kicker}: {headline}"), kicker.chars().count() + 1)
    };
    let area = Rect::new(row.x + x as u16, row.y, (width - x) as u16, 1);
    let line = truncate(&text, width - x, app.mode());
    let mut highlights = vec![(0..kicker_chars, theme.dim())];
    if app.matches_search(record) {
        highlights.push((kicker_chars..usize::MAX, theme.search_hit()));
    }
    draw_line(frame.buffer_mut(), area, row.y, &line, base, &highlights);
}

/// Each source keeps one colour for the whole session (and every session: the choice is a
/// hash of its name), so a desk learns to tell agencies apart at a glance.
fn source_style(app: &App, source: &str) -> Style {
    let c = &app.theme().colors;
    let palette = [
        c.focus,
        c.unread,
        c.new,
        c.figure,
        c.sparkline,
        c.bulletin,
        c.watch,
    ];
    let hash = source.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    app.theme().emphasis(
        palette[(hash % palette.len() as u64) as usize],
        Modifier::ITALIC,
    )
}

pub fn tier_style(app: &App, tier: Tier) -> Style {
    let theme = app.theme();
    let color = match tier {
        Tier::Flash => theme.colors.flash,
        Tier::Bulletin => theme.colors.bulletin,
        Tier::Urgent => theme.colors.urgent,
    };
    theme
        .emphasis(color, Modifier::BOLD)
        .add_modifier(Modifier::BOLD)
}
