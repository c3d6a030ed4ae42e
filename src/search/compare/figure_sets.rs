//! Which of a story's figures of one kind (`%`, `people killed`) are one
//! group: the sets the pairwise test joins, closest values first, with no
//! sentence giving two values to one set (but a range's two ends).

use super::figures::Figure;

/// `members` split into the sets `linked` joins, directly or through
/// others, each in the story's order (members are indexes in it). Pairs
/// join closest values first, and never so that one set holds two figures
/// of one sentence: a sentence giving two values of one kind (`Altria rose
/// 5% and Reynolds 4.5%`) is about two things, and a group about one; the
/// two ends of a range (`between 3% and 3.5%`) are one part of it.
pub(super) fn components(
    all: &[Figure],
    members: &[usize],
    linked: impl Fn(usize, usize) -> bool,
) -> Vec<Vec<usize>> {
    fn find(root: &mut [usize], i: usize) -> usize {
        let mut r = i;
        while root[r] != r {
            r = root[r];
        }
        root[i] = r;
        r
    }
    // Two figures of one sentence, not of one range.
    let apart = |x: usize, y: usize| {
        let (f, g) = (&all[members[x]], &all[members[y]]);
        (f.place.article, f.place.paragraph, &f.text) == (g.place.article, g.place.paragraph, &g.text)
            && f.part != g.part
    };
    let ratio = |i: usize, j: usize| {
        let (a, b) = (all[members[i]].number.abs(), all[members[j]].number.abs());
        if a.min(b) == 0.0 {
            f64::INFINITY
        } else {
            a.max(b) / a.min(b)
        }
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
        let clash = held[a].iter().any(|&x| held[b].iter().any(|&y| apart(x, y)));
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

#[cfg(test)]
mod tests {
    use super::super::figures::{figures, group};
    use super::super::text::Sentence;

    /// Two firms' share rises in one sentence, in both versions: a group
    /// for each firm, not one of all four values.
    #[test]
    fn two_values_of_one_sentence_are_about_two_things() {
        let figures = |article, text: &str| {
            let s = Sentence {
                paragraph: 0,
                start: 0,
                text,
            };
            figures(article, &s)
        };
        let mut all = figures(
            0,
            "Shares closed higher, with Brackley rising 5% and Corwen showing gains of 4.5%.",
        );
        all.extend(figures(
            1,
            "The ruling sent Corwen shares up 4.5% and Brackley shares up 5.11%.",
        ));
        let groups: Vec<(String, Vec<f64>)> = group(all)
            .into_iter()
            .map(|g| (g.about, g.values.iter().map(|v| v.number).collect()))
            .collect();
        assert_eq!(
            groups,
            [
                ("% Brackley".to_owned(), vec![5.0, 5.11]),
                ("% Corwen".to_owned(), vec![4.5, 4.5])
            ]
        );
        // The two ends of a range are one thing.
        let mut all = figures(0, "Bakers expect sales growth of between 3% and 3.5% next year.");
        all.extend(figures(
            1,
            "Sales growth will be between 3% and 3.5% next year, bakers said.",
        ));
        let groups = group(all);
        assert_eq!(groups.len(), 1, "{groups:#?}");
        assert_eq!(groups[0].values.len(), 4);
    }

    /// Only `to`, `between … and` and a dash join two figures into one
    /// range; `and` or `or` alone lists two values.
    #[test]
    fn only_range_words_make_a_range() {
        let parts = |text: &str| -> Vec<usize> {
            let s = Sentence {
                paragraph: 0,
                start: 0,
                text,
            };
            figures(0, &s).into_iter().map(|f| f.part).collect()
        };
        for range in [
            "Bakers expect sales growth of between 3% and 3.5% next year.",
            "Sales growth slowed from 4% to 3.5% last year.",
            "Sales growth will be 3% to 3.5% next year.",
            "Sales growth will be 3% - 3.5% next year.",
        ] {
            assert_eq!(parts(range), [0, 0], "{range}");
        }
        for listed in [
            "Sales grew 5% and 6% in the two towns.",
            "Sales will grow 5% or 6% next year.",
        ] {
            assert_eq!(parts(listed), [0, 1], "{listed}");
        }
    }
}
