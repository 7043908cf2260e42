//! Every screen a desk sees, in English and in Persian (mirrored), at 80x24, 40x12 and
//! 160x48, in the dark and the light theme: the text of each frame, then every style it uses.
//! Calibration comes before any theme (the terminal's own colours), so it has no theme axis.

mod ui_support;

use crossterm::event::KeyCode;

use newsdesk::i18n::Lang;
use newsdesk::theme::ColorDepth;
use ui_support::{calibration, desk_in, frame, lang, picture, press, typed};

const SIZES: [(u16, u16); 3] = [(80, 24), (40, 12), (160, 48)];
const LANGS: [Lang; 2] = [Lang::En, Lang::Fa];
const THEMES: [&str; 2] = ["dark", "light"];

fn each(screen: &str, setup: impl Fn(&mut newsdesk::app::App)) {
    for l in LANGS {
        for (w, h) in SIZES {
            for theme in THEMES {
                let mut app = desk_in(w, h, lang(l), theme, ColorDepth::TrueColor);
                setup(&mut app);
                let name = format!("{screen}_{}_{w}x{h}_{theme}", l.as_str());
                insta::assert_snapshot!(name, picture(&frame(&app)));
            }
        }
    }
}

#[test]
fn dashboard() {
    each("dashboard", |_| {});
}

#[test]
fn help() {
    each("help", |app| press(app, KeyCode::Char('?')));
}

#[test]
fn errors() {
    each("errors", |app| press(app, KeyCode::Char('e')));
}

#[test]
fn calibration_screen() {
    for l in LANGS {
        for (w, h) in SIZES {
            let name = format!("calibration_{}_{w}x{h}", l.as_str());
            insta::assert_snapshot!(name, picture(&calibration(w, h, l)));
        }
    }
}

/// The size the note asks for, with a search under way: the words found are marked
/// in the list and in the article.
#[test]
fn searching_at_120x40() {
    for l in LANGS {
        let mut app = desk_in(120, 40, lang(l), "dark", ColorDepth::TrueColor);
        press(&mut app, KeyCode::Char('/'));
        typed(&mut app, "مییابد");
        press(&mut app, KeyCode::Enter);
        insta::assert_snapshot!(
            format!("search_{}_120x40", l.as_str()),
            picture(&frame(&app))
        );
        let app = desk_in(120, 40, lang(l), "dark", ColorDepth::TrueColor);
        insta::assert_snapshot!(
            format!("dashboard_{}_120x40", l.as_str()),
            picture(&frame(&app))
        );
    }
}

#[test]
fn alerts_have_a_cursor() {
    for l in LANGS {
        let mut app = desk_in(100, 30, lang(l), "dark", ColorDepth::Ansi16);
        press(&mut app, KeyCode::Char('a'));
        press(&mut app, KeyCode::Char('j'));
        insta::assert_snapshot!(
            format!("alerts_{}_100x30_ansi16", l.as_str()),
            picture(&frame(&app))
        );
    }
}
