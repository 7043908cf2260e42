//! The whole dashboard rendered into ratatui's TestBackend, at each layout width, with Persian
//! and English copy, and with its pop-ups. Time is fixed, so the pictures are stable.

mod ui_support;

use crossterm::event::{Event as Input, KeyCode};

use newsdesk::app::Event;
use newsdesk::config::Config;
use newsdesk::i18n::Lang;
use ui_support::{desk, desk_with, now, press, screen};

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
    for lang in [Lang::En, Lang::Fa] {
        let mut app = desk_with(10, 3, ui_support::lang(lang));
        press(&mut app, KeyCode::Char('?'));
        for w in (1..=200).step_by(7) {
            for h in (1..=60).step_by(5) {
                app.update_at(Event::Input(Input::Resize(w, h)), now());
                let text = screen(&app);
                assert_eq!(text.lines().count(), usize::from(h));
            }
        }
        for w in 1..=60 {
            let calibration = ui_support::calibration(w, 1 + w / 5, lang);
            assert_eq!(calibration.area.width, w);
        }
    }
}

/// A U+202E in a directory's or a file's name reverses nothing but, at most, that name: the
/// status bar and the error row keep their order.
#[test]
fn overrides_in_names_stay_in_their_names() {
    use newsdesk::app::{App, Source};
    use newsdesk::article::ParseError;
    use newsdesk::ingest::IngestEvent;
    use newsdesk::store::{Change, FileError};
    use newsdesk::text::BidiMode;
    use newsdesk::theme::{ColorDepth, Theme};
    let theme = Theme::load("mono", None, ColorDepth::Mono).unwrap();
    let mut app = App::builder(Config::default(), theme, ColorDepth::Mono)
        .mode(BidiMode::Shaped)
        .now(now())
        .size(100, 20)
        .source(Source::Dir("/srv/\u{202E}eriw".into()))
        .build();
    let error = Change::Error(FileError {
        path: "/srv/\u{202E}eriw/bad\u{202E}nosj.json".into(),
        line: None,
        reason: ParseError::Empty,
        time: now(),
    });
    app.update_at(Event::Ingest(IngestEvent::Batch(vec![error])), now());
    let text = screen(&app);
    let bar = text.lines().last().unwrap();
    assert!(bar.starts_with("/srv/eriw │ 0 articles │"), "{bar}");
    press(&mut app, KeyCode::Char('e'));
    let text = screen(&app);
    assert!(
        text.contains("/srv/eriw/badnosj.json") && text.contains("empty file"),
        "{text}"
    );
}
