//! The status bar: where the copy comes from, how it is watched, how much there is, what needs
//! attention, and the clock.

use std::time::Duration;

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::Frame;

use super::format::{clock, digits, group};
use super::textdraw::{draw_line, fill_row};
use crate::app::App;
use crate::ingest::{DirState, WatchMode, WatchStatus};
use crate::text::{truncate, BidiMode};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let base = app.theme().status();
    fill_row(frame.buffer_mut(), area, area.y, base);
    // A left-to-right mark first: the bar is a row of fields and reads left to right, whatever
    // the script of the first field (a Persian directory name, say).
    const LRM: &str = "\u{200e}";
    let mut text = String::from(LRM);
    let mut highlights = Vec::new();
    for (part, style) in fields(app) {
        if text.len() > LRM.len() {
            text.push_str(" │ ");
        }
        let start = text.chars().count();
        text.push_str(&part);
        if let Some(style) = style {
            highlights.push((start..text.chars().count(), base.patch(style)));
        }
    }
    let line = truncate(&text, usize::from(area.width), app.mode());
    draw_line(frame.buffer_mut(), area, area.y, &line, base, &highlights);
}

/// The bar's fields in order, each with the style that marks it out, if any.
fn fields(app: &App) -> Vec<(String, Option<Style>)> {
    let theme = app.theme();
    let bold = |color| Some(theme.emphasis(color, Modifier::BOLD));
    let d = |s: String| digits(&s, app.config().digits);
    let mut fields = Vec::new();
    let search = app.search();
    if search.editing || !search.query.is_empty() {
        let hits = search.hits.len();
        let cursor = if search.editing { "▏" } else { "" };
        let noun = plural(hits, "match", "matches");
        let part = format!(
            "/{}{cursor} ({} {noun})",
            search.query,
            d(group(hits as u64))
        );
        fields.push((part, Some(theme.search_hit())));
    }
    fields.push((app.source_label().to_string(), None));
    if let Some(status) = app.watch_status() {
        let (part, alarming) = watch_text(status, app);
        fields.push((
            part,
            if alarming {
                bold(theme.colors.error)
            } else {
                None
            },
        ));
    }
    let held = app.store().len();
    let noun = plural(held, "article", "articles");
    fields.push((d(format!("{} {noun}", group(held as u64))), None));
    let hour = app
        .store()
        .arrivals_since(app.now(), Duration::from_secs(3600));
    fields.push((d(format!("{}/h", group(hour))), None));
    let alerts = app.alerts().len();
    if alerts > 0 {
        let noun = plural(alerts, "alert", "alerts");
        fields.push((d(format!("{alerts} {noun}")), bold(theme.colors.watch)));
    }
    let errors = app.store().error_count();
    if errors > 0 {
        let noun = plural(errors, "error", "errors");
        fields.push((d(format!("{errors} {noun}")), bold(theme.colors.error)));
    }
    if app.paused() {
        let part = d(format!(
            "PAUSED ({} new)",
            group(app.new_while_paused() as u64)
        ));
        fields.push((part, bold(theme.colors.urgent)));
    } else if app.follow() {
        fields.push(("follow".into(), None));
    }
    if app.mode() != BidiMode::Shaped {
        fields.push((app.mode().as_str().into(), None));
    }
    fields.push((d(clock(app.now())), None));
    fields.push(("? help".into(), Some(theme.dim())));
    fields
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
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
