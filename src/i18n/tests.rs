use std::collections::BTreeSet;

use super::*;

fn placeholders(s: &str) -> BTreeSet<String> {
    s.split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

fn forms(entry: &Entry) -> Vec<&str> {
    match entry {
        Entry::One(s) => vec![s.as_str()],
        Entry::Plural { one, other } => vec![one.as_str(), other.as_str()],
    }
}

/// Every message is in both catalogues, with the same placeholders in every form, and neither
/// catalogue has a key no message uses.
#[test]
fn both_catalogues_are_complete() {
    let mut problems = Vec::new();
    let ids: BTreeSet<&str> = Msg::ALL.iter().map(|m| m.id()).collect();
    for (lang, catalog) in [(Lang::En, &*EN), (Lang::Fa, &*FA)] {
        for &msg in Msg::ALL {
            match catalog.0.get(msg.id()) {
                None => problems.push(format!("{}: {} is missing", lang.as_str(), msg.id())),
                Some(entry) => {
                    let want = placeholders(EN.0.get(msg.id()).map_or("", |e| forms(e)[0]));
                    for form in forms(entry) {
                        if placeholders(form) != want {
                            problems.push(format!(
                                "{}: {} has {:?}, English has {want:?}",
                                lang.as_str(),
                                msg.id(),
                                placeholders(form)
                            ));
                        }
                    }
                }
            }
        }
        for key in catalog.0.keys() {
            if !ids.contains(key.as_str()) {
                problems.push(format!("{}: {key} is not a message", lang.as_str()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn persian_is_persian() {
    // A message copied across untranslated would pass the completeness check.
    let same: Vec<&str> = Msg::ALL
        .iter()
        .filter(|m| tr(Lang::En, **m) == tr(Lang::Fa, **m))
        .map(|m| m.id())
        .collect();
    let technical = [
        "date.gregorian",
        "date.persian",
        "status.uncalibrated_short",
        "status.clock",
        "watch.inotify",
        "poll.requested",
    ];
    assert_eq!(same, technical);
}

#[test]
fn locales() {
    assert_eq!(Lang::from_locale("fa_IR.UTF-8"), Lang::Fa);
    assert_eq!(Lang::from_locale("fa"), Lang::Fa);
    assert_eq!(Lang::from_locale("FA-af"), Lang::Fa);
    assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
    assert_eq!(Lang::from_locale("C.UTF-8"), Lang::En);
    assert_eq!(Lang::from_locale("far_XX"), Lang::En);
    assert_eq!(Lang::from_locale(""), Lang::En);
}

#[test]
fn plurals_and_placeholders() {
    let text = |n: u64| {
        format(
            Lang::En,
            Msg::StatusArticles,
            Some((n, &n.to_string())),
            &[],
        )
    };
    assert_eq!(text(1), "1 article");
    assert_eq!(text(2), "2 articles");
    assert_eq!(
        format(Lang::Fa, Msg::StatusArticles, Some((2, "۲")), &[]),
        "۲ خبر"
    );
    let r = runs(
        Lang::En,
        Msg::StatusSearch,
        Some((3, "3")),
        &[("query", Arg::name("زلزله"))],
    );
    assert_eq!(
        r,
        [
            Run::plain("/"),
            Run::isolated("زلزله", Dir::Auto),
            Run::plain(" (3 matches)")
        ]
    );
}
