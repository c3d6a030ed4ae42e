//! Which of a story's figures of one kind (`%`, `people killed`) are one
//! group: the sets the pairwise test joins, closest values first, with no
//! sentence giving two values to one set.

use super::figures::Figure;

/// `members` split into the sets `linked` joins, directly or through
/// others, each in the story's order (members are indexes in it). Pairs
/// join closest values first, and never so that one set holds two figures
/// of one sentence: a sentence giving two values of one kind (`Altria rose
/// 5% and Reynolds 4.5%`) is about two things, and a group about one.
pub(super) fn components(all: &[Figure], members: &[usize], linked: impl Fn(usize, usize) -> bool) -> Vec<Vec<usize>> {
    fn find(root: &mut [usize], i: usize) -> usize {
        let mut r = i;
        while root[r] != r {
            r = root[r];
        }
        root[i] = r;
        r
    }
    let sentence = |m: usize| {
        let f = &all[members[m]];
        (f.place.article, f.place.paragraph, f.text.as_str())
    };
    let ratio = |i: usize, j: usize| {
        let (a, b) = (all[members[i]].number.abs(), all[members[j]].number.abs());
        if a.min(b) == 0.0 { f64::INFINITY } else { a.max(b) / a.min(b) }
    };
    let mut pairs: Vec<(usize, usize)> = (0..members.len())
        .flat_map(|i| (i + 1..members.len()).map(move |j| (i, j)))
        .filter(|&(i, j)| linked(members[i], members[j]))
        .collect();
    pairs.sort_by(|&(a, b), &(c, d)| ratio(a, b).total_cmp(&ratio(c, d)).then((a, b).cmp(&(c, d))));
    let mut root: Vec<usize> = (0..members.len()).collect();
    // Each set's members, by its root.
    let mut held: Vec<Vec<usize>> = (0..members.len()).map(|i| vec![i]).collect();
    for (i, j) in pairs {
        let (a, b) = (find(&mut root, i), find(&mut root, j));
        let clash = held[a].iter().any(|&x| held[b].iter().any(|&y| sentence(x) == sentence(y)));
        if a == b || clash {
            continue;
        }
        let (keep, gone) = (a.min(b), a.max(b));
        root[gone] = keep;
        let moved = std::mem::take(&mut held[gone]);
        held[keep].extend(moved);
    }
    let mut sets: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (i, &m) in members.iter().enumerate() {
        let r = find(&mut root, i);
        sets.entry(r).or_default().push(m);
    }
    sets.into_values().collect()
}
