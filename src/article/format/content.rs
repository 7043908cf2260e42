//! The text an item carries: a NewsML-G2 `contentSet` (its `inlineXML`, `inlineData` and
//! `remoteContent`), and the same markup in a NewsML 1 `DataContent`. Of several renderings the
//! richest is kept as they stream by, so any number of them costs no more than the longest.

use super::super::model::Format;
use super::draft::Draft;
use super::markup::{render, Paragraphs};
use super::nitf::Nitf;
use super::xml::{self, Ev, Events, Tag, Xml};
use super::{body_choice, Text};

/// XHTML elements an `inlineXML` may open with (and the NITF fragments a NewsML 1 `DataContent`
/// holds without their `<nitf>`); NITF is read on its own terms. Other vocabularies (EventsML
/// `events`, SportsML, ...) are not text.
const XHTML_ROOTS: &[&str] = &[
    "html",
    "body",
    "div",
    "section",
    "article",
    "p",
    "body.content",
    "block",
];

/// What a `contentSet` gives: the richest of its renderings, the NITF around one, any
/// non-text vocabulary found inline, and what its `remoteContent` points at.
#[derive(Debug, Default)]
pub(super) struct Content {
    pub body: String,
    pub nitf: Option<Nitf>,
    /// A non-text vocabulary found inline, as the errors list names it (`event`).
    pub other: Option<&'static str>,
    pub media: Media,
    /// Where the text is when the item only points at it (a `remoteContent` of a text type).
    pub link: Option<String>,
}

/// The kinds of media a set of renditions holds: one kind when all of them are of it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Media {
    #[default]
    None,
    One(&'static str),
    Mixed,
}

impl Media {
    /// Adds a rendition of MIME type `content_type`.
    pub fn add(&mut self, content_type: &str) {
        let ct = content_type.trim().to_ascii_lowercase();
        let kind = [
            ("image/", "photo"),
            ("video/", "video"),
            ("audio/", "audio"),
        ]
        .into_iter()
        .find(|(prefix, _)| ct.starts_with(prefix))
        .map_or(Media::Mixed, |(_, kind)| Media::One(kind));
        self.merge(kind);
    }

    pub fn merge(&mut self, other: Media) {
        *self = match (*self, other) {
            (seen, Media::None) => seen,
            (Media::None, other) => other,
            (Media::One(a), Media::One(b)) if a == b => Media::One(a),
            _ => Media::Mixed,
        };
    }

    pub fn kind(self) -> Option<&'static str> {
        match self {
            Media::One(kind) => Some(kind),
            Media::None | Media::Mixed => None,
        }
    }
}

impl Content {
    /// The rest of the `contentSet` just opened.
    pub fn read(events: &mut Events) -> Xml<Content> {
        let mut content = Content::default();
        while let Some(part) = events.child()? {
            match part.name() {
                // Text with no element in it is plain, whatever the type says.
                "inlineXML" => content.inline(events, "text/plain")?,
                "inlineData" => content.inline_data(events, &part)?,
                // A rendition kept elsewhere: its type says what the item is, and a text one
                // is where the story can be read.
                "remoteContent" => {
                    let content_type = part.attr("contenttype").unwrap_or_default();
                    content.media.add(&content_type);
                    let texty = content_type.starts_with("text/") || content_type.contains("html");
                    if texty && content.link.is_none() {
                        content.link = part.attr("href").filter(|h| !h.trim().is_empty());
                    }
                    events.skip()?;
                }
                _ => events.skip()?,
            }
        }
        Ok(content)
    }

    /// A rendering of the body: kept when it is richer than the one kept so far.
    pub fn offer(&mut self, candidate: String) {
        let kept = std::mem::take(&mut self.body);
        self.body = body_choice([kept, candidate].into_iter());
    }

    pub fn merge(&mut self, other: Content) {
        self.offer(other.body);
        if self.nitf.is_none() {
            self.nitf = other.nitf;
        }
        self.other = self.other.or(other.other);
        self.link = self.link.take().or(other.link);
        self.media.merge(other.media);
    }

    /// The rest of an element holding text inline (an `inlineXML`, a `DataContent`): NITF,
    /// XHTML, or text with no element around it, read as `text_type` says.
    pub fn inline(&mut self, events: &mut Events, text_type: &str) -> Xml<()> {
        // Once an element shows, the elements are the content.
        let mut plain = String::new();
        let mut has_elements = false;
        // XHTML may come as several sibling elements (`<p>`s with no wrapper): together they
        // are one body.
        let mut xhtml: Option<Paragraphs> = None;
        loop {
            match events.next()? {
                Ev::Text(t) if !has_elements => plain.push_str(&t),
                Ev::Text(_) => {}
                Ev::Open(root) => {
                    has_elements = true;
                    plain = String::new();
                    match root.name() {
                        "nitf" => {
                            let mut nitf = Nitf::read(events, &root)?;
                            self.offer(std::mem::take(&mut nitf.body));
                            self.nitf.get_or_insert(nitf);
                        }
                        name if XHTML_ROOTS.contains(&name) => {
                            let out = xhtml.get_or_insert_with(Paragraphs::default);
                            out.end();
                            render(events, name, &[], out)?;
                        }
                        "events" | "event" => {
                            self.other = Some("event");
                            events.skip()?;
                        }
                        _ => events.skip()?,
                    }
                }
                Ev::Close | Ev::End => break,
            }
        }
        if !has_elements {
            self.offer(
                Text::new("", &plain, text_type)
                    .paragraphs()
                    .unwrap_or_default(),
            );
        }
        if let Some(out) = xhtml {
            self.offer(out.finish());
        }
        Ok(())
    }

    pub fn inline_data(&mut self, events: &mut Events, tag: &Tag) -> Xml<()> {
        let raw = events.text()?;
        let content_type = tag.attr("contenttype").unwrap_or_default();
        let text = match tag.attr("encoding") {
            None => Some(raw),
            Some(e) if e.trim().eq_ignore_ascii_case("base64") => from_base64(&raw, &content_type),
            // Another transfer encoding is none the desk can read.
            Some(_) => None,
        };
        if let Some(paragraphs) = text.and_then(|t| Text::new("", &t, &content_type).paragraphs()) {
            self.offer(paragraphs);
        }
        Ok(())
    }

    pub fn into_draft(self, format: Format) -> Draft {
        let mut draft = Draft::new(format);
        if let Some(nitf) = self.nitf {
            nitf.fill(&mut draft);
        }
        draft.body = self.body;
        draft.url = self.link;
        draft
    }
}

/// The text carried base64-encoded in an `inlineData`, in the charset its content type names
/// (`text/plain; charset=iso-8859-1`), else UTF-8; `None` when it does not decode.
fn from_base64(raw: &str, content_type: &str) -> Option<String> {
    use base64::Engine as _;
    // Encoders wrap base64 in lines; whitespace is no part of it.
    let compact: Vec<u8> = raw.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&compact)
        .ok()?;
    let charset = content_type
        .split(';')
        .skip(1)
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("charset"))
        .map(|(_, v)| v.trim().trim_matches('"').to_string());
    let (encoding, bom) = match encoding_rs::Encoding::for_bom(&bytes) {
        Some((encoding, bom)) => (encoding, bom),
        None => (
            charset
                .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
                .unwrap_or(encoding_rs::UTF_8),
            0,
        ),
    };
    xml::decode_as(encoding, &bytes[bom..])
        .ok()
        .map(|t| t.into_owned())
}
