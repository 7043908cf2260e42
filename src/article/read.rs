//! Reading article files from disk without trusting them: only regular files, never more than
//! the size cap, never blocking on a FIFO or a device that wears an article's name.

use std::fs::{File, Metadata};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use super::error::ParseError;
use super::parse::{parse_document, parse_jsonl_line, Entry, LineEntries, Position};

/// The default `--max-file-size`: far above any real article, far below what hurts memory.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 8 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A whole document, read at once: one JSON object or array (IRNA, aliases, ninjs), or XML
    /// (NewsML-G2, NITF). What it holds is found from its content.
    Json,
    /// JSON Lines: one object per line.
    Lines,
}

impl FileKind {
    /// By extension, case-insensitively: `.json`, `.xml`, `.jsonl`, `.ndjson`.
    pub fn from_path(path: &Path) -> Option<FileKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" | "xml" => Some(FileKind::Json),
            "jsonl" | "ndjson" => Some(FileKind::Lines),
            _ => None,
        }
    }
}

/// Reads and parses one file. Problems with the file itself come back as a single entry with no
/// line number; a `.jsonl` file gives one entry per non-blank line, `max_size` capping each
/// line rather than the file; a multi-item document gives one per item.
pub fn read_file(path: &Path, max_size: u64) -> Vec<Entry> {
    let kind = FileKind::from_path(path).unwrap_or(FileKind::Json);
    let entries = match kind {
        FileKind::Json => read_regular(path, max_size, 0).map(|bytes| parse_document(&bytes)),
        FileKind::Lines => read_lines(path, max_size),
    };
    entries.unwrap_or_else(|e| vec![Entry::whole(None, Err(e))])
}

/// A JSON Lines file a line at a time, so a feed of any length is read in the memory of its
/// longest line; a line over `max_line` is an error of its own, its bytes skipped unkept.
fn read_lines(path: &Path, max_line: u64) -> Result<Vec<Entry>, ParseError> {
    let (file, _) = open_regular(path)?;
    let mut reader = BufReader::new(file);
    let io = |e: std::io::Error| ParseError::io(&e);
    let mut entries = LineEntries::default();
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        let got = (&mut reader)
            .take(max_line + 1)
            .read_until(b'\n', &mut line)
            .map_err(io)?;
        if got == 0 {
            break;
        }
        number += 1;
        if line.last() != Some(&b'\n') && line.len() as u64 > max_line {
            let mut size = line.len() as u64;
            loop {
                let buf = reader.fill_buf().map_err(io)?;
                if buf.is_empty() {
                    break;
                }
                let (used, end) = match buf.iter().position(|&b| b == b'\n') {
                    Some(i) => (i + 1, true),
                    None => (buf.len(), false),
                };
                size += (used - usize::from(end)) as u64;
                reader.consume(used);
                if end {
                    break;
                }
            }
            entries.push(Entry {
                position: Some(Position::Line(number)),
                format: None,
                result: Err(ParseError::LineTooLarge {
                    size,
                    cap: max_line,
                }),
            });
        } else if let Some(entry) =
            parse_jsonl_line(line.strip_suffix(b"\n").unwrap_or(&line), number)
        {
            entries.push(entry);
        }
    }
    if entries.is_empty() {
        return Err(ParseError::Empty);
    }
    Ok(entries.finish())
}

/// A regular file opened for reading, with its metadata. The type is checked before opening,
/// the open never blocks (O_NONBLOCK), and the opened file is checked again, so a FIFO swapped
/// in between cannot hang the reader.
pub fn open_regular(path: &Path) -> Result<(File, Metadata), ParseError> {
    let meta = std::fs::metadata(path).map_err(|e| ParseError::io(&e))?;
    check_metadata(&meta, u64::MAX)?;
    let file = open_nonblocking(path).map_err(|e| ParseError::io(&e))?;
    let meta = file.metadata().map_err(|e| ParseError::io(&e))?;
    check_metadata(&meta, u64::MAX)?;
    Ok((file, meta))
}

/// The bytes of a regular file from `offset` on (see [`open_regular`]), refused from metadata
/// when the file is over `max_size`.
pub fn read_regular(path: &Path, max_size: u64, offset: u64) -> Result<Vec<u8>, ParseError> {
    // The size is checked on the opened file's metadata: a stat of the path first as well
    // was a second one per file (open_regular makes one), 2% of an extract run.
    let (mut file, meta) = open_regular(path)?;
    check_metadata(&meta, max_size)?;
    if offset > 0 {
        file.seek(SeekFrom::Start(offset))
            .map_err(|e| ParseError::io(&e))?;
    }
    let mut bytes = Vec::with_capacity(meta.len().saturating_sub(offset) as usize);
    // The file may grow between stat and read; the cap still holds.
    file.take(max_size.saturating_sub(offset) + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ParseError::io(&e))?;
    if offset + bytes.len() as u64 > max_size {
        return Err(ParseError::TooLarge {
            size: offset + bytes.len() as u64,
            cap: max_size,
        });
    }
    Ok(bytes)
}

/// Refuses what is not a regular file, or is over the cap, from metadata alone.
pub fn check_metadata(meta: &Metadata, max_size: u64) -> Result<(), ParseError> {
    if !meta.is_file() {
        return Err(ParseError::NotRegular {
            kind: file_type_name(meta),
        });
    }
    if meta.len() > max_size {
        return Err(ParseError::TooLarge {
            size: meta.len(),
            cap: max_size,
        });
    }
    Ok(())
}

fn file_type_name(meta: &Metadata) -> &'static str {
    let ft = meta.file_type();
    if ft.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO";
        }
        if ft.is_socket() {
            return "a socket";
        }
        if ft.is_char_device() || ft.is_block_device() {
            return "a device";
        }
    }
    "not a regular file"
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(text: &str, cap: u64) -> Vec<(Option<Position>, Result<String, String>)> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        std::fs::write(&path, text).unwrap();
        read_file(&path, cap)
            .into_iter()
            .map(|e| {
                let result = e.result.map(|a| a.headline).map_err(|e| e.to_string());
                (e.position, result)
            })
            .collect()
    }

    /// JSON Lines are capped line by line: a feed far over the cap keeps every line under it.
    #[test]
    fn jsonl_is_capped_per_line() {
        let long = format!("{{\"titr\":\"{}\"}}", "x".repeat(100));
        let text = format!(
            "{{\"titr\":\"a\"}}\n{long}\n\n{}{{\"titr\":\"z\"}}",
            "{\"titr\":\"b\"}\n".repeat(20)
        );
        let got = lines_of(&text, 50);
        assert_eq!(got.len(), 23);
        let at = |n| Some(Position::Line(n));
        assert_eq!(got[0], (at(1), Ok("a".into())));
        assert_eq!(
            got[1],
            (
                at(2),
                Err("line is 111 bytes, over the 50-byte limit (--max-file-size)".into())
            )
        );
        assert_eq!(got[2], (at(4), Ok("b".into())));
        assert_eq!(got[22], (at(24), Ok("z".into())));
    }

    #[test]
    fn empty_jsonl_is_one_error() {
        assert_eq!(lines_of("\n\n", 50), [(None, Err("empty file".into()))]);
    }
}
