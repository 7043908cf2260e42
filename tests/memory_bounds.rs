//! Memory of the real binary in a pseudo-terminal under workloads that once had none: huge
//! articles (issue 13, item 11) and arrivals while paused (item 12). Bounded runs with generous
//! limits, read from /proc/PID/status; not benchmarks (BENCHMARKS.md has the figures).

#![cfg(target_os = "linux")]

mod pty_support;

use std::path::Path;
use std::time::Duration;

use pty_support::{drop_article, huge_article, Options, Session};

/// Conditions are waited for this long at most: the machine may be busy, and a debug build
/// parses megabytes slowly.
const PATIENCE: Duration = Duration::from_secs(120);

/// The dashboard at 160x48 keeping only its current screen: these runs write far more than a
/// test should hold.
fn start(dir: &Path, args: &[&str]) -> Session {
    Session::with(
        dir,
        Options {
            cols: 160,
            rows: 48,
            args,
            keep_output: false,
            ..Options::default()
        },
    )
}

fn wait_for(s: &Session, what: &str) -> bool {
    s.wait_for(what, PATIENCE)
}

/// Lets the dashboard finish what the last keys started (reads, layout), then its RSS.
fn settled_rss_mb(s: &mut Session, marker: &str) -> f64 {
    // `?` opens the help pop-up only once every event before it was handled. (Esc goes
    // alone: followed at once by another key it would read as Alt and that key.)
    const HELP: &str = "next / previous headline";
    s.keys("?");
    assert!(wait_for(s, HELP), "{}", s.text());
    s.keys("\x1b");
    let closed = s.wait_until(PATIENCE, |screen| {
        let text = screen.contents();
        !text.contains(HELP) && text.contains(marker)
    });
    assert!(closed, "{}", s.text());
    s.rss_mb()
}

/// Twenty files of 8 MB (huge bodies full of figures, and huge headlines) while following the
/// newest, then reading them: memory stays bounded by what is on screen, not by the files.
#[test]
fn huge_articles_cost_what_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = start(dir.path(), &["--max-file-size", "9MiB"]);
    assert!(wait_for(&s, "waiting for articles"), "{}", s.text());
    let baseline = s.rss_mb();
    for i in 0..20 {
        drop_article(dir.path(), &format!("{i:02}.json"), &huge_article(i));
    }
    assert!(wait_for(&s, "20 articles"), "{}", s.text());
    let mut peak = settled_rss_mb(&mut s, "20 articles");
    // Read each, newest first, as a person would: its body comes from disk and is laid out by
    // the screen, to its end and back.
    for i in (0..20).rev() {
        assert!(wait_for(&s, &format!("BODY{i} ")), "{}", s.text());
        peak = peak.max(s.rss_mb());
        s.keys("\t");
        s.keys("G");
        s.keys("g");
        s.keys("\x1b[Z");
        s.keys("j");
    }
    peak = peak.max(settled_rss_mb(&mut s, "20 articles"));
    let screen = s.text();
    assert!(screen.contains("figures only"), "{screen}");
    eprintln!("huge articles: RSS {baseline:.1} MB empty, peak seen {peak:.1} MB");
    assert!(peak < 300.0, "RSS {peak:.1} MB with 20 huge articles");
}

/// Arrivals while paused go into the store (the count shown), with memory as when not paused,
/// and nothing is left queued after resume.
#[test]
fn pause_holds_the_view_not_the_arrivals() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = start(dir.path(), &["--max-articles", "10000"]);
    assert!(wait_for(&s, "waiting for articles"), "{}", s.text());
    drop_article(
        dir.path(),
        "first.json",
        r#"{"titr":"FIRSTHEADLINE","describe":"lead"}"#,
    );
    assert!(wait_for(&s, "FIRSTHEADLINE"), "{}", s.text());
    s.keys("p");
    assert!(wait_for(&s, "PAUSED"), "{}", s.text());
    let body = "متن خبر با ۱۲ درصد رشد. ".repeat(100);
    for i in 0..6_000 {
        let json = serde_json::json!({"titr": format!("arrival {i}"), "text": body});
        drop_article(dir.path(), &format!("{i:05}.json"), &json.to_string());
    }
    assert!(wait_for(&s, "(6,000 new)"), "{}", s.text());
    let screen = s.text();
    assert!(
        screen.contains("6,001 articles"),
        "held while paused: {screen}"
    );
    assert!(
        screen.contains("FIRSTHEADLINE"),
        "the view stays put: {screen}"
    );
    let paused = settled_rss_mb(&mut s, "(6,000 new)");
    s.keys("p");
    assert!(wait_for(&s, "arrival 5999"), "{}", s.text());
    let resumed = settled_rss_mb(&mut s, "arrival 5999");
    eprintln!("pause: RSS {paused:.1} MB paused after 6,000 arrivals, {resumed:.1} MB resumed");
    // 606,000 figures held, each now with its subject and the subject's span (issue 10):
    // 159 MB in a debug build (139 MB with the subjects left empty).
    assert!(
        paused < 180.0 && resumed < 180.0,
        "{paused:.1} / {resumed:.1} MB"
    );
}
