//! The desk's metrics board (`m`) over the built-in sample desk plus the board fixtures (two
//! pairs of reports of one earthquake that disagree on the toll, three Brent prices in a day,
//! an English rail deal): its rows, orders, filters, Enter, and updates as copy comes and goes.

mod ui_support;

use std::path::PathBuf;

use crossterm::event::KeyCode;

use newsdesk::app::{App, BoardLine, Event, Overlay, Pane};
use newsdesk::config::Config;
use newsdesk::extract::Kind;
use newsdesk::i18n::Lang;
use newsdesk::ingest::IngestEvent;
use newsdesk::store::{BoardSort, Change};
use newsdesk::theme::ColorDepth;
use ui_support::{
    desk_in, desk_with, fixtures, frame, lang, load, now, picture, press, screen, typed,
};

/// The sample desk with the board fixtures arrived after it.
fn board_desk(width: u16, height: u16, config: Config) -> App {
    let mut app = desk_with(width, height, config);
    load(&mut app, fixtures("board").into_iter());
    app
}

fn lines(app: &App) -> Vec<String> {
    app.board_lines()
        .map(|l| match l {
            BoardLine::Row(r) => format!("{} {:?} {}", r.key(), r.kind(), r.articles()),
            BoardLine::Conflict(r, rep) => format!("  ≠ {} {}", r.key(), rep.entry.value),
        })
        .collect()
}

#[test]
fn the_board_on_the_demo() {
    for (l, (w, h)) in [
        (Lang::En, (120, 40)),
        (Lang::Fa, (120, 40)),
        (Lang::En, (80, 24)),
        (Lang::Fa, (80, 24)),
    ] {
        let mut app = board_desk(w, h, lang(l));
        press(&mut app, KeyCode::Char('m'));
        assert_eq!(app.overlay(), Some(Overlay::Board));
        insta::assert_snapshot!(format!("board_{}_{w}x{h}", l.as_str()), screen(&app));
    }
}

#[test]
fn rows_come_from_many_articles() {
    let app = board_desk(120, 40, Config::default());
    let articles: std::collections::HashSet<u64> =
        app.board_lines().map(|l| l.report().article).collect();
    assert!(
        articles.len() >= 10,
        "{} articles on the board",
        articles.len()
    );
}

/// `s` cycles the orders; conflicts first puts the contradicting tolls on top, each followed
/// by the report it contradicts.
#[test]
fn orders_and_conflicts() {
    let mut app = board_desk(120, 40, Config::default());
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(app.board_sort(), BoardSort::Recency);
    let newest: Vec<_> = app.board_lines().map(|l| l.report().time).collect();
    let rows: Vec<_> = app
        .board_lines()
        .filter_map(|l| match l {
            BoardLine::Row(r) => Some(r.latest().time),
            BoardLine::Conflict(..) => None,
        })
        .collect();
    assert!(rows.windows(2).all(|w| w[0] >= w[1]), "newest first");
    assert!(!newest.is_empty());
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.board_sort(), BoardSort::Size);
    let sizes: Vec<usize> = app
        .board_lines()
        .filter_map(|l| match l {
            BoardLine::Row(r) => Some(r.articles()),
            BoardLine::Conflict(..) => None,
        })
        .collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.board_sort(), BoardSort::Conflicts);
    let shown = lines(&app);
    let at = shown
        .iter()
        .position(|l| l.starts_with("villagers "))
        .expect("the toll is on the board");
    assert_eq!(shown[at + 1], "  ≠ villagers 40", "{shown:#?}");
    let first_plain = app
        .board_lines()
        .position(|l| matches!(l, BoardLine::Row(r) if !r.has_conflict()))
        .unwrap();
    assert!(at < first_plain, "conflicts come first: {shown:#?}");
    insta::assert_snapshot!("board_conflicts_first_en_120x40", screen(&app));
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.board_sort(), BoardSort::Recency);
}

#[test]
fn filters_by_kind_and_search() {
    let mut app = board_desk(120, 40, Config::default());
    press(&mut app, KeyCode::Char('m'));
    let all = app.board_lines().count();
    for (key, kind) in [
        ('1', Kind::Count),
        ('2', Kind::Percent),
        ('3', Kind::Money),
        ('4', Kind::Measure),
        ('5', Kind::Duration),
    ] {
        press(&mut app, KeyCode::Char(key));
        assert_eq!(app.board_kind(), Some(kind));
        assert!(app.board_lines().all(|l| match l {
            BoardLine::Row(r) | BoardLine::Conflict(r, _) => r.kind() == kind,
        }));
    }
    press(&mut app, KeyCode::Char('2'));
    assert!(screen(&app).contains("kind: percent"));
    press(&mut app, KeyCode::Char('6'));
    assert_eq!(app.board_kind(), None);
    assert_eq!(app.board_lines().count(), all);
    // The search query narrows it, typed with the board open.
    press(&mut app, KeyCode::Char('/'));
    typed(&mut app, "villagers");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.overlay(),
        Some(Overlay::Board),
        "typing kept the board open"
    );
    let found = lines(&app);
    assert!(!found.is_empty() && found.len() < all, "{found:#?}");
    assert!(
        found.iter().any(|l| l.starts_with("villagers ")),
        "{found:#?}"
    );
    assert!(screen(&app).contains("/villagers"));
    press(&mut app, KeyCode::Char('/'));
    typed(&mut app, "zzzz");
    press(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("no rows match"));
}

/// Enter opens the article behind the line under the cursor, scrolled to the figure and
/// marked there; on a conflict line, the article that gave the other value.
#[test]
fn enter_opens_the_article_behind_a_line() {
    let mut app = board_desk(120, 40, Config::default());
    press(&mut app, KeyCode::Char('m'));
    let at = lines(&app)
        .iter()
        .position(|l| l == "  ≠ villagers 40")
        .expect("the earlier toll is listed under the later");
    for _ in 0..at {
        press(&mut app, KeyCode::Char('j'));
    }
    let report = app.board_lines().nth(at).unwrap().report();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay(), None);
    assert_eq!(app.selected(), Some(report.article));
    assert_eq!(app.focus(), Pane::Article);
    let mark = app
        .figure_mark()
        .expect("the figure is marked in the article");
    assert_eq!(mark.id, report.article);
    let headline = &app.selected_record().unwrap().article.headline;
    assert!(headline.contains("40 villagers"), "{headline}");
}

/// Arrivals add rows and departures take them away, as they happen.
#[test]
fn kept_live_as_copy_comes_and_goes() {
    let mut app = desk_with(120, 40, Config::default());
    let before = app.store().board().len();
    load(&mut app, fixtures("board").into_iter());
    let with = app.store().board().len();
    assert!(with > before);
    let changes: Vec<Change> = fixtures("board")
        .into_iter()
        .map(|(name, _)| Change::Remove {
            path: PathBuf::from("/srv/newsroom/wire").join(name),
        })
        .collect();
    app.update_at(Event::Ingest(IngestEvent::Batch(changes)), now());
    assert_eq!(app.store().board().len(), before);
    assert!(app.store().board().rows(BoardSort::Recency).all(|r| r
        .reports()
        .all(|rep| app.store().get(rep.article).is_some())));
}

#[test]
fn keys_move_and_close() {
    let mut app = board_desk(100, 30, Config::default());
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Char('G'));
    let n = app.board_lines().count();
    assert_eq!(app.board_cursor(), n - 1);
    assert!(app.board_offset() + app.board_page() >= n);
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.board_cursor(), n - 1 - app.board_page());
    press(&mut app, KeyCode::Char('g'));
    assert_eq!((app.board_cursor(), app.board_offset()), (0, 0));
    press(&mut app, KeyCode::Char('x'));
    assert!(app.exact_figures());
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(app.overlay(), None);
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay(), None);
}

/// The board in colour, both themes, to see what the styles are.
#[test]
fn the_board_in_colour() {
    for theme in ["dark", "light"] {
        let mut app = desk_in(100, 30, lang(Lang::En), theme, ColorDepth::TrueColor);
        load(&mut app, fixtures("board").into_iter());
        press(&mut app, KeyCode::Char('m'));
        insta::assert_snapshot!(format!("board_en_100x30_{theme}"), picture(&frame(&app)));
    }
}

/// Narrow, the subject and its value keep their room; age, source and trend give way.
#[test]
fn the_board_narrow() {
    for l in [Lang::En, Lang::Fa] {
        let mut app = board_desk(40, 12, lang(l));
        press(&mut app, KeyCode::Char('m'));
        insta::assert_snapshot!(format!("board_{}_40x12", l.as_str()), screen(&app));
    }
}
