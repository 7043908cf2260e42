//! The app's behaviour, event by event.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crossterm::event::{Event as Input, KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::article::{parse_object, PubStatus};
use crate::config::UrgencyLevels;
use crate::fold::search_key;
use crate::store::Upsert;

mod search;

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
    let mut app = App::builder(config, theme, ColorDepth::Mono)
        .mode(BidiMode::Shaped)
        .now(t(0))
        .size(120, 40)
        .build();
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
fn pause_freezes_the_view_while_arrivals_go_into_the_store() {
    let config = Config {
        watch: vec!["زلزله".into()],
        ..Config::default()
    };
    let mut app = app_with(config, &[A, B, C]);
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('f'));
    assert!(app.follow);
    let selected = app.selected;
    key(&mut app, KeyCode::Char('p'));
    let top = app.store.nth(app.list_offset).map(|r| r.id);
    let batch = (0..30)
        .map(|i| {
            let json = format!(r#"{{"titr":"زلزله {i}"}}"#);
            upsert(&format!("n{i}.json"), &json, t(4000 + i), true)
        })
        .collect();
    app.update_at(Event::Ingest(IngestEvent::Batch(batch)), t(4100));
    assert_eq!(app.store.len(), 33, "applied at once, nothing queued");
    assert_eq!(app.new_while_paused, 30);
    assert_eq!(app.alerts.len(), 30, "arrivals still alert while paused");
    assert_eq!(app.selected, selected, "the selection stays");
    assert_eq!(
        app.store.nth(app.list_offset).map(|r| r.id),
        top,
        "so do the rows"
    );
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.new_while_paused, 0);
    assert_eq!(
        selected_headline(&app),
        "زلزله 29",
        "resume follows the newest"
    );
}

#[test]
fn what_the_app_keeps_per_article_follows_the_ids_that_leave() {
    let config = Config {
        max_articles: 3,
        watch: vec!["oil".into()],
        ..Config::default()
    };
    let mut app = app_with(config, &[]);
    let oil = |i: u64| upsert(&format!("{i}.json"), r#"{"titr":"oil up"}"#, t(i), true);
    app.update_at(
        Event::Ingest(IngestEvent::Batch(vec![oil(1), oil(2)])),
        t(10),
    );
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "oil");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    let first: Vec<u64> = app.store.iter_newest().map(|r| r.id).collect();
    assert_eq!(app.marks.len(), 2);
    assert_eq!(app.search.hits.len(), 2);
    assert_eq!(app.read.len(), 1);
    app.update_at(Event::Ingest(IngestEvent::Batch(vec![oil(3)])), t(11));
    assert_eq!(
        app.search.hits.len(),
        3,
        "an arrival under a standing query is a hit"
    );
    let plain = |i: u64| upsert(&format!("{i}.json"), r#"{"titr":"calm"}"#, t(i), true);
    app.update_at(
        Event::Ingest(IngestEvent::Batch(vec![plain(4), plain(5)])),
        t(12),
    );
    for id in first {
        assert!(app.store.get(id).is_none());
        assert!(!app.marks.contains_key(&id) && !app.read.contains(&id));
        assert!(!app.search.hits.contains(&id));
    }
    assert_eq!(app.marks.len(), 1, "articles without marks take no entry");
    assert_eq!(app.search.hits.len(), 1);
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

/// The headline shown on the list's first row.
fn top_headline(app: &App) -> String {
    let record = app.store.nth(app.list_offset).unwrap();
    record.article.headline.clone()
}

#[test]
fn not_following_the_rows_under_the_eye_hold_still() {
    let mut app = app_with(Config::default(), &[A, B, C]);
    key(&mut app, KeyCode::Char('j'));
    assert!(!app.follow);
    let (top, chosen) = (top_headline(&app), selected_headline(&app));
    assert_eq!((app.list_offset, app.new_above()), (0, 0));
    // At the very top of the list too: the reader turned follow off and is reading.
    let batch = vec![
        upsert("d.json", r#"{"titr":"first new"}"#, t(4000), true),
        upsert("e.json", r#"{"titr":"second new"}"#, t(4001), true),
    ];
    app.update_at(Event::Ingest(IngestEvent::Batch(batch)), t(4001));
    assert_eq!(top_headline(&app), top, "the first visible row stays");
    assert_eq!(selected_headline(&app), chosen, "and so does the selection");
    assert_eq!((app.list_offset, app.new_above()), (2, 2));
    // An article dated older than the first visible row goes in below it, in sight.
    let older = vec![upsert("f.json", r#"{"titr":"old copy"}"#, t(10), false)];
    app.update_at(Event::Ingest(IngestEvent::Batch(older)), t(4002));
    assert_eq!((top_headline(&app), app.new_above()), (top.clone(), 2));
    // Moving up past the first visible row brings one into sight: one is left above.
    key(&mut app, KeyCode::Char('k'));
    key(&mut app, KeyCode::Char('k'));
    assert_eq!(selected_headline(&app), "first new");
    assert_eq!((app.list_offset, app.new_above()), (1, 1));
    // `g` goes to the newest, and nothing is above any more.
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(selected_headline(&app), "second new");
    assert_eq!((app.list_offset, app.new_above()), (0, 0));
}

#[test]
fn following_the_list_shifts_to_the_newest() {
    let mut app = app_with(Config::default(), &[A, B, C]);
    let batch = vec![upsert("d.json", r#"{"titr":"first new"}"#, t(4000), true)];
    app.update_at(Event::Ingest(IngestEvent::Batch(batch)), t(4000));
    assert_eq!(selected_headline(&app), "first new");
    assert_eq!((app.list_offset, app.new_above()), (0, 0));
}

#[test]
fn the_alert_cursor_moves_and_enter_opens_its_alert() {
    let config = Config {
        watch: vec!["زلزله".into()],
        ..Config::default()
    };
    let mut app = app_with(config, &[A]);
    let batch = (0..3)
        .map(|i| {
            upsert(
                &format!("q{i}.json"),
                &format!(r#"{{"titr":"زلزله {i}"}}"#),
                t(4000 + i),
                true,
            )
        })
        .collect();
    app.update_at(Event::Ingest(IngestEvent::Batch(batch)), t(4010));
    key(&mut app, KeyCode::Char('a'));
    for _ in 0..5 {
        key(&mut app, KeyCode::Char('j'));
    }
    assert_eq!(app.overlay_scroll, 2, "the cursor stops at the last alert");
    key(&mut app, KeyCode::Char('k'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, None);
    assert_eq!(selected_headline(&app), "زلزله 1");
}

#[test]
fn wire_urgency_versions_and_kills_on_the_desk() {
    let mut config = Config::default();
    config.urgency.levels.urgent = 4;
    let mut app = app_with(config, &[]);
    let arrive = |app: &mut App, name: &str, json: &str, at: u64| {
        let batch = vec![upsert(name, json, t(at), true)];
        app.update_at(Event::Ingest(IngestEvent::Batch(batch)), t(at));
    };
    arrive(
        &mut app,
        "a.json",
        r#"{"uri":"urn:q","version":"1","headline":"Quake felt","urgency":5}"#,
        4000,
    );
    let id = app.store.nth(0).unwrap().id;
    assert!(app.alerts.is_empty(), "urgency 5 is below every tier");
    // Version 2 in another file: the same entry, now URGENT under `urgent = 4`.
    arrive(
        &mut app,
        "b.xml",
        r#"{"uri":"urn:q","version":"2","headline":"Quake kills 3","urgency":3}"#,
        4010,
    );
    assert_eq!(app.store.len(), 1);
    assert_eq!(app.store.nth(0).unwrap().id, id);
    assert_eq!(app.marks[&id].tier, Some(Tier::Urgent));
    assert_eq!(app.alerts.len(), 1);
    // Version 1 delivered again late changes nothing.
    arrive(
        &mut app,
        "c.json",
        r#"{"uri":"urn:q","version":"1","headline":"Quake felt","urgency":5}"#,
        4020,
    );
    assert_eq!(headline_of(app.store.nth(0).unwrap()), "Quake kills 3");
    assert_eq!(app.alerts.len(), 1);
    // The kill: still listed under the story's headline, marked, and an alert.
    arrive(
        &mut app,
        "d.json",
        r#"{"uri":"urn:q","version":"3","pubstatus":"canceled"}"#,
        4030,
    );
    assert_eq!(app.store.len(), 1);
    assert_eq!(app.marks[&id].notice, Some(PubStatus::Canceled));
    assert_eq!(app.alerts[0].notice, Some(PubStatus::Canceled));
    assert_eq!(app.alerts[0].headline, "Quake kills 3");
    let levels = UrgencyLevels::default();
    assert_eq!(Tier::of_urgency(1, levels), Some(Tier::Flash));
    assert_eq!(Tier::of_urgency(2, levels), Some(Tier::Bulletin));
    assert_eq!(Tier::of_urgency(4, levels), None);
    let off = UrgencyLevels { flash: 0, ..levels };
    assert_eq!(Tier::of_urgency(1, off), Some(Tier::Bulletin));
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

#[test]
fn a_flash_among_future_dated_copy_is_shown_and_alerted() {
    let config = Config {
        max_articles: 3,
        ..Config::default()
    };
    let mut app = app_with(config, &[]);
    let future = (0..3)
        .map(|i| {
            let json = format!(r#"{{"titr":"future {i}","published":"2100-01-01T00:00:00Z"}}"#);
            upsert(&format!("f{i}.json"), &json, t(100), true)
        })
        .collect();
    app.update_at(Event::Ingest(IngestEvent::Batch(future)), t(100));
    let flash = upsert(
        "flash.json",
        r#"{"onTitr":"FLASH","titr":"quake"}"#,
        t(160),
        true,
    );
    app.update_at(Event::Ingest(IngestEvent::Batch(vec![flash])), t(160));
    assert_eq!(app.store.len(), 3);
    assert!(app
        .store
        .iter_newest()
        .any(|r| r.article.headline == "quake"));
    assert_eq!(
        app.alerts.front().map(|a| a.headline.as_str()),
        Some("quake")
    );
    // Ten minutes on, the future copy no longer outranks what arrives.
    let later = upsert("later.json", r#"{"titr":"later"}"#, t(1000), true);
    app.update_at(Event::Ingest(IngestEvent::Batch(vec![later])), t(1000));
    assert_eq!(app.store.nth(0).unwrap().article.headline, "later");
}
