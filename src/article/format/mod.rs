//! Which format a file is in, found from its content (never its name), and the readers for
//! each: IRNA's JSON and its aliases, IPTC ninjs, IPTC NewsML-G2 (and bare NITF). Each reader
//! fills a [`Draft`]; the shared clean-up makes it an [`Article`].

mod content;
mod date;
mod draft;
mod irna;
mod json;
mod markup;
mod newsml;
mod newsml1;
mod ninjs;
mod nitf;
mod xml;

use serde_json::{Map, Value};

use super::error::ParseError;
use super::model::{Article, Format};
#[cfg(test)]
use super::parse::Position;
use super::parse::{checked_text, strip_bom, Entry};
use draft::Draft;
use json::Document;
use markup::{html_paragraphs, plain_paragraphs, tagged_plain_paragraphs};

/// Every entry of a whole file: XML when it opens with `<`, else JSON.
pub(crate) fn document(bytes: &[u8]) -> Vec<Entry> {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    let trimmed = strip_bom(bytes).trim_ascii_start();
    if trimmed.is_empty() {
        return vec![Entry::whole(None, Err(ParseError::Empty))];
    }
    if utf16 || trimmed.starts_with(b"<") {
        return newsml::document(bytes);
    }
    let read = checked_text(strip_bom(bytes), 0).and_then(|text| json::document(text, reads));
    match read {
        Err(e) => vec![Entry::whole(None, Err(e))],
        Ok(Document::Array(items, _)) if items.is_empty() => {
            vec![Entry::whole(None, Err(ParseError::NoItems))]
        }
        // A list of items (a feed's page, a ninjs export): each is numbered like a line.
        Ok(Document::Array(items, left_out)) => {
            let mut entries: Vec<Entry> = items
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    let (format, result) = match item {
                        Document::Object(map) => object(map),
                        Document::Array(..) => {
                            (None, Err(ParseError::ItemNotObject { found: "an array" }))
                        }
                        Document::Other(found) => (None, Err(ParseError::ItemNotObject { found })),
                    };
                    Entry::item(i + 1, format, result)
                })
                .collect();
            if left_out > 0 {
                let cap = entries.len();
                entries.push(Entry::item(
                    cap + 1,
                    None,
                    Err(ParseError::TooManyItems { cap, left_out }),
                ));
            }
            entries
        }
        Ok(other) => {
            let (format, result) = one(other);
            vec![Entry::whole(format, result)]
        }
    }
}

/// One JSON text that should be one article: a line of JSON Lines.
pub(crate) fn json_line(text: &str) -> (Option<Format>, Result<Article, ParseError>) {
    match json::document(text, reads) {
        Ok(doc) => one(doc),
        Err(e) => (None, Err(e)),
    }
}

fn one(doc: Document) -> (Option<Format>, Result<Article, ParseError>) {
    match doc {
        Document::Object(map) => object(map),
        Document::Array(..) => (None, Err(ParseError::NotObject { found: "an array" })),
        Document::Other(found) => (None, Err(ParseError::NotObject { found })),
    }
}

/// Keys a JSON Schema is known by (`schema`).
const SCHEMA_KEYS: &[&str] = &["$schema", "$id", "$defs", "definitions", "properties"];

/// Whether any JSON format reads a top-level key: the others are not kept.
fn reads(key: &str) -> bool {
    irna::reads(key) || ninjs::reads(key) || SCHEMA_KEYS.contains(&key)
}

fn object(mut map: Map<String, Value>) -> (Option<Format>, Result<Article, ParseError>) {
    if let Some(what) = schema(&map) {
        return (None, Err(ParseError::NotNews { what }));
    }
    if ninjs::is_ninjs(&map) {
        (
            Some(Format::Ninjs),
            ninjs::draft(&map).and_then(Draft::finish),
        )
    } else {
        (
            Some(Format::Irna),
            irna::draft(&mut map).and_then(Draft::finish),
        )
    }
}

/// A JSON Schema (ninjs publishes its own beside its examples): named by its title.
fn schema(map: &Map<String, Value>) -> Option<String> {
    let declared = map
        .get("$schema")
        .and_then(Value::as_str)
        .is_some_and(|s| s.contains("json-schema.org"));
    let shaped = map.contains_key("$defs")
        || map.contains_key("definitions")
        || (map.contains_key("properties")
            && map.get("type").and_then(Value::as_str) == Some("object"));
    if !(declared || (map.contains_key("$id") && shaped)) {
        return None;
    }
    let title = map.get("title").and_then(Value::as_str).unwrap_or("");
    let title: String = title.chars().filter(|c| !c.is_control()).take(80).collect();
    Some(if title.is_empty() {
        "a JSON Schema".to_string()
    } else {
        format!("a JSON Schema ({title})")
    })
}

fn not_text(kind: &str) -> ParseError {
    ParseError::NotText {
        kind: kind.to_string(),
    }
}

pub(crate) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// One text an item offers (a headline, a description, a body), as its format labels it.
#[derive(Debug, Clone)]
struct Text {
    /// Lowercased, without a scheme prefix (`drol:summary` is `summary`).
    role: String,
    raw: String,
    /// Lowercased MIME type; empty when the format did not say.
    content_type: String,
}

impl Text {
    fn new(role: &str, raw: &str, content_type: &str) -> Text {
        let role = role
            .rsplit(':')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        Text {
            role,
            raw: raw.to_string(),
            content_type: content_type.trim().to_ascii_lowercase(),
        }
    }

    /// The text as paragraphs, read as its content type says: HTML and XHTML through the
    /// HTML parser, NITF through the XML reader, plain text as it is; without a content type,
    /// by its look. Other types (a vendor's own XML, JSON) are no text to show: `None`.
    fn paragraphs(&self) -> Option<String> {
        let ct = self.content_type.as_str();
        if ct.contains("nitf") {
            return nitf::nitf_body(&self.raw);
        }
        if ct.contains("html") || (ct.is_empty() && looks_like_markup(&self.raw)) {
            return Some(html_paragraphs(&self.raw));
        }
        if ct.starts_with("text/plain") && looks_like_markup(&self.raw) {
            return Some(tagged_plain_paragraphs(&self.raw));
        }
        (ct.is_empty() || ct.starts_with("text/plain")).then(|| plain_paragraphs(&self.raw))
    }

    /// The text on one line (headlines, summaries).
    fn line(&self) -> Option<String> {
        self.paragraphs().map(|p| p.replace('\n', " "))
    }
}

fn looks_like_markup(text: &str) -> bool {
    let head = text.trim_start();
    head.starts_with('<') && head.contains('>')
}

/// The richest of several renderings of one body (each as paragraphs separated by `\n`): the
/// most paragraphs, then the most text; the first listed on a tie.
fn body_choice(candidates: impl Iterator<Item = String>) -> String {
    let score = |s: &str| {
        (
            s.split('\n').filter(|p| !p.trim().is_empty()).count(),
            s.len(),
        )
    };
    let mut best = String::new();
    for candidate in candidates {
        if score(&candidate) > score(&best) {
            best = candidate;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(bytes: &[u8]) -> Entry {
        let mut entries = document(bytes);
        assert_eq!(entries.len(), 1);
        entries.remove(0)
    }

    #[test]
    fn detection_by_content() {
        let irna = one(br#"{"titr":"T","text":"B"}"#);
        assert_eq!(irna.format, Some(Format::Irna));
        let ninjs = one(br#"{"uri":"u","headline":"H","body_text":"B","type":"text"}"#);
        assert_eq!(ninjs.format, Some(Format::Ninjs));
        assert_eq!(ninjs.result.unwrap().uri.as_deref(), Some("u"));
        let g2 =
            one(b"<newsItem guid='g'><contentMeta><headline>H</headline></contentMeta></newsItem>");
        assert_eq!(g2.format, Some(Format::NewsmlG2));
    }

    #[test]
    fn arrays_are_items() {
        let entries = document(br#"[{"titr":"a"},5,{"uri":"u","type":"picture"}]"#);
        let items: Vec<_> = entries
            .iter()
            .map(|e| (e.position.map(Position::number), e.result.is_ok()))
            .collect();
        assert_eq!(items, [(Some(1), true), (Some(2), false), (Some(3), false)]);
        assert_eq!(entries[0].position, Some(Position::Item(1)));
        assert_eq!(
            entries[2].result.as_ref().unwrap_err().to_string(),
            "not a text item: photo"
        );
        assert_eq!(one(b"[]").result, Err(ParseError::NoItems));
    }

    #[test]
    fn schemas_are_not_news() {
        let e = one(br#"{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"IPTC ninjs","type":"object"}"#);
        assert_eq!(
            e.result.unwrap_err().to_string(),
            "not a news item: a JSON Schema (IPTC ninjs)"
        );
    }

    #[test]
    fn richest_body_wins() {
        let choice = body_choice(
            [
                "one long paragraph of text".to_string(),
                "a\nb".to_string(),
                "c\nd".to_string(),
            ]
            .into_iter(),
        );
        assert_eq!(choice, "a\nb");
    }
}
