//! Why a file or a line could not become an article, worded for the desk's error list.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    #[error("empty file")]
    Empty,
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 { offset: usize },
    #[error("NUL byte at byte {offset}")]
    Nul { offset: usize },
    #[error("invalid JSON at line {line}, column {column}: {reason}")]
    Json {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("JSON nested too deeply (at line {line}, column {column})")]
    TooDeep { line: usize, column: usize },
    /// A JSON file of more values (under the keys the formats read) than any news file holds.
    #[error("more than {cap} JSON values: not read")]
    TooManyValues { cap: usize },
    #[error("expected a JSON object at top level, found {found}")]
    NotObject { found: &'static str },
    #[error("expected a JSON object for each item, found {found}")]
    ItemNotObject { found: &'static str },
    #[error("no news items in the file")]
    NoItems,
    /// A message or array of more items than one file may bring (`MAX_ITEMS`).
    #[error("{left_out} more items after the first {cap} were not read")]
    TooManyItems { cap: usize, left_out: usize },
    /// A JSON Lines file of more unreadable lines than are worth listing one by one.
    #[error("{count} lines from here on are not articles (only the first {listed} such lines are listed)")]
    MoreBadLines { count: usize, listed: usize },
    #[error("{count} items where one article was expected")]
    SeveralItems { count: usize },
    /// A photo, video, event, ... item: recognised, and not something the desk reads.
    #[error("not a text item: {kind}")]
    NotText { kind: String },
    /// A file in a news format's shape that holds no news item (a JSON Schema, an XML
    /// document of another vocabulary).
    #[error("not a news item: {what}")]
    NotNews { what: String },
    #[error("invalid XML at line {line}, column {column}: {reason}")]
    Xml {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("XML nested too deeply (at line {line}, column {column})")]
    XmlTooDeep { line: usize, column: usize },
    #[error("XML declares entities in its DTD: refused, entities are never expanded")]
    XmlEntities,
    #[error("unsupported character encoding `{label}`")]
    Encoding { label: String },
    #[error("invalid {encoding} text")]
    InvalidEncoding { encoding: &'static str },
    #[error("field `{field}` must be {expected}, found {found}")]
    WrongType {
        field: String,
        expected: &'static str,
        found: &'static str,
    },
    #[error("no headline or lead")]
    NoHeadlineOrLead,
    #[error("file is {size} bytes, over the {cap}-byte limit (--max-file-size)")]
    TooLarge { size: u64, cap: u64 },
    /// JSON Lines: the cap applies to each line, never to a feed's total.
    #[error("line is {size} bytes, over the {cap}-byte limit (--max-file-size)")]
    LineTooLarge { size: u64, cap: u64 },
    #[error("not a regular file ({kind})")]
    NotRegular { kind: &'static str },
    /// Reading the file hit a bug (a panic, caught): the file is named, the bug is in the log.
    #[error("internal error while reading: {message}")]
    Internal { message: String },
    #[error("cannot read: {reason}")]
    Io {
        /// What went wrong by kind, for the interface to word it in the desk's language.
        kind: std::io::ErrorKind,
        reason: String,
    },
}

impl ParseError {
    pub fn io(err: &std::io::Error) -> Self {
        ParseError::Io {
            kind: err.kind(),
            reason: err.to_string(),
        }
    }

    pub(crate) fn json(err: &serde_json::Error) -> Self {
        let (line, column) = (err.line(), err.column());
        let full = err.to_string();
        if full.starts_with("recursion limit exceeded") {
            return ParseError::TooDeep { line, column };
        }
        // serde_json appends the position, which this error already states on its own terms.
        let reason = full
            .rsplit_once(" at line ")
            .map_or(full.as_str(), |(reason, _)| reason)
            .to_string();
        ParseError::Json {
            line,
            column,
            reason,
        }
    }
}
