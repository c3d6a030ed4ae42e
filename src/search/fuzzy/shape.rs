//! Where a short ASCII pattern's letters stand in a title: not at all, in
//! order but scattered, or in pieces that mean something. Asked of every
//! title on the widest passes (the first letters typed), so it is answered
//! from bit masks of the title's bytes, 16 at a time, where the title
//! allows (64 bytes or fewer, no pattern letter right after a wide char);
//! else by the byte loop `meaningful_in`, which the masks must agree with.

/// Pattern lengths this answers for (`Pattern::title_score` from 2 on).
pub(super) const LONGEST: usize = 3;
/// In `Shape::classes`, beside a bit per place: an ASCII letter or digit;
/// a byte of a char over 127.
const ALNUM: u8 = 1 << 6;
const WIDE: u8 = 1 << 7;
const PLACES: u8 = (1 << LONGEST) - 1;
/// Titles up to this many bytes are answered from masks.
const MASKED: usize = 64;

/// A short ASCII pattern, prepared for every title.
pub(super) struct Shape {
    len: usize,
    /// Per byte: a bit for each place in the pattern it matches (as skim
    /// compares case), and `ALNUM` or `WIDE`: for `meaningful_in`.
    classes: [u8; 256],
    /// Per place: the byte, and whether a title byte is compared to it with
    /// ASCII case folded (a letter of a pattern without capitals).
    letters: [(u8, bool); LONGEST],
}

impl Shape {
    /// For an ASCII pattern of 1 to `LONGEST` bytes.
    pub(super) fn new(text: &str, case_sensitive: bool) -> Option<Shape> {
        if !(1..=LONGEST).contains(&text.len()) || !text.is_ascii() {
            return None;
        }
        let mut classes = [0u8; 256];
        for (b, class) in classes.iter_mut().enumerate() {
            if b >= 128 {
                *class = WIDE;
            } else if (b as u8).is_ascii_alphanumeric() {
                *class = ALNUM;
            }
        }
        let mut letters = [(0, false); LONGEST];
        for (k, b) in text.bytes().enumerate() {
            let fold = !case_sensitive && b.is_ascii_alphabetic();
            classes[usize::from(b)] |= 1 << k;
            if fold {
                classes[usize::from(b.to_ascii_uppercase())] |= 1 << k;
            }
            letters[k] = (b, fold); // without capitals, a folded letter is `b`
        }
        Some(Shape {
            len: text.len(),
            classes,
            letters,
        })
    }

    /// `meaningful_in` for this pattern of 2 or 3 letters.
    pub(super) fn meaningful(&self, title: &str) -> Option<bool> {
        let bytes = title.as_bytes();
        // The pattern's length as a constant: the loops over its letters unroll.
        let masks = match self.len {
            2 => Masks::of::<2>(&self.letters, bytes),
            _ => Masks::of::<3>(&self.letters, bytes),
        };
        if let Some(m) = masks {
            let any = m.places.iter().fold(0, |all, p| all | p);
            if any & m.after_wide == 0 {
                return m.meaningful(self.len);
            }
        }
        meaningful_in(&self.classes, self.len, title)
    }

    /// For a one-letter pattern, the place it stands best in `title`: 3 at
    /// the start, 2 at a word's start, 1 elsewhere (`Pattern::one_char_score`);
    /// `None` where the masks cannot say.
    pub(super) fn one_letter(&self, title: &str) -> Option<Option<i64>> {
        let m = Masks::of::<1>(&self.letters, title.as_bytes())?;
        let at = m.places[0];
        (at & m.after_wide == 0).then_some(if at & 1 != 0 {
            Some(3)
        } else if at & m.word != 0 {
            Some(2)
        } else {
            (at != 0).then_some(1)
        })
    }
}

/// A title's bytes as bit masks, bit i for byte i.
#[derive(Default)]
struct Masks {
    /// Per pattern place, the bytes that match it.
    places: [u64; LONGEST],
    /// Bytes that start a word: the first, and those after an ASCII byte
    /// that is no letter or digit.
    word: u64,
    /// Bytes after a byte of a wide char: whether they start a word needs
    /// the char (`starts_word`).
    after_wide: u64,
}

impl Masks {
    /// For titles of up to `MASKED` bytes, the first `N` letters' masks.
    #[inline]
    fn of<const N: usize>(letters: &[(u8, bool); LONGEST], bytes: &[u8]) -> Option<Masks> {
        let len = bytes.len();
        if len > MASKED {
            return None;
        }
        let mut m = Masks::default();
        let (mut alnum, mut wide) = (0u64, 0u64);
        let mut add = |at: usize, chunk: &[u8; 16], skip: usize| {
            let c = chunk_masks::<N>(letters, chunk);
            let put = |bits: u16| u64::from(bits >> skip) << at;
            for (all, &bits) in m.places.iter_mut().zip(&c.places) {
                *all |= put(bits);
            }
            alnum |= put(c.alnum);
            wide |= put(c.wide);
        };
        let mut at = 0;
        while at + 16 <= len {
            add(at, bytes[at..at + 16].try_into().expect("16 bytes"), 0);
            at += 16;
        }
        if at < len && len >= 16 {
            // The last 16 bytes, of which the first ones were seen already.
            add(
                at,
                bytes[len - 16..].try_into().expect("16 bytes"),
                16 - (len - at),
            );
        } else if at < len {
            let mut chunk = [0u8; 16];
            chunk[..len].copy_from_slice(bytes);
            add(0, &chunk, 0);
        }
        let valid = if len == 0 { 0 } else { u64::MAX >> (64 - len) };
        for p in &mut m.places {
            *p &= valid;
        }
        m.word = ((!alnum & !wide) << 1 | 1) & valid;
        m.after_wide = (wide << 1) & valid;
        Some(m)
    }

    /// `meaningful_in` from the masks: the same pieces, each found as the
    /// earliest place that can follow the pieces before it.
    fn meaningful(&self, len: usize) -> Option<bool> {
        let w = self.word;
        let [a, b, c] = self.places;
        if len == 2 {
            if b & above(a) == 0 {
                return None;
            }
            // Together anywhere, or each at a word's start.
            return Some(a & b >> 1 != 0 || b & w & above(a & w) != 0);
        }
        if c & above(b & above(a)) == 0 {
            return None;
        }
        let (ab, bc) = (a & b >> 1, b & c >> 1);
        Some(
            // One piece, anywhere.
            ab & c >> 2 != 0
                // Two pieces, one at least at a word's start.
                || c & after(ab & w, 2) != 0
                || c & w & after(ab, 2) != 0
                || bc & above(a & w) != 0
                || bc & w & above(a) != 0
                // Three pieces, two at least at a word's start.
                || c & above(b & w & above(a & w)) != 0
                || c & w & above(b & above(a & w)) != 0
                || c & w & above(b & w & above(a)) != 0,
        )
    }
}

/// The bits above the lowest bit of `x`; none if `x` is 0.
fn above(x: u64) -> u64 {
    let low = x & x.wrapping_neg();
    !(low | low.wrapping_sub(1))
}

/// The bits past a piece of `len` bytes at the lowest bit of `x`.
fn after(x: u64, len: u32) -> u64 {
    above(x) << (len - 1)
}

/// Masks of one 16-byte chunk.
struct Chunk {
    places: [u16; LONGEST],
    alnum: u16,
    wide: u16,
}

#[cfg(target_arch = "x86_64")]
fn chunk_masks<const N: usize>(letters: &[(u8, bool); LONGEST], chunk: &[u8; 16]) -> Chunk {
    use std::arch::x86_64::*;
    let mut places = [0u16; LONGEST];
    // SAFETY: SSE2 is part of every x86_64; the load reads `chunk`'s 16 bytes.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        for (place, &(b, fold)) in places.iter_mut().zip(&letters[..N]) {
            let seen = if fold { folded } else { v };
            *place = _mm_movemask_epi8(_mm_cmpeq_epi8(seen, _mm_set1_epi8(b as i8))) as u16;
        }
        // Signed compares: bytes over 127 are below every ASCII bound.
        let within = |x: __m128i, lo: u8, hi: u8| {
            _mm_and_si128(
                _mm_cmpgt_epi8(x, _mm_set1_epi8(lo as i8 - 1)),
                _mm_cmpgt_epi8(_mm_set1_epi8(hi as i8 + 1), x),
            )
        };
        let alnum = _mm_or_si128(within(folded, b'a', b'z'), within(v, b'0', b'9'));
        Chunk {
            places,
            alnum: _mm_movemask_epi8(alnum) as u16,
            wide: _mm_movemask_epi8(v) as u16,
        }
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn chunk_masks<const N: usize>(letters: &[(u8, bool); LONGEST], chunk: &[u8; 16]) -> Chunk {
    let mut c = Chunk {
        places: [0; LONGEST],
        alnum: 0,
        wide: 0,
    };
    for (i, &x) in chunk.iter().enumerate() {
        for (place, &(b, fold)) in c.places.iter_mut().zip(&letters[..N]) {
            let seen = if fold { x | 0x20 } else { x };
            *place |= u16::from(seen == b) << i;
        }
        c.alnum |= u16::from(x.is_ascii_alphanumeric()) << i;
        c.wide |= u16::from(!x.is_ascii()) << i;
    }
    c
}

/// For a short ASCII pattern (its `classes` and length): `None` where its
/// letters do not occur in order (as skim decides), else whether they stand
/// in pieces that each start a word, or together (`tr`: "Trade", "Tony
/// Rice", "Actress"); of three letters one piece may start mid-word
/// ("Georgia" for `gor`), as skim ranks those high too. One pass over the
/// bytes, a bit per pattern prefix (shift-and).
fn meaningful_in(classes: &[u8; 256], len: usize, candidate: &str) -> Option<bool> {
    let whole = 1u64 << (len - 1);
    // Bit k: pattern[..=k] is matched, its last letter here (`_here`) or
    // anywhere so far: as a subsequence; contiguously; in word-start pieces;
    // in pieces all but one of which start a word.
    let (mut seq, mut run_here) = (0u64, 0u64);
    let (mut words, mut words_here) = (0u64, 0u64);
    let (mut loose, mut loose_here) = (0u64, 0u64);
    // A piece may start after any matched prefix, or none.
    let start = |prefix: u64| prefix << 1 | 1;
    // The class of the byte before: nothing before starts a word.
    let mut before = 0;
    for (i, &b) in candidate.as_bytes().iter().enumerate() {
        let class = classes[usize::from(b)];
        let hit = u64::from(class & PLACES);
        if hit == 0 {
            (run_here, words_here, loose_here) = (0, 0, 0);
            before = class;
            continue;
        }
        let at_word = match before {
            WIDE => starts_word(candidate, i),
            _ => before & ALNUM == 0,
        };
        before = class;
        let at_word = if at_word { u64::MAX } else { 0 };
        loose_here = (loose_here << 1 | start(words) | start(loose) & at_word) & hit;
        words_here = (words_here << 1 | start(words) & at_word) & hit;
        run_here = (run_here << 1 | 1) & hit;
        seq |= start(seq) & hit;
        words |= words_here;
        loose |= loose_here;
        let found = if len >= 3 { loose } else { words | run_here };
        if found & whole != 0 {
            return Some(true);
        }
    }
    (seq & whole != 0).then_some(false)
}

/// Whether the char at byte `i` of `s` starts a word: follows no letter or digit.
pub(super) fn starts_word(s: &str, i: usize) -> bool {
    match s.as_bytes()[..i].last() {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !s[..i].ends_with(char::is_alphanumeric),
    }
}

#[cfg(test)]
mod tests {
    use super::super::Pattern;
    use super::*;

    fn shape(pat: &str) -> Shape {
        Shape::new(pat, pat.bytes().any(|b| b.is_ascii_uppercase())).expect("short ASCII pattern")
    }

    #[test]
    fn short_patterns_tell_meaningful_from_scattered() {
        for (pat, title, want) in [
            ("tr", "Trade gap", Some(true)),
            ("tr", "Call centre actress", Some(true)),
            ("tr", "Tony Rice", Some(true)),
            ("tr", "the-rain", Some(true)),
            ("tr", "The car", Some(false)),
            ("tr", "Rat", None),
            ("tr", "TRADE", Some(true)),
            ("Tr", "trade", None),
            ("Tr", "Trade", Some(true)),
            ("gor", "Georgia", Some(true)),
            ("gor", "Go on Radio", Some(true)),
            ("gor", "Singapore", Some(false)),
            ("gor", "ago, or", Some(true)),
            ("tra", "Tory Radio", Some(true)),
            ("tra", "Total Rebate", Some(true)),
            ("tra", "tax cut rather", Some(true)),
            ("tra", "Its rival has", Some(false)),
            // A letter after a non-ASCII letter is inside a word.
            ("tr", "Üt ßr", Some(false)),
            ("tr", "Süd: très", Some(true)),
            ("tr", "–t –r", Some(true)),
            ("tr", "£5bn", None),
        ] {
            let shape = shape(pat);
            assert_eq!(shape.meaningful(title), want, "{pat} in {title}");
            assert_eq!(
                meaningful_in(&shape.classes, pat.len(), title),
                want,
                "{pat} in {title}"
            );
        }
    }

    /// A small deterministic generator (xorshift).
    fn next(state: &mut u64) -> usize {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state as usize
    }

    #[test]
    fn masks_agree_with_the_byte_loop_on_generated_titles() {
        // Pattern letters in both cases, separators, digits, wide chars
        // (before a letter, the masks give way to the byte loop).
        let pieces = [
            "t", "r", "a", "T", "R", "A", "o", " ", "-", "9", "x", "(", "ta", "t", "r", " ", "é", "’", "Ü",
        ];
        let patterns = [
            "tr", "tra", "Tr", "TR", "aa", "ata", "t-r", "9t", "rr", "t", "T", "r", "-", "é",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d;
        let (mut decided, mut meaningful) = (0, 0);
        for _ in 0..200_000 {
            let n = next(&mut state) % 48; // some over 64 bytes
            let title: String = (0..n).map(|_| pieces[next(&mut state) % pieces.len()]).collect();
            let pat = patterns[next(&mut state) % patterns.len()];
            let case_sensitive = pat.bytes().any(|b| b.is_ascii_uppercase());
            let Some(shape) = Shape::new(pat, case_sensitive) else {
                continue; // wide: not a short ASCII pattern
            };
            if pat.len() == 1 {
                let want = Pattern::new(pat).one_char_by_chars(char::from(pat.as_bytes()[0]), &title);
                if let Some(got) = shape.one_letter(&title) {
                    assert_eq!(got, want, "{pat} in {title:?}");
                    decided += 1;
                }
                continue;
            }
            let want = meaningful_in(&shape.classes, pat.len(), &title);
            assert_eq!(shape.meaningful(&title), want, "{pat} in {title:?}");
            let masks = match shape.len {
                2 => Masks::of::<2>(&shape.letters, title.as_bytes()),
                _ => Masks::of::<3>(&shape.letters, title.as_bytes()),
            };
            if let Some(m) = masks {
                let any = m.places.iter().fold(0, |all, p| all | p);
                if any & m.after_wide == 0 {
                    assert_eq!(m.meaningful(pat.len()), want, "{pat} in {title:?}");
                    decided += 1;
                    meaningful += usize::from(want == Some(true));
                }
            }
        }
        // Most were answered from the masks, and the answers vary.
        assert!(decided > 90_000 && meaningful > 10_000, "{decided} {meaningful}");
    }
}
