//! Stories: the articles that report one event, whoever wrote them. Exact
//! copies share a content hash and date; near copies and rewrites share anchors
//! (`anchors`): candidates come from MinHash bands (`lsh`) and, for reports
//! of one news cycle, from the rare anchors they share (`rare`); a pair is
//! one story when its dates are close, it names the same entities and
//! shares enough rare anchors (rare by the folder's counts pooled with a
//! prior of common English words, `common`, so a folder of three does not
//! make `people` rare). Undated, an update sharing less is one story
//! when it repeats the other's figures and, if it shares much less, its
//! quotations (`quoted`), and neither looks back at the other's event
//! (`recalls`): both read from the bodies, asked last, of a bounded
//! number. Pure functions of the corpus: the same articles give the same
//! stories in whatever order they loaded.

mod anchors;
mod common;
mod lsh;
mod quoted;
mod rare;
mod recalls;

use super::Corpus;
use crate::store::Date;
use anchors::{AnchorSets, Shared};
use quoted::Quoted;
use std::collections::HashMap;

/// Versions dated further apart than this are different events.
const MAX_DAYS_APART: i64 = 7;
/// A near copy (an update, a re-filing) shares this share of the lighter
/// version's anchor weight; on the BBC corpus, pairs below it are mostly
/// later events of a running story (a trial's next hearing).
const NEAR_COPY: f32 = 0.75;
/// A rewrite dated within `MAX_DAYS_APART` of the other version shares at
/// least this, and this many entities: the seeds' spun versions share 25-56%
/// of their anchor weight, and the pairs that join them 12-14 entities.
/// Two articles of one week on
/// one topic (two previews of one tournament, two pieces on one console)
/// share up to 43% and 9 entities: fewer entities than a rewrite names.
const REWRITE: f32 = 0.25;
const REWRITE_ENTITIES: usize = 10;
/// Or, dated close, this share and this many entities: an update or a
/// rewrite that names fewer people (the invented flood's versions share
/// 63-66% and 9 entities).
const DATED_UPDATE: f32 = 0.5;
const DATED_UPDATE_ENTITIES: usize = 5;
/// Or, dated the same day or the next (one news cycle: an evening's event
/// is in the next morning's paper), the share of a rewrite and this many
/// rare anchors (`anchors::RARE_ARTICLES`), whatever the entities: another
/// outlet's report names the event's own rare words (a website, a town, a
/// make of gun) but may name few people. On PolNeAR's development pairs,
/// one-topic pairs and follow-ups dated that close share none to one rare
/// anchor, reports of one event three to thirteen; a day or two later, a
/// follow-up shares as many (a convention skipped, then lost), so the rule
/// keeps to one news cycle. Rare anchors are known only in a large folder:
/// in a small one, this rule never applies. And each of the two must be
/// the other's best such match (one report per outlet and event): a day's
/// reports from one tournament, which share its players' rare names, then
/// pair off at most and do not chain into one story.
const NEWS_CYCLE_DAYS: i64 = 1;
const NEWS_CYCLE_RARE: usize = 3;
/// Between two undated articles, only a near copy or an update, and a
/// closer one: undated, the next event of a running story cannot be told
/// from a rewrite, as an outlet's follow-up repeats the background of its
/// last article (on the BBC corpus, follow-ups share 44-92% of the anchor
/// weight, copies and updates nearly all above 80%).
const UNDATED_NEAR_COPY: f32 = 0.8;
/// Undated, an update or a rewrite of one report that shares less than a
/// near copy still repeats every figure of the shorter version and names
/// no other weekday; a follow-up brings new figures or another day. On the
/// BBC corpus, updates and rewrites share 70-78% of the anchor weight.
/// And neither looks back at the other's event (`recalls`): a follow-up
/// that repeats the figures says when they were news ("last week").
const UNDATED_UPDATE: f32 = 0.7;
/// Or, sharing less, an update that repeats the quotes of the other
/// version as well as its figures (`quoted`): a meeting reported before and
/// after it. On the BBC development labels, of the pairs between 40% and
/// 70% of the anchor weight whose figures agree, the two that repeat half
/// their quoted words are one happening and the running stories' follow-ups
/// there repeat less; below 40%, a follow-up two days later does.
const UNDATED_QUOTED: f32 = 0.4;
/// With one version dated, the other may be a rewrite of that dated report
/// (a page saved without its date beside a feed's entry), if it shares
/// more than a dated pair and nearly all the entities of the version naming
/// fewer: the seeds' three undated versions join their two dated ones so.
const HALF_DATED_REWRITE: f32 = 0.3;
const HALF_DATED_ENTITIES: usize = 10;
const HALF_DATED_ENTITY_SHARE: f32 = 0.7;

/// Two or more articles that report one event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    /// The article that names the story: the earliest dated, then the
    /// smallest id. Its id is the story's id.
    pub lead: u32,
    /// Sorted by date (undated last), then id.
    pub articles: Vec<u32>,
}

/// Every story of a corpus, and which story each article is in.
#[derive(Clone, Debug, Default)]
pub struct Stories {
    stories: Vec<Story>,
    /// Per article, its story's index, or `NONE`: looked up for every
    /// listed article at each keystroke with threads on, so not hashed.
    of_article: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Stories {
    /// Groups the corpus's articles, once it is settled (or compacted: words
    /// still pending are not in the body-word index). A full pass: adding
    /// articles means building again, well under a second at 100,000.
    pub fn build(corpus: &Corpus) -> Stories {
        let n = corpus.len();
        let mut parent: Vec<u32> = (0..n as u32).collect();
        // Exact copies (the same text and date): one stands for all in the
        // search for rewrites, and only it needs anchors. The date is part of
        // the key, or which copy stood for the others would decide which date
        // the check saw.
        let mut by_text: HashMap<u64, u32> = HashMap::new();
        let mut reps = Vec::new();
        let mut wanted = vec![false; n];
        // Each article's day, read once: the band pass looks dates up for
        // millions of candidates in a crowded folder.
        let days: Vec<Option<i32>> = (0..n as u32)
            .map(|i| corpus.article(i).date.map(|d| day_number(d) as i32))
            .collect();
        for i in 0..n as u32 {
            let day = days[i as usize].map_or(0, i64::from);
            let key = corpus.hash(i) ^ (day as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            match by_text.get(&key) {
                Some(&first) => union(&mut parent, first, i),
                None => {
                    by_text.insert(key, i);
                    reps.push((i, key));
                    wanted[i as usize] = true;
                }
            }
        }
        let sets = AnchorSets::build(corpus, &wanted);
        // A pair already in one story needs no check: the stories are the
        // same whether it is checked or not.
        let mut doubts = Vec::new();
        lsh::candidates(&reps, &sets, |a, b| {
            if find(&mut parent, a) != find(&mut parent, b) {
                match same_story(&days, &sets, a, b) {
                    Verdict::Same => union(&mut parent, a, b),
                    Verdict::AskBodies(score) => doubts.push((a, b, score)),
                    Verdict::Apart => {}
                }
            }
        });
        // The quotes last, once every other rule has joined what it joins,
        // and in an order that does not depend on the loading's.
        let mut key_of = vec![0u64; n];
        for &(i, key) in &reps {
            key_of[i as usize] = key;
        }
        let quoted = Quoted::new(corpus);
        for (a, b, score) in quoted::in_order(doubts, |a| key_of[a as usize]) {
            if find(&mut parent, a) != find(&mut parent, b) && bodies_say_same(&quoted, a, b, score) {
                union(&mut parent, a, b);
            }
        }
        let in_one_cycle = |a, b| days_apart(&days, a, b).is_some_and(|d| d <= NEWS_CYCLE_DAYS);
        // Only for the news-cycle rule: a pair the other rules accept is
        // theirs to find (and, left out here, a copy is not taken for the
        // best match of a report another outlet rewrote).
        let mut one_cycle = Vec::new();
        rare::candidates(&reps, &sets, NEWS_CYCLE_RARE, in_one_cycle, |a, b| {
            let shared = sets.shared(a, b);
            // `candidates` gives only pairs sharing `NEWS_CYCLE_RARE` rare anchors.
            if shared.score >= REWRITE && same_story(&days, &sets, a, b) != Verdict::Same {
                one_cycle.push((a, b, shared.score));
            }
        });
        for (a, b) in rare::mutual_best(&one_cycle, n) {
            union(&mut parent, a, b);
        }
        let mut groups: HashMap<u32, Vec<u32>> = HashMap::new();
        for i in 0..n as u32 {
            groups.entry(find(&mut parent, i)).or_default().push(i);
        }
        let key = |i: &u32| {
            let a = corpus.article(*i);
            (a.date.is_none(), a.date, a.id.clone())
        };
        let mut stories: Vec<Story> = (groups.into_values())
            .filter(|g| g.len() > 1)
            .map(|mut articles| {
                articles.sort_by_key(key);
                Story {
                    lead: articles[0],
                    articles,
                }
            })
            .collect();
        stories.sort_by_key(|s| key(&s.lead));
        let mut of_article = vec![NONE; n];
        for (s, story) in stories.iter().enumerate() {
            for &a in &story.articles {
                of_article[a as usize] = s as u32;
            }
        }
        Stories { stories, of_article }
    }

    /// The stories of two or more articles, by their lead's date and id.
    pub fn all(&self) -> &[Story] {
        &self.stories
    }

    /// The story the article is in, if it is in one.
    pub fn of(&self, article: u32) -> Option<&Story> {
        self.position(article).map(|s| &self.stories[s])
    }

    /// The index in `all` of the story the article is in.
    pub fn position(&self, article: u32) -> Option<usize> {
        let s = *self.of_article.get(article as usize)?;
        (s != NONE).then_some(s as usize)
    }
}

/// What the anchors, dates and figures say of two candidates: one story,
/// not, or one if their quotes say so (`quoted`: asked after, of a bounded
/// number, as it reads the bodies).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Verdict {
    Same,
    Apart,
    /// With the anchor share: the order the bodies are asked in, and what
    /// they are asked (`bodies_say_same`).
    AskBodies(f32),
}

impl From<bool> for Verdict {
    fn from(same: bool) -> Verdict {
        if same { Verdict::Same } else { Verdict::Apart }
    }
}

/// Whether two articles found as candidates report the same event.
fn same_story(days: &[Option<i32>], sets: &AnchorSets, a: u32, b: u32) -> Verdict {
    // The dates first: in a large dated folder most candidates are far
    // apart (an outlet's articles on one topic over months), and comparing
    // their anchors is most of the build's time.
    if days_apart(days, a, b).is_some_and(|d| d > MAX_DAYS_APART) {
        return Verdict::Apart;
    }
    let shared = sets.shared(a, b);
    match (days[a as usize], days[b as usize]) {
        (Some(_), Some(_)) => Verdict::from(
            shared.score >= NEAR_COPY
                || (shared.score >= DATED_UPDATE && shared.entities >= DATED_UPDATE_ENTITIES)
                || (shared.score >= REWRITE && shared.entities >= REWRITE_ENTITIES),
        ),
        (None, None) => undated_update(sets, shared, a, b),
        _ if shared.score >= HALF_DATED_REWRITE
            && shared.entities >= HALF_DATED_ENTITIES
            && shared.entity_share >= HALF_DATED_ENTITY_SHARE =>
        {
            Verdict::Same
        }
        _ => undated_update(sets, shared, a, b),
    }
}

/// Whether two versions, one of them undated, are a near copy or an update.
/// Cheapest first: the figures are compared only for pairs in doubt, the
/// bodies (quotes, looking back) read only for those whose figures agree.
fn undated_update(sets: &AnchorSets, shared: Shared, a: u32, b: u32) -> Verdict {
    if shared.score >= UNDATED_NEAR_COPY {
        Verdict::Same
    } else if shared.score < UNDATED_QUOTED || !sets.same_day(a, b) {
        Verdict::Apart
    } else {
        Verdict::AskBodies(shared.score)
    }
}

/// An undated update sharing `UNDATED_UPDATE` is one story unless either
/// version looks back at the other's event (`recalls`: a follow-up); past
/// the budget of bodies, it is one story as the figures say. Sharing less,
/// it must repeat the other's quotes (`quoted`).
fn bodies_say_same(quoted: &Quoted, a: u32, b: u32, score: f32) -> bool {
    if score >= UNDATED_UPDATE {
        !quoted.recalled(a, b).unwrap_or(false)
    } else {
        quoted.repeated(a, b)
    }
}

/// Days between two articles' dates (`day_number`), if both are dated.
fn days_apart(days: &[Option<i32>], a: u32, b: u32) -> Option<i64> {
    let (x, y) = (days[a as usize]?, days[b as usize]?);
    Some((i64::from(x) - i64::from(y)).abs())
}

/// Days since 1 March of year 0 (any fixed origin will do for differences).
fn day_number(d: Date) -> i64 {
    let (y, m) = if d.month > 2 {
        (i64::from(d.year), i64::from(d.month) - 3)
    } else {
        (i64::from(d.year) - 1, i64::from(d.month) + 9)
    };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + i64::from(d.day)
}

fn find(parent: &mut [u32], mut i: u32) -> u32 {
    while parent[i as usize] != i {
        let up = parent[parent[i as usize] as usize];
        parent[i as usize] = up;
        i = up;
    }
    i
}

fn union(parent: &mut [u32], a: u32, b: u32) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    parent[ra.max(rb) as usize] = ra.min(rb);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_apart_cross_months_years_and_leap_days() {
        let day = |y, m, d| day_number(Date::new(y, m, d).expect("a date"));
        assert_eq!(day(2025, 3, 1) - day(2025, 2, 28), 1);
        assert_eq!(day(2024, 3, 1) - day(2024, 2, 28), 2);
        assert_eq!(day(2025, 1, 3) - day(2024, 12, 28), 6);
        assert_eq!(day(2017, 4, 17) - day(2017, 4, 15), 2);
    }
}
