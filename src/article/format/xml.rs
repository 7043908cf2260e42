//! XML documents as a small element tree, read with quick-xml and never trusted: the declared
//! encoding is honoured, a DTD that declares entities is refused (nothing is ever expanded, so
//! an entity bomb costs nothing, and saying so beats showing a half-resolved text), nesting is
//! capped, and elements and attributes are known by their local names whatever the prefix.
//!
//! The tree itself is a few lines over quick-xml's events: the formats are read by walking
//! parents and children, which a streaming reader alone makes awkward.

use std::borrow::Cow;

use quick_xml::escape::{resolve_html5_entity, resolve_predefined_entity};
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::super::error::ParseError;
use super::super::parse::checked_text;

/// Deeper than any news format nests; the walks over the tree recurse, so this bounds them.
const MAX_DEPTH: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Element {
    /// The local name: `newsItem` for `<newsItem>`, `<nar:newsItem>` or `<g2:newsItem>`.
    pub name: String,
    /// Attributes by local name (`xml:lang` is `lang`), values unescaped.
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn elements(&self) -> impl Iterator<Item = &Element> + '_ {
        self.children.iter().filter_map(|c| match c {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// Child elements named `name`.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements().filter(move |e| e.name == name)
    }

    /// The first child element named `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    /// The first element named `name` at any depth below this one, in document order.
    pub fn find(&self, name: &str) -> Option<&Element> {
        self.elements().find_map(|e| {
            if e.name == name {
                Some(e)
            } else {
                e.find(name)
            }
        })
    }

    /// All the text below this element, in document order, as written (whitespace kept).
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.push_text(&mut out);
        out
    }

    fn push_text(&self, out: &mut String) {
        for child in &self.children {
            match child {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) => e.push_text(out),
            }
        }
    }
}

/// Decodes and parses a whole XML document; the root element comes back.
pub(crate) fn parse(bytes: &[u8]) -> Result<Element, ParseError> {
    let text = decode(bytes)?;
    parse_str(&text)
}

/// The document as text: UTF-16 when a byte-order mark says so, else the encoding the XML
/// declaration names (ISO-8859-1 and the like still come from some agencies), else UTF-8.
fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ParseError> {
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

fn decode_as<'a>(
    encoding: &'static encoding_rs::Encoding,
    bytes: &'a [u8],
) -> Result<Cow<'a, str>, ParseError> {
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

fn parse_str(text: &str) -> Result<Element, ParseError> {
    let mut reader = Reader::from_str(text);
    let config = reader.config_mut();
    config.check_end_names = true;
    config.expand_empty_elements = false;
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        let at = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|e| xml_error(text, reader.error_position() as usize, &e.to_string()))?;
        match event {
            Event::Start(start) => {
                if stack.len() >= MAX_DEPTH {
                    let (line, column) = line_column(text, at);
                    return Err(ParseError::XmlTooDeep { line, column });
                }
                stack.push(element(&start));
            }
            Event::Empty(start) => attach(&mut stack, &mut root, element(&start), text, at)?,
            Event::End(_) => {
                let Some(done) = stack.pop() else {
                    return Err(xml_error(text, at, "closing tag without an opening one"));
                };
                attach(&mut stack, &mut root, done, text, at)?;
            }
            Event::Text(t) => {
                let content = t.xml10_content().unwrap_or(Cow::Borrowed(""));
                push_text(&mut stack, &content);
            }
            Event::CData(c) => {
                let content = c.decode().unwrap_or(Cow::Borrowed(""));
                push_text(&mut stack, &content);
            }
            Event::GeneralRef(r) => {
                let name = r.decode().unwrap_or(Cow::Borrowed(""));
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => entity(&name),
                };
                push_text(&mut stack, &resolved);
            }
            Event::DocType(d) => {
                let dtd = d.decode().unwrap_or(Cow::Borrowed(""));
                if dtd.to_ascii_uppercase().contains("<!ENTITY") {
                    return Err(ParseError::XmlEntities);
                }
            }
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            Event::Eof => break,
        }
    }
    if let Some(open) = stack.last() {
        let reason = format!("the document ends inside <{}>", open.name);
        return Err(xml_error(text, text.len(), &reason));
    }
    root.ok_or_else(|| xml_error(text, text.len(), "no element in the document"))
}

/// A named reference: XML's five, then HTML's (XHTML bodies use `&nbsp;` and friends without
/// declaring them); anything else stays as written, since nothing declared it.
fn entity(name: &str) -> String {
    resolve_predefined_entity(name)
        .or_else(|| resolve_html5_entity(name))
        .map_or_else(|| format!("&{name};"), str::to_string)
}

fn element(start: &BytesStart) -> Element {
    let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
    let attrs = start
        .attributes()
        .with_checks(false)
        .filter_map(Result::ok)
        .map(|a| {
            let key = String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned();
            let value = a
                .normalized_value_with(XmlVersion::Implicit1_0, 1, |name| {
                    resolve_predefined_entity(name).or_else(|| resolve_html5_entity(name))
                })
                .map_or_else(
                    |_| String::from_utf8_lossy(&a.value).into_owned(),
                    Cow::into_owned,
                );
            (key, value)
        })
        .collect();
    Element {
        name,
        attrs,
        children: Vec::new(),
    }
}

fn attach(
    stack: &mut [Element],
    root: &mut Option<Element>,
    element: Element,
    text: &str,
    at: usize,
) -> Result<(), ParseError> {
    match stack.last_mut() {
        Some(parent) => parent.children.push(Node::Element(element)),
        None if root.is_none() => *root = Some(element),
        None => return Err(xml_error(text, at, "a second element after the root")),
    }
    Ok(())
}

fn push_text(stack: &mut [Element], content: &str) {
    // Text outside the root element is whitespace or junk; neither is content.
    let Some(parent) = stack.last_mut() else {
        return;
    };
    if let Some(Node::Text(last)) = parent.children.last_mut() {
        last.push_str(content);
    } else {
        parent.children.push(Node::Text(content.to_string()));
    }
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

    #[test]
    fn local_names_whatever_the_prefix() {
        let root = parse(
            br#"<?xml version="1.0"?><g2:newsItem xmlns:g2="http://iptc.org/std/nar/2006-10-01/" xml:lang="fa" guid="a&amp;b"><g2:headline>x &lt; y&#x21;&nbsp;z</g2:headline></g2:newsItem>"#,
        )
        .unwrap();
        assert_eq!(root.name, "newsItem");
        assert_eq!(root.attr("lang"), Some("fa"));
        assert_eq!(root.attr("guid"), Some("a&b"));
        assert_eq!(root.child("headline").unwrap().text(), "x < y!\u{a0}z");
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
        assert_eq!(parse(bomb), Err(ParseError::XmlEntities));
        // A DOCTYPE without entities is harmless; an undeclared entity stays as written.
        let plain = parse(b"<!DOCTYPE nitf SYSTEM \"nitf.dtd\"><nitf>&lol;</nitf>").unwrap();
        assert_eq!(plain.text(), "&lol;");
    }

    #[test]
    fn encodings() {
        let latin1 = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>caf\xe9</p>";
        assert_eq!(parse(latin1).unwrap().text(), "café");
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "<p>سلام</p>".encode_utf16() {
            utf16.extend(unit.to_le_bytes());
        }
        assert_eq!(parse(&utf16).unwrap().text(), "سلام");
        assert!(matches!(
            parse(b"<?xml version=\"1.0\" encoding=\"klingon\"?><p/>"),
            Err(ParseError::Encoding { .. })
        ));
        assert!(matches!(
            parse(b"<p>a\xffb</p>"),
            Err(ParseError::InvalidUtf8 { .. })
        ));
    }

    #[test]
    fn broken_documents_are_named() {
        let err = |b: &[u8]| parse(b).unwrap_err().to_string();
        assert!(err(b"<a><b></a>").starts_with("invalid XML at line 1"));
        assert!(err(b"<a>\n<b>").contains("ends inside <b>"));
        assert!(err(b"<a/><b/>").contains("second element"));
        assert!(err(b"   ").contains("no element"));
        let deep = format!("{}{}", "<a>".repeat(1000), "</a>".repeat(1000));
        assert!(err(deep.as_bytes()).starts_with("XML nested too deeply"));
    }

    #[test]
    fn cdata_and_find() {
        let root = parse(b"<a><b><c><![CDATA[<p>x</p>]]></c></b></a>").unwrap();
        assert_eq!(root.find("c").unwrap().text(), "<p>x</p>");
        assert!(root.find("z").is_none());
    }
}
