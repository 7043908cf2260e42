//! The demo's sample articles, embedded in the binary. They were written for newsdesk (figures
//! in some are taken from the shared corpus, the sentences are our own) and cover what a Persian
//! desk sees in a day: every section, datelines, reporter codes, figures in Persian and Latin
//! digits and in words, Arabic ي/ك, urgent copy, a few English wire stories, articles without a
//! lead or a body, and one truncated file for the error list.

/// One embedded file: its name (without the feed's sequence number) and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    pub name: &'static str,
    pub json: &'static str,
}

macro_rules! sample {
    ($name:literal) => {
        Sample {
            name: concat!($name, ".json"),
            json: include_str!(concat!("articles/", $name, ".json")),
        }
    };
}

/// The file cut off mid-transmission, so the demo's error list has something in it.
pub const MALFORMED_SAMPLE: &str = "truncated-wire.json";

/// In feed order: the first few make a varied opening screen and the truncated file lands
/// eighth, early enough to be noticed.
const SAMPLES: &[Sample] = &[
    sample!("tehran-stocks"),
    sample!("oil-exports"),
    sample!("kerman-earthquake"),
    sample!("derby-result"),
    sample!("isfahan-rain"),
    sample!("flu-vaccine"),
    sample!("fajr-festival"),
    sample!("truncated-wire"),
    sample!("majlis-budget"),
    sample!("tabriz-metro"),
    sample!("gas-contract"),
    sample!("wheat-purchase"),
    sample!("currency-market"),
    sample!("yazd-solar"),
    sample!("mashhad-pilgrims"),
    sample!("flash-earthquake"),
    sample!("wrestling-medals"),
    sample!("tehran-air-quality"),
    sample!("gas-consumption"),
    sample!("inflation"),
    sample!("book-fair"),
    sample!("central-bank-inflation"),
    sample!("ahvaz-dust"),
    sample!("caspian-sturgeon"),
    sample!("gilan-rice"),
    sample!("non-oil-exports"),
    sample!("nowruz-roads"),
    sample!("asian-cup"),
    sample!("volleyball-win"),
    sample!("hamedan-cave"),
    sample!("cancer-screening"),
    sample!("sistan-flood"),
    sample!("shiraz-persepolis"),
    sample!("bushehr-port"),
    sample!("foreign-ministry"),
    sample!("caspian-shipping"),
    sample!("kurdistan-dam"),
    sample!("kish-flights"),
];

/// Every embedded file as (file name, JSON text), in feed order, the malformed one included.
pub fn samples() -> impl Iterator<Item = (&'static str, &'static str)> {
    SAMPLES.iter().map(|s| (s.name, s.json))
}

/// What the feed writes, forever: the whole set once, then the readable articles over and over
/// (one unreadable file is enough for the error list).
pub fn feed_order() -> impl Iterator<Item = Sample> {
    let readable = SAMPLES.iter().filter(|s| s.name != MALFORMED_SAMPLE);
    SAMPLES.iter().chain(readable.cycle()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::parse_object;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_plain_json_file_names() {
        let names: HashSet<_> = SAMPLES.iter().map(|s| s.name).collect();
        assert_eq!(names.len(), SAMPLES.len());
        for name in names {
            let slug = name.strip_suffix(".json").expect(name);
            assert!(
                !slug.is_empty()
                    && slug
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{name}"
            );
        }
    }

    #[test]
    fn the_malformed_file_is_eighth_and_unreadable() {
        let at: Vec<_> = SAMPLES
            .iter()
            .enumerate()
            .filter(|(_, s)| s.name == MALFORMED_SAMPLE)
            .map(|(i, _)| i)
            .collect();
        assert_eq!(at, [7]);
        assert!(parse_object(SAMPLES[7].json.as_bytes()).is_err());
    }

    #[test]
    fn the_feed_plays_the_set_once_then_cycles_the_readable_ones() {
        let n = SAMPLES.len();
        let order: Vec<_> = feed_order().take(n * 3).collect();
        assert_eq!(&order[..n], SAMPLES);
        let readable: Vec<_> = SAMPLES
            .iter()
            .copied()
            .filter(|s| s.name != MALFORMED_SAMPLE)
            .collect();
        assert_eq!(&order[n..2 * n - 1], readable.as_slice());
        assert_eq!(&order[2 * n - 1..3 * n - 2], readable.as_slice());
        let malformed = order.iter().filter(|s| s.name == MALFORMED_SAMPLE);
        assert_eq!(malformed.count(), 1);
    }
}
