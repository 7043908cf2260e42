//! The status bar: where the copy comes from, how it is watched, how much there is, what needs
//! attention, and the clock. It reads in the interface's direction (right to left in Persian),
//! each item an isolate of its own; when the window is narrow the path gives way first (to
//! `…/wire`, then altogether), then the lesser items; the counts, alerts, errors, clock and the
//! help hint always stay.

use std::path::Path;
use std::time::Duration;

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::Frame;

use super::format::{clock, digits, zone};
use super::textdraw::fill_row;
use super::{counted, draw_composed, label, num, ui_line, with, words};
use crate::app::{App, Source};
use crate::i18n::{self, Arg, Msg};
use crate::ingest::{DirState, PollReason, WatchMode, WatchNote, WatchStatus};
use crate::text::{BidiMode, Composer, Dir, Fragment, Run};

/// How long each item holds on: lower gives way first.
mod rank {
    pub const PATH: u8 = 0;
    pub const CHATTER: u8 = 1;
    pub const WATCH: u8 = 2;
    pub const ALARM: u8 = 7;
    pub const KEEP: u8 = 8;
    pub const ALWAYS: u8 = 9;
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme();
    let base = theme.base().patch(theme.status());
    fill_row(frame.buffer_mut(), area, area.y, base);
    // A narrow window keeps its items and gives up the spaces around the bars.
    let sep = if area.width < 60 { "│" } else { " │ " };
    let mut bar = Bar {
        line: ui_line(app, sep),
        styles: Vec::new(),
    };
    if app.search().editing || !app.search().query.is_empty() {
        bar.push(
            search(app).rank(rank::ALWAYS).cut_to(Some(8)),
            Some(theme.search_hit()),
        );
    }
    bar.push(source(app), None);
    if let Some(status) = app.watch_status() {
        let (runs, alarming) = watch(app, status);
        let fragment = label(app, runs).cut_to(Some(8));
        if alarming {
            let alarm = theme.emphasis(theme.colors.error, Modifier::BOLD);
            bar.push(fragment.rank(rank::ALARM), Some(alarm));
        } else {
            bar.push(fragment.rank(rank::WATCH).droppable(), None);
        }
    }
    counts(app, &mut bar);
    state(app, &mut bar);
    let clock = [
        (
            "time",
            Arg::plain(digits(&clock(app.now(), app.time_zone()), app.digits())),
        ),
        (
            "zone",
            Arg::ltr(digits(&zone(app.now(), app.time_zone()), app.digits())),
        ),
    ];
    bar.push(
        keep(app, with(app, Msg::StatusClock, &clock)).rank(rank::ALWAYS),
        None,
    );
    bar.push(
        keep(app, words(app, Msg::StatusHelp)).rank(rank::ALWAYS),
        Some(theme.dim()),
    );
    let styles: Vec<(usize, Style)> = bar
        .styles
        .into_iter()
        .map(|(i, s)| (i, base.patch(s)))
        .collect();
    draw_composed(app, frame, area, &bar.line, base, &styles);
}

/// The bar being composed, with the style of each item that has one.
struct Bar {
    line: Composer,
    styles: Vec<(usize, Style)>,
}

impl Bar {
    fn push(&mut self, fragment: Fragment, style: Option<Style>) {
        let i = self.line.push(fragment);
        if let Some(style) = style {
            self.styles.push((i, style));
        }
    }
}

/// An item that always stays: counts, alerts, errors, clock, help.
fn keep(app: &App, runs: Vec<Run>) -> Fragment {
    label(app, runs).rank(rank::KEEP).cut_to(None)
}

/// Articles held, arrivals in the last hour, alerts and errors.
fn counts(app: &App, bar: &mut Bar) {
    let theme = app.theme();
    let held = app.store().len() as u64;
    bar.push(keep(app, counted(app, Msg::StatusArticles, held)), None);
    let hour = app
        .store()
        .arrivals_since(app.now(), Duration::from_secs(3600));
    let per_hour = label(app, counted(app, Msg::StatusPerHour, hour));
    bar.push(per_hour.rank(rank::WATCH).droppable(), None);
    if !app.alerts().is_empty() {
        let alerts = counted(app, Msg::StatusAlerts, app.alerts().len() as u64);
        let style = theme.emphasis(theme.colors.watch, Modifier::BOLD);
        bar.push(keep(app, alerts), Some(style));
    }
    let errors = app.store().error_count() as u64;
    if errors > 0 {
        let style = theme.emphasis(theme.colors.error, Modifier::BOLD);
        bar.push(
            keep(app, counted(app, Msg::StatusErrors, errors)),
            Some(style),
        );
    }
}

/// Paused or following, and the text mode when it is not the default or was never chosen.
fn state(app: &App, bar: &mut Bar) {
    let theme = app.theme();
    if app.paused() {
        let paused = counted(app, Msg::StatusPaused, app.new_while_paused() as u64);
        let style = theme.emphasis(theme.colors.urgent, Modifier::BOLD);
        bar.push(keep(app, paused), Some(style));
    } else if app.follow() {
        bar.push(chatter(app, words(app, Msg::StatusFollow)), None);
    } else if app.new_above() > 0 {
        // Held out of sight above the list (not following): `g` shows them.
        let above = counted(app, Msg::StatusNewAbove, app.new_above() as u64);
        let style = theme.emphasis(theme.colors.new, Modifier::BOLD);
        bar.push(keep(app, above), Some(style));
    }
    if !app.mode_chosen() {
        let hint = chatter(app, words(app, Msg::StatusUncalibrated))
            .or(words(app, Msg::StatusUncalibratedShort));
        bar.push(hint, None);
    } else if app.mode() != BidiMode::Shaped {
        let mode = [("mode", Arg::ltr(app.mode().as_str()))];
        bar.push(chatter(app, with(app, Msg::StatusMode, &mode)), None);
    }
}

fn chatter(app: &App, runs: Vec<Run>) -> Fragment {
    label(app, runs).rank(rank::CHATTER).droppable()
}

fn search(app: &App) -> Fragment {
    let mut query = app.search().query.clone();
    if app.search().editing {
        query.push('▏');
    }
    let hits = app.search().hits.len() as u64;
    let args = [("query", Arg::name(query))];
    let runs = i18n::runs(
        app.lang(),
        Msg::StatusSearch,
        Some((hits, &num(app, hits))),
        &args,
    );
    label(app, runs)
}

/// Where the copy comes from: the directory, a left-to-right isolate (a Persian folder name
/// or a U+202E in one cannot turn the bar around), shortened to `…/wire` before it goes.
fn source(app: &App) -> Fragment {
    let (full, short) = match app.source() {
        Source::Demo(dir) => {
            let msg = |d: String| with(app, Msg::StatusDemo, &[("dir", Arg::ltr(d))]);
            (msg(dir.display().to_string()), msg(shortened(dir)))
        }
        Source::Dir(dir) => (
            vec![Run::isolated(dir.display().to_string(), Dir::Ltr)],
            vec![Run::isolated(shortened(dir), Dir::Ltr)],
        ),
    };
    label(app, full)
        .or(short)
        .rank(rank::PATH)
        .droppable()
        .cut_to(Some(8))
}

/// `/srv/newsroom/wire` as `…/wire`.
fn shortened(dir: &Path) -> String {
    match dir.file_name() {
        Some(name) => format!("…/{}", name.to_string_lossy()),
        None => dir.display().to_string(),
    }
}

/// The watcher's state in a few words; `true` when the desk should look (DIR gone, a note).
fn watch(app: &App, status: &WatchStatus) -> (Vec<Run>, bool) {
    let mut runs = match &status.mode {
        WatchMode::Native => words(app, Msg::WatchInotify),
        WatchMode::Poll { interval, reason } => {
            let seconds = digits(&format!("{:.1}", interval.as_secs_f64()), app.digits());
            let lang = app.lang();
            let reason = match reason {
                PollReason::Requested => i18n::tr(lang, Msg::PollRequested).to_string(),
                PollReason::NetworkFs(fs) => {
                    i18n::format(lang, Msg::PollNetwork, None, &[("fs", Arg::ltr(*fs))])
                }
                PollReason::WatcherFailed(why) => i18n::format(
                    lang,
                    Msg::PollFailed,
                    None,
                    &[("why", Arg::ltr(why.as_str()))],
                ),
            };
            let args = [
                ("seconds", Arg::plain(seconds)),
                ("reason", Arg::Isolate(reason, lang.dir())),
            ];
            with(app, Msg::WatchPoll, &args)
        }
    };
    let sep = i18n::tr(app.lang(), Msg::ListSep);
    let mut alarming = false;
    let add = |runs: &mut Vec<Run>, more: Vec<Run>| {
        runs.push(Run::plain(sep));
        runs.extend(more);
    };
    if let DirState::Missing { .. } = status.dir {
        add(&mut runs, words(app, Msg::WatchMissing));
        alarming = true;
    }
    if status.scan.listed && !status.scan.is_done() {
        let progress = [
            ("done", Arg::plain(num(app, status.scan.scanned as u64))),
            ("total", Arg::plain(num(app, status.scan.total as u64))),
        ];
        add(&mut runs, with(app, Msg::WatchLoading, &progress));
    }
    if let Some(note) = status.note {
        let msg = match note {
            WatchNote::Replaced => Msg::NoteReplaced,
            WatchNote::Back => Msg::NoteBack,
            WatchNote::Missing => Msg::NoteMissing,
        };
        add(&mut runs, words(app, msg));
        alarming = true;
    }
    (runs, alarming)
}
