//! Articles: the model, reading wire files into it, and the text clean-up every field goes
//! through on the way (sanitize and collapse whitespace, then dateline and reporter code,
//! summary).

mod clean;
mod error;
mod format;
mod furniture;
mod model;
mod parse;
mod read;
pub mod sanitize;

pub use error::ParseError;
pub use model::{Article, Dateline, Field, Format, PubStatus};
pub use parse::{parse_document, parse_jsonl_line, parse_object, Entry, LineEntries, Position};
pub use read::{
    check_metadata, open_regular, read_file, read_regular, FileKind, DEFAULT_MAX_FILE_SIZE,
};
