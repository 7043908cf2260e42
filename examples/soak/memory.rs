//! Memory under the workloads of issue 13: twenty huge files read while following the newest
//! (item 11), and arrivals while paused (item 12). RSS and peak from /proc/PID/status.

use std::time::{Duration, Instant};

use super::pty_support::{huge_article, status_kb};
use super::{corpus, drop_file, newsdesk_with, sample, wait_idle, Running};

/// Peak resident memory (VmHWM), in MB.
fn peak_mb(pid: u32) -> f64 {
    status_kb(pid, "VmHWM").map_or(f64::NAN, |kb| kb as f64 / 1024.0)
}

fn rss_mb(pid: u32) -> f64 {
    sample(pid).map_or(f64::NAN, |s| s.rss_kb as f64 / 1024.0)
}

/// Twenty files of about 8 MB (ten 8 MB bodies of figures, ten 7 MB headlines with a 1 MB
/// body) renamed into the directory while following the newest; then each is opened, read to
/// its end and back, and the next one selected.
pub fn huge() {
    let dir = tempfile::tempdir().unwrap();
    let staging = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    for i in 0..20 {
        std::fs::write(staging.path().join(format!("{i:02}.json")), huge_article(i)).unwrap();
    }
    let cmd = newsdesk_with(dir.path(), home.path(), &["--max-file-size", "9MiB"]);
    let run = Running::start(cmd, 160, 48, false);
    std::thread::sleep(Duration::from_secs(2));
    let pid = run.pid();
    println!("huge: empty {:.1} MB", rss_mb(pid));
    for i in 0..20 {
        let name = format!("{i:02}.json");
        std::fs::rename(staging.path().join(&name), dir.path().join(&name)).unwrap();
    }
    let limit = Duration::from_secs(300);
    let mut highest: f64 = 0.0;
    let start = Instant::now();
    while start.elapsed() < limit && !run.wait_screen("20 articles", Duration::ZERO) {
        highest = highest.max(rss_mb(pid));
        std::thread::sleep(Duration::from_millis(500));
    }
    wait_idle(pid, limit);
    println!(
        "huge: all 20 in {:.1} MB (highest seen while reading {highest:.1} MB)",
        rss_mb(pid)
    );
    for i in (0..20).rev() {
        run.wait_screen(&format!("BODY{i} "), limit);
        for keys in [&b"\t"[..], b"G", b"g", b"\x1b[Z", b"j"] {
            run.send(keys);
        }
    }
    wait_idle(pid, limit);
    println!(
        "huge: all 20 read {:.1} MB; peak (VmHWM) {:.1} MB",
        rss_mb(pid),
        peak_mb(pid)
    );
}

/// `p`, then `count` corpus files dropped in as fast as they can be written, then `p` again.
pub fn pause(count: usize) {
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let articles = corpus();
    let run = Running::start(newsdesk_with(dir.path(), home.path(), &[]), 160, 48, false);
    std::thread::sleep(Duration::from_secs(2));
    let pid = run.pid();
    println!("pause: empty {:.1} MB", rss_mb(pid));
    run.key_until(b"p", "PAUSED", true, Duration::from_secs(30));
    for i in 0..count {
        drop_file(dir.path(), i, &articles[i % articles.len()]);
    }
    wait_idle(pid, Duration::from_secs(600));
    println!("pause: paused, {count} arrived: {:.1} MB", rss_mb(pid));
    run.key_until(b"p", "PAUSED", false, Duration::from_secs(30));
    wait_idle(pid, Duration::from_secs(600));
    println!(
        "pause: resumed {:.1} MB; peak (VmHWM) {:.1} MB",
        rss_mb(pid),
        peak_mb(pid)
    );
}
