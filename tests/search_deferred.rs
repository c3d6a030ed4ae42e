//! A first start in two parts: every article listed with its words indexed
//! (`Listed`), then the names, quotes and speakers of all of them at once
//! (`Entities`). The result is the corpus a load analysing each article as
//! it comes gives; until the names are in, the status bar says so.

mod common;

use byline::analysis::HIDDEN;
use byline::app::{App, update};
use byline::keys::Action;
use byline::search::{Corpus, CorpusEvent, Query, filter, spawn_loading, spawn_loading_with};
use byline::store::LoadOptions;
use byline::ui::StatusBar;
use common::app::{finish_loading, listed, screen_text, type_filter};
use common::{TempDir, seeds_dir};
use std::time::Duration;

fn seeds_folder() -> TempDir {
    let dir = TempDir::new("deferred");
    for entry in std::fs::read_dir(seeds_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        dir.write(&name, std::fs::read(&path).unwrap());
    }
    dir
}

fn ids(c: &Corpus, q: &str) -> Vec<String> {
    let mut ids: Vec<String> = (filter(c, &Query::parse(q)).iter())
        .map(|h| c.article(h.article).id[..3].to_owned())
        .collect();
    ids.sort();
    ids
}

/// What the corpus answers of names, by article id (indices may differ).
fn names(c: &Corpus) -> Vec<String> {
    let mut out: Vec<String> = (0..c.len() as u32)
        .map(|a| {
            let named: Vec<&str> = (c.article_entities(a).iter())
                .filter(|&&e| e != HIDDEN)
                .map(|&e| c.entities().get(e).name.as_str())
                .collect();
            format!("{} {named:?} {}", c.article(a).id, c.quote_count(a))
        })
        .collect();
    out.sort();
    let speakers = c.speakers();
    out.extend(
        speakers
            .iter()
            .map(|&(id, n)| format!("{} {n}", c.entities().get(id).name)),
    );
    out.extend((c.entities().entities().iter()).map(|e| format!("{} {:?} {:?}", e.name, e.kind, e.aliases)));
    out
}

#[test]
fn the_list_comes_first_and_the_names_after_are_those_of_a_one_part_load() {
    let dir = seeds_folder();
    let paths = vec![dir.path().to_path_buf()];
    let mut corpus = Corpus::new();
    let mut seen_listed = false;
    for event in spawn_loading_with(paths.clone(), LoadOptions::default(), None, Default::default()) {
        match event {
            CorpusEvent::Article(item) => corpus.push(*item),
            CorpusEvent::Words(wanted) => wanted.answer(&mut corpus),
            CorpusEvent::Listed => {
                seen_listed = true;
                corpus.compact();
                // Every article, found by title and body words, none by name yet.
                assert_eq!(corpus.len(), 5);
                assert_eq!(ids(&corpus, "lavrov"), ["000", "001", "002", "003", "004"]);
                assert!(corpus.entities().entities().is_empty());
                assert!(ids(&corpus, "@lavrov").is_empty());
            }
            CorpusEvent::Entities(part) => {
                assert!(seen_listed, "the names come after the list");
                assert!(corpus.install(*part));
            }
            _ => {}
        }
    }
    assert!(seen_listed);
    corpus.settle();
    assert_eq!(ids(&corpus, "@lavrov"), ["001", "002", "003", "004"]);

    let mut whole = Corpus::new();
    for event in spawn_loading(paths, LoadOptions::default()) {
        match event {
            CorpusEvent::Article(item) => whole.push(*item),
            CorpusEvent::Listed | CorpusEvent::Entities(_) => {
                panic!("the command line's load is one part")
            }
            _ => {}
        }
    }
    whole.settle();
    assert_eq!(names(&corpus), names(&whole));
    assert!(!names(&whole).is_empty());
}

#[test]
fn names_for_other_articles_are_refused() {
    let dir = seeds_folder();
    let paths = vec![dir.path().to_path_buf()];
    let mut corpus = Corpus::new();
    let mut part = None;
    for event in spawn_loading_with(paths, LoadOptions::default(), None, Default::default()) {
        match event {
            CorpusEvent::Article(item) => corpus.push(*item),
            CorpusEvent::Entities(p) => part = Some(p),
            _ => {}
        }
    }
    let mut fewer = Corpus::from_articles(byline::store::seeds().into_iter().take(2).collect());
    let before = names(&fewer);
    assert!(!fewer.install(*part.expect("the names came")));
    assert_eq!(names(&fewer), before);
}

#[test]
fn the_status_bar_says_the_names_are_being_analysed_until_they_are_in() {
    let dir = seeds_folder();
    let events = spawn_loading_with(
        vec![dir.path().to_path_buf()],
        LoadOptions::default(),
        None,
        Default::default(),
    );
    let mut app = App::streaming(events);
    update(
        &mut app,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    // One event at a time (a budget of zero), to see the state between them.
    let mut said = None;
    for _ in 0..100_000 {
        app.drain_loading(Duration::ZERO);
        app.poll_filter();
        if app.loading().analysing().is_some() {
            said = Some(StatusBar::summary(&app));
            assert!(app.loading().is_listed());
            assert_eq!(listed(&app).len(), 5, "every article is listed");
            let screen = screen_text(&app);
            assert!(
                !screen.contains("0q"),
                "no quote count before the quotes are found:\n{screen}"
            );
            break;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    let said = said.expect("the names were analysed after the list");
    assert!(said.starts_with(" 5/5 · analysing names "), "{said}");
    finish_loading(&mut app);
    assert_eq!(StatusBar::summary(&app), " 5/5");
    assert!(screen_text(&app).contains("10q"), "then the counts");
    type_filter(&mut app, "@lavrov");
    assert_eq!(listed(&app), ["001", "002", "003", "004"]);
}

/// Both streams tell a JSONL file with one bad line (loaded in part, its
/// two good records listed) from a file that gave nothing (skipped).
#[test]
fn a_file_loaded_in_part_is_its_own_event_not_a_skipped_one() {
    let dir = TempDir::new("deferred-partial");
    dir.write(
        "mixed.jsonl",
        "{\"title\":\"First\",\"text\":\"One.\"}\n{broken\n{\"title\":\"Third\",\"text\":\"Three.\"}\n",
    );
    dir.write("empty.txt", "");
    let paths = vec![dir.path().to_path_buf()];
    let streams = [
        spawn_loading(paths.clone(), LoadOptions::default()),
        spawn_loading_with(paths, LoadOptions::default(), None, Default::default()),
    ];
    for events in streams {
        let (mut partial, mut skipped, mut titles) = (Vec::new(), Vec::new(), Vec::new());
        for event in events {
            match event {
                CorpusEvent::Partial { path, note } => partial.push((path, note)),
                CorpusEvent::Skipped { path, .. } => skipped.push(path),
                CorpusEvent::Article(item) => titles.push(item.article.title.clone()),
                _ => {}
            }
        }
        assert_eq!(titles, ["First", "Third"]);
        assert_eq!(partial.len(), 1, "{partial:?}");
        assert!(partial[0].0.ends_with("mixed.jsonl"));
        assert!(
            partial[0]
                .1
                .starts_with("1 of 3 lines left out: line 2: invalid JSON"),
            "{partial:?}"
        );
        assert_eq!(skipped, [dir.path().join("empty.txt")]);
    }
}

/// A capitalised word the folder mostly writes in lower case names nothing
/// (`analysis::ordinary`): decided alike by the names analysed apart, which
/// ask the reader to count the words it listed, and by a load in one part.
#[test]
fn a_word_mostly_written_in_lower_case_is_hidden_alike_in_both_loads() {
    let dir = seeds_folder();
    dir.write(
        "100.txt",
        "Song poll\n\nFans voted Love the best song of the year in Zorbland.\n",
    );
    for (i, what) in ["the new record", "the quiet streets", "long walks"]
        .iter()
        .enumerate()
    {
        dir.write(
            &format!("10{}.txt", i + 1),
            format!("Weekend\n\nResidents love {what}.\n"),
        );
    }
    let paths = vec![dir.path().to_path_buf()];
    let mut corpus = Corpus::new();
    for event in spawn_loading_with(paths.clone(), LoadOptions::default(), None, Default::default()) {
        match event {
            CorpusEvent::Article(item) => corpus.push(*item),
            CorpusEvent::Words(wanted) => wanted.answer(&mut corpus),
            CorpusEvent::Entities(part) => assert!(corpus.install(*part)),
            _ => {}
        }
    }
    corpus.settle();
    let mut whole = Corpus::new();
    for event in spawn_loading(paths, LoadOptions::default()) {
        if let CorpusEvent::Article(item) = event {
            whole.push(*item);
        }
    }
    whole.settle();
    assert_eq!(names(&corpus), names(&whole));
    assert!(corpus.entities().lookup("Zorbland").is_some());
    assert_eq!(corpus.entities().lookup("Love"), None);
}
