//! Every headline and lead of the shared corpus through every mode, when the corpus is there.

mod shared_corpus;

use newsdesk::text::{layout, truncate, BidiMode};

const WIDTH: usize = 60;

#[test]
fn corpus_headlines_and_leads_lay_out_in_every_mode() {
    let Some(dir) = shared_corpus::corpus("articles") else {
        return;
    };
    let entries = std::fs::read_dir(dir).unwrap();
    let (mut texts, mut unreadable) = (0, 0);
    for entry in entries.flatten() {
        let Ok(bytes) = std::fs::read(entry.path()) else {
            unreadable += 1;
            continue;
        };
        let Ok(article) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
            unreadable += 1;
            continue;
        };
        for key in ["titr", "describe"] {
            let Some(text) = article.get(key).and_then(|v| v.as_str()) else {
                continue;
            };
            texts += 1;
            for mode in BidiMode::ALL {
                for line in layout(text, WIDTH, mode) {
                    assert!(line.width <= WIDTH, "{key} of {:?}", entry.path());
                }
                assert!(truncate(text, WIDTH / 2, mode).width <= WIDTH / 2);
            }
        }
    }
    eprintln!("laid out {texts} headlines and leads ({unreadable} files unreadable)");
    assert!(texts > 0, "corpus directory holds no headlines or leads");
}
