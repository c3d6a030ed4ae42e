//! Entity resolution's per-article scratch vectors, kept from article to
//! article so that resolving an article allocates nothing new.

use std::cell::RefCell;

use super::byword::Entry;
use super::entity_groups::Group;
use super::hash::FxMap;
use super::namekey::Key;
use super::wordmap::Slot;

/// A (word, candidate, group) list (see `ByWord`).
pub(super) type Words<'a> = Vec<Entry<'a>>;

/// Resolution's per-article vectors, kept empty from article to article:
/// each would be an allocation per article (about 60,000 for 2,225 BBC
/// articles). Those holding borrows are stored with `'static` in their
/// place and `recycle`d to the article's lifetimes.
#[derive(Default)]
pub(super) struct Scratch {
    pub(super) unattested: Vec<(u64, &'static str)>,
    pub(super) surfaces: Vec<&'static str>,
    pub(super) by_surface: Vec<Slot<'static>>,
    pub(super) by_key: Vec<Slot<'static>>,
    pub(super) key_at: Vec<Option<usize>>,
    pub(super) keys: Vec<&'static Key>,
    pub(super) groups: Vec<Group<'static>>,
    pub(super) by_gaz: FxMap<u32, usize>,
    pub(super) assign: Vec<usize>,
    /// By surname, by given name, by last word, by an org's first word.
    pub(super) words: [Words<'static>; 4],
    pub(super) org_head: Vec<bool>,
    pub(super) surnames: Vec<&'static [Entry<'static>]>,
    pub(super) order: Vec<usize>,
    pub(super) index: Vec<usize>,
    pub(super) named: Vec<(usize, &'static str)>,
}

thread_local! {
    pub(super) static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// An empty vector on `v`'s allocation, for elements of the same layout (a
/// borrow of another lifetime): the standard library collects a vector's
/// mapped `into_iter` in place.
pub(super) fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().map(|_| unreachable!("cleared")).collect()
}

#[cfg(test)]
mod tests {
    use super::recycle;

    /// A recycled vector keeps its allocation: the scratch vectors then
    /// cost no allocation per article.
    #[test]
    fn recycle_keeps_the_allocation() {
        let text = String::from("Ann Lee met Bo Fry");
        let mut words: Vec<(&str, usize, usize)> = Vec::with_capacity(16);
        words.push((&text[..3], 0, 0));
        let (at, room) = (words.as_ptr() as usize, words.capacity());
        let kept: Vec<(&'static str, usize, usize)> = recycle(words);
        assert!(kept.is_empty());
        assert_eq!((kept.as_ptr() as usize, kept.capacity()), (at, room));
    }
}
