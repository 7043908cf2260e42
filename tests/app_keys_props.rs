//! Random key presses, mouse wheels, resizes and arrivals never panic, in the app or in drawing:
//! every scroll offset, selection and pop-up position stays a number the panes can draw
//! (`G` then `j` in the article once overflowed).

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crossterm::event::{
    Event as Input, KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind,
};
use proptest::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

use newsdesk::app::{App, Event};
use newsdesk::article::parse_object;
use newsdesk::config::Config;
use newsdesk::demo::samples;
use newsdesk::ingest::IngestEvent;
use newsdesk::store::{Change, Upsert};
use newsdesk::text::BidiMode;
use newsdesk::theme::{ColorDepth, Theme};
use newsdesk::ui;

fn t(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_795_564_800 + secs)
}

fn arrivals(from: usize, count: usize, at: SystemTime) -> Vec<Change> {
    let all: Vec<(&str, &str)> = samples().collect();
    all.iter()
        .cycle()
        .skip(from)
        .take(count)
        .enumerate()
        .filter_map(|(i, &(name, json))| {
            let article = parse_object(json.as_bytes()).ok()?;
            let path = PathBuf::from(format!("/wire/{from}-{i}-{name}"));
            Some(Change::Upsert(Box::new(Upsert::new(
                path, None, article, at, true,
            ))))
        })
        .collect()
}

#[derive(Debug, Clone)]
enum Step {
    Key(KeyCode),
    Wheel(u16, u16, bool),
    Resize(u16, u16),
    Arrive(usize),
}

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        prop::sample::select(vec![
            'j', 'k', 'g', 'G', 'n', 'N', 'f', 'p', 'a', 'e', '?', '/', ' ', 'b', 'x', '1', 'ی',
        ])
        .prop_map(KeyCode::Char),
        prop::sample::select(vec![
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Enter,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Esc,
            KeyCode::Backspace,
        ]),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        12 => key_code().prop_map(Step::Key),
        2 => (0u16..300, 0u16..120, any::<bool>()).prop_map(|(x, y, d)| Step::Wheel(x, y, d)),
        1 => (0u16..300, 0u16..120).prop_map(|(w, h)| Step::Resize(w, h)),
        1 => (0usize..30).prop_map(Step::Arrive),
    ]
}

fn draw(app: &App) {
    let (w, h) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|frame| ui::draw(app, frame)).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn random_keys_never_panic(
        steps in prop::collection::vec(step(), 1..100),
        (w, h) in (0u16..200, 0u16..70),
    ) {
        let theme = Theme::load("mono", None, ColorDepth::Mono).unwrap();
        let mut app = App::builder(Config::default(), theme, ColorDepth::Mono)
            .mode(BidiMode::Shaped)
            .now(t(0))
            .size(w, h)
            .build();
        app.update_at(Event::Ingest(IngestEvent::Batch(arrivals(0, 12, t(0)))), t(1));
        let mut clock = 2;
        for step in steps {
            let event = match step {
                Step::Key(code) => Event::Input(Input::Key(KeyEvent::new(code, KeyModifiers::NONE))),
                Step::Wheel(column, row, down) => Event::Input(Input::Mouse(MouseEvent {
                    kind: if down { MouseEventKind::ScrollDown } else { MouseEventKind::ScrollUp },
                    column,
                    row,
                    modifiers: KeyModifiers::NONE,
                })),
                Step::Resize(w, h) => Event::Input(Input::Resize(w, h)),
                Step::Arrive(n) => Event::Ingest(IngestEvent::Batch(arrivals(clock as usize, n, t(clock)))),
            };
            clock += 1;
            app.update_at(event, t(clock));
            app.take_commands();
            draw(&app);
        }
    }
}

/// The case that overflowed: the end of the article, then one line further, then back up.
#[test]
fn end_of_article_then_down_then_up() {
    let theme = Theme::load("mono", None, ColorDepth::Mono).unwrap();
    let mut app = App::builder(Config::default(), theme, ColorDepth::Mono)
        .now(t(0))
        .size(160, 48)
        .build();
    app.update_at(
        Event::Ingest(IngestEvent::Batch(arrivals(0, 5, t(0)))),
        t(1),
    );
    for code in [
        KeyCode::Enter,
        KeyCode::Char('G'),
        KeyCode::Char('j'),
        KeyCode::PageDown,
        KeyCode::Char('k'),
    ] {
        let event = Event::Input(Input::Key(KeyEvent::new(code, KeyModifiers::NONE)));
        app.update_at(event, t(2));
        draw(&app);
    }
    assert!(
        app.article_scroll() > 1_000_000,
        "G, j, PgDn, k stays at the end"
    );
}
