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

/// The pairs `(a, b, score)` where each is the other's best: one report
/// per outlet and event, so a match that is not mutual is a topic's
/// neighbour. Ties go to the smaller article index, so the answer does not
/// depend on the pairs' order.
pub(super) fn mutual_best(pairs: &[(u32, u32, f32)], articles: usize) -> Vec<(u32, u32)> {
    const NONE: u32 = u32::MAX;
    let mut best = vec![(f32::NEG_INFINITY, NONE); articles];
    let mut offer = |from: u32, to: u32, score: f32| {
        let (s, other) = &mut best[from as usize];
        if score > *s || (score == *s && to < *other) {
            (*s, *other) = (score, to);
        }
    };
    for &(a, b, score) in pairs {
        offer(a, b, score);
        offer(b, a, score);
    }
    (pairs.iter())
        .filter(|&&(a, b, _)| best[a as usize].1 == b && best[b as usize].1 == a)
        .map(|&(a, b, _)| (a, b))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_mutual_best_matches_are_kept() {
        // 0's best is 1 and 1's best is 0; 2's best is 1, but 1 prefers 0;
        // 3 and 4 tie with 5, which takes the smaller.
        let pairs = [(0, 1, 0.5), (1, 2, 0.4), (0, 2, 0.3), (3, 5, 0.3), (4, 5, 0.3)];
        assert_eq!(mutual_best(&pairs, 6), [(0, 1), (3, 5)]);
    }
}
