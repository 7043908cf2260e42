//! Reading article files from disk without trusting them: only regular files, never more than
//! the size cap, never blocking on a FIFO or a device that wears an article's name.

use std::fs::{File, Metadata};
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use super::error::ParseError;
use super::parse::{parse_document, parse_lines, Entry};

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
/// line number; a `.jsonl` file gives one entry per non-blank line, a multi-item document one
/// per item.
pub fn read_file(path: &Path, max_size: u64) -> Vec<Entry> {
    let kind = FileKind::from_path(path).unwrap_or(FileKind::Json);
    match read_regular(path, max_size, 0) {
        Ok(bytes) => match kind {
            FileKind::Json => parse_document(&bytes),
            FileKind::Lines => parse_lines(&bytes, 1, true).0,
        },
        Err(e) => vec![Entry::whole(None, Err(e))],
    }
}

/// The bytes of a regular file from `offset` on. The type and size are checked from metadata
/// before opening, the open never blocks (O_NONBLOCK), and the opened file is checked again, so
/// a FIFO swapped in between cannot hang the reader.
pub fn read_regular(path: &Path, max_size: u64, offset: u64) -> Result<Vec<u8>, ParseError> {
    let meta = std::fs::metadata(path).map_err(|e| ParseError::io(&e))?;
    check_metadata(&meta, max_size)?;
    let mut file = open_nonblocking(path).map_err(|e| ParseError::io(&e))?;
    let meta = file.metadata().map_err(|e| ParseError::io(&e))?;
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
