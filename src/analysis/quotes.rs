//! Finds quoted spans. Straight `"` marks are ambiguous, so each is read as
//! opening or closing from its neighbours; an opening mark inside an open
//! quote is a nested quote, unless it follows a sentence end, where (as in
//! BBC copy) it reopens the quote whose closing mark was left out.

/// One quoted piece inside one paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub para: usize,
    /// Byte offset of the opening mark (or of the text when there is none).
    pub open: usize,
    /// The quoted text, marks excluded, trimmed.
    pub start: usize,
    pub end: usize,
    /// Byte offset just after the closing mark, `None` when left open.
    pub close: Option<usize>,
    /// Carries on a quote left open at the end of the previous piece.
    pub continues: bool,
}

impl Piece {
    /// A quote just opened by the `len`-byte mark at `open`, not yet closed.
    fn opened(para: usize, open: usize, len: usize, continues: bool) -> Piece {
        Piece {
            para,
            open,
            start: open + len,
            end: open + len,
            close: None,
            continues,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    Either,
}

/// Whether the quote mark's neighbours say it opens or closes.
fn direction(prev: Option<char>, next: Option<char>) -> Dir {
    let before_space =
        prev.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/'));
    let after_space = next.is_none_or(|c| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–')
    });
    match (before_space, after_space) {
        (true, false) => Dir::Open,
        (false, true) => Dir::Close,
        _ => Dir::Either,
    }
}

/// Finds the quote marks of `para`: (offset, length, direction, single).
/// Bytes that can start a quote mark: `"`, `'`, and the lead bytes of
/// `“”„‘’` (0xE2) and `«»` (0xC2).
const MARK_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[0xE2] = true;
    t[0xC2] = true;
    t
};

/// Offsets of the bytes that may start a quote mark, sixteen bytes at a
/// time: a plain loop over the chunks, as most hold no candidate at all.
fn mark_bytes(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    MarkBytes {
        bytes,
        next: 0,
        base: 0,
        flags: 0,
    }
    .filter(move |&i| MARK_BYTE[bytes[i] as usize])
}

/// The chunk scan behind `mark_bytes`: `flags` holds the candidates left in
/// the chunk at `base`, one bit per byte.
struct MarkBytes<'a> {
    bytes: &'a [u8],
    next: usize,
    base: usize,
    flags: u32,
}

impl Iterator for MarkBytes<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.flags == 0 {
            let at = self.next;
            let flags = match self.bytes.get(at..at + 16) {
                Some(chunk) => chunk_flags(chunk.try_into().expect("16 bytes")),
                None if at < self.bytes.len() => {
                    // The last, short chunk padded with zero bytes, which flag nothing.
                    let mut buf = [0u8; 16];
                    buf[..self.bytes.len() - at].copy_from_slice(&self.bytes[at..]);
                    portable_flags(&buf)
                }
                None => return None,
            };
            (self.base, self.next, self.flags) = (at, at + 16, flags);
        }
        let i = self.base + self.flags.trailing_zeros() as usize;
        self.flags &= self.flags - 1;
        Some(i)
    }
}

/// The bytes `"` or `'`, or non-ASCII, of a chunk: bit `i` for byte `i`.
#[inline(always)]
fn chunk_flags(chunk: &[u8; 16]) -> u32 {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        };
        // SAFETY: an unaligned load of the chunk's 16 bytes; SSE2 is in
        // every x86-64. The byte mask takes non-ASCII bytes' high bits as is.
        unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
            let apostrophe = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\'' as i8));
            _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, apostrophe), v)) as u32 & 0xFFFF
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    portable_flags(chunk)
}

/// `chunk_flags` without SIMD: eight bytes at a time, each flagged in its
/// high bit, then the high bits gathered into one byte.
fn portable_flags(chunk: &[u8; 16]) -> u32 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let half = |w: u64| {
        // Exact per byte: no borrow runs into the next byte.
        let zero = |v: u64| !(((v & LOW7) + LOW7) | v) & HIGH;
        let high = zero(w ^ (ONES * u64::from(b'"'))) | zero(w ^ (ONES * u64::from(b'\''))) | (w & HIGH);
        // Bit 7 of byte i to bit i.
        ((high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32
    };
    let (lo, hi) = chunk.split_at(8);
    half(u64::from_le_bytes(lo.try_into().expect("8 bytes")))
        | half(u64::from_le_bytes(hi.try_into().expect("8 bytes"))) << 8
}

fn marks(para: &str) -> impl Iterator<Item = (usize, usize, Dir, bool)> + '_ {
    let bytes = para.as_bytes();
    mark_bytes(bytes).filter_map(move |i| {
        let c = para[i..].chars().next()?;
        if !matches!(c, '"' | '“' | '«' | '„' | '”' | '»' | '\'' | '‘' | '’') {
            return None;
        }
        let prev = para[..i].chars().next_back();
        let next = para[i + c.len_utf8()..].chars().next();
        let (dir, single) = match c {
            '"' => (direction(prev, next), false),
            // A curly mark of the wrong hand (`unusual,“ said`, `aides ”get`,
            // typed by an editor's autocorrect) is read from its neighbours
            // when they say clearly; otherwise its shape tells.
            '“' | '”' => match (c, direction(prev, next)) {
                (_, d @ (Dir::Open | Dir::Close)) => (d, false),
                ('“', _) => (Dir::Open, false),
                _ => (Dir::Close, false),
            },
            '«' | '„' => (Dir::Open, false),
            '»' => (Dir::Close, false),
            // Single marks double as apostrophes: only clear cases count.
            _ => match direction(prev, next) {
                Dir::Open if c != '’' && next.is_some_and(char::is_alphanumeric) => (Dir::Open, true),
                Dir::Close if c != '‘' => (Dir::Close, true),
                _ => return None,
            },
        };
        Some((i, c.len_utf8(), dir, single))
    })
}

fn ends_sentence(para: &str, at: usize) -> bool {
    para[..at].trim_end().ends_with(['.', '?', '!'])
}

/// Quote pieces of one paragraph. `carried` says a quote was left open at
/// the end of the previous paragraph; returns whether one is left open here.
pub fn find(para_idx: usize, para: &str, carried: bool, out: &mut Vec<Piece>) -> bool {
    let first = out.len();
    let mut depth = 0usize; // nesting of double quotes
    let mut single: Option<(usize, usize)> = None; // an open single quote at depth 0: (offset, mark length)
    let mut cur = Piece {
        para: para_idx,
        open: 0,
        start: 0,
        end: 0,
        close: None,
        continues: false,
    };
    let mut last_end = 0usize;
    let push = |out: &mut Vec<Piece>, mut p: Piece| {
        let text = &para[p.start..p.end];
        p.start += text.len() - text.trim_start().len();
        p.end -= text.len() - text.trim_end().len();
        if p.end > p.start {
            out.push(p);
        }
    };
    for (i, len, dir, is_single) in marks(para) {
        if is_single {
            if depth > 0 {
                continue; // nested inside a double quote
            }
            match (dir, single) {
                (Dir::Open, None) => single = Some((i, len)),
                (Dir::Close, Some((o, open_len))) => {
                    let piece = Piece {
                        para: para_idx,
                        open: o,
                        start: o + open_len,
                        end: i,
                        close: Some(i + len),
                        continues: false,
                    };
                    push(out, piece);
                    single = None;
                    last_end = i + len;
                }
                _ => {}
            }
            continue;
        }
        let dir = match dir {
            Dir::Either if depth > 0 => Dir::Close,
            Dir::Either => Dir::Open,
            d => d,
        };
        match dir {
            Dir::Open if depth == 0 => {
                let continues = carried && out.len() == first && para[..i].trim().is_empty();
                cur = Piece::opened(para_idx, i, len, continues);
                depth = 1;
                single = None;
            }
            Dir::Open if ends_sentence(para, i) => {
                // The BBC habit: a quote runs on over a sentence with no closing mark.
                cur.end = i;
                push(out, cur);
                cur = Piece::opened(para_idx, i, len, true);
            }
            Dir::Open => depth += 1,
            Dir::Close if depth == 0 => {
                // A closing mark with no opening one: the quote began with its sentence.
                let from = sentence_start(para, last_end, i);
                let piece = Piece {
                    para: para_idx,
                    open: from,
                    start: from,
                    end: i,
                    close: Some(i + len),
                    continues: false,
                };
                push(out, piece);
                last_end = i + len;
            }
            Dir::Close => {
                depth -= 1;
                if depth == 0 {
                    cur.end = i;
                    cur.close = Some(i + len);
                    push(out, cur);
                    last_end = i + len;
                }
            }
            Dir::Either => unreachable!("resolved above"),
        }
    }
    if depth > 0 {
        cur.end = para.len();
        push(out, cur);
    }
    out[first..].sort_by_key(|p| p.start);
    depth > 0
}

/// Start of the sentence holding `at`, not before `floor`.
fn sentence_start(para: &str, floor: usize, at: usize) -> usize {
    let region = &para[floor..at];
    let mut start = floor;
    for (i, c) in region.char_indices() {
        if matches!(c, '.' | '?' | '!') && region[i + 1..].starts_with(' ') {
            start = floor + i + 1;
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chunked scan finds what a byte-by-byte one does, wherever the
    /// marks fall against the chunks (the short last one, which takes the
    /// portable test, included).
    #[test]
    fn mark_bytes_finds_every_candidate() {
        let text = "a\"b'c“d«e ”f’g»h.#&#".repeat(3);
        for len in 0..=text.len() {
            let b = &text.as_bytes()[..len];
            let slow: Vec<usize> = (0..len).filter(|&i| MARK_BYTE[b[i] as usize]).collect();
            assert_eq!(mark_bytes(b).collect::<Vec<_>>(), slow, "{len}");
        }
    }

    /// Both chunk tests flag exactly `"`, `'` and non-ASCII bytes.
    #[test]
    fn chunk_tests_agree_byte_by_byte() {
        let text = "a\"b'c“d«e ”f’g»h.#&#(!) 0x22 \u{7f}".repeat(2);
        for w in text.as_bytes().windows(16) {
            let chunk: &[u8; 16] = w.try_into().unwrap();
            let slow = (0..16)
                .filter(|&i| matches!(chunk[i], b'"' | b'\'') || chunk[i] >= 0x80)
                .fold(0u32, |m, i| m | 1 << i);
            assert_eq!(chunk_flags(chunk), slow, "{w:?}");
            assert_eq!(portable_flags(chunk), slow, "{w:?}");
        }
    }

    fn texts(paras: &[&str]) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        let mut carried = false;
        for (i, p) in paras.iter().enumerate() {
            carried = find(i, p, carried, &mut out);
        }
        out.iter()
            .map(|q| (paras[q.para][q.start..q.end].to_string(), q.continues))
            .collect()
    }

    #[test]
    fn nested_straight_quotes_are_one_quote() {
        let q = texts(&[
            "\"The principle of \"innocent until proven guilty\" has to be respected\", Lavrov said.",
        ]);
        assert_eq!(
            q,
            [(
                "The principle of \"innocent until proven guilty\" has to be respected".into(),
                false
            )]
        );
    }

    #[test]
    fn reopened_quotes_split_and_continue() {
        let q = texts(&[
            "She said: \"We did it. \"We will do more.\" Then.",
            "\"Next one",
            "\"And on.\"",
        ]);
        let t: Vec<(&str, bool)> = q.iter().map(|(s, c)| (s.as_str(), *c)).collect();
        assert_eq!(
            t,
            [
                ("We did it.", false),
                ("We will do more.", true),
                ("Next one", false),
                ("And on.", true)
            ]
        );
    }

    #[test]
    fn curly_guillemet_single_and_missing_opening_marks() {
        let q = texts(&["He said “yes” and «non» at 'all-time low' in the countries' talks."]);
        let t: Vec<&str> = q.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(t, ["yes", "non", "all-time low"]);
        let q = texts(&["A surprise. It came out of the blue,\" he said, \"I never guessed.\""]);
        let t: Vec<&str> = q.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(t, ["It came out of the blue,", "I never guessed."]);
    }

    #[test]
    fn curly_marks_of_the_wrong_hand_follow_their_neighbours() {
        let q = texts(&["\"It is odd,“ said Ann Lee. “Very odd.” Aides ”kept away” then."]);
        let t: Vec<&str> = q.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(t, ["It is odd,", "Very odd.", "kept away"]);
    }
}
