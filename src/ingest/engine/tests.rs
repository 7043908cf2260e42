//! The coordinator driven by hand, without its thread.

use super::*;
use std::fs;
use std::time::SystemTime;

fn article(headline: &str) -> String {
    format!("{{\"titr\":\"{headline}\",\"describe\":\"lead\"}}")
}

fn drain(engine: &mut Engine<IngestEvent>) {
    while engine.readers.in_flight > 0 {
        let done = engine.readers.done.recv().unwrap();
        engine.on_done(done);
    }
}

/// Files read to a conclusion, and the older ones the startup scan skips, keep no live
/// state; polling does not take them for new, and one that changes is read again.
#[test]
fn concluded_files_settle_and_come_back_when_changed() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.json");
    fs::write(&old, article("old")).unwrap();
    filetime_back(&old);
    fs::write(dir.path().join("new.json"), article("new")).unwrap();
    let (tx, _rx) = crossbeam_channel::unbounded();
    let mut cfg = Config::new(dir.path());
    cfg.settle = Duration::ZERO;
    cfg.max_articles = 1;
    cfg.poll = Some(Duration::from_secs(3600));
    let (_stop_tx, stop_rx) = crossbeam_channel::bounded(0);
    let mut engine = Engine::new(cfg, tx, |e| e, stop_rx);
    engine.start();
    drain(&mut engine);
    assert!(engine.tracked.files.is_empty());
    assert!(
        !engine.tracked.settled.contains(&old),
        "noted after the first screen"
    );
    engine.note_unread(usize::MAX);
    assert!(engine.tracked.settled.contains(&old));
    let mut store = engine.cfg.new_store();
    store.apply(std::mem::take(&mut engine.outbox.batch), SystemTime::now());
    assert_eq!(store.len(), 1);

    engine.poll_tick();
    engine.poll_tick();
    assert_eq!(engine.readers.in_flight, 0);
    assert!(engine.tracked.files.is_empty());

    fs::write(&old, article("old, rewritten")).unwrap();
    engine.poll_tick();
    engine.poll_tick();
    drain(&mut engine);
    assert!(engine.tracked.files.is_empty());
    fs::remove_file(dir.path().join("new.json")).unwrap();
    engine.poll_tick();
    store.apply(std::mem::take(&mut engine.outbox.batch), SystemTime::now());
    let headlines: Vec<String> = store
        .iter_newest()
        .map(|r| r.article.headline.clone())
        .collect();
    assert_eq!(headlines, ["old, rewritten"]);
}

/// Makes a file older than the one written after it, whatever the clock granularity.
fn filetime_back(path: &Path) {
    let f = fs::File::options().write(true).open(path).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(60))
        .unwrap();
}

/// What an overflowed event queue leaves behind is made good by listing DIR again.
#[test]
fn rescan_reconciles_after_lost_events() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.json"), article("a")).unwrap();
    fs::write(dir.path().join("b.json"), article("b")).unwrap();
    let (tx, _rx) = crossbeam_channel::unbounded();
    let mut cfg = Config::new(dir.path());
    cfg.settle = Duration::ZERO;
    let (_stop_tx, stop_rx) = crossbeam_channel::bounded(0);
    let mut engine = Engine::new(cfg, tx, |e| e, stop_rx);
    engine.start();
    drain(&mut engine);
    let mut store = engine.cfg.new_store();
    store.apply(std::mem::take(&mut engine.outbox.batch), SystemTime::now());
    assert_eq!(store.len(), 2);

    fs::remove_file(dir.path().join("a.json")).unwrap();
    fs::write(dir.path().join("b.json"), article("b, rewritten")).unwrap();
    fs::write(dir.path().join("c.json"), article("c")).unwrap();
    // The events for all that are lost; the kernel says so.
    std::thread::sleep(Duration::from_millis(200));
    while engine.watch.raw.try_recv().is_ok() {}
    engine.on_raw(Raw::Signals(vec![Signal::Rescan]));
    drain(&mut engine);
    store.apply(std::mem::take(&mut engine.outbox.batch), SystemTime::now());
    let mut headlines: Vec<String> = store
        .iter_newest()
        .map(|r| r.article.headline.clone())
        .collect();
    headlines.sort();
    assert_eq!(headlines, ["b, rewritten", "c"]);

    // Nothing changed since: a further rescan reads nothing.
    engine.rescan();
    assert_eq!(engine.readers.in_flight, 0);
}

/// A reader that panics (a bug) leaves an error entry naming the file and the panic, and the
/// file is not left in flight: rewriting it reads it again.
#[test]
fn a_reader_panic_lists_the_file_and_leaves_nothing_in_flight() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.json");
    fs::write(&path, article("a")).unwrap();
    let (tx, _rx) = crossbeam_channel::unbounded();
    let mut cfg = Config::new(dir.path());
    cfg.settle = Duration::ZERO;
    let (_stop_tx, stop_rx) = crossbeam_channel::bounded(0);
    let mut engine = Engine::new(cfg, tx, |e| e, stop_rx);
    let (done_tx, done) = crossbeam_channel::unbounded();
    engine.readers.pool = Pool::start_with(
        1,
        done_tx,
        std::sync::Arc::new(|_job, _sig: &mut Option<_>| panic!("boom")),
    );
    engine.readers.done = done;
    engine.start();
    drain(&mut engine);
    assert_eq!(engine.readers.in_flight, 0);
    assert!(engine.tracked.files.values().all(|st| !st.in_flight));
    assert_eq!(engine.scan.in_flight, 0);
    let mut store = engine.cfg.new_store();
    store.apply(std::mem::take(&mut engine.outbox.batch), SystemTime::now());
    let errors: Vec<_> = store
        .errors()
        .map(|e| (e.path.clone(), e.reason.to_string()))
        .collect();
    assert_eq!(
        errors,
        [(path, "internal error while reading: boom".to_string())]
    );
}
