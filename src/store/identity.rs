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
}
