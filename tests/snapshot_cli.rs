//! `newsdesk snapshot` as a script runs it: the real binary and its output.

use std::process::Command;

/// A 65535x65535 snapshot once aborted on a 206 GB allocation; the drawn area is capped at
/// 1000x500 (`app::layout::MAX_WIDTH` x `MAX_HEIGHT`).
#[test]
fn a_huge_snapshot_is_capped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.json"), r#"{"titr":"Capped frame"}"#).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .arg("snapshot")
        .arg(dir.path())
        .args(["--width", "65535", "--height", "65535"])
        .env("XDG_CONFIG_HOME", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().count(),
        usize::from(newsdesk::app::layout::MAX_HEIGHT)
    );
    assert!(text
        .lines()
        .all(|l| l.chars().count() <= usize::from(newsdesk::app::layout::MAX_WIDTH)));
    assert!(text.contains("Capped frame"));
}
