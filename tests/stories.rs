//! Which articles are one story: the seeds (one event told by five sites),
//! invented fixtures (one flood told three ways among unrelated articles;
//! undated updates and follow-ups; dated previews), and the pairs of BBC and
//! PolNeAR articles judged by reading (the ignored tests). What the versions
//! disagree on is in `stories_compare.rs`; small folders in `stories_small.rs`.

mod common;

use byline::search::{Analysed, Corpus, Stories};
use byline::store::{self, LoadOptions};
use common::stories::{fixtures, id_of, story_ids};
use std::collections::HashMap;
use std::path::Path;

#[test]
fn the_seeds_are_one_story_of_five() {
    let corpus = Corpus::from_articles(store::seeds());
    let stories = story_ids(&corpus);
    assert_eq!(stories.len(), 1);
    assert_eq!(stories[0].len(), 5);
}

#[test]
fn the_flood_told_three_ways_is_one_story_and_the_others_are_none() {
    let corpus = Corpus::from_articles(fixtures());
    assert_eq!(
        story_ids(&corpus),
        [["courier-flood.txt", "wire-flood.txt", "herald-flood.txt"]]
    );
    let stories = Stories::build(&corpus);
    for other in ["lonsdale-flood.txt", "derby-match.txt", "chipmaker-results.txt"] {
        assert!(stories.of(id_of(&corpus, other)).is_none(), "{other}");
    }
}

/// Dated within a week, a match's preview and its report are one story
/// (`stories/derby-match.txt`, 8 March, and `stories_dated/shield-preview.txt`,
/// 6 March: 60% of the anchor weight, 7 entities), but the same club's next
/// match four days later, which names the same players and manager, is not
/// (40%, 6 entities: the dated rule wants 50% with 5 entities, or 10).
#[test]
fn dated_a_preview_joins_its_match_report_and_not_the_next_match() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let paths = vec![root.join("stories_dated"), root.join("stories/derby-match.txt")];
    let corpus = Corpus::from_articles(store::load(paths, LoadOptions::default()).articles);
    assert_eq!(corpus.len(), 3);
    assert_eq!(story_ids(&corpus), [["shield-preview.txt", "derby-match.txt"]]);
}

/// The undated articles of fixture folder `name`, with the other fixtures
/// and the seeds beside them.
fn undated_beside_the_rest(name: &str) -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let mut articles = store::load(vec![dir], LoadOptions::default()).articles;
    assert!(articles.iter().all(|a| a.date.is_none()));
    articles.extend(fixtures());
    articles.extend(store::seeds());
    Corpus::from_articles(articles)
}

/// In the undated fixture folder `fixture` (beside the rest), `pair` (file
/// names in sorted order) is one story and `apart` is in none.
fn pair_joins_and_the_other_does_not(fixture: &str, pair: [&str; 2], apart: &str) {
    let corpus = undated_beside_the_rest(fixture);
    let stories = story_ids(&corpus);
    let pair: Vec<String> = pair.iter().map(|s| s.to_string()).collect();
    assert!(stories.contains(&pair), "{stories:?}");
    assert!(
        Stories::build(&corpus).of(id_of(&corpus, apart)).is_none(),
        "{stories:?}"
    );
}

/// Undated, an update of a report is its story, but the next event (a march
/// against a closure the council voted), which repeats the report's
/// background paragraphs, is not: without dates only near copies group.
#[test]
fn undated_the_update_joins_the_report_and_the_follow_up_does_not() {
    pair_joins_and_the_other_does_not("stories_undated", ["vote-update.txt", "vote.txt"], "protest.txt");
}

/// Undated, an update that shares less than the numbers rule asks (talks
/// before and after) joins its report when it repeats the report's figures
/// and its quotation; the strike three days later repeats the quotation
/// too, but brings new figures and another weekday, and joins neither.
#[test]
fn undated_an_update_repeating_the_quotes_joins_and_the_strike_does_not() {
    pair_joins_and_the_other_does_not(
        "stories_quoted",
        ["talks-after.txt", "talks-before.txt"],
        "talks-strike.txt",
    );
}

/// Undated, three versions of a fare rise sharing 70-80% of the anchor
/// weight with the same figures: the update written the same day is the
/// report's story; the councillors' letter, which says the rise was
/// announced "last week" in a sentence naming the report's lead, is a
/// follow-up and joins neither.
#[test]
fn undated_a_follow_up_looking_back_at_the_report_is_not_its_update() {
    pair_joins_and_the_other_does_not(
        "stories_recalls",
        ["fares-update.txt", "fares.txt"],
        "fares-letter.txt",
    );
}

#[test]
fn the_same_articles_in_any_order_give_the_same_stories() {
    let mut articles = store::seeds();
    articles.extend(fixtures());
    let expected = story_ids(&Corpus::from_articles(articles.clone()));
    assert_eq!(expected.len(), 2);
    for turn in 1..articles.len() {
        let mut shuffled = articles.clone();
        shuffled.rotate_left(turn);
        if turn % 2 == 0 {
            shuffled.reverse();
        }
        assert_eq!(
            story_ids(&Corpus::from_articles(shuffled)),
            expected,
            "turn {turn}"
        );
    }
}

#[test]
fn an_article_added_later_joins_its_story() {
    let mut articles = fixtures();
    let late = articles.remove(
        articles
            .iter()
            .position(|a| a.id == "herald-flood.txt")
            .expect("herald"),
    );
    let mut corpus = Corpus::from_articles(articles);
    assert_eq!(story_ids(&corpus), [["courier-flood.txt", "wire-flood.txt"]]);
    let order = (corpus.len() as u32, 0);
    corpus.push(Analysed::new(late, order));
    corpus.settle();
    assert_eq!(
        story_ids(&corpus),
        [["courier-flood.txt", "wire-flood.txt", "herald-flood.txt"]]
    );
}

/// Pairs of articles judged by reading, `(a, b)` → `same`, `follow` or
/// `different`, from a label file in `tests/labels/`.
fn read_pairs(file: &str) -> HashMap<(String, String), String> {
    (read_judged(file).into_iter())
        .map(|(k, (verdict, _))| (k, verdict))
        .collect()
}

/// As `read_pairs`, with the kind of each `same` pair where the file gives
/// one (`copy`, `update`, `rewrite`, `side`); the columns are found by the
/// header, as the held-out files of session 6 carry cosines and dates too.
fn read_judged(file: &str) -> HashMap<(String, String), (String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/labels")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut rows = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header: Vec<&str> = rows.next().expect("header").split('\t').collect();
    let column = |name: &str| header.iter().position(|h| *h == name);
    let verdict = column("verdict").expect("a verdict column");
    let kind = column("kind");
    rows.map(|l| {
        let f: Vec<&str> = l.split('\t').collect();
        let (a, b) = (f[0].to_string(), f[1].to_string());
        let key = if a < b { (a, b) } else { (b, a) };
        let kind = kind.and_then(|k| f.get(k)).map_or("", |k| k.trim());
        (key, (f[verdict].trim().to_string(), kind.to_string()))
    })
    .collect()
}

/// Prints a held-out set's aggregates only: recall over the pairs judged one
/// event (and by kind, where the file gives kinds), and how many of the
/// judged pairs the grouping puts together are one event.
fn score_held_out(name: &str, file: &str, corpus: &Corpus) {
    let labels = read_judged(file);
    assert!(!labels.is_empty());
    let stories = Stories::build(corpus);
    let story_of = |id: &str| stories.of(id_of(corpus, id)).map(|s| s.lead);
    let together = |(a, b): &(String, String)| story_of(a).is_some() && story_of(a) == story_of(b);
    let mut kinds: Vec<&str> = (labels.values())
        .filter(|(v, k)| v == "same" && !k.is_empty())
        .map(|(_, k)| k.as_str())
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    let recall = |kind: Option<&str>| {
        let same: Vec<_> = (labels.iter())
            .filter(|(_, (v, k))| v == "same" && kind.is_none_or(|kind| k == kind))
            .collect();
        let found = same.iter().filter(|(pair, _)| together(pair)).count();
        format!("{found}/{}", same.len())
    };
    let grouped: Vec<&String> = (labels.iter())
        .filter(|(k, _)| together(k))
        .map(|(_, (v, _))| v)
        .collect();
    let right = grouped.iter().filter(|v| **v == "same").count();
    let by_kind: String = (kinds.iter())
        .map(|k| format!(", {k} {}", recall(Some(k))))
        .collect();
    println!(
        "{name}: {} pairs judged; recall {}{by_kind}; of the judged pairs grouped, {right}/{} one event",
        labels.len(),
        recall(None),
        grouped.len()
    );
}

/// The BBC corpus folder named by `BYLINE_BBC`, for the ignored tests.
fn bbc_root() -> std::path::PathBuf {
    let Some(root) = std::env::var_os("BYLINE_BBC") else {
        panic!("set BYLINE_BBC to the BBC corpus folder");
    };
    root.into()
}

fn bbc_corpus() -> Corpus {
    Corpus::from_articles(store::load(vec![bbc_root()], LoadOptions::default()).articles)
}

/// Held out (`tests/labels/bbc_stories_heldout.tsv`, session 5, and
/// `bbc_stories_heldout2.tsv`, session 6): pairs found by a method of their
/// own (TF-IDF cosine of the bodies), judged by reading before byline's
/// grouping was looked at, never tuned on. Session 5's set left out every
/// pair of the development labels (so it holds the kind the grouping
/// misses); session 6's is a plain random draw from the 1,000 most similar
/// pairs, nothing left out, each `same` pair given its kind.
#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test stories -- --ignored"]
fn bbc_story_pairs_held_out() {
    let corpus = bbc_corpus();
    score_held_out("held out, session 5", "bbc_stories_heldout.tsv", &corpus);
    score_held_out("held out, session 6", "bbc_stories_heldout2.tsv", &corpus);
}

/// PolNeAR's articles of the given splits, each dated by its file name
/// (`outlet_2016-05-12_slug`), as the text carries no dateline; ids as
/// `split/text/file`, as the label files give them.
fn polnear_corpus(splits: &[&str]) -> Corpus {
    let Some(root) = std::env::var_os("BYLINE_POLNEAR") else {
        panic!("set BYLINE_POLNEAR to the PolNeAR folder");
    };
    let root = Path::new(&root);
    let mut articles = Vec::new();
    for split in splits {
        for mut a in store::load(vec![root.join(split).join("text")], LoadOptions::default()).articles {
            let date = a.id.split('_').nth(1).and_then(store::parse_dateline);
            assert!(date.is_some(), "no date in {}", a.id);
            a.date = date;
            a.id = format!("{split}/text/{}", a.id);
            articles.push(a);
        }
    }
    Corpus::from_articles(articles)
}

/// Held out, dated news from seven US outlets (`tests/labels/
/// polnear_stories_heldout.tsv`): PolNeAR's train and dev articles.
/// Aggregates only.
#[test]
#[ignore = "needs PolNeAR: BYLINE_POLNEAR=/path/to/polnear cargo test --release --test stories -- --ignored"]
fn polnear_story_pairs_held_out() {
    let corpus = polnear_corpus(&["train", "dev"]);
    score_held_out("PolNeAR, held out", "polnear_stories_heldout.tsv", &corpus);
}

/// Development pairs of dated multi-outlet news (`tests/labels/
/// polnear_stories_dev.tsv`, session 7), on PolNeAR's train articles alone:
/// the aggregates, every judged pair missed or wrongly grouped, and every
/// story of the folder (to read; none may be larger than a week's running
/// story can make, `MAX_STORY`).
#[test]
#[ignore = "needs PolNeAR: BYLINE_POLNEAR=/path/to/polnear cargo test --release --test stories -- --ignored"]
fn polnear_story_pairs_dev() {
    const MAX_STORY: usize = 6;
    let corpus = polnear_corpus(&["train"]);
    score_held_out("PolNeAR, development", "polnear_stories_dev.tsv", &corpus);
    let labels = read_judged("polnear_stories_dev.tsv");
    let stories = Stories::build(&corpus);
    let story_of = |id: &str| stories.of(id_of(&corpus, id)).map(|s| s.lead);
    for ((a, b), (verdict, kind)) in &labels {
        let together = story_of(a).is_some() && story_of(a) == story_of(b);
        if together != (verdict == "same") {
            let what = if together { "wrong" } else { "missed" };
            println!("{what}\t{verdict} {kind}\t{a}\t{b}");
        }
    }
    for story in stories.all() {
        let ids: Vec<&str> = story
            .articles
            .iter()
            .map(|&a| corpus.article(a).id.as_str())
            .collect();
        println!("story\t{}", ids.join("  "));
    }
    let largest = stories.all().iter().map(|s| s.articles.len()).max().unwrap_or(0);
    println!("{} stories, largest {largest}", stories.all().len());
    assert!(largest <= MAX_STORY, "a story of {largest}");
}

/// Pair precision and recall on the BBC corpus against pairs judged by
/// reading (`tests/labels/bbc_stories.tsv`, `bbc_stories_dev8.tsv`, `bbc_stories_dev9.tsv`,
/// `bbc_stories_dev19.tsv`, `bbc_stories_dev19_trial.tsv`): precision over every pair the
/// grouping puts in one story (each must have been judged), recall over
/// the pairs judged one event (copies, re-filings, updates, rewrites).
#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test stories -- --ignored"]
fn bbc_story_pairs_against_labels() {
    let dev = read_pairs("bbc_stories.tsv");
    // Session 8's pairs sharing a quotation: drawn for the kind the rules
    // miss, so their recall is reported apart; every pair counts for precision.
    let dev8 = read_pairs("bbc_stories_dev8.tsv");
    // Session 9's pairs of one running story (titles sharing a rare word):
    // where updates and follow-ups meet; reported apart too.
    let dev9 = read_pairs("bbc_stories_dev9.tsv");
    // Session 19's pairs from the held-out draw's pool (the 1,000 most
    // similar by TF-IDF), near copies left out: reported apart too.
    let dev19 = read_pairs("bbc_stories_dev19.tsv");
    // And the pairs a trial rule of session 19 would have grouped: for
    // precision only.
    let trial19 = read_pairs("bbc_stories_dev19_trial.tsv");
    let mut labels = dev.clone();
    labels.extend(dev8.clone());
    labels.extend(dev9.clone());
    labels.extend(dev19.clone());
    labels.extend(trial19);
    let corpus = bbc_corpus();
    let stories = Stories::build(&corpus);
    let story_of = |id: &str| stories.of(id_of(&corpus, id)).map(|s| s.lead);
    let recall = |set: &HashMap<(String, String), String>| {
        let same: Vec<_> = set.iter().filter(|(_, v)| *v == "same").collect();
        let (found, missed): (Vec<_>, Vec<_>) =
            (same.iter()).partition(|((a, b), _)| story_of(a).is_some() && story_of(a) == story_of(b));
        for ((a, b), _) in &missed {
            println!("missed\t{a}\t{b}");
        }
        (found.len(), same.len())
    };
    let (found, same) = recall(&dev);
    let (found8, same8) = recall(&dev8);
    let (found9, same9) = recall(&dev9);
    let (found19, same19) = recall(&dev19);
    let mut wrong = Vec::new();
    let (mut grouped, mut right, mut unjudged) = (0, 0, Vec::new());
    for story in stories.all() {
        for (i, &a) in story.articles.iter().enumerate() {
            for &b in &story.articles[i + 1..] {
                let (a, b) = (&corpus.article(a).id, &corpus.article(b).id);
                let key = if a < b {
                    (a.clone(), b.clone())
                } else {
                    (b.clone(), a.clone())
                };
                match labels.get(&key) {
                    Some(v) => {
                        grouped += 1;
                        right += usize::from(v == "same");
                        if v != "same" {
                            wrong.push(key);
                        }
                    }
                    None => unjudged.push(key),
                }
            }
        }
    }
    let largest = stories.all().iter().map(|s| s.articles.len()).max().unwrap_or(0);
    println!(
        "recall {found}/{same} = {:.1}% (session 8's pairs: {found8}/{same8}; session 9's: {found9}/{same9}; session 19's: {found19}/{same19}); precision {right}/{grouped} = {:.1}%; {} stories, largest {largest}",
        100.0 * found as f64 / same as f64,
        100.0 * right as f64 / grouped as f64,
        stories.all().len()
    );
    for (a, b) in &wrong {
        println!("wrong\t{a}\t{b}");
    }
    assert!(
        unjudged.is_empty(),
        "pairs grouped but never judged: {unjudged:?}"
    );
    // The issue asks 95% of each (docs/ACCURACY.md, Stories).
    assert!(found as f64 >= 0.95 * same as f64);
    assert!(right as f64 >= 0.95 * grouped as f64);
}

/// Pairs of BBC articles on one topic but not one happening (two previews
/// of one tournament, two pieces on one console, a minimum wage rise and
/// the opposition leader's speech) that the dated rewrite rule made one
/// story when a week's feed of one section was given one date (docs/
/// ACCURACY.md, Stories: the 100 one-section folders, seed 5). Dated the
/// same day, each pair alone is no story.
#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test stories -- --ignored"]
fn bbc_one_topic_pairs_dated_one_day_are_not_one_story() {
    let root = bbc_root();
    let day = store::Date::new(2025, 3, 8);
    let pairs = [
        ("politics/380.txt", "politics/408.txt"),
        ("politics/005.txt", "politics/361.txt"),
        ("politics/122.txt", "politics/380.txt"),
        ("politics/218.txt", "politics/276.txt"),
        ("politics/300.txt", "politics/416.txt"),
        ("sport/437.txt", "sport/500.txt"),
        ("sport/102.txt", "sport/266.txt"),
        ("sport/320.txt", "sport/327.txt"),
        ("sport/320.txt", "sport/333.txt"),
        ("sport/320.txt", "sport/408.txt"),
        ("sport/352.txt", "sport/368.txt"),
        ("sport/368.txt", "sport/389.txt"),
        ("sport/295.txt", "sport/353.txt"),
        ("sport/431.txt", "sport/437.txt"),
        ("sport/010.txt", "sport/068.txt"),
        ("sport/336.txt", "sport/342.txt"),
        ("sport/362.txt", "sport/371.txt"),
        ("tech/193.txt", "tech/222.txt"),
        ("tech/185.txt", "tech/238.txt"),
        ("tech/185.txt", "tech/363.txt"),
        ("tech/238.txt", "tech/363.txt"),
        ("tech/281.txt", "tech/290.txt"),
        ("entertainment/121.txt", "entertainment/131.txt"),
    ];
    let mut grouped = Vec::new();
    for (a, b) in pairs {
        let paths = vec![root.join(a), root.join(b)];
        let mut articles = store::load(paths, LoadOptions::default()).articles;
        assert_eq!(articles.len(), 2, "{a} {b}");
        for article in &mut articles {
            article.date = day;
        }
        if !story_ids(&Corpus::from_articles(articles)).is_empty() {
            grouped.push((a, b));
        }
    }
    assert!(grouped.is_empty(), "one story: {grouped:?}");
}
/// The BBC corpus with every file dated one day (the worst case for the
/// dated rules: every pair is within the week): aggregates against the
/// development labels, and the pairs grouped that nobody judged.
#[test]
#[ignore = "needs the BBC corpus: BYLINE_BBC=/path/to/bbc cargo test --release --test stories -- --ignored"]
fn bbc_dated_one_day() {
    let labels = read_pairs("bbc_stories.tsv");
    let mut articles = store::load(vec![bbc_root()], LoadOptions::default()).articles;
    for a in &mut articles {
        a.date = store::Date::new(2025, 3, 8);
    }
    let corpus = Corpus::from_articles(articles);
    let stories = Stories::build(&corpus);
    let mut verdicts: std::collections::BTreeMap<&str, usize> = Default::default();
    for story in stories.all() {
        for (i, &a) in story.articles.iter().enumerate() {
            for &b in &story.articles[i + 1..] {
                let (a, b) = (corpus.article(a).id.clone(), corpus.article(b).id.clone());
                let key = if a < b { (a, b) } else { (b, a) };
                *verdicts
                    .entry(labels.get(&key).map_or("unjudged", |v| v.as_str()))
                    .or_default() += 1;
            }
        }
    }
    let largest = stories.all().iter().map(|s| s.articles.len()).max().unwrap_or(0);
    println!(
        "BBC dated one day: pairs grouped {verdicts:?}; {} stories, largest {largest}",
        stories.all().len()
    );
}
