//! The crate's layers, and the check that they hold: a module imports only from layers below
//! its own. This list is the one place the order is written; README's Architecture section and
//! DESIGN.md describe it in words.
//!
//! The check reads `src/**/*.rs` as text and follows every `crate::` path (in `use` lines and in
//! expressions, braces included) to the top-level module it names. Comments are skipped.
//! `super::` never leaves a top-level module here, so it needs no check.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Lowest first. A module may use any module in an earlier group, none in its own or a later one.
const LAYERS: &[&[&str]] = &[
    &["fold", "numerals"],
    &["article"],
    &["extract"],
    &["text"],
    &["i18n"],
    &["theme"],
    &["config"],
    &["cli"],
    &["settings"],
    &["store"],
    &["ingest"],
    &["app"],
    &["ui"],
    &["terminal", "logging", "demo"],
    &["calibrate"],
    &["runtime", "commands"],
];

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The top-level modules a piece of Rust source names through `crate::` paths.
fn crate_paths(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            // `$crate::` in a macro is not ours to check; `newsdesk_crate::` is not a path root.
            let before = rest[..at].chars().next_back();
            rest = &rest[at + "crate::".len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            if let Some(group) = rest.strip_prefix('{') {
                found.extend(group_heads(group));
            } else {
                found.insert(ident(rest).to_string());
            }
        }
    }
    found.retain(|m| !m.is_empty() && m != "self");
    found
}

/// The first name of each item of a `{a, b::{c, d}, e}` group (the text after its `{`).
/// A group spread over several lines is followed on its first line only; rustfmt puts one
/// `use crate::{...}` per line unless it is long, and the lines after start with a name too.
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = vec![ident(group.trim_start()).to_string()];
    let mut depth = 0;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => heads.push(ident(group[i + 1..].trim_start()).to_string()),
            _ => {}
        }
    }
    heads
}

fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/app/keys.rs` and `src/app.rs` are both in `app`; `lib.rs` and `main.rs` sit above all.
fn top_module(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_string())
}

/// Multi-line `use crate::{` groups: the lines inside name modules too.
fn multiline_group_heads(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut inside = false;
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("").trim();
        if inside {
            if code.starts_with('}') {
                inside = false;
                continue;
            }
            found.extend(group_heads(code));
        } else if code.ends_with("crate::{") {
            inside = true;
        }
    }
    found.retain(|m| !m.is_empty() && m != "self");
    found
}

#[test]
fn every_import_runs_downward() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut modules = BTreeSet::new();
    let mut upward = Vec::new();
    for file in &files {
        let Some(module) = top_module(&src, file) else {
            continue;
        };
        modules.insert(module.clone());
        let Some(own) = rank(&module) else {
            continue;
        };
        let source = std::fs::read_to_string(file).unwrap();
        let mut used = crate_paths(&source);
        used.extend(multiline_group_heads(&source));
        for target in used {
            if target == module {
                continue;
            }
            match rank(&target) {
                Some(r) if r < own => {}
                _ => upward.push(format!(
                    "{}: `{module}` uses `crate::{target}`",
                    file.strip_prefix(&src).unwrap().display()
                )),
            }
        }
    }
    let unplaced: Vec<_> = modules.iter().filter(|m| rank(m).is_none()).collect();
    assert!(
        unplaced.is_empty(),
        "modules with no layer (add them to LAYERS in tests/layers.rs): {unplaced:?}"
    );
    let listed: BTreeSet<String> = LAYERS
        .iter()
        .flat_map(|l| l.iter().map(|m| m.to_string()))
        .collect();
    let gone: Vec<_> = listed.difference(&modules).collect();
    assert!(
        gone.is_empty(),
        "LAYERS names modules not in src/: {gone:?}"
    );
    assert!(
        upward.is_empty(),
        "imports that run upward or sideways (LAYERS in tests/layers.rs):\n{}",
        upward.join("\n")
    );
}

#[test]
fn the_reader_sees_every_form_of_path() {
    let source = "use crate::store::{Change, Upsert};\n\
                  use crate::{calibrate, demo::Demo, ingest::{self, load}};\n\
                  let dirs = crate::config::project_dirs(); // crate::ui in a comment\n\
                  macro_rules! m { () => { $crate::text::layout } }\n";
    let found: Vec<_> = crate_paths(source).into_iter().collect();
    assert_eq!(
        found,
        ["calibrate", "config", "demo", "ingest", "store"].map(String::from)
    );
    let multi = "use crate::{\n    app::App,\n    ui::{self, draw},\n};\n";
    let found: Vec<_> = multiline_group_heads(multi).into_iter().collect();
    assert_eq!(found, ["app", "ui"].map(String::from));
}
