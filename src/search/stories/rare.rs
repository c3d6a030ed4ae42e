//! Candidate pairs the MinHash bands miss: two long reports of one event
//! by different outlets share a small part of their anchors (a low Jaccard
//! similarity), but among them the rare ones the event brought (a website,
//! a place, a make of gun). Pairs sharing enough anchors that are each in
//! at most `RARE_ARTICLES` articles are found from those anchors' own short
//! lists, not by looking at every pair.

use super::anchors::{AnchorSets, RARE_ARTICLES};

/// Calls `visit` with each pair `(a, b)`, `a < b`, of `members` that shares
/// at least `min_shared` rare anchors and that `close` accepts (dates near
/// enough), once. Nothing where the folder is too small to tell rare
/// anchors (`AnchorSets::rare_known`).
pub(super) fn candidates(
    members: &[(u32, u64)],
    sets: &AnchorSets,
    min_shared: usize,
    close: impl Fn(u32, u32) -> bool,
    mut visit: impl FnMut(u32, u32),
) {
    if !sets.rare_known {
        return;
    }
    // (anchor, article) for every rare anchor: sorted, the runs of one
    // anchor are its articles, at most `RARE_ARTICLES` of them.
    let mut holders: Vec<(u32, u32)> = Vec::new();
    for &(m, _) in members {
        let rare = (sets.of(m).iter()).filter(|&&id| sets.anchors[id as usize].articles <= RARE_ARTICLES);
        holders.extend(rare.map(|&id| (id, m)));
    }
    holders.sort_unstable();
    let mut pairs: Vec<u64> = Vec::new();
    for holding in holders.chunk_by(|x, y| x.0 == y.0) {
        for (i, &(_, a)) in holding.iter().enumerate() {
            for &(_, b) in &holding[i + 1..] {
                let (a, b) = (a.min(b), a.max(b));
                if close(a, b) {
                    pairs.push(u64::from(a) << 32 | u64::from(b));
                }
            }
        }
    }
    pairs.sort_unstable();
    for run in pairs
        .chunk_by(|x, y| x == y)
        .filter(|run| run.len() >= min_shared)
    {
        visit((run[0] >> 32) as u32, run[0] as u32);
    }
}
