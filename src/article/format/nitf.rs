//! IPTC NITF, the News Industry Text Format: a document of its own, the text of a NewsML-G2
//! `inlineXML`, or a ninjs body of a NITF content type. Read from the XML stream; only the
//! fields an article needs are kept.

use super::super::error::ParseError;
use super::super::model::{Article, Format};
use super::date::rfc3339;
use super::draft::{keep_first, urgency_number, version_number, Draft};
use super::markup::{render, xml_line, xml_paragraphs, Paragraphs};
use super::xml::{Ev, Events, Tag, Xml};

/// What a NITF document says of itself; metadata from an envelope, where there is one, wins.
#[derive(Debug, Default)]
pub(super) struct Nitf {
    headline: Option<String>,
    abstract_: Option<String>,
    byline: Option<String>,
    /// The dateline's `<location>`.
    place: Option<String>,
    /// The dateline's text, its date left out.
    dateline: Option<String>,
    pub body: String,
    urgency: Option<u8>,
    language: Option<String>,
    title: Option<String>,
    uri: Option<String>,
    version: Option<u64>,
    published: Option<String>,
    source: Option<String>,
}

impl Nitf {
    /// The rest of the `<nitf>` element just opened.
    pub fn read(events: &mut Events, nitf: &Tag) -> Xml<Nitf> {
        let mut out = Nitf {
            language: nitf.attr("lang"),
            ..Nitf::default()
        };
        let mut seen_body = false;
        while let Some(part) = events.child()? {
            match part.name() {
                "head" => out.head(events)?,
                "body" if !seen_body => {
                    seen_body = true;
                    if out.language.is_none() {
                        out.language = part.attr("lang");
                    }
                    out.body_parts(events)?;
                }
                _ => events.skip()?,
            }
        }
        Ok(out)
    }

    fn head(&mut self, events: &mut Events) -> Xml<()> {
        while let Some(part) = events.child()? {
            match part.name() {
                "title" => keep_first(&mut self.title, Some(events.text()?)),
                "docdata" => self.docdata(events)?,
                _ => events.skip()?,
            }
        }
        Ok(())
    }

    fn docdata(&mut self, events: &mut Events) -> Xml<()> {
        while let Some(part) = events.child()? {
            match part.name() {
                "urgency" => {
                    let urgency = part.attr("ed-urg").as_deref().and_then(urgency_number);
                    self.urgency = self.urgency.or(urgency);
                }
                "doc-id" => keep_first(&mut self.uri, part.attr("id-string")),
                "du-key" => {
                    let version = part.attr("version").as_deref().and_then(version_number);
                    self.version = self.version.or(version);
                }
                "date.issue" => keep_first(
                    &mut self.published,
                    part.attr("norm").map(|d| rfc3339(&d).unwrap_or(d)),
                ),
                "doc.copyright" => keep_first(&mut self.source, part.attr("holder")),
                _ => {}
            }
            events.skip()?;
        }
        Ok(())
    }

    fn body_parts(&mut self, events: &mut Events) -> Xml<()> {
        let mut seen_content = false;
        while let Some(part) = events.child()? {
            match part.name() {
                "body.head" => self.body_head(events)?,
                "body.content" if !seen_content => {
                    seen_content = true;
                    self.body = xml_paragraphs(events, "body.content", &[])?;
                }
                _ => events.skip()?,
            }
        }
        Ok(())
    }

    fn body_head(&mut self, events: &mut Events) -> Xml<()> {
        while let Some(part) = events.child()? {
            match part.name() {
                "hedline" => {
                    while let Some(line) = events.child()? {
                        match line.name() {
                            "hl1" => keep_first(&mut self.headline, Some(xml_line(events, "hl1")?)),
                            _ => events.skip()?,
                        }
                    }
                }
                "abstract" => keep_first(&mut self.abstract_, Some(xml_line(events, "abstract")?)),
                "byline" => keep_first(&mut self.byline, Some(xml_line(events, "byline")?)),
                "dateline" => {
                    let (location, text) = dateline(events)?;
                    keep_first(&mut self.place, location);
                    keep_first(&mut self.dateline, Some(text));
                }
                _ => events.skip()?,
            }
        }
        Ok(())
    }

    /// Fills `draft` with what the document says (the body excepted).
    pub fn fill(self, draft: &mut Draft) {
        draft.headline = self.headline.or(self.title).unwrap_or_default();
        draft.lead = self.abstract_.unwrap_or_default();
        draft.byline = self.byline;
        draft.place = self.place;
        draft.dateline = self.dateline;
        draft.urgency = self.urgency;
        draft.language = self.language;
        draft.uri = self.uri;
        draft.version = self.version;
        draft.published = self.published;
        draft.source = self.source;
    }

    /// A bare NITF document as an article.
    pub fn article(mut self) -> Result<Article, ParseError> {
        let mut draft = Draft::new(Format::Nitf);
        draft.body = std::mem::take(&mut self.body);
        self.fill(&mut draft);
        draft.finish()
    }
}

/// A `<dateline>`: its `<location>`, and its text without the `<story.date>` (EFE sends
/// nothing but the date there).
fn dateline(events: &mut Events) -> Xml<(Option<String>, String)> {
    let mut whole = Paragraphs::default();
    let mut location: Option<String> = None;
    loop {
        match events.next()? {
            Ev::Text(t) => whole.text(&t),
            Ev::Open(tag) if tag.name() == "location" && location.is_none() => {
                let text = xml_line(events, "location")?;
                whole.text(&text);
                location = Some(text).filter(|l| !l.trim().is_empty());
            }
            Ev::Open(tag) => render(events, tag.name(), &["story.date"], &mut whole)?,
            Ev::Close | Ev::End => break,
        }
    }
    Ok((location, whole.finish().replace('\n', " ")))
}

/// The body of NITF given as text (a ninjs body of a NITF content type): a whole document,
/// or a part of one (`<body.content>`, `<block>`). `None` when it is not well-formed XML.
pub(crate) fn nitf_body(raw: &str) -> Option<String> {
    let mut events = Events::new(raw);
    let root = events.root().ok()?;
    let body = if root.name() == "nitf" {
        Nitf::read(&mut events, &root).ok()?.body
    } else {
        xml_paragraphs(&mut events, root.name(), &["body.head"]).ok()?
    };
    events.finish().ok()?;
    Some(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Nitf {
        let mut events = Events::new(text);
        let root = events.root().unwrap();
        let nitf = Nitf::read(&mut events, &root).unwrap();
        events.finish().unwrap();
        nitf
    }

    #[test]
    fn head_and_body_head() {
        let nitf = read(
            "<nitf lang='de'><head><title>T</title><docdata><urgency ed-urg='2'/>\
             <doc-id id-string='d-1'/><du-key version='3'/><date.issue norm='20260302T101500+0100'/>\
             <doc.copyright holder='dpa'/></docdata></head><body><body.head><hedline><hl1>Main \
             <em>line</em></hl1><hl2>Second</hl2></hedline><byline>By <person>A. Writer</person>\
             </byline><dateline><location><city>Berlin</city></location>, 2. März</dateline>\
             <abstract><p>Short.</p></abstract></body.head><body.content><p>One.</p>\
             <media><media-caption>no</media-caption></media><p>Two.</p></body.content></body></nitf>",
        );
        assert_eq!(nitf.headline.as_deref(), Some("Main line"));
        assert_eq!(nitf.title.as_deref(), Some("T"));
        assert_eq!(nitf.abstract_.as_deref(), Some("Short."));
        assert_eq!(nitf.byline.as_deref(), Some("By A. Writer"));
        assert_eq!(nitf.place.as_deref(), Some("Berlin"));
        assert_eq!(nitf.body, "One.\nTwo.");
        assert_eq!((nitf.urgency, nitf.version), (Some(2), Some(3)));
        assert_eq!(nitf.uri.as_deref(), Some("d-1"));
        assert_eq!(nitf.published.as_deref(), Some("2026-03-02T10:15:00+01:00"));
        assert_eq!(nitf.source.as_deref(), Some("dpa"));
        assert_eq!(nitf.language.as_deref(), Some("de"));
    }

    #[test]
    fn a_dateline_without_location_is_its_text_without_the_date() {
        let nitf = read(
            "<nitf><body><body.head><dateline>PARIS, <story.date norm='20260302'>2 March\
             </story.date></dateline></body.head></body></nitf>",
        );
        assert_eq!(
            (nitf.place, nitf.dateline.as_deref()),
            (None, Some("PARIS,"))
        );
    }

    #[test]
    fn bodies_given_as_text() {
        assert_eq!(
            nitf_body("<body.content><p>a</p><p>b</p></body.content>").as_deref(),
            Some("a\nb")
        );
        assert_eq!(
            nitf_body("<nitf><body><body.content><p>c</p></body.content></body></nitf>").as_deref(),
            Some("c")
        );
        assert_eq!(nitf_body("<p>broken"), None);
    }
}
