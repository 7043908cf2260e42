//! Marked-up bodies to plain paragraphs: HTML (ninjs `body_html`, HTML in NewsML-G2
//! `inlineData`) through html5gum's WHATWG tokenizer, and XHTML or NITF from the XML stream.
//! Block elements end a paragraph, `<br>` ends a line, entities are decoded by the parsers, and
//! scripts, styles and other non-text parts are dropped. The result goes through the same
//! sanitize and clean steps as any other field.
//!
//! A tokenizer, not a tree builder: paragraphs need only where elements open and close, and
//! building the tree (html5ever) costs time that grows with the square of the nesting depth, a
//! minute and more for a megabyte of hostile `<div>`s.

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::xml::{Ev, Events, Xml};

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

/// Elements whose content is not text to read: code, styling, document metadata, page
/// furniture (an article's `header` repeats its headline, byline and topics, as dpa's do),
/// embedded media and their captions (HTML `figure`, NITF `media`), forms.
const DROPPED: &[&str] = &[
    "header",
    "nav",
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
pub(crate) struct Paragraphs {
    out: String,
    current: String,
    /// Inside `<pre>`, line breaks are the text's own.
    pre: usize,
}

impl Paragraphs {
    pub fn text(&mut self, text: &str) {
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

    /// Ends the paragraph being built, if any.
    pub fn end(&mut self) {
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

    /// The paragraphs, separated by `\n`.
    pub fn finish(mut self) -> String {
        self.end();
        self.out
    }
}

/// What the HTML walk tells: elements opening and closing, and text.
trait Sink {
    fn open(&mut self, name: &str);
    fn close(&mut self, name: &str);
    fn text(&mut self, text: &str);
}

impl Sink for Paragraphs {
    fn open(&mut self, name: &str) {
        Paragraphs::open(self, name);
    }

    fn close(&mut self, name: &str) {
        Paragraphs::close(self, name);
    }

    fn text(&mut self, text: &str) {
        Paragraphs::text(self, text);
    }
}

/// Text with its own line breaks and indentation kept, blocks set apart by blank lines: for
/// plain text that came wrapped in a tag or two.
#[derive(Default)]
struct Lines(String);

impl Sink for Lines {
    fn open(&mut self, name: &str) {
        if BLOCKS.contains(&name) {
            self.0.push_str("\n\n");
        }
    }

    fn close(&mut self, name: &str) {
        if name == "br" {
            self.0.push('\n');
        } else if BLOCKS.contains(&name) {
            self.0.push_str("\n\n");
        }
    }

    fn text(&mut self, text: &str) {
        self.0.push_str(text);
    }
}

/// HTML (a fragment or a whole document) as paragraphs separated by `\n`.
pub(crate) fn html_paragraphs(html: &str) -> String {
    let mut paragraphs = Paragraphs::default();
    html_walk(html, &mut paragraphs);
    paragraphs.finish()
}

/// Plain text that a feed wrapped in markup anyway (ANSA sends `text/plain` inside a `<p>`):
/// the tags go, the text keeps the lines and indentation that mark its paragraphs.
pub(crate) fn tagged_plain_paragraphs(text: &str) -> String {
    let mut lines = Lines::default();
    html_walk(text, &mut lines);
    plain_paragraphs(&lines.0)
}

fn html_walk(html: &str, sink: &mut impl Sink) {
    let mut emitter = DefaultEmitter::default();
    // Script and style contents are raw text to the tokenizer, as to a browser, so a `<p>`
    // inside a script is not taken for markup.
    emitter.naively_switch_states(true);
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
                        sink.open(name);
                    }
                    Some(_) => {}
                    None if DROPPED.contains(&name) && !tag.self_closing => {
                        dropped = Some((name.to_string(), 1));
                    }
                    None => {
                        sink.open(name);
                        if VOID.contains(&name) || tag.self_closing {
                            sink.close(name);
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
                    None => sink.close(name),
                }
            }
            Token::String(text) if dropped.is_none() => {
                sink.text(&String::from_utf8_lossy(&text));
            }
            _ => {}
        }
    }
}

/// The rest of the element just opened (named `name`: XHTML, NITF) as paragraphs separated by
/// `\n`, leaving out the elements named in `skip` as well as the non-text ones.
pub(crate) fn xml_paragraphs(events: &mut Events, name: &str, skip: &[&str]) -> Xml<String> {
    let mut out = Paragraphs::default();
    render(events, name, skip, &mut out)?;
    Ok(out.finish())
}

/// The rest of the element just opened (named `name`) as one line of text.
pub(crate) fn xml_line(events: &mut Events, name: &str) -> Xml<String> {
    Ok(xml_paragraphs(events, name, &[])?.replace('\n', " "))
}

/// Renders the element just opened (named `name`) into `out`, up to its end. Only the names of
/// the open elements are held, and nesting is capped by the reader, so any length of markup
/// costs no more than its text.
pub(crate) fn render(
    events: &mut Events,
    name: &str,
    skip: &[&str],
    out: &mut Paragraphs,
) -> Xml<()> {
    let name = name.to_ascii_lowercase();
    if DROPPED.contains(&name.as_str()) || skip.contains(&name.as_str()) {
        return events.skip();
    }
    out.open(&name);
    let mut open = vec![name];
    // How deep inside a dropped element the stream is; 0 outside one.
    let mut dropped = 0usize;
    loop {
        match events.next()? {
            Ev::Open(_) if dropped > 0 => dropped += 1,
            Ev::Open(tag) => {
                let name = tag.name().to_ascii_lowercase();
                if DROPPED.contains(&name.as_str()) || skip.contains(&name.as_str()) {
                    dropped = 1;
                } else {
                    out.open(&name);
                    open.push(name);
                }
            }
            Ev::Close if dropped > 0 => dropped -= 1,
            Ev::Close => {
                if let Some(name) = open.pop() {
                    out.close(&name);
                }
                if open.is_empty() {
                    return Ok(());
                }
            }
            Ev::Text(t) if dropped == 0 => out.text(&t),
            Ev::Text(_) => {}
            Ev::End => return Ok(()),
        }
    }
}

/// Plain text as paragraphs. Blank lines separate paragraphs, and then the single line breaks
/// inside them are only wrapping (wire copy often comes wrapped at 69 columns) and become
/// spaces; without blank lines every line is a paragraph. Either way, where some lines of a
/// block are indented and others not, the indented ones open paragraphs (the wire's old
/// convention, still ANSA's).
pub(crate) fn plain_paragraphs(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let blank = |line: &str| line.trim().is_empty();
    let lines: Vec<&str> = text.split('\n').collect();
    let has_blank = lines.windows(2).any(|w| !blank(w[0]) && blank(w[1]));
    let mut out = String::with_capacity(text.len());
    for block in lines.split(|l| blank(l)).filter(|b| !b.is_empty()) {
        let indented = |line: &&str| line.starts_with([' ', '\t']);
        let rest = &block[1..];
        let by_indent = rest.iter().any(indented) && !rest.iter().all(indented);
        let mut paragraph = String::new();
        for (i, line) in block.iter().enumerate() {
            let opens = i == 0 || (by_indent && indented(line)) || (!by_indent && !has_blank);
            if opens {
                flush(&mut out, &mut paragraph);
            } else {
                paragraph.push(' ');
            }
            paragraph.push_str(line.trim());
        }
        flush(&mut out, &mut paragraph);
    }
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
        let text = "<doc><body><body.head><hedline><hl1>H</hl1></hedline></body.head>\
              <body.content><p>One\n two</p><hl2>Sub</hl2><media><media-caption>C</media-caption></media>\
              <p>Three</p></body.content></body><next/></doc>";
        let mut events = Events::new(text);
        events.root().unwrap();
        let body = events.child().unwrap().unwrap();
        assert_eq!(
            xml_paragraphs(&mut events, body.name(), &["body.head"]).unwrap(),
            "One two\nSub\nThree"
        );
        // The body's end was the end of the rendering: the stream goes on after it.
        assert_eq!(events.child().unwrap().unwrap().name(), "next");
    }

    #[test]
    fn indented_lines_open_paragraphs() {
        let wire = "(ANSA) - Rome - The minister\nsaid no.\n   \"Quote,\"\nhe said.\n   Last one.";
        assert_eq!(
            plain_paragraphs(wire),
            "(ANSA) - Rome - The minister said no.\n\"Quote,\" he said.\nLast one."
        );
        assert_eq!(
            tagged_plain_paragraphs("<p>\n  One line\nwrapped.\n   Two.\n</p>"),
            "One line wrapped.\nTwo."
        );
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
