//! The list's order (`O`): the filter's ranking (path order when nothing is
//! typed), the newest first, or the most quoted first. The last two keep the
//! ranking between equals, so the best match still leads a tie.

use crate::search::Corpus;
use std::cmp::Reverse;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortOrder {
    #[default]
    Path,
    /// Newest first; undated articles last.
    Date,
    /// Most quotes first.
    Quotes,
}

impl SortOrder {
    /// The next order `O` switches to.
    pub(super) fn next(self) -> SortOrder {
        match self {
            SortOrder::Path => SortOrder::Date,
            SortOrder::Date => SortOrder::Quotes,
            SortOrder::Quotes => SortOrder::Path,
        }
    }

    /// As the status bar and `state.json` write it.
    pub fn name(self) -> &'static str {
        match self {
            SortOrder::Path => "path",
            SortOrder::Date => "date",
            SortOrder::Quotes => "quotes",
        }
    }

    /// Read back from `state.json`; anything else is the default.
    pub(super) fn from_name(name: &str) -> SortOrder {
        [SortOrder::Date, SortOrder::Quotes]
            .into_iter()
            .find(|o| o.name() == name)
            .unwrap_or_default()
    }

    /// What the status bar says when `O` picks it.
    pub(super) fn message(self) -> &'static str {
        match self {
            SortOrder::Path => "sorted by path (best match first when filtering)",
            SortOrder::Date => "sorted by date, newest first",
            SortOrder::Quotes => "sorted by number of quotes, most first",
        }
    }

    /// Puts `ranked` (the filter's order) in this order; a stable sort.
    pub(super) fn apply(self, ranked: &mut [u32], corpus: &Corpus) {
        match self {
            SortOrder::Path => {}
            SortOrder::Date => ranked.sort_by_key(|&a| Reverse(corpus.article(a).date)),
            SortOrder::Quotes => ranked.sort_by_key(|&a| Reverse(corpus.quote_count(a))),
        }
    }
}
