//! skim's V2 score (fuzzy-matcher 0.3.7, `SkimMatcherV2::fuzzy` without
//! positions), transcribed for an ASCII pattern over an ASCII window of a
//! title: the same matrix, the same two rows used in turn, the same
//! writes, on bytes and on the stack. skim decodes every char into a
//! thread-local vector, classifies it through `char` matches and allocates
//! its bonuses per call; on the widest passes that was a third of a pass.
//!
//! skim reuses its matrix from call to call and reads one field (the
//! consecutive bonus of row 1) that its own call may not have written:
//! there the score can depend on the title scored before. Such a read is
//! tracked here (`LEFTOVER`), and where it could change the score the
//! replica declines and skim answers, as before.

use std::cell::RefCell;

/// Widest window handled here (the matrix's columns, one per byte + 1).
const COLS: usize = 192;
/// Longest pattern handled here.
const PATTERN_MAX: usize = 16;

// skim's `SkimScoreConfig::default()`.
const SCORE_MATCH: i32 = 16;
const GAP_START: i32 = -3;
const GAP_EXTENSION: i32 = -1;
const BONUS_FIRST_CHAR_MULTIPLIER: i32 = 2;
const BONUS_HEAD: i32 = SCORE_MATCH / 2;
const BONUS_BREAK: i32 = SCORE_MATCH / 2 + GAP_EXTENSION;
const BONUS_CAMEL: i32 = SCORE_MATCH / 2 + 2 * GAP_EXTENSION;
const BONUS_CONSECUTIVE: i32 = -(GAP_START + GAP_EXTENSION);
const PENALTY_CASE_MISMATCH: i32 = GAP_EXTENSION * 2;
/// skim's `MATRIX_CELL_NEG_INFINITY`.
const NEG_INF: i32 = i16::MIN as i32;
/// A bonus an earlier call left in skim's matrix: unknown here (skim's
/// own are 0 to 16).
const LEFTOVER: i32 = -1;

/// skim's `CharType` of an ASCII byte (`Empty` is the `'\0'` before the
/// first char, as skim starts).
#[derive(Clone, Copy)]
enum Kind {
    Empty,
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

const fn kind(b: u8) -> Kind {
    match b {
        b'\0' => Kind::Empty,
        b' ' | b'/' | b'\\' | b'|' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Kind::HardSep,
        b'!'..=b'\'' | b'*'..=b'.' | b':'..=b'@' | b'^'..=b'`' | b'~' => Kind::SoftSep,
        b'0'..=b'9' => Kind::Number,
        b'A'..=b'Z' => Kind::Upper,
        _ => Kind::Lower,
    }
}

/// skim's `in_place_bonus` through `CharRole::of_type`.
const fn in_place(prev: Kind, cur: Kind) -> i32 {
    match (prev, cur) {
        (Kind::Empty | Kind::HardSep, _) => BONUS_HEAD,
        (Kind::SoftSep, _) => BONUS_BREAK,
        (Kind::Lower | Kind::Number, Kind::Upper) => BONUS_CAMEL,
        _ => 0,
    }
}

/// skim's kind of each ASCII byte, as a number.
static KIND: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = kind(b as u8) as u8;
        b += 1;
    }
    table
};

/// `in_place` for every pair of kinds, the first in the high 3 bits.
static IN_PLACE: [i8; 64] = {
    const KINDS: [Kind; 6] = [
        Kind::Empty,
        Kind::Upper,
        Kind::Lower,
        Kind::Number,
        Kind::HardSep,
        Kind::SoftSep,
    ];
    let mut table = [0i8; 64];
    let mut i = 0;
    while i < KINDS.len() * 8 {
        if i % 8 < KINDS.len() {
            table[i] = in_place(KINDS[i / 8], KINDS[i % 8]) as i8;
        }
        i += 1;
    }
    table
};

#[derive(Clone, Copy)]
struct Cell {
    m: i32,
    p: i32,
    bonus: i32,
}

/// skim's `MatrixCell::reset`.
const RESET: Cell = Cell {
    m: NEG_INF,
    p: NEG_INF,
    bonus: 0,
};

/// skim's `fuzzy_match(choice, pattern)` with smart case already decided
/// (`case_sensitive`): `Some(score)` as skim scores it, `Some(None)` where
/// skim finds no match, `None` where this cannot say (a byte over 127, a
/// window or pattern too long, or a leftover of an earlier call that could
/// count): then ask skim.
pub(super) fn skim_score(choice: &[u8], pattern: &[u8], case_sensitive: bool) -> Option<Option<i64>> {
    let n = choice.len();
    if n >= COLS || pattern.is_empty() || pattern.len() > PATTERN_MAX || !choice.is_ascii() {
        return None;
    }
    let same = |c: u8, p: u8| same(c, p, case_sensitive);
    // skim's `cheap_matches`: each letter's first place after the last's.
    let mut first = [0usize; PATTERN_MAX];
    let mut found = 0;
    for (j, &c) in choice.iter().enumerate() {
        if found == pattern.len() {
            break;
        }
        if same(c, pattern[found]) {
            first[found] = j;
            found += 1;
        }
    }
    if found < pattern.len() {
        return Some(None);
    }
    ROWS.with_borrow_mut(|rows| fill(rows, choice, pattern, &first, case_sensitive))
}

/// skim's `char_equal`.
fn same(c: u8, p: u8, case_sensitive: bool) -> bool {
    c == p || !case_sensitive && c.eq_ignore_ascii_case(&p)
}

thread_local! {
    /// The matrix and bonuses, reused as skim reuses its own: set up for
    /// the columns each call uses, not all `COLS`.
    static ROWS: RefCell<Matrix> = const {
        RefCell::new(Matrix {
            rows: [[RESET; COLS]; 2],
            bonus: [0; COLS],
        })
    };
}

struct Matrix {
    rows: [[Cell; COLS]; 2],
    bonus: [i32; COLS],
}

/// skim's `build_score_matrix` and its pick of the best last-row cell.
fn fill(
    matrix: &mut Matrix,
    choice: &[u8],
    pattern: &[u8],
    first: &[usize],
    case_sensitive: bool,
) -> Option<Option<i64>> {
    let n = choice.len();
    let same = |c: u8, p: u8| same(c, p, case_sensitive);
    let Matrix { rows, bonus } = matrix;
    // `build_in_place_bonus`: column j + 1 is byte j.
    let mut prev = Kind::Empty as usize;
    for (j, &c) in choice.iter().enumerate() {
        let cur = usize::from(KIND[usize::from(c)]);
        bonus[j + 1] = i32::from(IN_PLACE[prev << 3 | cur]);
        prev = cur;
    }
    if n >= 1 {
        bonus[1] *= BONUS_FIRST_CHAR_MULTIPLIER;
    }
    // The compressed matrix: pattern letter i writes row (i + 1) & 1 and
    // reads row i & 1. Row 0 starts reset (its `p` at the gap extension);
    // of row 1 skim resets one cell, and the rest holds whatever the last
    // call left: its `m` and `p` are always written before they are read
    // (letter i starts past letter i - 2's first place), its bonus is not.
    for cell in &mut rows[0][..=n] {
        *cell = Cell {
            p: GAP_EXTENSION,
            ..RESET
        };
    }
    for cell in &mut rows[1][..=n] {
        cell.bonus = LEFTOVER;
    }
    rows[1][first[0]] = RESET;
    for (i, &p) in pattern.iter().enumerate() {
        let [even, odd] = rows;
        let (row, above) = if i % 2 == 0 { (odd, &*even) } else { (even, &*odd) };
        for col in first[i] + 1..=n {
            let c = choice[col - 1];
            if same(c, p) {
                let Cell {
                    m: above_m,
                    p: above_p,
                    ..
                } = above[col - 1];
                let left_bonus = row[col - 1].bonus;
                if left_bonus == LEFTOVER && above_m > NEG_INF / 2 {
                    return None; // a real score would take the unknown bonus
                }
                let consecutive = left_bonus.max(bonus[col]).max(BONUS_CONSECUTIVE);
                if left_bonus != LEFTOVER {
                    row[col - 1].bonus = consecutive;
                }
                let matched = if !case_sensitive && p != c {
                    SCORE_MATCH + PENALTY_CASE_MISMATCH
                } else {
                    SCORE_MATCH
                };
                row[col].m = (above_m + consecutive).max(above_p + bonus[col]) + matched;
            } else {
                row[col].m = NEG_INF;
                row[col].bonus = 0;
            }
            let left = row[col - 1];
            row[col].p = (GAP_START + GAP_EXTENSION + left.m).max(GAP_EXTENSION + left.p);
        }
    }
    let last = &rows[pattern.len() % 2][first[pattern.len() - 1]..=n];
    Some(last.iter().map(|cell| i64::from(cell.m)).max())
}

#[cfg(test)]
mod tests {
    use super::*;
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;

    /// A small deterministic generator (xorshift).
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }

        /// Up to `max` bytes of `from`.
        fn text(&mut self, from: &[u8], max: usize) -> String {
            let len = self.below(max + 1);
            (0..len)
                .map(|_| char::from(from[self.below(from.len())]))
                .collect()
        }
    }

    /// Letters of the patterns in both cases, every kind of separator,
    /// digits and other letters: heads, breaks, camel humps, runs, gaps.
    const TITLE_BYTES: &[u8] = b"trraagoTRAGOdeDE  -./(_'9x:Bb";
    const PATTERN_BYTES: &[u8] = b"trraagoTRAGOd9-";

    #[test]
    fn scores_as_skim_on_generated_titles() {
        let skim = SkimMatcherV2::default().smart_case();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let (mut compared, mut declined, mut matched) = (0, 0, 0);
        for _ in 0..300_000 {
            let title = rng.text(TITLE_BYTES, 48);
            let pattern = rng.text(PATTERN_BYTES, 6);
            if pattern.is_empty() {
                continue;
            }
            // skim reuses its matrix: score something else first, as the
            // filter does, so what it leaves behind varies.
            let before = rng.text(TITLE_BYTES, 48);
            skim.fuzzy_match(&before, &rng.text(PATTERN_BYTES, 4));
            let want = skim.fuzzy_match(&title, &pattern);
            let case_sensitive = pattern.bytes().any(|b| b.is_ascii_uppercase());
            match skim_score(title.as_bytes(), pattern.as_bytes(), case_sensitive) {
                Some(ours) => {
                    assert_eq!(ours, want, "{pattern:?} in {title:?}");
                    compared += 1;
                    matched += usize::from(want.is_some());
                }
                None => declined += 1,
            }
        }
        // The comparison means something: most pairs were answered here,
        // and many of them match.
        assert!(declined * 200 < compared, "declined {declined} of {compared}");
        assert!(matched * 5 > compared, "matched {matched} of {compared}");
    }

    #[test]
    fn declines_what_it_cannot_see() {
        assert_eq!(skim_score("Café tr".as_bytes(), b"tr", false), None);
        assert_eq!(skim_score(&[b'x'; COLS], b"x", false), None);
        assert_eq!(skim_score(b"abc", b"", false), None);
        assert_eq!(skim_score(b"Rat", b"tr", false), Some(None));
        assert_eq!(skim_score(b"rat", b"Ra", true), Some(None));
    }

    #[test]
    fn declines_where_skim_reads_an_earlier_calls_bonus() {
        // Three equal letters in a row of the title: skim's third row reads
        // a bonus its first row did not write.
        assert_eq!(skim_score(b"xaaab", b"aaa", false), None);
    }
}
