//! The reader's side of story threads (`threads.rs`): building the stories
//! when the load is over or the corpus changed, `t` (threads on and off)
//! and `z` (a story expanded into its articles, or collapsed).

use super::state::App;
use super::threads::Row;
use crate::keys::Action;

/// What `t` says before the stories are built; replaced once they are.
const THREADS_PENDING: &str = "threads on once the stories are grouped";

impl App {
    /// Takes in stories built meanwhile, and starts a build if the corpus
    /// changed since the last one (never while loading, and only once
    /// something wants them: no work at start-up for a reader who never
    /// uses threads); true if the list changed. The terminal loop calls it
    /// every tick.
    pub fn poll_stories(&mut self) -> bool {
        if self.loading.is_active() || !self.threads.wanted() {
            return false;
        }
        self.threads.start_build(&self.corpus);
        if !self.threads.finish_build(false, &self.corpus) {
            return false;
        }
        self.stories_arrived()
    }

    /// Waits for the stories being built (tests, and anything that wants
    /// them at once).
    pub fn wait_for_stories(&mut self) {
        self.threads.ask();
        self.poll_stories();
        if self.threads.finish_build(true, &self.corpus) {
            self.stories_arrived();
        }
    }

    fn stories_arrived(&mut self) -> bool {
        if !self.threads.on() {
            return false;
        }
        if self.message.as_deref() == Some(THREADS_PENDING) {
            let n = self.threads.stories().map_or(0, |s| s.all().len());
            self.message = Some(format!("threads on: {}", stories(n)));
        }
        self.regroup();
        self.restore_position_and_relayout();
        true
    }

    /// Lays the list out in rows again, keeping the selected article.
    pub(super) fn regroup(&mut self) {
        let keep = self.list.selected_article();
        self.list.group(self.threads.grouping());
        let index = keep.and_then(|a| self.list.row_of(a));
        self.select(index.unwrap_or(0));
    }

    /// Threads on or off (`t`), remembered with the position.
    pub(super) fn toggle_threads(&mut self) {
        self.threads.set_on(!self.threads.on());
        self.regroup();
        self.message = Some(match (self.threads.on(), self.threads.stories()) {
            (false, _) => "threads off".into(),
            (true, Some(s)) => format!("threads on: {}", stories(s.all().len())),
            (true, None) => THREADS_PENDING.into(),
        });
    }

    /// Expands the selected story into its articles, or collapses the story
    /// the selection is in back into one row (`z`); the story's row stays
    /// selected.
    pub(super) fn toggle_story(&mut self) {
        let selected = self.list.selected();
        let lead = match self.list.selected_row() {
            Some(Row::Story { lead, .. }) => *lead,
            Some(Row::Member(_)) => {
                let story_row = self.list.story_row(selected);
                let Some(Row::Story { lead, .. }) = story_row.map(|i| &self.list.rows()[i]) else {
                    return;
                };
                *lead
            }
            _ if !self.threads.on() => {
                let hint = self.with_key_hint("threads are off", Action::ToggleThreads, "KEY turns them on");
                self.message = Some(hint);
                return;
            }
            _ => {
                self.message = Some("nothing to expand: no other version of it is listed".into());
                return;
            }
        };
        self.threads.toggle_expanded(lead);
        self.list.group(self.threads.grouping());
        let row = self
            .list
            .rows()
            .iter()
            .position(|r| matches!(r, Row::Story { lead: l, .. } if *l == lead));
        self.select(row.unwrap_or(selected));
    }
}

/// `1 story`, `206 stories`.
fn stories(n: usize) -> String {
    if n == 1 {
        "1 story".into()
    } else {
        format!("{n} stories")
    }
}
