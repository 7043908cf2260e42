//! Every built-in theme readable on the terminal it will really be drawn on: the dashboard is
//! drawn in the states a desk sees (selection, new and urgent copy, a search, each pop-up, the
//! wall display, Persian and English), in truecolor, 256 and 16 colours; every cell that shows
//! something is measured, foreground against background as the terminal shows them (reverse
//! video swapped, faint text mixed into its background, the terminal's own colours for
//! `reset`, once as white on black and once as black on white). Text must reach the WCAG ratio
//! of 4.5:1; dimmed text, borders, the sparkline and the selection bar 3:1.
//!
//! `cargo test --test contrast -- --nocapture` prints the table of the lowest ratios.

mod ui_support;

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use newsdesk::app::App;
use newsdesk::config::Config;
use newsdesk::i18n::Lang;
use newsdesk::theme::contrast::{faint, ratio, rgb};
use newsdesk::theme::{ColorDepth, Theme, BUILT_IN};
use ui_support::{desk_in, frame, lang, press, typed};

type Rgb = (u8, u8, u8);

const TERMINALS: [(&str, Rgb, Rgb); 2] = [
    ("white on black", (255, 255, 255), (0, 0, 0)),
    ("black on white", (0, 0, 0), (255, 255, 255)),
];
const DEPTHS: [ColorDepth; 3] = [
    ColorDepth::TrueColor,
    ColorDepth::Ansi256,
    ColorDepth::Ansi16,
];

/// The states measured, each as the frame it draws.
fn frames(theme: &str, depth: ColorDepth) -> Vec<(String, Buffer)> {
    let mut out = Vec::new();
    for l in [Lang::En, Lang::Fa] {
        let app = |w, h, config: Config| desk_in(w, h, config, theme, depth);
        let mut shot =
            |name: &str, app: &App| out.push((format!("{name} {}", l.as_str()), frame(app)));
        let dashboard = app(160, 48, lang(l));
        shot("dashboard", &dashboard);
        let mut moved = app(120, 40, lang(l));
        press(&mut moved, KeyCode::Char('j'));
        press(&mut moved, KeyCode::Char('j'));
        press(&mut moved, KeyCode::Char('p'));
        shot("selection, paused", &moved);
        let mut search = app(120, 40, lang(l));
        press(&mut search, KeyCode::Char('/'));
        typed(&mut search, "مییابد");
        shot("search", &search);
        for (key, name) in [
            ('?', "help"),
            ('e', "errors"),
            ('a', "alerts"),
            ('m', "metrics board"),
        ] {
            let mut popup = app(100, 30, lang(l));
            press(&mut popup, KeyCode::Char(key));
            shot(name, &popup);
        }
        let kiosk = Config {
            kiosk: true,
            ..lang(l)
        };
        shot("kiosk", &app(160, 48, kiosk));
        shot("narrow", &app(60, 20, lang(l)));
        // The figures pane focused, its cursor on a row, a figure marked in the article.
        let mut figures = app(160, 48, lang(l));
        press(&mut figures, KeyCode::Tab);
        press(&mut figures, KeyCode::Tab);
        press(&mut figures, KeyCode::Char('j'));
        press(&mut figures, KeyCode::Enter);
        shot("figures focused", &figures);
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Class {
    Text,
    Dim,
    Border,
    Graphic,
    Selection,
}

impl Class {
    fn needs(self) -> f64 {
        match self {
            Class::Text => 4.5,
            _ => 3.0,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Class::Text => "text",
            Class::Dim => "dim",
            Class::Border => "border",
            Class::Graphic => "graphic",
            Class::Selection => "selection",
        }
    }
}

/// The foreground and background the terminal shows for a cell.
fn shown(fg: Color, bg: Color, m: Modifier, term_fg: Rgb, term_bg: Rgb) -> (Rgb, Rgb) {
    let (mut f, mut b) = (rgb(fg, term_fg), rgb(bg, term_bg));
    if m.contains(Modifier::REVERSED) {
        std::mem::swap(&mut f, &mut b);
    }
    if m.contains(Modifier::DIM) {
        f = faint(f, b);
    }
    (f, b)
}

#[test]
fn every_theme_reads_on_every_terminal() {
    let mut failures = Vec::new();
    let mut table = Vec::new();
    for (name, _) in BUILT_IN {
        for depth in DEPTHS {
            let theme = Theme::load(name, None, depth).unwrap();
            let frames = frames(name, depth);
            for (terminal, term_fg, term_bg) in TERMINALS {
                let page = rgb(theme.colors.background, term_bg);
                let mut lowest: Vec<(Class, f64)> = Vec::new();
                for (state, buf) in &frames {
                    for (i, cell) in buf.content().iter().enumerate() {
                        let (x, y) = (
                            i % usize::from(buf.area.width),
                            i / usize::from(buf.area.width),
                        );
                        let (f, b) = shown(cell.fg, cell.bg, cell.modifier, term_fg, term_bg);
                        let symbol = cell.symbol();
                        let c = symbol.chars().next().unwrap_or(' ');
                        let selected = cell.modifier.contains(Modifier::REVERSED)
                            || (cell.bg == theme.colors.selection_bg
                                && cell.bg != theme.colors.background);
                        let mut checks = Vec::new();
                        if selected {
                            checks.push((Class::Selection, ratio(b, page)));
                        }
                        if !c.is_whitespace() {
                            let class = match c {
                                '\u{2500}'..='\u{257F}' => Class::Border,
                                '\u{2580}'..='\u{259F}' => Class::Graphic,
                                _ if cell.modifier.contains(Modifier::DIM)
                                    || (!theme.monochrome && cell.fg == theme.colors.dim) =>
                                {
                                    Class::Dim
                                }
                                _ => Class::Text,
                            };
                            checks.push((class, ratio(f, b)));
                        }
                        for (class, r) in checks {
                            if r < class.needs() {
                                failures.push(format!(
                                    "{name} {depth:?} on {terminal}: {} {r:.2} < {} \
                                     (fg {:?} bg {:?} {:?}), e.g. {state} ({x},{y}) {symbol:?}",
                                    class.name(),
                                    class.needs(),
                                    cell.fg,
                                    cell.bg,
                                    cell.modifier
                                ));
                            }
                            match lowest.iter_mut().find(|(k, _)| *k == class) {
                                Some((_, low)) => *low = low.min(r),
                                None => lowest.push((class, r)),
                            }
                        }
                    }
                }
                lowest.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap());
                let cells: Vec<String> = lowest
                    .iter()
                    .map(|(k, r)| format!("{} {r:.1}", k.name()))
                    .collect();
                table.push(format!(
                    "{name:<14} {:<9} {terminal:<15} {}",
                    format!("{depth:?}"),
                    cells.join("  ")
                ));
            }
        }
    }
    println!(
        "lowest contrast ratios (text needs 4.5, the rest 3):\n{}",
        table.join("\n")
    );
    // One line per theme, terminal and colour pair, with the first cell that shows it.
    let mut pairs: Vec<String> = Vec::new();
    for f in &failures {
        let pair = f.split(", e.g.").next().unwrap_or(f);
        if !pairs.iter().any(|p| p.starts_with(pair)) {
            pairs.push(f.clone());
        }
    }
    assert!(
        failures.is_empty(),
        "{} cells below their contrast ratio, in {} colour pairs:\n{}",
        failures.len(),
        pairs.len(),
        pairs.join("\n")
    );
}

/// The light theme's figures and its errors look different in 16 colours (the nearest of its
/// brown would be the errors' red).
#[test]
fn figures_are_not_errors_in_16_colours() {
    for (name, _) in BUILT_IN {
        let t = Theme::load(name, None, ColorDepth::Ansi16).unwrap();
        if !t.monochrome {
            assert_ne!(t.colors.figure, t.colors.error, "{name}");
        }
    }
}

/// `auto` picks light on a light terminal and dark otherwise; dark paints its own background,
/// so it reads on either.
#[test]
fn auto_follows_the_terminal() {
    use newsdesk::theme::{resolve, Background};
    assert_eq!(resolve("auto", Some(Background::Light)), "light");
    assert_eq!(resolve("auto", Some(Background::Dark)), "dark");
    assert_eq!(resolve("auto", None), "dark");
    assert_eq!(resolve("solarized", Some(Background::Light)), "solarized");
    let dark = Theme::load("dark", None, ColorDepth::TrueColor).unwrap();
    assert_ne!(dark.colors.background, Color::Reset);
}
