//! The demo feed as the dashboard uses it: the embedded samples read back through the article
//! parser, and a running `Demo` filling its directory, atomically, until it is dropped.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use newsdesk::article::{parse_object, Article};
use newsdesk::demo::{samples, Demo, MALFORMED_SAMPLE};

fn readable() -> Vec<(&'static str, Article)> {
    samples()
        .filter(|(name, _)| *name != MALFORMED_SAMPLE)
        .map(|(name, json)| {
            let article = parse_object(json.as_bytes())
                .unwrap_or_else(|e| panic!("{name} does not parse: {e}"));
            (name, article)
        })
        .collect()
}

fn is_persian(a: &Article) -> bool {
    a.headline
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[test]
fn every_sample_but_the_malformed_one_parses_with_a_headline() {
    let articles = readable();
    assert!(articles.len() >= 30, "only {} samples", articles.len());
    for (name, a) in &articles {
        assert!(!a.headline.is_empty(), "{name} has no headline");
        assert!(!a.summary.is_empty(), "{name} has nothing to summarize");
    }
    let (_, malformed) = samples()
        .find(|(name, _)| *name == MALFORMED_SAMPLE)
        .expect("the malformed sample is embedded");
    assert!(parse_object(malformed.as_bytes()).is_err());
}

#[test]
fn the_set_is_mostly_persian_with_some_english() {
    let articles = readable();
    let persian = articles.iter().filter(|(_, a)| is_persian(a)).count();
    let english = articles.len() - persian;
    assert!(persian >= 25, "{persian} Persian samples");
    assert!(english >= 5, "{english} English samples");
}

#[test]
fn persian_copy_has_its_datelines_and_reporter_codes() {
    let articles = readable();
    let persian: Vec<_> = articles.iter().filter(|(_, a)| is_persian(a)).collect();
    for (name, a) in &persian {
        if !a.lead.is_empty() {
            let dateline = a.dateline.as_ref().unwrap_or_else(|| panic!("{name}"));
            assert!(!dateline.place.is_empty(), "{name}");
            assert!(dateline.agency.is_some(), "{name}");
        }
        if !a.body.is_empty() {
            let code = a
                .reporter_code
                .as_deref()
                .unwrap_or_else(|| panic!("{name}"));
            assert!(
                code.bytes().all(|b| b.is_ascii_digit() || b == b'/'),
                "{name}"
            );
        }
    }
    let dated = persian.iter().filter(|(_, a)| a.dateline.is_some()).count();
    let coded = persian
        .iter()
        .filter(|(_, a)| a.reporter_code.is_some())
        .count();
    assert!(
        dated * 10 >= persian.len() * 9,
        "{dated} of {}",
        persian.len()
    );
    assert!(
        coded * 10 >= persian.len() * 9,
        "{coded} of {}",
        persian.len()
    );
}

#[test]
fn the_set_shows_every_kind_of_copy_the_dashboard_handles() {
    let articles = readable();
    let count = |f: &dyn Fn(&Article) -> bool| articles.iter().filter(|(_, a)| f(a)).count();
    assert!(count(&|a| a.kicker.contains("فوری")) >= 2, "urgent copy");
    assert!(count(&|a| ["FLASH", "URGENT"].contains(&a.kicker.as_str())) >= 1);
    assert!(count(&|a| a.headline.contains("زلزله") || a.body.contains("زلزله")) >= 1);
    assert!(count(&|a| a.headline.contains('ي') || a.lead.contains('ك')) >= 1);
    assert!(count(&|a| a.lead.is_empty() && a.summary_derived) >= 1);
    assert!(count(&|a| a.body.is_empty()) >= 1);
    assert!(count(&|a| a.source.is_some()) >= 3);
    assert!(count(&|a| a.published.is_some()) >= 3);
    for (name, a) in &articles {
        let paragraphs = a.body.lines().count();
        assert!(paragraphs <= 6, "{name} has {paragraphs} paragraphs");
    }
}

/// The visible (non-hidden) entries of `dir`, each of which must be a whole article file.
fn visible_files(dir: &Path) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for entry in fs::read_dir(dir).expect("demo dir is readable") {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.starts_with('.') {
            continue;
        }
        assert!(name.ends_with(".json"), "stray file {name}");
        if !names.contains(&name) && !name.ends_with(MALFORMED_SAMPLE) {
            let bytes = fs::read(dir.join(&name)).unwrap();
            if let Err(e) = parse_object(&bytes) {
                panic!("{name} was visible half-written: {e}");
            }
        }
        names.insert(name);
    }
    names
}

#[test]
fn the_feed_keeps_writing_whole_files_under_new_names() {
    let total = samples().count();
    let demo = Demo::start(Duration::from_millis(20)).unwrap();
    let first = visible_files(demo.dir());
    assert_eq!(first.len(), 6, "{first:?}");
    assert!(first.iter().next().unwrap().starts_with("0001-"));

    let wanted = total + 5;
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = first;
    while seen.len() < wanted && Instant::now() < deadline {
        seen = visible_files(demo.dir());
        thread::sleep(Duration::from_millis(5));
    }
    assert!(seen.len() >= wanted, "only {} files", seen.len());

    let malformed: Vec<_> = seen
        .iter()
        .filter(|n| n.ends_with(MALFORMED_SAMPLE))
        .collect();
    assert_eq!(malformed, [&format!("0008-{MALFORMED_SAMPLE}")]);
    let (first_name, _) = samples().next().unwrap();
    let again = format!("{:04}-{first_name}", total + 1);
    assert!(seen.contains(&again), "the set did not start over");
}

#[test]
fn fed_articles_are_stamped_with_their_arrival() {
    let demo = Demo::start(Duration::from_secs(3600)).unwrap();
    let mut stamped = 0;
    for entry in fs::read_dir(demo.dir()).unwrap() {
        let bytes = fs::read(entry.unwrap().path()).unwrap();
        let article = parse_object(&bytes).unwrap();
        if let Some(published) = article.published {
            assert!(
                published.ends_with('Z') && published.len() == 20,
                "{published}"
            );
            stamped += 1;
        }
    }
    assert!(
        stamped >= 2,
        "{stamped} of the opening articles carry a time"
    );
}

#[test]
fn dropping_the_demo_stops_it_and_removes_the_directory() {
    let demo = Demo::start(Duration::from_secs(3600)).unwrap();
    let dir = demo.dir().to_path_buf();
    assert!(dir.is_dir());
    let started = Instant::now();
    drop(demo);
    let took = started.elapsed();
    assert!(!dir.exists(), "{} is still there", dir.display());
    assert!(
        took < Duration::from_secs(10),
        "drop waited out the interval: {took:?}"
    );
}

#[test]
fn each_demo_gets_its_own_directory() {
    let a = Demo::start(Duration::from_secs(3600)).unwrap();
    let b = Demo::start(Duration::from_secs(3600)).unwrap();
    assert_ne!(a.dir(), b.dir());
}
