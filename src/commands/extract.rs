//! `newsdesk extract`: every article in the given files and directories as JSON Lines, for
//! scripts and for checking what the dashboard would make of a feed.

use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;

use crate::article::{read_file, Article};
use crate::cli::ExtractArgs;
use crate::extract::{figures, Figure};
use crate::ingest::load::article_files;
use crate::terminal::escape_controls;

#[derive(Serialize)]
struct Record<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    article: Option<&'a Article>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metrics: Option<Vec<Figure>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Exit status as the CLI promises: 0 when every article parsed, 1 when any did not.
pub fn run(args: &ExtractArgs, out: &mut impl Write) -> io::Result<i32> {
    let mut failed = false;
    for path in expand(&args.paths) {
        let shown = path.to_string_lossy();
        for entry in read_file(&path, args.max_file_size) {
            let record = match &entry.result {
                Ok(article) => Record {
                    path: &shown,
                    line: entry.line,
                    ok: true,
                    article: Some(article),
                    metrics: Some(figures(article)),
                    error: None,
                },
                Err(e) => {
                    failed = true;
                    Record {
                        path: &shown,
                        line: entry.line,
                        ok: false,
                        article: None,
                        metrics: None,
                        error: Some(e.to_string()),
                    }
                }
            };
            write_record(out, &record, args.pretty)?;
        }
    }
    out.flush()?;
    Ok(i32::from(failed))
}

/// One record as a line (or, `pretty`, a block) of JSON, with control and bidi characters
/// from file names and text escaped: serde_json leaves U+009B and U+202E raw.
fn write_record(out: &mut impl Write, record: &Record, pretty: bool) -> io::Result<()> {
    let json = if pretty {
        serde_json::to_string_pretty(record)
    } else {
        serde_json::to_string(record)
    }?;
    out.write_all(escape_controls(&json).as_bytes())?;
    out.write_all(b"\n")
}

/// Directories are read one level deep, article files only, in name order so output is stable;
/// anything else named on the command line is read as given (and reported if unreadable).
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if !path.is_dir() {
            out.push(path.clone());
            continue;
        }
        match article_files(path) {
            Ok(files) => out.extend(files),
            // Reported by read_file, which names the reason.
            Err(_) => out.push(path.clone()),
        }
    }
    out
}
