//! The metrics board on thirty real articles from the shared corpus (a fixed list across the
//! sources): rows from many articles, every report traced to an article held and a figure
//! with a subject, the same board whether the files arrive at once or one by one, and an empty
//! board once they are gone. Skipped with a message without `../shared`; a failure under `CI`.

mod shared_corpus;
mod ui_support;

use std::collections::HashSet;
use std::path::PathBuf;

use crossterm::event::KeyCode;

use newsdesk::app::{App, Event};
use newsdesk::config::Config;
use newsdesk::extract::subject_of;
use newsdesk::ingest::IngestEvent;
use newsdesk::store::{BoardSort, Change};
use ui_support::{desk_of, load, now, press, screen};

const FILES: [&str; 30] = [
    "isna_00003.json",
    "isna_00010.json",
    "isna_00017.json",
    "isna_00024.json",
    "isna_00031.json",
    "isna_00038.json",
    "fars_00003.json",
    "fars_00010.json",
    "fars_00017.json",
    "fars_00024.json",
    "fars_00031.json",
    "fars_00038.json",
    "varzesh3_00003.json",
    "varzesh3_00010.json",
    "varzesh3_00017.json",
    "varzesh3_00024.json",
    "tabnak_00003.json",
    "tabnak_00010.json",
    "tabnak_00017.json",
    "tabnak_00024.json",
    "asriran_00003.json",
    "asriran_00010.json",
    "asriran_00017.json",
    "asriran_00024.json",
    "roozno_00003.json",
    "roozno_00010.json",
    "roozno_00017.json",
    "hamshahri-rss_00003.json",
    "tasnim_00003.json",
    "khabaronline_00003.json",
];

/// What the board holds: per row, its key, kind and reports (article path, value).
fn board_of(app: &App) -> Vec<String> {
    let mut rows: Vec<String> = app
        .store()
        .board()
        .rows(BoardSort::Recency)
        .map(|r| {
            let mut reports: Vec<String> = r
                .reports()
                .map(|rep| {
                    let path = &app.store().get(rep.article).unwrap().path;
                    format!("{} {}", path.display(), rep.entry.value)
                })
                .collect();
            reports.sort();
            format!(
                "{} {:?} {reports:?} {}",
                r.key(),
                r.kind(),
                r.has_conflict()
            )
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn the_board_on_corpus_articles() {
    let Some(dir) = shared_corpus::corpus("articles") else {
        return;
    };
    let files: Vec<(String, String)> = FILES
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(name)).unwrap();
            (name.to_string(), text)
        })
        .collect();
    let mut app = desk_of(120, 40, Config::default(), &files);
    assert_eq!(app.store().len(), FILES.len());
    let board = app.store().board();
    let mut articles = HashSet::new();
    for row in board.rows(BoardSort::Recency) {
        for report in row.reports() {
            let record = app.store().get(report.article).expect("held");
            let named = &record.figures[report.entry.named as usize];
            assert!(subject_of(named).is_some(), "{named:?}");
            assert_eq!(
                record.figures[report.entry.figure as usize].value,
                report.entry.value
            );
            articles.insert(report.article);
        }
    }
    assert!(
        articles.len() >= 15,
        "rows from {} of {} articles",
        articles.len(),
        FILES.len()
    );

    // One file at a time, the board is the same.
    let mut one_by_one = desk_of(120, 40, Config::default(), &[]);
    for file in &files {
        load(&mut one_by_one, std::iter::once(file.clone()));
    }
    assert_eq!(board_of(&one_by_one), board_of(&app));

    press(&mut app, KeyCode::Char('m'));
    let shown = screen(&app);
    println!("{shown}");
    let title = format!("Metrics board: {} subjects", app.store().board().len());
    assert!(shown.contains(&title), "{shown}");
    let filled = shown
        .lines()
        .skip(2)
        .take(37)
        .filter(|l| l.chars().skip(3).any(|c| !c.is_whitespace() && c != '│'))
        .count();
    assert_eq!(filled, 37, "a full page of rows: {shown}");

    let gone: Vec<Change> = FILES
        .iter()
        .map(|name| Change::Remove {
            path: PathBuf::from("/srv/newsroom/wire").join(name),
        })
        .collect();
    app.update_at(Event::Ingest(IngestEvent::Batch(gone)), now());
    assert!(app.store().is_empty());
    assert!(app.store().board().is_empty());
    assert!(screen(&app).contains("no figures with a subject yet"));
}
