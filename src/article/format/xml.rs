//! XML documents read as a stream with quick-xml, and never trusted: the declared encoding is
//! honoured, a DTD that declares entities is refused (nothing is ever expanded, so an entity
//! bomb costs nothing, and saying so beats showing a half-resolved text), nesting is capped, and
//! elements and attributes are known by their local names whatever the prefix.
//!
//! No tree is built: a document can hold millions of elements in a few megabytes, and a tree
//! costs hundreds of bytes for each. The format readers walk the stream instead (a recursive
//! descent over [`Events::child`], [`Events::text`], [`Events::skip`]) and keep only the fields
//! an article needs, so reading takes memory in proportion to the text kept, not the markup.

use std::borrow::Cow;

use quick_xml::escape::{resolve_html5_entity, resolve_predefined_entity};
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::super::error::ParseError;
use super::super::parse::checked_text;

/// Deeper than any news format nests.
const MAX_DEPTH: usize = 256;

/// A step of reading the stream: an error means the document itself is broken (not well-formed,
/// too deep, a declared entity), and reading it stops there.
pub(crate) type Xml<T> = Result<T, ParseError>;

/// What the stream holds next.
pub(crate) enum Ev<'a> {
    /// An element opens (`<x/>` opens and then closes).
    Open(Tag<'a>),
    /// The innermost open element closes.
    Close,
    /// Text inside the root element: character data, CDATA, a resolved reference.
    Text(Cow<'a, str>),
    /// The end of a well-formed document.
    End,
}

/// An element's start tag.
pub(crate) struct Tag<'a>(BytesStart<'a>);

impl Tag<'_> {
    /// The local name: `newsItem` for `<newsItem>`, `<nar:newsItem>` or `<g2:newsItem>`.
    pub fn name(&self) -> &str {
        // The document was decoded to text before reading, so every name is UTF-8.
        std::str::from_utf8(self.0.local_name().into_inner()).unwrap_or_default()
    }

    /// An attribute by local name (`xml:lang` is `lang`), unescaped: XML's entities and, as
    /// XHTML bodies use them undeclared, HTML's.
    pub fn attr(&self, name: &str) -> Option<String> {
        let attr = self
            .0
            .attributes()
            .with_checks(false)
            .filter_map(Result::ok)
            .find(|a| a.key.local_name().as_ref() == name.as_bytes())?;
        let value = attr
            .normalized_value_with(XmlVersion::Implicit1_0, 1, |name| {
                resolve_predefined_entity(name).or_else(|| resolve_html5_entity(name))
            })
            .map_or_else(
                |_| String::from_utf8_lossy(&attr.value).into_owned(),
                Cow::into_owned,
            );
        Some(value)
    }
}

/// The events of one document, checked as they come: names match, one root, nesting capped.
pub(crate) struct Events<'a> {
    reader: Reader<&'a [u8]>,
    text: &'a str,
    /// Local names of the open elements, innermost last (at most `MAX_DEPTH` of them).
    open: Vec<String>,
    seen_root: bool,
}

impl<'a> Events<'a> {
    pub fn new(text: &'a str) -> Events<'a> {
        let mut reader = Reader::from_str(text);
        let config = reader.config_mut();
        config.check_end_names = true;
        config.expand_empty_elements = true;
        Events {
            reader,
            text,
            open: Vec::new(),
            seen_root: false,
        }
    }

    pub fn next(&mut self) -> Xml<Ev<'a>> {
        loop {
            let at = self.reader.buffer_position() as usize;
            let event = self.reader.read_event().map_err(|e| {
                let at = self.reader.error_position() as usize;
                xml_error(self.text, at, &e.to_string())
            })?;
            match event {
                Event::Start(start) => {
                    if self.open.is_empty() && self.seen_root {
                        return Err(xml_error(self.text, at, "a second element after the root"));
                    }
                    if self.open.len() >= MAX_DEPTH {
                        let (line, column) = line_column(self.text, at);
                        return Err(ParseError::XmlTooDeep { line, column });
                    }
                    self.seen_root = true;
                    let tag = Tag(start);
                    self.open.push(tag.name().to_string());
                    return Ok(Ev::Open(tag));
                }
                // Not produced with `expand_empty_elements`; named for completeness.
                Event::Empty(_) => {}
                Event::End(_) => {
                    if self.open.pop().is_none() {
                        return Err(xml_error(
                            self.text,
                            at,
                            "closing tag without an opening one",
                        ));
                    }
                    return Ok(Ev::Close);
                }
                // Text outside the root element is whitespace or junk; neither is content.
                Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) if self.open.is_empty() => {
                }
                Event::Text(t) => return Ok(Ev::Text(t.xml10_content().unwrap_or_default())),
                Event::CData(c) => return Ok(Ev::Text(c.decode().unwrap_or_default())),
                Event::GeneralRef(r) => {
                    let resolved = match r.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        _ => entity(&r.decode().unwrap_or_default()),
                    };
                    return Ok(Ev::Text(Cow::Owned(resolved)));
                }
                Event::DocType(d) => {
                    let dtd = d.decode().unwrap_or_default();
                    if dtd.to_ascii_uppercase().contains("<!ENTITY") {
                        return Err(ParseError::XmlEntities);
                    }
                }
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
                Event::Eof => {
                    if let Some(open) = self.open.last() {
                        let reason = format!("the document ends inside <{}>", clip(open));
                        return Err(xml_error(self.text, self.text.len(), &reason));
                    }
                    if !self.seen_root {
                        return Err(xml_error(
                            self.text,
                            self.text.len(),
                            "no element in the document",
                        ));
                    }
                    return Ok(Ev::End);
                }
            }
        }
    }

    /// The root element, opened.
    pub fn root(&mut self) -> Xml<Tag<'a>> {
        loop {
            match self.next()? {
                Ev::Open(tag) => return Ok(tag),
                // `next` refuses a document without a root before it ends.
                Ev::Close | Ev::Text(_) | Ev::End => {}
            }
        }
    }

    /// The next child element of the innermost open element, opened; `None` once that element
    /// has closed. Text between children is passed over. Each child returned must be read to
    /// its end (with `child`, `text`, `skip` or a renderer) before the next is asked for.
    pub fn child(&mut self) -> Xml<Option<Tag<'a>>> {
        loop {
            match self.next()? {
                Ev::Open(tag) => return Ok(Some(tag)),
                Ev::Close | Ev::End => return Ok(None),
                Ev::Text(_) => {}
            }
        }
    }

    /// All the text in the rest of the innermost open element, in document order, as written
    /// (whitespace kept); the element is closed after.
    pub fn text(&mut self) -> Xml<String> {
        let level = self.open.len();
        let mut out = String::new();
        loop {
            match self.next()? {
                Ev::Text(t) => out.push_str(&t),
                Ev::Close if self.open.len() < level => return Ok(out),
                Ev::End => return Ok(out),
                Ev::Open(_) | Ev::Close => {}
            }
        }
    }

    /// Passes over the rest of the innermost open element; the element is closed after.
    pub fn skip(&mut self) -> Xml<()> {
        self.skip_finding("").map(drop)
    }

    /// Passes over the rest of the innermost open element, saying whether an element named
    /// `name` opens anywhere inside it.
    pub fn skip_finding(&mut self, name: &str) -> Xml<bool> {
        let level = self.open.len();
        let mut found = false;
        loop {
            match self.next()? {
                Ev::Open(tag) => found |= tag.name() == name,
                Ev::Close if self.open.len() < level => return Ok(found),
                Ev::End => return Ok(found),
                Ev::Close | Ev::Text(_) => {}
            }
        }
    }

    /// Reads the rest of the document, checking that it is well-formed.
    pub fn finish(&mut self) -> Xml<()> {
        while !matches!(self.next()?, Ev::End) {}
        Ok(())
    }
}

/// The document as text: UTF-16 when a byte-order mark says so, else the encoding the XML
/// declaration names (ISO-8859-1 and the like still come from some agencies), else UTF-8.
pub(crate) fn decode(bytes: &[u8]) -> Xml<Cow<'_, str>> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return decode_as(encoding, &bytes[bom..]);
    }
    match declared_encoding(bytes) {
        Some(label) => {
            let encoding =
                encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
                    ParseError::Encoding {
                        label: label.chars().filter(|c| !c.is_control()).take(40).collect(),
                    }
                })?;
            decode_as(encoding, bytes)
        }
        None => checked_text(bytes, 0).map(Cow::Borrowed),
    }
}

/// Text in `encoding` (without a byte-order mark) as UTF-8, refusing what is not valid in it.
pub(crate) fn decode_as<'a>(
    encoding: &'static encoding_rs::Encoding,
    bytes: &'a [u8],
) -> Xml<Cow<'a, str>> {
    if encoding == encoding_rs::UTF_8 {
        return checked_text(bytes, 0).map(Cow::Borrowed);
    }
    let text = encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or(ParseError::InvalidEncoding {
            encoding: encoding.name(),
        })?;
    if let Some(at) = text.find('\0') {
        return Err(ParseError::Nul { offset: at });
    }
    Ok(text)
}

/// The `encoding` of the XML declaration, unless it says UTF-8 (or nothing).
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let mut reader = Reader::from_reader(bytes);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Decl(decl)) => {
                let label = decl.encoding()?.ok()?;
                let label = String::from_utf8_lossy(&label).into_owned();
                let utf8 = label.trim().eq_ignore_ascii_case("utf-8")
                    || label.trim().eq_ignore_ascii_case("utf8");
                return (!utf8).then_some(label);
            }
            Ok(Event::Text(t)) if t.iter().all(u8::is_ascii_whitespace) => buf.clear(),
            _ => return None,
        }
    }
}

/// A named reference: XML's five, then HTML's (XHTML bodies use `&nbsp;` and friends without
/// declaring them); anything else stays as written, since nothing declared it.
fn entity(name: &str) -> String {
    resolve_predefined_entity(name)
        .or_else(|| resolve_html5_entity(name))
        .map_or_else(|| format!("&{name};"), str::to_string)
}

/// A name from the file, fit for an error message.
pub(crate) fn clip(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(40).collect()
}

fn xml_error(text: &str, at: usize, reason: &str) -> ParseError {
    let (line, column) = line_column(text, at);
    ParseError::Xml {
        line,
        column,
        reason: reason.to_string(),
    }
}

/// 1-based line and column (in characters) of byte offset `at`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The root's name, attributes asked for, and its whole text, reading to the end.
    fn read(bytes: &[u8], attrs: &[&str]) -> Xml<(String, Vec<Option<String>>, String)> {
        let text = decode(bytes)?;
        let mut events = Events::new(&text);
        let root = events.root()?;
        let name = root.name().to_string();
        let values = attrs.iter().map(|a| root.attr(a)).collect();
        let all = events.text()?;
        events.finish()?;
        Ok((name, values, all))
    }

    #[test]
    fn local_names_whatever_the_prefix() {
        let (name, attrs, text) = read(
            br#"<?xml version="1.0"?><g2:newsItem xmlns:g2="http://iptc.org/std/nar/2006-10-01/" xml:lang="fa" guid="a&amp;b"><g2:headline>x &lt; y&#x21;&nbsp;z</g2:headline></g2:newsItem>"#,
            &["lang", "guid", "version"],
        )
        .unwrap();
        assert_eq!(name, "newsItem");
        assert_eq!(attrs, [Some("fa".into()), Some("a&b".into()), None]);
        assert_eq!(text, "x < y!\u{a0}z");
    }

    #[test]
    fn children_text_and_skipping() {
        let text = "<a>t<b x='1'><c/>in b</b>u<d><e>deep</e></d><f>more</f></a>";
        let mut events = Events::new(text);
        events.root().unwrap();
        let b = events.child().unwrap().unwrap();
        assert_eq!((b.name(), b.attr("x").as_deref()), ("b", Some("1")));
        assert_eq!(events.text().unwrap(), "in b");
        let d = events.child().unwrap().unwrap();
        assert_eq!(d.name(), "d");
        assert!(events.skip_finding("e").unwrap());
        assert_eq!(events.child().unwrap().unwrap().name(), "f");
        events.skip().unwrap();
        assert!(events.child().unwrap().is_none());
        events.finish().unwrap();
    }

    #[test]
    fn entity_declarations_are_refused() {
        let bomb = br#"<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<lolz>&lol3;</lolz>"#;
        assert_eq!(read(bomb, &[]), Err(ParseError::XmlEntities));
        // A DOCTYPE without entities is harmless; an undeclared entity stays as written.
        let plain = read(
            b"<!DOCTYPE nitf SYSTEM \"nitf.dtd\"><nitf>&lol;</nitf>",
            &[],
        );
        assert_eq!(plain.unwrap().2, "&lol;");
    }

    #[test]
    fn encodings() {
        let latin1 = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>caf\xe9</p>";
        assert_eq!(read(latin1, &[]).unwrap().2, "café");
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "<p>سلام</p>".encode_utf16() {
            utf16.extend(unit.to_le_bytes());
        }
        assert_eq!(read(&utf16, &[]).unwrap().2, "سلام");
        assert!(matches!(
            read(b"<?xml version=\"1.0\" encoding=\"klingon\"?><p/>", &[]),
            Err(ParseError::Encoding { .. })
        ));
        assert!(matches!(
            read(b"<p>a\xffb</p>", &[]),
            Err(ParseError::InvalidUtf8 { .. })
        ));
    }

    #[test]
    fn broken_documents_are_named() {
        let err = |b: &[u8]| read(b, &[]).unwrap_err().to_string();
        assert!(err(b"<a><b></a>").starts_with("invalid XML at line 1"));
        assert!(err(b"<a>\n<b>").contains("ends inside <b>"));
        assert!(err(b"<a/><b/>").contains("second element"));
        assert!(err(b"   ").contains("no element"));
        let deep = format!("{}{}", "<a>".repeat(1000), "</a>".repeat(1000));
        assert!(err(deep.as_bytes()).starts_with("XML nested too deeply"));
    }

    #[test]
    fn cdata_is_text() {
        let (_, _, text) = read(b"<a><b><c><![CDATA[<p>x</p>]]></c></b></a>", &[]).unwrap();
        assert_eq!(text, "<p>x</p>");
    }
}
