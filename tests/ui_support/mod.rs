//! The desk the UI tests draw: the built-in samples arriving over the last hours, one broken
//! file, a watchlist, a fixed clock; and helpers to draw it and read the picture back.

#![allow(dead_code)]

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crossterm::event::{Event as Input, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::Terminal;

use newsdesk::app::{App, Event, Source};
use newsdesk::article::parse_object;
use newsdesk::commands::snapshot::render;
use newsdesk::config::Config;
use newsdesk::demo::samples;
use newsdesk::i18n::Lang;
use newsdesk::ingest::IngestEvent;
use newsdesk::store::{Change, FileError, Upsert};
use newsdesk::text::BidiMode;
use newsdesk::theme::{ColorDepth, Theme};
use newsdesk::{calibrate, ui};

/// 2026-11-25 00:00 UTC, after every sample's `published` time.
pub fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_795_564_800)
}

/// The sample desk in `theme` at `depth`, `width` x `height`.
pub fn desk_in(width: u16, height: u16, config: Config, theme: &str, depth: ColorDepth) -> App {
    let theme = Theme::load(theme, None, depth).unwrap();
    let config = Config {
        watch: vec!["زلزله".into()],
        ..config
    };
    let mut app = App::builder(config, theme, depth)
        .mode(BidiMode::Shaped)
        .now(now())
        .size(width, height)
        .source(Source::Dir("/srv/newsroom/wire".into()))
        .build();
    load(
        &mut app,
        samples().map(|(n, j)| (n.to_string(), j.to_string())),
    );
    app
}

/// Files (name, JSON) arriving in DIR over the last hours, the last newest (articles with a
/// `published` time keep it); unreadable ones go to the error list.
pub fn load(app: &mut App, files: impl Iterator<Item = (String, String)>) {
    let files: Vec<(String, String)> = files.collect();
    let n = files.len().max(40) as u64;
    let mut changes = Vec::new();
    for (i, (name, json)) in files.into_iter().enumerate() {
        let path = PathBuf::from("/srv/newsroom/wire").join(name);
        // Arrivals spread over the last hours, newest last.
        let mtime = now() - Duration::from_secs(60 * 7 * (n - i as u64));
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
}

/// A desk of `files` only (name, JSON), in the mono theme.
pub fn desk_of(width: u16, height: u16, config: Config, files: &[(String, String)]) -> App {
    let theme = Theme::load("mono", None, ColorDepth::Mono).unwrap();
    let mut app = App::builder(config, theme, ColorDepth::Mono)
        .mode(BidiMode::Shaped)
        .now(now())
        .size(width, height)
        .source(Source::Dir("/srv/newsroom/wire".into()))
        .build();
    load(&mut app, files.iter().cloned());
    app
}

/// The files of `tests/fixtures/DIR`, by name.
pub fn fixtures(dir: &str) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// One fixture file (name, JSON), from `tests/fixtures/PATH`.
pub fn fixture(path: &str) -> (String, String) {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    let name = full.file_name().unwrap().to_string_lossy().into_owned();
    (name, std::fs::read_to_string(&full).unwrap())
}

/// The sample desk in the mono theme, English unless `config` says otherwise.
pub fn desk_with(width: u16, height: u16, config: Config) -> App {
    desk_in(width, height, config, "mono", ColorDepth::Mono)
}

pub fn desk(width: u16, height: u16) -> App {
    desk_with(width, height, Config::default())
}

pub fn lang(lang: Lang) -> Config {
    Config {
        lang: Some(lang),
        ..Config::default()
    }
}

pub fn press(app: &mut App, code: KeyCode) {
    let event = Event::Input(Input::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    app.update_at(event, now());
}

pub fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// The frame the app draws.
pub fn frame(app: &App) -> Buffer {
    let (w, h) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|frame| ui::draw(app, frame)).unwrap();
    terminal.backend().buffer().clone()
}

pub fn screen(app: &App) -> String {
    render(&frame(app), false)
}

/// The calibration screen.
pub fn calibration(width: u16, height: u16, lang: Lang) -> Buffer {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    let path = PathBuf::from("/home/desk/.config/newsdesk/config.toml");
    calibrate::draw(&mut buf, area, lang, Some(&path));
    buf
}

/// The text of a frame, then each style it uses (colours, modifiers), once.
pub fn picture(buf: &Buffer) -> String {
    let mut styles: Vec<String> = buf
        .content()
        .iter()
        .map(|c| format!("fg {:?} bg {:?} {:?}", c.fg, c.bg, c.modifier))
        .collect();
    styles.sort();
    styles.dedup();
    format!("{}\n{}\n", render(buf, false), styles.join("\n"))
}
