//! `newsdesk extract` as a script sees it: the real binary, its output lines and exit status.

use std::fs;
use std::process::Command;

use serde_json::Value;

mod shared_corpus;

fn run(args: &[&str]) -> (i32, Vec<Value>) {
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .arg("extract")
        .args(args)
        .output()
        .unwrap();
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (out.status.code().unwrap(), lines)
}

#[test]
fn directory_with_good_and_bad_files_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for i in 0..5 {
        fs::write(
            d.join(format!("good{i}.json")),
            format!(r#"{{"titr":"خبر {i}","describe":"تهران- ایرنا- لید {i}"}}"#),
        )
        .unwrap();
    }
    fs::write(d.join("bad1.json"), "{").unwrap();
    fs::write(d.join("bad2.json"), "[]").unwrap();
    fs::write(d.join("feed.jsonl"), "{\"title\":\"a\"}\nnope\n").unwrap();
    fs::write(d.join("notes.txt"), "ignored").unwrap();
    fs::write(d.join(".hidden.json"), "{").unwrap();
    fs::create_dir(d.join("sub.json")).unwrap();

    let (code, lines) = run(&[d.to_str().unwrap()]);
    assert_eq!(code, 1);
    let ok: Vec<_> = lines.iter().filter(|l| l["ok"] == true).collect();
    let bad: Vec<_> = lines.iter().filter(|l| l["ok"] == false).collect();
    assert_eq!(ok.len(), 6);
    assert_eq!(bad.len(), 3);
    assert!(bad
        .iter()
        .all(|l| l["error"].is_string() && l["path"].is_string()));
    let jsonl_bad = bad.iter().find(|l| l["line"] == 2).expect("line number");
    assert!(jsonl_bad["path"].as_str().unwrap().ends_with("feed.jsonl"));
    let good0 = ok
        .iter()
        .find(|l| l["path"].as_str().unwrap().ends_with("good0.json"))
        .unwrap();
    assert_eq!(good0["article"]["dateline"]["place"], "تهران");
    assert_eq!(good0["article"]["lead"], "لید 0");
    assert!(good0["metrics"].is_array());
}

#[test]
fn shape_of_a_good_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.json");
    fs::write(&path, r#"{"titr":"T","text":"B /8138/ 1175"}"#).unwrap();
    let (code, lines) = run(&[path.to_str().unwrap()]);
    assert_eq!(code, 0);
    let keys: Vec<_> = lines[0]["article"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    for key in [
        "kicker",
        "headline",
        "lead",
        "body",
        "summary",
        "summary_derived",
        "dateline",
        "reporter_code",
        "published",
        "source",
    ] {
        assert!(keys.iter().any(|k| k == key), "missing {key}");
    }
    assert_eq!(lines[0]["article"]["reporter_code"], "8138/1175");
    assert_eq!(lines[0]["article"]["summary_derived"], true);
}

#[test]
fn exit_codes() {
    let (code, lines) = run(&["/nonexistent/x.json"]);
    assert_eq!(code, 1);
    assert_eq!(lines[0]["ok"], false);
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(["extract"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(["extract", "--max-file-size", "lots", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn seed_extracts() {
    let seed = shared_corpus::seed();
    let (code, lines) = run(&[seed.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["article"]["dateline"]["agency"], "ایرنا");
    let metrics = lines[0]["metrics"].as_array().unwrap();
    let has = |value: f64, kind: &str| {
        metrics
            .iter()
            .any(|m| m["value"].as_f64() == Some(value) && m["kind"] == kind)
    };
    for (value, kind) in [
        (601_000.0, "count"),
        (601_404.0, "count"),
        (1_292_000.0, "count"),
        (1.62, "percent"),
        (35.0, "measure"),
        (1391.0, "year"),
        (1395.0, "year"),
        (1396.0, "year"),
    ] {
        assert!(
            has(value, kind),
            "seed figure {value} {kind} missing: {metrics:?}"
        );
    }
    assert!(
        metrics
            .iter()
            .all(|m| m["value"].as_f64() != Some(8138.0) && m["value"].as_f64() != Some(1175.0)),
        "reporter code taken as a figure"
    );
}

/// Issue 10's end-to-end check: the binary says what the seed's figures measure, with the
/// subject's span in its field, so a reader can find it where the article says it.
#[test]
fn seed_subjects_through_the_binary() {
    let seed = shared_corpus::seed();
    let (code, lines) = run(&[seed.to_str().unwrap()]);
    assert_eq!(code, 0);
    let article = &lines[0]["article"];
    let metrics = lines[0]["metrics"].as_array().unwrap();
    for (value, kind, subject) in [
        (1.62, "percent", "جمعیت کشور"),
        (601_404.0, "count", "کارت هوشمند ملی"),
    ] {
        let m = metrics
            .iter()
            .find(|m| m["value"].as_f64() == Some(value) && m["kind"] == kind)
            .unwrap_or_else(|| panic!("no {value} {kind}: {metrics:?}"));
        assert_eq!(m["subject"], subject, "{m}");
        let field = article[m["field"].as_str().unwrap()].as_str().unwrap();
        let span = |key: &str| m[key].as_u64().unwrap() as usize;
        let (start, end) = (span("subject_start"), span("subject_end"));
        let written: String = field.chars().skip(start).take(end - start).collect();
        assert_eq!(
            newsdesk::fold::match_key(&written),
            newsdesk::fold::match_key(subject),
            "the span {start}..{end} of {m}"
        );
    }
}
