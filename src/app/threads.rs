//! Story threads in the list (`t`, `z`): the stories, built on a thread of
//! their own once the load is over and something wants them (threads on, the
//! compare or quotes view), and again when the corpus changes; and
//! the list's rows when threads are on: a story is one row, expanded into
//! its articles on demand, like a thread in mutt.

use super::places::PlaceLines;
use super::quotes::QuotesView;
use crate::search::{Corpus, Stories};
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

/// One row of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    /// An article in no story (or the only one of its story listed).
    Article(u32),
    /// A story with two or more articles listed: `members` in the story's
    /// order (the lead first when it is listed); keyed by its `lead`.
    /// Expanded, the row stands for `members[0]` (as a thread's root in
    /// mutt) and the others follow as `Member` rows.
    Story {
        lead: u32,
        members: Vec<u32>,
        expanded: bool,
    },
    /// An article of an expanded story, under its story row.
    Member(u32),
}

impl Row {
    /// The article the reader shows when the row is selected.
    pub fn article(&self) -> u32 {
        match self {
            Row::Article(a) | Row::Member(a) => *a,
            Row::Story { members, .. } => members[0],
        }
    }
}

/// Whether threads are on, the stories once built, and which are expanded.
#[derive(Default)]
pub(super) struct Threads {
    on: bool,
    /// A view asked for the stories (threads off): keep them built.
    asked: bool,
    stories: Option<Arc<Stories>>,
    /// The build under way, and the corpus's entity generation it is for.
    building: Option<(Receiver<Stories>, u64)>,
    /// The entity generation the stories were built for.
    built_for: Option<u64>,
    /// Expanded stories, by lead.
    expanded: HashSet<u32>,
    /// Stories to expand once the stories are (re)built, each by one of its
    /// articles' ids: a saved position's, or those expanded before the
    /// corpus changed (article numbers and leads change with it).
    reopen: Vec<String>,
    /// The compare or quotes view left for a place in an article: `C` on
    /// that story, or `Q` on the same list, comes back to it where it was.
    left: Option<Left>,
}

/// A view left for a place in an article (both are built on the stories).
enum Left {
    /// The compare view of the story led by the `u32`.
    Compare(u32, PlaceLines),
    /// The quotes view of the articles, with the filter's speakers, it was
    /// opened on (see `App::quotes_key`).
    Quotes((Vec<u32>, String), Box<QuotesView>),
}

impl Threads {
    pub(super) fn on(&self) -> bool {
        self.on
    }

    pub(super) fn set_on(&mut self, on: bool) {
        self.on = on;
    }

    /// Whether anything uses the stories: nobody builds them otherwise.
    pub(super) fn wanted(&self) -> bool {
        self.on || self.asked
    }

    pub(super) fn ask(&mut self) {
        self.asked = true;
    }

    pub(super) fn stories(&self) -> Option<&Stories> {
        self.stories.as_deref()
    }

    /// The stories to group the list by: none while threads are off or the
    /// stories are not built.
    pub(super) fn grouping(&self) -> Option<(&Stories, &HashSet<u32>)> {
        let stories = self.stories.as_deref().filter(|_| self.on)?;
        Some((stories, &self.expanded))
    }

    /// Expands the story led by `lead`, or collapses it; gives whether it is
    /// expanded now.
    pub(super) fn toggle_expanded(&mut self, lead: u32) -> bool {
        let open = !self.expanded.remove(&lead);
        if open {
            self.expanded.insert(lead);
        }
        open
    }

    /// Expands the stories of these articles (by id) once the stories are
    /// built: a restored position's.
    pub(super) fn reopen(&mut self, ids: Vec<String>) {
        self.reopen = ids;
    }

    /// The expanded stories by their leads' ids in `corpus`, with those still
    /// to reopen, sorted (what the position remembers).
    pub(super) fn expanded_ids(&self, corpus: &Corpus) -> Vec<String> {
        let leads = self.expanded.iter().map(|&a| corpus.article(a).id.clone());
        let mut ids: Vec<String> = leads.chain(self.reopen.iter().cloned()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Moves the expanded stories into `reopen`, by their leads' ids in
    /// `corpus` (which numbers the leads): they are expanded again once the
    /// next stories are in.
    fn keep_expanded(&mut self, corpus: &Corpus) {
        self.reopen = self.expanded_ids(corpus);
        self.expanded.clear();
    }

    /// The corpus changed (articles renumbered) from `old`: the stories are
    /// dropped, with a build under way, until built again; the expanded ones
    /// are expanded again then.
    pub(super) fn invalidate(&mut self, old: &Corpus) {
        self.keep_expanded(old);
        self.stories = None;
        self.building = None;
        self.built_for = None;
        self.left = None;
    }

    /// Keeps the compare view of the story led by `lead`, left for a place.
    pub(super) fn leave(&mut self, lead: u32, view: PlaceLines) {
        self.left = Some(Left::Compare(lead, view));
    }

    /// The compare view left on the story led by `lead`, if it was the last.
    pub(super) fn come_back(&mut self, lead: u32) -> Option<PlaceLines> {
        match self.left.take()? {
            Left::Compare(l, view) if l == lead => Some(view),
            _ => None,
        }
    }

    /// Keeps the quotes view opened on `key`, left for a place.
    pub(super) fn leave_quotes(&mut self, key: (Vec<u32>, String), view: QuotesView) {
        self.left = Some(Left::Quotes(key, Box::new(view)));
    }

    /// The quotes view left, if it was the last and opened on `key`.
    pub(super) fn come_back_to_quotes(&mut self, key: &(Vec<u32>, String)) -> Option<QuotesView> {
        match self.left.take()? {
            Left::Quotes(k, view) if k == *key => Some(*view),
            _ => None,
        }
    }

    /// Starts a build on its own thread if the stories are not those of
    /// `corpus` (call only when the load is over: never mid-load).
    pub(super) fn start_build(&mut self, corpus: &Arc<Corpus>) {
        let generation = corpus.entity_generation();
        let current = self.built_for == Some(generation);
        let under_way = (self.building.as_ref()).is_some_and(|(_, g)| *g == generation);
        if current || under_way {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let corpus = Arc::clone(corpus);
        std::thread::spawn(move || {
            let _ = tx.send(Stories::build(&corpus));
        });
        self.building = Some((rx, generation));
    }

    /// Takes in a finished build of `corpus`'s stories (waiting for it if
    /// `block`), the stories expanded before (or in a restored position)
    /// expanded again; true if one came.
    pub(super) fn finish_build(&mut self, block: bool, corpus: &Corpus) -> bool {
        let Some((rx, generation)) = &self.building else {
            return false;
        };
        let stories = if block { rx.recv().ok() } else { rx.try_recv().ok() };
        let Some(stories) = stories else {
            return false;
        };
        self.built_for = Some(*generation);
        self.building = None;
        self.keep_expanded(corpus);
        // A story is found again by any article it had: ids are few, and
        // `find` a scan, so this is once per build, never per key.
        for id in std::mem::take(&mut self.reopen) {
            let story = (corpus.find(&id)).and_then(|a| stories.position(a));
            if let Some(s) = story {
                self.expanded.insert(stories.all()[s].lead);
            }
        }
        self.stories = Some(Arc::new(stories));
        self.left = None;
        true
    }
}

/// The list's rows for `shown` (in list order): a story's row goes where
/// its first listed article would be, and only what the filter let through
/// is in it; a story with one article listed is that article's row. An
/// expanded story's row is its first member's, the others under it.
pub(super) fn rows(shown: &[u32], stories: &Stories, expanded: &HashSet<u32>) -> Vec<Row> {
    // Flags, not hash sets: this runs at each keystroke over every listed
    // article (100,000 of them at most).
    let mut listed = vec![false; shown.iter().max().map_or(0, |&m| m as usize + 1)];
    for &a in shown {
        listed[a as usize] = true;
    }
    let mut placed = vec![false; stories.all().len()];
    let mut rows = Vec::with_capacity(shown.len());
    for &a in shown {
        let Some(s) = stories.position(a) else {
            rows.push(Row::Article(a));
            continue;
        };
        if std::mem::replace(&mut placed[s], true) {
            continue;
        }
        let story = &stories.all()[s];
        let members: Vec<u32> = (story.articles.iter().copied())
            .filter(|&m| listed.get(m as usize).copied().unwrap_or(false))
            .collect();
        if members.len() < 2 {
            rows.push(Row::Article(a));
            continue;
        }
        let open = expanded.contains(&story.lead);
        rows.push(Row::Story {
            lead: story.lead,
            members: members.clone(),
            expanded: open,
        });
        if open {
            rows.extend(members.into_iter().skip(1).map(Row::Member));
        }
    }
    rows
}
