//! The dashboard's state and the one place it changes: [`App::update`]. Input, ingest and the
//! clock arrive as [`Event`]s; drawing (`ui::draw`) only reads what is here, through the
//! accessors below: no field is public, so nothing else can change state.
//!
//! By job: `keys` (the key table and what each key does), `mouse`, `search`, `alerts`
//! (urgency and watchlists), `view` (selection, scrolling, pop-ups), `figures` (the figures
//! pane's cursor, exact values, the figure shown in the article), `board` (the metrics board's
//! order, filters and cursor), `layout` (where the panes are, for drawing and hit-testing
//! alike).

mod alerts;
mod board;
mod builder;
mod figures;
pub mod keys;
pub mod layout;
mod mouse;
mod search;
#[cfg(test)]
mod tests;
mod view;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use crossterm::event::{Event as Input, KeyEventKind};

use crate::article::{Article, Field, Position};
use crate::config::{Calendar, Config, Digits};
use crate::i18n::Lang;
use crate::ingest::{IngestEvent, WatchStatus};
use crate::store::{Change, Record, Store};
use crate::text::{BidiMode, Composed, ComposedCache, Composer, LayoutCache, Rows, VisualLine};
use crate::theme::{ColorDepth, Theme};

pub use alerts::{contains_word, headline_of, notice_label, Alert, Marks, Tier};
pub use board::{BoardLine, BOARD_KINDS};
pub use builder::AppBuilder;
pub use figures::{figures_split, rows_in_sight, FigureMark, FiguresSplit};
pub use layout::{Areas, Pane};
pub use search::Search;
pub use view::Overlay;

/// Everything that can change the dashboard, from every thread, on one channel.
#[derive(Debug)]
pub enum Event {
    Input(Input),
    Ingest(IngestEvent),
    /// Once a minute, for ages and the clock; nothing else wakes an idle dashboard.
    Tick,
    /// A slice of work the app owes (a search looking through a large store), given while
    /// [`App::has_work`] says so and no other event is waiting, so keys are answered meanwhile.
    Work,
    /// The article `id` read again from its file, for a body the store let go.
    BodyLoaded {
        id: u64,
        article: Option<Arc<Article>>,
    },
}

impl From<IngestEvent> for Event {
    fn from(e: IngestEvent) -> Self {
        Event::Ingest(e)
    }
}

/// Where the articles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The directory the desk watches (or a snapshot loaded).
    Dir(PathBuf),
    /// The built-in demo, writing its samples into this temporary directory.
    Demo(PathBuf),
}

/// What the main loop must do for the app beyond drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Quit,
    Suspend,
    /// The BiDi mode changed: tell the terminal (`CSI 8 l`/`h`).
    SetBidi(BidiMode),
    /// Read the open article's file again for its body (the store let it go).
    LoadBody {
        id: u64,
        path: PathBuf,
        line: Option<Position>,
    },
    Bell,
}

/// Bytes of laid-out text kept: the open article at a couple of widths and modes, and the
/// articles read just before it (an ordinary body laid out is 100-200 KB).
const LAYOUT_BUDGET: usize = 16 * 1024 * 1024;

pub struct App {
    config: Config,
    theme: Theme,
    depth: ColorDepth,
    theme_dir: Option<PathBuf>,
    mode: BidiMode,
    store: Store,
    selected: Option<u64>,
    /// First visible row of the headline list.
    list_offset: usize,
    article_scroll: usize,
    focus: Pane,
    follow: bool,
    /// The view is frozen: arrivals go into the store (and raise alerts) but the list keeps
    /// its rows and the selection stays.
    paused: bool,
    /// Articles added since the pause began.
    new_while_paused: usize,
    /// Not following: arrivals that went in above the first visible row while the view held
    /// still, never more than the rows above it (scrolling up shows them).
    new_above: usize,
    overlay: Option<Overlay>,
    overlay_scroll: usize,
    search: Search,
    marks: HashMap<u64, Marks>,
    alerts: VecDeque<Alert>,
    read: HashSet<u64>,
    last_key: SystemTime,
    now: SystemTime,
    size: (u16, u16),
    watch_status: Option<WatchStatus>,
    /// Where the articles come from, for the status bar.
    source: Source,
    kiosk: bool,
    commands: Vec<Command>,
    /// The open article as read again from disk, when the store holds it without its body.
    reloaded: Option<(u64, Option<Arc<Article>>)>,
    /// Laid-out text, filled while drawing; a cache, so drawing stays a function of state.
    layout: RefCell<LayoutCache<(u64, Field)>>,
    watch_keys: Vec<(String, String)>,
    urgency_keys: Vec<(Tier, String)>,
    /// Where the times shown are local to.
    time_zone: jiff::tz::TimeZone,
    /// The text mode was chosen (config, flag or calibration), not taken by default.
    mode_chosen: bool,
    /// Where the search query was found in the open article's fields, filled while drawing.
    match_spans: RefCell<search::SpanCache>,
    /// Composed lines of the last frame, filled while drawing.
    composed: RefCell<ComposedCache>,
    /// The figures pane's cursor and marks, and the metrics board's view.
    figures: figures::FiguresView,
    board: board::BoardView,
}

impl App {
    /// Applies one event at the current time. Returns whether anything visible changed.
    pub fn update(&mut self, event: Event) -> bool {
        self.update_at(event, SystemTime::now())
    }

    /// [`App::update`] at a given time, so tests are deterministic.
    pub fn update_at(&mut self, event: Event, now: SystemTime) -> bool {
        self.now = now;
        match event {
            Event::Input(Input::Key(key)) if key.kind != KeyEventKind::Release => self.on_key(key),
            Event::Input(Input::Mouse(mouse)) => self.on_mouse(mouse),
            Event::Input(Input::Resize(w, h)) => {
                self.size = layout::drawn_size(w, h);
                self.keep_selection_visible();
                self.keep_figure_cursor_in_sight();
                true
            }
            Event::Input(_) => false,
            Event::Ingest(IngestEvent::Batch(changes)) => {
                self.apply(changes);
                true
            }
            Event::Ingest(IngestEvent::Status(status)) => {
                let changed = self.watch_status.as_ref() != Some(&status);
                self.watch_status = Some(status);
                changed
            }
            Event::Tick => true,
            Event::Work => self.search_step(),
            Event::BodyLoaded { id, article } => {
                if self.selected == Some(id) {
                    self.reloaded = Some((id, article));
                    true
                } else {
                    false
                }
            }
        }
    }

    /// What the main loop must do now (quit, ring, read a file...), oldest first; each is
    /// handed out once.
    pub fn take_commands(&mut self) -> Vec<Command> {
        std::mem::take(&mut self.commands)
    }

    /// One batch into the store; then what the app keeps per article follows it, by the ids
    /// that came and went (never a walk over everything held).
    fn apply(&mut self, changes: Vec<Change>) {
        let previous_top = self.store.nth(0).map(|r| r.id);
        let top_row = self.store.nth(self.list_offset).map(|r| r.id);
        let applied = self.store.apply(changes, self.now);
        for id in &applied.left_ids {
            self.marks.remove(id);
            self.read.remove(id);
            self.search.hits.remove(id);
            if self.reloaded.as_ref().is_some_and(|(r, _)| r == id) {
                self.reloaded = None;
            }
        }
        let live: HashSet<u64> = applied.arrived_ids.iter().copied().collect();
        let mut bell = false;
        for &id in &applied.added_ids {
            bell |= self.mark_arrival(id, live.contains(&id), false);
        }
        let updated: HashSet<u64> = applied.updated_ids.iter().copied().collect();
        for &id in &applied.replaced_ids {
            bell |= self.mark_arrival(id, updated.contains(&id), true);
        }
        self.search_new(&applied.added_ids);
        if bell {
            self.commands.push(Command::Bell);
        }
        if self.paused {
            self.new_while_paused += applied.added_ids.len();
            self.hold_view(top_row);
        } else if self.follow {
            self.after_store_change(previous_top);
        } else {
            // Not following, the reader is reading: arrivals above the first visible row go
            // in out of sight (counted) rather than pushing the rows under the eye down.
            self.hold_view(top_row);
            let above = applied
                .added_ids
                .iter()
                .filter(|&&id| {
                    self.store
                        .position(id)
                        .is_some_and(|p| p < self.list_offset)
                })
                .count();
            self.new_above = (self.new_above + above).min(self.list_offset);
        }
    }

    fn after_store_change(&mut self, previous_top: Option<u64>) {
        let newest = self.store.nth(0).map(|r| r.id);
        let selection_gone = self.selected.is_none_or(|id| self.store.get(id).is_none());
        if (self.follow && newest != previous_top) || selection_gone {
            self.select_index(0);
        }
        self.keep_selection_visible();
    }

    /// Paused or not following: the row that was at the top of the list stays there (arrivals
    /// above it are out of sight until resume, `g` or follow), and so does the selection,
    /// unless it left the store.
    fn hold_view(&mut self, top_row: Option<u64>) {
        if let Some(row) = top_row.and_then(|id| self.store.position(id)) {
            self.list_offset = row;
        }
        if self.selected.is_none_or(|id| self.store.get(id).is_none()) {
            self.select_index(self.list_offset);
        }
        self.keep_selection_visible();
    }

    /// Pause or resume; resuming shows what arrived (following the newest if follow is on).
    pub(super) fn toggle_pause(&mut self) {
        self.paused = !self.paused;
        self.new_while_paused = 0;
        if !self.paused {
            self.after_store_change(None);
        }
    }
}

/// Read-only views of the state, for drawing and for the main loop.
impl App {
    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// The interface language (English when the settings leave it open).
    pub fn lang(&self) -> Lang {
        self.config.lang.unwrap_or_default()
    }

    /// Digits of the dashboard's own numbers: as set, else Persian for a Persian interface.
    pub fn digits(&self) -> Digits {
        self.config.digits.unwrap_or(match self.lang() {
            Lang::Fa => Digits::Persian,
            Lang::En => Digits::Latin,
        })
    }

    /// The calendar of dates shown: as set, else Solar Hijri for a Persian interface.
    pub fn calendar(&self) -> Calendar {
        self.config.calendar.unwrap_or(match self.lang() {
            Lang::Fa => Calendar::Persian,
            Lang::En => Calendar::Gregorian,
        })
    }

    pub fn time_zone(&self) -> &jiff::tz::TimeZone {
        &self.time_zone
    }

    /// Whether the text mode was chosen, not just taken by default.
    pub fn mode_chosen(&self) -> bool {
        self.mode_chosen
    }

    pub fn mode(&self) -> BidiMode {
        self.mode
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn selected(&self) -> Option<u64> {
        self.selected
    }

    /// First visible row of the headline list.
    pub fn list_offset(&self) -> usize {
        self.list_offset
    }

    pub fn article_scroll(&self) -> usize {
        self.article_scroll
    }

    pub fn focus(&self) -> Pane {
        self.focus
    }

    pub fn follow(&self) -> bool {
        self.follow
    }

    pub fn paused(&self) -> bool {
        self.paused
    }

    /// Articles added since the pause began (they are in the store, out of the frozen view).
    pub fn new_while_paused(&self) -> usize {
        self.new_while_paused
    }

    /// Not following: arrivals above the first visible row, held out of sight.
    pub fn new_above(&self) -> usize {
        self.new_above
    }

    pub fn overlay(&self) -> Option<Overlay> {
        self.overlay
    }

    pub fn overlay_scroll(&self) -> usize {
        self.overlay_scroll
    }

    pub fn search(&self) -> &Search {
        &self.search
    }

    pub fn marks(&self, id: u64) -> Option<&Marks> {
        self.marks.get(&id)
    }

    /// Newest first, the last 50.
    pub fn alerts(&self) -> &VecDeque<Alert> {
        &self.alerts
    }

    pub fn is_read(&self, id: u64) -> bool {
        self.read.contains(&id)
    }

    pub fn now(&self) -> SystemTime {
        self.now
    }

    /// The area drawn, in cells (width, height): the window's, up to
    /// [`layout::MAX_WIDTH`] x [`layout::MAX_HEIGHT`].
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    pub fn watch_status(&self) -> Option<&WatchStatus> {
        self.watch_status.as_ref()
    }

    pub fn source(&self) -> &Source {
        &self.source
    }

    pub fn kiosk(&self) -> bool {
        self.kiosk
    }

    /// Whether the app owes work ([`Event::Work`]) before it is idle.
    pub fn has_work(&self) -> bool {
        self.search.scanning()
    }

    /// Commands not yet taken by the main loop.
    pub fn commands(&self) -> &[Command] {
        &self.commands
    }

    /// Field `field` of article `id` (its text is `text`) laid out at `width` in the current
    /// mode, from the layout cache.
    pub fn laid_out(&self, id: u64, field: Field, text: &str, width: usize) -> Arc<[VisualLine]> {
        self.layout
            .borrow_mut()
            .get((id, field), text, width, self.mode)
    }

    /// `line` laid out at `width` in the current mode, as [`Composer::layout`] lays it out;
    /// lines the last frame drew come from the cache.
    pub fn compose(&self, line: &Composer, width: usize) -> Arc<Composed> {
        self.composed.borrow_mut().get(line, width, self.mode)
    }

    /// A frame is being drawn: composed lines the last one did not use are let go.
    pub fn next_frame(&self) {
        self.composed.borrow_mut().next_frame();
    }

    /// Rows `first..first + count` of field `field` of article `id` (its text is `text`) at
    /// `width`, laying out only the part of a long text they fall in; see [`Rows`].
    pub fn laid_out_rows(
        &self,
        id: u64,
        field: Field,
        text: &str,
        width: usize,
        first: usize,
        count: usize,
    ) -> Rows {
        self.layout
            .borrow_mut()
            .rows((id, field), text, width, self.mode, first, count)
    }

    /// The selected article with its body: the store's copy, or the one read back from disk.
    /// `None` for the body while the read is under way.
    pub fn open_article(&self) -> Option<(&Record, Option<&Article>)> {
        let record = self.selected_record()?;
        if record.body_in_memory {
            return Some((record, Some(&record.article)));
        }
        let reloaded = match &self.reloaded {
            Some((id, Some(article))) if *id == record.id => Some(article.as_ref()),
            // Unreadable now (deleted, rewritten): what the store has is all there is.
            Some((id, None)) if *id == record.id => Some(record.article.as_ref()),
            _ => None,
        };
        Some((record, reloaded))
    }

    pub fn selected_record(&self) -> Option<&Record> {
        self.selected.and_then(|id| self.store.get(id))
    }

    pub fn selected_index(&self) -> Option<usize> {
        self.store.position(self.selected?)
    }
}
