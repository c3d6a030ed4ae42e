//! Entity quality on the BBC corpus, against judgements made by reading
//! (`tests/labels/bbc_entities.tsv`): how many of the 200 entities named in
//! the most articles are real and rightly kinded, how many are one entity
//! split over two rows, and the faults the issue on names named one by one.
//! Needs the corpus: `BYLINE_BBC=/path/to/bbc cargo test --release --test
//! analysis_entities -- --ignored --nocapture`.

mod common;

use byline::analysis::{CorpusEntity, EntityKind, HIDDEN};
use byline::search::{Corpus, CorpusEvent, spawn_loading};
use byline::store::LoadOptions;
use common::corpus_dir;
use std::collections::HashMap;
use std::path::Path;

fn load(root: &Path) -> Corpus {
    let mut corpus = Corpus::new();
    for event in spawn_loading(vec![root.to_path_buf()], LoadOptions::default()) {
        if let CorpusEvent::Article(item) = event {
            corpus.push(*item);
        }
    }
    corpus.settle();
    corpus
}

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
    }
}

fn judgements() -> HashMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/labels/bbc_entities.tsv");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("name\t"))
        .filter_map(|l| l.split_once('\t'))
        .map(|(n, j)| (n.to_owned(), j.to_owned()))
        .collect()
}

#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test analysis_entities -- --ignored"]
fn the_most_named_entities_are_real_and_rightly_kinded() {
    let Some(root) = corpus_dir("BYLINE_BBC") else {
        return;
    };
    let corpus = load(&root);
    let mut top: Vec<&CorpusEntity> = corpus.entities().entities().iter().collect();
    top.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    top.truncate(200);
    let judged = judgements();
    let (mut right, mut wrong, mut unjudged) = (0, Vec::new(), Vec::new());
    for e in &top {
        match judged.get(&e.name) {
            Some(j) if j == kind_name(e.kind) => right += 1,
            Some(j) => wrong.push(format!("{} ({}: {j})", e.name, kind_name(e.kind))),
            None => unjudged.push(e.name.clone()),
        }
    }
    let splits = wrong.iter().filter(|w| w.contains(": dup:")).count();
    println!(
        "top 200 by articles: {right} right, {} wrong, {} not judged; {splits} of the wrong are splits",
        wrong.len(),
        unjudged.len()
    );
    println!("wrong: {}", wrong.join("; "));
    println!("not judged: {}", unjudged.join("; "));
    assert!(right * 100 >= 95 * 200, "{right}/200 right");

    // No one in two rows: a person's full name, and no other row with that name.
    let mut names: HashMap<&str, usize> = HashMap::new();
    for e in corpus.entities().entities() {
        *names.entry(e.name.as_str()).or_default() += 1;
    }
    let twice: Vec<&str> = corpus
        .entities()
        .entities()
        .iter()
        .filter(|e| e.kind == EntityKind::Person && names[e.name.as_str()] > 1)
        .map(|e| e.name.as_str())
        .collect();
    println!("people named by two rows: {twice:?}");
    assert!(twice.is_empty());

    // The faults named in the issue, one by one.
    let find = |name: &str| {
        corpus
            .entities()
            .entities()
            .iter()
            .filter(|e| e.name == name)
            .collect::<Vec<_>>()
    };
    for junk in [
        "News", "Radio", "PC", "Sport", "GMT", "MP", "Year", "City", "Nations", "DVD", "GDP", "B",
    ] {
        assert!(find(junk).is_empty(), "{junk} is not an entity");
    }
    for glued in [
        "Exchequer Gordon Brown",
        "MP Boris Johnson",
        "Americans Andy Roddick",
    ] {
        assert!(find(glued).is_empty(), "{glued}: a title glued to a name");
    }
    // `Lib Dem MP Lembit Opik`, `Tory MP Nigel Waterson`: nor after a party.
    let mp: Vec<&str> = (corpus.entities().entities().iter())
        .map(|e| e.name.as_str())
        .filter(|n| n.starts_with("MP "))
        .collect();
    assert!(mp.is_empty(), "a title glued to a name: {mp:?}");
    for person in [
        "Lleyton Hewitt",
        "Robbie Williams",
        "Kanye West",
        "Gordon Brown",
        "Andy Roddick",
    ] {
        let rows = find(person);
        assert_eq!(rows.len(), 1, "{person}: one row");
        assert_eq!(rows[0].kind, EntityKind::Person, "{person}");
    }
    for org in ["MG Rover", "Munich Re", "Time Warner"] {
        assert!(
            find(org).iter().all(|e| e.kind == EntityKind::Organization),
            "{org} is an organisation"
        );
    }
    let open = corpus
        .entities()
        .lookup("Mostyn Open")
        .map(|id| corpus.entities().get(id));
    assert!(
        open.is_none_or(|e| e.articles.len() < 5),
        "Open does not merge every tennis Open"
    );
    let brown = corpus.entities().lookup("Gordon Brown").expect("Gordon Brown");
    let bw = corpus
        .entities()
        .lookup("Brown and Williamson")
        .expect("Brown and Williamson");
    assert_ne!(brown, bw);
    let chelsea = corpus.entities().lookup("Chelsea FC").expect("Chelsea");
    assert_ne!(corpus.entities().lookup("Kensington and Chelsea"), Some(chelsea));

    // Session 14's faults beyond the top 200.
    let liverpool = corpus.entities().lookup("Liverpool").expect("Liverpool");
    assert_eq!(
        corpus.entities().lookup("Liverpool FC"),
        Some(liverpool),
        "one club"
    );
    for junk in [
        "Breakfast",
        "Chapter",
        "Music",
        "Tests",
        "Scots",
        "Sprinters Kostas Kenteris",
    ] {
        assert!(find(junk).is_empty(), "{junk} is no entity");
    }
    for firm in ["Tods Murray", "BNP Paribas"] {
        assert!(
            find(firm).iter().all(|e| e.kind != EntityKind::Person),
            "{firm} is no person"
        );
    }
}

/// A judged sample of entity rows (`tests/labels/bbc_entities_*.tsv`) against the
/// index of the corpus at `root`: the rows now real and rightly kinded, and the
/// others (name, its kinds now, the judgement). A junk row is right once it is no
/// row; a row under a wrong name once the right name is a row of the right kind
/// and the wrong one is none.
fn judged_sample(root: &Path, file: &str) -> (usize, Vec<String>) {
    let corpus = load(root);
    let mut kinds: HashMap<&str, Vec<&str>> = HashMap::new();
    for e in corpus.entities().entities() {
        kinds.entry(e.name.as_str()).or_default().push(kind_name(e.kind));
    }
    let rows = |name: &str| kinds.get(name).cloned().unwrap_or_default();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/labels")
        .join(file);
    let text = std::fs::read_to_string(path).unwrap();
    let (mut right, mut wrong) = (0, Vec::new());
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("name\t"))
    {
        let [name, _, judged, ..] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("a row of four columns: {line}");
        };
        let ok = match judged.strip_prefix("name:") {
            Some(fix) => {
                let (fixed, kind) = fix.rsplit_once(' ').expect("name:NAME KIND");
                rows(fixed).contains(&kind) && rows(name).is_empty()
            }
            None if judged == "junk" => rows(name).is_empty(),
            None => rows(name).contains(&judged),
        };
        if ok {
            right += 1;
        } else {
            wrong.push(format!("{name} ({:?}: {judged})", rows(name)));
        }
    }
    (right, wrong)
}

/// Scores a judged sample of the tail, prints its wrong rows (development
/// labels), and fails if fewer rows are right than when it was drawn.
fn tail_sample(file: &str, label: &str, at_drawing: usize) {
    let Some(root) = corpus_dir("BYLINE_BBC") else {
        return;
    };
    let (right, wrong) = judged_sample(&root, file);
    println!("{label}: {right} right, {} wrong", wrong.len());
    println!("wrong: {}", wrong.join("; "));
    assert!(
        right >= at_drawing,
        "{file}: {right} right, fewer than the {at_drawing} at its drawing"
    );
}

/// The tail of the index (`tests/labels/bbc_entities_tail.tsv`: 100 rows
/// ranked 201-600 when drawn, judged on session 14's start and tuned on).
#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test analysis_entities -- --ignored"]
fn the_tail_of_the_index() {
    tail_sample("bbc_entities_tail.tsv", "tail sample", 73);
}

/// A second sample of the tail (`tests/labels/bbc_entities_tail2.tsv`: 50 rows at
/// random even ranks 202-600, drawn and judged on session 17's start before its
/// changes, then tuned on): what a fresh draw of the tail sees.
#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test analysis_entities -- --ignored"]
fn a_second_sample_of_the_tail() {
    tail_sample("bbc_entities_tail2.tsv", "tail sample 2", 37);
}

/// A third sample (`tests/labels/bbc_entities_tail3.tsv`: 50 rows at random even
/// ranks 602-1000, below the held-out sample's ranks, drawn and judged on session 18's
/// start before its changes): the deeper tail, where capitalised ordinary words live.
#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test analysis_entities -- --ignored"]
fn a_third_sample_of_the_tail() {
    tail_sample("bbc_entities_tail3.tsv", "tail sample 3", 29);
}

/// A fourth sample (`tests/labels/bbc_entities_tail4.tsv`: 56 rows at every 4th rank
/// 201-597 without any name judged before, drawn and judged on session 19's start before
/// its changes): the held-out sample's ranks seen afresh, for development.
#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test analysis_entities -- --ignored"]
fn a_fourth_sample_of_the_tail() {
    tail_sample("bbc_entities_tail4.tsv", "tail sample 4", 49);
}

/// A fifth sample (`tests/labels/bbc_entities_tail5.tsv`: 40 rows at every 4th rank
/// 203-599 without any name judged before, drawn and judged on session 20's start before
/// its changes and never tuned on): the held-out sample's ranks, an untuned check.
#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test analysis_entities -- --ignored"]
fn a_fifth_sample_of_the_tail() {
    tail_sample("bbc_entities_tail5.tsv", "tail sample 5", 30);
}

/// The held-out sample (`tests/labels/bbc_entities_heldout.tsv`: 78 rows ranked
/// 201-600, drawn and judged after session 14's entity changes, never tuned on):
/// aggregate only, as for the held-out speaker sets.
#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test analysis_entities -- --ignored"]
fn the_held_out_sample_of_the_index() {
    let Some(root) = corpus_dir("BYLINE_BBC") else {
        return;
    };
    let (right, wrong) = judged_sample(&root, "bbc_entities_heldout.tsv");
    println!("held-out sample (held out): {right} right, {} wrong", wrong.len());
    assert!(
        right >= 55,
        "{right} right: the held-out sample got worse than when it was judged"
    );
}

/// Splits over the whole index (`tests/labels/bbc_entities_splits.tsv`: 60 pairs
/// of rows drawn at every rank as likely one entity, judged by reading, tuned on):
/// the `one` pairs now one row, and the `two` pairs still apart.
#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test analysis_entities -- --ignored"]
fn splits_over_the_whole_index() {
    let Some(root) = corpus_dir("BYLINE_BBC") else {
        return;
    };
    let corpus = load(&root);
    let rows = corpus.entities().entities();
    let named = |name: &str| rows.iter().position(|e| e.name == name);
    let holds = |e: &CorpusEntity, name: &str| e.aliases.iter().any(|a| a == name);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/labels/bbc_entities_splits.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    let (mut mended, mut ones, mut apart, mut twos) = (0, Vec::new(), 0, Vec::new());
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("name\t"))
    {
        let [a, b, judged, ..] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("a row of five columns: {line}");
        };
        let (ra, rb) = (named(a), named(b));
        match judged {
            "one" => {
                let one = rows.iter().any(|e| holds(e, a) && holds(e, b));
                if one && (ra.is_none() || rb.is_none() || ra == rb) {
                    mended += 1;
                } else {
                    ones.push(format!("{a} / {b}"));
                }
            }
            "two" => {
                // A name no row holds because it names nothing is apart from everything.
                let hidden = |name: &str| {
                    let key = name.to_lowercase();
                    let keys = corpus.entities().keys();
                    (keys.iter().position(|k| k.key == key))
                        .is_some_and(|k| corpus.entities().entity_of_key(k as u32) == HIDDEN)
                };
                let merged = match (ra, rb) {
                    (None, _) if hidden(a) => false,
                    (_, None) if hidden(b) => false,
                    (None, Some(r)) => holds(&rows[r], a),
                    (Some(r), None) => holds(&rows[r], b),
                    (ra, rb) => ra.is_some() && ra == rb,
                };
                if merged {
                    twos.push(format!("{a} / {b}"));
                } else {
                    apart += 1;
                }
            }
            _ => {}
        }
    }
    println!(
        "split pairs: {mended} of {} mended; unrelated pairs: {apart} of {} apart",
        mended + ones.len(),
        apart + twos.len()
    );
    println!("still split: {}", ones.join("; "));
    println!("merged though two: {}", twos.join("; "));
    assert!(twos.is_empty(), "unrelated rows merged: {twos:?}");
}
