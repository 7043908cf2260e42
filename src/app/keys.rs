//! The keys: one table says which key does what and how the help pop-up describes it, so the
//! help, the handling and README's key table (checked by a test) cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Command, Overlay, Pane, Search};
use crate::i18n::Msg;

/// What a key asks for on the dashboard (not while typing a search or in a pop-up).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Down,
    Up,
    PageDown,
    PageUp,
    Start,
    End,
    Open,
    NextPane,
    PrevPane,
    Search,
    NextMatch,
    PrevMatch,
    Back,
    Follow,
    Pause,
    Alerts,
    Errors,
    Theme,
    TextMode,
    /// The desk's metrics board, open / closed.
    Board,
    /// On the board: filter to the kind numbered so (`BOARD_KINDS`).
    Kind(u8),
    /// On the board: the next order.
    Sort,
    /// Figures exact / compact.
    Exact,
    Help,
    Suspend,
    Quit,
    /// Ctrl-C: quits from anywhere, even mid-search and on a kiosk.
    Interrupt,
}

/// A key as it is bound: `ctrl` bindings need Control held; the others match with or without
/// modifiers (terminals differ in what they report with `G`, `N` or `?`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub code: KeyCode,
    pub ctrl: bool,
    pub action: Action,
}

/// One row of the help pop-up: the keys as shown, what they do (a message, in the interface's
/// language), and their bindings (some bindings are conveniences the row does not name: Space,
/// Home, End).
#[derive(Debug, Clone, Copy)]
pub struct KeyHelp {
    pub keys: &'static str,
    pub does: Msg,
    pub bindings: &'static [Binding],
}

const fn key(code: KeyCode, action: Action) -> Binding {
    Binding {
        code,
        ctrl: false,
        action,
    }
}

const fn ch(c: char, action: Action) -> Binding {
    key(KeyCode::Char(c), action)
}

const fn ctrl(c: char, action: Action) -> Binding {
    Binding {
        code: KeyCode::Char(c),
        ctrl: true,
        action,
    }
}

pub const KEYS: &[KeyHelp] = &[
    KeyHelp {
        keys: "j k ↓ ↑",
        does: Msg::HelpMove,
        bindings: &[
            ch('j', Action::Down),
            ch('k', Action::Up),
            key(KeyCode::Down, Action::Down),
            key(KeyCode::Up, Action::Up),
        ],
    },
    KeyHelp {
        keys: "PgDn PgUp",
        does: Msg::HelpPage,
        bindings: &[
            key(KeyCode::PageDown, Action::PageDown),
            key(KeyCode::PageUp, Action::PageUp),
            ch(' ', Action::PageDown),
        ],
    },
    KeyHelp {
        keys: "g G",
        does: Msg::HelpEnds,
        bindings: &[
            ch('g', Action::Start),
            ch('G', Action::End),
            key(KeyCode::Home, Action::Start),
            key(KeyCode::End, Action::End),
        ],
    },
    KeyHelp {
        keys: "Enter",
        does: Msg::HelpOpen,
        bindings: &[key(KeyCode::Enter, Action::Open)],
    },
    KeyHelp {
        keys: "Tab S-Tab",
        does: Msg::HelpPanes,
        bindings: &[
            key(KeyCode::Tab, Action::NextPane),
            key(KeyCode::BackTab, Action::PrevPane),
        ],
    },
    KeyHelp {
        keys: "/",
        does: Msg::HelpSearch,
        bindings: &[ch('/', Action::Search)],
    },
    KeyHelp {
        keys: "n N",
        does: Msg::HelpMatches,
        bindings: &[ch('n', Action::NextMatch), ch('N', Action::PrevMatch)],
    },
    KeyHelp {
        keys: "Esc",
        does: Msg::HelpBack,
        bindings: &[key(KeyCode::Esc, Action::Back)],
    },
    KeyHelp {
        keys: "f",
        does: Msg::HelpFollow,
        bindings: &[ch('f', Action::Follow)],
    },
    KeyHelp {
        keys: "p",
        does: Msg::HelpPause,
        bindings: &[ch('p', Action::Pause)],
    },
    KeyHelp {
        keys: "a",
        does: Msg::HelpAlerts,
        bindings: &[ch('a', Action::Alerts)],
    },
    KeyHelp {
        keys: "e",
        does: Msg::HelpErrors,
        bindings: &[ch('e', Action::Errors)],
    },
    KeyHelp {
        keys: "m",
        does: Msg::HelpBoard,
        bindings: &[ch('m', Action::Board)],
    },
    KeyHelp {
        keys: "1…6",
        does: Msg::HelpKinds,
        bindings: &[
            ch('1', Action::Kind(1)),
            ch('2', Action::Kind(2)),
            ch('3', Action::Kind(3)),
            ch('4', Action::Kind(4)),
            ch('5', Action::Kind(5)),
            ch('6', Action::Kind(6)),
        ],
    },
    KeyHelp {
        keys: "s",
        does: Msg::HelpSort,
        bindings: &[ch('s', Action::Sort)],
    },
    KeyHelp {
        keys: "x",
        does: Msg::HelpExact,
        bindings: &[ch('x', Action::Exact)],
    },
    KeyHelp {
        keys: "t",
        does: Msg::HelpTheme,
        bindings: &[ch('t', Action::Theme)],
    },
    KeyHelp {
        keys: "b",
        does: Msg::HelpMode,
        bindings: &[ch('b', Action::TextMode)],
    },
    KeyHelp {
        keys: "?",
        does: Msg::HelpHelp,
        bindings: &[ch('?', Action::Help)],
    },
    KeyHelp {
        keys: "Ctrl-Z",
        does: Msg::HelpSuspend,
        bindings: &[ctrl('z', Action::Suspend)],
    },
    KeyHelp {
        keys: "q Ctrl-C",
        does: Msg::HelpQuit,
        bindings: &[ch('q', Action::Quit), ctrl('c', Action::Interrupt)],
    },
    KeyHelp {
        keys: "mouse",
        does: Msg::HelpMouse,
        bindings: &[],
    },
];

/// The action bound to `key`, if any. A Control binding wins over a plain one.
pub fn action(key: KeyEvent) -> Option<Action> {
    let held = key.modifiers.contains(KeyModifiers::CONTROL);
    let bindings = || KEYS.iter().flat_map(|row| row.bindings);
    bindings()
        .find(|b| b.ctrl && held && b.code == key.code)
        .or_else(|| bindings().find(|b| !b.ctrl && b.code == key.code))
        .map(|b| b.action)
}

impl App {
    pub(super) fn on_key(&mut self, key: KeyEvent) -> bool {
        self.last_key = self.now;
        let action = action(key);
        if action == Some(Action::Interrupt) {
            self.commands.push(Command::Quit);
            return false;
        }
        if self.kiosk {
            if action == Some(Action::Quit) {
                self.commands.push(Command::Quit);
            }
            return false;
        }
        if action == Some(Action::Suspend) {
            self.commands.push(Command::Suspend);
            return true;
        }
        if self.search.editing {
            return self.on_search_key(key);
        }
        if let Some(overlay) = self.overlay {
            return self.on_overlay_key(overlay, key);
        }
        if let Some(action) = action {
            self.act(action);
        }
        true
    }

    fn act(&mut self, action: Action) {
        let page = if self.focus == Pane::Figures {
            self.figure_page()
        } else {
            self.page_rows()
        } as isize;
        match action {
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.move_by(page),
            Action::PageUp => self.move_by(-page),
            Action::Start => self.move_to_start(),
            Action::End => self.move_to_end(),
            Action::Open if self.focus == Pane::Figures => self.show_figure(),
            Action::Open => {
                if let Some(id) = self.selected {
                    self.read.insert(id);
                }
                self.focus = Pane::Article;
            }
            Action::NextPane => self.focus = self.focus.next(),
            Action::PrevPane => self.focus = self.focus.prev(),
            Action::Search => {
                self.search = Search {
                    editing: true,
                    ..Search::default()
                }
            }
            Action::NextMatch => self.jump_to_match(true),
            Action::PrevMatch => self.jump_to_match(false),
            Action::Back => {
                self.search = Search::default();
                self.focus = Pane::Headlines;
            }
            Action::Follow => {
                self.follow = !self.follow;
                if self.follow {
                    self.select_index(0);
                }
            }
            Action::Pause => self.toggle_pause(),
            Action::Alerts => self.open_overlay(Overlay::Alerts),
            Action::Errors => self.open_overlay(Overlay::Errors),
            Action::Help => self.open_overlay(Overlay::Help),
            Action::Board => self.open_overlay(Overlay::Board),
            Action::Exact => self.toggle_exact(),
            // Board keys: nothing to sort or filter on the dashboard itself.
            Action::Kind(_) | Action::Sort => {}
            Action::Theme => self.next_theme(),
            Action::TextMode => self.next_text_mode(),
            Action::Quit | Action::Interrupt => self.commands.push(Command::Quit),
            Action::Suspend => self.commands.push(Command::Suspend),
        }
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

    /// In a pop-up the keys scroll it, switch to another, or close it.
    fn on_overlay_key(&mut self, overlay: Overlay, key: KeyEvent) -> bool {
        if overlay == Overlay::Board {
            return self.on_board_key(key);
        }
        match key.code {
            KeyCode::Esc | KeyCode::Char('q') => self.overlay = None,
            // In the alert history the scroll is the cursor: it stops at the last alert.
            KeyCode::Char('j') | KeyCode::Down => self.scroll_overlay(overlay, 1),
            KeyCode::Char('k') | KeyCode::Up => self.scroll_overlay(overlay, -1),
            KeyCode::Char('?') if overlay == Overlay::Help => self.overlay = None,
            KeyCode::Char('a') => self.open_overlay(Overlay::Alerts),
            KeyCode::Char('e') => self.open_overlay(Overlay::Errors),
            KeyCode::Char('m') => self.open_overlay(Overlay::Board),
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        action(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn control_bindings_need_control_and_plain_ones_ignore_it() {
        assert_eq!(press(KeyCode::Char('c'), KeyModifiers::NONE), None);
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Interrupt)
        );
        assert_eq!(
            press(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Action::End)
        );
        assert_eq!(
            press(KeyCode::Char('j'), KeyModifiers::CONTROL),
            Some(Action::Down)
        );
    }

    #[test]
    fn no_key_is_bound_twice() {
        let all: Vec<_> = KEYS.iter().flat_map(|r| r.bindings).collect();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert!((a.code, a.ctrl) != (b.code, b.ctrl), "{a:?} and {b:?}");
            }
        }
    }

    /// README's key table names the same keys, row by row, as the help pop-up.
    #[test]
    fn readme_key_table_agrees() {
        let readme = include_str!("../../README.md");
        let section = readme
            .split("### Keys")
            .nth(1)
            .expect("README has a Keys section");
        let rows: Vec<Vec<String>> = section
            .lines()
            .skip_while(|l| !l.starts_with('|'))
            .take_while(|l| l.starts_with('|'))
            .skip(2)
            .map(|row| {
                let cell = row.split('|').nth(1).unwrap_or("").trim();
                let keys: Vec<String> = cell
                    .split('`')
                    .skip(1)
                    .step_by(2)
                    .map(|k| k.replace("Shift-Tab", "S-Tab"))
                    .collect();
                if keys.is_empty() {
                    vec![cell.to_string()]
                } else {
                    keys
                }
            })
            .collect();
        let table: Vec<Vec<String>> = KEYS
            .iter()
            .map(|r| r.keys.split(' ').map(String::from).collect())
            .collect();
        assert_eq!(rows, table);
    }
}
