//! A surname written alone in articles that give it no kind (`Quashie` in a
//! line-up, `said Idowu`) is the one person who bears it only when the
//! word's articles and the person's name someone or something else in
//! common: the form alone cannot tell `Poll` of `Poll Winners` from the
//! referee Graham Poll, or `Hague` of `The Hague` from William Hague.

use super::corpus::KeyStats;
use super::hash::FxMap;

/// A one-word key (`word`), the keys of the one person group with that
/// surname, and the group.
pub(super) type Candidate<'g> = (usize, &'g [u32], usize);

/// The candidates whose word and person share context, as word → group.
/// Context is a key named in 2 articles or more and in at most one in 20
/// (at least 3): one named everywhere (`London`, `BBC`) links nothing.
/// One pass over the keys' article lists, marking only the words' articles.
pub(super) fn confirmed(keys: &[KeyStats], candidates: Vec<Candidate>) -> FxMap<usize, usize> {
    let articles = keys.iter().filter_map(|k| k.articles.last()).max();
    let n = articles.map_or(0, |&a| a as usize + 1);
    let most = (n / 20).max(3);
    let mut wanted = vec![false; n];
    for &(w, _, _) in &candidates {
        for &a in &keys[w].articles {
            wanted[a as usize] = true;
        }
    }
    let mut context: FxMap<u32, Vec<u32>> = FxMap::default();
    for (k, ks) in keys.iter().enumerate() {
        if (2..=most).contains(&ks.articles.len()) {
            for &a in ks.articles.iter().filter(|&&a| wanted[a as usize]) {
                context.entry(a).or_default().push(k as u32);
            }
        }
    }
    let mut theirs: Vec<u32> = Vec::new();
    let mut found = FxMap::default();
    for (w, person, g) in candidates {
        theirs.clear();
        theirs.extend(person.iter().flat_map(|&p| &keys[p as usize].articles));
        theirs.sort_unstable();
        theirs.dedup();
        if theirs.len() < keys[w].articles.len().max(2) {
            continue;
        }
        let named = keys[w].articles.iter().filter_map(|a| context.get(a)).flatten();
        let shared = named
            .filter(|&&c| c as usize != w && !person.contains(&c))
            .any(|&c| {
                keys[c as usize]
                    .articles
                    .iter()
                    .any(|a| theirs.binary_search(a).is_ok())
            });
        if shared {
            found.insert(w, g);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::analysis::EntityIndex;
    use crate::analysis::test_util::run;

    #[test]
    fn a_surname_alone_is_the_one_person_who_bears_it_when_their_articles_share_context() {
        let articles = [
            run(&["Peter Vrbnik and Marko Lentz scored on Saturday."]),
            run(&["Peter Vrbnik is fit again, the coach said."]),
            run(&[
                "Marko Lentz scored late on.",
                "Subs not used: Tarrant, Vrbnik, Cole.",
            ]),
            run(&["Peter Dunmore won the race in Leeds on Sunday."]),
            run(&["Peter Dunmore was pleased, his coach said."]),
            // `Dunmore` in an article that shares no one with his.
            run(&["Jan Pola won the cup.", "Subs not used: Tarrant, Dunmore, Cole."]),
        ];
        let mut index = EntityIndex::new();
        for (i, a) in articles.iter().enumerate() {
            index.add(i as u32, a);
        }
        index.resolve();
        let rows: Vec<&str> = index.entities().iter().map(|e| e.name.as_str()).collect();
        let vrbnik = index.lookup("Peter Vrbnik").map(|id| index.get(id));
        assert_eq!(vrbnik.map(|e| e.articles.len()), Some(3), "{rows:?}");
        assert!(!rows.contains(&"Vrbnik"), "{rows:?}");
        assert!(rows.contains(&"Dunmore"), "{rows:?}");
    }

    /// `Angus` is no given name name finding trusts: the cue (`said`) makes
    /// `Angus Vrbnik` a person, and his surname alone joins him.
    #[test]
    fn a_surname_alone_joins_a_person_whose_given_name_is_not_trusted_but_cued() {
        let articles = [
            run(&[
                "Marko Lentz scored on Saturday.",
                "Angus Vrbnik said he was pleased.",
            ]),
            run(&["Angus Vrbnik said the team was fit again."]),
            run(&[
                "Marko Lentz scored late on.",
                "Subs not used: Tarrant, Vrbnik, Cole.",
            ]),
        ];
        let mut index = EntityIndex::new();
        for (i, a) in articles.iter().enumerate() {
            index.add(i as u32, a);
        }
        index.resolve();
        let rows: Vec<&str> = index.entities().iter().map(|e| e.name.as_str()).collect();
        let vrbnik = index.lookup("Angus Vrbnik").map(|id| index.get(id));
        assert_eq!(vrbnik.map(|e| e.articles.len()), Some(3), "{rows:?}");
        assert!(!rows.contains(&"Vrbnik"), "{rows:?}");
    }
}
