//! Marked-up bodies to plain paragraphs: HTML (ninjs `body_html`, HTML in NewsML-G2
//! `inlineData`) through html5gum's WHATWG tokenizer, and XHTML or NITF already parsed as XML.
//! Block elements end a paragraph, `<br>` ends a line, entities are decoded by the parsers, and
//! scripts, styles and other non-text parts are dropped. The result goes through the same
//! sanitize and clean steps as any other field.
//!
//! A tokenizer, not a tree builder: paragraphs need only where elements open and close, and
//! building the tree (html5ever) costs time that grows with the square of the nesting depth, a
//! minute and more for a megabyte of hostile `<div>`s.

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::xml::{Element, Node as XmlNode};

/// Elements that stand on lines of their own: HTML's block elements, and NITF's (`hl1`, `hl2`,
/// `block`, `bq`, ...).
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
    "block",
    "bq",
    "hl1",
    "hl2",
    "note",
    "credit",
    "byline",
    "dateline",
    "abstract",
    "body.content",
    "body.head",
    "body.end",
    "tagline",
    "nitf-table",
    "fn",
];

/// Elements whose content is not text to read: code, styling, document metadata, embedded
/// media and their captions (HTML `figure`, NITF `media`), forms.
const DROPPED: &[&str] = &[
    "script",
    "style",
    "template",
    "noscript",
    "head",
    "title",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "canvas",
    "video",
    "audio",
    "picture",
    "source",
    "button",
    "select",
    "textarea",
    "figure",
    "media",
    "media-reference",
    "media-object",
    "media-metadata",
];

/// HTML elements that never have an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Table cells are separated by a space on their row.
const CELLS: &[&str] = &["td", "th"];

/// Paragraphs built from a stream of text and element boundaries.
#[derive(Debug, Default)]
struct Paragraphs {
    out: String,
    current: String,
    /// Inside `<pre>`, line breaks are the text's own.
    pre: usize,
}

impl Paragraphs {
    fn text(&mut self, text: &str) {
        if self.pre > 0 {
            let mut lines = text.split('\n');
            if let Some(first) = lines.next() {
                self.current.push_str(first);
            }
            for line in lines {
                self.end();
                self.current.push_str(line);
            }
        } else {
            // Markup whitespace, line breaks included, is one space.
            for c in text.chars() {
                if !c.is_whitespace() {
                    self.current.push(c);
                } else if !self.current.ends_with(' ') {
                    self.current.push(' ');
                }
            }
        }
    }

    fn space(&mut self) {
        if !self.current.ends_with(' ') {
            self.current.push(' ');
        }
    }

    fn end(&mut self) {
        let paragraph = self.current.trim();
        if !paragraph.is_empty() {
            if !self.out.is_empty() {
                self.out.push('\n');
            }
            self.out.push_str(paragraph);
        }
        self.current.clear();
    }

    fn open(&mut self, name: &str) {
        if BLOCKS.contains(&name) {
            self.end();
        }
        if name == "pre" {
            self.pre += 1;
        }
    }

    fn close(&mut self, name: &str) {
        if name == "br" || BLOCKS.contains(&name) {
            self.end();
        } else if CELLS.contains(&name) {
            self.space();
        }
        if name == "pre" {
            self.pre = self.pre.saturating_sub(1);
        }
    }

    fn finish(mut self) -> String {
        self.end();
        self.out
    }
}

/// HTML (a fragment or a whole document) as paragraphs separated by `\n`.
pub(crate) fn html_paragraphs(html: &str) -> String {
    let mut emitter = DefaultEmitter::default();
    // Script and style contents are raw text to the tokenizer, as to a browser, so a `<p>`
    // inside a script is not taken for markup.
    emitter.naively_switch_states(true);
    let mut paragraphs = Paragraphs::default();
    // The element being dropped and how deep inside it the tokens are.
    let mut dropped: Option<(String, usize)> = None;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                // Names come from `&str` input, so they are UTF-8.
                let name = std::str::from_utf8(&tag.name).unwrap_or_default();
                match &mut dropped {
                    Some((open, depth)) if *open == name => *depth += 1,
                    // `</head>` may be left out: the body starts it anyway.
                    Some((open, _)) if open == "head" && name == "body" => {
                        dropped = None;
                        paragraphs.open(name);
                    }
                    Some(_) => {}
                    None if DROPPED.contains(&name) && !tag.self_closing => {
                        dropped = Some((name.to_string(), 1));
                    }
                    None => {
                        paragraphs.open(name);
                        if VOID.contains(&name) || tag.self_closing {
                            paragraphs.close(name);
                        }
                    }
                }
            }
            Token::EndTag(tag) => {
                let name = std::str::from_utf8(&tag.name).unwrap_or_default();
                match &mut dropped {
                    Some((open, depth)) if *open == name => {
                        *depth -= 1;
                        if *depth == 0 {
                            dropped = None;
                        }
                    }
                    Some(_) => {}
                    None => paragraphs.close(name),
                }
            }
            Token::String(text) if dropped.is_none() => {
                paragraphs.text(&String::from_utf8_lossy(&text));
            }
            _ => {}
        }
    }
    paragraphs.finish()
}

/// The text of an XML element (XHTML, NITF) as paragraphs separated by `\n`, leaving out the
/// elements named in `skip` as well as the non-text ones.
pub(crate) fn xml_paragraphs(element: &Element, skip: &[&str]) -> String {
    let mut paragraphs = Paragraphs::default();
    walk(element, skip, &mut paragraphs);
    paragraphs.finish()
}

fn walk(element: &Element, skip: &[&str], out: &mut Paragraphs) {
    let name = element.name.to_ascii_lowercase();
    if DROPPED.contains(&name.as_str()) || skip.contains(&element.name.as_str()) {
        return;
    }
    out.open(&name);
    for child in &element.children {
        match child {
            XmlNode::Text(t) => out.text(t),
            XmlNode::Element(e) => walk(e, skip, out),
        }
    }
    out.close(&name);
}

/// Plain text as paragraphs: when blank lines separate paragraphs, the single line breaks
/// inside them are only wrapping (wire copy often comes wrapped at 69 columns) and become
/// spaces; without blank lines every line is a paragraph.
pub(crate) fn plain_paragraphs(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let has_blank = text
        .split('\n')
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| !w[0].trim().is_empty() && w[1].trim().is_empty());
    if !has_blank {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut paragraph = String::new();
    for line in text.split('\n') {
        if line.trim().is_empty() {
            flush(&mut out, &mut paragraph);
        } else {
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(line.trim());
        }
    }
    flush(&mut out, &mut paragraph);
    out
}

fn flush(out: &mut String, paragraph: &mut String) {
    if !paragraph.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(paragraph);
        paragraph.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::super::xml;
    use super::*;

    #[test]
    fn html_blocks_entities_and_dropped_parts() {
        let html = "<section><h2>Title &amp; more</h2><p>First&nbsp;line<br>second\nline</p>\
                    <script>alert('x')</script><style>p{}</style>\
                    <ul><li>one</li><li>two <b>bold</b></li></ul>\
                    <table><tr><td>a</td><td>b</td></tr></table>\
                    <p>&#1587;&#1604;&#1575;&#1605; &lt;tag&gt;</p></section>";
        assert_eq!(
            html_paragraphs(html),
            "Title & more\nFirst line\nsecond line\none\ntwo bold\na b\nسلام <tag>"
        );
    }

    #[test]
    fn html_documents_lose_their_head() {
        let html = "<!DOCTYPE html><html><head><title>T</title><script>x()</script></head>\
                    <body><p>Body</p></body></html>";
        assert_eq!(html_paragraphs(html), "Body");
    }

    #[test]
    fn a_head_left_open_ends_at_the_body() {
        let html = "<html><head><title>T</title><meta charset=utf-8><body><p>Body</p>";
        assert_eq!(html_paragraphs(html), "Body");
    }

    #[test]
    fn deep_nesting_costs_no_more_than_its_length() {
        let deep = format!(
            "{}text{}",
            "<div><b>".repeat(50_000),
            "</b></div>".repeat(50_000)
        );
        assert_eq!(html_paragraphs(&deep), "text");
    }

    #[test]
    fn broken_html_still_reads() {
        assert_eq!(html_paragraphs("<p>a<p>b<div>c"), "a\nb\nc");
        assert_eq!(html_paragraphs("plain text"), "plain text");
        assert_eq!(html_paragraphs(""), "");
    }

    #[test]
    fn pre_keeps_its_lines() {
        assert_eq!(html_paragraphs("<pre>a  1\nb  2</pre>"), "a  1\nb  2");
    }

    #[test]
    fn xml_paragraphs_skip_what_is_asked() {
        let root = xml::parse(
            b"<body><body.head><hedline><hl1>H</hl1></hedline></body.head>\
              <body.content><p>One\n two</p><hl2>Sub</hl2><media><media-caption>C</media-caption></media>\
              <p>Three</p></body.content></body>",
        )
        .unwrap();
        assert_eq!(xml_paragraphs(&root, &["body.head"]), "One two\nSub\nThree");
    }

    #[test]
    fn plain_text_paragraphs() {
        assert_eq!(plain_paragraphs("a\nb"), "a\nb");
        assert_eq!(
            plain_paragraphs("wrapped\nline\n\nnext\r\nparagraph\n"),
            "wrapped line\nnext paragraph"
        );
    }
}
