//! Our own small files for the edge cases of each format: ninjs 1.x, 2.x and 3.x text items, a
//! NewsML-G2 message with several items, a kill, bare NITF, a declared Latin-1 encoding, HTML
//! entities, scripts and styles, NITF headlines and XHTML paragraphs, an entity bomb.

use std::path::{Path, PathBuf};

use newsdesk::article::{
    parse_document, read_file, Article, Dateline, Entry, Format, ParseError, Position, PubStatus,
    DEFAULT_MAX_FILE_SIZE,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats")
        .join(name)
}

fn entries(name: &str) -> Vec<Entry> {
    read_file(&fixture(name), DEFAULT_MAX_FILE_SIZE)
}

fn article(name: &str) -> (Format, Article) {
    let mut all = entries(name);
    assert_eq!(all.len(), 1, "{name}");
    let e = all.remove(0);
    (e.format.expect(name), e.result.expect(name))
}

fn doc(text: &str) -> Vec<Entry> {
    parse_document(text.as_bytes())
}

fn only(text: &str) -> Result<Article, ParseError> {
    let mut all = doc(text);
    assert_eq!(all.len(), 1);
    all.remove(0).result
}

#[test]
fn ninjs_1x_text_item() {
    let (format, a) = article("ninjs1_text.json");
    assert_eq!(format, Format::Ninjs);
    assert_eq!(a.headline, "Harbour cranes idle as dockers walk out");
    assert_eq!(
        a.lead,
        "Container traffic at the port slowed to a crawl on Monday."
    );
    // The HTML body wins over the one-line plain one: it keeps the paragraphs. Entities are
    // decoded, the script and the style are gone, the dateline went to its field.
    assert_eq!(
        a.body,
        "Work stopped at 14 terminals & two rail yards.\nTalks resume on Thursday, the union said."
    );
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: "Rotterdam".into(),
            agency: Some("Example".into())
        })
    );
    assert_eq!(a.urgency, Some(3));
    assert_eq!(a.version, Some(1));
    assert_eq!(a.byline.as_deref(), Some("Staff reporter"));
    assert_eq!(a.published.as_deref(), Some("2026-03-02T08:15:00+01:00"));
    assert!(!a.is_rtl());
}

#[test]
fn ninjs_2x_roles_pick_headline_kicker_summary_and_body() {
    let (_, a) = article("ninjs2_text.json");
    assert_eq!(a.headline, "بارش سنگین در ۳ استان شمالی");
    assert_eq!(a.kicker, "هشدار هواشناسی");
    assert_eq!(
        a.lead,
        "سازمان هواشناسی برای ۴۸ ساعت آینده هشدار نارنجی داد."
    );
    assert_eq!(
        a.body,
        "پیش‌بینی می‌شود تا ۱۲۰ میلی‌متر باران ببارد.\nمدارس روز سه‌شنبه تعطیل است."
    );
    assert_eq!(a.source.as_deref(), Some("Example Agency"));
    assert_eq!(a.byline.as_deref(), Some("گروه استان‌ها"));
    assert_eq!(a.language.as_deref(), Some("fa"));
    assert_eq!(a.pubstatus, Some(PubStatus::Usable));
    assert_eq!((a.urgency, a.version), (Some(2), Some(4)));
    assert!(a.is_rtl() && a.is_persian());
}

#[test]
fn ninjs_3x_camel_case() {
    let (_, a) = article("ninjs3_text.json");
    assert_eq!(a.headline, "Parliament passes the spring budget");
    // The <h1> repeating the headline is shown once; list items are paragraphs.
    assert_eq!(
        a.body,
        "Lawmakers approved the bill by 190 votes to 40.\nHealth spending rises.\nFuel subsidies stay."
    );
    assert_eq!(a.source.as_deref(), Some("Example Wire"));
    assert_eq!(
        a.version_created.as_deref(),
        Some("2026-03-02T10:30:00+03:30")
    );
    assert_eq!(
        a.dateline.as_ref().map(|d| d.place.as_str()),
        Some("Tehran")
    );
    assert_eq!(a.urgency, Some(5));
    // English copy about Tehran: the declared language decides, not a guess.
    assert!(!a.is_rtl() && !a.is_persian());
}

#[test]
fn newsml_message_gives_one_entry_per_item() {
    let all = entries("newsml_message.xml");
    let items: Vec<_> = all.iter().map(|e| (e.position, e.format)).collect();
    let item = |n| (Some(Position::Item(n)), Some(Format::NewsmlG2));
    assert_eq!(items, [item(1), item(2), item(3)]);
    let quake = all[0].result.as_ref().unwrap();
    assert_eq!(quake.headline, "Strong earthquake shakes the south-east");
    assert_eq!(quake.lead, "A magnitude 6.1 quake struck before dawn.");
    assert_eq!(
        quake.body,
        "Rescue teams were sent from three provinces.\nNo deaths were reported in the first hours."
    );
    assert_eq!(quake.urgency, Some(1));
    assert_eq!(quake.uri.as_deref(), Some("urn:example:newsdesk:g2:quake"));
    assert_eq!(quake.version, Some(3));
    assert_eq!(quake.source.as_deref(), Some("Example Wire"));
    assert_eq!(quake.byline.as_deref(), Some("Night desk"));
    assert_eq!(
        quake.dateline.as_ref().map(|d| d.place.as_str()),
        Some("Bam")
    );
    assert_eq!(
        all[1].result.as_ref().unwrap_err().to_string(),
        "not a text item: photo"
    );
    let markets = all[2].result.as_ref().unwrap();
    // XHTML in inlineXML beats the shorter plain inlineData: it has the paragraphs.
    assert_eq!(
        markets.body,
        "Shares were little changed in early trade.\nOil rose 1.2 percent."
    );
    assert_eq!(markets.urgency, Some(6));
}

#[test]
fn a_kill_is_an_article_marked_canceled() {
    let (_, a) = article("newsml_kill.xml");
    assert_eq!(a.pubstatus, Some(PubStatus::Canceled));
    assert_eq!(a.uri.as_deref(), Some("urn:example:newsdesk:g2:quake"));
    assert_eq!(a.version, Some(4));
    // A kill with no text at all is still a kill, not an error.
    let bare =
        only(r#"{"uri":"urn:x","version":"9","pubstatus":"canceled","type":"text"}"#).unwrap();
    assert_eq!(bare.pubstatus, Some(PubStatus::Canceled));
    assert!(bare.headline.is_empty());
}

#[test]
fn bare_nitf_headline_abstract_and_body() {
    let (format, a) = article("nitf_bare.xml");
    assert_eq!(format, Format::Nitf);
    assert_eq!(a.headline, "Rail strike ends after 3 days");
    assert_eq!(a.lead, "Unions and the operator signed a wage deal.");
    assert_eq!(
        a.body,
        "The deal raises pay by 4 percent.\nNext steps\nServices return to normal by Friday."
    );
    assert_eq!(a.byline.as_deref(), Some("By A. Writer"));
    assert_eq!(a.dateline.map(|d| d.place).as_deref(), Some("LYON"));
    assert_eq!((a.urgency, a.version), (Some(4), Some(2)));
    assert_eq!(a.published.as_deref(), Some("2026-03-02T12:00:00Z"));
}

#[test]
fn declared_latin1_is_decoded() {
    let (_, a) = article("newsml_latin1.xml");
    assert_eq!(a.headline, "Café crème: la hausse des prix");
    assert_eq!(a.body, "Le prix a augmenté de 5 %.");
}

#[test]
fn entity_bomb_is_refused_not_expanded() {
    let all = entries("bomb.xml");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].result, Err(ParseError::XmlEntities));
}

#[test]
fn html_entities_scripts_and_styles() {
    let a = only(
        r#"{"uri":"u","headline":"H","body_html":"<div>Tom &amp; Jerry&nbsp;&copy; &#x263A; &lt;b&gt;</div><script>var x = '<p>no</p>';</script><style>.a{}</style><noscript>no</noscript><p>end</p>"}"#,
    )
    .unwrap();
    assert_eq!(a.body, "Tom & Jerry © ☺ <b>\nend");
}

#[test]
fn nitf_hl1_and_xhtml_paragraphs_in_news_items() {
    let nitf = only(
        "<newsItem><contentSet><inlineXML><nitf><body><body.head><hedline><hl1>From hl1</hl1></hedline></body.head>\
         <body.content><p>Body</p></body.content></body></nitf></inlineXML></contentSet></newsItem>",
    )
    .unwrap();
    assert_eq!(
        (nitf.headline.as_str(), nitf.body.as_str()),
        ("From hl1", "Body")
    );
    let xhtml = only(
        "<x:newsItem xmlns:x='http://iptc.org/std/nar/2006-10-01/'><x:contentMeta><x:headline>H</x:headline></x:contentMeta>\
         <x:contentSet><x:inlineXML><h:html xmlns:h='http://www.w3.org/1999/xhtml'><h:body><h:p>One <h:b>bold</h:b></h:p><h:p>Two</h:p></h:body></h:html></x:inlineXML></x:contentSet></x:newsItem>",
    )
    .unwrap();
    assert_eq!(xhtml.body, "One bold\nTwo");
}

#[test]
fn plain_inline_data_with_wrapped_lines() {
    let a = only(
        "<newsItem><contentMeta><headline>H</headline></contentMeta><contentSet>\
         <inlineData contenttype='text/plain'>First paragraph wrapped\nat the wire's width.\n\nSecond one.</inlineData>\
         </contentSet></newsItem>",
    )
    .unwrap();
    assert_eq!(
        a.body,
        "First paragraph wrapped at the wire's width.\nSecond one."
    );
}

#[test]
fn non_text_items_of_each_kind() {
    for (text, kind) in [
        (
            r#"{"uri":"u","type":"picture","headlines":[{"value":"a photo"}]}"#,
            "photo",
        ),
        (r#"{"uri":"u","type":"graphic"}"#, "graphic"),
        (r#"{"uri":"u","type":"video"}"#, "video"),
        (r#"{"uri":"u","type":"audio"}"#, "audio"),
        (r#"{"uri":"u","type":"event"}"#, "event"),
        (r#"{"uri":"u","type":"planning"}"#, "planning"),
        (r#"{"uri":"u","type":"concept"}"#, "concept"),
        (
            r#"{"uri":"u","type":"composite","headline":"only pictures"}"#,
            "package",
        ),
        (
            "<newsItem><itemMeta><itemClass qcode='ninat:video'/></itemMeta></newsItem>",
            "video",
        ),
        (
            "<newsItem><itemMeta><itemClass qcode='ninat:graphic'/></itemMeta></newsItem>",
            "graphic",
        ),
        (
            "<newsItem><itemMeta><itemClass qcode='ninat:audio'/></itemMeta></newsItem>",
            "audio",
        ),
        ("<packageItem guid='p'/>", "package"),
        ("<planningItem guid='p'/>", "planning"),
        (
            "<conceptItem guid='c'><concept><eventDetails/></concept></conceptItem>",
            "event",
        ),
        ("<conceptItem guid='c'><concept/></conceptItem>", "concept"),
    ] {
        assert_eq!(
            only(text),
            Err(ParseError::NotText { kind: kind.into() }),
            "{text}"
        );
    }
}

#[test]
fn other_documents_are_named() {
    let err = |t: &str| only(t).unwrap_err().to_string();
    assert_eq!(
        err("<rss version='2.0'><channel/></rss>"),
        "not a news item: an XML document of another kind (<rss>)"
    );
    assert_eq!(
        err("<newsMessage><itemSet/></newsMessage>"),
        "no news items in the file"
    );
    assert!(err("<newsItem><contentMeta><headline>x</headline>").starts_with("invalid XML"));
    assert_eq!(
        err(r#"{"$schema":"http://json-schema.org/draft-07/schema#","title":"A","properties":{}}"#),
        "not a news item: a JSON Schema (A)"
    );
}

#[test]
fn jsonl_lines_may_be_ninjs() {
    let lines = [
        &b"{\"titr\":\"irna\"}"[..],
        b"{\"uri\":\"u\",\"headline\":\"ninjs\",\"urgency\":1}",
    ]
    .iter()
    .zip(1..)
    .filter_map(|(line, n)| newsdesk::article::parse_jsonl_line(line, n))
    .collect::<Vec<_>>();
    let got: Vec<_> = lines
        .iter()
        .map(|e| (e.format, e.result.as_ref().unwrap().urgency))
        .collect();
    assert_eq!(
        got,
        [(Some(Format::Irna), None), (Some(Format::Ninjs), Some(1))]
    );
}

#[test]
fn a_declared_language_sets_the_direction() {
    // Arabic copy whose first paragraph opens with a Latin name: the language says right to
    // left, so the paragraph gets an RLM and lays out right to left.
    let a = only(
        r#"{"uri":"u","language":"ar","headline":"BBC تنقل الخبر","body_text":"BBC قالت إن الاجتماع انتهى.\n\nبقية الخبر."}"#,
    )
    .unwrap();
    assert!(a.is_rtl() && !a.is_persian());
    assert_eq!(a.headline, "\u{200f}BBC تنقل الخبر");
    assert_eq!(a.body, "\u{200f}BBC قالت إن الاجتماع انتهى.\nبقية الخبر.");
    // English copy quoting Persian first reads left to right.
    let e = only(r#"{"uri":"u","language":"en","headline":"«سلام» means hello"}"#).unwrap();
    assert_eq!(e.headline, "\u{200e}«سلام» means hello");
    assert!(!e.is_rtl());
    // Without a declared language nothing is added and the script decides.
    let plain = only(r#"{"titr":"BBC خبر"}"#).unwrap();
    assert_eq!(plain.headline, "BBC خبر");
    assert!(!plain.is_rtl());
}

#[test]
fn concepts_by_uri_sibling_paragraphs_and_nitf_bodies() {
    assert_eq!(
        only("<newsItem><itemMeta><itemClass uri='http://cv.iptc.org/newscodes/ninature/video'/></itemMeta></newsItem>"),
        Err(ParseError::NotText { kind: "video".into() })
    );
    let a = only(
        "\n<?xml version='1.0'?><newsItem guid='g'><itemMeta><pubStatus uri='http://cv.iptc.org/newscodes/pubstatusg2/withheld'/></itemMeta>\
         <contentMeta><headline>H</headline></contentMeta><contentSet><inlineXML><p>One</p><p>Two</p></inlineXML></contentSet></newsItem>",
    )
    .unwrap();
    assert_eq!(a.body, "One\nTwo");
    assert_eq!(a.pubstatus, Some(PubStatus::Withheld));
    let nitf = only(
        r#"{"uri":"u","headline":"H","body_nitf":"<block><p>From NITF</p><p>Second</p></block>"}"#,
    )
    .unwrap();
    assert_eq!(nitf.body, "From NITF\nSecond");
}

#[test]
fn many_items_are_bounded_and_named() {
    let text = format!(
        "<newsMessage><itemSet>{}</itemSet></newsMessage>",
        "<newsItem><contentMeta><headline>h</headline></contentMeta></newsItem>".repeat(10_003)
    );
    let all = doc(&text);
    assert_eq!(all.len(), 10_001);
    assert!(all[..10_000].iter().all(|e| e.result.is_ok()));
    assert_eq!(all[10_000].position, Some(Position::Item(10_001)));
    assert_eq!(
        all[10_000].result.as_ref().unwrap_err().to_string(),
        "3 more items after the first 10000 were not read"
    );
    let json = format!("[{}{{}}]", "{},".repeat(10_001));
    let all = doc(&json);
    assert_eq!(all.len(), 10_001);
    assert_eq!(
        all[10_000].result.as_ref().unwrap_err().to_string(),
        "2 more items after the first 10000 were not read"
    );
}

#[test]
fn a_message_that_breaks_off_keeps_the_items_before() {
    let item = |h: &str| {
        format!("<newsItem><contentMeta><headline>{h}</headline></contentMeta></newsItem>")
    };
    let text = format!(
        "<newsMessage><itemSet>{}{}<newsItem><contentMeta><headline>third",
        item("first"),
        item("second")
    );
    let all = doc(&text);
    let got: Vec<_> = all
        .iter()
        .map(|e| {
            (
                e.position,
                e.result.as_ref().map(|a| a.headline.clone()).ok(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (Some(Position::Item(1)), Some("first".to_string())),
            (Some(Position::Item(2)), Some("second".to_string())),
            (Some(Position::Item(3)), None)
        ]
    );
    assert!(all[2]
        .result
        .as_ref()
        .unwrap_err()
        .to_string()
        .contains("ends inside <headline>"));
    // A single item that breaks off is an error of the whole file.
    let broken = doc("<newsItem><contentMeta><headline>h</headline>");
    assert_eq!((broken.len(), broken[0].position), (1, None));
}

#[test]
fn large_markup_streams_in_any_amount() {
    // 200,000 paragraphs, and 200,000 elements the reader has no use for: read, not held.
    let text = format!(
        "<newsItem><contentMeta><headline>h</headline>{}</contentMeta><contentSet>\
         <inlineXML><html><body>{}</body></html></inlineXML></contentSet></newsItem>",
        "<keyword/>".repeat(200_000),
        "<p>w</p>".repeat(200_000)
    );
    let a = only(&text).unwrap();
    assert_eq!(a.body.split('\n').count(), 200_000);
    let deep = format!("<newsItem>{}</newsItem>", "<x>".repeat(100_000));
    assert!(matches!(only(&deep), Err(ParseError::XmlTooDeep { .. })));
}
