//! Search over many articles: sliced work, narrowing, and letters seen through.

use super::*;

/// Hits as one full walk of the store finds them.
fn brute_hits(app: &App) -> HashSet<u64> {
    let key = crate::fold::match_key(&app.search.query);
    app.store
        .iter_newest()
        .filter(|r| {
            crate::fold::contains_match(&r.search_key, &key)
                || crate::fold::contains_match(&r.article.body, &key)
        })
        .map(|r| r.id)
        .collect()
}

fn finish_work(app: &mut App) -> usize {
    let mut slices = 0;
    while app.has_work() {
        app.update_at(Event::Work, app.now);
        slices += 1;
        assert!(slices < 10_000, "the scan never ends");
    }
    slices
}

#[test]
fn a_search_through_many_articles_goes_a_slice_at_a_time_and_narrows_as_it_grows() {
    let bodies: Vec<String> = (0..1200)
        .map(|i| {
            let body = format!("بند {i} از خبر با {} هزار نفر. ", i * 7).repeat(10);
            serde_json::json!({"titr": format!("خبر شماره {i} درباره باران {}", i % 13), "text": body})
                .to_string()
        })
        .collect();
    let names: Vec<String> = (0..1200).map(|i| format!("{i:05}.json")).collect();
    let articles: Vec<(&str, &str)> = names
        .iter()
        .zip(&bodies)
        .map(|(n, b)| (n.as_str(), b.as_str()))
        .collect();
    let mut app = app_with(Config::default(), &articles);
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "باران 1");
    assert!(app.has_work(), "1,200 articles are more than one slice");
    assert!(
        !app.search.hits.is_empty(),
        "the newest are looked through at the key"
    );
    // Keys typed while it is looking narrow what it has and go on where it was.
    typed(&mut app, "2");
    assert!(finish_work(&mut app) > 0);
    assert_eq!(app.search.hits, brute_hits(&app));
    assert!(!app.search.hits.is_empty());
    // A query that does not grow from the last one looks through everything again.
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    typed(&mut app, "3");
    finish_work(&mut app);
    assert_eq!(app.search.hits, brute_hits(&app));
    let hits = app.search.hits.len();
    assert!(hits > 0 && hits < 1200, "{hits}");
    // n and N go to the nearest hit each way, wrapping.
    key(&mut app, KeyCode::Enter);
    let at = app.selected_index().unwrap();
    key(&mut app, KeyCode::Char('n'));
    let next = app.selected_index().unwrap();
    let expect = (at + 1..1200)
        .chain(0..at)
        .find(|&i| app.search.hits.contains(&app.store.nth(i).unwrap().id))
        .unwrap();
    assert_eq!(next, expect);
    key(&mut app, KeyCode::Char('N'));
    assert_eq!(app.selected_index(), Some(at));
    key(&mut app, KeyCode::Char('g'));
    key(&mut app, KeyCode::Char('N'));
    let last = (0..1200)
        .rev()
        .find(|&i| app.search.hits.contains(&app.store.nth(i).unwrap().id))
        .unwrap();
    assert_eq!(
        app.selected_index(),
        Some(last),
        "back from the top wraps to the last"
    );
}

#[test]
fn search_sees_through_zwnj_and_spaces_inside_words_and_marks_them() {
    let d = (
        "d.json",
        r#"{"titr":"ما تا آخر می‌جنگیم","text":"گفت: می جنگیم و باز میجنگیم."}"#,
    );
    let mut app = app_with(Config::default(), &[A, d, C]);
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "میجنگیم");
    key(&mut app, KeyCode::Enter);
    let record = app.selected_record().unwrap();
    assert_eq!(record.article.headline, "ما تا آخر می‌جنگیم");
    let (id, headline, body) = (
        record.id,
        record.article.headline.clone(),
        record.article.body.clone(),
    );
    let marked = |field, text: &str| -> Vec<String> {
        app.search_spans(id, field, text)
            .iter()
            .map(|r| text.chars().skip(r.start).take(r.len()).collect())
            .collect()
    };
    assert_eq!(marked(Field::Headline, &headline), ["می\u{200c}جنگیم"]);
    assert_eq!(marked(Field::Body, &body), ["می جنگیم", "میجنگیم"]);
    key(&mut app, KeyCode::Esc);
    assert!(app.search_spans(id, Field::Body, &body).is_empty());
}
