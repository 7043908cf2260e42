//! What a frame costs the event loop: `ui::draw` and the diff written to the terminal, at
//! 160x48 (three columns) and 80x24 (two), with 2,000 corpus articles held.
//!
//! `cargo bench --bench frame`. Each iteration changes the state the way the dashboard meets
//! it, then draws one frame into a sink: a new article while following the newest, one while
//! not following (the list holds still), and the help pop-up opened or closed by a key.
//! Articles come from ../shared/corpus/articles (generated ones when it is absent).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crossterm::event::{Event as Input, KeyCode, KeyEvent, KeyModifiers};
use divan::Bencher;
use newsdesk::app::{App, Event};
use newsdesk::article::{parse_object, Article};
use newsdesk::config::Config;
use newsdesk::ingest::IngestEvent;
use newsdesk::runtime;
use newsdesk::store::{Change, Upsert};
use newsdesk::terminal::Screen;
use newsdesk::theme::{ColorDepth, Theme};

const HELD: usize = 2_000;
const SIZES: [(u16, u16); 2] = [(160, 48), (80, 24)];

fn main() {
    divan::main();
}

fn corpus() -> Vec<Arc<Article>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/articles");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    names.sort();
    let mut out: Vec<Arc<Article>> = names
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|bytes| parse_object(&bytes).ok())
        .map(Arc::new)
        .take(HELD + 500)
        .collect();
    if out.is_empty() {
        out = (0..HELD + 500)
            .map(|i| {
                let json = format!(
                    r#"{{"titr":"خبر آزمایشی {i}","describe":"تهران - ایرنا - لید {i} با ۲۵ درصد","text":"{}"}}"#,
                    "متن خبر با ۱۲ هزار نفر. ".repeat(60)
                );
                Arc::new(parse_object(json.as_bytes()).unwrap())
            })
            .collect();
    }
    out
}

struct Desk {
    app: App,
    screen: Screen<std::io::Sink>,
    articles: Vec<Arc<Article>>,
    next: usize,
    now: SystemTime,
}

impl Desk {
    fn new((width, height): (u16, u16)) -> Desk {
        let articles = corpus();
        let theme = Theme::load("dark", None, ColorDepth::TrueColor).unwrap();
        let now = SystemTime::now();
        let mut app = App::builder(Config::default(), theme, ColorDepth::TrueColor)
            .now(now)
            .size(width, height)
            .build();
        let changes = (0..HELD)
            .map(|i| {
                upsert(
                    i,
                    &articles[i],
                    now - Duration::from_secs(60 * (HELD - i) as u64),
                )
            })
            .collect();
        app.update_at(Event::Ingest(IngestEvent::Batch(changes)), now);
        let mut screen = Screen::with_writer(width, height, std::io::sink).unwrap();
        runtime::draw(&mut screen, &app).unwrap();
        Desk {
            app,
            screen,
            articles,
            next: HELD,
            now,
        }
    }

    fn arrive(&mut self) {
        self.now += Duration::from_millis(5);
        let article = &self.articles[self.next % self.articles.len()];
        let change = upsert(self.next, article, self.now);
        self.next += 1;
        let event = Event::Ingest(IngestEvent::Batch(vec![change]));
        self.app.update_at(event, self.now);
    }

    fn key(&mut self, code: KeyCode) {
        let key = Event::Input(Input::Key(KeyEvent::new(code, KeyModifiers::NONE)));
        self.app.update_at(key, self.now);
    }

    fn frame(&mut self) {
        runtime::draw(&mut self.screen, &self.app).unwrap();
    }
}

fn upsert(i: usize, article: &Arc<Article>, at: SystemTime) -> Change {
    let path = PathBuf::from(format!("/wire/{i:07}.json"));
    let up = Upsert::new(path, None, Article::clone(article), at, true);
    Change::Upsert(Box::new(up))
}

#[divan::bench(args = SIZES)]
fn arrival_following(bencher: Bencher, size: (u16, u16)) {
    let mut desk = Desk::new(size);
    bencher.bench_local(|| {
        desk.arrive();
        desk.frame();
    });
}

#[divan::bench(args = SIZES)]
fn arrival_not_following(bencher: Bencher, size: (u16, u16)) {
    let mut desk = Desk::new(size);
    desk.key(KeyCode::Char('j'));
    desk.frame();
    bencher.bench_local(|| {
        desk.arrive();
        desk.frame();
    });
}

#[divan::bench(args = SIZES)]
fn help_key(bencher: Bencher, size: (u16, u16)) {
    let mut desk = Desk::new(size);
    bencher.bench_local(|| {
        desk.key(KeyCode::Char('?'));
        desk.frame();
    });
}

/// A frame with nothing changed on screen: what a minute tick costs beyond the ages.
#[divan::bench(args = SIZES)]
fn redraw(bencher: Bencher, size: (u16, u16)) {
    let mut desk = Desk::new(size);
    bencher.bench_local(|| desk.frame());
}
