//! The published IPTC examples in `../shared/formats/`: every text item parses to the headline,
//! lead, body and urgency it carries (checked by hand against each file), and every other item
//! is reported for what it is. Files added to the folder later are read too, and must give an
//! article or a named reason.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use newsdesk::article::{read_file, Entry, Format, DEFAULT_MAX_FILE_SIZE};

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/formats");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} is missing, and CI needs it",
        dir.display()
    );
    eprintln!("skipping: {} is not here", dir.display());
    None
}

/// What a text item must give: headline, the start of the lead, the start of the body's first
/// paragraph and the end of its last, the number of paragraphs, the urgency.
struct Text {
    headline: &'static str,
    lead: &'static str,
    first: &'static str,
    last: &'static str,
    paragraphs: usize,
    urgency: Option<u8>,
}

const fn text(
    headline: &'static str,
    lead: &'static str,
    first: &'static str,
    last: &'static str,
    paragraphs: usize,
    urgency: Option<u8>,
) -> Text {
    Text {
        headline,
        lead,
        first,
        last,
        paragraphs,
        urgency,
    }
}

const CONCORDIA: &str = "Captain of wrecked cruise ship on trial in Italy";
const TRIAL: &str = "The trial of the captain of the shipwrecked Costa Concordia";
const DENIED: &str = "took on water and capsized. Schettino has denied wrongdoing.";
const DELL: &str = "Dell Redefines Workstation Computing Boundaries with Smallest Tower and Most Powerful Rack Workstations";
const CAMBRIOS: &str = "Cambrios被Gartner評選為「最酷供應商」";
const APPLEBEES: &str =
    "Lunch Taking a Toll? Let Applebee’s® Industrial Strength Lunch Decoy Stand In";
const AURORA: &str = "Militärövning i jätteformat hålls 2023";

fn texts() -> BTreeMap<String, Text> {
    let concordia = |paragraphs| text(CONCORDIA, "", TRIAL, DENIED, paragraphs, None);
    // The specification's own examples, the same stories in each version.
    let spec = ["1.6", "2.2", "3.1"].into_iter().flat_map(|v| {
        [
            (
                format!("ninjs/doc-{v}_001_simple_example.json"),
                concordia(1),
            ),
            (
                format!("ninjs/doc-{v}_003_associations_example.json"),
                text(DELL, "", "[ ... ]", "[ ... ]", 1, None),
            ),
            (
                format!("ninjs/doc-{v}_004_simple_text_article.json"),
                concordia(4),
            ),
            (
                format!("ninjs/doc-{v}_005_complex_text_article.json"),
                concordia(4),
            ),
            (format!("ninjs/doc-{v}_007_multimedia.json"), concordia(4)),
        ]
    });
    let published = BTreeMap::from([
        (
            "ninjs/1.4_businesswire-newsml-20130515006361.json",
            text(
                DELL,
                "",
                "Dell today announced an expanded",
                "for entry-level and high-end workstation users.",
                1,
                None,
            ),
        ),
        (
            "ninjs/1.4_businesswire-newsml-20130605006126.json",
            text(
                CAMBRIOS,
                "",
                "(美國商業資訊)--為透明及軟性導體市場",
                "被Gartner評選為「最酷供應商」(Cool Vendor)。",
                1,
                None,
            ),
        ),
        (
            "ninjs/1.4_businesswire-newsml-20130612006110.json",
            text(
                "APP发布“2020 可持续发展路线图”第三次工作进展报告，并将继续落实森林保护政策",
                "",
                "亚洲浆纸业有限公司（Asia Pulp & Paper",
                "正对印尼当地热带雨林保护工作起到积极作用。",
                1,
                None,
            ),
        ),
        (
            "ninjs/1.4_businesswire-newsml-20130731006140.json",
            text(
                APPLEBEES,
                "",
                "With more Applebee’s® Lunch Combos than ever",
                "which sold out in weeks last summer.",
                1,
                None,
            ),
        ),
        (
            "ninjs/1.4_ninjs-1-4-examples.json",
            text("Test of three new properties", "", "", "", 0, None),
        ),
        ("ninjs/1.4_ninjsExComplex1.json", concordia(4)),
        ("ninjs/1.4_ninjsExComplex2.json", concordia(4)),
        ("ninjs/1.4_ninjsExMediumText1.json", concordia(4)),
        ("ninjs/1.4_ninjsExSimpleText1.json", concordia(4)),
        (
            "ninjs/2.1_businesswire-newsml-20130605006126.json",
            text(
                CAMBRIOS,
                "",
                "(美國商業資訊)--為透明及軟性導體市場",
                "被Gartner評選為「最酷供應商」(Cool Vendor)。",
                1,
                None,
            ),
        ),
        (
            "ninjs/2.1_businesswire-newsml-20130731006140.json",
            text(
                APPLEBEES,
                "",
                "With more Applebee’s® Lunch Combos than ever",
                "which sold out in weeks last summer.",
                1,
                None,
            ),
        ),
        (
            "ninjs/2.1_dpa_text.json",
            text(
                "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?",
                "",
                "Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».",
                "zu Diskussionen um die richtige Auslegung der Bestimmungen kommen.",
                9,
                Some(4),
            ),
        ),
        ("ninjs/2.1_ninjsExSimpleText_2.json", concordia(4)),
        (
            "ninjs/2.1_ntb_text.json",
            text(
                "Google har kjøpt giganttomt i Skien",
                "IT-giganten Google har kjøpt en tomt på nærmere 2.000 mål i Skien",
                "",
                "",
                0,
                Some(5),
            ),
        ),
        (
            "ninjs/2.1_schema-extension_extension-example.json",
            text(
                AURORA,
                "Pandemin satte stopp för den stora internationella militärövningen",
                "Försvar TT",
                "vilka internationella partners som deltar.",
                5,
                Some(3),
            ),
        ),
        (
            "ninjs/2.1_tt_text_image_2.json",
            text(
                AURORA,
                "Pandemin satte stopp för den stora internationella militärövningen",
                "Försvar TT",
                "vilka internationella partners som deltar.",
                5,
                Some(3),
            ),
        ),
        (
            "newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml",
            text("Fed to halt QE to avert \"bubble\"", "", "", "", 0, None),
        ),
        (
            "newsml-g2/LISTING_22_Sports_story_in_NewsML-G2NITF.xml",
            text(
                "Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.",
                "A pair of teams coming off big weekend sweeps will square off tonight",
                "(Sports Network) - A pair of teams coming off big weekend sweeps",
                "Garcia has gone 0-2 over his last six starts.",
                6,
                None,
            ),
        ),
        (
            "newsml-g2/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml",
            text(
                "Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.",
                "A pair of teams coming off big weekend sweeps will square off Tonight",
                "(Sports Network) - With the Philadelphia Phillies picking up momentum",
                "looks set to be a clash of the Titans.",
                1,
                None,
            ),
        ),
    ]);
    published
        .into_iter()
        .map(|(name, t)| (name.to_string(), t))
        .chain(spec)
        .collect()
}

/// Files that are not text items, with the reason each is reported.
const OTHERS: &[(&str, &str)] = &[
    (
        "ninjs/1.4_ninjsExSimplePhoto1.json",
        "not a text item: photo",
    ),
    ("ninjs/2.1_SIPA_image_2.json", "not a text item: photo"),
    ("ninjs/2.1_ap_audio.json", "not a text item: audio"),
    ("ninjs/2.1_ap_image.json", "not a text item: photo"),
    ("ninjs/2.1_ap_video.json", "not a text item: video"),
    (
        "ninjs/2.1_imageEncodedRights.json",
        "not a text item: photo",
    ),
    ("ninjs/2.1_imageLinkedRights.json", "not a text item: photo"),
    (
        "ninjs/doc-1.6_002_renditions_example.json",
        "not a text item: photo",
    ),
    (
        "ninjs/doc-1.6_006_photo_only.json",
        "not a text item: photo",
    ),
    (
        "ninjs/doc-2.2_002_renditions_example.json",
        "not a text item: photo",
    ),
    (
        "ninjs/doc-2.2_006_photo_only.json",
        "not a text item: photo",
    ),
    (
        "ninjs/doc-3.1_002_renditions_example.json",
        "not a text item: photo",
    ),
    (
        "ninjs/doc-3.1_006_photo_only.json",
        "not a text item: photo",
    ),
    ("ninjs/doc-3.1_008_event.json", "not a text item: event"),
    (
        "ninjs/2.1_schema-extension_extension-schema.json",
        "not a news item: a JSON Schema",
    ),
    (
        "ninjs/ninjs-schema_1.6.json",
        "not a news item: a JSON Schema",
    ),
    (
        "ninjs/ninjs-schema_2.2.json",
        "not a news item: a JSON Schema",
    ),
    (
        "ninjs/ninjs-schema_3.1.json",
        "not a news item: a JSON Schema",
    ),
    (
        "newsml-g2/LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml",
        "not a text item: event",
    ),
    (
        "newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml",
        "not a text item: photo",
    ),
    (
        "newsml-g2/LISTING_6_Simple_NewsML-G2_Package.xml",
        "not a text item: package",
    ),
];

fn one(dir: &Path, name: &str) -> Entry {
    let entries = read_file(&dir.join(name), DEFAULT_MAX_FILE_SIZE);
    assert_eq!(entries.len(), 1, "{name}: one item");
    entries.into_iter().next().unwrap()
}

#[test]
fn every_text_item_parses_to_what_it_carries() {
    let Some(dir) = shared() else { return };
    for (name, want) in texts() {
        let name = name.as_str();
        let entry = one(&dir, name);
        let expected_format = if name.starts_with("ninjs/") {
            Format::Ninjs
        } else {
            Format::NewsmlG2
        };
        assert_eq!(entry.format, Some(expected_format), "{name}");
        let a = entry.result.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(a.headline, want.headline, "{name}: headline");
        assert!(a.lead.starts_with(want.lead), "{name}: lead {:?}", a.lead);
        assert_eq!(want.lead.is_empty(), a.lead.is_empty(), "{name}: lead");
        let paragraphs: Vec<&str> = a.body.split('\n').filter(|p| !p.is_empty()).collect();
        assert_eq!(paragraphs.len(), want.paragraphs, "{name}: {paragraphs:#?}");
        if want.paragraphs > 0 {
            assert!(
                paragraphs[0].starts_with(want.first),
                "{name}: {}",
                paragraphs[0]
            );
            let last = paragraphs[paragraphs.len() - 1];
            assert!(last.ends_with(want.last), "{name}: {last}");
        }
        assert_eq!(a.urgency, want.urgency, "{name}: urgency");
        assert!(
            !a.body.contains('<') || a.body.contains("<tag"),
            "{name}: markup left"
        );
    }
}

#[test]
fn every_other_item_is_named_for_what_it_is() {
    let Some(dir) = shared() else { return };
    for (name, reason) in OTHERS {
        let entry = one(&dir, name);
        let err = entry.result.expect_err(name).to_string();
        assert!(err.starts_with(reason), "{name}: {err}");
    }
}

#[test]
fn every_file_in_the_folder_gives_items_or_reasons() {
    let Some(dir) = shared() else { return };
    let texts = texts();
    let mut seen = 0;
    for sub in ["ninjs", "newsml-g2"] {
        for file in std::fs::read_dir(dir.join(sub)).unwrap() {
            let path = file.unwrap().path();
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if !matches!(ext, "json" | "xml") {
                continue;
            }
            seen += 1;
            let name = format!("{sub}/{}", path.file_name().unwrap().to_string_lossy());
            for entry in read_file(&path, DEFAULT_MAX_FILE_SIZE) {
                match &entry.result {
                    Ok(a) => assert!(
                        !a.headline.is_empty() || !a.lead.is_empty(),
                        "{name}: an empty article"
                    ),
                    Err(e) => assert!(!e.to_string().is_empty(), "{name}"),
                }
            }
            let known = texts.contains_key(&name) || OTHERS.iter().any(|(n, _)| *n == name);
            if !known {
                eprintln!("{name}: not in the checked list (read without a panic)");
            }
        }
    }
    assert!(seen >= texts.len() + OTHERS.len(), "{seen} files");
}
