//! The real binary in a pseudo-terminal, read back through a terminal emulator (vt100): what a
//! desk would see, and what it would be left with after the process goes.

#![cfg(unix)]

mod pty_support;

use std::path::Path;
use std::time::{Duration, Instant};

use pty_support::{assert_restored, drop_article, Options, Session, EXIT, READY};

#[test]
fn a_dropped_article_appears_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::start(dir.path(), 120, 30, &[]);
    assert!(
        s.wait_for("Headlines", READY),
        "no dashboard:\n{}",
        s.text()
    );
    drop_article(
        dir.path(),
        "a.json",
        r#"{"titr":"Quake of magnitude 5.1 shakes Bam","describe":"TEHRAN, Nov. 20 (IRNA) - A quake hit."}"#,
    );
    assert!(
        s.wait_for("Quake of magnitude 5.1", READY),
        "headline never shown:\n{}",
        s.text()
    );
}

#[test]
fn signals_end_cleanly_with_the_terminal_restored() {
    // ABRT and ALRM stand for the rarer signals whose default would also kill with the
    // terminal left raw.
    let signals = [
        libc::SIGHUP,
        libc::SIGTERM,
        libc::SIGINT,
        libc::SIGQUIT,
        libc::SIGABRT,
        libc::SIGALRM,
    ];
    for sig in signals {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Session::start(dir.path(), 100, 30, &[]);
        assert!(s.wait_for("Headlines", READY), "signal {sig}: no dashboard");
        s.signal(sig);
        let status = s.wait_exit(EXIT).expect("a signal ends the process");
        assert_eq!(status.exit_code(), 128 + sig as u32, "signal {sig}");
        assert_restored(&s.raw());
    }
}

#[test]
fn q_quits_with_the_terminal_restored() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::start(dir.path(), 100, 30, &[]);
    assert!(s.wait_for("Headlines", READY));
    s.keys("q");
    let status = s.wait_exit(EXIT).expect("q quits");
    assert!(status.success());
    assert_restored(&s.raw());
}

#[test]
fn hostile_headline_sends_no_control_sequence() {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::start(dir.path(), 120, 30, &[]);
    assert!(s.wait_for("Headlines", READY));
    let before = s.bytes();
    let json = serde_json::json!({
        "titr": "SAFE\u{1b}]2;pwned\u{7}HEAD\u{1b}[2JLINE\u{9b}31mEND \u{202e}reversed",
        "text": "body \u{1b}]52;c;ZXZpbA==\u{7} \u{1b}P+q\u{1b}\\ tail"
    });
    drop_article(dir.path(), "evil.json", &json.to_string());
    // A file name is untrusted too: a broken file whose name carries escapes, shown in the
    // error list.
    std::fs::write(dir.path().join("bad\u{1b}]2;owned\u{7}\u{1b}[5n.json"), "{").unwrap();
    assert!(s.wait_for("SAFEHEADLINEEND", READY), "{}", s.text());
    assert!(s.wait_for("1 error", READY), "{}", s.text());
    let mut s = s;
    s.keys("e");
    assert!(s.wait_for("EOF while parsing", READY), "{}", s.text());
    let raw = s.raw();
    let after = String::from_utf8_lossy(&raw[before..]);
    for bad in [
        "\x1b]", "\x1b[2J", "\u{9b}", "\x1bP", "\u{202e}", "pwned", "ZXZpbA",
    ] {
        assert!(!after.contains(bad), "{bad:?} reached the terminal");
    }
}

#[test]
fn ctrl_z_suspends_and_fg_restores_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    drop_article(dir.path(), "a.json", r#"{"titr":"Still here after fg"}"#);
    let mut s = Session::start(dir.path(), 100, 30, &[]);
    assert!(s.wait_for("Still here after fg", READY));
    let before = s.bytes();
    s.keys("\x1a");
    // Under a job-control shell the process stops here until `fg`; this pty has none (the
    // process group is orphaned, so the kernel discards the stop), and it goes straight on.
    // Either way the terminal must be handed back, then taken again and redrawn whole.
    std::thread::sleep(Duration::from_millis(300));
    s.signal(libc::SIGCONT);
    let start = Instant::now();
    loop {
        let out = String::from_utf8_lossy(&s.raw()[before..]).to_string();
        let left = out.find("\x1b[?1049l");
        let back = left.and_then(|i| out[i..].find("\x1b[?1049h").map(|j| i + j));
        if back.is_some_and(|j| out[j..].contains("Still here after fg")) {
            break;
        }
        assert!(
            start.elapsed() < READY,
            "not handed back and redrawn: {out:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    s.keys("q");
    assert!(s.wait_exit(EXIT).is_some());
}

#[test]
fn idle_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    drop_article(dir.path(), "a.json", r#"{"titr":"One quiet story"}"#);
    let s = Session::start(dir.path(), 100, 30, &[]);
    assert!(s.wait_for("One quiet story", READY));
    // Let the first frames and the scan's last status settle, and keep the window clear of
    // a minute boundary, where the clock tick legitimately redraws.
    std::thread::sleep(Duration::from_millis(500));
    let second = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        % 60;
    if second >= 53 {
        std::thread::sleep(Duration::from_secs(62 - second));
    }
    let before = s.bytes();
    std::thread::sleep(Duration::from_secs(5));
    let written = s.bytes() - before;
    let text = String::from_utf8_lossy(&s.raw()[before..]).to_string();
    assert_eq!(written, 0, "idle process wrote {text:?}");
}

#[test]
fn a_thousand_resizes_leave_a_correct_screen() {
    let dir = tempfile::tempdir().unwrap();
    drop_article(dir.path(), "a.json", r#"{"titr":"Resize survivor"}"#);
    let mut s = Session::start(dir.path(), 100, 30, &[]);
    assert!(s.wait_for("Resize survivor", READY));
    for i in 0..1000u16 {
        s.resize(10 + (i * 37) % 200, 3 + (i * 13) % 60);
    }
    s.resize(100, 30);
    assert!(s.running(), "died while resizing");
    // The final frame, not a headline left from one drawn at another size: the two-column
    // layout of 100x30, both panes' corners where that size puts them, and the status bar on
    // the last row.
    let settled = s.wait_until(READY, |screen| {
        let row = |r: u16| screen.rows(0, 100).nth(usize::from(r)).unwrap_or_default();
        let (top, bottom) = (row(0), row(28));
        top.starts_with("┌ Headlines")
            && top.ends_with('┐')
            && top.chars().count() == 100
            && bottom.starts_with('└')
            && bottom.ends_with('┘')
            && bottom.chars().count() == 100
            && screen.contents().contains("Resize survivor")
            && row(29).contains("1 article")
    });
    assert!(settled, "{}", s.text());
    s.keys("q");
    assert!(
        s.wait_exit(EXIT).is_some(),
        "q did not end the process: {}",
        s.threads()
    );
}

/// SSH gone without a hangup signal: the pty closes while it is not the process's controlling
/// terminal. Input reads end-of-file and output fails; the process must end at once with its
/// documented status (74), not spin on the dead input.
#[test]
fn a_pty_closed_without_sighup_ends_the_process() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::with(
        dir.path(),
        Options {
            controlling_tty: false,
            ..Options::default()
        },
    );
    assert!(s.wait_for("Headlines", READY), "{}", s.text());
    s.close_pty("?");
    let status = s
        .wait_exit(EXIT)
        .expect("still running after the terminal went away");
    assert_eq!(status.exit_code(), 74, "{status:?}");
}

fn panics_on(thread: &str) {
    let dir = tempfile::tempdir().unwrap();
    drop_article(dir.path(), "a.json", r#"{"titr":"Before the panic"}"#);
    let mut s = Session::with(
        dir.path(),
        Options {
            env: &[("NEWSDESK_TEST_PANIC", thread)],
            ..Options::default()
        },
    );
    assert!(s.wait_for("Before the panic", READY), "{}", s.text());
    s.keys("\x1b[24~");
    let status = s
        .wait_exit(EXIT)
        .unwrap_or_else(|| panic!("a panic on the {thread} thread left the process running"));
    assert_eq!(status.exit_code(), 101, "{status:?}");
    assert_restored(&s.raw());
    // Nothing drawn after the restore (the dashboard once went on drawing), and the
    // panic's message lands on the restored screen.
    assert!(
        String::from_utf8_lossy(&s.raw()).contains("injected panic"),
        "no panic message"
    );
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "the panic switch is compiled into debug builds only"
)]
fn a_panic_on_the_input_thread_exits_restored() {
    panics_on("input");
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "the panic switch is compiled into debug builds only"
)]
fn a_panic_on_the_main_thread_exits_restored() {
    panics_on("main");
}

/// USR1 and USR2 are ignored (log reopen and status requests must not kill a dashboard, nor
/// leave the terminal raw, as their default action would).
#[test]
fn usr1_and_usr2_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    drop_article(dir.path(), "a.json", r#"{"titr":"Still standing"}"#);
    let mut s = Session::start(dir.path(), 100, 30, &[]);
    assert!(s.wait_for("Still standing", READY));
    s.signal(libc::SIGUSR1);
    s.signal(libc::SIGUSR2);
    // A key answered after the signals shows the process handled them and went on.
    s.keys("?");
    assert!(s.wait_for("this help", READY), "{}", s.text());
    assert!(s.running());
    s.keys("?");
    assert!(s.wait_until(READY, |screen| !screen.contents().contains("this help")));
    s.keys("q");
    let status = s.wait_exit(EXIT).expect("q quits");
    assert!(status.success());
    assert_restored(&s.raw());
}

/// A window of 65535x65535 once aborted on a 206 GB allocation with the terminal left raw.
/// The drawn area is capped; the dashboard lives on and comes back whole at a sane size.
#[test]
fn a_huge_window_is_drawn_capped() {
    let dir = tempfile::tempdir().unwrap();
    drop_article(dir.path(), "a.json", r#"{"titr":"Huge window survivor"}"#);
    let mut s = Session::start(dir.path(), 100, 30, &[]);
    assert!(s.wait_for("Huge window survivor", READY));
    let before = s.bytes();
    s.resize(65535, 65535);
    // The capped frame is drawn: its status bar lands on row 500 (not parsed here: an
    // emulator of 65535x65535 cells would need the memory the program no longer takes).
    let start = Instant::now();
    while !String::from_utf8_lossy(&s.raw()[before..]).contains("\x1b[500;1H") {
        assert!(s.running(), "died on a 65535x65535 window");
        assert!(start.elapsed() < READY, "no capped frame");
        std::thread::sleep(Duration::from_millis(50));
    }
    s.resize(100, 30);
    assert!(
        s.wait_until(READY, |screen| screen
            .contents()
            .contains("Huge window survivor")
            && screen
                .rows(0, 100)
                .nth(29)
                .is_some_and(|r| r.contains("1 article"))),
        "{}",
        s.text()
    );
    s.keys("q");
    let status = s.wait_exit(EXIT).expect("q quits");
    assert!(status.success());
    assert_restored(&s.raw());
}

/// One letter with 400,000 combining marks once cost 1.6 MB of output per frame; marks are
/// capped when the text is cleaned, so the frame showing it is small.
#[test]
fn a_letter_with_400000_marks_costs_little_output() {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::start(dir.path(), 120, 30, &[]);
    assert!(s.wait_for("Headlines", READY));
    let before = s.bytes();
    let headline = format!("MARKS a{} END", "\u{301}".repeat(400_000));
    let json = serde_json::json!({ "titr": headline, "text": "body" }).to_string();
    drop_article(dir.path(), "marks.json", &json);
    assert!(s.wait_for("END", READY), "{}", s.text());
    let written = s.bytes() - before;
    assert!(written < 64 * 1024, "{written} bytes to show one headline");
}

/// A flood of FLASH copy rings the bell at most once every few seconds (it once rang 185
/// times in 10 s). Each arrival is waited for, so each is its own batch and would ring.
#[test]
fn the_bell_is_rate_limited() {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::with(
        dir.path(),
        Options {
            config: "bell = true\n",
            ..Options::default()
        },
    );
    assert!(s.wait_for("Headlines", READY));
    let start = Instant::now();
    for i in 0..8 {
        let json = format!(r#"{{"onTitr":"FLASH","titr":"Flash number {i} lands"}}"#);
        drop_article(dir.path(), &format!("flash{i}.json"), &json);
        assert!(
            s.wait_for(&format!("Flash number {i}"), READY),
            "{}",
            s.text()
        );
    }
    let elapsed = start.elapsed().as_secs();
    let bells = s.raw().iter().filter(|&&b| b == 0x07).count();
    // The gap is 5 s: whatever the machine's speed, no more than one per started 5 s.
    let most = 1 + elapsed.div_ceil(5) as usize;
    assert!(bells >= 1, "the first FLASH rings");
    assert!(bells <= most, "{bells} bells in {elapsed} s");
}

#[test]
fn a_directory_mixing_all_three_formats_shows_live() {
    let dir = tempfile::tempdir().unwrap();
    drop_article(
        dir.path(),
        "irna.json",
        r#"{"titr":"Bread prices held for spring"}"#,
    );
    let mut s = Session::start(dir.path(), 160, 40, &[]);
    assert!(s.wait_for("Bread prices held", READY), "{}", s.text());
    drop_article(
        dir.path(),
        "wire.json",
        r#"{"uri":"urn:e2e:ninjs","type":"text","urgency":1,"headlines":[{"role":"main","value":"Dam gates opened upstream"}],"bodies":[{"contenttype":"text/html","value":"<p>Water &amp; power cut.</p>"}]}"#,
    );
    let message = r#"<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
  <newsItem guid="urn:e2e:g2:a" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
    <contentMeta><headline>Ferry service resumes</headline></contentMeta></newsItem>
  <newsItem guid="urn:e2e:g2:b" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
    <contentMeta><headline>Exam dates moved a week</headline></contentMeta></newsItem>
  <newsItem guid="urn:e2e:g2:p" version="1"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta></newsItem>
</itemSet></newsMessage>"#;
    drop_article(dir.path(), "feed.xml", message);
    for headline in [
        "Dam gates opened upstream",
        "Ferry service resumes",
        "Exam dates moved a week",
    ] {
        assert!(s.wait_for(headline, READY), "{headline}:\n{}", s.text());
    }
    assert!(s.wait_for("1 error", READY), "{}", s.text());
    // Version 2 of a story in a file of its own replaces version 1 in place; version 1
    // delivered again later changes nothing.
    let fixture = |name: &str| {
        std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/formats")
                .join(name),
        )
        .unwrap()
    };
    drop_article(dir.path(), "harbour-1.json", &fixture("ninjs1_text.json"));
    assert!(s.wait_for("Harbour cranes idle", READY), "{}", s.text());
    assert!(s.wait_for("Headlines (5)", READY), "{}", s.text());
    drop_article(dir.path(), "harbour-2.json", &fixture("ninjs1_update.json"));
    assert!(s.wait_for("Dockers end walk-out", READY), "{}", s.text());
    drop_article(
        dir.path(),
        "harbour-1-again.json",
        &fixture("ninjs1_text.json"),
    );
    std::fs::write(
        dir.path().join("marker.json"),
        r#"{"titr":"After the late copy"}"#,
    )
    .unwrap();
    assert!(s.wait_for("After the late copy", READY), "{}", s.text());
    let screen = s.text();
    assert!(screen.contains("Headlines (6)"), "{screen}");
    assert!(!screen.contains("Harbour cranes idle"), "{screen}");
    // A kill for the first item, in a file of its own: still listed, marked.
    drop_article(
        dir.path(),
        "kill.xml",
        r#"<newsItem guid="urn:e2e:g2:a" version="2"><itemMeta><pubStatus qcode="stat:canceled"/></itemMeta></newsItem>"#,
    );
    assert!(s.wait_for("✖", READY), "{}", s.text());
    assert!(s.text().contains("Ferry service resumes"));
    s.keys("e");
    assert!(s.wait_for("not a text item: photo", READY), "{}", s.text());
    // The first q closes the list, the second quits.
    s.keys("qq");
    assert!(s.wait_exit(Duration::from_secs(2)).is_some());
}

/// With no text mode chosen, a wall display never waits on the calibration screen: it starts
/// in `shaped` and the status bar says how to choose.
#[test]
fn kiosk_skips_calibration_and_says_how_to_choose() {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::start_with(dir.path(), 140, 30, &["--kiosk"], &[]);
    assert!(
        s.wait_for("Headlines", READY),
        "no dashboard:\n{}",
        s.text()
    );
    // The status bar is drawn after the panes: wait for it rather than read it at once.
    assert!(
        s.wait_for("newsdesk calibrate", READY),
        "no hint:\n{}",
        s.text()
    );
    assert!(!s.text().contains("which numbered line"));
}

/// `LANG=fa_IR.UTF-8`: a Persian interface, mirrored: the headline list on the right.
#[test]
fn a_persian_locale_opens_a_mirrored_persian_dashboard() {
    use newsdesk::text::{truncate, BidiMode};
    let dir = tempfile::tempdir().unwrap();
    let s = Session::start_with(
        dir.path(),
        120,
        30,
        &["--bidi", "shaped"],
        &[("LANG", "fa_IR.UTF-8")],
    );
    let title = truncate("سرخط‌ها", 40, BidiMode::Shaped).text();
    assert!(s.wait_for(&title, READY), "no Persian title:\n{}", s.text());
    let help = truncate("? راهنما", 40, BidiMode::Shaped).text();
    // The status bar comes after the panes in a frame: wait for it too.
    assert!(s.wait_for(&help, READY), "no status bar:\n{}", s.text());
    let screen = s.text();
    let top = screen.lines().next().unwrap_or("");
    let at = top.find(&title).unwrap();
    assert!(
        top[..at].chars().count() > 60,
        "the headline list is not on the right:\n{screen}"
    );
    let bar = screen.lines().last().unwrap_or("");
    assert!(bar.trim_start().starts_with(&help), "status bar:\n{bar}");
}
