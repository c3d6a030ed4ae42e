//! Name normalisation shared by the article and corpus levels: which surface
//! forms are the same name (`Bashar al-Assad` = `Bashar Assad`, `Sergey` ≈ `Sergei`).

use super::lexicon;

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
    /// The key of no name.
    pub const EMPTY: Key = Key {
        text: String::new(),
        parts: 0,
        first_end: 0,
        last_start: 0,
    };

    pub fn new(name: &str) -> Key {
        let mut key = Key {
            text: String::with_capacity(name.len()),
            ..Key::default()
        };
        key.set(name);
        key
    }

    /// Makes this the key of `name`, reusing the text's allocation.
    pub fn set(&mut self, name: &str) {
        if !self.set_ascii(name) {
            self.clear();
            for part in name.split([' ', '-', '\u{a0}']) {
                self.push_part(part);
            }
        }
    }

    fn clear(&mut self) {
        self.text.clear();
        (self.parts, self.first_end, self.last_start) = (0, 0, 0);
    }

    /// `set` for an ASCII name, the usual one: one pass per part on a byte
    /// table, no char decoding, no pattern searcher. False, the key half
    /// made, at a byte that is not ASCII.
    fn set_ascii(&mut self, name: &str) -> bool {
        self.clear();
        let b = name.as_bytes();
        self.text.reserve(b.len());
        let mut i = 0;
        while i <= b.len() {
            let start = i;
            // Whether the part is letters and digits only, and any byte's
            // high bit, found on the way.
            let (mut all, mut any) = (ALNUM, 0);
            while let Some(&c) = b.get(i) {
                let class = NAME_BYTE[usize::from(c)];
                if class & SEPARATOR != 0 {
                    break;
                }
                all &= class;
                any |= c;
                i += 1;
            }
            if any >= 0x80 {
                return false;
            }
            self.push_ascii(&name[start..i], all != 0);
            i += 1;
        }
        true
    }

    /// A particle (`al`, `van`), wherever it is lowercase and, capitalised
    /// (`Theo Van Gogh`), after the first part: `Al Gore` keeps its `Al`.
    fn is_particle(&self, part: &[u8]) -> bool {
        let Some(&head) = part.first() else {
            return false;
        };
        if head.is_ascii_lowercase() {
            return std::str::from_utf8(part).is_ok_and(lexicon::is_particle);
        }
        if self.parts == 0 || !head.is_ascii_uppercase() || part.len() > 4 {
            return false;
        }
        let mut lower = [0u8; 4];
        lower[..part.len()].copy_from_slice(part);
        lower.make_ascii_lowercase();
        std::str::from_utf8(&lower[..part.len()]).is_ok_and(lexicon::is_particle)
    }

    fn skip(&self, part: &str) -> bool {
        part.is_empty() || self.is_particle(part.as_bytes())
    }

    /// `part` is ASCII; `alnum`: it holds letters and digits only.
    fn push_ascii(&mut self, part: &str, alnum: bool) {
        if part.is_empty() || self.is_particle(part.as_bytes()) {
            return;
        }
        let mark = self.text.len();
        if mark > 0 {
            self.text.push(' ');
        }
        let before = self.text.len();
        if alnum {
            // The usual part: copied whole, then lowercased in place.
            self.text.push_str(part);
            self.text[before..].make_ascii_lowercase();
        } else {
            let kept = part.bytes().filter(u8::is_ascii_alphanumeric);
            self.text.extend(kept.map(|c| char::from(c.to_ascii_lowercase())));
        }
        self.close_part(mark, before);
    }

    fn push_part(&mut self, part: &str) {
        if self.skip(part) {
            return;
        }
        let mark = self.text.len();
        if mark > 0 {
            self.text.push(' ');
        }
        let before = self.text.len();
        if part.is_ascii() {
            self.text.extend(
                part.bytes()
                    .filter(u8::is_ascii_alphanumeric)
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
        } else {
            self.text.extend(
                part.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase),
            );
        }
        self.close_part(mark, before);
    }

    /// Drops a part that kept no characters; else records its bounds.
    fn close_part(&mut self, mark: usize, before: usize) {
        if self.text.len() == before {
            self.text.truncate(mark);
            return;
        }
        self.mark_part(before, self.text.len());
    }

    /// Records a kept part at `start..end` of the text.
    fn mark_part(&mut self, start: usize, end: usize) {
        self.parts += 1;
        if self.parts == 1 {
            self.first_end = end;
        }
        self.last_start = start;
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

/// `NAME_BYTE` classes: a part separator (space, hyphen), a letter or digit.
const SEPARATOR: u8 = 1;
const ALNUM: u8 = 2;

/// Each byte's class for `Key::set_ascii`.
const NAME_BYTE: [u8; 256] = {
    let mut t = [0; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b == b' ' || b == b'-' {
            SEPARATOR
        } else if b.is_ascii_alphanumeric() {
            ALNUM
        } else {
            0
        };
        c += 1;
    }
    t
};

/// Whether two given names are spellings of one name (`sergei`/`sergey`):
/// equal, or within one edit (two for long names) and sharing the first letter.
pub fn variant(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        // Bytes are chars here: no decoding, no allocation for the usual names.
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.first() != b.first() || a.len().min(b.len()) < 4 {
            return false;
        }
        return edit_distance(a, b) <= limit(a.len().min(b.len()));
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.first() != b.first() || a.len().min(b.len()) < 4 {
        return false;
    }
    edit_distance(&a, &b) <= limit(a.len().min(b.len()))
}

/// Whether a surname alone is a misspelling of a full name's surname in the
/// same article (`Hassel`, `Hassall` for `Brian Hassell`): a doubled letter
/// written once (or a letter doubled) in names of five letters or more
/// (`Abbot` for `Abbott`), or one vowel for another in names of six or more.
/// A changed consonant is another name (`Porter` is not `Potter`, `Walker`
/// not `Walter`), and shorter names are too close to tell.
#[inline]
pub fn surname_variant(a: &str, b: &str) -> bool {
    // Most pairs differ in length by more: nothing else is read.
    a.len().abs_diff(b.len()) <= 1 && a.len().min(b.len()) >= 5 && close_spellings(a.as_bytes(), b.as_bytes())
}

fn close_spellings(a: &[u8], b: &[u8]) -> bool {
    if !a.is_ascii() || !b.is_ascii() || a == b {
        return false;
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    if a.len() == b.len() {
        if a.len() < 6 {
            return false;
        }
        let mut diff = a.iter().zip(b).filter(|(x, y)| x != y);
        return diff.next().is_some_and(|(&x, &y)| vowel(x) && vowel(y)) && diff.next().is_none();
    }
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 {
        return false;
    }
    // The first place they differ; the long name's extra letter is there.
    let i = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    let doubled = (i > 0 && long[i] == long[i - 1]) || long.get(i + 1) == Some(&long[i]);
    doubled && long[..i] == short[..i] && long[i + 1..] == short[i..]
}

fn limit(shorter: usize) -> usize {
    if shorter >= 6 { 2 } else { 1 }
}

fn edit_distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    // Two rows on the stack for names of usual length.
    const ROW: usize = 48;
    if b.len() >= ROW {
        return edit_distance_with(a, b, &mut vec![0; b.len() + 1], &mut vec![0; b.len() + 1]);
    }
    edit_distance_with(a, b, &mut [0; ROW], &mut [0; ROW])
}

fn edit_distance_with<'r, T: PartialEq>(
    a: &[T],
    b: &[T],
    mut prev: &'r mut [usize],
    mut cur: &'r mut [usize],
) -> usize {
    for (j, p) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *p = j;
    }
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
    a.len() > 1
        && b.len() > 1
        && (a.last() == b.last() && variant(a.first(), b.first())
            || a.first() == b.first() && surname_variant(a.last(), b.last()))
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
        assert_eq!(Key::new("Theo Van Gogh"), Key::new("Theo van Gogh"));
        assert_eq!(Key::new("Al Gore").as_str(), "al gore");
    }

    /// The ASCII path makes the key the general one does.
    #[test]
    fn the_ascii_path_is_the_general_one() {
        let names = [
            "Bashar al-Assad",
            "- Sergei  Lavrov's",
            "Theo Van Gogh",
            "Al Gore",
            "U.N.",
            "Jean-Pierre de la Tour",
            "Ann Lee-Smith Jr.",
            "van der Berg",
            "AT&T",
            "...",
            "",
            "O'Neill",
            "Dora Lo 3",
        ];
        for name in names {
            let mut general = Key::default();
            for part in name.split([' ', '-', '\u{a0}']) {
                general.push_part(part);
            }
            assert_eq!(Key::new(name), general, "{name}");
        }
        // A name that is not ASCII takes the general path, after a start.
        assert_eq!(Key::new("Ann Peña-Lee").as_str(), "ann peña lee");
        assert_eq!(Key::new("José al-Assad"), Key::new("José Assad"));
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
        // One given name, the surname spelt with a doubled letter once.
        assert!(same_person(&Key::new("Jane Abbot"), &Key::new("Jane Abbott")));
        assert!(!same_person(&Key::new("Jane Abbot"), &Key::new("Joan Abbott")));
    }

    #[test]
    fn a_surname_one_letter_off_is_a_misspelling_only_when_long() {
        assert!(surname_variant("hassel", "hassell"));
        assert!(surname_variant("hassall", "hassell"));
        assert!(!surname_variant("davis", "davies"));
        assert!(!surname_variant("hassel", "hassel"));
        assert!(!surname_variant("fischer", "fisher"));
        assert!(!surname_variant("marshall", "marsh"));
        assert!(!surname_variant("porter", "potter"));
        assert!(!surname_variant("walker", "walter"));
        assert!(surname_variant("phillips", "philips"));
        assert!(surname_variant("abbot", "abbott"));
        assert!(!surname_variant("scot", "scott"));
        assert!(!surname_variant("baker", "boker"));
    }
}
