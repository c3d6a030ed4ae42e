//! Name normalisation shared by the article and corpus levels: which surface
//! forms are the same name (`Bashar al-Assad` = `Bashar Assad`, `Sergey` ≈ `Sergei`).

use super::lexicon::Lex;

/// A normalised name: its significant parts, lowercased, with particles
/// (`al`, `van`) and punctuation dropped, joined by single spaces:
/// `Bashar al-Assad` → `bashar assad`. One allocation per name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Key {
    text: String,
    parts: usize,
    /// Byte ranges of the first and last parts in `text`.
    first_end: usize,
    last_start: usize,
}

impl Key {
    pub fn new(name: &str) -> Key {
        let mut text = String::with_capacity(name.len());
        let (mut parts, mut first_end, mut last_start) = (0, 0, 0);
        for part in name.split([' ', '-', '\u{a0}']) {
            // Particles are lowercase: only those need a lookup.
            if part.is_empty() || part.as_bytes()[0].is_ascii_lowercase() && Lex::of(part).particle() {
                continue;
            }
            let mark = text.len();
            if mark > 0 {
                text.push(' ');
            }
            let before = text.len();
            if part.is_ascii() {
                text.extend(
                    part.bytes()
                        .filter(u8::is_ascii_alphanumeric)
                        .map(|b| char::from(b.to_ascii_lowercase())),
                );
            } else {
                text.extend(
                    part.chars()
                        .filter(|c| c.is_alphanumeric())
                        .flat_map(char::to_lowercase),
                );
            }
            if text.len() == before {
                text.truncate(mark);
                continue;
            }
            parts += 1;
            if parts == 1 {
                first_end = text.len();
            }
            last_start = before;
        }
        Key {
            text,
            parts,
            first_end,
            last_start,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of parts.
    pub fn len(&self) -> usize {
        self.parts
    }

    pub fn is_empty(&self) -> bool {
        self.parts == 0
    }

    pub fn first(&self) -> &str {
        &self.text[..self.first_end]
    }

    pub fn last(&self) -> &str {
        &self.text[self.last_start..]
    }
}

/// Whether two given names are spellings of one name (`sergei`/`sergey`):
/// equal, or within one edit (two for long names) and sharing the first letter.
pub fn variant(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.first() != b.first() || a.len().min(b.len()) < 4 {
        return false;
    }
    let limit = if a.len().min(b.len()) >= 6 { 2 } else { 1 };
    edit_distance(&a, &b) <= limit
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Whether two multi-part person names are the same person: same surname and
/// variant first names. Two people sharing only a first or a last name differ.
pub fn same_person(a: &Key, b: &Key) -> bool {
    a.len() > 1 && b.len() > 1 && a.last() == b.last() && variant(a.first(), b.first())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_and_punctuation_do_not_matter() {
        assert_eq!(Key::new("Bashar al-Assad"), Key::new("Bashar al Assad"));
        assert_eq!(Key::new("Bashar al-Assad").as_str(), "bashar assad");
        assert_eq!(Key::new("U.N.").as_str(), "un");
        assert_eq!(Key::new("- Sergei  Lavrov's").as_str(), "sergei lavrovs");
    }

    #[test]
    fn spelling_variants_merge_but_different_people_do_not() {
        assert!(same_person(
            &Key::new("Sergey Lavrov"),
            &Key::new("Sergei Lavrov")
        ));
        assert!(!same_person(&Key::new("George Bush"), &Key::new("Laura Bush")));
        assert!(!same_person(
            &Key::new("Gordon Brown"),
            &Key::new("Gordon Ramsay")
        ));
        assert!(!same_person(
            &Key::new("Jason Robinson"),
            &Key::new("Andy Robinson")
        ));
        assert!(same_person(&Key::new("Mohammed Ali"), &Key::new("Muhammad Ali")));
    }
}
