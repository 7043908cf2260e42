//! One story, many deliveries: ninjs and NewsML-G2 items carry an identity (`uri`, `guid`) and
//! a version, and agencies send each update, correction and kill as a new item, often in a new
//! file. The store shows one entry per identity: the latest version, wherever it landed.

use std::time::SystemTime;

use super::time::parse_published;
use crate::article::Article;

/// Whether `new` should be shown instead of `held`, another delivery of the same story. The
/// version numbers decide when both have one and they differ; else the version times; else the
/// later arrival wins, as a rewritten file does. So a lower version arriving late never hides a
/// higher one.
pub fn supersedes(new: &Article, held: &Article) -> bool {
    if let (Some(n), Some(h)) = (new.version, held.version) {
        if n != h {
            return n > h;
        }
    }
    match (version_time(new), version_time(held)) {
        (Some(n), Some(h)) if n != h => n > h,
        _ => true,
    }
}

fn version_time(a: &Article) -> Option<SystemTime> {
    a.version_created.as_deref().and_then(parse_published)
}

/// A kill or hold notice as the desk sees it in place of the story it withdraws: the notice's
/// own words where it has them (agencies write `KILL: ...` and why), the story's where it has
/// none, so the desk always knows which story must not run.
pub fn notice_over(notice: &Article, story: &Article) -> Article {
    let or = |own: &str, theirs: &str| {
        if own.is_empty() {
            theirs.to_string()
        } else {
            own.to_string()
        }
    };
    let has_text = !notice.headline.is_empty() || !notice.lead.is_empty();
    Article {
        kicker: or(&notice.kicker, &story.kicker),
        headline: or(&notice.headline, &story.headline),
        lead: if has_text {
            notice.lead.clone()
        } else {
            story.lead.clone()
        },
        summary: if has_text {
            notice.summary.clone()
        } else {
            story.summary.clone()
        },
        summary_derived: if has_text {
            notice.summary_derived
        } else {
            story.summary_derived
        },
        body: or(&notice.body, &story.body),
        dateline: notice.dateline.clone().or_else(|| story.dateline.clone()),
        source: notice.source.clone().or_else(|| story.source.clone()),
        byline: notice.byline.clone().or_else(|| story.byline.clone()),
        language: notice.language.clone().or_else(|| story.language.clone()),
        ..notice.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::PubStatus;

    fn item(version: Option<u64>, created: Option<&str>) -> Article {
        Article {
            headline: "h".into(),
            uri: Some("urn:x".into()),
            version,
            version_created: created.map(str::to_string),
            ..Article::default()
        }
    }

    #[test]
    fn versions_decide_then_times_then_arrival() {
        assert!(supersedes(&item(Some(3), None), &item(Some(2), None)));
        assert!(!supersedes(&item(Some(1), None), &item(Some(2), None)));
        // A later version number wins even with an earlier clock (a corrected timestamp).
        assert!(supersedes(
            &item(Some(3), Some("2026-01-01T09:00:00Z")),
            &item(Some(2), Some("2026-01-01T10:00:00Z"))
        ));
        let early = Some("2026-01-01T09:00:00Z");
        let late = Some("2026-01-01T09:05:00+00:00");
        assert!(supersedes(&item(None, late), &item(None, early)));
        assert!(!supersedes(&item(None, early), &item(None, late)));
        assert!(!supersedes(&item(Some(2), early), &item(Some(2), late)));
        // Nothing to tell them apart: the later arrival, as with a rewritten file.
        assert!(supersedes(&item(None, None), &item(None, None)));
        assert!(supersedes(&item(Some(2), None), &item(Some(2), None)));
        assert!(supersedes(&item(None, early), &item(Some(7), None)));
    }

    #[test]
    fn a_notice_keeps_the_story_it_withdraws_in_sight() {
        let story = Article {
            headline: "Quake hits the south".into(),
            lead: "A strong quake.".into(),
            body: "Details.".into(),
            uri: Some("urn:q".into()),
            ..Article::default()
        };
        let bare = Article {
            uri: Some("urn:q".into()),
            version: Some(4),
            pubstatus: Some(PubStatus::Canceled),
            ..Article::default()
        };
        let shown = notice_over(&bare, &story);
        assert_eq!(shown.headline, "Quake hits the south");
        assert_eq!(shown.lead, "A strong quake.");
        assert_eq!(shown.body, "Details.");
        assert_eq!(shown.pubstatus, Some(PubStatus::Canceled));
        assert_eq!(shown.version, Some(4));
        let worded = Article {
            headline: "KILL: Quake hits the south".into(),
            body: "Sent in error.".into(),
            ..bare
        };
        let shown = notice_over(&worded, &story);
        assert_eq!(shown.headline, "KILL: Quake hits the south");
        assert_eq!(shown.lead, "");
        assert_eq!(shown.body, "Sent in error.");
    }

    // The store applying deliveries of one story from several places.

    use super::super::tests::{at, headlines, up};
    use super::super::{Change, Store};
    use crate::article::Position;
    use std::path::Path;

    fn story(headline: &str, uri: &str, version: u64) -> Article {
        Article {
            headline: headline.to_string(),
            uri: Some(uri.to_string()),
            version: Some(version),
            ..Article::default()
        }
    }

    #[test]
    fn a_newer_version_from_another_file_replaces_the_story_in_place() {
        let mut s = Store::new(10, false);
        let first = s.apply(
            vec![up("a.json", None, story("v1", "urn:s", 1), 10, true)],
            at(20),
        );
        let id = first.added_ids[0];
        let second = s.apply(
            vec![up(
                "b.xml",
                Some(Position::Item(2)),
                story("v2", "urn:s", 2),
                30,
                true,
            )],
            at(40),
        );
        assert_eq!((second.added, second.replaced), (0, 1));
        assert_eq!(second.replaced_ids, [id]);
        assert_eq!(headlines(&s), ["v2"]);
        let rec = s.get(id).unwrap();
        assert_eq!(
            (rec.path.to_path_buf(), rec.line),
            (Path::new("b.xml").to_path_buf(), Some(Position::Item(2)))
        );
        // The old file going away takes nothing with it; the new one going does.
        let gone = s.apply(
            vec![Change::Remove {
                path: "a.json".into(),
            }],
            at(50),
        );
        assert_eq!(gone.removed, 0);
        assert_eq!(headlines(&s), ["v2"]);
        s.apply(
            vec![Change::Remove {
                path: "b.xml".into(),
            }],
            at(60),
        );
        assert!(s.is_empty());
    }

    #[test]
    fn an_older_version_arriving_late_is_not_shown() {
        let mut s = Store::new(10, false);
        s.apply(
            vec![up("new.json", None, story("v5", "urn:s", 5), 10, true)],
            at(20),
        );
        let late = s.apply(
            vec![up("old.json", None, story("v4", "urn:s", 4), 30, true)],
            at(40),
        );
        assert_eq!((late.added, late.replaced, late.superseded), (0, 0, 1));
        assert_eq!(headlines(&s), ["v5"]);
        // Its file, rewritten or removed, changes nothing either.
        s.apply(
            vec![Change::Remove {
                path: "old.json".into(),
            }],
            at(50),
        );
        assert_eq!(headlines(&s), ["v5"]);
        // Times decide when there are no version numbers.
        let timed = |h: &str, t: &str| Article {
            headline: h.into(),
            uri: Some("urn:t".into()),
            version_created: Some(t.into()),
            ..Article::default()
        };
        s.apply(
            vec![
                up(
                    "t1.json",
                    None,
                    timed("later", "2026-01-01T10:00:00Z"),
                    1,
                    true,
                ),
                up(
                    "t2.json",
                    None,
                    timed("earlier", "2026-01-01T09:00:00Z"),
                    2,
                    true,
                ),
            ],
            at(60),
        );
        assert!(headlines(&s).contains(&"later".to_string()));
        assert!(!headlines(&s).contains(&"earlier".to_string()));
    }

    #[test]
    fn a_rewritten_file_holding_another_story_lets_the_first_go() {
        let mut s = Store::new(10, false);
        s.apply(
            vec![
                up("a.json", None, story("A", "urn:a", 1), 10, true),
                up("b.json", None, story("B1", "urn:b", 1), 10, true),
            ],
            at(20),
        );
        // a.json now carries version 2 of story B: A is no longer in any file.
        let applied = s.apply(
            vec![up("a.json", None, story("B2", "urn:b", 2), 30, true)],
            at(40),
        );
        assert_eq!((applied.removed, applied.replaced), (1, 1));
        assert_eq!(headlines(&s), ["B2"]);
        let rec = s.nth(0).unwrap();
        assert_eq!(rec.path, Path::new("a.json"));
    }

    #[test]
    fn a_kill_marks_the_story_it_withdraws() {
        let mut s = Store::new(10, false);
        let mut original = story("Quake in the south", "urn:q", 3);
        original.body = "Details.".into();
        let first = s.apply(vec![up("q.xml", None, original, 10, true)], at(20));
        let id = first.added_ids[0];
        let kill = Article {
            uri: Some("urn:q".into()),
            version: Some(4),
            pubstatus: Some(crate::article::PubStatus::Canceled),
            ..Article::default()
        };
        let applied = s.apply(vec![up("kill.xml", None, kill, 30, true)], at(40));
        assert_eq!(applied.updated_ids, [id]);
        let rec = s.get(id).unwrap();
        assert_eq!(rec.article.headline, "Quake in the south");
        assert_eq!(rec.article.body, "Details.");
        assert_eq!(
            rec.article.pubstatus,
            Some(crate::article::PubStatus::Canceled)
        );
        assert!(rec.search_key.contains("quake"));
        // A kill for a story never seen is shown on its own, still marked.
        let orphan = Article {
            headline: "KILL: unknown".into(),
            uri: Some("urn:other".into()),
            pubstatus: Some(crate::article::PubStatus::Withheld),
            ..Article::default()
        };
        let applied = s.apply(vec![up("k2.xml", None, orphan, 50, true)], at(60));
        assert_eq!(applied.added, 1);
        assert!(applied.updated_ids.is_empty());
    }
}
