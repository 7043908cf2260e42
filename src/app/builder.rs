//! How an [`App`] starts: its settings, then [`AppBuilder::build`]; from then on only
//! [`App::update`] changes it.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::time::SystemTime;

use super::{alerts, board, figures, layout, App, Pane, Search, Source, LAYOUT_BUDGET};
use crate::config::Config;
use crate::store::Store;
use crate::text::{BidiMode, LayoutCache};
use crate::theme::{ColorDepth, Theme};

impl App {
    /// An app for these settings, shown in `theme` at `depth`; see [`AppBuilder`] for the rest.
    pub fn builder(config: Config, theme: Theme, depth: ColorDepth) -> AppBuilder {
        AppBuilder {
            config,
            theme,
            depth,
            mode: BidiMode::default(),
            now: SystemTime::now(),
            size: (80, 24),
            source: Source::Dir(PathBuf::new()),
            time_zone: jiff::tz::TimeZone::UTC,
            mode_chosen: true,
        }
    }
}

/// How an [`App`] starts: the runtime, `newsdesk snapshot` and tests all build one this way,
/// and from then on only [`App::update`] changes it.
pub struct AppBuilder {
    config: Config,
    theme: Theme,
    depth: ColorDepth,
    mode: BidiMode,
    now: SystemTime,
    size: (u16, u16),
    source: Source,
    time_zone: jiff::tz::TimeZone,
    mode_chosen: bool,
}

impl AppBuilder {
    /// The zone times are shown in (default: UTC).
    pub fn time_zone(mut self, tz: jiff::tz::TimeZone) -> Self {
        self.time_zone = tz;
        self
    }

    /// Whether the text mode was chosen rather than taken by default (default: chosen); the
    /// status bar says how to choose one when it was not.
    pub fn mode_chosen(mut self, chosen: bool) -> Self {
        self.mode_chosen = chosen;
        self
    }

    /// How right-to-left text is sent (default: shaped).
    pub fn mode(mut self, mode: BidiMode) -> Self {
        self.mode = mode;
        self
    }

    /// The time the dashboard starts at (default: now): arrivals before it are not new.
    pub fn now(mut self, now: SystemTime) -> Self {
        self.now = now;
        self
    }

    /// The window in cells (default 80x24) until a resize event says otherwise.
    pub fn size(mut self, width: u16, height: u16) -> Self {
        self.size = layout::drawn_size(width, height);
        self
    }

    /// Where the articles come from, for the status bar.
    pub fn source(mut self, source: Source) -> Self {
        self.source = source;
        self
    }

    pub fn build(self) -> App {
        let AppBuilder {
            config,
            theme,
            depth,
            mode,
            now,
            size,
            source,
            time_zone,
            mode_chosen,
        } = self;
        App {
            store: Store::new(config.max_articles, config.keep_deleted),
            kiosk: config.kiosk,
            theme_dir: crate::config::theme_dir(),
            watch_keys: alerts::watch_keys(&config),
            urgency_keys: alerts::urgency_keys(&config),
            config,
            theme,
            depth,
            mode,
            selected: None,
            list_offset: 0,
            article_scroll: 0,
            focus: Pane::Headlines,
            follow: true,
            paused: false,
            new_while_paused: 0,
            new_above: 0,
            overlay: None,
            overlay_scroll: 0,
            search: Search::default(),
            marks: HashMap::new(),
            alerts: VecDeque::new(),
            read: HashSet::new(),
            last_key: now,
            now,
            size,
            watch_status: None,
            source,
            commands: Vec::new(),
            reloaded: None,
            // Only the open article's fields are cached: a body laid out is ~100 KB of cells, and
            // following a busy wire selects a new one every frame.
            layout: RefCell::new(LayoutCache::new(LAYOUT_BUDGET)),
            time_zone,
            mode_chosen,
            match_spans: RefCell::default(),
            composed: RefCell::default(),
            figures: figures::FiguresView::default(),
            board: board::BoardView::default(),
        }
    }
}
