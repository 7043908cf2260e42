//! `newsdesk extract`: every article in the given files and directories as JSON Lines, for
//! scripts and for checking what the dashboard would make of a feed.

use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;

use crate::article::{read_file, Article, Format, ParseError, Position};
use crate::cli::ExtractArgs;
use crate::extract::{figures, Figure};
use crate::ingest::load::article_files;
use crate::terminal::escape_controls;

#[derive(Serialize)]
struct Record<'a> {
    path: &'a str,
    /// The line of a JSON Lines file.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    /// The item of a multi-item file (a NewsML-G2 message, a JSON array).
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<Format>,
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    article: Option<&'a Article>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metrics: Option<Vec<Figure>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Exit status as the CLI promises: 0 when every article parsed, 1 when any did not. Items that
/// are recognised as not text (photos, video, events, ...) are reported but are no failure.
pub fn run(args: &ExtractArgs, out: &mut impl Write) -> io::Result<i32> {
    let mut failed = false;
    for path in expand(&args.paths) {
        let shown = path.to_string_lossy();
        for entry in read_file(&path, args.max_file_size) {
            let (line, item) = match entry.position {
                Some(Position::Line(n)) => (Some(n), None),
                Some(Position::Item(n)) => (None, Some(n)),
                None => (None, None),
            };
            let record = match &entry.result {
                Ok(article) => Record {
                    path: &shown,
                    line,
                    item,
                    format: entry.format,
                    ok: true,
                    article: Some(article),
                    metrics: Some(figures(article)),
                    error: None,
                },
                Err(e) => {
                    failed |= !matches!(e, ParseError::NotText { .. });
                    Record {
                        path: &shown,
                        line,
                        item,
                        format: entry.format,
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
