//! Any bytes named like an article file give articles or errors, never a panic; and an entity
//! bomb of any depth is refused before anything grows.

use std::fs;

use newsdesk::article::{read_file, ParseError};
use proptest::prelude::*;

/// Near-misses of the real formats: fragments that steer the parsers into their odd corners.
fn fragments() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(
        prop_oneof![
            Just("<newsItem guid='g' version='2'>".to_string()),
            Just("<newsMessage><itemSet>".to_string()),
            Just("<contentMeta><headline>".to_string()),
            Just("</headline></contentMeta>".to_string()),
            Just("<contentSet><inlineXML><nitf><body><body.content><p>".to_string()),
            Just("<inlineData contenttype='text/html'>&lt;p&gt;".to_string()),
            Just("<itemClass qcode='ninat:picture'/>".to_string()),
            Just("<remoteContent contenttype='image/jpeg' href='x'/>".to_string()),
            Just("<inlineData contenttype='text/plain; charset=latin1' encoding='base64'>".to_string()),
            Just("QUJD\n==".to_string()),
            Just("<NewsML><NewsItem><Identification><NewsIdentifier><RevisionId>".to_string()),
            Just("<NewsComponent><Role FormalName='Body'/><ContentItem><MediaType FormalName='Text'/><DataContent>".to_string()),
            Just("<NewsLines><HeadLine>H</HeadLine><DateLine>X (A) -</DateLine></NewsLines>".to_string()),
            Just("<!DOCTYPE x [<!ENTITY a 'b'>]>".to_string()),
            Just("&amp;&#0;&#xD800;&nbsp;&bogus;".to_string()),
            Just("<![CDATA[<p>x</p>]]>".to_string()),
            Just("{\"uri\":\"u\",\"headlines\":[{\"role\":\"main\",\"value\":".to_string()),
            Just("\"bodies\":[{\"contenttype\":\"text/html\",\"value\":\"<p>".to_string()),
            Just("\"type\":\"composite\",".to_string()),
            Just("\"eventDetails\":{},\"guid\":\"g\",\"bylines\":[{\"by\":".to_string()),
            Just("[{".to_string()),
            Just("}]".to_string()),
            "[a-z<>/&;\"'{}:,\\[\\] ]{0,12}",
            "\\PC{0,8}",
        ],
        0..24,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_give_articles_or_errors(bytes in proptest::collection::vec(any::<u8>(), 0..2048),
                                         xml in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(if xml { "a.xml" } else { "a.json" });
        fs::write(&path, &bytes).unwrap();
        let entries = read_file(&path, 1024);
        prop_assert!(!entries.is_empty());
        if bytes.len() > 1024 {
            let too_large = matches!(entries[0].result, Err(ParseError::TooLarge { .. }));
            prop_assert!(too_large);
        }
        for e in entries {
            if let Ok(a) = e.result {
                prop_assert!(a.headline.chars().chain(a.body.chars()).all(|c| !c.is_control() || c == '\n'));
            }
        }
    }

    #[test]
    fn format_shaped_text_gives_articles_or_errors(parts in fragments(), xml in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(if xml { "a.xml" } else { "a.json" });
        fs::write(&path, parts.concat()).unwrap();
        for e in read_file(&path, 1 << 20) {
            if let Ok(a) = e.result {
                let kill = a.pubstatus.is_some_and(|p| p.is_kill());
                prop_assert!(kill || !a.headline.is_empty() || !a.lead.is_empty());
            }
        }
    }

    #[test]
    fn entity_bombs_are_refused(depth in 1usize..12, fan in 2usize..20) {
        let mut dtd = String::from("<!ENTITY e0 \"lol\">");
        for level in 1..=depth {
            let refs = format!("&e{};", level - 1).repeat(fan);
            dtd.push_str(&format!("<!ENTITY e{level} \"{refs}\">"));
        }
        let text = format!(
            "<?xml version=\"1.0\"?><!DOCTYPE newsItem [{dtd}]><newsItem><contentMeta><headline>&e{depth};</headline></contentMeta></newsItem>"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bomb.xml");
        fs::write(&path, text).unwrap();
        let entries = read_file(&path, 1 << 20);
        prop_assert_eq!(entries.len(), 1);
        prop_assert_eq!(&entries[0].result, &Err(ParseError::XmlEntities));
    }
}
