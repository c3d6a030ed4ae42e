//! Candidate pairs without comparing every pair: MinHash signatures of the
//! anchor sets, cut into bands; articles whose band hashes agree land in one
//! bucket. One-permutation hashing (each anchor hashed once, into one of
//! `BINS` bins) keeps a signature's cost to one pass over the anchors.

use super::anchors::AnchorSets;

/// Bins of a signature, and rows per band: two articles whose anchor sets
/// have Jaccard similarity J share some band with probability
/// 1 - (1 - J^ROWS)^(BINS/ROWS): 0.96 at J = 0.3, 0.03 at J = 0.05.
const BINS: usize = 64;
const ROWS: usize = 2;
/// In a bucket of more articles than this (45 re-filings of one story, or
/// a much-named club), each is paired only with the `WINDOW` after it in
/// signature order, not with all: near copies sit next to each other.
const MAX_BUCKET: usize = 24;
const WINDOW: usize = 4;

/// The article's signature: per bin the least mixed hash that fell in it;
/// an empty bin borrows the next full one's (densification), so two sets
/// with few anchors still agree where they should.
fn signature(sets: &AnchorSets, article: u32) -> Option<[u64; BINS]> {
    let ids = sets.of(article);
    if ids.is_empty() {
        return None;
    }
    let mut bins = [u64::MAX; BINS];
    for &id in ids {
        let h = mix(sets.anchors[id as usize].hash);
        let bin = (h % BINS as u64) as usize;
        bins[bin] = bins[bin].min(h / BINS as u64);
    }
    for b in 0..BINS {
        if bins[b] == u64::MAX {
            let (mut from, mut step) = ((b + 1) % BINS, 1u64);
            while bins[from] == u64::MAX {
                from = (from + 1) % BINS;
                step += 1;
            }
            bins[b] = bins[from].wrapping_add(step.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        }
    }
    Some(bins)
}

/// splitmix64's finaliser: spreads FxHash's output over all bits.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Calls `visit` with pairs `(a, b)`, `a < b`, of `members` that share a
/// band (a pair may come more than once). Each member is an article with a
/// key that orders it the same whatever order the articles loaded in (from
/// its text and date), so the pairs do not depend on that order either.
pub(super) fn candidates(members: &[(u32, u64)], sets: &AnchorSets, mut visit: impl FnMut(u32, u32)) {
    let mut signatures: Vec<([u64; BINS], u64, u32)> = (members.iter())
        .filter_map(|&(m, key)| Some((signature(sets, m)?, key, m)))
        .collect();
    signatures.sort_unstable();
    // (band hash, place in signature order): sorted, the runs of one hash
    // are the buckets, each in signature order.
    let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(signatures.len());
    for band in 0..BINS / ROWS {
        keyed.clear();
        keyed.extend(signatures.iter().enumerate().map(|(place, (sig, _, _))| {
            let rows = &sig[band * ROWS..(band + 1) * ROWS];
            (rows.iter().fold(band as u64, |h, &r| mix(h ^ r)), place as u32)
        }));
        keyed.sort_unstable();
        for bucket in keyed.chunk_by(|x, y| x.0 == y.0).filter(|b| b.len() > 1) {
            let window = if bucket.len() > MAX_BUCKET {
                WINDOW
            } else {
                bucket.len()
            };
            for (n, &(_, a)) in bucket.iter().enumerate() {
                for &(_, b) in bucket.iter().skip(n + 1).take(window) {
                    let (a, b) = (signatures[a as usize].2, signatures[b as usize].2);
                    visit(a.min(b), a.max(b));
                }
            }
        }
    }
}
