//! The shapes agencies really send, each in a fixture of our own words that keeps the agency's
//! nesting, namespaces and attributes (tests/fixtures/formats/agencies/): Superdesk's ninjs,
//! AP-style ninjs with a NITF body, ninjs 3.x with NITF and plain bodies, TT's ninjs, dpa's,
//! NTB's, ANSA's and STT's NewsML-G2, base64 inlineData, remoteContent, the non-news items of a
//! message, and NewsML 1.2 as AFP, ANA-MPA and Business Wire send it.

use std::path::{Path, PathBuf};

use newsdesk::article::{
    read_file, Article, Dateline, Entry, Format, ParseError, Position, PubStatus,
    DEFAULT_MAX_FILE_SIZE,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats/agencies")
        .join(name)
}

fn entries(name: &str) -> Vec<Entry> {
    read_file(&fixture(name), DEFAULT_MAX_FILE_SIZE)
}

/// The one article of a file (a message of one item gives it as item 1).
fn article(name: &str) -> (Format, Article) {
    let mut all = entries(name);
    assert_eq!(all.len(), 1, "{name}: {all:?}");
    let e = all.remove(0);
    let format = e.format.expect(name);
    (
        format,
        e.result.unwrap_or_else(|err| panic!("{name}: {err}")),
    )
}

fn place(a: &Article) -> (&str, Option<&str>) {
    let d = a.dateline.as_ref().expect("a dateline");
    (d.place.as_str(), d.agency.as_deref())
}

fn error(e: &Entry) -> String {
    e.result.as_ref().unwrap_err().to_string()
}

#[test]
fn superdesk_ninjs_guid_located_and_associations() {
    let (format, a) = article("superdesk_ninjs.json");
    assert_eq!(format, Format::Ninjs);
    assert_eq!(a.headline, "Ferry services cut as harbour storm builds");
    assert_eq!(a.kicker, "WEATHER-FERRIES");
    assert_eq!(
        a.lead,
        "Ferry operators cancelled 40 sailings as gusts swept the harbour."
    );
    // The body's own dateline went to the dateline; `located` names the place.
    assert_eq!(
        a.body,
        "Ferry operators cancelled 40 sailings on Monday as gusts of 90 km/h swept the harbour.\n\
         Commuters were told to take trains instead.\n\
         call the helpline if you need travel advice"
    );
    assert_eq!(place(&a), ("Sydney", Some("Example")));
    // Superdesk names the identity `guid`; versions are strings.
    assert_eq!(
        a.uri.as_deref(),
        Some("urn:newsml:example.org:2026-03-02T09:12:00:8c1e")
    );
    assert_eq!((a.version, a.urgency), (Some(3), Some(2)));
    assert_eq!(a.byline.as_deref(), Some("Mira Kovac"));
    assert_eq!(a.source.as_deref(), Some("Example Press"));
    assert_eq!(
        a.version_created.as_deref(),
        Some("2026-03-02T09:12:00+00:00")
    );
    assert_eq!(a.pubstatus, Some(PubStatus::Usable));
}

#[test]
fn ap_style_ninjs_with_a_nitf_body_and_bylines() {
    let (_, a) = article("ap_ninjs.json");
    assert_eq!(a.headline, "Team signs veteran backup quarterback");
    assert_eq!(
        a.lead,
        "A veteran quarterback signed a two-year contract on Monday."
    );
    assert_eq!(
        a.body,
        "The team signed a veteran quarterback to a two-year contract on Monday.\n\
         He threw for 3,200 yards in his last full season."
    );
    assert_eq!(place(&a), ("Eden Prairie", Some("Example")));
    assert_eq!(a.byline.as_deref(), Some("By DANA REYES"));
    assert_eq!((a.version, a.urgency), (Some(2), Some(4)));
}

#[test]
fn ninjs_3_nitf_body_beats_its_plain_rendering() {
    let (_, a) = article("ninjs3_nitf_bodies.json");
    assert_eq!(a.headline, "Tougher doping tests for the spring tour");
    assert_eq!(
        a.lead,
        "Organisers announced the strictest checks the race has seen."
    );
    // NITF's lead paragraph repeats the description: it is shown once.
    assert_eq!(
        a.body,
        "Every rider will give a blood sample before the start.\n\
         Samples will be frozen for ten years.\nTeams were told on Tuesday."
    );
    assert_eq!(place(&a), ("Oslo", None));
    assert_eq!(a.byline.as_deref(), Some("Lena Berg, Example Sport"));
    assert_eq!(a.version, Some(2));
}

#[test]
fn ninjs_3_event_without_a_type_is_an_event() {
    let all = entries("ninjs3_untyped_event.json");
    assert_eq!(error(&all[0]), "not a text item: event");
}

#[test]
fn ninjs_title_is_the_last_headline() {
    let text = br#"{"uri":"u:1","type":"text","title":"Only a title","descriptions":[{"role":"text","value":"A lead."}]}"#;
    let a = newsdesk::article::parse_object(text).unwrap();
    assert_eq!(
        (a.headline.as_str(), a.lead.as_str()),
        ("Only a title", "A lead.")
    );
}

#[test]
fn tt_ninjs_body_html5() {
    let (_, a) = article("tt_ninjs.json");
    assert_eq!(a.headline, "Färjan ställdes in");
    assert!(a
        .body
        .contains("Färjan till ön ställdes in på torsdagen.\nVi hade inget val"));
    // The figure and its caption are not text of the story; the h1 is the headline.
    assert!(!a.body.contains("Färjan vid kajen"));
    assert!(!a.body.starts_with("Färjan ställdes in"));
    assert_eq!(a.source.as_deref(), Some("EX"));
    assert_eq!(a.language.as_deref(), Some("sv"));
}

#[test]
fn dpa_style_newsml_g2_message() {
    let all = entries("g2_dpa_message.xml");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].position, Some(Position::Item(1)));
    let a = all[0].result.as_ref().unwrap();
    // The headline of rank 1 wins over the rank-3 topline listed before it.
    assert_eq!(a.headline, "Hamburger Hafen schlägt mehr Container um");
    // A teaser description is the summary, and the body's teaser paragraph is not repeated.
    assert_eq!(
        a.lead,
        "Der Hafen meldet das beste Quartal seit fünf Jahren."
    );
    // The <header> (time, topic list, h1, byline) is page furniture; the dateline comes off.
    assert_eq!(
        a.body,
        "Im ersten Quartal wurden 2,1 Millionen Container umgeschlagen.\n\
         Mehr Schiffe aus Asien\nDas sind 6 Prozent mehr als vor einem Jahr."
    );
    assert_eq!(place(a), ("Hamburg", Some("bsp")));
    // `by` is written for readers; the creator is a login.
    assert_eq!(a.byline.as_deref(), Some("Von Anna Müller, bsp"));
    assert_eq!((a.urgency, a.version), (Some(3), Some(2)));
    assert_eq!(a.language.as_deref(), Some("de"));
    assert_eq!(a.source.as_deref(), Some("bsp"));
    // A link to a picture in itemMeta does not make the text a photo.
    assert_eq!(all[0].format, Some(Format::NewsmlG2));
}

#[test]
fn ntb_style_nitf_in_a_message() {
    let (_, a) = article("g2_ntb_nitf.xml");
    assert_eq!(a.headline, "Bybanen stanset etter strømbrudd");
    assert_eq!(a.kicker, "bergen-bybane");
    assert_eq!(
        a.lead,
        "Et strømbrudd stanset bybanen i to timer tirsdag morgen."
    );
    assert_eq!(
        a.body,
        "Rundt 12.000 reisende ble rammet, opplyser selskapet.\n\
         Busser ble satt inn mellom sentrum og flyplassen."
    );
    assert_eq!(place(&a), ("Bergen", None));
    assert_eq!(a.byline.as_deref(), Some("Example-Reuters"));
    assert_eq!(a.language.as_deref(), Some("nb-NO"));
    assert_eq!((a.urgency, a.version), (Some(5), Some(7)));
    assert_eq!(a.source.as_deref(), Some("example.no"));
}

#[test]
fn ansa_style_plain_inline_data_wrapped_in_a_tag() {
    let (_, a) = article("g2_ansa_inlinedata.xml");
    assert_eq!(a.headline, "Minister welcomes the new rail timetable");
    // Indented lines open paragraphs; the agency-first dateline comes off.
    assert_eq!(
        a.body,
        "The transport minister said on Monday the new timetable would cut waiting times on the busiest lines.\n\
         \"Passengers will feel the difference from the first day,\" the minister said.\n\
         The timetable starts on Sunday."
    );
    assert_eq!(place(&a), ("Rome", Some("EXA")));
    assert_eq!(a.language.as_deref(), Some("it"));
}

#[test]
fn stt_style_xhtml_with_empty_metadata() {
    let (_, a) = article("g2_stt_xhtml.xml");
    assert_eq!(a.headline, "Eduskunta hyväksyi uuden liikennelain");
    // Empty `by`, `slugline` and summary elements give nothing; the lead comes from the body.
    assert_eq!((a.byline.as_deref(), a.kicker.as_str()), (None, ""));
    assert!(a.summary_derived);
    assert_eq!(
        a.body,
        "Eduskunta hyväksyi liikennelain äänin 120–70.\nVoimaan kesällä\n\
         Laki tulee voimaan kesäkuussa.\nOppositio vastusti\nÄänestys 120\nVastaan 70"
    );
    assert_eq!(place(&a), ("Helsinki", None));
    assert_eq!(a.language.as_deref(), Some("fi-FI"));
}

#[test]
fn base64_inline_data_in_a_declared_charset() {
    let (_, a) = article("g2_base64.xml");
    assert_eq!(
        a.body,
        "Le conseil municipal a voté le budget.\nLa piscine rouvrira en été."
    );
}

#[test]
fn remote_content_links_text_and_names_media() {
    let all = entries("g2_remote_and_classless.xml");
    let text = all[0].result.as_ref().unwrap();
    assert_eq!(text.headline, "Election results by district");
    assert_eq!(text.body, "");
    assert_eq!(
        text.url.as_deref(),
        Some("https://example.org/results.html")
    );
    // No class, only pictures elsewhere: a photo.
    assert_eq!(error(&all[1]), "not a text item: photo");
}

#[test]
fn each_item_of_a_message_is_named() {
    let all = entries("g2_other_items.xml");
    let got: Vec<String> = all
        .iter()
        .map(|e| match &e.result {
            Ok(a) => format!("{} / {}", a.kicker, a.headline),
            Err(err) => err.to_string(),
        })
        .collect();
    assert_eq!(
        got,
        [
            "not a text item: package",
            "Markets / Shares slip in early trade",
            "not a text item: concept",
            "not a text item: event",
            "not a text item: concept",
            "not a text item: planning",
            "not a news item: a NewsML-G2 <catalogItem>",
        ]
    );
    let held = all[1].result.as_ref().unwrap();
    assert_eq!(held.pubstatus, Some(PubStatus::Withheld));
    // Only `xml:lang` on the item says the language.
    assert_eq!(held.language.as_deref(), Some("en"));
    assert_eq!(all[6].position, Some(Position::Item(7)));
}

#[test]
fn newsml_1_afp_style_in_latin_1() {
    let (format, a) = article("nml1_afp.xml");
    assert_eq!(format, Format::Newsml1);
    assert_eq!(
        a.headline,
        "Grève des trains régionaux: un tiers des TER circulent"
    );
    assert_eq!(
        a.body,
        "Un tiers seulement des trains régionaux circulaient lundi en Auvergne-Rhône-Alpes.\n\
         La direction prévoit un retour à la normale mercredi.\nabc/xyz"
    );
    assert_eq!(place(&a), ("Lyon", Some("EXA")));
    // The identity leaves out the revision, which is the version.
    assert_eq!(
        a.uri.as_deref(),
        Some("urn:newsml:example.com:20260302T091444Z:TX-PAR-ABC12")
    );
    assert_eq!((a.version, a.urgency), (Some(2), Some(3)));
    assert_eq!(
        a.version_created.as_deref(),
        Some("2026-03-02T10:15:00+00:00")
    );
    assert_eq!(
        (a.language.as_deref(), a.source.as_deref()),
        (Some("fr"), Some("EXA"))
    );
}

#[test]
fn newsml_1_html_in_cdata_with_a_subheadline() {
    let (_, a) = article("nml1_ana_html.xml");
    assert_eq!(a.headline, "Hiring balance positive in the first quarter");
    assert_eq!(
        a.lead,
        "Private-sector hiring rose in March, the labour ministry said."
    );
    assert_eq!(
        a.body,
        "Hirings exceeded departures by 55,494 in March.\n© EXG. All rights reserved."
    );
    // A dateline that is only a date names no place; the city property does.
    assert_eq!(place(&a), ("Athens", None));
    assert_eq!(a.language.as_deref(), Some("en"));
}

#[test]
fn newsml_1_components_by_role() {
    let (_, a) = article("nml1_bw_components.xml");
    assert_eq!(a.headline, "Acme Robotics Opens Plant in Ohio");
    // Only the Body component is the story: not the style sheet, the contact block or the logo.
    assert_eq!(
        a.body,
        "Acme Robotics, Inc. today opened its first plant in Ohio.\n\
         The plant will build 5,000 robots a year."
    );
    assert_eq!(
        a.dateline,
        Some(Dateline {
            place: "COLUMBUS".into(),
            agency: Some("EXAMPLE WIRE".into())
        })
    );
}

#[test]
fn newsml_1_photo_is_not_text() {
    let all = entries("nml1_photo.xml");
    assert_eq!(error(&all[0]), "not a text item: photo");
}

#[test]
fn newsml_1_documents_of_several_items_are_numbered() {
    let item = |id: &str, status: &str| {
        format!(
            "<NewsItem><Identification><NewsIdentifier><ProviderId>p</ProviderId><DateId>d</DateId>\
             <NewsItemId>{id}</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification>\
             <NewsManagement><Status FormalName=\"{status}\"/></NewsManagement><NewsComponent>\
             <NewsLines><HeadLine>Story {id}</HeadLine></NewsLines></NewsComponent></NewsItem>"
        )
    };
    let text = format!(
        "<NewsML>{}{}</NewsML>",
        item("a", "Usable"),
        item("b", "Canceled")
    );
    let all = newsdesk::article::parse_document(text.as_bytes());
    let got: Vec<_> = all
        .iter()
        .map(|e| (e.position, e.result.as_ref().ok().and_then(|a| a.pubstatus)))
        .collect();
    assert_eq!(
        got,
        [
            (Some(Position::Item(1)), Some(PubStatus::Usable)),
            (Some(Position::Item(2)), Some(PubStatus::Canceled))
        ]
    );
    let empty = newsdesk::article::parse_document(b"<NewsML><NewsEnvelope/></NewsML>");
    assert_eq!(empty[0].result, Err(ParseError::NoItems));
}
