//! The status bar: where the copy comes from, how it is watched, how much there is, what needs
//! attention, and the clock.

use std::time::Duration;

use ratatui::layout::Rect;
use ratatui::Frame;

use super::format::{clock, digits, group};
use super::textdraw::{draw_line, fill_row};
use crate::app::App;
use crate::ingest::{DirState, WatchMode, WatchStatus};
use crate::text::{truncate, BidiMode};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme();
    let base = theme.status();
    fill_row(frame.buffer_mut(), area, area.y, base);
    let d = |s: String| digits(&s, app.config().digits);
    // A left-to-right mark first: the bar is a row of fields and reads left to right, whatever
    // the script of the first field (a Persian directory name, say).
    const LRM: &str = "\u{200e}";
    let mut text = String::from(LRM);
    let mut highlights = Vec::new();
    let mut push = |text: &mut String, part: &str, style: Option<ratatui::style::Style>| {
        if text.len() > LRM.len() {
            text.push_str(" │ ");
        }
        let start = text.chars().count();
        text.push_str(part);
        if let Some(style) = style {
            highlights.push((start..text.chars().count(), base.patch(style)));
        }
    };
    if app.search().editing || !app.search().query.is_empty() {
        let hits = app.search().hits.len();
        let cursor = if app.search().editing { "▏" } else { "" };
        let noun = if hits == 1 { "match" } else { "matches" };
        let part = format!(
            "/{}{cursor} ({} {noun})",
            app.search().query,
            d(group(hits as u64))
        );
        push(&mut text, &part, Some(theme.search_hit()));
    }
    push(&mut text, app.source_label(), None);
    if let Some(status) = app.watch_status() {
        let (part, alarming) = watch_text(status, app);
        let style =
            alarming.then(|| theme.emphasis(theme.colors.error, ratatui::style::Modifier::BOLD));
        push(&mut text, &part, style);
    }
    let noun = if app.store().len() == 1 {
        "article"
    } else {
        "articles"
    };
    let count = d(format!("{} {noun}", group(app.store().len() as u64)));
    push(&mut text, &count, None);
    let hour = app
        .store()
        .arrivals_since(app.now(), Duration::from_secs(3600));
    push(&mut text, &d(format!("{}/h", group(hour))), None);
    if !app.alerts().is_empty() {
        let alert = theme.emphasis(theme.colors.watch, ratatui::style::Modifier::BOLD);
        let noun = if app.alerts().len() == 1 {
            "alert"
        } else {
            "alerts"
        };
        push(
            &mut text,
            &d(format!("{} {noun}", app.alerts().len())),
            Some(alert),
        );
    }
    let errors = app.store().error_count();
    if errors > 0 {
        let style = theme.emphasis(theme.colors.error, ratatui::style::Modifier::BOLD);
        let noun = if errors == 1 { "error" } else { "errors" };
        push(&mut text, &d(format!("{errors} {noun}")), Some(style));
    }
    if app.paused() {
        let part = d(format!(
            "PAUSED ({} new)",
            group(app.new_while_paused() as u64)
        ));
        push(
            &mut text,
            &part,
            Some(theme.emphasis(theme.colors.urgent, ratatui::style::Modifier::BOLD)),
        );
    } else if app.follow() {
        push(&mut text, "follow", None);
    }
    if app.mode() != BidiMode::Shaped {
        push(&mut text, app.mode().as_str(), None);
    }
    push(&mut text, &d(clock(app.now())), None);
    push(&mut text, "? help", Some(theme.dim()));
    let line = truncate(&text, usize::from(area.width), app.mode());
    draw_line(frame.buffer_mut(), area, area.y, &line, base, &highlights);
}

/// The watcher's state in a few words; `true` when the desk should look (DIR gone, a note).
fn watch_text(status: &WatchStatus, app: &App) -> (String, bool) {
    let mut part = match &status.mode {
        WatchMode::Native => "inotify".to_string(),
        other => other.to_string(),
    };
    let mut alarming = false;
    if let DirState::Missing { .. } = status.dir {
        part.push_str(", DIR MISSING (waiting for it)");
        alarming = true;
    }
    if status.scan.listed && !status.scan.is_done() {
        let progress = format!(
            ", loading {}/{}",
            group(status.scan.scanned as u64),
            group(status.scan.total as u64)
        );
        part.push_str(&digits(&progress, app.config().digits));
    }
    if let Some(note) = &status.note {
        part.push_str(", ");
        part.push_str(note);
        alarming = true;
    }
    (part, alarming)
}
