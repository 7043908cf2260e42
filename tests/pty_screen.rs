//! The screen stays exactly right while rows are moved by the terminal: after many arrivals
//! (the headline list shifting, scrolled with DECSTBM and SU/SD where that saves output) and
//! article scrolling, what a terminal shows equals a fresh full redraw of the same state.

#![cfg(unix)]

mod pty_support;

use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use pty_support::{differences, drop_article, parse, Options, Session, EXIT, READY};

fn headline(i: usize) -> String {
    const WORDS: [&str; 8] = [
        "Oil exports rise",
        "Rain floods Ahvaz",
        "Budget bill passes",
        "Quake shakes Bam",
        "Metro line opens",
        "Wheat purchases up",
        "Dust closes schools",
        "Rice harvest starts",
    ];
    format!("{} story {i:03}", WORDS[i % WORDS.len()])
}

fn article(i: usize) -> String {
    let body: String = (0..40)
        .map(|k| {
            format!(
                "Paragraph of article {i}, sentence {k}, counts {} cases. ",
                k * 37 + i
            )
        })
        .collect();
    serde_json::json!({
        "onTitr": if i % 5 == 0 { "کیکر" } else { "" },
        "titr": headline(i),
        "describe": format!("TEHRAN, Nov. 20 (IRNA) - Lead of story {i} with {} people.", i * 1000),
        "text": body,
    })
    .to_string()
}

/// The raw output once it ends on a whole frame and has stopped growing.
fn settled(s: &Session, from: usize) -> Vec<u8> {
    let start = Instant::now();
    let (mut last, mut quiet) = (0, 0);
    loop {
        let raw = s.raw();
        let whole = raw[from..].ends_with(b"\x1b[?2026l");
        if whole && raw.len() == last {
            quiet += 1;
            if quiet >= 5 {
                return raw;
            }
        } else {
            quiet = 0;
        }
        last = raw.len();
        assert!(start.elapsed() < READY, "output never settled");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn minute() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        / 60
}

/// The screen as kept by incremental frames, against the same state drawn whole after a
/// suspend and resume (which clears the screen and forgets it). Retried when a minute
/// boundary (the clock and ages change) falls between the two.
fn assert_matches_full_redraw(s: &mut Session, size: (u16, u16)) {
    for _ in 0..3 {
        let at = minute();
        let kept = settled(s, 0);
        let before = kept.len();
        s.keys("\x1a");
        std::thread::sleep(Duration::from_millis(300));
        s.signal(libc::SIGCONT);
        let start = Instant::now();
        let fresh = loop {
            let raw = s.raw();
            let tail = &raw[before..];
            if let Some(at) = find_last(tail, b"\x1b[?1049h") {
                if tail[at..].ends_with(b"\x1b[?2026l") {
                    let all = settled(s, before);
                    let tail = &all[before..];
                    break tail[find_last(tail, b"\x1b[?1049h").unwrap()..].to_vec();
                }
            }
            assert!(start.elapsed() < READY, "no redraw after the suspend");
            std::thread::sleep(Duration::from_millis(50));
        };
        let (a, b) = (parse(&kept, size), parse(&fresh, size));
        let diff = differences(&a, &b);
        if diff.is_empty() {
            return;
        }
        assert!(
            minute() != at,
            "the kept screen differs from a full redraw in {} cells:\n{}\nkept:\n{}\nfresh:\n{}",
            diff.len(),
            diff.iter().take(20).cloned().collect::<Vec<_>>().join("\n"),
            a.contents(),
            b.contents()
        );
    }
    panic!("three minute boundaries in a row");
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Scrolls the program asked of the terminal: a DECSTBM region then SU or SD.
fn scrolls(raw: &[u8]) -> usize {
    let text = String::from_utf8_lossy(raw);
    text.split("\x1b[")
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| {
            let region = w[0].split_once('r').is_some_and(|(n, _)| {
                n.split(';').count() == 2 && n.split(';').all(|d| d.parse::<u16>().is_ok())
            });
            let scroll = w[1]
                .find(['S', 'T'])
                .is_some_and(|i| i > 0 && w[1][..i].parse::<u16>().is_ok());
            region && scroll
        })
        .count()
}

fn arrivals(dir: &Path, s: &mut Session, from: usize, count: usize) {
    for i in from..from + count {
        drop_article(dir, &format!("{i:04}.json"), &article(i));
        assert!(s.wait_for(&headline(i), READY), "{}", s.text());
    }
}

/// Not following: arrivals go in above the rows shown and are only counted.
fn arrivals_above(dir: &Path, s: &mut Session, from: usize, count: usize) {
    for i in from..from + count {
        drop_article(dir, &format!("{i:04}.json"), &article(i));
        let above = format!("↑{} new", i - from + 1);
        assert!(s.wait_for(&above, READY), "{}", s.text());
    }
}

/// The stories on the headline list's rows, top to bottom (ages are left out: a minute
/// boundary changes them).
fn list_rows(s: &Session) -> Vec<String> {
    let screen = s.screen();
    let (rows, cols) = screen.size();
    let (rows, cols) = (rows.get(), cols.get());
    (1..rows - 2)
        .filter_map(|row| {
            let text = screen.contents_between(row, 0, row, cols / 3);
            let at = text.find("story ")?;
            Some(text[at..].chars().take(9).collect())
        })
        .collect()
}

fn status_bar(screen: &vt100::Screen) -> String {
    let (rows, cols) = screen.size();
    let (rows, cols) = (rows.get(), cols.get());
    screen.contents_between(rows - 1, 0, rows - 1, cols)
}

fn session(dir: &Path, cols: u16, rows: u16) -> Session {
    // A second apart: files written within one clock tick share their time, and the list
    // would order them by which was read first.
    let now = std::time::SystemTime::now();
    for i in 0..30u64 {
        let name = format!("{i:04}.json");
        drop_article(dir, &name, &article(i as usize));
        let file = std::fs::File::options()
            .write(true)
            .open(dir.join(&name))
            .unwrap();
        file.set_modified(now - Duration::from_secs(30 - i))
            .unwrap();
    }
    let s = Session::with(
        dir,
        Options {
            cols,
            rows,
            // Nothing is marked new, so a key press (the suspend) changes no style.
            config: "new_minutes = 0\n",
            ..Options::default()
        },
    );
    // All thirty, not only the newest: under load the startup read can come in more than one
    // batch, and one that lands after a test stops following goes in above the rows shown.
    assert!(
        s.wait_until(READY, |screen| status_bar(screen).contains("30 articles")),
        "{}",
        s.text()
    );
    assert!(s.wait_for(&headline(29), READY), "{}", s.text());
    s
}

#[test]
fn three_columns_following_the_newest() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), 160, 48);
    let before = s.bytes();
    arrivals(dir.path(), &mut s, 30, 20);
    assert_matches_full_redraw(&mut s, (160, 48));
    assert!(scrolls(&s.raw()[before..]) > 0, "no arrival was scrolled");
    s.keys("q");
    assert!(s.wait_exit(EXIT).is_some());
}

#[test]
fn three_columns_not_following() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), 160, 48);
    s.keys("jjf");
    arrivals(dir.path(), &mut s, 30, 10);
    s.keys("jjj");
    arrivals_above(dir.path(), &mut s, 40, 10);
    assert_matches_full_redraw(&mut s, (160, 48));
    s.keys("q");
    assert!(s.wait_exit(EXIT).is_some());
}

#[test]
fn one_pane_list_and_article_scrolling() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), 60, 24);
    let before = s.bytes();
    arrivals(dir.path(), &mut s, 30, 10);
    s.keys("fjj");
    arrivals_above(dir.path(), &mut s, 40, 10);
    assert_matches_full_redraw(&mut s, (60, 24));
    assert!(scrolls(&s.raw()[before..]) > 0, "no arrival was scrolled");
    // The article, opened full width, scrolled a line at a time and a page at a time.
    s.keys("\r");
    assert!(s.wait_for("Paragraph of article", READY), "{}", s.text());
    let before = s.bytes();
    for key in ["j", "j", "j", " ", "k", "j", "j"] {
        s.keys(key);
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_matches_full_redraw(&mut s, (60, 24));
    assert!(
        scrolls(&s.raw()[before..]) > 0,
        "no article line was scrolled"
    );
    s.keys("q");
    assert!(s.wait_exit(EXIT).is_some());
}

/// Not following, the reader is reading: arrivals go in above the rows shown, which stay put,
/// even at the very top of the list; the status bar counts them, and `g` goes to them.
#[test]
fn not_following_the_list_holds_still() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(dir.path(), 160, 48);
    // The last headline can be on screen before the rest of its frame (the status bar) is.
    assert!(
        s.wait_until(READY, |screen| status_bar(screen).contains("follow")),
        "{}",
        s.text()
    );
    s.keys("jk");
    assert!(
        s.wait_until(READY, |screen| !status_bar(screen).contains("follow")),
        "{}",
        s.text()
    );
    let rows = list_rows(&s);
    assert_eq!(rows.len(), 30, "{rows:?}");
    assert_eq!(rows[0], "story 029");
    arrivals_above(dir.path(), &mut s, 30, 5);
    assert_eq!(list_rows(&s), rows, "the rows under the eye moved");
    assert!(!s.text().contains(&headline(34)));
    assert_matches_full_redraw(&mut s, (160, 48));
    s.keys("g");
    assert!(s.wait_for(&headline(34), READY), "{}", s.text());
    assert!(
        s.wait_until(READY, |screen| !screen.contents().contains("↑5 new")),
        "{}",
        s.text()
    );
    s.keys("q");
    assert!(s.wait_exit(EXIT).is_some());
}
