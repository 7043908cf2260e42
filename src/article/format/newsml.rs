//! IPTC NewsML-G2: a `newsItem`, a `newsMessage` carrying several items (numbered from 1 like
//! the lines of a JSON Lines file), or a bare `contentSet`; and bare NITF documents. Text comes
//! from `inlineXML` (NITF or XHTML) or `inlineData` (plain text or HTML); items of other
//! classes (pictures, video, packages, events, planning, concepts) are named, not read.

use super::super::error::ParseError;
use super::super::model::{Article, Format, PubStatus};
use super::super::parse::Entry;
use super::date::rfc3339;
use super::draft::{place_of, urgency_number, version_number, Draft};
use super::markup::{plain_paragraphs, xml_paragraphs};
use super::xml::{self, Element};
use super::{body_choice, not_text, Text};

/// XHTML elements an `inlineXML` may open with; NITF is read on its own terms. Other
/// vocabularies (EventsML `events`, SportsML, ...) are not text.
const XHTML_ROOTS: &[&str] = &["html", "body", "div", "section", "article", "p"];

/// Item classes (`ninat:` codes) with the word the errors list uses.
const CLASSES: &[(&str, &str)] = &[
    ("picture", "photo"),
    ("graphic", "graphic"),
    ("video", "video"),
    ("audio", "audio"),
    ("interactive", "interactive"),
];

pub(crate) fn document(bytes: &[u8]) -> Vec<Entry> {
    let root = match xml::parse(bytes) {
        Ok(root) => root,
        Err(e) => return vec![Entry::whole(None, Err(e))],
    };
    match root.name.as_str() {
        "newsMessage" => message(&root),
        "nitf" => vec![Entry::whole(Some(Format::Nitf), nitf_document(&root))],
        "contentSet" => {
            let draft = content_only(&root);
            vec![Entry::whole(Some(Format::NewsmlG2), draft.finish())]
        }
        name if is_item(name) => vec![Entry::whole(Some(Format::NewsmlG2), item(&root))],
        name => vec![Entry::whole(
            None,
            Err(ParseError::NotNews {
                what: format!("an XML document of another kind (<{}>)", clip(name)),
            }),
        )],
    }
}

fn is_item(name: &str) -> bool {
    name.ends_with("Item")
}

fn clip(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(40).collect()
}

/// The items of a `newsMessage`, in order, each its own entry.
fn message(root: &Element) -> Vec<Entry> {
    let items: Vec<&Element> = match root.child("itemSet") {
        Some(set) => set.elements().collect(),
        None => root.elements().filter(|e| is_item(&e.name)).collect(),
    };
    if items.is_empty() {
        return vec![Entry::whole(
            Some(Format::NewsmlG2),
            Err(ParseError::NoItems),
        )];
    }
    items
        .into_iter()
        .enumerate()
        .map(|(i, e)| Entry {
            line: Some(i + 1),
            format: Some(Format::NewsmlG2),
            result: item(e),
        })
        .collect()
}

fn item(e: &Element) -> Result<Article, ParseError> {
    match e.name.as_str() {
        "newsItem" => news_item(e)?.finish(),
        "packageItem" => Err(not_text("package")),
        "planningItem" => Err(not_text("planning")),
        "conceptItem" if e.find("eventDetails").is_some() => Err(not_text("event")),
        "conceptItem" | "knowledgeItem" => Err(not_text("concept")),
        other => Err(ParseError::NotNews {
            what: format!("a NewsML-G2 <{}>", clip(other)),
        }),
    }
}

fn news_item(e: &Element) -> Result<Draft, ParseError> {
    let meta = e.child("itemMeta");
    let content_meta = e.child("contentMeta");
    let class = meta
        .and_then(|m| m.child("itemClass"))
        .and_then(concept_code)
        .unwrap_or_default();
    if let Some((_, word)) = CLASSES.iter().find(|(c, _)| *c == class) {
        return Err(not_text(word));
    }
    let content = e.child("contentSet").map(Content::read).unwrap_or_default();
    let pubstatus = meta
        .and_then(|m| m.child("pubStatus"))
        .and_then(concept_code)
        .as_deref()
        .and_then(PubStatus::parse);
    let kill = pubstatus.is_some_and(PubStatus::is_kill);
    if !kill && class == "composite" && content.body.is_empty() {
        return Err(not_text(content.other.unwrap_or("package")));
    }
    if !kill && content.body.is_empty() && content.other.is_some() && class != "text" {
        return Err(not_text(content.other.unwrap_or("package")));
    }
    let mut draft = content.into_draft(Format::NewsmlG2);
    let meta_text = |name: &str| meta.and_then(|m| m.child(name)).map(Element::text);
    let content_text = |name: &str| content_meta.and_then(|m| m.child(name)).map(Element::text);
    draft.uri = e.attr("guid").map(str::to_string);
    draft.version = e.attr("version").and_then(version_number);
    draft.version_created = meta_text("versionCreated").map(date);
    draft.published = draft
        .version_created
        .clone()
        .or_else(|| meta_text("firstCreated").map(date))
        .or_else(|| content_text("contentCreated").map(date))
        .or(draft.published);
    draft.pubstatus = pubstatus;
    draft.source = meta
        .and_then(|m| m.child("provider"))
        .and_then(name_of)
        .or_else(|| {
            e.child("rightsInfo")
                .and_then(|r| r.child("copyrightHolder"))
                .and_then(name_of)
        })
        .or(draft.source);
    draft.category = meta.and_then(|m| m.child("service")).and_then(name_of);
    let Some(cm) = content_meta else {
        if draft.headline.is_empty() {
            draft.headline = meta_text("title").unwrap_or_default();
        }
        draft.language = draft
            .language
            .or_else(|| e.attr("lang").map(str::to_string));
        return Ok(draft);
    };
    if let Some(u) = cm.child("urgency").map(Element::text) {
        draft.urgency = urgency_number(&u).or(draft.urgency);
    }
    draft.language = cm
        .child("language")
        .and_then(|l| l.attr("tag"))
        .or(e.attr("lang"))
        .map(str::to_string)
        .or(draft.language);
    let (headline, kicker) = headlines(cm);
    if let Some(h) = headline {
        draft.headline = h;
    } else if draft.headline.is_empty() {
        draft.headline = meta_text("title").unwrap_or_default();
    }
    draft.kicker = kicker
        .or_else(|| content_text("slugline"))
        .unwrap_or(draft.kicker);
    if let Some(lead) = summary(cm) {
        draft.lead = lead;
    }
    let creators: Vec<String> = cm.all("creator").filter_map(name_of).collect();
    if !creators.is_empty() {
        draft.byline = Some(creators.join(", "));
    } else if let Some(by) = content_text("by") {
        draft.byline = Some(by);
    }
    draft.place = cm
        .child("located")
        .and_then(name_of)
        .or_else(|| content_text("dateline").as_deref().and_then(place_of))
        .or(draft.place);
    Ok(draft)
}

/// The main headline and a kicker from `headline` elements and their roles.
fn headlines(cm: &Element) -> (Option<String>, Option<String>) {
    let all: Vec<(String, String)> = cm
        .all("headline")
        .map(|h| (h.attr("role").map(code).unwrap_or_default(), flat(h)))
        .filter(|(_, t)| !t.trim().is_empty())
        .collect();
    let is_kicker = |r: &str| ["kicker", "overline", "supertitle", "pretitle"].contains(&r);
    let main = all
        .iter()
        .find(|(r, _)| r.is_empty() || r == "main")
        .or_else(|| all.iter().find(|(r, _)| !is_kicker(r) && r != "sub"))
        .or_else(|| all.first())
        .map(|(_, t)| t.clone());
    let kicker = all
        .iter()
        .find(|(r, _)| is_kicker(r))
        .map(|(_, t)| t.clone());
    (main, kicker)
}

/// The summary among `description` elements: a summary role, or none, never a caption.
fn summary(cm: &Element) -> Option<String> {
    let all: Vec<(String, String)> = cm
        .all("description")
        .map(|d| (d.attr("role").map(code).unwrap_or_default(), flat(d)))
        .filter(|(_, t)| !t.trim().is_empty())
        .collect();
    ["summary", "abstract", "lead", ""]
        .iter()
        .find_map(|r| all.iter().find(|(role, _)| role == r))
        .map(|(_, t)| t.clone())
}

/// Text with any inline markup, as one line.
fn flat(e: &Element) -> String {
    xml_paragraphs(e, &[]).replace('\n', " ")
}

/// The code of a QCode (`ninat:text` is `text`), lowercased.
fn code(qcode: &str) -> String {
    qcode
        .rsplit(':')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The code a concept element names, by `qcode` (`ninat:text`), by `uri`
/// (`http://cv.iptc.org/newscodes/ninature/text`) or by `literal`.
fn concept_code(e: &Element) -> Option<String> {
    if let Some(q) = e.attr("qcode") {
        return Some(code(q));
    }
    if let Some(uri) = e.attr("uri") {
        let last = uri
            .trim_end_matches('/')
            .rsplit(['/', '#'])
            .next()
            .unwrap_or("");
        return Some(last.trim().to_ascii_lowercase());
    }
    e.attr("literal").map(code)
}

/// A concept's name: its `name` child, else its `literal`, else the code of its QCode when the
/// code reads as a word (`city:Philadelphia`, not `geo:345678`).
fn name_of(e: &Element) -> Option<String> {
    let named = e.child("name").map(Element::text);
    let literal = e.attr("literal").map(str::to_string);
    let coded = e
        .attr("qcode")
        .and_then(|q| q.split_once(':'))
        .map(|(_, c)| c.to_string())
        .filter(|c| c.chars().any(char::is_alphabetic));
    [named, literal, coded]
        .into_iter()
        .flatten()
        .map(|t| t.trim().to_string())
        .find(|t| !t.is_empty())
}

fn date(text: String) -> String {
    rfc3339(&text).unwrap_or(text)
}

/// What a `contentSet` (or an `inlineXML`'s NITF) gives.
#[derive(Debug, Default)]
struct Content {
    body: String,
    nitf: Option<Nitf>,
    /// A non-text vocabulary found inline, as the errors list names it (`event`).
    other: Option<&'static str>,
}

impl Content {
    fn read(set: &Element) -> Content {
        let mut content = Content::default();
        let mut candidates: Vec<String> = Vec::new();
        for part in set.elements() {
            match part.name.as_str() {
                "inlineXML" => {
                    let mut roots = part.elements().peekable();
                    if roots.peek().is_none() {
                        candidates.push(plain_paragraphs(&part.text()));
                    }
                    // XHTML may come as several sibling elements (`<p>`s with no wrapper):
                    // together they are one body.
                    let mut xhtml: Vec<String> = Vec::new();
                    for root in roots {
                        match root.name.as_str() {
                            "nitf" => {
                                let nitf = Nitf::read(root);
                                candidates.push(nitf.body.clone());
                                content.nitf.get_or_insert(nitf);
                            }
                            name if XHTML_ROOTS.contains(&name) => {
                                xhtml.push(xml_paragraphs(root, &[]));
                            }
                            "events" | "event" => content.other = Some("event"),
                            _ => {}
                        }
                    }
                    if !xhtml.is_empty() {
                        candidates.push(xhtml.join("\n"));
                    }
                }
                "inlineData" if part.attr("encoding").is_none() => {
                    let text = Text::new("", &part.text(), part.attr("contenttype").unwrap_or(""));
                    candidates.extend(text.paragraphs());
                }
                _ => {}
            }
        }
        content.body = body_choice(candidates.into_iter());
        content
    }

    fn into_draft(self, format: Format) -> Draft {
        let mut draft = Draft::new(format);
        draft.body = self.body;
        if let Some(nitf) = self.nitf {
            nitf.fill(&mut draft);
        }
        draft
    }
}

fn content_only(set: &Element) -> Draft {
    Content::read(set).into_draft(Format::NewsmlG2)
}

/// What a NITF document says of itself; metadata from the envelope, where there is one, wins.
#[derive(Debug, Default)]
struct Nitf {
    headline: Option<String>,
    abstract_: Option<String>,
    byline: Option<String>,
    place: Option<String>,
    body: String,
    urgency: Option<u8>,
    language: Option<String>,
    title: Option<String>,
    uri: Option<String>,
    version: Option<u64>,
    published: Option<String>,
    source: Option<String>,
}

fn of<'a>(parent: Option<&'a Element>, name: &str) -> Option<&'a Element> {
    parent.and_then(|p| p.child(name))
}

impl Nitf {
    fn read(nitf: &Element) -> Nitf {
        let body = nitf.child("body");
        let head = body.and_then(|b| b.child("body.head"));
        let docdata = nitf.child("head").and_then(|h| h.child("docdata"));
        let nonempty = |s: String| (!s.trim().is_empty()).then_some(s);
        Nitf {
            headline: head
                .and_then(|h| h.child("hedline"))
                .and_then(|h| h.child("hl1"))
                .map(flat)
                .and_then(nonempty),
            abstract_: of(head, "abstract").map(flat).and_then(nonempty),
            byline: of(head, "byline").map(flat).and_then(nonempty),
            place: of(head, "dateline").and_then(|d| {
                d.find("location")
                    .map(flat)
                    .or_else(|| place_of(&flat(d)))
                    .and_then(nonempty)
            }),
            body: body
                .and_then(|b| b.child("body.content"))
                .map(|c| xml_paragraphs(c, &[]))
                .unwrap_or_default(),
            urgency: of(docdata, "urgency")
                .and_then(|u| u.attr("ed-urg"))
                .and_then(urgency_number),
            language: nitf
                .attr("lang")
                .or_else(|| body.and_then(|b| b.attr("lang")))
                .map(str::to_string),
            title: of(nitf.child("head"), "title").map(flat).and_then(nonempty),
            uri: of(docdata, "doc-id")
                .and_then(|d| d.attr("id-string"))
                .map(str::to_string),
            version: of(docdata, "du-key")
                .and_then(|d| d.attr("version"))
                .and_then(version_number),
            published: of(docdata, "date.issue")
                .and_then(|d| d.attr("norm"))
                .map(|d| date(d.to_string())),
            source: of(docdata, "doc.copyright")
                .and_then(|d| d.attr("holder"))
                .map(str::to_string),
        }
    }

    fn fill(self, draft: &mut Draft) {
        draft.headline = self.headline.or(self.title).unwrap_or_default();
        draft.lead = self.abstract_.unwrap_or_default();
        draft.byline = self.byline;
        draft.place = self.place;
        draft.urgency = self.urgency;
        draft.language = self.language;
        draft.uri = self.uri;
        draft.version = self.version;
        draft.published = self.published;
        draft.source = self.source;
    }
}

/// The body of NITF given as text (a ninjs body of a NITF content type): a whole document,
/// or a part of one (`<body.content>`, `<block>`).
pub(crate) fn nitf_body(raw: &str) -> Option<String> {
    let root = xml::parse(raw.as_bytes()).ok()?;
    Some(if root.name == "nitf" {
        Nitf::read(&root).body
    } else {
        xml_paragraphs(&root, &["body.head"])
    })
}

fn nitf_document(root: &Element) -> Result<Article, ParseError> {
    let nitf = Nitf::read(root);
    let mut draft = Draft::new(Format::Nitf);
    draft.body = nitf.body.clone();
    nitf.fill(&mut draft);
    draft.finish()
}
