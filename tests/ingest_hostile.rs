//! Hostile directory contents and a hostile directory: nothing hangs, nothing crashes, every
//! unreadable file is one error entry with its reason, and errors go when the cause goes.

mod ingest_support;
mod pty_support;

use std::fs;
use std::path::Path;
use std::time::Duration;

use ingest_support::*;
use newsdesk::ingest::{self, Config, DirState, IngestEvent, StartError, WatchNote};

fn mkfifo(path: &Path) {
    let fifo = rustix::fs::FileType::Fifo;
    rustix::fs::mknodat(rustix::fs::CWD, path, fifo, 0o644.into(), 0).unwrap();
}

#[test]
fn fifos_and_links_to_them_never_hang_the_reader() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("x.json"));
    std::os::unix::fs::symlink(dir.path().join("x.json"), dir.path().join("link.json")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.json")).unwrap();
    fs::write(dir.path().join("good.json"), article("good")).unwrap();
    let mut desk = Desk::start(config(dir.path()));
    assert!(desk.pump_until(WAIT, |d| d.has_headline("good")
        && d.error_for("x.json").is_some()
        && d.error_for("link.json").is_some()
        && d.error_for("zero.json").is_some()));
    assert!(desk.error_for("zero.json").unwrap().contains("device"));

    // One made while watching: only a create event, no close; read after the settle time.
    mkfifo(&dir.path().join("live.json"));
    assert!(desk.pump_until(WAIT, |d| d.error_for("live.json").is_some()));
    for name in ["x.json", "link.json", "live.json"] {
        let reason = desk.error_for(name).unwrap();
        assert!(reason.contains("FIFO"), "{name}: {reason}");
    }
    desk.pump_for(SETTLE);
    assert_eq!(desk.store.error_count(), 4);
    fs::remove_file(dir.path().join("live.json")).unwrap();
    assert!(desk.pump_until(WAIT, |d| d.error_for("live.json").is_none()));
    desk.stop();
}

#[test]
fn oversized_files_are_refused_from_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.max_file_size = 2_000;
    let mut desk = Desk::start(cfg);
    let big = format!("{{\"titr\":\"big\",\"text\":\"{}\"}}", "x".repeat(5_000));
    write_atomic(dir.path(), "big.json", &big);
    write_atomic(dir.path(), "small.json", &article("small"));
    assert!(desk.pump_until(WAIT, |d| d.error_for("big.json").is_some()
        && d.has_headline("small")));
    assert!(desk.error_for("big.json").unwrap().contains("limit"));
    assert!(!desk.has_headline("big"));
    desk.stop();
}

#[test]
fn unreadable_file_is_one_error_until_fixed() {
    if rustix::process::geteuid().is_root() {
        eprintln!("skipped: running as root, permissions do not stop reading");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.json");
    fs::write(&path, article("locked")).unwrap();
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    let mut desk = Desk::start(config(dir.path()));
    assert!(desk.pump_until(WAIT, |d| d.error_for("locked.json").is_some()));
    assert!(desk
        .error_for("locked.json")
        .unwrap()
        .contains("cannot read"));
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    assert!(desk.pump_until(WAIT, |d| d.has_headline("locked")
        && d.store.error_count() == 0));
    desk.stop();
}

#[test]
fn bad_json_is_reported_once_after_settling_and_cleared_when_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::start(config(dir.path()));
    write_atomic(dir.path(), "bad.json", "{\"titr\": \"no end");
    assert!(desk.pump_until(WAIT, |d| d.error_for("bad.json").is_some()));
    assert!(desk.error_for("bad.json").unwrap().contains("invalid JSON"));
    desk.pump_for(SETTLE * 2);
    assert_eq!(desk.store.error_count(), 1);

    write_atomic(dir.path(), "bad.json", &article("fixed"));
    assert!(desk.pump_until(WAIT, |d| d.has_headline("fixed")
        && d.store.error_count() == 0));

    write_atomic(dir.path(), "gone.json", "[1, 2]");
    assert!(desk.pump_until(WAIT, |d| d.error_for("gone.json").is_some()));
    fs::remove_file(dir.path().join("gone.json")).unwrap();
    assert!(desk.pump_until(WAIT, |d| d.store.error_count() == 0));
    desk.stop();
}

#[test]
fn a_good_file_broken_by_a_rewrite_loses_its_article() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::start(config(dir.path()));
    write_atomic(dir.path(), "a.json", &article("first"));
    assert!(desk.pump_until(WAIT, |d| d.has_headline("first")));
    write_atomic(dir.path(), "a.json", "{}");
    assert!(desk.pump_until(WAIT, |d| d.error_for("a.json").is_some()));
    assert_eq!(desk.store.len(), 0);
    desk.stop();
}

#[test]
fn chunked_writes_are_never_seen_half_nor_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::start(config(dir.path()));
    let pause = SETTLE / 3;
    write_chunked(
        &dir.path().join("open.json"),
        &article("open"),
        pause,
        false,
    );
    write_chunked(
        &dir.path().join("reopen.json"),
        &article("reopen"),
        pause,
        true,
    );
    assert!(desk.pump_until(WAIT, |d| d.has_headline("open") && d.has_headline("reopen")));
    desk.pump_for(SETTLE);
    assert_eq!(
        desk.store.error_count(),
        0,
        "{:?}",
        desk.store.errors().collect::<Vec<_>>()
    );
    let errors: usize = desk.applied.iter().map(|a| a.errors).sum();
    assert_eq!(errors, 0, "a partial file was reported");
    desk.stop();
}

#[test]
fn vanished_files_leave_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::start(config(dir.path()));
    for i in 0..50 {
        let path = dir.path().join(format!("v{i}.json"));
        fs::write(&path, article(&format!("v{i}"))).unwrap();
        fs::remove_file(&path).unwrap();
    }
    write_atomic(dir.path(), "marker.json", &article("marker"));
    assert!(desk.pump_until(WAIT, |d| d.has_headline("marker")));
    desk.pump_for(SETTLE * 2);
    assert_eq!(desk.headlines(), ["marker"]);
    assert_eq!(desk.store.error_count(), 0);
    desk.stop();
}

#[test]
fn temporary_hidden_and_foreign_names_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::start(config(dir.path()));
    for name in [
        ".hidden.json",
        "x.json.tmp",
        "x.json~",
        "x.json.part",
        "x.json.swp",
        "x.json.crdownload",
        "notes.txt",
    ] {
        fs::write(dir.path().join(name), article(name)).unwrap();
    }
    fs::write(dir.path().join("real.json"), article("real")).unwrap();
    assert!(desk.pump_until(WAIT, |d| d.has_headline("real")));
    desk.pump_for(SETTLE * 2);
    assert_eq!(desk.headlines(), ["real"]);
    assert_eq!(desk.store.error_count(), 0);
    desk.stop();
}

fn dir_missing(d: &Desk) -> bool {
    d.status()
        .is_some_and(|s| matches!(s.dir, DirState::Missing { .. }))
}

fn dir_present(d: &Desk) -> bool {
    d.status().is_some_and(|s| s.dir == DirState::Present)
}

fn removed_and_back(poll: Option<Duration>) {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("wire");
    fs::create_dir(&dir).unwrap();
    let mut cfg = config(&dir);
    cfg.poll = poll;
    let mut desk = Desk::start(cfg);
    write_atomic(&dir, "a.json", &article("before"));
    assert!(desk.pump_until(WAIT, |d| d.has_headline("before")));

    fs::remove_dir_all(&dir).unwrap();
    assert!(desk.pump_until(WAIT, dir_missing), "{:?}", desk.status());

    fs::create_dir(&dir).unwrap();
    write_atomic(&dir, "b.json", &article("after"));
    assert!(
        desk.pump_until(WAIT, |d| dir_present(d)
            && d.has_headline("after")
            && !d.has_headline("before")),
        "{:?} {:?}",
        desk.status(),
        desk.headlines()
    );
    // Watching really resumed: a file written now is seen too.
    write_atomic(&dir, "c.json", &article("later"));
    assert!(desk.pump_until(WAIT, |d| d.has_headline("later")));
    desk.stop();
}

#[test]
fn dir_removed_and_back_inotify() {
    removed_and_back(None);
}

#[test]
fn dir_removed_and_back_polling() {
    removed_and_back(Some(Duration::from_millis(100)));
}

#[test]
fn dir_replaced_by_another_folder() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("wire");
    fs::create_dir(&dir).unwrap();
    let mut desk = Desk::start(config(&dir));
    write_atomic(&dir, "a.json", &article("old"));
    assert!(desk.pump_until(WAIT, |d| d.has_headline("old")));

    let fresh = parent.path().join("wire.new");
    fs::create_dir(&fresh).unwrap();
    write_atomic(&fresh, "b.json", &article("new"));
    fs::rename(&dir, parent.path().join("wire.old")).unwrap();
    fs::rename(&fresh, &dir).unwrap();
    assert!(
        desk.pump_until(WAIT, |d| d.has_headline("new") && !d.has_headline("old")),
        "{:?}",
        desk.headlines()
    );
    // Seen between the two renames, the swap is DIR missing then back; after, a replacement.
    let noted = |d: &Desk| {
        d.status()
            .and_then(|s| s.note)
            .is_some_and(|n| matches!(n, WatchNote::Replaced | WatchNote::Back))
    };
    assert!(desk.pump_until(WAIT, noted), "{:?}", desk.status());
    // The folder moved away is not watched any more; the new one is.
    write_atomic(&parent.path().join("wire.old"), "c.json", &article("stray"));
    write_atomic(&dir, "d.json", &article("current"));
    assert!(desk.pump_until(WAIT, |d| d.has_headline("current")));
    desk.pump_for(SETTLE);
    assert!(!desk.has_headline("stray"));
    desk.stop();
}

#[test]
fn missing_dir_at_start_is_an_error() {
    let parent = tempfile::tempdir().unwrap();
    let (tx, _rx) = crossbeam_channel::unbounded::<IngestEvent>();
    let missing = ingest::spawn(Config::new(parent.path().join("nope")), tx.clone(), |e| e);
    assert!(matches!(missing, Err(StartError::Missing(_))));
    let file = parent.path().join("file");
    fs::write(&file, "").unwrap();
    let not_dir = ingest::spawn(Config::new(file), tx, |e| e);
    assert!(matches!(not_dir, Err(StartError::NotADirectory(_))));
}

/// Points `link` at `target` the way `ln -sfn target link` does: a new link renamed over it.
#[cfg(unix)]
fn retarget(link: &std::path::Path, target: &str) {
    let tmp = link.with_extension("new");
    std::os::unix::fs::symlink(target, &tmp).unwrap();
    fs::rename(&tmp, link).unwrap();
}

/// Issue 13.3: DIR given as a symbolic link that a deploy retargets (`ln -sfn new DIR`): the
/// old target's articles go, the new target's appear, and the one after is followed too.
#[cfg(unix)]
#[test]
fn a_retargeted_symlink_dir_is_followed() {
    let parent = tempfile::tempdir().unwrap();
    let p = parent.path();
    let link = linked_folders(p, ["from a", "from b"]);
    let mut desk = Desk::start(config(&link));
    assert!(desk.pump_until(WAIT, |d| d.headlines() == ["from a"]));
    retarget(&link, "b");
    assert!(
        desk.pump_until(WAIT, |d| d.headlines() == ["from b"]),
        "{:?}",
        desk.headlines()
    );
    // Watching the new target: a file landing there shows; one in the old does not.
    write_atomic(&p.join("b"), "b2.json", &article("later in b"));
    write_atomic(&p.join("a"), "a2.json", &article("stray in a"));
    assert!(desk.pump_until(WAIT, |d| d.has_headline("later in b")));
    retarget(&link, "a");
    assert!(
        desk.pump_until(WAIT, |d| d.headlines() == ["from a", "stray in a"]),
        "{:?}",
        desk.headlines()
    );
    desk.stop();
}

/// The same on the dashboard, as a desk would see it after a deploy.
#[cfg(unix)]
#[test]
fn the_dashboard_follows_a_retargeted_symlink_dir() {
    let parent = tempfile::tempdir().unwrap();
    let link = linked_folders(parent.path(), ["Old target copy", "New target copy"]);
    let screen = pty_support::Session::start(&link, 120, 30, &[]);
    assert!(
        screen.wait_for("Old target copy", WAIT),
        "{}",
        screen.text()
    );
    retarget(&link, "b");
    assert!(
        screen.wait_until(WAIT, |s| {
            let text = s.contents();
            text.contains("New target copy") && !text.contains("Old target copy")
        }),
        "{}",
        screen.text()
    );
}

/// Issue 13.7 (readers): a panic while reading a file (a bug) gives that file an error entry
/// naming it, puts the backtrace in the log, and leaves the dashboard reading the next file.
/// The panic is injected by a debug-build switch, as the runtime's own panic tests do.
#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "the panic switch is compiled into debug builds only"
)]
fn a_reader_panic_lists_the_file_and_the_desk_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut screen = pty_support::Session::with(
        dir.path(),
        pty_support::Options {
            cols: 120,
            rows: 30,
            env: &[("NEWSDESK_TEST_PANIC", "reader")],
            ..pty_support::Options::default()
        },
    );
    assert!(screen.wait_for("Headlines", WAIT), "{}", screen.text());
    write_atomic(dir.path(), "inject-panic.json", &article("Never shown"));
    write_atomic(dir.path(), "after.json", &article("Still reading"));
    assert!(screen.wait_for("Still reading", WAIT), "{}", screen.text());
    screen.keys("e");
    assert!(
        screen.wait_until(WAIT, |s| {
            let text = s.contents();
            text.contains("inject-panic.json") && text.contains("internal error while reading")
        }),
        "{}",
        screen.text()
    );
    let logged = |s: &pty_support::Session| {
        let log = s.log();
        log.contains("thread ingest-read-") && log.contains("injected panic on an ingest reader")
    };
    let end = std::time::Instant::now() + WAIT;
    while !logged(&screen) && std::time::Instant::now() < end {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(logged(&screen), "{}", screen.log());
    assert!(screen.running());
}
