//! The dashboard's state and the one place it changes: [`App::update`]. Input, ingest and the
//! clock arrive as [`Event`]s; drawing (`ui::draw`) only reads what is here.

pub mod layout;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crossterm::event::{
    Event as Input, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};
use ratatui::layout::{Position, Rect};

use crate::article::normalize::{contains_key, search_key};
use crate::article::{Article, Field};
use crate::config::Config;
use crate::ingest::{IngestEvent, WatchStatus};
use crate::store::{Change, Record, Store};
use crate::text::{BidiMode, LayoutCache};
use crate::theme::{ColorDepth, Theme, BUILT_IN};

use layout::{Areas, Pane};

/// Everything that can change the dashboard, from every thread, on one channel.
#[derive(Debug)]
pub enum Event {
    Input(Input),
    Ingest(IngestEvent),
    /// Once a minute, for ages and the clock; nothing else wakes an idle dashboard.
    Tick,
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

/// Wire urgency, highest first (AP/Reuters: FLASH > BULLETIN > URGENT; IRNA's «فوری»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    Flash,
    Bulletin,
    Urgent,
}

impl Tier {
    pub fn label(self) -> &'static str {
        match self {
            Tier::Flash => "FLASH",
            Tier::Bulletin => "BULLETIN",
            Tier::Urgent => "URGENT",
        }
    }
}

/// Why an article stood out when it arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    pub id: u64,
    pub time: SystemTime,
    pub tier: Option<Tier>,
    pub watch: Vec<String>,
    pub headline: String,
}

/// Urgency and watchlist hits of an article, computed once when it arrives.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    pub tier: Option<Tier>,
    pub watch: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Errors,
    Alerts,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    pub query: String,
    /// Keys go to the query while the user is typing it.
    pub editing: bool,
    /// Articles that match, kept up to date as the query changes and copy arrives, so drawing
    /// never searches.
    pub hits: HashSet<u64>,
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
        line: Option<usize>,
    },
    Bell,
}

const ALERT_HISTORY: usize = 50;
/// Laid-out fields kept: the open article's four at a couple of widths and modes, and the
/// articles just before it.
const LAYOUT_CACHE: usize = 48;

pub struct App {
    pub config: Config,
    pub theme: Theme,
    depth: ColorDepth,
    theme_dir: Option<std::path::PathBuf>,
    pub mode: BidiMode,
    pub store: Store,
    pub selected: Option<u64>,
    /// First visible row of the headline list.
    pub list_offset: usize,
    pub article_scroll: usize,
    pub focus: Pane,
    pub follow: bool,
    pub paused: bool,
    /// Arrivals held back while paused, applied on resume.
    pub queued: Vec<Change>,
    pub overlay: Option<Overlay>,
    pub overlay_scroll: usize,
    pub search: Search,
    pub marks: HashMap<u64, Marks>,
    pub alerts: VecDeque<Alert>,
    pub read: HashSet<u64>,
    pub last_key: SystemTime,
    pub now: SystemTime,
    pub size: (u16, u16),
    pub watch_status: Option<WatchStatus>,
    /// Where the articles come from, for the status bar.
    pub source_label: String,
    pub kiosk: bool,
    pub commands: Vec<Command>,
    /// The open article as read again from disk, when the store holds it without its body.
    pub reloaded: Option<(u64, Option<Arc<Article>>)>,
    /// Laid-out text, filled while drawing; a cache, so drawing stays a function of state.
    pub layout: RefCell<LayoutCache<(u64, Field)>>,
    watch_keys: Vec<(String, String)>,
    urgency_keys: Vec<(Tier, String)>,
}

impl App {
    pub fn new(
        config: Config,
        theme: Theme,
        depth: ColorDepth,
        mode: BidiMode,
        now: SystemTime,
    ) -> App {
        let watch_keys = config
            .watch
            .iter()
            .map(|w| (w.clone(), search_key(w)))
            .filter(|(_, k)| !k.is_empty())
            .collect();
        let u = &config.urgency;
        let urgency_keys = [
            (Tier::Flash, &u.flash),
            (Tier::Bulletin, &u.bulletin),
            (Tier::Urgent, &u.urgent),
        ]
        .into_iter()
        .flat_map(|(tier, list)| list.iter().map(move |p| (tier, search_key(p))))
        .filter(|(_, k)| !k.is_empty())
        .collect();
        App {
            store: Store::new(config.max_articles, config.keep_deleted),
            kiosk: config.kiosk,
            theme_dir: crate::config::theme_dir(),
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
            queued: Vec::new(),
            overlay: None,
            overlay_scroll: 0,
            search: Search::default(),
            marks: HashMap::new(),
            alerts: VecDeque::new(),
            read: HashSet::new(),
            last_key: now,
            now,
            size: (80, 24),
            watch_status: None,
            source_label: String::new(),
            commands: Vec::new(),
            reloaded: None,
            // Only the open article's fields are cached: a body laid out is ~100 KB of cells, and
            // following a busy wire selects a new one every frame.
            layout: RefCell::new(LayoutCache::new(LAYOUT_CACHE)),
            watch_keys,
            urgency_keys,
        }
    }

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
                self.size = (w, h);
                self.keep_selection_visible();
                true
            }
            Event::Input(_) => false,
            Event::Ingest(IngestEvent::Batch(changes)) => {
                if self.paused {
                    self.queued.extend(changes);
                    true
                } else {
                    self.apply(changes);
                    true
                }
            }
            Event::Ingest(IngestEvent::Status(status)) => {
                let changed = self.watch_status.as_ref() != Some(&status);
                self.watch_status = Some(status);
                changed
            }
            Event::Tick => true,
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

    /// Marked new: arrived since the user last pressed a key, and not long ago.
    pub fn is_new(&self, record: &Record) -> bool {
        let window = Duration::from_secs(self.config.new_minutes * 60);
        record.arrived > self.last_key
            && self.now.duration_since(record.arrived).unwrap_or_default() < window
    }

    pub fn matches_search(&self, record: &Record) -> bool {
        self.search.hits.contains(&record.id)
    }

    fn refresh_search(&mut self) {
        let q = search_key(&self.search.query);
        self.search.hits = if q.is_empty() {
            HashSet::new()
        } else {
            self.store
                .iter_newest()
                .filter(|r| record_matches(r, &q))
                .map(|r| r.id)
                .collect()
        };
    }

    pub fn areas(&self) -> Areas {
        Areas::for_size(
            Rect::new(0, 0, self.size.0, self.size.1),
            self.focus,
            self.kiosk,
        )
    }

    fn apply(&mut self, changes: Vec<Change>) {
        let previous_top = self.store.nth(0).map(|r| r.id);
        let applied = self.store.apply(changes, self.now);
        let mut bell = false;
        for &id in &applied.added_ids {
            let Some(record) = self.store.get(id) else {
                continue;
            };
            let marks = self.marks_for(record);
            let live = applied.arrived_ids.contains(&id);
            if live && (marks.tier.is_some() || !marks.watch.is_empty()) {
                bell |= self.config.bell;
                self.alerts.push_front(Alert {
                    id,
                    time: self.now,
                    tier: marks.tier,
                    watch: marks.watch.clone(),
                    headline: headline_of(record),
                });
                self.alerts.truncate(ALERT_HISTORY);
            }
            self.marks.insert(id, marks);
        }
        if applied.removed + applied.evicted > 0 {
            let store = &self.store;
            self.marks.retain(|id, _| store.get(*id).is_some());
            self.read.retain(|id| store.get(*id).is_some());
            self.search.hits.retain(|id| store.get(*id).is_some());
        }
        if bell {
            self.commands.push(Command::Bell);
        }
        self.after_store_change(previous_top);
    }

    fn marks_for(&self, record: &Record) -> Marks {
        let head = search_key(&format!(
            "{} {}",
            record.article.kicker, record.article.headline
        ));
        let tier = self
            .urgency_keys
            .iter()
            .filter(|(_, k)| contains_word(&head, k))
            .map(|(t, _)| *t)
            .min();
        // The body's search form is only worth building when there is a watchlist to check.
        let body = if self.watch_keys.is_empty() {
            String::new()
        } else {
            search_key(&record.article.body)
        };
        let watch = self
            .watch_keys
            .iter()
            .filter(|(_, k)| contains_word(&record.search_key, k) || contains_word(&body, k))
            .map(|(w, _)| w.clone())
            .collect();
        Marks { tier, watch }
    }

    fn after_store_change(&mut self, previous_top: Option<u64>) {
        let newest = self.store.nth(0).map(|r| r.id);
        let selection_gone = self.selected.is_none_or(|id| self.store.get(id).is_none());
        if (self.follow && newest != previous_top) || selection_gone {
            self.select_index(0);
        }
        self.keep_selection_visible();
    }

    fn on_key(&mut self, key: KeyEvent) -> bool {
        self.last_key = self.now;
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('c') {
            self.commands.push(Command::Quit);
            return false;
        }
        if self.kiosk {
            if key.code == KeyCode::Char('q') {
                self.commands.push(Command::Quit);
            }
            return false;
        }
        if ctrl && key.code == KeyCode::Char('z') {
            self.commands.push(Command::Suspend);
            return true;
        }
        if self.search.editing {
            return self.on_search_key(key);
        }
        if let Some(overlay) = self.overlay {
            return self.on_overlay_key(overlay, key);
        }
        let page = self.page_rows();
        match key.code {
            KeyCode::Char('q') => self.commands.push(Command::Quit),
            KeyCode::Char('j') | KeyCode::Down => self.move_by(1),
            KeyCode::Char('k') | KeyCode::Up => self.move_by(-1),
            KeyCode::PageDown | KeyCode::Char(' ') => self.move_by(page as isize),
            KeyCode::PageUp => self.move_by(-(page as isize)),
            KeyCode::Char('g') | KeyCode::Home => self.move_to_start(),
            KeyCode::Char('G') | KeyCode::End => self.move_to_end(),
            KeyCode::Enter => {
                if let Some(id) = self.selected {
                    self.read.insert(id);
                }
                self.focus = Pane::Article;
            }
            KeyCode::Tab => self.focus = self.focus.next(),
            KeyCode::BackTab => self.focus = self.focus.prev(),
            KeyCode::Char('/') => {
                self.search = Search {
                    editing: true,
                    ..Search::default()
                }
            }
            KeyCode::Char('n') => self.jump_to_match(true),
            KeyCode::Char('N') => self.jump_to_match(false),
            KeyCode::Esc => {
                self.search = Search::default();
                if self.focus != Pane::Headlines {
                    self.focus = Pane::Headlines;
                }
            }
            KeyCode::Char('f') => {
                self.follow = !self.follow;
                if self.follow {
                    self.select_index(0);
                }
            }
            KeyCode::Char('p') => {
                self.paused = !self.paused;
                if !self.paused {
                    let queued = std::mem::take(&mut self.queued);
                    self.apply(queued);
                }
            }
            KeyCode::Char('a') => self.open_overlay(Overlay::Alerts),
            KeyCode::Char('e') => self.open_overlay(Overlay::Errors),
            KeyCode::Char('?') => self.open_overlay(Overlay::Help),
            KeyCode::Char('t') => self.next_theme(),
            KeyCode::Char('b') => {
                self.mode = self.mode.next();
                self.commands.push(Command::SetBidi(self.mode));
            }
            _ => return true,
        }
        true
    }

    fn on_search_key(&mut self, key: KeyEvent) -> bool {
        match key.code {
            KeyCode::Esc => self.search = Search::default(),
            KeyCode::Enter => self.search.editing = false,
            KeyCode::Backspace => {
                self.search.query.pop();
                self.refresh_search();
            }
            KeyCode::Char(c) if !c.is_control() => {
                self.search.query.push(c);
                self.refresh_search();
                self.jump_to_match_from(self.selected_index().unwrap_or(0), true, true);
            }
            _ => {}
        }
        true
    }

    fn on_overlay_key(&mut self, overlay: Overlay, key: KeyEvent) -> bool {
        match key.code {
            KeyCode::Esc | KeyCode::Char('q') => self.overlay = None,
            KeyCode::Char('j') | KeyCode::Down => self.overlay_scroll += 1,
            KeyCode::Char('k') | KeyCode::Up => {
                self.overlay_scroll = self.overlay_scroll.saturating_sub(1)
            }
            KeyCode::Char('?') if overlay == Overlay::Help => self.overlay = None,
            KeyCode::Char('a') => self.open_overlay(Overlay::Alerts),
            KeyCode::Char('e') => self.open_overlay(Overlay::Errors),
            KeyCode::Enter if overlay == Overlay::Alerts => {
                let id = self.alerts.get(self.overlay_scroll).map(|a| a.id);
                if let Some(id) = id.filter(|id| self.store.get(*id).is_some()) {
                    self.follow = false;
                    self.selected = Some(id);
                    self.keep_selection_visible();
                    self.overlay = None;
                }
            }
            _ => {}
        }
        true
    }

    fn open_overlay(&mut self, overlay: Overlay) {
        self.overlay = if self.overlay == Some(overlay) {
            None
        } else {
            Some(overlay)
        };
        self.overlay_scroll = 0;
    }

    fn on_mouse(&mut self, mouse: MouseEvent) -> bool {
        if self.kiosk || self.overlay.is_some() {
            return false;
        }
        let areas = self.areas();
        let at = Position::new(mouse.column, mouse.row);
        let pane = areas.pane_at(at);
        match mouse.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let step = if mouse.kind == MouseEventKind::ScrollDown {
                    3
                } else {
                    -3
                };
                match pane {
                    Some(Pane::Headlines) => self.move_list(step),
                    Some(Pane::Article) => self.scroll_article(step),
                    _ => return false,
                }
            }
            MouseEventKind::Down(MouseButton::Left) => match pane {
                Some(Pane::Headlines) => {
                    let inner = areas.inner(Pane::Headlines);
                    if at.y < inner.y || at.y >= inner.bottom() {
                        return false;
                    }
                    let index = self.list_offset + usize::from(at.y - inner.y);
                    if index < self.store.len() {
                        self.follow = false;
                        self.select_index(index);
                    }
                    self.focus = Pane::Headlines;
                }
                Some(p) => self.focus = p,
                None => return false,
            },
            _ => return false,
        }
        true
    }

    fn page_rows(&self) -> usize {
        usize::from(self.areas().inner(self.focus).height.max(1))
    }

    fn move_by(&mut self, delta: isize) {
        match self.focus {
            Pane::Headlines => self.move_list(delta),
            Pane::Article | Pane::Figures => self.scroll_article(delta),
        }
    }

    fn move_list(&mut self, delta: isize) {
        if self.store.is_empty() {
            return;
        }
        let current = self.selected_index().unwrap_or(0) as isize;
        let target = (current + delta).clamp(0, self.store.len() as isize - 1) as usize;
        // Moving off the newest stops following it, or the next arrival would snatch the
        // selection from under the reader.
        self.follow = target == 0 && self.follow;
        self.select_index(target);
    }

    fn scroll_article(&mut self, delta: isize) {
        self.article_scroll = (self.article_scroll as isize + delta).max(0) as usize;
    }

    fn move_to_start(&mut self) {
        match self.focus {
            Pane::Headlines => self.select_index(0),
            _ => self.article_scroll = 0,
        }
    }

    fn move_to_end(&mut self) {
        match self.focus {
            Pane::Headlines => {
                self.follow = false;
                self.select_index(self.store.len().saturating_sub(1));
            }
            _ => self.article_scroll = usize::MAX / 2,
        }
    }

    fn select_index(&mut self, index: usize) {
        let id = self.store.nth(index).map(|r| r.id);
        if id != self.selected {
            self.article_scroll = 0;
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
                    path: record.path.clone(),
                    line: record.line,
                });
            }
        }
        self.keep_selection_visible();
    }

    fn keep_selection_visible(&mut self) {
        let rows = usize::from(self.areas().inner(Pane::Headlines).height.max(1));
        let index = self.selected_index().unwrap_or(0);
        if index < self.list_offset {
            self.list_offset = index;
        } else if index >= self.list_offset + rows {
            self.list_offset = index + 1 - rows;
        }
        self.list_offset = self.list_offset.min(self.store.len().saturating_sub(1));
    }

    fn jump_to_match(&mut self, forward: bool) {
        let from = self.selected_index().unwrap_or(0);
        self.jump_to_match_from(from, forward, false);
    }

    /// Selects the nearest matching headline from `from`, wrapping around the list.
    fn jump_to_match_from(&mut self, from: usize, forward: bool, include_from: bool) {
        let n = self.store.len();
        if self.search.hits.is_empty() || n == 0 {
            return;
        }
        let start = if include_from { 0 } else { 1 };
        for step in start..=n {
            let i = if forward {
                (from + step) % n
            } else {
                (from + n * 2 - step) % n
            };
            let hit = self
                .store
                .nth(i)
                .is_some_and(|r| self.search.hits.contains(&r.id));
            if hit {
                self.follow = false;
                self.select_index(i);
                return;
            }
        }
    }

    fn next_theme(&mut self) {
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
}

/// `query` is a search key: it matches the kicker, headline and lead through the record's
/// key, and the body in place.
fn record_matches(record: &Record, query: &str) -> bool {
    record.search_key.contains(query) || contains_key(&record.article.body, query)
}

pub fn headline_of(record: &Record) -> String {
    if record.article.headline.is_empty() {
        record.article.lead.clone()
    } else {
        record.article.headline.clone()
    }
}

/// `needle` in `haystack` as whole words: both are search keys (normalized, single-spaced).
pub fn contains_word(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    haystack.match_indices(needle).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::parse_object;
    use crate::store::Upsert;
    use crossterm::event::{KeyEvent, KeyModifiers};
    use std::path::PathBuf;
    use std::time::UNIX_EPOCH;

    fn t(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_763_632_800 + secs)
    }

    fn upsert(name: &str, json: &str, at: SystemTime, live: bool) -> Change {
        let article = parse_object(json.as_bytes()).unwrap();
        Change::Upsert(Box::new(Upsert::new(
            PathBuf::from(name),
            None,
            article,
            at,
            live,
        )))
    }

    fn app_with(config: Config, articles: &[(&str, &str)]) -> App {
        let theme = Theme::load("mono", None, ColorDepth::Mono).unwrap();
        let mut app = App::new(config, theme, ColorDepth::Mono, BidiMode::Shaped, t(0));
        app.size = (120, 40);
        let changes = articles
            .iter()
            .enumerate()
            .map(|(i, (name, json))| upsert(name, json, t(i as u64 * 60), false))
            .collect();
        app.update_at(Event::Ingest(IngestEvent::Batch(changes)), t(3600));
        app
    }

    fn key(app: &mut App, code: KeyCode) -> bool {
        app.update_at(
            Event::Input(Input::Key(KeyEvent::new(code, KeyModifiers::NONE))),
            app.now,
        )
    }

    fn typed(app: &mut App, text: &str) {
        for c in text.chars() {
            key(app, KeyCode::Char(c));
        }
    }

    fn selected_headline(app: &App) -> String {
        app.selected_record().unwrap().article.headline.clone()
    }

    const A: (&str, &str) = ("a.json", r#"{"titr":"کارت هوشمند ملی برای ۱۲ هزار نفر"}"#);
    const B: (&str, &str) = ("b.json", r#"{"titr":"بارش باران در تهران"}"#);
    const C: (&str, &str) = ("c.json", r#"{"titr":"Oil exports rise 8%"}"#);

    #[test]
    fn newest_first_and_movement() {
        let mut app = app_with(Config::default(), &[A, B, C]);
        assert_eq!(selected_headline(&app), "Oil exports rise 8%");
        key(&mut app, KeyCode::Char('j'));
        assert_eq!(selected_headline(&app), "بارش باران در تهران");
        assert!(!app.follow, "moving off the newest stops following");
        key(&mut app, KeyCode::Char('G'));
        assert!(selected_headline(&app).starts_with("کارت"));
        key(&mut app, KeyCode::Char('g'));
        assert_eq!(selected_headline(&app), "Oil exports rise 8%");
        key(&mut app, KeyCode::Up);
        assert_eq!(selected_headline(&app), "Oil exports rise 8%");
    }

    #[test]
    fn search_sees_through_letter_and_digit_variants() {
        let mut app = app_with(Config::default(), &[A, B, C]);
        key(&mut app, KeyCode::Char('/'));
        typed(&mut app, "كارت");
        assert!(
            selected_headline(&app).starts_with("کارت"),
            "Arabic kaf finds Persian kaf"
        );
        key(&mut app, KeyCode::Esc);
        assert!(app.search.query.is_empty());
        key(&mut app, KeyCode::Char('g'));
        key(&mut app, KeyCode::Char('/'));
        typed(&mut app, "12");
        key(&mut app, KeyCode::Enter);
        assert!(!app.search.editing);
        assert!(selected_headline(&app).starts_with("کارت"), "12 finds ۱۲");
        key(&mut app, KeyCode::Char('n'));
        assert!(
            selected_headline(&app).starts_with("کارت"),
            "only one match: n stays"
        );
    }

    #[test]
    fn pause_queues_arrivals_and_resume_applies_them() {
        let mut app = app_with(Config::default(), &[A]);
        key(&mut app, KeyCode::Char('p'));
        let batch = vec![upsert("b.json", B.1, t(4000), true)];
        app.update_at(Event::Ingest(IngestEvent::Batch(batch)), t(4000));
        assert_eq!(app.store.len(), 1);
        assert_eq!(app.queued.len(), 1);
        key(&mut app, KeyCode::Char('p'));
        assert_eq!(app.store.len(), 2);
        assert!(app.queued.is_empty());
    }

    #[test]
    fn follow_jumps_to_arrivals_only_when_on() {
        let mut app = app_with(Config::default(), &[A, B]);
        key(&mut app, KeyCode::Char('j'));
        let batch = vec![upsert("c.json", C.1, t(4000), true)];
        app.update_at(Event::Ingest(IngestEvent::Batch(batch)), t(4000));
        assert!(
            selected_headline(&app).starts_with("کارت"),
            "not following: selection kept"
        );
        key(&mut app, KeyCode::Char('f'));
        assert_eq!(selected_headline(&app), "Oil exports rise 8%");
        let batch = vec![upsert("d.json", r#"{"titr":"newest"}"#, t(5000), true)];
        app.update_at(Event::Ingest(IngestEvent::Batch(batch)), t(5000));
        assert_eq!(selected_headline(&app), "newest");
    }

    #[test]
    fn urgency_and_watchlist_raise_alerts_on_live_arrivals_only() {
        let config = Config {
            watch: vec!["زلزله".into(), "earthquake".into()],
            ..Config::default()
        };
        let old = ("old.json", r#"{"titr":"زلزله دیروز"}"#);
        let mut app = app_with(config, &[old]);
        assert!(app.alerts.is_empty(), "found at startup: no alert");
        let batch = vec![
            upsert("u.json", r#"{"onTitr":"فوری","titr":"خبر"}"#, t(4000), true),
            upsert("w.json", r#"{"titr":"An EARTHQUAKE hit"}"#, t(4001), true),
            upsert(
                "x.json",
                r#"{"titr":"earthquakes are not whole words"}"#,
                t(4002),
                true,
            ),
            upsert(
                "y.json",
                r#"{"onTitr":"FLASH","titr":"quake"}"#,
                t(4003),
                true,
            ),
        ];
        app.update_at(Event::Ingest(IngestEvent::Batch(batch)), t(4010));
        let labels: Vec<_> = app
            .alerts
            .iter()
            .map(|a| (a.tier, a.watch.clone()))
            .collect();
        assert_eq!(labels.len(), 3, "{labels:?}");
        assert!(labels.contains(&(Some(Tier::Urgent), vec![])));
        assert!(labels.contains(&(Some(Tier::Flash), vec![])));
        assert!(labels.contains(&(None, vec!["earthquake".to_string()])));
        let old_id = app.store.iter_newest().last().unwrap().id;
        assert_eq!(
            app.marks[&old_id].watch,
            ["زلزله"],
            "marked even without an alert"
        );
    }

    #[test]
    fn overlays_and_quit() {
        let mut app = app_with(Config::default(), &[A]);
        key(&mut app, KeyCode::Char('?'));
        assert_eq!(app.overlay, Some(Overlay::Help));
        key(&mut app, KeyCode::Char('e'));
        assert_eq!(app.overlay, Some(Overlay::Errors));
        key(&mut app, KeyCode::Esc);
        assert_eq!(app.overlay, None);
        key(&mut app, KeyCode::Char('b'));
        assert_eq!(app.mode, BidiMode::Visual);
        key(&mut app, KeyCode::Char('t'));
        assert_eq!(app.theme.name, "dark");
        key(&mut app, KeyCode::Char('q'));
        assert_eq!(
            app.commands,
            [Command::SetBidi(BidiMode::Visual), Command::Quit]
        );
    }

    #[test]
    fn tab_cycles_panes_and_enter_opens() {
        let mut app = app_with(Config::default(), &[A]);
        key(&mut app, KeyCode::Tab);
        assert_eq!(app.focus, Pane::Article);
        key(&mut app, KeyCode::BackTab);
        assert_eq!(app.focus, Pane::Headlines);
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.focus, Pane::Article);
        assert!(app.read.contains(&app.selected.unwrap()));
        key(&mut app, KeyCode::Char('j'));
        assert_eq!(app.article_scroll, 1);
    }

    #[test]
    fn kiosk_ignores_everything_but_quit() {
        let config = Config {
            kiosk: true,
            ..Config::default()
        };
        let mut app = app_with(config, &[A, B]);
        let before = app.selected;
        key(&mut app, KeyCode::Char('j'));
        key(&mut app, KeyCode::Char('?'));
        assert_eq!((app.selected, app.overlay), (before, None));
        key(&mut app, KeyCode::Char('q'));
        assert_eq!(app.commands, [Command::Quit]);
    }

    #[test]
    fn bodies_let_go_are_read_back_when_opened() {
        let mut app = app_with(Config::default(), &[]);
        let n = crate::store::BODIES_KEPT + 5;
        let batch = (0..n)
            .map(|i| {
                let json = format!(r#"{{"titr":"h{i}","text":"body {i}"}}"#);
                upsert(&format!("{i}.json"), &json, t(i as u64), false)
            })
            .collect();
        app.update_at(Event::Ingest(IngestEvent::Batch(batch)), t(9000));
        assert!(
            app.open_article().unwrap().1.is_some(),
            "newest keeps its body"
        );
        key(&mut app, KeyCode::Char('G'));
        let (record, body) = app.open_article().unwrap();
        assert!(!record.body_in_memory && body.is_none());
        let id = record.id;
        let load = app
            .commands
            .iter()
            .find(|c| matches!(c, Command::LoadBody { .. }));
        assert_eq!(
            load,
            Some(&Command::LoadBody {
                id,
                path: PathBuf::from("0.json"),
                line: None
            })
        );
        let article = parse_object(br#"{"titr":"h0","text":"body 0"}"#).unwrap();
        app.update_at(
            Event::BodyLoaded {
                id,
                article: Some(Arc::new(article)),
            },
            t(9001),
        );
        assert_eq!(app.open_article().unwrap().1.unwrap().body, "body 0");
    }

    #[test]
    fn whole_words() {
        assert!(contains_word("زلزله در بم", "زلزله"));
        // A ZWNJ-joined plural is the word plus a suffix: it counts.
        assert!(contains_word(&search_key("زلزله‌ها"), "زلزله"));
        assert!(!contains_word("زلزلهها", "زلزله"));
        assert!(!contains_word("earthquakes", "earthquake"));
        assert!(contains_word("an earthquake.", "earthquake"));
    }
}
