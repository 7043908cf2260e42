//! The whole dashboard rendered into ratatui's TestBackend, at each layout width, with Persian
//! and English copy, and with its pop-ups. Time is fixed, so the pictures are stable.

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crossterm::event::{Event as Input, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

use newsdesk::app::{App, Event, Source};
use newsdesk::article::parse_object;
use newsdesk::commands::snapshot::render;
use newsdesk::config::Config;
use newsdesk::demo::samples;
use newsdesk::ingest::IngestEvent;
use newsdesk::store::FileError;
use newsdesk::store::{Change, Upsert};
use newsdesk::text::BidiMode;
use newsdesk::theme::{ColorDepth, Theme};
use newsdesk::ui;

/// 2026-11-25 00:00 UTC, after every sample's `published` time.
fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_795_564_800)
}

fn desk(width: u16, height: u16) -> App {
    desk_with(width, height, Config::default())
}

fn desk_with(width: u16, height: u16, config: Config) -> App {
    let theme = Theme::load("mono", None, ColorDepth::Mono).unwrap();
    let config = Config {
        watch: vec!["زلزله".into()],
        ..config
    };
    let mut app = App::builder(config, theme, ColorDepth::Mono)
        .mode(BidiMode::Shaped)
        .now(now())
        .size(width, height)
        .source(Source::Dir("/srv/wire".into()))
        .build();
    let mut changes = Vec::new();
    for (i, (name, json)) in samples().enumerate() {
        let path = PathBuf::from("/srv/wire").join(name);
        // Arrivals spread over the last hours, newest last.
        let mtime = now() - Duration::from_secs(60 * 7 * (40 - i as u64));
        changes.push(match parse_object(json.as_bytes()) {
            Ok(article) => Change::Upsert(Box::new(Upsert::new(path, None, article, mtime, true))),
            Err(e) => Change::Error(FileError {
                path,
                line: None,
                reason: e,
                time: mtime,
            }),
        });
    }
    app.update_at(Event::Ingest(IngestEvent::Batch(changes)), now());
    app
}

fn press(app: &mut App, code: KeyCode) {
    let event = Event::Input(Input::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    app.update_at(event, now());
}

fn screen(app: &App) -> String {
    let (w, h) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|frame| ui::draw(app, frame)).unwrap();
    render(terminal.backend().buffer(), false)
}

#[test]
fn wide_three_columns() {
    insta::assert_snapshot!(screen(&desk(160, 45)));
}

#[test]
fn medium_two_columns() {
    insta::assert_snapshot!(screen(&desk(100, 30)));
}

#[test]
fn narrow_tabs() {
    let mut app = desk(70, 24);
    insta::assert_snapshot!("narrow_headlines", screen(&app));
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("narrow_article", screen(&app));
}

#[test]
fn english_article_selected() {
    let mut app = desk(160, 45);
    press(&mut app, KeyCode::Char('/'));
    for c in "Caspian".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn help_overlay() {
    let mut app = desk(120, 40);
    press(&mut app, KeyCode::Char('?'));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn errors_overlay() {
    let mut app = desk(120, 40);
    press(&mut app, KeyCode::Char('e'));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn alerts_overlay() {
    let mut app = desk(120, 40);
    press(&mut app, KeyCode::Char('a'));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn smallest_window_and_below() {
    insta::assert_snapshot!("window_20x5", screen(&desk(20, 5)));
    insta::assert_snapshot!("window_19x4", screen(&desk(19, 4)));
}

#[test]
fn kiosk() {
    let kiosk = Config {
        kiosk: true,
        ..Config::default()
    };
    insta::assert_snapshot!(screen(&desk_with(160, 45, kiosk)));
}

#[test]
fn every_size_draws_without_panic() {
    let mut app = desk(10, 3);
    for w in (1..=200).step_by(7) {
        for h in (1..=60).step_by(5) {
            app.update_at(Event::Input(Input::Resize(w, h)), now());
            let text = screen(&app);
            assert_eq!(text.lines().count(), usize::from(h));
        }
    }
}
