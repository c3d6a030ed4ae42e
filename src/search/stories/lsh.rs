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
const BANDS: usize = BINS / ROWS;
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
/// band, mostly once (see `Recent`). Each member is an article with a key
/// that orders it the same whatever order the articles loaded in (from its
/// text and date), so the pairs do not depend on that order either.
pub(super) fn candidates(members: &[(u32, u64)], sets: &AnchorSets, mut visit: impl FnMut(u32, u32)) {
    let signatures: Vec<([u64; BINS], u64, u32)> = (members.iter())
        .filter_map(|&(m, key)| Some((signature(sets, m)?, key, m)))
        .collect();
    // Signature order (then key, then article). Sorted by the first two
    // bins, the whole signature read only on a tie: moving 528-byte
    // signatures, or reading them at every comparison, cost more.
    let mut order: Vec<(u64, u64, u32)> = (signatures.iter().enumerate())
        .map(|(s, (sig, _, _))| (sig[0], sig[1], s as u32))
        .collect();
    order.sort_unstable_by(|x, y| {
        (x.0, x.1)
            .cmp(&(y.0, y.1))
            .then_with(|| signatures[x.2 as usize].cmp(&signatures[y.2 as usize]))
    });
    // By place in that order: each article, and its band hashes band by band.
    let article: Vec<u32> = order.iter().map(|&(_, _, s)| signatures[s as usize].2).collect();
    let places = order.len();
    let mut band_hashes = vec![0u64; places * BANDS];
    for (place, &(_, _, s)) in order.iter().enumerate() {
        let sig = &signatures[s as usize].0;
        for band in 0..BANDS {
            let rows = &sig[band * ROWS..(band + 1) * ROWS];
            band_hashes[band * places + place] = rows.iter().fold(band as u64, |h, &r| mix(h ^ r));
        }
    }
    drop(signatures);
    let mut recent = vec![Recent::default(); places];
    // (band hash, place): sorted, the runs of one hash are the buckets,
    // each in signature order.
    let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(places);
    for hashes in band_hashes.chunks_exact(places.max(1)) {
        keyed.clear();
        keyed.extend(hashes.iter().enumerate().map(|(place, &h)| (h, place as u32)));
        keyed.sort_unstable();
        for bucket in keyed.chunk_by(|x, y| x.0 == y.0).filter(|b| b.len() > 1) {
            let window = if bucket.len() > MAX_BUCKET {
                WINDOW
            } else {
                bucket.len()
            };
            for (n, &(_, a)) in bucket.iter().enumerate() {
                for &(_, b) in bucket.iter().skip(n + 1).take(window) {
                    // Places ascend within a bucket: `a < b`.
                    if recent[a as usize].first_time(b) {
                        let (a, b) = (article[a as usize], article[b as usize]);
                        visit(a.min(b), a.max(b));
                    }
                }
            }
        }
    }
}

/// The last partners an article (by place) met after it in a bucket: near
/// copies share many bands, and in a crowded folder each of an article's
/// 44 renamed copies came back in band after band, its anchors compared
/// each time. Bounded, so a pair may come again once its article has met
/// more partners than this holds; coming again changes nothing.
#[derive(Clone, Copy)]
#[repr(align(64))]
struct Recent {
    places: [u32; 15],
    next: u32,
}

impl Default for Recent {
    fn default() -> Recent {
        Recent {
            places: [u32::MAX; 15],
            next: 0,
        }
    }
}

impl Recent {
    /// Whether `place` is not among the last met, noting it if so.
    fn first_time(&mut self, place: u32) -> bool {
        if self.places.contains(&place) {
            return false;
        }
        self.places[self.next as usize] = place;
        self.next = (self.next + 1) % self.places.len() as u32;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partner_met_again_is_skipped_until_fifteen_others_came_after_it() {
        let mut recent = Recent::default();
        assert!(recent.first_time(7));
        assert!(!recent.first_time(7), "met in an earlier band");
        for place in 100..114 {
            assert!(recent.first_time(place));
        }
        assert!(!recent.first_time(7), "still among the last 15");
        assert!(recent.first_time(200));
        assert!(
            recent.first_time(7),
            "pushed out: visited again, which changes nothing"
        );
    }
}
